"""Long lists cut into pages, Hugo-style: page 1 is the list's own page, page n lives beside it at
`<folder>/halaman/<n>/index.html`, so an official's further pages stay under `pejabat/<id>/`.

Nothing is cut off: every page links the first, the last, its neighbours and a few pages around
it, and a grouped list (articles by month, quotes by year) has a jump list whose every entry
points at the page and anchor where its group starts. Pure functions over plain lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby

PAGE_FOLDER = "halaman"
INDEX = "index.html"
AROUND = 2  # page numbers linked on each side of the current one


def page_path(first: str, number: int) -> str:
    """The site path of page `number` of the list whose first page is `first` (an index.html)."""
    if number <= 1:
        return first
    if not first.endswith(INDEX):
        raise ValueError(f"a paginated list starts at an {INDEX}: {first}")
    return f"{first[: -len(INDEX)]}{PAGE_FOLDER}/{number}/{INDEX}"


def page_count(total: int, size: int) -> int:
    """Pages a list of `total` items takes; an empty list still has its first page."""
    return max(1, -(-total // max(size, 1)))


def page_size(site: dict, default: int = 100) -> int:
    """Items on a page of any long list: site.yaml `page_size`."""
    return max(int(site.get("page_size") or default), 1)


@dataclass(frozen=True, slots=True)
class Pager:
    """Where page `number` of a list sits among its pages; what the pager macro draws."""

    number: int
    count: int
    total: int
    first: str  # path of page 1
    start: int  # index of this page's first item in the whole list
    size: int

    @property
    def path(self) -> str:
        return page_path(self.first, self.number)

    @property
    def end(self) -> int:
        return min(self.start + self.size, self.total)

    @property
    def previous(self) -> str | None:
        return page_path(self.first, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return page_path(self.first, self.number + 1) if self.number < self.count else None

    @property
    def links(self) -> list[tuple[int | None, str | None]]:
        """(number, path) of the pages to link, None for a gap: 1 … 5 6 [7] 8 9 … 20."""
        shown = sorted(
            {
                1,
                self.count,
                *range(max(1, self.number - AROUND), min(self.count, self.number + AROUND) + 1),
            }
        )
        out: list[tuple[int | None, str | None]] = []
        for n in shown:
            if out and out[-1][0] is not None and n - out[-1][0] > 1:
                out.append((None, None))
            out.append((n, page_path(self.first, n)))
        return out


def pagers(total: int, size: int, first: str) -> list[Pager]:
    count = page_count(total, size)
    return [Pager(n, count, total, first, (n - 1) * size, size) for n in range(1, count + 1)]


def pages_of(items: Sequence, size: int, first: str) -> list[tuple[Pager, Sequence]]:
    """(pager, the page's items) for each page of `items`."""
    return [(p, items[p.start : p.end]) for p in pagers(len(items), size, first)]


@dataclass(frozen=True, slots=True)
class Group:
    """One group of a paginated list as its jump list shows it: the page and anchor it starts at."""

    key: object
    count: int
    page: int
    anchor: str
    path: str  # page path with '#anchor'


def group_starts(
    items: Sequence, key: Callable, size: int, first: str, anchor: Callable[[object], str]
) -> list[Group]:
    """Each run of consecutive items with one key (a month, a year), in list order, with the page
    it starts on: the jump list of a grouped list, and where its anchors go."""
    out, position = [], 0
    for value, run in groupby(items, key=key):
        count = sum(1 for _ in run)
        page = position // size + 1
        out.append(
            Group(value, count, page, anchor(value), f"{page_path(first, page)}#{anchor(value)}")
        )
        position += count
    return out


def anchored_on(groups: list[Group], page: int) -> tuple:
    """Keys of the groups whose heading, with its anchor, is on `page`, in the groups' order (a
    set's order would change with the hash seed, and with it the page's key)."""
    return tuple(g.key for g in groups if g.page == page)
