"""Where the person starts and ends in a capitalised run read as an office's holder: the body's
words, a place and the rank before the name join the office; a word no name has ends it."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from ..lexicon import Lexicon
from .capitals import _shouted_name
from .common_words import in_dictionary
from .names import NAME_PARTS_READ, ParsedName, Stream, parse_name
from .place_runs import _is_place_run, _place_before_name
from .role_words import BODY_PAIRS, RolePhrase, _balinese_name, _extend_with_run
from .text import fold


def _trim_holder(
    stream: Stream, name: ParsedName, role: RolePhrase, lexicon: Lexicon, everyday: Container[str]
):
    """The person inside a capitalised run read as a holder: words before it that name the body
    or the place ('Direktur Penyidikan KPK Budi Santoso', 'Duta Besar Rusia Budi') join the role;
    a word the article writes in lower case elsewhere ends the name ('Budi Sebut Kebijakan' in a
    headline). Nothing left, or only a place: no holder."""
    first = _name_token(stream, name)
    if first is None:
        return name, role
    j = first
    titled = first > name.start  # 'AKBP Pratama Adhyasastra': a rank or title opened the name
    field_end = (
        first
        if titled or stream.fold(first) in lexicon.name_tokens  # most holders: no call
        else _field_before_name(stream, first, name.end, lexicon)
    )
    while (
        not titled
        and j < name.end - 1
        and (
            _not_a_name_word(stream, j, lexicon, everyday, opening=True)
            or j < field_end
            or (j > first and (stream.fold(j - 1), stream.fold(j)) in BODY_PAIRS)
        )
        and not (j == first and _place_named_twice(stream, j, role))
    ):
        j += 1
    if not titled:
        j = _after_body_words(stream, j, name.end, lexicon)
        j += _place_before_name(stream, j, name.end, lexicon)
    if j > first and len(words_of := name.name.split()) >= NAME_PARTS_READ:
        again = parse_name(stream, j, lexicon)  # the run was cut at its length, not its end
        if again is not None and again.end > name.end and not again.with_adat:
            name = replace(
                again, name=" ".join(words_of[: j - first] + again.name.split()), start=name.start
            )
    cut = j + 1
    while cut < name.end and not _not_a_name_word(stream, cut, lexicon, everyday, opening=False):
        cut += 1
    if j == first and cut == name.end:
        return (None, role) if _is_place_run(stream, first, name.end, lexicon) else (name, role)
    if _not_a_name_word(stream, j, lexicon, everyday, opening=True) or _is_place_run(
        stream, j, cut, lexicon
    ):
        return None, role
    kept = [stream.fold(i) for i in range(j, cut)]
    if (
        j > first
        and any(w in lexicon.institution_words for w in kept)
        and not any(w in lexicon.name_tokens for w in kept)
    ):
        return (
            None,
            role,
        )  # 'Belum Kaji Kebijakan Pendidikan': a headline's words, no name among them
    after_acronym = j > first and stream.is_acronym(j - 1) and len(stream.raw(j - 1)) >= 3
    if (
        cut - j < 2
        and kept[0] not in lexicon.name_tokens
        and not (after_acronym and cut == name.end)
    ):
        return (
            None,
            role,
        )  # one unknown word left: not enough to be a person ('Kemendes PDT Tabrani' is)
    words = name.name.split()[j - first : cut - first]
    trimmed = replace(
        name,
        name=" ".join(words),
        degrees=name.degrees if cut == name.end else (),
        start=j,
        end=cut,
        char_end=name.char_end if cut == name.end else stream.toks[cut - 1][2],
        with_adat=None,
    )
    if j > first and role.end <= first:
        role = _extend_with_run(stream, role, j, lexicon)
    return trimmed, role


def _field_before_name(stream: Stream, j: int, end: int, lexicon: Lexicon) -> int:
    """'Kasubdit Kasasi Perdata Budi Santoso': two or more dictionary words that no name is known
    to hold, then a known name's word with another after it: the words name the office's field,
    not the person ('Cucun Ahmad Santoso' keeps its one unknown first word). Where the field ends,
    or `j` when there is none."""
    k = j
    while k < end and _unknown_common_word(stream.fold(k), lexicon):
        k += 1
    return k if k - j >= 2 and end - k >= 2 and stream.fold(k) in lexicon.name_tokens else j


def _unknown_common_word(folded: str, lexicon: Lexicon) -> bool:
    return (
        folded not in lexicon.name_tokens
        and folded not in lexicon.everyday_name_words
        and in_dictionary(folded)
    )


def _place_named_twice(stream: Stream, j: int, role: RolePhrase) -> bool:
    """'Menteri Pertahanan Israel, Israel Cohen': the office named the country already, so the
    same word opening the run after it is the person's first name."""
    return "," in stream.sep(j) and stream.fold(j) in fold(role.written).split()


def _after_body_words(stream: Stream, j: int, end: int, lexicon: Lexicon) -> int:
    """Where the person starts in a run that still holds the body's words: after the body's last
    acronym when name words follow it ('Penyidikan KPK Budi Santoso', 'Pemasaran Dispar NTB
    Mawardi'), or after its last body word when no name word comes before it ('Dikdas
    Kemendikdas Budi'), or where a Balinese name opens ('Basarnas Bali I Made Wirawan')."""
    for i in range(end - 2, j - 1, -1):
        if (
            stream.is_acronym(i)
            and not _shouted_name(stream, i, lexicon)
            and (
                any(stream.fold(x) in lexicon.name_tokens for x in range(i + 1, end))
                or (
                    len(stream.raw(i)) >= 3
                    and not any(stream.is_acronym(x) for x in range(i + 1, end))
                )
            )
        ):
            # an acronym of three letters or more inside a name written in normal case ends the
            # body's name ('Kemendes PDT Tabrani'); two letters may be initials ('Ahmad HM Said')
            j = i + 1
            break
    else:
        body = [
            i
            for i in range(j, end - 2)
            if stream.fold(i) in lexicon.institution_words
            and len(stream.raw(i)) >= 3
            and not in_dictionary(stream.fold(i))  # a short name, not 'Mahkamah' of its 'Agung'
        ]
        head = [stream.fold(x) for x in range(j, body[-1] + 1)] if body else []
        tail = [stream.fold(x) for x in range(body[-1] + 1, end)] if body else []
        if (
            body
            and lexicon.name_tokens.isdisjoint(head)
            and not any(w in lexicon.institution_words for w in tail)  # its shapes too
            and (
                not lexicon.name_tokens.isdisjoint(tail)
                or (len(tail) >= 2 and not any(map(in_dictionary, tail)))
            )
        ):
            j = body[-1] + 1  # 'PAUD Dikdasmen Kemendikdasmen Budi Santoso': no name word before
    return next((b for b in range(j + 1, end - 1) if _balinese_name(stream, b)), j)


def _name_token(stream: Stream, name: ParsedName) -> int | None:
    """Index of the token where the personal name starts (after titles and ranks)."""
    words = name.name.split()
    if not words:
        return None
    first = fold(words[0]).split()[0] if fold(words[0]) else ""
    for j in range(name.start, name.end):
        if stream.fold(j) == first or fold(words[0]).startswith(stream.fold(j)):
            count = name.end - j
            if count >= len(words):
                return j
    return None


def _not_a_name_word(
    stream: Stream, j: int, lexicon: Lexicon, everyday: Container[str], opening: bool
) -> bool:
    folded = stream.fold(j)
    if folded in lexicon.name_tokens or _balinese_name(stream, j):
        return False
    if folded in everyday or folded in lexicon.never_in_names:
        return True
    if opening:
        return (
            folded in lexicon.not_first_words
            or folded in lexicon.institution_words
            or (stream.is_acronym(j) and not _shouted_name(stream, j, lexicon))
            or (
                bool(lexicon.foreign_places.match_at(stream.toks, j))
                and not _a_name_word_follows(stream, j + 1, lexicon)  # 'Oman Sukirman'
            )
        )
    # 'Budi Santoso BPS mengatakan': a body's acronym after a name in normal case ends it
    return len(stream.raw(j)) >= 3 and stream.is_acronym(j) and not stream.raw(j - 1).isupper()


def _a_name_word_follows(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """A known name's word right after (one space): the word before it opens a person's name,
    even when it also names a country ('Oman Sukirman')."""
    return k < len(stream) and stream.sep(k) == " " and stream.fold(k) in lexicon.name_tokens
