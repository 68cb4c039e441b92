"""Which pages the site has, at which path, with which template and context. No Jinja here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby

from markdown import markdown
import nh3

from .archive import Archive, OfficialRecord
from .model import Article
from .urls import (
    FEED, HOME, OFFICIALS, OUTLETS, REGIONS, TIMELINE, article_path, official_path, outlet_path, region_path,
)

HOME_LATEST = 20


ALL = "*"  # a page that depends on every article (home, timeline, indexes)


@dataclass(frozen=True)
class Page:
    """A page to render. `make_context` is called only when the page must be rendered, so an
    incremental build can skip unchanged pages cheaply; `deps` are the ids of the articles the
    page shows (ALL for every article)."""

    path: str
    template: str
    make_context: Callable[[], dict]
    deps: tuple[str, ...]


@dataclass(frozen=True)
class Card:
    """An article as listed on index pages."""

    id: str
    path: str
    title: str
    date: object
    outlet: str | None
    officials: tuple[tuple[str, str], ...]  # (name, page path)
    regions: tuple[tuple[str, str], ...]


def card(article: Article, archive: Archive) -> Card:
    return Card(
        id=article.id,
        path=article_path(article.id),
        title=article.title,
        date=article.date.value,
        outlet=article.outlet.name if article.outlet else None,
        officials=tuple(
            (o.name, official_path(archive.official_of[(article.id, o.key)])) for o in article.officials
        ),
        regions=tuple((r.name, region_path(r.id)) for r in article.regions),
    )


def plan_pages(archive: Archive, site: dict) -> list[Page]:
    cards: dict[str, Card] = {}

    def get_cards() -> dict[str, Card]:
        if not cards:
            cards.update({a.id: card(a, archive) for a in archive.articles})
        return cards

    common = {"site": site}
    pages = [
        Page(HOME, "home.html", lambda: {**common, "latest": [get_cards()[a.id] for a in archive.articles[:HOME_LATEST]], "counts": _counts(archive)}, (ALL,)),
        Page(TIMELINE, "timeline.html", lambda: {**common, "years": timeline(archive.articles, get_cards())}, (ALL,)),
        Page(OFFICIALS, "officials.html", lambda: {**common, "officials": _official_rows(archive)}, (ALL,)),
        Page(OUTLETS, "outlets.html", lambda: {**common, "outlets": [(o, outlet_path(o.id), len(ids)) for o, ids in archive.outlets.values()]}, (ALL,)),
        Page(REGIONS, "regions.html", lambda: {**common, "groups": _region_groups(archive)}, (ALL,)),
        Page("404.html", "404.html", lambda: dict(common), ()),
    ]
    for article in archive.articles:
        pages.append(Page(article_path(article.id), "article.html",
                          lambda a=article: {**common, **article_view(a, archive)}, (article.id,)))
    for official in archive.officials.values():
        pages.append(Page(official_path(official.id), "official.html",
                          lambda o=official: {**common, **official_view(o, archive, get_cards())}, tuple(official.article_ids)))
    for outlet, ids in archive.outlets.values():
        pages.append(Page(outlet_path(outlet.id), "outlet.html",
                          lambda o=outlet, ids=ids: {**common, "outlet": o, "articles": [get_cards()[i] for i in ids]}, tuple(ids)))
    for region, ids in archive.regions.values():
        pages.append(Page(region_path(region.id), "region.html", lambda r=region, ids=ids: _region_context(r, ids, archive, get_cards(), common), tuple(ids)))
    return pages


def _region_context(region, ids, archive: Archive, cards: dict[str, Card], common: dict) -> dict:
    parent = archive.regions.get(region.province) if region.province else None
    return {**common, "region": region, "parent": parent[0] if parent else None, "articles": [cards[i] for i in ids],
            "officials": _region_officials(region.name, archive)}


def _counts(archive: Archive) -> dict:
    return {"articles": len(archive.articles), "officials": len(archive.officials), "outlets": len(archive.outlets),
            "regions": len(archive.regions), "quotes": sum(len(a.quotes) for a in archive.articles)}


def timeline(articles: list[Article], cards: dict[str, Card]):
    """[(year, [(month date, [(day date, [cards])])])], newest first; undated articles last."""
    dated = [a for a in articles if a.date.value]
    years = []
    for year, in_year in groupby(dated, key=lambda a: a.date.value.year):
        months = []
        for _, in_month in groupby(in_year, key=lambda a: a.date.value.month):
            in_month = list(in_month)
            days = [(day, [cards[a.id] for a in group]) for day, group in groupby(in_month, key=lambda a: a.date.value)]
            months.append((in_month[0].date.value.replace(day=1), days))
        years.append((year, months))
    undated = [cards[a.id] for a in articles if not a.date.value]
    if undated:
        years.append((None, [(None, [(None, undated)])]))
    return years


def _official_rows(archive: Archive):
    rows = []
    for o in sorted(archive.officials.values(), key=lambda o: o.name.lower()):
        latest = max(o.appearances, key=lambda a: (a.date is not None, a.date or 0))
        rows.append((o, official_path(o.id), latest.role_normalized or latest.role, latest.region, len(o.appearances)))
    return rows


def _region_groups(archive: Archive):
    """Regions grouped under their province, provinces first."""
    groups = defaultdict(list)
    for region, ids in archive.regions.values():
        key = region.id if region.type == "provinsi" else region.province
        groups[key].append((region, region_path(region.id), len(ids)))
    out = []
    for province_id in sorted(groups, key=lambda p: p or ""):
        entries = sorted(groups[province_id], key=lambda e: (e[0].type != "provinsi", e[0].name))
        out.append(entries)
    return out


def _region_officials(region_name: str, archive: Archive):
    seen = {}
    for o in archive.officials.values():
        for a in o.appearances:
            if a.region == region_name:
                seen[o.id] = (o.name, official_path(o.id), a.role_normalized or a.role)
    return sorted(seen.values())


def body_html(article: Article) -> str:
    """The article text as sanitized HTML: Markdown for .md files, paragraphs for plain text."""
    if article.is_markdown:
        html = markdown("\n\n".join(line.text for line in article.body))
        return nh3.clean(html)
    from html import escape

    return "\n".join(f"<p>{escape(line.text)}</p>" for line in article.body)


def article_view(article: Article, archive: Archive) -> dict:
    officials = []
    for o in article.officials:
        official_id = archive.official_of[(article.id, o.key)]
        officials.append({"mention": o, "path": official_path(official_id), "name": archive.officials[official_id].name})
    names = {o.key: o for o in article.officials}
    quotes = []
    for q in article.quotes:
        speaker = names.get(q.speaker) if q.speaker else None
        path = official_path(archive.official_of[(article.id, q.speaker)]) if speaker else None
        quotes.append({"text": q.text, "speaker": speaker.name if speaker else None, "path": path})
    return {
        "article": article,
        "body_html": body_html(article),
        "officials": officials,
        "quotes": quotes,
        "outlet_path": outlet_path(article.outlet.id) if article.outlet else None,
        "regions": [(r.name, region_path(r.id)) for r in article.regions],
    }


def official_view(official: OfficialRecord, archive: Archive, cards: dict[str, Card]) -> dict:
    roles: dict[str, list] = {}
    for a in sorted(official.appearances, key=lambda a: (a.date is None, a.date or 0)):
        label = a.role or a.role_normalized or "—"
        roles.setdefault(label, []).append((a.date, cards[a.article_id]))
    articles = sorted((cards[i] for i in official.article_ids), key=lambda c: (c.date is None, c.date or 0))
    quotes = [{"text": q.text, "card": cards[aid]} for aid, q in official.quotes]
    return {"official": official, "roles": roles, "articles": articles, "quotes": quotes}
