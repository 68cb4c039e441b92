"""The year of a date written without one ("Kamis (22/10)"): from the weekday, the years the text
writes, and what it says about the world (an election season, which bodies exist). Nothing is
guessed: when no year fits, the date stays open with its candidate years, for the archive to
settle from the other articles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import DateFound

# A year from 1980 to 2049 standing alone. Each branch opens with its digit, not with the
# lookbehind, so a search skips to the 1s and 2s instead of trying every character (6x faster).
YEAR = re.compile(r"(?:1(?<![\d/.,]1)9[89]|2(?<![\d/.,]2)0[0-4])\d(?![\d/.,]\d)")


REGULATION_YEAR = re.compile(
    r"\b(?:nomor|no\.?)\s*\d+[a-z]?\s*(?:/\w+)?\s*tahun\s*((?:19|20)\d{2})\b", re.IGNORECASE
)


# Regional elections: (first day of the season, voting day). An undated "Kamis (22/10)" in a
# story about the Pilkada falls in one of these. Source: shared/domain/dates.md, PKPU calendars.
PILKADA_SEASONS = (
    (date(2015, 6, 1), date(2015, 12, 31)),
    (date(2016, 8, 1), date(2017, 3, 31)),
    (date(2017, 12, 1), date(2018, 7, 31)),
    (date(2020, 6, 1), date(2020, 12, 31)),
    (date(2024, 5, 1), date(2024, 12, 31)),
)


PILKADA_WORDS = re.compile(
    r"\b(pilkada|pemilihan kepala daerah|pilbup|pilwako|pilwalkot|pilgub|paslon|pjs)\b",
    re.IGNORECASE,
)


# Kabupaten-level Bawaslu exists from August 2018 (before: Panwaslu); KASN was dissolved in 2024.
BAWASLU_LOCAL = re.compile(
    r"\bbawaslu\s+(kabupaten|kab\.?|kota)\b|\b(ketua|komisioner|anggota)\s+bawaslu\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class DateMention:
    value: date | None
    text: str
    method: str
    line: int
    has_weekday: bool
    candidates: tuple[int, ...] = ()
    flags: tuple[str, ...] = ()
    month_day: tuple[int, int] = (1, 1)
    span: tuple[int, int] = (0, 0)  # where in the line the date is written


def resolve_year(mention: DateMention, text: str, before: str | None = None) -> DateFound:
    """Pick the year of a year-less date from the weekday and the text's own years: a candidate
    near a year written up to the date (`before`: the headline and the lead), or one equal to a
    year written anywhere; years near but not equal, written after the date, are the background's
    (a law of 2004 is no clue to a Tuesday of 2003).

    When the text names no year close to a candidate, the date stays open (value None) with every
    candidate year and the ones the text's clues prefer (Pilkada season, Bawaslu, KASN); the
    archive decides later from the other articles' dates, then from those clues
    (archive.resolve_open_years)."""
    candidates = list(mention.candidates)
    # 'PP Nomor 94 Tahun 2021': the story is later ('tahun' in no case: nothing is cited)
    cited = [int(y) for y in REGULATION_YEAR.findall(text)] if "tahun" in text.lower() else []
    if cited:
        candidates = [y for y in candidates if y >= max(cited)] or candidates
        text = REGULATION_YEAR.sub(" ", text)
    years = [int(y) for y in YEAR.findall(text if before is None else _uncited(before))]
    if years and candidates:
        best = min(candidates, key=lambda y: (min(abs(y - ty) for ty in years), -y))
        if min(abs(best - ty) for ty in years) <= 2:
            return _found(mention, best, "weekday-year")
    exact = sorted(set(candidates) & {int(y) for y in YEAR.findall(text)}, reverse=True)
    if exact:
        return _found(mention, exact[0], "weekday-year")
    clued = _apply_clues(candidates, mention.month_day, text)
    preferred = tuple(clued) if len(clued) < len(candidates) else ()
    return DateFound(
        None,
        mention.text,
        "weekday-year",
        mention.line,
        mention.flags,
        tuple(candidates),
        preferred,
        mention.month_day,
    )


def _uncited(text: str) -> str:
    """The text without the years of the regulations it cites ('PP Nomor 94 Tahun 2021') and
    without its quotations: a speaker's 'pada 2010 kami mulai ...' recalls, it dates nothing."""
    if "“" in text:
        text = QUOTATION.sub(" ", text)
    return REGULATION_YEAR.sub(" ", text) if "tahun" in text.lower() else text


QUOTATION = re.compile(r"“[^”]*”")


def _apply_clues(candidates: list[int], month_day: tuple[int, int], text: str) -> list[int]:
    """Narrow candidate years with what the text says about the world (domain/dates.md §4)."""
    month, day = month_day
    kept = candidates
    if PILKADA_WORDS.search(text):
        in_season = [
            y for y in kept if any(s <= date(y, month, day) <= e for s, e in PILKADA_SEASONS)
        ]
        kept = in_season or kept
    if BAWASLU_LOCAL.search(text):
        kept = [y for y in kept if y >= 2018] or kept
    if re.search(r"\bKASN\b", text):
        kept = [y for y in kept if y <= 2024] or kept
    return kept


def _found(mention: DateMention, year: int, method: str) -> DateFound:
    month, day = mention.month_day
    return DateFound(
        date(year, month, day),
        mention.text,
        method,
        mention.line,
        mention.flags,
        month_day=mention.month_day,
    )
