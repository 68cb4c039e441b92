"""The holder named after a unit's long name: 'Direktur Jalan Desa dan Jembatan Kecil Direktorat
Jenderal Prasarana Perdesaan (DJPP) KPD Budi Santoso menilai ...', 'Kepala Departemen Pasar,
Perizinan, dan Layanan Badan X, Budi Santoso, dalam ...'. The role phrase stops inside the unit's
name; the person is the capitalised run that closes it, right before the sentence goes on.
A holder read from everyday words only is the unit's name too ('Kepala Pos Pengamatan Gunung
Tinggi di Sukamaju, Budi Santoso'): its holder follows the comma."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from ..lexicon import Lexicon
from .common_words import all_common_words, is_common_word
from .dates import WEEKDAYS
from .holder_trim import _trim_holder
from .names import ParsedName, Stream, parse_name
from .place_runs import _is_place_run
from .role_words import RolePhrase, _capital_run, _extend_with_run, _is_title, _token_after
from .roles import role_at
from .text import fold

# Lower-case words inside a unit's name ('Pesisir dan Pulau', 'Deputi bidang Koordinasi'); not
# 'di', which names where a company's post is ('Kepala Riset di Bank X')
UNIT_JOINERS = frozenset({"dan", "bidang", "urusan", "pada", "dapil", "dari"})
UNIT_SEPS = frozenset({"", ",", "(", ")", "),", "-", "–", "/"})
UNIT_TOKENS = 18  # a unit's name and its holder, at most
# An envoy's post names where they are sent after 'untuk' ('Duta Besar X untuk PBB, Budi')
ENVOYS = frozenset({"duta besar", "dubes", "wakil tetap", "utusan khusus", "konsul jenderal"})
NAME_ENDS = frozenset({"", ",", "."})  # after the holder: the sentence goes on, or ends


def holder_after_unit(
    stream: Stream, role: RolePhrase, lexicon: Lexicon, everyday: Container[str]
) -> tuple[ParsedName, RolePhrase] | None:
    """The person whose name closes the unit's name after `role` (which found no holder), with
    the unit's words added to the role; None when the words after it do not end in a person."""
    joiners = UNIT_JOINERS | ({"untuk"} if role.head in ENVOYS else set())
    stop = _unit_end(stream, role.end, lexicon, joiners)
    if stop is None:
        return None
    start = stop - 1
    while start > role.end and stream.sep(start).strip() == "" and stream.is_cap(start - 1):
        start -= 1
    if start > role.end and stream.sep(start).strip() in (",", "."):
        # the run ends with degrees ('Budi Santoso, S.H.I.,'): the name is before them
        while start > role.end and stream.sep(start).strip() in ("", ",", "."):
            start -= 1
    for first in range(start, stop):
        name = parse_name(stream, first, lexicon)
        if name is None or (name.end != stop and not _degrees_to(stream, name, stop)):
            continue
        name, _ = _trim_holder(stream, name, role, lexicon, everyday)
        if (
            name is not None
            and name.start > role.end
            and not _opens_place(stream, name.start, lexicon)
            and not stream.is_acronym(name.start)  # 'BI Budi Santoso': the body's acronym
            and _named_person(stream, name, lexicon, everyday)
        ):
            return name, _closed(_extend_with_run(stream, role, name.start, lexicon))
    return None


def _degrees_to(stream: Stream, name: ParsedName, stop: int) -> bool:
    """Whether the words between the name and the run's end are its degrees ('..., Budi
    Santoso, S.H.I., mengatakan')."""
    return bool(name.degrees) and name.end < stop and stream.toks[stop - 1][2] <= name.char_end


# Words that open the name of a mountain, a park or a sea: a place closing a unit's name
LANDFORMS = frozenset({"gunung", "taman", "pulau", "danau", "selat", "teluk", "sungai", "pantai"})


def unit_list_goes_on(stream: Stream, name: ParsedName, lexicon: Lexicon) -> bool:
    """'Direktur Jenderal Kerajinan Rumah, Tenun, dan Anyaman (KRTA) Budi Santoso': everyday
    words after the office's comma, followed by 'dan' and a capitalised word, list the unit's
    fields; the holder comes after them."""
    k = name.end
    return (
        stream.sep(name.start).strip() == ","
        and k + 1 < len(stream)
        and stream.fold(k) == "dan"
        and stream.sep(k).strip() in ("", ",")
        and stream.sep(k + 1) == " "
        and stream.is_cap(k + 1)
        and all(
            fold(w) not in lexicon.name_tokens and is_common_word(fold(w))
            for w in name.name.split()
        )
    )


def _opens_place(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'... Kota Jakarta Utara Budi Santoso', 'Balai Taman Nasional Gunung X': a place closing
    the unit's name, not a first name."""
    return stream.fold(k) in LANDFORMS or bool(
        lexicon.places.match_at(stream.toks, k) or lexicon.foreign_places.match_at(stream.toks, k)
    )


def _closed(role: RolePhrase) -> RolePhrase:
    """The unit's bracket closed ('... Kementerian Keuangan (Kemenkeu)')."""
    if role.written.count("(") > role.written.count(")"):
        return replace(role, written=f"{role.written})", rest=f"{role.rest})")
    return role


def _unit_end(
    stream: Stream, k: int, lexicon: Lexicon, joiners: frozenset[str] | set[str] = UNIT_JOINERS
) -> int | None:
    """Index after the last capitalised word of the unit's name and its holder, starting at k:
    the index of the lower-case word that goes on with the sentence, or the line's end."""
    for j in range(k, min(len(stream), k + UNIT_TOKENS) + 1):
        if j == len(stream):
            return j if stream.sep(j).strip() in NAME_ENDS else None
        sep = stream.sep(j).strip()
        if sep == "." and j > k and stream.raw(j - 1) + "." in lexicon.pre_name:
            continue  # 'Ir. Budi': a title's dot ends nothing
        if sep not in UNIT_SEPS:
            return j if sep in NAME_ENDS - {""} and j > k else None
        if stream.is_cap(j) or stream.is_acronym(j):
            if sep in ("", ",") and role_at(stream, j, lexicon) is not None:
                return None  # another office: the words belong to it
            continue
        if stream.fold(j) in joiners and (
            sep == ""
            or (
                sep == ","
                and j + 1 < len(stream)
                and stream.is_cap(j + 1)
                and is_common_word(stream.fold(j - 1))
            )
        ):
            continue  # 'Kerajinan, Tenun, dan Anyaman'
        return j if sep in NAME_ENDS and j > k else None
    return None


def _named_person(
    stream: Stream, name: ParsedName, lexicon: Lexicon, everyday: Container[str]
) -> bool:
    """Two words or more that read as a person's: one of them a name's word, or set off from the
    unit's name by a bracket, a comma, the unit's acronym or a body's word, with the sentence
    going on after them (a headline's capitalised words end the line)."""
    words = [stream.fold(i) for i in range(name.start, name.end)]
    if len(name.name.split()) == 1:
        # 'Menteri Koordinator bidang Pangan dan Pertanian, Budi.': one word set off by a comma
        return (
            stream.sep(name.start).strip() == ","
            and words[0] not in lexicon.institution_words
            and words[0] not in lexicon.never_in_names
            and not is_common_word(words[0])
            and not _is_place_run(stream, name.start, name.end, lexicon)
        )
    if (
        any(w in lexicon.institution_words or w in lexicon.never_in_names for w in words)
        or all(w in everyday for w in words)
        or _is_place_run(stream, name.start, name.end, lexicon)
    ):
        return False
    if any(w in lexicon.name_tokens for w in words):
        return True
    return name.end < len(stream) and (
        stream.sep(name.start).strip() in (")", ",", "),")
        or stream.is_acronym(name.start - 1)
        or stream.fold(name.start - 1) in lexicon.institution_words
    )


def holder_past_everyday_words(
    stream: Stream, name: ParsedName, role: RolePhrase, lexicon: Lexicon
) -> tuple[ParsedName | None, RolePhrase] | None:
    """A holder read from everyday words only ('Kepala Pos Pengamatan Gunung Tinggi') is the unit's
    name: the office takes them, and its holder follows a comma, after the unit's place ('...
    Gunung Tinggi di Sleman, Budi Santoso') or nowhere. None when the holder reads as a name."""
    words = [fold(w) for w in name.name.split()]
    if (
        not all_common_words(words, lexicon)
        and not (_ends_in_a_country(stream, name, lexicon) and not name.degrees)
        and words[0] not in lexicon.named_after_people  # 'Bandara H. Budi Santoso Solok'
        and stream.fold(name.start - 1) not in HOSPITALS  # 'Direktur RSUD dr. Adjidarmo, dr. Budi'
    ):
        return None
    role = _extend_with_run(stream, role, name.end, lexicon)
    k = name.end
    if (
        k + 1 < len(stream)
        and stream.sep(k) == " "
        and stream.fold(k) == "di"
        and stream.is_cap(k + 1)
    ):
        k = _capital_run(stream, k + 1)
    if (
        k < len(stream)
        and stream.sep(k).strip() == ","
        and (stream.is_cap(k) or _is_title(stream, k, lexicon))
    ):
        holder = parse_name(stream, k, lexicon)
        if (
            holder is not None
            and not all_common_words([fold(w) for w in holder.name.split()], lexicon)
            and not _in_a_list_of_names(stream, holder)
        ):
            return holder, role
    return None, role


HOSPITALS = frozenset({"rsud", "rsup", "rs", "sakit"})  # often named after a doctor


def _ends_in_a_country(stream: Stream, name: ParsedName, lexicon: Lexicon) -> bool:
    """'Presiden Klub Motor Jaya Indonesia, Budi Santoso': words closed by a country's or a
    continent's name are a body's name, never a person's (unless a rank or title opens them:
    'Letkol Inf Antonius Bere Mali')."""
    return any(
        (match := lexicon.foreign_places.match_at(stream.toks, k)) is not None
        and k + match[0] == name.end
        for k in range(name.start + 1, name.end)
    )


def _in_a_list_of_names(stream: Stream, name: ParsedName) -> bool:
    """'..., Bukit Hijau, Pasar Baru, Tanjung Sari': another capitalised item follows the comma
    after it (a weekday does not: 'Budi Santoso, Kamis (5/6)')."""
    k = _token_after(stream, name.char_end)
    return (
        k < len(stream)
        and stream.sep(k).strip() == ","
        and stream.is_cap(k)
        and stream.fold(k) not in WEEKDAYS
    )
