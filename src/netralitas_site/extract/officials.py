"""Find officials in article text: a role phrase ("Pjs. Bupati Solok") and the person holding it.

Handles "ROLE, NAME, DEGREES", "ROLE NAME, DEGREES", "ROLE NAME verb ...", attendance lists that
chain several of these with commas, and offices named without a person ("ditegaskan Bupati Solok").
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace
from typing import TypeGuard

from ..lexicon import Lexicon
from ..model import Line
from .candidates import candidate_pairs
from .common_words import in_dictionary
from .glued import GLUED_CAPITALS, line_tokens
from .holder_trim import _trim_holder
from .holders import _holder
from .lists import (
    LIST_ITEM,
    _list_item,
    _members_after,
    _other_members,
    _pairs_split,
    appointed_in_prose,
    list_office,
    place_colon_item,
)
from .lower_offices import counted
from .mention_names import without_cut_off_names, without_glued_tails, without_units_words
from .names import ParsedName, Stream, known_name_word, parse_name
from .place_runs import NAMED_THING_PAIRS, NAMED_THING_WORDS, OFFICE_PLACE_HEADS
from .posts_after import ALSO_POST, HELD_NOW, _names_before_roles, _role_after_name
from .public_posts import (
    PLAIN_STORY,
    StoryContext,
    _is_public,
    body_opens_holder,
    named_by_body,
    story_context,
)
from .records import OPENINGS, POST_LABELS, table_and_record_people
from .role_words import LEGISLATURES, LOWER_COURTESY, Mention, RolePhrase, _token_after
from .roles import DOCUMENT_WORDS, role_at, second_office
from .speakers import (
    _points_back,
    _with_implied_roles,
    everyday_words,
    officers_by_rank,
    speakers_without_role,
)
from .text import TOKEN_WORD, another_headline, fold, tokens_with_spans
from .units import holder_after_unit, holder_past_everyday_words, unit_list_goes_on


def find_mentions(lines: tuple[Line, ...], lexicon: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    everyday = everyday_words(lines)
    story = story_context(lines, lexicon)
    headings: list[RolePhrase] = []  # offices without a holder in the lines before a list
    heading_text = ""  # the line of the last of them
    introduced = False  # in a list a line of the story introduced with a colon
    before_list = ""  # the story's last lines before a list, where it says who is appointed
    records = False  # a line opens as a table's header or a record ('Nama: A') does
    for index, line in enumerate(lines):
        found = mentions_in_line(line, lexicon, everyday, story)
        item = LIST_ITEM.match(line.text)
        records = records or line.text.startswith(OPENINGS, item.end() if item else 0)
        introduced = bool(item) and introduced
        if found and another_headline(line.text) and not introduced:
            # another story's headline beside this one: its people are not this story's (an
            # office alone may still be this story's, its holder on the next line)
            found = [m for m in found if m.name is None]
        if found and found[-1].name is None:
            wrapped = _holder_on_next_line(
                line, found[-1], lines[index + 1 : index + 3], lexicon, story
            )
            if wrapped is not None:
                found[-1] = wrapped
        person = place_colon_item(line, item.end(), before_list, lexicon) if item else None
        if person is not None and person.name is not None:
            start = person.name.start
            found = [m for m in found if m.name is None or m.name.start != start]
            found.append(person)  # its home post in brackets is not its office here
        elif item and not (
            index + 1 < len(lines) and lines[index + 1].text.startswith(POST_LABELS)
        ):
            # (an item whose post a 'Jabatan: X' line below gives is a record: records.py)
            person = _list_item(
                line,
                item.end(),
                found,
                headings[-1] if headings else None,
                lexicon,
                everyday,
                heading_text,
            )
            if person is not None:
                found.append(person)
                if not headings and _heads_a_region(person.role, lexicon):
                    # '1. A, untuk Pjs. Bupati X;' then '3. C untuk Kabupaten Z': the first
                    # item's office is the list's, for the items that name only the place
                    headings = [list_office(person.role, line.text, lexicon)]
                    heading_text = line.text
        elif line.text.strip():
            before_list = f"{before_list[-LIST_CONTEXT:]} {line.text}"
            found.extend(appointed_in_prose(line, found, lines, index, lexicon))
            offices = [
                m.role
                for m in found
                if m.name is None and m.role is not None and not line.text.startswith(POST_LABELS)
            ]  # 'Jabatan lama: X' is the post of the record above, no heading for the next
            headings = headings[-1:] + offices[-1:]
            heading_text = line.text if offices else heading_text
        out.extend(found)
        introduced = introduced or line.text.rstrip().endswith(":")  # 'Pejabat yang dilantik:'
    texts = {line.number: line.text for line in lines}
    if any(_points_back(m, texts, lexicon, story) for m in out):
        # a speaker gets an office only from one pointing back: without one, none is sought
        speakers = speakers_without_role(lines, lexicon, out, everyday)
        out.extend(_with_implied_roles(speakers, out, lines, lexicon, story))
    out.extend(officers_by_rank(lines, lexicon, out))
    out.extend(candidate_pairs(lines, lexicon))
    if records:
        out.extend(table_and_record_people(lines, lexicon))
    out = without_units_words(without_glued_tails(out, lines, lexicon), lines, lexicon)
    return without_cut_off_names(out, lines)


LIST_CONTEXT = 1200  # characters of the story before a list read for its acting heads


def _heads_a_region(role: RolePhrase | None, lexicon: Lexicon) -> TypeGuard[RolePhrase]:
    return role is not None and role.head.replace(" ", "") in lexicon.level_by_head


def holder_is_a_word(stream: Stream, name: ParsedName, lexicon: Lexicon) -> bool:
    """'Kepala Sektor', 'Gubernur Lepas 250 Pelari': one everyday word right after the office, no
    comma before it, is the sentence's; 'ujar Ketua Panwaslih itu' its place; 'X, Samudra' a name."""
    folded = fold(name.name)
    if " " in name.name or name.degrees:
        return False
    if name.end < len(stream) and stream.fold(name.end) in ("itu", "tersebut"):
        return stream.sep(name.end) == " "  # the office pointed back to: no one named
    if name.end < len(stream) and stream.sep(name.end) == " " and stream.raw(name.end).isdigit():
        return True  # 'Anggota Dewa 19', 'Calon Guru 2025': a band's or a programme's name
    return (
        stream.sep(name.start) == " "
        and stream.fold(name.start - 1) not in LOWER_COURTESY  # 'Gubernur X pak Samudra'
        and not known_name_word(folded, lexicon)
        and in_dictionary(folded)
    )


def _named_thing_before(stream: Stream, k: int) -> bool:
    """Whether the office's last words name a thing named after a person ('Bandar Udara',
    'Stasiun Meteorologi', 'Stadion'): the capitalised words after them are its name."""
    return (
        stream.fold(k - 1) in NAMED_THING_WORDS
        or (stream.fold(k - 2), stream.fold(k - 1)) in NAMED_THING_PAIRS
    )


def _office_place(stream: Stream, name: ParsedName, lexicon: Lexicon) -> bool:
    """'... Kantor Camat Sakra': one word no name holds after an office's building is the
    office's place."""
    k = name.start
    return (
        k >= 2
        and stream.fold(k - 2) == "kantor"
        and stream.fold(k - 1) in OFFICE_PLACE_HEADS
        and " " not in name.name
        and fold(name.name) not in lexicon.name_tokens
    )


def _name_after_comma(stream: Stream, name: ParsedName, lexicon: Lexicon) -> ParsedName | None:
    """The person named after the thing's name and a comma, or nobody."""
    k = _token_after(stream, name.char_end)
    if k < len(stream) and stream.sep(k).strip() == "," and stream.is_cap(k):
        return parse_name(stream, k, lexicon)
    return None


def _unit_read_as_holder(role: RolePhrase, name: ParsedName, lexicon: Lexicon) -> bool:
    """'Dirjen Haki bahwa', 'Danjen Kopassus', 'Kabid Binpres': a short head written before its
    unit's short name (no unit in the office read), and one word after it that no name is known
    to hold: the unit, not a person."""
    return (
        fold(role.written) in UNIT_FIRST_HEADS
        and " " not in name.name
        and not name.degrees
        and not known_name_word(fold(name.name), lexicon)
    )


# Short heads that name their unit right after them ('Dirjen Pajak', 'Kabid Humas')
UNIT_FIRST_HEADS = frozenset(
    {"dirjen", "danjen", "dirut", "deputi", "kabid", "kabag", "kasi", "kasubdit", "kasat"}
    | {"kanit", "kadis", "kaban", "kakanwil", "kasubbag", "kasubag"}
)


# Relatives, aides, lawyers and private helpers of an office's holder: 'istri Gubernur Jambi,
# Sinta' and 'ajudan Gubernur Jambi, Sinta' name the wife and the aide, not the governor ('ajudan
# Gubernur Jambi Budi Santoso' names the governor)
RELATIVES = frozenset(
    {"istri", "suami", "anak", "putra", "putri", "menantu", "adik", "kakak", "ayah", "ibunda"}
    | {"ayahanda", "keluarga", "kerabat", "pengacara", "sopir", "pembantu", "cucu", "keponakan"}
    | {"ajudan", "staf", "staff", "protokol"}
    | {"hukum", "kuasa"}  # 'kuasa hukum Menteri X, Y': the minister's lawyer
)


def _a_relative_of_the_holder(stream: Stream, k: int, role: RolePhrase, name: ParsedName) -> bool:
    """Whether the name right after the office's comma is a relative's of its holder (not after
    the time it was held: 'cucu Bupati X periode 1958-1960, Budi' names the governor)."""
    return (
        k > 0
        and stream.fold(k - 1) in RELATIVES
        and not (stream.is_cap(k - 1) and stream.fold(k - 1) in ("putra", "putri"))  # names too
        and stream.sep(k) == " "
        and name.start == role.end
        and stream.sep(name.start).strip().startswith(",")
    )


def _holder_on_next_line(
    line: Line,
    mention: Mention,
    following: tuple[Line, ...],
    lexicon: Lexicon,
    story: StoryContext = PLAIN_STORY,
) -> Mention | None:
    """'... Gubernur Jakarta' ending a line and the holder's name opening the next one: a page
    that put the name on a line of its own (a caption, a tag, a lost space). The office's place
    may stand on a line of its own between them."""
    role = mention.role
    if (
        role is None
        or line.text[role.span[1] :].strip(" ,")
        or not _is_public(role, lexicon, story)
    ):
        return None
    if line.text.startswith(POST_LABELS):
        return None  # 'Jabatan lama: Direktur X': the post of the record above, not the next name's
    if NAME_BEFORE_POST.search(line.text, 0, role.span[0]):
        return _holder_opening_the_line(line, role, lexicon)
    if not following:
        return None
    text = following[0].text
    place = lexicon.places.match_at(tokens_with_spans(text), 0) if text[:1].isupper() else None
    if (
        place
        and len(following) > 1
        and place[0] == len(tokens_with_spans(text))
        and not text[tokens_with_spans(text)[-1][2] :].strip()
    ):
        role = replace(
            role,
            written=f"{role.written} {text.strip()}",
            region_hits=role.region_hits + (tuple(place[1]),),
        )
        text = following[1].text
    if not text[:1].isupper():
        return None
    stream = Stream(text, line_tokens(text, lexicon))
    if not stream.toks or stream.toks[0][1] != 0 or role_at(stream, 0, lexicon) is not None:
        return None
    name = parse_name(stream, 0, lexicon)
    if name is None or (len(name.name.split()) < 2 and not name.degrees):
        return None
    if any(
        fold(w) in lexicon.institution_words for w in name.name.split()
    ) or lexicon.places.match_at(stream.toks, 0):
        return None
    return Mention(name, role, line.number)


# an office a clause gives the person named before it ('A, yang juga/sebelumnya menjabat ...')
POST_HELD_BY_THE_NAME_BEFORE = re.compile(
    rf",\s*yang\s+(?:{HELD_NOW}|sebelumnya|semula)(?:\s+menjabat(?:\s+sebagai)?)?\s+$"
)
# 'A, S.E. — Kepala Dinas X' or 'A, S.E., Camat Y' as a line of its own: the post of the name
# the line opens with, not of the name opening the next line
NAME_BEFORE_POST = re.compile(r"^[A-Z].*?(?:,|\s[—–-])\s*$")


def _holder_opening_the_line(line: Line, role: RolePhrase, lexicon: Lexicon) -> Mention | None:
    stream = Stream(line.text, line_tokens(line.text, lexicon))
    if not stream.toks or role_at(stream, 0, lexicon) is not None:
        return None
    name = parse_name(stream, 0, lexicon)
    if (
        name is None
        or (" " not in name.name and not name.degrees)
        or line.text[name.char_end : role.span[0]].strip(" ,—–-")
        or any(fold(w) in lexicon.institution_words for w in name.name.split())
    ):
        return None
    return Mention(name, role, line.number)


def mentions_in_line(
    line: Line,
    lexicon: Lexicon,
    everyday: Container[str] = frozenset(),
    story: StoryContext = PLAIN_STORY,
) -> list[Mention]:
    firsts = lexicon.role_first
    if firsts.isdisjoint(map(TOKEN_WORD, tokens_with_spans(line.text))) and not (
        GLUED_CAPITALS.search(line.text)
    ):
        return []  # most lines: no word opens an office, nor can a lost space hide one
    toks = line_tokens(line.text, lexicon)
    if firsts.isdisjoint(map(TOKEN_WORD, toks)):
        return []
    candidates = [i for i, tok in enumerate(toks) if tok[0] in firsts]  # role_at is None elsewhere
    stream = Stream(line.text, toks)
    out: list[Mention] = []
    covered: set[int] = set()
    role_starts: list[int] = []
    done = 0  # tokens before this belong to a mention already read
    related = _related_headlines(line.text)
    for k in candidates:
        if k < done or (related and any(a <= toks[k][1] < b for a, b in related)):
            continue
        role = role_at(stream, k, lexicon)
        if role is None:
            continue
        role_starts.append(k)
        second = second_office(stream, role, lexicon)
        if second is not None:  # 'Menteri X sekaligus Jubir Y Budi': the first office is the post
            name, second = _holder(stream, second, lexicon)
            role = replace(role, end=second.end)
        else:
            name, role = _holder(stream, role, lexicon)
        if (
            name is not None
            and " yang " in stream.text
            and POST_HELD_BY_THE_NAME_BEFORE.search(stream.text, 0, role.span[0])
        ):
            name = None  # 'A, yang juga Kuwu Desa X, ...': X names the village, A holds the post
        if name is not None and (
            _named_thing_before(stream, name.start) or _office_place(stream, name, lexicon)
        ):
            name = _name_after_comma(stream, name, lexicon)  # 'Kepala Bandara Sultan X, Budi'
        if name is not None and (
            unit_list_goes_on(stream, name, lexicon)
            or (not stream.is_cap(k) and counted(stream, k))
        ):
            name = None  # 'tiga kepala desa, A, B': a counted office's holders are listed only
        if name is not None:
            name, role = _trim_holder(stream, name, role, lexicon, everyday)
        if name is not None:
            name, role = holder_past_everyday_words(stream, name, role, lexicon) or (name, role)
        if name is None and stream.is_cap(k):  # 'Direktur X Direktorat Y (DY) KPD Budi menilai'
            name, role = holder_after_unit(stream, role, lexicon, everyday) or (None, role)
        if name is not None and (
            _a_relative_of_the_holder(stream, k, role, name)
            or holder_is_a_word(stream, name, lexicon)
            or (role.written == "Calon" and in_dictionary(fold(name.name)))  # 'PPG Calon Guru'
            or _unit_read_as_holder(role, name, lexicon)
        ):
            name = None
        if name is not None:
            after = _role_after_name(stream, name, lexicon, new_post_only=True)
            if after is not None and (
                "selaku" not in stream.text[name.char_end : after.span[0]]
                or not _is_public(role, lexicon, story)
            ):
                # not 'Bupati X, A, selaku Ketua Umum Apkasi' nor 'Sekda X, A, selaku Ketua
                # TAPD': the public post written first stays, the duty is no post
                role = after
        members = _members_after(stream, role, lexicon, everyday) if name is None else []
        if (
            k > 0
            and stream.fold(k - 1) in DOCUMENT_WORDS
            and stream.sep(k) == " "
            and (
                name is None
                or (len(name.name.split()) < 2 and fold(name.name) not in lexicon.name_tokens)
            )
        ):
            # 'Peraturan Gubernur Nomor 5' a document; 'arahan Gubernur Zulkifli' the person
            continue
        if (
            not stream.is_cap(k)
            and (name is None or len(name.name.split()) < 2)
            and not (_set_off_by_commas(stream, name) and _in_a_legislature(role))
            and not any(len(member.name.split()) >= 2 for member in members)
        ):
            # 'anggota DPR' in passing: only a named holder makes a lower-case office count; the
            # office inside it is no one's either ('staf khusus Menteri X, yakni A dan B')
            done = max(done, role.end)
            continue
        public = (
            _is_public(role, lexicon, story)
            and not named_by_body(role, name, story, lexicon)
            and not body_opens_holder(role, name, lexicon)
        )
        if members and public:  # each with the post 'sebagai X' gives them, else the office's
            out.extend(
                Mention(m, _role_after_name(stream, m, lexicon, True) or role, line.number)
                for m in members
            )
            name = members[-1]
        elif public:
            out.append(Mention(name, role, line.number))
        else:  # a party's or an association's post: no official, and its places name no government
            # (its holder's name stays covered by it: no speaker's role is looked for elsewhere)
            held_to = max(role.end, name.end) if name is not None else role.end
            out.append(Mention(None, replace(role, region_hits=(), end=held_to), line.number))
            also = _public_post_also(stream, name, lexicon, story)
            if also is not None:  # '..., A, yang juga anggota DPRD X': the holder's public seat
                out.append(Mention(name, also, line.number))
        end = max(role.end, name.end if name else 0, k + 1)
        if name:
            end = max(end, _token_after(stream, name.char_end))
        covered.update(range(k, end))
        done = end
    if out:
        out = _division_of_the_office_before(_pairs_split(stream, out, lexicon), stream)
        out.extend(_other_members(stream, out, line.number, lexicon, everyday, story))
    if role_starts:
        out.extend(
            _names_before_roles(stream, covered, role_starts, line.number, lexicon, story, everyday)
        )
    return out


def _public_post_also(
    stream: Stream, name: ParsedName | None, lexicon: Lexicon, story: StoryContext
) -> RolePhrase | None:
    """'Wakil Ketua DPD Partai X, A, yang juga anggota DPRD Y': the public post the holder of a
    party's post also holds."""
    if name is None or " yang " not in stream.text:
        return None
    also = _role_after_name(stream, name, lexicon)
    if (
        also is None
        or not ALSO_POST.match(stream.text[name.char_end : also.span[0]])
        or not _is_public(also, lexicon, story)
    ):
        return None
    return also


def _division_of_the_office_before(found: list[Mention], stream: Stream) -> list[Mention]:
    """'Anggota Bawaslu X, Koordinator Divisi Hukum, A': the division is A's task as the member
    the office before it names; A holds that office (was: the division alone, of no body)."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        first, second = out[i - 1], out[i]
        if (
            first.name is None
            and first.role is not None
            and second.name is not None
            and second.role is not None
            and second.role.head in DIVISION_HEADS
            and stream.text[first.role.span[1] : second.role.span[0]].strip() == ","
        ):
            out[i - 1 : i + 1] = [Mention(second.name, first.role, second.line)]
    return out


DIVISION_HEADS = frozenset({"koordinator divisi", "kordiv", "ketua divisi"})


def _set_off_by_commas(stream: Stream, name: ParsedName | None) -> bool:
    """'anggota DPRD Kota X, Hartono, menabrak ...', 'anggota DPR RI, Hartono (HT), ...': a
    one-word name between commas right after the office, its initials in brackets or not, is
    its holder, named as such."""
    return (
        name is not None
        and stream.sep(name.start).strip() == ","
        and INITIALS_THEN_COMMA.match(stream.text, name.char_end) is not None
    )


INITIALS_THEN_COMMA = re.compile(r"\s*(?:\([A-Z]{1,4}\)\s*)?,")


def _in_a_legislature(role: RolePhrase) -> bool:
    """'anggota DPRD Kota X', 'anggota DPD RI': a seat in a legislature, named by its body."""
    return not LEGISLATURES.isdisjoint(fold(role.written).split())


RELATED = re.compile(r"\bBaca\s+[Jj]uga\s*:\s*")
RELATED_CHARS = 120  # about the length of a linked headline glued into a paragraph


def _related_headlines(text: str) -> list[tuple[int, int]]:
    """Where a page glued a 'Baca juga: <headline>' link into a paragraph: the headline's people
    belong to another story. The paragraph goes on after it, so only its first words are left out."""
    if "aca" not in text:
        return []
    return [(m.end(), m.end() + RELATED_CHARS) for m in RELATED.finditer(text) if m.start()]
