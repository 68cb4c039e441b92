"""A role phrase where the text writes one: [acting] head [institution words] [place] ('Pjs. Bupati
Solok', 'Kepala Dinas Pendidikan Kota Padang'), and whether the post is a public one."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .capitals import _shouted_name
from .lower_offices import (
    COURT_HEADS,
    FORMER_WORDS,
    _a_country_follows,
    _a_name_follows,
    _a_run_of_names,
    counted,
    holder_after_comma,
    holders_listed,
)
from .names import ParsedName, Stream, honorific_at, person_key
from .role_words import (
    BODY_PAIRS,
    INSTITUTION_TYPES,
    LEGISLATURES,
    LOWER_BODIES,
    ORDINALS,
    PLACE_TYPES,
    ROLE_SEP_OK,
    ROMAN,
    SEAT_WORDS,
    UNIT_PLACE_TYPES,
    RolePhrase,
    _after_field_word,
    _balinese_name,
    _bracketed_name_end,
    _bracketed_person,
    _capital_run,
    _closing,
    _field_word,
    _inside_institution,
    _is_head_word,
    _joined_by_and,
    _last_body_word,
    _matched_brackets,
    _names_a_body,
    _national,
    _opens_name,
    _portfolio_list,
    _rest_text,
    lower_body_end,
)
from .text import fold

DOCUMENT_WORDS = frozenset(
    {"keputusan", "peraturan", "instruksi", "surat", "edaran", "arahan", "perintah"}
)


def role_at(stream: Stream, k: int, lexicon: Lexicon) -> RolePhrase | None:
    """A role phrase starting at token k: [acting] head [institution words] [region]. An office
    written in lower case counts only with a body's acronym right after it ('juru bicara KPK',
    'mantan komisioner KPU'): 'anggota keluarga' is no office."""
    if (
        k > 0
        and stream.fold(k - 1) in lexicon.not_role_after
        and stream.sep(k) == " "
        and stream.fold(k - 1) not in DOCUMENT_WORDS
    ):
        return None
    lower = not stream.is_cap(k)
    if lower and (
        stream.fold(k - 1) == "untuk" or "paw" in (stream.fold(k - 1), stream.fold(k - 2))
    ):
        return None  # '(PAW) untuk anggota DPR X', 'PAW anggota DPR X': the seat someone was meant to get
    acting, j = None, k
    for seq, normalized in lexicon.acting_by_first.get(stream.fold(k), ()):
        end = stream.seq_at(k, seq)
        if end:
            acting, j = normalized, end
            break
    head_end = None
    for words in lexicon.heads_by_first.get(stream.fold(j), ()):
        head_end = stream.seq_at(j, words, allow=" .-")
        if head_end:
            break
    if head_end is None and lower and stream.fold(j) in COURT_HEADS:
        head_end = j + 1  # 'kata hakim Budi Santoso': not a head in capitals, where it is a name's
    if head_end is None:
        return None
    if lower:
        if (
            acting
            or head_end >= len(stream)
            or (
                stream.sep(head_end) != " "
                and not (stream.sep(head_end) == " (" and counted(stream, k))
            )
            or not (
                head_end - j >= 3
                or _names_a_body(stream, head_end, lexicon)
                or _office_of(stream, head_end, lexicon)
                or counted(stream, k)
                or holders_listed(stream, head_end)
                or (
                    head_end - j >= 2
                    and _a_name_follows(stream, head_end, _capital_run(stream, head_end), lexicon)
                )
                or (
                    stream.fold(j) in COURT_HEADS
                    and _a_run_of_names(stream, head_end, _capital_run(stream, head_end), lexicon)
                )
                or (
                    (
                        head_end - j >= 2
                        or (stream.fold(j) in STATE_HEADS and stream.fold(k - 1) not in RUNNING)
                    )
                    and _a_country_follows(stream, head_end, lexicon)
                )
            )
        ):
            return None  # 'ketua majelis hakim' is an office however it is written
    elif not stream.is_cap(j) or _rank_before_name(stream, j, head_end, lexicon):
        return None
    if acting and stream.sep(j).strip(" .()") != "":
        return None
    end, hits = _extend_role(stream, head_end, lexicon, role_start=k)
    if (
        end == head_end
        and end < len(stream)
        and stream.sep(end) == " "
        and not stream.is_cap(end)
        and stream.fold(end) in lexicon.institution_words
        and (
            (lower and counted(stream, k))
            or holders_listed(stream, end + 1)
            or (not lower and holder_after_comma(stream, end + 1))
        )
    ):
        end += 1  # 'tiga kepala desa', 'Kepala desa yang dipanggil yakni A': the unit in lower case too
    head = " ".join(stream.fold(i) for i in range(j, head_end))
    rest_tokens = [i for i in range(head_end, end)]
    return RolePhrase(
        written=_matched_brackets(stream.written(k, end) + _closing(stream, end)),
        acting=acting,
        head=head,
        rest=_rest_text(stream, rest_tokens, hits),
        region_hits=tuple(h for _, _, h in hits),
        start=k,
        end=end,
        span=(stream.toks[k][1], stream.toks[end - 1][2]),
    )


# Police commands whose name holds 'Metro' before their place ('Polres Metro Bekasi')
METRO_UNITS = frozenset({"polda", "polres", "polresta", "kapolda", "kapolres", "wakapolda"})


def _rank_before_name(stream: Stream, j: int, head_end: int, lexicon: Lexicon) -> bool:
    """'Inspektur Jenderal Budi': a rank written out, the same words as an office, before a
    person's name; the office names its body ('Inspektur Jenderal Kementerian X Budi')."""
    return (
        head_end < len(stream)
        and stream.sep(head_end) == " "
        and stream.is_cap(head_end)
        and _opens_name(stream, j, lexicon)
        and stream.fold(head_end) not in lexicon.institution_words
        and not stream.is_acronym(head_end)
        and lexicon.places.match_at(stream.toks, head_end) is None
    )


# Heads of a state whose one word in lower case before the country is still the office
# ('mantan presiden Korea Selatan X', 'presiden Rusia, X'): no everyday phrase puts them there
STATE_HEADS = frozenset({"presiden", "kanselir", "raja", "ratu", "perdana"})
RUNNING = frozenset(
    {"kandidat", "calon", "bakal", "capres"}
)  # 'kandidat presiden X': not the office


def _office_of(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'staf khusus Menteri Pertanian', 'juru bicara Gubernur', 'staf khusus mantan Menteri X': a
    post serving the office that follows it, written in capitals."""
    while k < len(stream) and stream.fold(k) in FORMER_WORDS and not stream.is_cap(k):
        k += 1
    return stream.is_cap(k) and role_at(stream, k, lexicon) is not None


def _continues_after_comma(stream: Stream, role_start: int, k: int, lexicon: Lexicon) -> bool:
    folded = stream.fold(k)
    if not stream.is_cap(k) and folded not in ("dan", "serta"):
        return False  # ', kata dia': every way on needs a capital, or the last field's 'dan'
    if folded in PLACE_TYPES or folded in INSTITUTION_TYPES:
        return stream.is_cap(k)  # ', Kecamatan Way Panji', ', Direktorat Jenderal ...'
    if _portfolio_list(stream, k, lexicon):
        return True
    return _inside_institution(stream, role_start, k) and _continues_institution(stream, k, lexicon)


def _extend_role(stream: Stream, k: int, lexicon: Lexicon, role_start: int | None = None):
    """Institution words and places after the head; returns (end, [(start, end, hits)])."""
    hits = []
    # '(Kepala Dinas X) dan B': an office in brackets ends at the bracket's close
    bracketed = role_start is not None and "(" in stream.sep(role_start)
    role_start = k if role_start is None else role_start
    while k < len(stream):
        sep = stream.sep(k)
        if bracketed and ")" in sep and stream.fold(k) in ("dan", "serta"):
            break
        if sep.strip() == "," and _continues_after_comma(stream, role_start, k, lexicon):
            listed = stream.fold(k) not in ("dan", "serta") and _portfolio_list(
                stream, k, lexicon
            )  # not the last field
            k += (
                1  # 'Divisi Pencegahan, Partisipasi Masyarakat, dan Humas': one body, commas inside
            )
            while listed and k < len(stream) and stream.sep(k) == " " and stream.is_cap(k):
                k += 1  # 'Hukum, Hak Asasi Manusia, Imigrasi, dan ...': a field of several words
            if stream.fold(k - 1) in PLACE_TYPES:  # ', Kecamatan Way Panji': the place's own name
                while k < len(stream) and stream.is_cap(k) and stream.sep(k) == " ":
                    k += 1
            continue
        if sep in ("'", "’") and k > role_start and not stream.is_cap(k):
            k += 1  # 'Mahkamah Syar'iyah': the part of a word after its apostrophe
            continue
        # a character outside ROLE_SEP_OK ends the office, and so does 'Yang Mulia' before a name
        if sep.strip(ROLE_SEP_OK) or honorific_at(stream, k):
            break
        if (
            "(" in sep
            and stream.is_cap(k)
            and k + 1 < len(stream)
            and stream.sep(k + 1) in (" ", ". ")  # '(Ka. KPLP)': a head's short word and dot
            and stream.is_cap(k + 1)
            and ")" in stream.sep(k + 2)
            and (
                stream.is_acronym(k)
                or stream.fold(k) in lexicon.institution_words
                or stream.fold(k) in ("kanwil", "kantor")
                or (stream.fold(k),) in lexicon.heads_by_first.get(stream.fold(k), ())
                or stream.is_acronym(k + 1)
                or stream.fold(k + 1) in lexicon.institution_words
            )
        ):
            k += 2  # '(BP Tapera)', '(Waketu KND)', '(Irjen Kemenag)' (a rank's word read first), '(Menko Hankam)': a short name of two words
            continue
        if _opens_name(stream, k, lexicon):
            break  # 'Kapolres Solok AKBP Muari': the rank belongs to the person, not the role
        match = lexicon.places.match_at(stream.toks, k)
        folded, raw = stream.fold(k), stream.raw(k)
        if (
            folded == "metro"
            and stream.fold(k - 1) in METRO_UNITS
            and stream.is_cap(k + 1)
            and stream.sep(k + 1) == " "
        ):
            k += 1  # 'Polda Metro Jaya', 'Polres Metro Depok': the command's name, not Kota Metro
            continue
        if (
            match
            and stream.is_cap(k)
            and k + match[0] < len(stream)
            and stream.is_cap(k + match[0])
            and stream.sep(k + match[0]) == " "
            and stream.fold(k + match[0]) not in lexicon.institution_words
            and _national(stream, role_start)
        ):
            break  # 'Wakil Menteri Dalam Negeri Bima Arya': a national post has no region; the place word opens a name
        if match and stream.is_cap(k):
            length, payloads = match
            hits.append((k, k + length, tuple(payloads)))
            k += length
            continue
        foreign = lexicon.foreign_places.match_at(stream.toks, k) if stream.is_cap(k) else None
        if foreign:  # 'Presiden Amerika Serikat', 'Wali Kota Los Angeles': no region of ours
            k += foreign[0]
            continue
        if (
            folded in PLACE_TYPES
            and stream.is_cap(k)
            and k + 1 < len(stream)
            and stream.is_cap(k + 1)
            and stream.sep(k + 1) == " "
            and not _opens_name(stream, k + 1, lexicon)
            and (
                folded not in UNIT_PLACE_TYPES
                or lexicon.places.match_at(stream.toks, k + 1) is None
            )
        ):
            k += 2  # 'Kecamatan Banawa', 'Desa Abianbase': a place the gazetteer lacks; more words may be a name
            while (
                k < len(stream)
                and stream.sep(k) == " "
                and re.fullmatch(r"[IVX]+|\d+", stream.raw(k))
                and not _balinese_name(stream, k)
            ):
                k += 1
            continue
        if (
            folded in ("untuk", "asal", "perwakilan", "dari")
            and k + 1 < len(stream)
            and stream.is_cap(k + 1)
            and (
                lexicon.foreign_places.match_at(stream.toks, k + 1)
                or lexicon.places.match_at(stream.toks, k + 1)
            )
        ):
            # 'Duta Besar RI untuk Rusia', 'Utusan Khusus untuk Timur Tengah': the post's place;
            # 'anggota parlemen Eropa asal Belgia': where its holder comes from; 'Ombudsman
            # perwakilan Jawa Barat': the body's office in a province
            k += 1
            continue
        if (
            folded == "dari"
            and k + 1 < len(stream)
            and stream.is_cap(k + 1)
            and stream.fold(k + 1) in SEAT_WORDS
        ):
            k += 1  # 'Wakil Ketua MPR dari Fraksi PAN', 'Anggota DPR dari Dapil Jabar II': the seat's faction or district
            continue
        if folded == "se" and k + 1 < len(stream):
            k += 1
            continue
        if (
            folded == "kepala"
            and k + 1 < len(stream)
            and stream.fold(k + 1) == "daerah"
            and stream.sep(k + 1) == " "
        ):
            k += 2  # 'Direktur Fasilitasi Kepala Daerah': the unit's field, no office of its own
            continue
        if (
            folded == "atau"
            and k + 1 < len(stream)
            and stream.sep(k + 1) == " "
            and (
                stream.is_acronym(k + 1)
                or (k + 2 < len(stream) and stream.sep(k + 2) == "" and stream.is_cap(k + 2))
            )
        ):
            # 'Badan Gizi Nasional atau BGN', '... atau TimwasHajiDPR': the body's short name
            k += 2
            continue
        if (
            folded in ("dan", "serta", "&")
            and k + 1 < len(stream)
            and stream.is_cap(k + 1)
            and not _opens_name(stream, k + 1, lexicon)
            and not any(
                stream.seq_at(k + 1, head)
                for head in lexicon.heads_by_first.get(stream.fold(k + 1), ())
            )
        ):
            k += 1
            run_end = _capital_run(stream, k, lexicon)
            name_at = next(  # 'Bea dan Cukai Budi Santoso Utama': no body word after a name's
                (
                    i
                    for i in range(k + 1, run_end)
                    if stream.fold(i) in lexicon.name_tokens
                    and stream.fold(i) not in lexicon.institution_words
                ),
                run_end,
            )
            if stream.sep(run_end).lstrip()[:1] in (",", "(") and all(
                _field_word(stream.fold(i), lexicon) for i in range(k, run_end)
            ):
                k = run_end  # 'Pengawasan Wabah Ternak (PWT)': the body's name to its end
                continue
            last = max(
                (i for i in range(k, name_at) if stream.fold(i) in lexicon.institution_words),
                default=None,
            )
            if last is not None:
                # 'Komunikasi dan Layanan Informasi': the body's name goes on after 'dan', to its last
                # body word; 'Imigrasi dan Pemasyarakatan Agus Andrianto': the holder's name follows it
                k = last + 1
            continue
        if sep == "/" and stream.is_cap(k):
            k += 1  # 'Danrem 032/Wirabraja': the unit's name
            continue
        if (
            "(" in sep
            and stream.is_cap(k)
            and ")" in stream.sep(k + 1)
            and not _bracketed_person(stream, k, lexicon)
        ):
            k += 1  # '(Dinpermasdes)', '(Bawaslu)': the body's short name
            continue
        close = _bracketed_name_end(stream, k) if "(" in sep else None
        if close is not None:
            k = close  # '(National Nutrition Agency/BGN)': the body's name in another language
            continue
        if stream.is_cap(k) and (stream.fold(k - 1), folded) in BODY_PAIRS:
            k += 1  # 'Mahkamah Agung', 'Kejaksaan Agung': 'Agung' is the body's, not a name's
            continue
        if stream.is_cap(k) and folded in ORDINALS:
            k += 1  # 'Presiden Pertama', 'Bupati Kedua': which holder of the office, not a name
            continue
        if (
            folded == "ke"
            and k + 1 < len(stream)
            and stream.sep(k + 1) == "-"
            and stream.raw(k + 1).isdigit()
        ):
            k += 2  # 'Presiden ke-7'
            continue
        if (
            stream.is_cap(k)
            and (
                folded in lexicon.institution_words
                or (stream.is_acronym(k) and not _shouted_name(stream, k, lexicon))
                or _is_head_word(folded, lexicon)
            )
            and not _balinese_name(stream, k)
        ):
            k += 1
            continue
        if raw.isdigit() and len(raw) <= 4:
            k += 1
            continue
        if ROMAN.fullmatch(raw) and (
            stream.fold(k - 1) in INSTITUTION_TYPES
            or stream.fold(k - 1) in lexicon.institution_words
        ):
            k += 1  # 'Komisi X', 'Kodam IX': the body's number
            continue
        if (
            len(raw) == 1
            and "A" <= raw <= "E"
            and stream.fold(k - 1) == "komisi"
            and k + 1 < len(stream)
            and stream.fold(k + 1) in LEGISLATURES
        ):
            k += 1  # 'Komisi B DPRD X': a regional legislature's commission lettered A to E
            continue
        if stream.is_cap(k) and _after_field_word(stream, k, role_start, lexicon):
            last = _last_body_word(stream, k, lexicon)
            if last is not None:
                k = last + 1  # 'Bidang Destinasi dan Infrastruktur Kementerian Pariwisata'
                continue
        if stream.fold(k) in LOWER_BODIES and _names_a_body(stream, k, lexicon):
            k = lower_body_end(stream, k, lexicon)  # 'juru bicara pemerintah Israel'
            continue
        break
    return k, hits


def _continues_institution(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """After a comma inside a role: more institution words, or the region part ('Kecamatan Way Panji')."""
    folded = stream.fold(k)
    if (
        not stream.is_cap(k)
        or _opens_name(stream, k, lexicon)
        or _is_head_word(folded, lexicon)
        or folded in ("kepala", "ketua", "anggota")
    ):
        return False
    if folded in PLACE_TYPES:
        return True
    if folded in lexicon.institution_words and folded not in ("i", "ii", "iii", "iv", "v", "anak"):
        return True
    run_end = _capital_run(
        stream, k
    )  # an unknown run continues the body when 'dan' or a place follows
    return _joined_by_and(stream, run_end, lexicon) or bool(
        lexicon.places.match_at(stream.toks, run_end) if run_end < len(stream) else None
    )


def role_key(role: RolePhrase | None) -> str:
    return fold(role.written) if role else ""


def key_of(name: ParsedName) -> str:
    return person_key(name.name)


def alias_forms(aliases: list[str]) -> tuple[str, ...]:
    """The distinct non-empty aliases, longest first: the order a quote's speaker is looked for."""
    return tuple(sorted({a for a in aliases if a}, key=len, reverse=True))


def second_office(stream: Stream, role: RolePhrase, lexicon: Lexicon) -> RolePhrase | None:
    """The office after 'sekaligus', 'merangkap' or 'yang juga' ('ROLE merangkap ROLE2 NAME'):
    the holder follows it."""
    k = role.end
    if k + 1 >= len(stream) or stream.sep(k).strip(" )"):
        return None
    if stream.fold(k) == "yang" and stream.fold(k + 1) == "juga":
        k += 1
    elif stream.fold(k) not in ("sekaligus", "merangkap"):
        return None
    return role_at(stream, k + 1, lexicon) if k + 1 < len(stream) else None
