"""Articles per week as an SVG bar chart, laid out at build time.

No chart library and no JavaScript: Python computes the geometry, a template macro draws it
inline with a <title>/<desc> and a visually hidden table of the same numbers, so the chart reads
without scripts, prints, follows the colour scheme (CSS classes, no inline styles under the CSP)
and screen readers get the data.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from ..cards import week_start

WIDTH, HEIGHT = 720, 160
LEFT, RIGHT, TOP, BOTTOM = 30, 6, 10, 22
MAX_BAR = 18


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    week: date
    count: int


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, date, str], ...]  # (x, date, "year" | "month")
    top: int  # the count at the top of the y axis
    weeks: int
    total: int
    busiest: Bar | None
    first: date
    last: date
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    baseline: int = HEIGHT - BOTTOM
    top_y: int = TOP


def weekly_chart(counts: Counter) -> Chart | None:
    """A chart of `counts` (week Monday -> articles); None when nothing is dated."""
    weeks_with = sorted(w for w, n in counts.items() if n)
    if not weeks_with:
        return None
    first, last = weeks_with[0], weeks_with[-1]
    n = (last - first).days // 7 + 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / n
    bar_w = max(min(slot * 0.8, MAX_BAR), min(slot, 1.0))
    top = max(counts[w] for w in weeks_with)
    bars = []
    for week in weeks_with:
        count = counts[week]
        i = (week - first).days // 7
        h = plot_h * count / top
        x = LEFT + i * slot + (slot - bar_w) / 2
        bars.append(
            Bar(round(x, 2), round(TOP + plot_h - h, 2), round(bar_w, 2), round(h, 2), week, count)
        )
    busiest = max(bars, key=lambda b: (b.count, b.week))
    return Chart(
        tuple(bars),
        _ticks(first, last, slot),
        top,
        n,
        sum(counts[w] for w in weeks_with),
        busiest,
        first,
        last + timedelta(days=6),
    )


def _ticks(first: date, last: date, slot: float) -> tuple[tuple[float, date, str], ...]:
    """Year starts when the chart spans more than about 15 months, else month starts."""
    span_days = (last - first).days
    kind = "year" if span_days > 460 else "month"
    ticks = []
    day = date(first.year, 1, 1) if kind == "year" else first.replace(day=1)
    while day <= last + timedelta(days=6):
        if day >= first:
            x = LEFT + ((week_start(day) - first).days // 7) * slot
            ticks.append((round(x, 2), day, kind))
        day = (
            date(day.year + 1, 1, 1)
            if kind == "year"
            else (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        )
    if not ticks:
        ticks.append((float(LEFT), first, "month" if kind == "month" else "year"))
    step = max(1, len(ticks) // 8)  # at most about eight labels: they must not overlap at 360 px
    return tuple(ticks[::step])
