"""The government of a dateline's own place, named without its place: a regional outlet's
'Pemkab menggelar ...' or 'Bawaslu menemukan ...' under its seat's dateline is that seat's."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Line
from .regions import regions_named


def home_government_at_work(prose: tuple[Line, ...], home: str, lexicon: Lexicon) -> float:
    """How often the text names a government of `home`'s level without its place ('Pemkab
    menggelar ...', 'Pemerintah Kota'), as a regional outlet names its seat's government."""
    words = BARE_GOVERNMENT.get(lexicon.regions[home].type)
    if words is None:
        return 0.0
    found = sum(len(words.findall(line.text)) for line in prose if "Pem" in line.text)
    bodies = [line.text for line in prose if "Bawaslu" in line.text or "KPU" in line.text]
    if not _provincial_capital(home, lexicon) and not _a_places_election_body(bodies, lexicon):
        # 'PARIAMAN - Bawaslu menemukan ...': the seat's election body, unless the text names
        # the body of a place ('KPU Kabupaten Kerinci' under a Sungai Penuh dateline)
        found += sum(len(BARE_ELECTION_BODY.findall(text)) for text in bodies)
    return float(min(found, BARE_GOVERNMENT_MAX))


def _a_places_election_body(texts: list[str], lexicon: Lexicon) -> bool:
    """'KPU Kabupaten Kerinci', 'Bawaslu Agam': a body the text names with its place."""
    return any(
        regions_named(m.group(), lexicon)
        for text in texts
        for m in NAMED_ELECTION_BODY.finditer(text)
    )


def _provincial_capital(region: str, lexicon: Lexicon) -> bool:
    entry = lexicon.regions[region]
    province = lexicon.regions.get(entry.province or "")
    return province is not None and province.capital == entry.capital


BARE_GOVERNMENT = {
    "kabupaten": re.compile(r"\b(?:Pemkab|Pemerintah Kabupaten)\b(?! *[A-Z(])"),
    "kota": re.compile(r"\b(?:Pemkot|Pemko|Pemerintah Kota)\b(?! *[A-Z(])"),
}
BARE_GOVERNMENT_MAX = 3
BARE_ELECTION_BODY = re.compile(r"\b(?:Bawaslu|KPU)\b(?! *(?:RI\b|[A-Z(]))")
NAMED_ELECTION_BODY = re.compile(r"\b(?:Bawaslu|KPU)(?:\s+[A-Z][\w-]*){1,3}")
