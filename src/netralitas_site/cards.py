"""Articles as they are listed (cards), and the date groupings every list and timeline uses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from typing import TYPE_CHECKING

from .model import Article
from .urls import article_path, official_path, outlet_path, region_path

if TYPE_CHECKING:
    from .archive import Archive


@dataclass(frozen=True)
class Card:
    """An article as listed on index pages: date, outlet, title and officials."""

    id: str
    path: str
    title: str
    date: date | None
    outlet: str | None
    officials: tuple[tuple[str, str], ...]  # (name, page path)
    regions: tuple[tuple[str, str], ...]
    outlet_path: str | None = None
    inferred: bool = False  # the date's year was inferred, not written


def card(article: Article, archive: Archive) -> Card:
    seen, officials = set(), []
    for o in article.officials:
        official_id = archive.official_of[(article.id, o.key)]
        if official_id not in seen:
            seen.add(official_id)
            officials.append((archive.officials[official_id].name, official_path(official_id)))
    return Card(
        id=article.id,
        path=article_path(article.id),
        title=article.title,
        date=article.date.value,
        outlet=article.outlet.name if article.outlet else None,
        officials=tuple(officials),
        regions=tuple((r.name, region_path(r.id)) for r in article.regions),
        outlet_path=outlet_path(article.outlet.id) if article.outlet else None,
        inferred=date_is_inferred(article),
    )


def date_is_inferred(article: Article) -> bool:
    return article.date.value is not None and article.date.method.startswith("weekday-year")


class Cards(dict):
    """Card per article id, made on first use: most incremental builds need only a few."""

    def __init__(self, archive: Archive):
        super().__init__()
        self.archive = archive

    def __missing__(self, article_id: str) -> Card:
        value = self[article_id] = card(self.archive.by_id[article_id], self.archive)
        return value

    def of(self, ids) -> list[Card]:
        return [self[i] for i in ids]


def chronological(cards: list[Card], newest_first: bool = True) -> list[Card]:
    """Dated cards by date (then id, for a stable order), undated last."""
    dated = sorted((c for c in cards if c.date), key=lambda c: (c.date, c.id), reverse=newest_first)
    return dated + sorted((c for c in cards if not c.date), key=lambda c: c.id)


def by_day(cards: list[Card]) -> list[tuple[date | None, list[Card]]]:
    """[(day, cards)] in the cards' order; consecutive cards of one day form one group."""
    return [(day, list(group)) for day, group in groupby(cards, key=lambda c: c.date)]


def by_month(cards: list[Card]) -> list[tuple[date | None, list[tuple[date | None, list[Card]]]]]:
    """[(first of the month, [(day, cards)])]; undated cards form a last group with month None."""
    out = []
    for month, group in groupby(cards, key=lambda c: c.date.replace(day=1) if c.date else None):
        out.append((month, by_day(list(group))))
    return out


def week_start(value: date) -> date:
    """Monday of the ISO week of `value`."""
    return value - timedelta(days=value.weekday())


def weekly_counts(dates) -> Counter:
    """Number of dated items per ISO week (keyed by the week's Monday)."""
    return Counter(week_start(d) for d in dates if d)
