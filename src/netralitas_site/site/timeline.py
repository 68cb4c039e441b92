"""The date archive: an overview (weekly chart, every year and month with counts, the latest
articles), one page per year (months and days with counts) and per month (the articles, days as
anchors), and one for undated articles.

Plain HTML, newest first; built from one pass that buckets the articles by year and month, so a
page lists only its own articles (archive.articles is already newest first). A month with more
articles than a page holds goes on over pages of its own (pagination.py); its first page then
lists every day with its count, and carries the anchor of each day that starts on a later page
there, so `day_path` (a month's first page and a day's anchor) always lands on the day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ..archive import Archive
from ..cards import Cards, by_day, weekly_counts
from ..urls import UNDATED, day_anchor, month_path, year_path
from .charts import weekly_chart
from .pagination import Group, anchored_on, group_starts, page_count, pages_of

LATEST_ON_OVERVIEW = 100


@dataclass
class Timeline:
    archive: Archive
    cards: Cards
    size: int = 20  # articles on a page of a month or of the undated articles

    @cached_property
    def by_year_month(self) -> dict[int, dict[int, list[str]]]:
        """year -> month -> article ids, newest first."""
        out: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        for a in self.archive.articles:
            if a.date.value:
                out[a.date.value.year][a.date.value.month].append(a.id)
        return {y: dict(out[y]) for y in sorted(out, reverse=True)}

    @cached_property
    def undated(self) -> list[str]:
        return [a.id for a in self.archive.articles if not a.date.value]

    def year_ids(self, year: int) -> list[str]:
        return [
            i
            for m in sorted(self.by_year_month[year], reverse=True)
            for i in self.by_year_month[year][m]
        ]

    def years_overview(self) -> list[dict]:
        return [
            {
                "year": y,
                "path": year_path(y),
                "count": sum(len(v) for v in months.values()),
                "months": [
                    (date(y, m, 1), len(months[m]), month_path(y, m)) for m in sorted(months)
                ],
            }
            for y, months in self.by_year_month.items()
        ]

    def overview(self) -> dict:
        latest = [a.id for a in self.archive.articles if a.date.value][:LATEST_ON_OVERVIEW]
        return {
            "chart": weekly_chart(weekly_counts(a.date.value for a in self.archive.articles)),
            "years": self.years_overview(),
            "latest": by_day(self.cards.of(latest)),
            "dated": sum(1 for a in self.archive.articles if a.date.value),
            "undated_count": len(self.undated),
        }

    def year(self, year: int) -> dict:
        """The year's chart, and each month with its days and their counts: the articles
        themselves are on the month pages, so a busy year stays a light page."""
        ids = self.year_ids(year)
        years = list(self.by_year_month)
        i = years.index(year)
        months = []
        for m in sorted(self.by_year_month[year], reverse=True):
            days = [(g.key, g.count, g.path) for g in self.month_days(year, m)]
            months.append(
                {
                    "month": date(year, m, 1),
                    "path": month_path(year, m),
                    "count": len(self.by_year_month[year][m]),
                    "days": days,
                }
            )
        return {
            "year": year,
            "count": len(ids),
            "chart": weekly_chart(weekly_counts(self.cards[x].date for x in ids)),
            "months": months,
            "newer": (years[i - 1], year_path(years[i - 1])) if i > 0 else None,
            "older": (years[i + 1], year_path(years[i + 1])) if i + 1 < len(years) else None,
        }

    def months(self) -> list[tuple[int, int]]:
        return [
            (y, m) for y, months in self.by_year_month.items() for m in sorted(months, reverse=True)
        ]

    def month_pages(self, year: int, month: int) -> int:
        return page_count(len(self.by_year_month[year][month]), self.size)

    def month_days(self, year: int, month: int) -> list[Group]:
        """Each day of the month, newest first, with its count and the page it starts on."""
        cards = self.cards.of(self.by_year_month[year][month])
        return group_starts(cards, lambda c: c.date, self.size, month_path(year, month), day_anchor)

    def month(self, year: int, month: int, number: int = 1) -> dict:
        ids = self.by_year_month[year][month]
        order = self.months()
        i = order.index((year, month))

        def link(k):
            y, m = order[k]
            return (date(y, m, 1), month_path(y, m))

        pager, cards = pages_of(self.cards.of(ids), self.size, month_path(year, month))[number - 1]
        days = self.month_days(year, month) if pager.count > 1 else []
        return {
            "month": date(year, month, 1),
            "year_path": year_path(year),
            "count": len(ids),
            "days": by_day(list(cards)),
            "pager": pager,
            "jump": days,
            "anchored": anchored_on(days, number) if days else None,
            "newer": link(i - 1) if i > 0 else None,
            "older": link(i + 1) if i + 1 < len(order) else None,
        }

    def undated_pages(self) -> int:
        return page_count(len(self.undated), self.size)

    def undated_page(self, number: int = 1) -> dict:
        pager, cards = pages_of(self.cards.of(self.undated), self.size, UNDATED)[number - 1]
        return {"cards": list(cards), "pager": pager, "count": len(self.undated)}
