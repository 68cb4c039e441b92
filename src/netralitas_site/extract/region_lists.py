"""Regions a story lists as the governments it reports on: an election report's places with their
figures ('Gowa 612, Bone 587, Kota Makassar 534'), the kabupaten a government pays ('yakni ...'),
and the numbered items of a list of places whose governments are at work."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Line
from .text import tokens_with_spans

# what a report on regions' elections counts ('ASN terlapor ...', 'data pemilih ganda ...'), or
# what their governments receive ('bantuan keuangan kepada empat kabupaten, yakni ...'): a list
# of bus routes, of a festival's guests or of the cities around a capital is no such report
REPORT = re.compile(  # the words' first letters first: a cheap test at most characters
    r"(?=[bpkdtn])\b(?:bawaslu|panwas\w*|kpu|pemilih|dpt|tps|pilkada|pemilu|netralitas|terlapor"
    r"|bantuan\s+keuangan|bankeu|dana\s+hibah|dana\s+alokasi|transfer\s+ke\s+daerah)\b",
    re.IGNORECASE,
)
REPORTED = 1.0  # a listed government's name weighs as one written in full ('Kabupaten X')
LIST_GAP = re.compile(r"[^.;:!?“”\"]{0,60}")  # from a listed place to the next: its figures, 'dan'


def places_in_a_report(text: str, found, lexicon: Lexicon) -> frozenset[int]:
    """The kabupaten and kota a paragraph of an election report lists, three or more a few words
    apart ('terbanyak di Kabupaten Gowa 612 data, Bone 587, Kota Makassar 534 dan Maros 301'):
    each is a government the report is about, though no word of government stands beside it. A
    province is no item: 'X, Y, Sulawesi Tengah' is an address."""
    region_at = {start: hits[0].region for hits, _, start, _ in found}
    starts = [
        start for start, region in region_at.items() if lexicon.regions[region].type != "provinsi"
    ]
    if len(starts) < LIST_MIN or not REPORT.search(text):
        return frozenset()
    runs: list[list[int]] = [[starts[0]]]
    for before, start in zip(starts, starts[1:]):
        if LIST_GAP.fullmatch(text, before, start):
            runs[-1].append(start)
        else:
            runs.append([start])
    out: set[int] = set()
    for run in runs:
        if len({region_at[start] for start in run}) >= LIST_MIN and _counted_or_introduced(
            text, run
        ):
            out.update(run)  # not 'Polres Kota Sukamaju (Sukamaju)': one place written again
    return frozenset(out)


LIST_INTRO = re.compile(
    r"(?:yakni|yaitu|meliputi|antara\s+lain|di\s?antaranya|terdiri|masing-masing|terbanyak|"
    r"tertinggi|tersebar|:)\W{0,3}(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)


def _counted_or_introduced(text: str, run: list[int]) -> bool:
    """A report's list gives its places' figures ('Gowa 612, Bone 587') or is introduced as one
    ('yakni ...', 'terbanyak di ...'); a sentence naming earlier venues ('setelah Medan,
    Pontianak, Kupang dan Jayapura') is no report on them."""
    span = text[run[0] : run[-1] + 40]
    return any(c.isdigit() for c in span) or LIST_INTRO.search(text, 0, run[0]) is not None


# A numbered item that opens with a place's name ('3. Jambi (1 Mei-31 Juli)')
PLACE_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.)]\s*(?=[A-Z])")
LISTED_LEVELS = ("provinsi", "kabupaten", "kota")
LIST_MIN = 3  # items: fewer are no list of governments
# Their governments at work among the items (a list of places only, a weather forecast or a
# ranking of cities, names no government)
HEADS_AT_WORK = re.compile(
    r"\b(?:gubernur|bupati|wali\s?kota|pemprov|pemkab|pemkot|pemko|pemerintah\s+(?:provinsi|kabupaten|kota|daerah))\b"
)
HEADING_LINES = 5  # lines above the list where its level word may stand


def listed_places(lines: tuple[Line, ...], lexicon: Lexicon) -> dict[int, tuple[int, str]]:
    """Line number -> (offset of the place, level) of the items of a numbered list of places
    under a line naming their level ('Beberapa provinsi membuka ...:' then '1. Jambi (...)',
    '2. Bengkulu (...)', paragraphs between them or not) whose governments are at work among
    them ('Gubernur Jambi mengatakan ...'): each item's region is a government the story
    reports on."""
    found: dict[int, tuple[int, str]] = {}
    run: list[tuple[int, int]] = []  # (index of the line, offset of the place)
    number = 0
    for index, line in enumerate(lines):
        item = PLACE_ITEM.match(line.text)
        if item is None:
            continue
        toks = tokens_with_spans(line.text[item.end() :])
        if not toks or not lexicon.places.match_at(toks, 0):
            continue
        if int(item.group(1)) != number + 1:
            _take_run(run, lines, found)
            run = []
        run.append((index, item.end()))
        number = int(item.group(1))
    _take_run(run, lines, found)
    return found


def _take_run(run, lines: tuple[Line, ...], found: dict[int, tuple[int, str]]) -> None:
    if len(run) < LIST_MIN:
        return
    first = run[0][0]
    above = " ".join(lines[i].text.lower() for i in range(max(0, first - HEADING_LINES), first))
    level = next((word for word in LISTED_LEVELS if word in above.split()), None)
    span = " ".join(lines[i].text.lower() for i in range(first, run[-1][0] + 2) if i < len(lines))
    if level is not None and HEADS_AT_WORK.search(span):
        found.update({lines[i].number: (start, level) for i, start in run})
