"""Where a place ends and a person begins in one capitalised run after an office ('Camat Sukamaju
Budi Santoso', 'Perbekel Desa Abianbase I Made Wiranata'), and whether a run is a place at all."""

from __future__ import annotations

from ..lexicon import Lexicon
from .names import Stream
from .role_words import PLACE_TYPES, RolePhrase, _names_a_place

# Words of things often named after a person ('Bandara Sultan X', 'Stadion Budi Santoso'): the
# capitalised words after them are the thing's name, not its head's
NAMED_THING_WORDS = frozenset(
    {"bandara", "lanud", "stadion", "pelabuhan", "terminal", "bendungan", "waduk"}
)
NAMED_THING_PAIRS = frozenset(
    {("bandar", "udara"), ("stasiun", "meteorologi"), ("pangkalan", "udara")}
)
# 'Kantor Camat X': one word X that no name holds is the kecamatan (a place the lexicon need not
# know), not the holder ('Sekretaris Camat X' may be either, and stays a holder)
OFFICE_PLACE_HEADS = frozenset({"camat", "lurah", "bupati", "gubernur", "desa", "kelurahan"})


def _place_before_name(stream: Stream, j: int, end: int, lexicon: Lexicon) -> bool:
    """'Kepala Kantor Wilayah II Medan Budi Santoso': a place that is no name's word, before a
    name's word and one more word, is the office's place, not the person's first name."""
    folded = stream.fold(j)
    return (
        j + 2 < end
        and folded not in lexicon.name_tokens
        and stream.fold(j + 1) in lexicon.name_tokens
        and (folded in lexicon.glued_places or _is_place_run(stream, j, j + 1, lexicon))
    )


def _is_place_run(stream: Stream, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens start..end are a place: a region of the gazetteer or a foreign place, or one
    word that is a region's name written without its space ('Waykanan')."""
    if end - start == 1 and stream.fold(start) in lexicon.glued_places:
        return True
    for index in (lexicon.places, lexicon.foreign_places):
        match = index.match_at(stream.toks, start)
        if match and start + match[0] >= end:
            return True
    return False


def _split_place_and_name(
    stream: Stream, role: RolePhrase, k: int, run_end: int, lexicon: Lexicon
) -> int:
    """'Perbekel Desa Abianbase I Made Wiranata': after a village head, the place is 'Desa X' (or a
    known place) and the rest of the run is the person; returns where the place part ends."""
    if not _names_a_place(role) or stream.sep(run_end).strip().startswith(","):
        return run_end
    if role.region_hits and run_end - k >= 2:
        return k  # 'Camat Kubung Deni Putra': the place is named already, the run is the person
    tail = _name_at_run_end(stream, k, run_end, lexicon)
    if tail is not None:
        return tail  # 'Wali Nagari Talang Maju Budi Santoso': the place may be of two words
    if stream.fold(k - 1) in PLACE_TYPES and run_end - k >= 3:
        return k + 1  # 'Perbekel Desa Abianbase I Made Wiranata'
    if run_end - k < 3:
        return run_end
    if stream.fold(k) in PLACE_TYPES:
        return k + 2
    match = lexicon.places.match_at(stream.toks, k)
    if match and run_end - (k + match[0]) >= 2:
        return k + match[0]
    return run_end


def _name_at_run_end(stream: Stream, k: int, run_end: int, lexicon: Lexicon) -> int | None:
    """'Kades Budi Santoso', 'Camat Sukamaju Budi Santoso': where the run ends with two or more
    words that all are names' words and no place, after words that are none (an unknown
    village's name), the person starts there."""
    start = k
    while start < run_end and stream.fold(start) not in lexicon.name_tokens:
        start += 1
    if run_end - start < 2 or any(
        stream.fold(i) not in lexicon.name_tokens or stream.fold(i) in lexicon.glued_places
        for i in range(start, run_end)
    ):
        return None
    return None if _is_place_run(stream, start, run_end, lexicon) else start


def _holder_after_a_place(stream: Stream, k: int, run_end: int, lexicon: Lexicon) -> int:
    """Where the holder's name starts after a place inside the run that follows an office;
    run_end when the run holds no such place. 'Kepala Bandara Rudi Hartono Maumere Budi
    Santoso': a thing named after a person is written with its town after the name, the head's
    name follows the town. 'Wakil Ketua Badan Epidemiologi Ukraina Budi Santoso': words that are
    no name's, then a country or a region, then two words or more: the body's field and place,
    then the person."""
    named_thing = stream.fold(k) in NAMED_THING_WORDS
    for i in range(k + (2 if named_thing else 1), run_end - 2):
        before = stream.fold(i - 1)
        if not named_thing and (before in lexicon.name_tokens or before in lexicon.role_first):
            return run_end  # a name's word (the run may be the person's) or another office's
        match = lexicon.places.match_at(stream.toks, i) or (
            None if named_thing else lexicon.foreign_places.match_at(stream.toks, i)
        )
        if match and run_end - (i + match[0]) >= 2:
            start = i + match[0]
            if named_thing or not _is_place_run(stream, start, run_end, lexicon):
                return start  # not 'Polres Metro Jakarta Timur': a place within a place
    return run_end
