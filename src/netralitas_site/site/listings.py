"""An entity's articles and an official's quotes cut into pages, with the month or year each
page's run starts at, for the jump lists of their pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import groupby

from ..cards import Cards, by_month, chronological
from .pagination import Group, anchored_on, group_starts, pages_of


def month_of(card) -> date | None:
    return card.date.replace(day=1) if card.date else None


def month_anchor(month: object) -> str:
    """The id of a month's heading in an entity's article list: 'bulan-2024-11'. `month` is a
    Group's key (typed object there): the first day of the month, or None for undated articles."""
    return f"bulan-{month:%Y-%m}" if month else "tanpa-tanggal"


@dataclass(frozen=True)
class Listing:
    """An entity's articles, newest first (undated last), cut into pages of `size`, with the
    month each page's run starts at: every month is a link to the page and anchor it starts on."""

    cards: tuple
    first: str  # path of the entity's page, the list's first page
    size: int

    @cached_property
    def months(self) -> list[Group]:
        return group_starts(self.cards, month_of, self.size, self.first, month_anchor)

    @cached_property
    def pages(self) -> list:
        return pages_of(self.cards, self.size, self.first)

    @property
    def count(self) -> int:
        return len(self.cards)

    def page(self, number: int) -> dict:
        """What the template draws for page `number`: the month jump list, the page's articles by
        month and day (a month's heading carries its anchor on the page it starts on) and the pager."""
        pager, cards = self.pages[number - 1]
        return {
            "count": self.count,
            "pager": pager,
            "months": by_month(list(cards)),
            "anchored": anchored_on(self.months, number),
            "jump": months_by_year(self.months),
        }


def months_by_year(groups: list[Group]) -> list[tuple[int | None, list[Group]]]:
    """The month jump list as rows of one year each, in list order (newest first)."""
    return [
        (year, list(run))
        for year, run in groupby(
            groups, key=lambda g: g.key.year if isinstance(g.key, date) else None
        )
    ]


def article_listing(ids, cards: Cards, first: str, size: int, newest_first: bool = True) -> Listing:
    return Listing(tuple(chronological(cards.of(ids), newest_first)), first, size)


@dataclass(frozen=True)
class QuoteListing:
    """An official's quotes, newest first, grouped by year: on the official's page when they fit
    on one page, else on pages of their own under `pejabat/<id>/kutipan/`."""

    quotes: tuple  # dicts: text, card, anchor
    first: str
    size: int

    @property
    def count(self) -> int:
        return len(self.quotes)

    @property
    def separate(self) -> bool:
        return self.count > self.size

    @cached_property
    def years(self) -> list[Group]:
        return group_starts(self.quotes, _quote_year, self.size, self.first, year_anchor)

    def page(self, number: int) -> dict:
        pager, quotes = pages_of(self.quotes, self.size, self.first)[number - 1]
        return {
            "count": self.count,
            "pager": pager,
            "years": _by_year(quotes),
            "anchored": anchored_on(self.years, number),
            "jump": self.years,
        }

    def latest(self, count: int) -> dict:
        """The newest quotes, shown on the official's page when the quotes have pages of their own."""
        years = _by_year(self.quotes[:count])
        return {"years": years, "anchored": {year for year, _ in years}}


def _by_year(quotes) -> list[tuple[int | None, list[dict]]]:
    return [(year, list(run)) for year, run in groupby(quotes, key=_quote_year)]


def _quote_year(quote: dict) -> int | None:
    return quote["card"].date.year if quote["card"].date else None


def year_anchor(year: object) -> str:
    """The id of a year's heading in an official's quotes; `year` is a Group's key: int or None."""
    return f"kutipan-{year}" if year else "kutipan-tanpa-tanggal"
