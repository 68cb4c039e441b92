"""People in tables and labelled records copied from a decree's annex: the rows under a 'No Nama
Jabatan' header, and 'Nama: A' blocks (or numbered items that are a name alone) whose
'Jabatan: X' line follows."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Line
from .glued import line_tokens
from .names import ParsedName, Stream, parse_name
from .role_words import Mention, _token_after
from .roles import role_at
from .text import fold

# a table's header as a copied page writes it, its cells' tabs gone: 'No Nama Jabatan Baru Unit Kerja'
TABLE_HEADER = re.compile(r"^(?:no\.?\s+)?nama(?:\s+lengkap)?\s+jabatan\b")
ROW = re.compile(r"^\s*\d{1,3}[.)]?\s+(?=\S)")
NAME_LABEL = re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*)?Nama(?:\s+[Ll]engkap)?\s*:\s*(?=\S)")
# the post a record gives: 'Jabatan : X', 'Jabatan baru: X' (never 'Jabatan lama')
# (a line joined to the one before it by a lost line break too: 'Jabatan lama: X Jabatan baru: Y')
POST_LABEL = re.compile(r"(?:^|(?<=\s))Jabatan(?:\s+[Bb]aru|\s+yang\s+diduduki)?\s*:\s*(?=\S)")
NEXT_LABEL = re.compile(r"\s+(?:Jabatan|NIP|Pangkat|Golongan|Unit\s+Kerja)\b[^:\n]{0,14}:")
RECORD_LINES = 4  # lines after 'Nama:' where its post may be given (NIP, golongan, old post)


# the labels of a record's lines below its name: what they give is that record's
POST_LABELS = ("Jabatan", "Unit Kerja", "Instansi", "Satuan Kerja")
# how a table's header, a record's first line or its post's line opens (after an item's number)
OPENINGS = ("Nama", "No ", "No.", "NO ", "NAMA", "Jabatan")
ITEM_MARK = re.compile(r"^\s*\d{1,2}\s*[.)]\s*(?=[A-Za-z])")


def table_and_record_people(lines: tuple[Line, ...], lexicon: Lexicon) -> list[Mention]:
    """Each row's or record's person with the post the table or record gives (called only
    where a line opens as a header or a record does: see OPENINGS)."""
    out: list[Mention] = []
    in_table = False
    for index, line in enumerate(lines):
        text = line.text
        if TABLE_HEADER.match(fold(text[:40])):
            in_table = True
            continue
        if in_table:
            row = ROW.match(text)
            if row is None:
                in_table = False
            else:
                person = _person_then_post(line, row.end(), lexicon)
                if person is not None:
                    out.append(person)
                continue
        # 'Nama: A' or a numbered item that is a name alone ('3. Ir. A, M.T.'), its post below
        label = NAME_LABEL.match(text) or ITEM_MARK.match(text)
        if label is not None:
            out.extend(
                _record(line, label.end(), lines[index + 1 : index + 1 + RECORD_LINES], lexicon)
            )
    return out


def _person_then_post(line: Line, start: int, lexicon: Lexicon) -> Mention | None:
    """'1 A, S.STP, M.Si Camat Kecamatan X': the row's name, then its post."""
    stream = Stream(line.text, line_tokens(line.text, lexicon))
    name = _name_at(stream, start, lexicon)
    if name is None:
        return None
    r = _token_after(stream, name.char_end)
    role = role_at(stream, r, lexicon) if r < len(stream) else None
    if role is None or line.text[name.char_end : role.span[0]].strip(" ,"):
        return None
    return Mention(name, role, line.number)


def _record(line: Line, start: int, after: tuple[Line, ...], lexicon: Lexicon) -> list[Mention]:
    """'Nama : A, S.E.' then 'Jabatan : X' on a line below it, before the next record."""
    stream = Stream(line.text, line_tokens(line.text, lexicon))
    name = _name_at(stream, start, lexicon)
    if name is None or line.text[name.char_end :].strip(" ,.;"):
        return []
    for below in after:
        if NAME_LABEL.match(below.text) or ITEM_MARK.match(below.text):
            return []  # the next record: this one gave no post
        post = POST_LABEL.search(below.text)
        if post is None:
            continue
        following = NEXT_LABEL.search(below.text, post.end())  # 'X Jabatan lama: Y' joined
        written = below.text[: following.start()] if following else below.text
        held = Stream(written, line_tokens(written, lexicon))
        r = _token_after(held, post.end())
        role = role_at(held, r, lexicon) if r < len(held) else None
        # the record's person, at the line of the post (where the office's words are)
        return [Mention(name, role, below.number)] if role is not None else []
    return []


def _name_at(stream: Stream, start: int, lexicon: Lexicon) -> ParsedName | None:
    k = _token_after(stream, start)
    if k >= len(stream) or stream.toks[k][1] != start or role_at(stream, k, lexicon) is not None:
        return None
    name = parse_name(stream, k, lexicon)
    if name is None or (" " not in name.name and not name.degrees):
        return None
    if any(fold(w) in lexicon.institution_words for w in name.name.split()[:1]):
        return None
    return name
