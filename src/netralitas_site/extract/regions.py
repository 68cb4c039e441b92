"""The regions a story is about: whose government, officials or election it reports.

Every place named in the body is weighed (an explicit "Kabupaten Solok" counts more than a
capital or a kecamatan); a bare "Solok" is read through the office in front of it (Bupati ->
kabupaten, Wali Kota -> kota) or through the other mentions. Places in boilerplate never count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

import yaml

from ..lexicon import Lexicon, RegionHit, tokens_with_spans
from ..model import Line

WEIGHT = {"explicit": 3.0, "variant": 2.0, "short": 2.0, "capital": 1.0, "kecamatan": 0.5}
KABUPATEN_WORDS = {"bupati", "wabup", "pemkab", "kabupaten", "kab"}
KOTA_WORDS = {"walikota", "wako", "wawako", "pemko", "pemkot", "kota"}
PROVINCE_WORDS = {"gubernur", "wagub", "pemprov", "provinsi", "prov", "sekdaprov"}
# A paragraph that installs officials: every region whose head it names is a subject of the story.
APPOINTMENT = re.compile(r"\b(melantik|dilantik|pelantikan|lantik|mengukuhkan|dikukuhkan|pengukuhan|mengangkat|diangkat|"
                         r"menunjuk|ditunjuk|penunjukan|serah terima jabatan|sertijab|surat keputusan)\b", re.IGNORECASE)
MIN_SCORE = 2.5  # a dateline alone (2) does not make a subject region
SHARE_OF_TOP = 0.5


def is_appointment(text: str) -> bool:
    return bool(APPOINTMENT.search(text))


def region_scores(
    lines: tuple[Line, ...], lexicon: Lexicon, extra: dict[str, float] | None = None, skip: dict[int, list[tuple[int, int]]] | None = None
) -> dict[str, float]:
    """Weight of each region named in `lines`; `skip` holds spans (per line number) already counted
    through the officials whose role phrases name them."""
    scores: dict[str, float] = defaultdict(float)
    for region_id, weight in (extra or {}).items():
        scores[region_id] += weight
    pending: list[tuple[list[RegionHit], float]] = []
    for line in lines:
        spans = (skip or {}).get(line.number, [])
        for hits, context, start in _hits_with_context(line.text, lexicon):
            if any(s <= start < e for s, e in spans):
                continue
            chosen = resolve_hits(hits, context, lexicon)
            if len(chosen) == 1:
                scores[chosen[0].region] += _weight(chosen[0], lexicon)
            elif chosen:
                pending.append((chosen, WEIGHT[chosen[0].strength]))
    for hits, weight in pending:
        known = [h for h in hits if scores.get(h.region)]
        if len(known) == 1:
            scores[known[0].region] += weight / 2
    return dict(scores)


def _weight(hit: RegionHit, lexicon: Lexicon) -> float:
    """A province is a subject through its government ('Gubernur Sumbar', 'Pemprov', 'Provinsi X'),
    not because a story names it in passing ('di Jakarta')."""
    if lexicon.regions[hit.region].type == "provinsi" and hit.strength != "explicit":
        return 0.5
    return WEIGHT[hit.strength]


@lru_cache(maxsize=1)
def _place_words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    doc = yaml.load(resources.files("netralitas_site").joinpath("data", "place_words.yaml").read_text("utf-8"),
                    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    phrases = tuple(tuple(str(p).split()) for p in doc.get("common_phrases", []))
    return phrases, frozenset(str(w) for w in doc.get("venue_words", []))


def names_no_place(tokens: tuple[str, ...], i: int, length: int) -> bool:
    """Whether the place words tokens[i:i+length] are part of something else: a common phrase
    ('Sumber Daya Manusia') or a venue named after the town ('Hotel Bukittinggi')."""
    phrases, venues = _place_words()
    if i > 0 and tokens[i - 1] in venues:
        return True
    ahead = tokens[i : i + length + 2]
    return any(ahead[: len(p)] == p for p in phrases if len(p) > length)


def _hits_with_context(text: str, lexicon: Lexicon):
    toks = tokens_with_spans(text)
    folded: tuple[str, ...] | None = None
    for i, _length, payloads in lexicon.places.scan_tokens(text, toks):
        if folded is None:
            folded = tuple(t for t, _, _ in toks)
        if not all(h.strength == "explicit" for h in payloads) and names_no_place(folded, i, _length):
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
        yield payloads, context, start


def regions_named(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Every region a phrase names as a place (not inside 'Sumber Daya Manusia' or 'Hotel Solok')."""
    return frozenset(h.region for hits, _context, _start in _hits_with_context(text, lexicon) for h in hits)


def resolve_hits(hits: list[RegionHit], context: str | None, lexicon: Lexicon) -> list[RegionHit]:
    """Narrow the regions one phrase may name: explicit forms first, then the office's level."""
    explicit = [h for h in hits if h.strength == "explicit"]
    if explicit:
        hits = explicit
    if context:
        typed = [h for h in hits if lexicon.regions[h.region].type == context and h.strength != "kecamatan"]
        if typed:
            return list({h.region: RegionHit(h.region, "explicit") for h in typed}.values())
    strongest = min(("explicit", "variant", "short", "capital", "kecamatan").index(h.strength) for h in hits)
    hits = [h for h in hits if ("explicit", "variant", "short", "capital", "kecamatan").index(h.strength) == strongest]
    unique = {h.region: h for h in hits}
    return list(unique.values())


def subject_regions(scores: dict[str, float], lexicon: Lexicon) -> list[str]:
    """Regions whose score is near the top one, most weighed first."""
    if not scores:
        return []
    top = max(scores.values())
    chosen = [r for r, s in scores.items() if s >= MIN_SCORE and s >= SHARE_OF_TOP * top]
    return sorted(chosen, key=lambda r: (-scores[r], lexicon.regions[r].name))
