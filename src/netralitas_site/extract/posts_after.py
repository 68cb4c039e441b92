"""An office written after a person's name: 'Budi Santoso selaku Kepala Dinas', 'X, Kepala Dinas
Y,', 'X (Kepala Dinas Y)', an installation item's new post ('sebelumnya ..., dilantik menjadi
...')."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from ..lexicon import Lexicon
from .holder_trim import _not_a_name_word
from .holders import _holder
from .names import ParsedName, Stream, parse_name
from .place_runs import _is_place_run
from .public_posts import PLAIN_STORY, StoryContext, _is_public
from .role_words import (
    ITEM_POST,
    Mention,
    RolePhrase,
    _capital_run,
    _extend_with_run,
    _is_title,
    _token_after,
)
from .roles import role_at
from .text import fold

# "Harun Lamasitudju, M.Si sebagai Pjs Gubernur", "Yulianto, M.Si, sebelumnya Kepala Dinas X,
# dilantik menjadi Asisten ...", "Yunaldi Chaniago, Kepala Kesbangpol, mengatakan": the name comes
# first. The new post of an installation is the one after 'menjadi/sebagai/kini' (glued to it too:
# 'sebagaiBupati', a page's lost space).
NEW_POST = re.compile(
    r"^[^.;“”\"]{0,60}?\b(?:menjadi|sebagai|selaku|kini|kini\s+menjabat|jabatan\s+baru"
    r"|(?:dipercaya|ditunjuk|diangkat)\s+menjabat)\s*$",
    re.IGNORECASE,
)
# 'Budi yang juga menjabat Kepala Bappeda': a post the person holds besides, theirs when the
# name came without one (an office before the name stays theirs: 'Wakil Bupati X Budi, yang
# juga Ketua Tim Penggerak')
HELD_NOW = r"juga|kini|sekarang|masih|saat\s+ini|sehari-hari"  # 'yang kini menjabat ...': held now
ALSO_POST = re.compile(
    rf"^\s*,?\s*yang\s+(?:(?:{HELD_NOW}|sejak(?:\s+[\w.]+){{1,3}})\s+)?"
    r"(?:menjabat(?:\s+sebagai)?|juga)\s+$",
    re.IGNORECASE,
)  # 'Budi, yang sejak Maret lalu menjabat Inspektur X'


OLD_POST = re.compile(
    r"^\s*,\s*(?:yang\s+)?(?:(?:sebelumnya|semula)(?:\s+menjabat(?:\s+sebagai)?)?|jabatan\s+lama)\s+$",
    re.IGNORECASE,
)


FORMER_POST = re.compile(
    r"^\s*,?\s*(?:(?:sebagai|selaku)\s+)?(?:mantan|eks|bekas)\s+$", re.IGNORECASE
)  # 'Budi, mantan Kepala Dinas X', 'Budi sebagai eks Direktur X'
# The words OLD_POST, NEW_POST and FORMER_POST end with (one added there goes here too): before an
# office, they let a name come first (`_last_office_after_a_name`).
POST_LAST_WORD = re.compile(
    r"(?:sebelumnya|semula|menjabat|sebagai|lama|menjadi|selaku|kini|baru|mantan|eks|bekas|juga)\s*$",
    re.IGNORECASE,
)
POST_LAST_WORD_CHARS = 10  # 'sebelumnya'


def _role_after_name(
    stream: Stream, name: ParsedName, lexicon: Lexicon, new_post_only: bool = False
) -> RolePhrase | None:
    """The role written right after a name: 'X sebagai ROLE', 'X, ROLE,' or an installation item
    'X, sebelumnya OLD ROLE, dilantik menjadi NEW ROLE' (the new post counts)."""
    pos = name.char_end
    first = _token_after(stream, pos)
    for r in range(first, min(first + 6, len(stream))):
        if stream.fold(r) not in lexicon.role_first:
            continue  # role_at is None here: no office starts with this word
        between = stream.text[pos : stream.toks[r][1]]
        if OLD_POST.match(between):
            old = role_at(stream, r, lexicon)
            if old is None:
                continue  # ', yang sebelumnya menjabat sebagai': the old post starts further on
            return _new_post(stream, old.end, lexicon) or (
                None if new_post_only else replace(old, past=True)
            )  # a new post the vocabulary lacks: the old one
        if (
            (NEW_POST.match(between) and not _another_name_before(stream, first, r, lexicon))
            or (between.strip() == "," and not new_post_only)
            or (ALSO_POST.match(between) and not new_post_only)
            or (FORMER_POST.match(between) and not new_post_only)
        ):
            role = role_at(stream, r, lexicon)
            if role is None:
                continue
            if ALSO_POST.match(between) and _says_not_whose(role, lexicon):
                return None  # 'A yang menjabat Direktur Utama sebuah pabrik': whose, unsaid
            private = _private_body_after(stream, role, lexicon)
            if private is not None:
                return private  # 'A, Direktur Sinar Group.': a company's post, held by A
            if between.strip() == "," and _holder(stream, role, lexicon)[0] is not None:
                return None  # 'A, Kepala Dinas X, B' is a list: the role belongs to B
            if between.strip() == "," and _clause_after_according_to(stream, name, role):
                return None  # 'Menurut Rudi, Menteri ESDM telah ...': the office opens the clause
            return role
    # 'Budi Santoso (Kepala Dinas X)': the office in brackets, when no new post follows it
    return None if new_post_only else _bracketed_role_after(stream, name, lexicon)


def _private_body_after(stream: Stream, role: RolePhrase, lexicon: Lexicon) -> RolePhrase | None:
    """'kata Budi, Direktur Sinar Group.', 'Budi selaku Direktur Pemasaran PT Sinar Jaya Tbk
    mengatakan': capitalised words after an office that follows a name, up to the sentence's end
    or naming a company ('PT', 'Tbk'), that make the post a private body's: the office with
    them (no holder of its own follows), else None."""
    k = role.end
    if k >= len(stream) or stream.sep(k) != " " or not stream.is_cap(k):
        return None
    end = _capital_run(stream, k)
    if (
        end < len(stream)
        and not stream.sep(end).strip().startswith(".")
        and COMPANY_MARKS.isdisjoint(stream.fold(i) for i in range(k, end))
    ):
        return None
    extended = _extend_with_run(stream, role, end, lexicon)
    return None if _is_public(extended, lexicon) else extended


COMPANY_MARKS = frozenset({"pt", "tbk"})  # a company named in the run, whatever follows it


def _one_word_in_office(stream: Stream, name: ParsedName, lexicon: Lexicon) -> RolePhrase | None:
    """'ke Suryadi selaku Kepala Dinas X': a one-word name inside a sentence or opening a numbered
    list's item, then 'selaku' or 'sebagai' (after a comma or not) and an office. A sentence's
    first word ('Pemkab selaku ...') is never such a name."""
    k = name.start
    numbered = k == 1 and stream.raw(0).isdigit() and stream.sep(k).strip() in (".", ")")
    if (
        k == 0
        or (stream.sep(k).strip() and not numbered)  # '3. Suryadi, selaku ...': a list's item
        or stream.is_acronym(k)
        or stream.is_cap(k - 1)
    ):
        return None
    r = _token_after(stream, name.char_end)
    if (
        r + 1 >= len(stream)
        or stream.fold(r) not in ("selaku", "sebagai")
        or stream.sep(r) not in (" ", ", ")
        or stream.sep(r + 1) != " "
    ):
        return None
    return role_at(stream, r + 1, lexicon)


def _one_word_holding(stream: Stream, name: ParsedName, lexicon: Lexicon) -> RolePhrase | None:
    """'Rahmad, yang menjabat Kepala Dinas X, ...', 'Fauzan yang kini menjabat Camat X itu ...':
    a known given name alone, a sentence's first word too, holding the office 'yang menjabat'
    names (the surname was given where the person was first named)."""
    if stream.fold(name.start) not in lexicon.name_tokens:
        return None
    said = ONE_WORD_POST.match(stream.text, name.char_end)
    if said is None:
        return None
    r = _token_after(stream, said.end())
    role = role_at(stream, r, lexicon) if r < len(stream) else None
    if role is None or _says_not_whose(role, lexicon):
        return None  # 'Budi, yang menjabat Direktur Utama sebuah pabrik': whose, unsaid
    return role


def _one_word_then_office(stream: Stream, name: ParsedName, lexicon: Lexicon) -> RolePhrase | None:
    """'diungkapkan Murdani, keuchik Gampong X, ...': a known given name inside a sentence, then a
    comma and an office that says whose it is, closed by a comma or the sentence's end."""
    k = name.start
    if (
        k == 0
        or stream.sep(k) != " "
        or (stream.is_cap(k - 1) and stream.fold(k - 1) not in lexicon.not_first_words)
        or stream.fold(k) not in lexicon.name_tokens
        or stream.sep(name.end).strip() != ","
        or name.end >= len(stream)
    ):
        return None
    role = role_at(stream, name.end, lexicon)
    if role is None or _says_not_whose(role, lexicon):
        return None
    return role if OFFICE_CLOSED.match(stream.text, role.span[1]) else None


# the office's own capitalised words (its place), then the comma or full stop that closes it
OFFICE_CLOSED = re.compile(r"(?:\s+[A-Z][\w'’.\-]*)*\s*[,.]")


def _says_not_whose(role: RolePhrase, lexicon: Lexicon) -> bool:
    """An office any body has, written bare ('Direktur Utama', 'Ketua'): 'Camat' says whose."""
    if role.rest or role.region_hits:
        return False
    rule = lexicon.role_rule(role.head)
    return rule is None or rule.role in BARE_POSTS_OF_ANY_BODY


# offices any body has: written bare, they say nothing of whose they are ('Camat' does)
BARE_POSTS_OF_ANY_BODY = frozenset(
    {"Direktur Utama", "Direktur", "Ketua", "Wakil Ketua", "Kepala", "Anggota", "Sekretaris"}
)


ONE_WORD_POST = re.compile(
    rf"\s*,?\s*yang\s+(?:(?:{HELD_NOW})\s+)?menjabat(?:\s+sebagai)?\s+(?=[A-Z])"
)


def _clause_after_according_to(stream: Stream, name: ParsedName, role: RolePhrase) -> bool:
    """'Menurut X, ROLE telah ...': a lower-case word right after the office, no comma closing it:
    what X said begins, with the office as its subject ('Menurut X, Bupati Y, ...' is X's own)."""
    return (
        name.start > 0
        and stream.fold(name.start - 1) == "menurut"
        and role.end < len(stream)
        and stream.sep(role.end) == " "
        and stream.raw(role.end)[:1].islower()
    )


def _another_name_before(stream: Stream, first: int, r: int, lexicon: Lexicon) -> bool:
    """Two capitalised words in a row between a name and 'menjadi ROLE', or a known given name
    after a comma: another person's name, whose post it is ('anak X, Budi Santoso diangkat
    menjadi Direktur', 'Di Sinar Pagi, Budi pernah menjadi Kepala Biro')."""
    return any(
        stream.is_cap(i) and stream.is_cap(i + 1) and stream.sep(i + 1) == " "
        for i in range(first, r - 1)
    ) or any(
        stream.is_cap(i) and stream.sep(i).strip() == "," and stream.fold(i) in lexicon.name_tokens
        for i in range(first, r)
    )


def _bracketed_role_after(stream: Stream, name: ParsedName, lexicon: Lexicon) -> RolePhrase | None:
    """'Budi Santoso (Kepala Dinas Pendidikan)': the office in brackets right after a name."""
    k = _token_after(stream, name.char_end)
    if k >= len(stream) or stream.text[name.char_end : stream.toks[k][1]].strip() != "(":
        return None
    role = role_at(stream, k, lexicon)
    if role is None:
        return None
    after = stream.text[stream.toks[role.end - 1][2] :].lstrip()
    if not after.startswith(")") or ITEM_POST.match(after, 1):
        return None  # '(Kepala Biro X), untuk Pjs. Bupati Y': the home post; the new one follows
    if role.written.count(")") > role.written.count("("):
        role = replace(role, written=role.written[: role.written.rindex(")")].rstrip())
    return role


def _new_post(stream: Stream, k: int, lexicon: Lexicon) -> RolePhrase | None:
    if k >= len(stream):
        return None
    pos = stream.toks[k - 1][2]
    for r in range(k, min(k + 7, len(stream))):  # ', diangkat dalam jabatan baru sebagai ...'
        if stream.fold(r) in lexicon.role_first and NEW_POST.match(
            stream.text[pos : stream.toks[r][1]]
        ):
            role = role_at(stream, r, lexicon)
            if role is not None:
                return role
    return None


NAME_TO_ROLE_SPAN = 16  # tokens: a name, its degrees and 'sebelumnya ... menjadi' before the role


def _names_before_roles(
    stream: Stream,
    covered: set[int],
    role_starts: list[int],
    line_number: int,
    lexicon: Lexicon,
    story: StoryContext = PLAIN_STORY,
    everyday: Container[str] = frozenset(),
) -> list[Mention]:
    out: list[Mention] = []
    near = {
        k for r in role_starts for k in range(max(0, r - NAME_TO_ROLE_SPAN), r)
    }  # k < r <= k + SPAN
    reach = _last_office_after_a_name(stream, lexicon)
    after = 0  # tokens before this were read as part of a name or role
    for k in sorted(near):
        if k >= reach:
            break  # no office _role_after_name could take follows: no name need be read
        if k < after:
            continue
        after = k + 1
        if (
            k in covered
            or not (stream.is_cap(k) or _is_title(stream, k, lexicon))
            or (
                k > 0
                and stream.is_cap(k - 1)
                and stream.sep(k) == " "
                and stream.fold(k - 1) not in lexicon.not_first_words
            )
        ):
            continue  # inside a longer capitalised run ('Ketika Bill Clinton ...': a sentence's first word opens none)
        name = parse_name(stream, k, lexicon)
        if name is None or any(i in covered for i in range(k, name.end)):
            continue
        if _headline_words(stream, k, name, lexicon, everyday):
            after = name.end
            continue
        if not name.degrees and len(name.name.split()) < 2:
            # one word is a name only with its office in brackets right after it ('Bu Lusi (Kepala
            # Bapenda)'), and not a word the text uses as a body's
            role = (
                _bracketed_role_after(stream, name, lexicon)
                or _one_word_in_office(stream, name, lexicon)
                or _one_word_holding(stream, name, lexicon)
                or _one_word_then_office(stream, name, lexicon)
            )
            if role is None or stream.fold(name.end - 1) in lexicon.institution_words:
                continue
        else:
            role = _role_after_name(stream, name, lexicon)
        if role is not None and (
            not _is_public(role, lexicon, story) or _is_place_run(stream, k, name.end, lexicon)
        ):
            role = None  # a party's post, or a place before the office ('lahir di Kota X dan menjadi Wali Kota')
        if role is not None:
            out.append(Mention(name, role, line_number))
            covered.update(range(k, role.end))
            after = role.end
        else:
            after = name.end
    return out


def _headline_words(
    stream: Stream, k: int, name: ParsedName, lexicon: Lexicon, everyday: Container[str]
) -> bool:
    """'Tidak Benar Kabar Budi Santoso Mantan Menteri': a run of three words or more opening with
    a word the text writes in lower case elsewhere is a headline's words, not a name."""
    words = name.name.split()
    return (
        len(words) >= 3
        and fold(words[0]) == stream.fold(k)
        and _not_a_name_word(stream, k, lexicon, everyday, opening=False)
    )


def _last_office_after_a_name(stream: Stream, lexicon: Lexicon) -> int:
    """The last token where `_role_after_name` may find an office after a name (0 if none): a word
    an office starts with, after a comma (', ROLE'), a bracket ('(ROLE)') or a last word of
    OLD_POST, NEW_POST or FORMER_POST and spaces. The text read between a name and the office
    ends so: a comma or bracket alone holds no token, so it lies between the office and the token
    before; a word's last letter ends that token, so the word lies in the POST_LAST_WORD_CHARS
    before its end."""
    toks, firsts = stream.toks, lexicon.role_first
    for r in range(len(toks) - 1, 0, -1):
        if toks[r][0] in firsts and (
            "," in stream.sep(r)
            or "(" in stream.sep(r)
            or POST_LAST_WORD.search(
                stream.text, max(0, stream.toks[r - 1][2] - POST_LAST_WORD_CHARS), stream.toks[r][1]
            )
        ):
            return r
    return 0
