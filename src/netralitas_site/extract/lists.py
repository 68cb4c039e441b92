"""People listed: numbered appointment items, members named after their office, the other members of
a body, a head and deputy or an election pair written as one hyphenated pair."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from ..lexicon import Lexicon
from ..model import Line
from .common_words import is_common_word
from .glued import line_tokens
from .lower_offices import LISTING, counted
from .names import ParsedName, Stream, _pre_titles, parse_name
from .place_runs import _is_place_run
from .public_posts import StoryContext, _is_public
from .role_words import ITEM_POST, Mention, RolePhrase, _closing, _token_after
from .roles import role_at
from .text import fold, last_of

LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*▪·–])\s*(?=[A-Z])")


def _list_item(
    line: Line,
    start: int,
    found: list[Mention],
    heading: RolePhrase | None,
    lexicon: Lexicon,
    everyday: Container[str] = frozenset(),
    heading_text: str = "",
) -> Mention | None:
    """One item of an appointment or installation list: '2. NAME (home post), untuk Pjs. Bupati X;',
    'NAME untuk Kabupaten X, yang sebelumnya menjabat ...', or a bare 'NAME' under a heading that
    names the office ('... melantik lima Pjs Bupati:'). The item's place is the office's region."""
    text = line.text
    stream = Stream(text, line_tokens(text, lexicon))
    k = _token_after(stream, start)
    if k >= len(stream) or any(
        m.name is not None and m.name.start <= k < m.name.end for m in found
    ):
        return None
    name = parse_name(stream, k, lexicon)
    if (
        name is None
        or (len(name.name.split()) < 2 and not name.degrees)
        or role_at(stream, k, lexicon) is not None
    ):
        return None
    words = [fold(w) for w in name.name.split()]
    if any(
        w in lexicon.institution_words or w in lexicon.never_in_names or w in everyday
        for w in words
    ) and not (words[0] in lexicon.name_tokens and ITEM_POST.match(text, name.char_end)):
        # an item that names a thing ('Cek Fakta'), not a person; one a given name opens and
        # the item appoints is a person's ('Andi Syamsul Alam, dari X menjadi Y')
        return None
    # a name no list of names holds is a person's only where the item appoints it to an office
    # ('N. NAME (home post), untuk Pjs. Bupati X'), and not every word of it is an everyday one
    unknown = not any(w in lexicon.name_tokens for w in words)
    if unknown and all(is_common_word(w) for w in words):
        return None
    post = ITEM_POST.match(text, name.char_end)
    role = None
    if post:
        r = _token_after(stream, post.end())
        role = role_at(stream, r, lexicon) if r < len(stream) else None
        if role is None and heading is not None and r < len(stream) and stream.is_cap(r):
            place = lexicon.places.match_at(stream.toks, r)
            if place:  # 'untuk Kabupaten Solok': the heading's office in this place
                office = _office_of_the_place(heading, heading_text, place[1], lexicon)
                role = _office_in_place(stream, r, place, office)
    if role is None and unknown:
        return None  # under a heading alone, things too are listed ('Convention Hall')
    if role is None:
        role = _post_after_comma(stream, name, found)
    if role is None:
        if heading is None or BARE_ITEM_END.match(text, name.char_end) is None:
            return None  # '3. A, S.Pd., guru SD ...': the item's own post, not the heading's
        role = replace(
            heading, region_hits=()
        )  # a bare name under the heading: its office, place unknown
    return Mention(name, role, line.number)


def place_colon_item(line: Line, start: int, before: str, lexicon: Lexicon) -> Mention | None:
    """'1. Kabupaten X: A, S.STP (home post)' in a list the story opens with acting heads
    ('menetapkan empat penjabat (Pj) bupati'): A is the acting head of X, not of the home post."""
    text = line.text
    colon = text.find(":", start)
    if colon < 0 or not text.startswith(("Kab", "Kota", "Prov"), start):
        return None
    acting = ACTING_BEFORE_HEAD.search(before)
    if acting is None:
        return None
    stream = Stream(text, line_tokens(text, lexicon))
    r = _token_after(stream, start)
    place = lexicon.places.match_at(stream.toks, r)
    if not place or text[stream.toks[r + place[0] - 1][2] : colon].strip():
        return None
    k = _token_after(stream, colon + 1)
    name = parse_name(stream, k, lexicon) if k < len(stream) else None
    if (
        name is None
        or (" " not in name.name and not name.degrees)
        or role_at(stream, k, lexicon) is not None
        or BARE_ITEM_END.match(text, name.char_end) is None
    ):
        return None
    kind = lexicon.regions[place[1][0].region].type
    office = (
        head_of_level(kind, acting.group(1).title(), lexicon) if kind in HEAD_OF_LEVEL else None
    )
    if office is None:
        return None
    return Mention(name, _office_in_place(stream, r, place, office), line.number)


# what may follow a name that stands bare in a list: its home post in brackets, the item's end
BARE_ITEM_END = re.compile(r"\s*(?:\([^()]*\))?\s*[;,.]?\s*$")


def _office_in_place(stream: Stream, r: int, place, office: RolePhrase) -> RolePhrase:
    """The office given for the place at token r ('untuk Kabupaten Solok'): no office is written
    there, so the place's words count as the text's own."""
    end = r + place[0]
    where = stream.text[stream.toks[r][1] : stream.toks[end - 1][2]]
    return RolePhrase(
        written=f"{office.written} {where}",
        acting=office.acting,
        head=office.head,
        rest=office.rest,
        region_hits=(tuple(place[1]),),
        start=r,
        end=end,
        span=(stream.toks[r][1], stream.toks[r][1]),
    )


def appointed_in_prose(
    line: Line, found: list[Mention], lines: tuple[Line, ...], index: int, lexicon: Lexicon
) -> list[Mention]:
    """'..., yakni A, S.STP., untuk Kabupaten X, yang sebelumnya menjabat ...; serta B untuk
    Kabupaten Y': an appointment list written as a sentence. Each name is the head of the place
    it is given, acting as the story says ('melantik tiga penjabat bupati')."""
    text = line.text
    if " untuk K" not in text and " untuk P" not in text:
        return []  # 'untuk' is one of the commonest words: most lines give it no place
    out: list[Mention] = []
    stream = None
    for given in PROSE_ITEM.finditer(text):
        opener = last_of(ITEM_OPENER.finditer(text, 0, given.start()))
        if opener is None:
            continue
        stream = stream or Stream(text, line_tokens(text, lexicon))
        k = _token_after(stream, opener.end())
        if k >= len(stream) or any(
            m.name is not None and m.name.start <= k < m.name.end for m in found + out
        ):
            continue
        name = parse_name(stream, k, lexicon)
        if (
            name is None
            or text[name.char_end : given.start()].strip(" ,")
            or (" " not in name.name and not name.degrees)
            or role_at(stream, k, lexicon) is not None
            or any(fold(w) in lexicon.institution_words for w in name.name.split())
        ):
            continue
        r = _token_after(stream, given.end())
        place = lexicon.places.match_at(stream.toks, r) if r < len(stream) else None
        if not place:
            continue
        kind = lexicon.regions[place[1][0].region].type
        before = lines[max(0, index - ACTING_LINES) : index]
        context = " ".join(b.text for b in before) + " " + text[: given.start()]
        acting = ACTING_BEFORE_HEAD.search(context) or ACTING_ALONE.search(text, 0, given.start())
        office = head_of_level(kind, acting.group(1).title() if acting else "", lexicon)
        if office is not None:
            out.append(Mention(name, _office_in_place(stream, r, place, office), line.number))
    return out


ACTING_LINES = 3  # lines above a list in prose where its office's acting word may stand
PROSE_ITEM = re.compile(r"untuk\s+(?=(?:Kabupaten|Kota|Provinsi|Kab\.)\s+[A-Z])")
# where a listed name opens: after 'yakni', 'serta', a semicolon or a sentence's end (a word of
# four lower-case letters and a full stop: degrees' stops, 'S.Sos.', end no sentence)
ITEM_OPENER = re.compile(
    r"(?:^|;\s*|(?<=[a-z]{4}[.])\s+|\b(?:yakni|yaitu|ialah|adalah|antara\s+lain|[Kk]emudian|"
    r"[Ss]elanjutnya|[Bb]erikutnya|serta|dan)\s+)"
)
ACTING_ALONE = re.compile(r"\b(penjabat\s+sementara|penjabat|pjs|pj)\b", re.IGNORECASE)
# 'tiga penjabat (Pj) bupati', 'Pjs Wali Kota': how the appointed heads act
ACTING_BEFORE_HEAD = re.compile(
    r"\b(penjabat\s+sementara|penjabat|pjs|pj|plt|plh)\b\.?(?:\s*\([^()]{1,12}\))?\s+"
    r"(?:bupati|wali\s*kota|gubernur)\b",
    re.IGNORECASE,
)


def _post_after_comma(stream: Stream, name: ParsedName, found: list[Mention]) -> RolePhrase | None:
    """'- Budi Santoso, Kepala Dinas Sosial': the item's own post, written after its name and a
    comma (an office read in the line with no holder of its own)."""
    for mention in found:
        role = mention.role
        if (
            mention.name is None
            and role is not None
            and stream.text[name.char_end : role.span[0]].strip() in (",", "(")
        ):
            return role
    return None


def _office_of_the_place(
    heading: RolePhrase, heading_text: str, hits, lexicon: Lexicon
) -> RolePhrase:
    """The office an item's place is given: the heading's, unless that heads another level of
    government ('... yang dilantik Gubernur:' over 'untuk Kabupaten X'): then the head of the
    place's own level, acting as the heading's line says ('Pjs', 'Pj')."""
    level = lexicon.level_by_head.get(heading.head.replace(" ", ""))
    kind = lexicon.regions[hits[0].region].type
    if level is None or level == kind or kind not in HEAD_OF_LEVEL:
        return heading
    return head_of_level(kind, heading_text, lexicon) or heading


def list_office(item: RolePhrase, item_text: str, lexicon: Lexicon) -> RolePhrase:
    """An item's office without its place ('Pjs. Bupati X' -> 'Pjs Bupati'): what the list's
    items that name only a place ('untuk Kabupaten Z') are appointed to."""
    kind = lexicon.level_by_head.get(item.head.replace(" ", ""))
    office = head_of_level(kind, item_text, lexicon) if kind in HEAD_OF_LEVEL else None
    return office or item


def head_of_level(kind: str, line_text: str, lexicon: Lexicon) -> RolePhrase | None:
    """The head of a region of this kind, acting as the line says ('Pjs', 'Pj')."""
    acting = ACTING_WORD.search(line_text)
    written = f"{acting.group(0) + ' ' if acting else ''}{HEAD_OF_LEVEL[kind]}"
    stream = Stream(written, line_tokens(written, lexicon))
    return role_at(stream, 0, lexicon)


HEAD_OF_LEVEL = {"kabupaten": "Bupati", "kota": "Wali Kota", "provinsi": "Gubernur"}
ACTING_WORD = re.compile(r"\b(?:Pjs|Pj|Plt|Plh)\b\.?|\bPenjabat(?: Sementara)?\b")


def _pairs_split(stream: Stream, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """'Wali Kota dan Wakil Wali Kota X, A-B' or '..., A dan B': a head of region and the deputy
    written as a pair are two people, the first holding the first office (of the same place),
    not one person called 'A B' (or A alone) holding the second."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        name = second.name
        if (
            first.name is not None
            or first.role is None
            or name is None
            or second.role is None
            or not second.role.head.startswith("wakil")
            or stream.text[first.role.span[1] : second.role.span[0]].strip().lower() != "dan"
        ):
            continue
        pair = _hyphen_pair(stream, name, lexicon) or _and_pair(stream, name, lexicon)
        if pair is None:
            continue
        leader, deputy = pair
        role = replace(first.role, region_hits=first.role.region_hits + second.role.region_hits)
        out[i - 1] = Mention(leader, role, first.line)
        out[i] = Mention(deputy, second.role, second.line)
    return out


def _and_pair(
    stream: Stream, name: ParsedName, lexicon: Lexicon
) -> tuple[ParsedName, ParsedName] | None:
    """'..., Budi Santoso dan Andi Saputra,': the holder read and the name 'dan' joins to it."""
    joined = AND_NEXT.match(stream.text, name.char_end)
    if joined is None:
        return None
    k = _token_after(stream, joined.end())
    if k >= len(stream) or stream.toks[k][1] != joined.end() or role_at(stream, k, lexicon):
        return None
    other = parse_name(stream, k, lexicon)
    return (name, other) if other is not None else None


AND_NEXT = re.compile(r",?\s+(?:dan|serta)\s+(?=[A-Z])")


def _hyphen_pair(
    stream: Stream, name: ParsedName, lexicon: Lexicon
) -> tuple[ParsedName, ParsedName] | None:
    """'Sachrudin-Maryono', 'Budi Santoso-Andi Saputra' as the two names they join, or None; the
    deputy's name read afresh from the hyphen ('A-Hj. Baiq B', a long Balinese name after it)."""
    cut = next((j for j in range(name.start + 1, name.end) if stream.sep(j) == "-"), None)
    if cut is None or not stream.is_cap(cut) or not stream.is_cap(cut - 1):
        return None
    # the titles before it ('H.', 'Tgk.') are no part of the leader's name
    first = min(_pre_titles(stream, name.start, lexicon)[0], cut - 1)
    leader = ParsedName(
        " ".join(stream.raw(j) for j in range(first, cut)),
        (),
        name.start,
        cut,
        stream.toks[cut - 1][2],
    )
    deputy = parse_name(stream, cut, lexicon) or replace(
        name, name=" ".join(stream.raw(j) for j in range(cut, name.end)), start=cut
    )
    return leader, deputy


OTHER_MEMBERS = re.compile(
    r"(?=[pa])\b(?:para\s+)?anggota\s+(?:lain(?:nya)?|yang\s+lain)\s*,?\s*"
    r"(?:seperti|yakni|yaitu|di\s?antaranya|antara\s+lain|ialah|adalah)\s*:?\s*",
    re.IGNORECASE,
)


def _other_members(
    stream: Stream,
    found: list[Mention],
    line_number: int,
    lexicon: Lexicon,
    everyday: Container[str],
    story: StoryContext,
) -> list[Mention]:
    """'Wakil Ketua Komisi II A hadir, serta anggota lainnya seperti B, C, dan D': the people listed
    are members of the body the office before them named."""
    if " lain" not in stream.text:
        return []  # every form OTHER_MEMBERS reads has the word: most lines have none
    intro = OTHER_MEMBERS.search(stream.text)
    if intro is None:
        return []
    body = next(
        (
            m.role
            for m in reversed(found)
            if m.role is not None
            and m.role.rest
            and m.role.span[1] <= intro.start()
            and _is_public(m.role, lexicon, story)
        ),
        None,
    )
    if body is None:
        return []
    rest = body.rest
    house = re.search(  # 'Dari Komisi VI DPR hadir ...': the body's house, named before
        re.escape(rest) + r"\s+(DPRD?(?:\s+RI)?)\b", stream.text[: intro.start()]
    )
    if house and not re.search(r"\bDPRD?\b", rest):
        rest = f"{rest} {house.group(1)}"
    role = replace(body, written=f"anggota {rest}", acting=None, head="anggota", rest=rest)
    return [
        Mention(name, role, line_number)
        for name in _names_listed(stream, intro.end(), lexicon, everyday)
    ]


MEMBERS_INTRO = re.compile(
    LISTING  # a clause about them may come first ('camat yang ikut diperiksa, yakni A dan B')
    + r"(?:(?:para\s+)?(?:terdakwa|tersangka|terpidana|saksi)\s+)?"  # 'yakni terdakwa A, B dan C'
)


MEMBERS_SEP = re.compile(
    # where each comes from may follow ('A dari Nagari X, B dari Nagari Y')
    r"(?:\s+dari\s+[^,;.()]{1,50}?(?=\s*(?:,|\bdan\b|\bserta\b)))?"
    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)"
)


def _members_after(
    stream: Stream, role: RolePhrase, lexicon: Lexicon, everyday: Container[str]
) -> list[ParsedName]:
    """'Anggota DPRD X Fraksi Y di antaranya A, B, dan C': the people an office lists after it hold it.
    Each item must read as a person's name (two words or degrees, no body's or place's words)."""
    intro = MEMBERS_INTRO.match(
        stream.text, stream.toks[role.end - 1][2] + len(_closing(stream, role.end))
    )
    if intro is None:
        intro = _named_next(stream, role)
    if intro is None:
        return []
    return _names_listed(stream, intro.end(), lexicon, everyday, first_one_word=True)


# The next sentence naming the holders of a counted office ('Mereka adalah A dan B.')
NAMED_NEXT = re.compile(
    r"[^.;]*?[.;]\s+(?:Mereka|Keduanya|Ketiganya|Keempatnya)\s+(?:adalah|ialah|yakni|yaitu)\s*:?\s*"
)


def _named_next(stream: Stream, role: RolePhrase) -> re.Match | None:
    """'KPK memeriksa dua mantan staf khusus Menteri X pada Selasa. Mereka adalah A dan B.':
    the people the sentence after a counted office names hold it."""
    if not counted(stream, role.start):
        return None
    return NAMED_NEXT.match(stream.text, stream.toks[role.end - 1][2])


def _names_listed(
    stream: Stream,
    pos: int,
    lexicon: Lexicon,
    everyday: Container[str],
    first_one_word: bool = False,
) -> list[ParsedName]:
    """The people's names listed from character `pos` on ('A, B, dan C'), up to the first item
    that does not read as a person's name. `first_one_word`: after an office and 'yakni', the
    first may be a person known by one name, as the later ones may."""
    members: list[ParsedName] = []
    while True:
        k = _token_after(stream, pos)
        if (
            k >= len(stream)
            or stream.toks[k][1] != pos
            or not stream.is_cap(k)
            or role_at(stream, k, lexicon) is not None
        ):
            break
        name = parse_name(stream, k, lexicon)
        if name is None or not _reads_as_person(
            stream, name, lexicon, everyday, one_word=bool(members) or first_one_word
        ):
            break
        members.append(name)
        sep = MEMBERS_SEP.match(stream.text, name.char_end)
        if sep is None or sep.end() == name.char_end:
            break
        pos = sep.end()
    return members


def _reads_as_person(
    stream: Stream,
    name: ParsedName,
    lexicon: Lexicon,
    everyday: Container[str],
    one_word: bool = False,
) -> bool:
    """Two words or degrees, none a body's, a place's or all everyday words. `one_word`: after a
    person listed ('A Saputra, Mangapul dan B'), one word no dictionary has is a person known by
    one name."""
    words = [fold(w) for w in name.name.split()]
    if len(words) < 2 and not name.degrees and not (one_word and not is_common_word(words[0])):
        return False
    if any(w in lexicon.institution_words or w in lexicon.never_in_names for w in words) or all(
        w in everyday for w in words
    ):
        return False
    return not _is_place_run(stream, name.start, name.end, lexicon)
