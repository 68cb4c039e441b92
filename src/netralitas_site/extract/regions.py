"""The regions a story is about: whose government, officials or election it reports.

Every place named in the body is weighed (an explicit "Kabupaten Solok" counts more than a
capital or a kecamatan); a bare "Solok" is read through the office in front of it (Bupati ->
kabupaten, Wali Kota -> kota) or through the other mentions. Places in boilerplate never count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

from ..lexicon import Lexicon, RegionHit, _data
from ..model import Line
from .region_lists import LIST_MIN, REPORTED, listed_places, places_in_a_report
from .text import may_hold, tokens_with_spans, words_pattern

WEIGHT = {"explicit": 3.0, "variant": 2.0, "short": 2.0, "capital": 1.0, "kecamatan": 0.5}
KABUPATEN_WORDS = {"bupati", "wabup", "pemkab", "kabupaten", "kab"}
KOTA_WORDS = {"walikota", "wako", "wawako", "pemko", "pemkot", "kota"}
PROVINCE_WORDS = {"gubernur", "wagub", "pemprov", "provinsi", "prov", "sekdaprov"}
# A paragraph that installs officials: every region whose head it names is a subject of the story.
APPOINTMENT_WORDS = (
    "melantik",
    "dilantik",
    "pelantikan",
    "lantik",
    "mengukuhkan",
    "dikukuhkan",
    "pengukuhan",
    "mengangkat",
    "diangkat",
    "menunjuk",
    "ditunjuk",
    "penunjukan",
    "serah terima jabatan",
    "sertijab",
    "surat keputusan",
)
APPOINTMENT = re.compile(r"\b" + words_pattern(APPOINTMENT_WORDS) + r"\b", re.IGNORECASE)


_GOVERNMENT_DOC = _data("government_words.yaml")


def _government_words(key: str) -> frozenset[str]:
    """A word list of data/government_words.yaml."""
    return frozenset(str(w) for w in _GOVERNMENT_DOC[key])


# Words naming a region's own government, its assembly, its election, its rules or its agencies
# right before the place: a story about any of them is about the region.
GOVERNMENT_WORDS = _government_words("government")
# Offices that are not the region's own government: a party's branch, the police, the courts.
NOT_REGIONAL_GOVERNMENT = _government_words("not_regional_government")
OFFICE_BUILDINGS = _government_words("office_buildings")  # 'Kantor Bupati X': a place
AGENCY_WORDS = _government_words("agency_words")  # 'Dinas Pendidikan Provinsi X'
VENUE_BODIES = frozenset({"rsud"})  # a region's hospital: a place people are taken to
TO_A_PLACE = frozenset({"ke", "di", "dari", "menuju"})
GOVERNMENT_MIN = 1.0  # one mention of the government at work, or an office of it
NAMED_OFFICIAL = 2.0
OFFICE_ONLY = 1.0
LEVEL_WORDS = {"kabupaten", "kab", "kota", "provinsi", "prov"}
MIN_SCORE = 2.5  # a dateline alone (2) does not make a subject region
SHARE_OF_TOP = 0.5
SHARE_OF_TOP_GOVERNED = (
    0.2  # measured on the real development set: 0.4 kept half the second governments out
)


APPOINTMENT_STEMS = (
    "lantik",
    "kukuh",
    "angkat",
    "tunjuk",
    "serah terima jabatan",
    "sertijab",
    "surat keputusan",
)  # in every word


def is_appointment(text: str) -> bool:
    return may_hold(text, APPOINTMENT_STEMS) and bool(APPOINTMENT.search(text))


def region_scores(
    lines: tuple[Line, ...],
    lexicon: Lexicon,
    extra: dict[str, float] | None = None,
    skip: dict[int, list[tuple[int, int]]] | None = None,
) -> dict[str, float]:
    """Weight of each region named in `lines`; `skip` holds spans (per line number) already counted
    through the officials whose role phrases name them."""
    return region_evidence(lines, lexicon, extra, skip)[0]


def region_evidence(
    lines: tuple[Line, ...],
    lexicon: Lexicon,
    extra: dict[str, float] | None = None,
    skip: dict[int, list[tuple[int, int]]] | None = None,
) -> tuple[dict[str, float], dict[str, float]]:
    """The weights of `region_scores`, and how often the text names each region's government at
    work ('Pemkab Raja Ampat', 'DPRD Provinsi Banten', 'Pilkada Kota Padang'): a place that is
    only where something happened is never a subject, however often it is named."""
    scores: dict[str, float] = defaultdict(float)
    governed: dict[str, float] = defaultdict(float)
    for region_id, weight in (extra or {}).items():
        scores[region_id] += weight
    pending: list[tuple[list[RegionHit], float, bool]] = []
    listed = listed_places(lines, lexicon)
    for line in lines:
        spans = (skip or {}).get(line.number, [])
        found = list(_hits_with_context(line.text, lexicon))
        counted = places_in_a_report(line.text, found, lexicon) if len(found) >= LIST_MIN else ()
        for hits, context, start, government in found:
            if any(s <= start < e for s, e in spans):
                continue
            if line.number in listed and start == listed[line.number][0]:
                context, government = listed[line.number][1], True
            reported = start in counted
            government = government or reported
            chosen = resolve_hits(hits, context, lexicon)
            if len(chosen) == 1:
                scores[chosen[0].region] += _weight(chosen[0], lexicon) + (
                    REPORTED if reported else 0.0
                )
                if government:
                    governed[chosen[0].region] += 1
            elif chosen:
                pending.append((chosen, WEIGHT[chosen[0].strength], government))
    for hits, weight, government in pending:
        known = [h for h in hits if scores.get(h.region)]
        if len(known) == 1:
            scores[known[0].region] += weight / 2
            if government:
                governed[known[0].region] += 1
    return dict(scores), dict(governed)


def _weight(hit: RegionHit, lexicon: Lexicon) -> float:
    """A province is a subject through its government ('Gubernur Sumbar', 'Pemprov', 'Provinsi X'),
    not because a story names it in passing ('di Jakarta')."""
    if lexicon.regions[hit.region].type == "provinsi" and hit.strength != "explicit":
        return 0.5
    return WEIGHT[hit.strength]


@lru_cache(maxsize=1)
def _place_words() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """The common phrases by their first word (a place's first word picks the few to compare), and the venue words."""
    doc = _data("place_words.yaml")
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in doc.get("common_phrases", []):
        words = tuple(str(phrase).split())
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(group) for first, group in by_first.items()}, frozenset(
        str(w) for w in doc.get("venue_words", [])
    )


def names_no_place(tokens: tuple[str, ...], i: int, length: int) -> bool:
    """Whether the place words tokens[i:i+length] are part of something else: a common phrase
    ('Sumber Daya Manusia') or a venue named after the town ('Hotel Bukittinggi')."""
    phrases_by_first, venues = _place_words()
    if i > 0 and tokens[i - 1] in venues:
        return True
    ahead = tokens[i : i + length + 2]
    return any(ahead[: len(p)] == p for p in phrases_by_first.get(tokens[i], ()) if len(p) > length)


def _currently(text: str, toks, k: int) -> bool:
    """'tengah' in lower case before a verb ('Papua tengah menyusun'): 'now', not a compass word."""
    return (
        toks[k][0] == "tengah"
        and text[toks[k][1]] == "t"
        and k + 1 < len(toks)
        and toks[k + 1][0].startswith(VERB_OPENINGS)
    )


VERB_OPENINGS = ("me", "ber", "di", "ter", "dalam", "mem", "men")


def _hits_with_context(text: str, lexicon: Lexicon):
    toks = tokens_with_spans(text)
    folded: tuple[str, ...] | None = None
    servants: bool | None = None  # whether the line names civil servants: asked at its first hit
    last: tuple[int, str | None, bool] = (
        -1,
        None,
        False,
    )  # the last hit's end, context, government
    for i, _length, payloads in lexicon.places.scan_tokens(text, toks):
        if _length > 1 and _currently(text, toks, i + _length - 1):
            shorter = lexicon.places.match_at(toks[: i + _length - 1], i)
            if shorter is None:
                continue
            _length, payloads = shorter  # 'Pemprov Papua tengah menyusun': Papua, now
        if folded is None:
            folded = tuple([t[0] for t in toks])
        if not all(h.strength == "explicit" for h in payloads) and names_no_place(
            folded, i, _length
        ):
            continue
        start = toks[i][1]
        before = toks[i - 1][0] if i > 0 else ""
        before2 = toks[i - 2][0] + toks[i - 1][0] if i > 1 else ""
        if before in KABUPATEN_WORDS:
            context = "kabupaten"
        elif before in KOTA_WORDS or before2 in ("walikota", "wakilwalikota"):
            context = "kota"
        elif before in PROVINCE_WORDS:
            context = "provinsi"
        else:
            context = None
        # the government at work: 'Pemkab X', 'Pemerintah Kabupaten X', 'DPRD Provinsi X', 'Wali Kota X'
        level_word = before in LEVEL_WORDS and i > 1
        word_at = i - 2 if level_word else i - 1
        government = (
            (toks[word_at][0] if word_at >= 0 else "") in GOVERNMENT_WORDS
            or before2 in ("walikota", "wakilwalikota")
            or folded[i] in GOVERNMENT_WORDS
        )  # a variant that holds the word: 'Pemprov DKI'
        if (
            government
            and word_at > 0
            and toks[word_at][0] in VENUE_BODIES
            and folded[word_at - 1] in TO_A_PLACE
        ):
            government = False  # 'dibawa ke RSUD Kota X': where a victim was taken, not the government at work
        if government and word_at > 0 and folded[word_at - 1] in OFFICE_BUILDINGS:
            government = False  # 'Rumah Dinas Wali Kota X', 'Kantor Bupati X': a building, not the government at work
        if not government and servants is None:
            servants = "ASN" in text or "PNS" in text
        if not government and servants:  # 'ASN di Kota X', 'PNS yang berasal dari Kabupaten X'
            government = _civil_servants_of(folded, word_at)
        if not government:  # 'Dinas Pendidikan Provinsi X'
            level_at = i - 1 if level_word else (i if folded[i] in LEVEL_WORDS else -1)
            government = (
                level_at > 0
                and not AGENCY_WORDS.isdisjoint(folded[max(0, level_at - AGENCY_REACH) : level_at])
                and _agency_before(text, toks, level_at)
            )
        if context is None and not government and _listed_after(text, toks, last[0], i):
            context, government = last[1], last[2]  # 'Pemprov Jambi dan Bengkulu'
        last = (i + _length, context, government)
        yield payloads, context, start, government


AGENCY_REACH = 3  # capitalised words between an agency's word and the level of its region
CIVIL_SERVANTS = frozenset({"asn", "pns"})
# words between the civil servants and their region: 'ASN di X', 'ASN (yang) berasal dari X'
SERVANTS_OF = frozenset({"di", "dari", "berasal", "yang", "lingkungan"})


def _civil_servants_of(folded: tuple[str, ...], word_at: int) -> bool:
    """The region's civil servants before its name, a few linking words apart ('ASN di Kota
    X', 'PNS yang berasal dari Kabupaten X'): a story about them is about its government."""
    k = word_at
    while k >= 0 and folded[k] in SERVANTS_OF and word_at - k < 3:
        k -= 1
    return k < word_at and k >= 0 and folded[k] in CIVIL_SERVANTS


def _agency_before(text: str, toks, level_at: int) -> bool:
    """'Dinas Pendidikan Provinsi X', 'Badan Kepegawaian Daerah Kabupaten X': a region's own
    agency, its field named between its word and the region's level (which the rule above does
    not reach: it reads the one word before the level)."""
    for k in range(level_at - 1, max(-1, level_at - 1 - AGENCY_REACH), -1):
        word, start, _end = toks[k]
        if not text[start].isupper():
            return False
        if word in AGENCY_WORDS:  # not its building: 'Gudang Dinas Sosial Kabupaten X'
            return k == 0 or toks[k - 1][0] not in OFFICE_BUILDINGS
    return False


def _listed_after(text: str, toks, end: int, i: int) -> bool:
    """Whether the place at token i follows the last place (ending at token `end`) in a list:
    only a comma, 'dan' or 'serta' between them."""
    if end < 0 or i - end > 1:
        return False
    if i == end + 1 and toks[end][0] not in ("dan", "serta"):
        return False
    gap = text[toks[end - 1][2] : toks[i][1]]
    return gap.strip(" ,").lower() in ("", "dan", "serta")


def office_evidence(written: str, named: bool, before: str) -> float:
    """How much an office phrase ('Bupati Solok', 'Ketua DPD Kota Depok') speaks for its region's
    government: a holder named counts as much as two mentions; a party branch, a vertical body,
    a former holder ('mantan Gubernur X') not at all, a guest ('didampingi Gubernur X') little."""
    if any(t in NOT_REGIONAL_GOVERNMENT for t, _, _ in tokens_with_spans(written)):
        return 0.0
    near = " ".join(before.split()[-GUEST_WORDS:])
    if before.rstrip()[-1:] in FORMER_LAST_LETTERS and FORMER.search(
        before
    ):  # the word ends the text: its last letter does
        return 0.0
    weight = NAMED_OFFICIAL if named else OFFICE_ONLY
    return weight * GUEST_SHARE if ATTENDING.search(near) else weight


GUEST_SHARE = 0.25  # a guest's office says little about whose government the story is about
GUEST_WORDS = (
    6  # 'Turut hadir dalam acara itu Bupati X': the attendance word stands just before the office
)
FORMER = re.compile(r"\b(mantan|eks|bekas)\s*$", re.IGNORECASE)
FORMER_LAST_LETTERS = (
    "n",
    "N",
    "s",
    "S",
    "\u017f",
)  # what the case-blind search takes for 'n' and 's' (long s too)
ATTENDING = re.compile(
    r"(?=[hdmtb])\b(hadir|dihadiri|menghadiri|didampingi|mendampingi|ditemani|menemani|disaksikan|turut|bersama)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # an article's role phrases are weighed and described several times each
def regions_named(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Every region a phrase names as a place (not inside 'Sumber Daya Manusia' or 'Hotel Solok')."""
    return frozenset(
        h.region
        for hits, _context, _start, _government in _hits_with_context(text, lexicon)
        for h in hits
    )


def resolve_hits(hits: list[RegionHit], context: str | None, lexicon: Lexicon) -> list[RegionHit]:
    """Narrow the regions one phrase may name: explicit forms first, then the office's level."""
    if (
        len(hits) == 1
    ):  # most places name one region: the steps below keep it, made explicit by a matching level
        hit = hits[0]
        if context and lexicon.regions[hit.region].type == context and hit.strength != "kecamatan":
            return [_explicit_hit(hit.region)]
        return [hit]
    explicit = [h for h in hits if h.strength == "explicit"]
    if explicit:
        hits = explicit
    if context:
        typed = [
            h
            for h in hits
            if lexicon.regions[h.region].type == context and h.strength != "kecamatan"
        ]
        if typed:
            return list({h.region: _explicit_hit(h.region) for h in typed}.values())
    strongest = min(STRENGTH_RANK[h.strength] for h in hits)
    hits = [h for h in hits if STRENGTH_RANK[h.strength] == strongest]
    unique = {h.region: h for h in hits}
    return list(unique.values())


STRENGTH_RANK = {
    "explicit": 0,
    "variant": 1,
    "short": 2,
    "capital": 3,
    "kecamatan": 4,
}  # the strongest first


@cache  # one per region: a hit is a value, built once
def _explicit_hit(region_id: str) -> RegionHit:
    return RegionHit(region_id, "explicit")


def subject_regions(
    scores: dict[str, float], lexicon: Lexicon, governed: dict[str, float] | None = None
) -> list[str]:
    """Regions whose score is near the top one, most weighed first; with `governed`, only regions
    whose government, officials or election the text names more than once in passing (a venue,
    a place where something happened, the newsroom's city, one regulation cited are not subjects)."""
    share = SHARE_OF_TOP
    if governed is not None:
        scores = {r: s for r, s in scores.items() if governed.get(r, 0.0) >= GOVERNMENT_MIN}
        share = (
            SHARE_OF_TOP_GOVERNED  # the places only named are gone: a second government weighs less
        )
    if not scores:
        return []
    top = max(scores.values())
    chosen = [r for r, s in scores.items() if s >= MIN_SCORE and s >= share * top]
    if governed is not None:
        chosen = [
            r for r in chosen if not _province_in_passing(r, chosen, scores, governed, lexicon)
        ]
    return sorted(chosen, key=lambda r: (-scores[r], lexicon.regions[r].name))


def _province_in_passing(region, chosen, scores, governed, lexicon: Lexicon) -> bool:
    """A province named once at work ('dana dari Pemprov') in a story about one of its
    kabupaten or kota, which weighs more: the story is that government's, not the province's."""
    entry = lexicon.regions[region]
    return (
        entry.type == "provinsi"
        and governed.get(region, 0.0) < PROVINCE_AT_WORK
        and any(
            lexicon.regions[other].province == region and scores[other] >= scores[region]
            for other in chosen
        )
    )


PROVINCE_AT_WORK = 2.0  # mentions of the province's government, or its officials' weight
