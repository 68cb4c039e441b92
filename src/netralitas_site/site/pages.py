"""Which pages the site has, at which path, with which template and context. No Jinja here.

Every page exists in each interface language: the site's language (site.yaml `language`,
Indonesian by default) at the root, the other under its code (`en/`, `id/`), with the same tree,
so relative links are the same in both. A page's context is made only when
it is rendered (`make_context`); the two language versions of a page share one context.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup

from ..archive import Archive
from ..cards import Cards
from ..lexicon import RegionEntry
from ..problems import Problem
from ..related import Relations, Remember, relations
from ..urls import (
    DEFAULT_LANGUAGE,
    HOME,
    NOT_FOUND,
    OFFICIALS,
    OUTLETS,
    QUALITY,
    REGIONS,
    SEARCH,
    TIMELINE,
    UNDATED,
    article_path,
    localized,
    month_path,
    official_path,
    official_quotes_path,
    outlet_path,
    region_path,
    site_languages,
    site_prefix,
    year_path,
)
from .article_page import article_deps, article_inputs, article_view
from .entities import (
    Entities,
    entity_page,
    official_article_ids,
    official_inputs,
    official_quote_page,
    official_view,
    outlet_view,
    region_view,
    topic_view,
)
from .pagination import page_count, page_path, page_size, pages_of
from .quality import quality_view
from .search import search_filters
from .timeline import Timeline
from .topics import CASES, TAGS, index_path, topics

HOME_LATEST = 20
CONTENT_LANGUAGE = (
    "id"  # the archive's texts; on pages in another language they are marked lang="id"
)
CONTENT_LANG = Markup(f' lang="{CONTENT_LANGUAGE}"')
TOP_ON_HOME = 8

ALL = "*"  # a page that depends on every article (home, timeline, indexes)


@dataclass(frozen=True, slots=True)
class Page:
    """A page to render. `make_context` is called only when the page must be rendered, so an
    incremental build can skip unchanged pages cheaply; `deps` are the ids of the articles the
    page shows (ALL for every article). `make_inputs`, when given, returns everything the
    context is made from besides the settings and the page's path (cheaper to make than the
    context, or the context both language versions share): the page is keyed on it."""

    path: str
    template: str
    make_context: Callable[[], dict]
    deps: tuple[str, ...]
    make_inputs: Callable[[], object] | None = None


@dataclass
class SiteData:
    """Everything pages share, each part computed once on first use."""

    archive: Archive
    site: dict
    problems: list[Problem] = field(default_factory=list)
    remember: Remember | None = None  # the build cache's memo (related.related_articles)

    @cached_property
    def cards(self) -> Cards:
        return Cards(self.archive)

    @cached_property
    def relations(self) -> Relations:
        found = relations(self.archive, self.remember)
        self.archive.shingles.clear()  # used up: ~1 KB an article, 100 MB at 100,000
        return found

    @cached_property
    def entities(self) -> Entities:
        return Entities(self.archive, self.cards)

    @cached_property
    def topics(self) -> dict:
        """Tags and cases: kind -> [Topic]."""
        return {kind: topics(self.archive, kind) for kind in (TAGS, CASES)}

    @cached_property
    def timeline(self) -> Timeline:
        return Timeline(self.archive, self.cards, page_size(self.site))


class _Shared:
    """The two language versions of a page are planned next to each other; this keeps the last
    few contexts so the second version reuses the first's."""

    def __init__(self, size: int = 16):
        self.size = size
        self.items: OrderedDict[str, dict] = OrderedDict()

    def get(self, key: str, make: Callable[[], dict]) -> dict:
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        value = self.items[key] = make()
        if len(self.items) > self.size:
            self.items.popitem(last=False)
        return value


def plan_pages(
    archive: Archive,
    site: dict,
    problems: list[Problem] | None = None,
    remember: Remember | None = None,
) -> list[Page]:
    data = SiteData(
        archive,
        site,
        sorted(problems or [], key=lambda p: (p.path, p.line or 0, p.code)),
        remember,
    )
    return _in_every_language(data, _specs(data))


def plan_article_pages(
    archive: Archive, site: dict, relations: Relations, articles: list
) -> list[Page]:
    """The pages of `articles` alone, planned as `plan_pages` plans them, with `relations` holding
    at least theirs (related.relations_of): the dev server shows an edited article's page with
    them before the whole site is built again (dev/preview.py)."""
    data = SiteData(archive, site)
    data.__dict__["relations"] = relations  # given: not found again over the whole archive
    return _in_every_language(data, _article_specs(data, articles))


def _in_every_language(data: SiteData, specs) -> list[Page]:
    """Each page of `specs` (path, template, make_context, deps[, make_inputs]) in every language
    of the site, the versions of one page next to each other (they share one context)."""
    site = data.site
    shared = _Shared()
    root = site.get("language", DEFAULT_LANGUAGE)
    languages = site_languages(root)
    sites = {lang: site_in_language(site, lang) for lang in languages}
    pages = []
    for path, template, make, deps, *inputs in specs:
        # a page without inputs of its own is keyed on the context its language versions share:
        # what it adds per language follows from the settings and the page's path
        make_inputs = inputs[0] if inputs else _shared_context(shared, path, make)
        alternates = [(other, localized(path, other, root)) for other in languages]
        for lang in languages:
            pages.append(
                Page(
                    localized(path, lang, root),
                    template,
                    _localized_context(shared, path, lang, make, sites[lang], alternates),
                    deps,
                    make_inputs,
                )
            )
    return pages


def site_in_language(site: dict, lang: str) -> dict:
    """The site's settings as the pages in `lang` show them: its title and description in that
    language when site.yaml gives one per language (assemble.py: `titles`, `descriptions`)."""
    titles, descriptions = site.get("titles") or {}, site.get("descriptions") or {}
    return {
        **site,
        "title": titles.get(lang, site["title"]),
        "description": descriptions.get(lang, site["description"]),
    }


def _shared_context(shared: _Shared, path: str, make: Callable[[], dict]):
    return lambda: shared.get(path, make)


def _localized_context(
    shared: _Shared, path: str, lang: str, make: Callable[[], dict], site: dict, alternates: list
):
    def make_context() -> dict:
        context = shared.get(path, make)
        return {
            **context,
            "site": site,
            "lang": lang,
            "base_path": path,
            "alternates": alternates,
            "content_lang": CONTENT_LANG if lang != CONTENT_LANGUAGE else "",
            **_jsonld_in_language(context, site),
        }

    return make_context


def _jsonld_in_language(context: dict, site: dict) -> dict:
    """The schema.org data names the site as the page's language does (it is made once for both
    language versions, with the root language's title)."""
    data = context.get("jsonld")
    if not isinstance(data, dict):
        return {}
    part_of = data.get("isPartOf")
    if not part_of or part_of.get("name") == site["title"]:
        return {}
    return {"jsonld": {**data, "isPartOf": {**part_of, "name": site["title"]}}}


def _specs(data: SiteData):
    """(path, template, make_context, deps) for every page, in the default language."""
    archive, cards = data.archive, data.cards
    yield HOME, "home.html", lambda: _home(data), (ALL,)
    yield TIMELINE, "timeline.html", lambda: data.timeline.overview(), (ALL,)
    timeline = data.timeline
    for year in timeline.by_year_month:
        yield (
            year_path(year),
            "year.html",
            lambda y=year: timeline.year(y),
            tuple(timeline.year_ids(year)),
        )
    size = page_size(data.site)
    for year, month in timeline.months():
        ids = tuple(timeline.by_year_month[year][month])
        for n in range(1, timeline.month_pages(year, month) + 1):
            yield (
                page_path(month_path(year, month), n),
                "month.html",
                lambda y=year, m=month, n=n: timeline.month(y, m, n),
                ids,
            )
    if timeline.undated:
        for n in range(1, timeline.undated_pages() + 1):
            yield (
                page_path(UNDATED, n),
                "undated.html",
                lambda n=n: timeline.undated_page(n),
                tuple(timeline.undated),
            )
    yield from _index_pages(
        OFFICIALS,
        "officials.html",
        "officials",
        lambda: _official_rows(archive),
        len(archive.officials),
        size,
    )
    yield from _index_pages(
        OUTLETS,
        "outlets.html",
        "outlets",
        lambda: _outlet_rows(archive),
        len(archive.outlets),
        size,
    )
    yield from _index_pages(
        REGIONS,
        "regions.html",
        "rows",
        lambda: _region_rows(data.entities),
        len(data.entities.region_entries),
        size,
    )
    yield SEARCH, "search.html", lambda: {"filters": search_filters(archive)}, (ALL,)
    yield (
        QUALITY,
        "quality.html",
        lambda: quality_view(archive, cards, data.relations, data.problems),
        (ALL,),
    )
    # a host shows the 404 page at any depth of a missing address: its links start from the
    # site's path on the host when the base URL tells it (relative links would point nowhere)
    base_url = data.site.get("base_url", "")
    yield NOT_FOUND, "404.html", lambda: {"root_url": site_prefix(base_url) if base_url else ""}, ()
    yield from _article_specs(data, archive.articles)
    entities = data.entities
    for official in archive.officials.values():
        ids = tuple(official_article_ids(official))
        yield (
            official_path(official.id),
            "official.html",
            lambda o=official: official_view(o, entities, data.site),
            ids,
            lambda o=official: official_inputs(o, entities),
        )
        for n in range(2, page_count(len(set(official.article_ids)), size) + 1):
            yield (
                page_path(official_path(official.id), n),
                "entity-page.html",
                lambda o=official, n=n: entity_page(
                    "pejabat", o.name, official_path(o.id), entities.official_listing(o, size), n
                ),
                ids,
            )
        if len(official.quotes) > size:
            for n in range(1, page_count(len(official.quotes), size) + 1):
                yield (
                    page_path(official_quotes_path(official.id), n),
                    "quotes.html",
                    lambda o=official, n=n: official_quote_page(o, entities, data.site, n),
                    ids,
                )
    for outlet, outlet_ids in archive.outlets.values():
        yield (
            outlet_path(outlet.id),
            "outlet.html",
            lambda o=outlet, ids=outlet_ids: outlet_view(o, ids, entities, data.site),
            tuple(sorted(outlet_ids)),
        )
        for n in range(2, page_count(len(outlet_ids), size) + 1):
            yield (
                page_path(outlet_path(outlet.id), n),
                "entity-page.html",
                lambda o=outlet, n=n: entity_page(
                    "media", o.name, outlet_path(o.id), entities.outlet_listing(o.id, size), n
                ),
                tuple(sorted(outlet_ids)),
            )
    for kind in (TAGS, CASES):
        yield from _topic_pages(data, kind, size)
    for region_id, region in entities.region_entries.items():
        ids = tuple(entities.region_article_ids(region_id))
        yield (
            region_path(region_id),
            "region.html",
            lambda r=region_id: region_view(r, entities, data.site),
            ids,
        )
        for n in range(2, page_count(len(ids), size) + 1):
            yield (
                page_path(region_path(region_id), n),
                "entity-page.html",
                lambda r=region_id, name=region.name, n=n: entity_page(
                    "wilayah", name, region_path(r), entities.region_listing(r, size), n
                ),
                ids,
            )


def _article_specs(data: SiteData, articles: list):
    archive, cards = data.archive, data.cards
    for article in articles:
        yield (
            article_path(article.id),
            "article.html",
            lambda a=article: article_view(a, archive, cards, data.relations, data.site),
            article_deps(article, data.relations),
            lambda a=article: article_inputs(a, archive, cards, data.relations),
        )


def _topic_pages(data: SiteData, kind: str, size: int):
    """The index of the archive's tags (or cases), each one's page and its further pages; none
    when no article has one."""
    found = data.topics[kind]
    if not found:
        return
    yield from _index_pages(
        index_path(kind), "topics.html", "topics", lambda: found, len(found), size
    )
    for topic in found:
        ids = tuple(sorted(topic.ids))
        yield topic.path, "topic.html", lambda t=topic: topic_view(t, data.entities, data.site), ids
        for n in range(2, page_count(len(topic.ids), size) + 1):
            yield (
                page_path(topic.path, n),
                "entity-page.html",
                lambda t=topic, n=n: entity_page(
                    t.kind, t.name, t.path, data.entities.topic_listing(t, size), n
                ),
                ids,
            )


def _index_pages(first: str, template: str, key: str, make_rows, count: int, size: int):
    """An index (officials, outlets, regions) cut into pages of `size` rows; every page of it
    depends on the whole archive. The rows are made once, on the first page's first use."""
    rows: list = []

    def page(number: int) -> dict:
        if not rows:
            rows.append(make_rows())
        pager, items = pages_of(rows[0], size, first)[number - 1]
        return {key: items, "pager": pager, "total": len(rows[0])}

    for n in range(1, page_count(count, size) + 1):
        yield page_path(first, n), template, lambda n=n: page(n), (ALL,)


def _home(data: SiteData) -> dict:
    archive = data.archive
    latest = [a.id for a in archive.articles[: int(data.site.get("per_page") or HOME_LATEST)]]
    top = sorted(archive.officials.values(), key=lambda o: (-len(set(o.article_ids)), o.name))[
        :TOP_ON_HOME
    ]
    return {
        "latest": data.cards.of(latest),
        "counts": _counts(archive),
        "top_officials": [(o.name, official_path(o.id), len(set(o.article_ids))) for o in top],
        "years": data.timeline.years_overview(),
        "topics": [
            (kind, index_path(kind), len(found)) for kind, found in data.topics.items() if found
        ],
    }


def _counts(archive: Archive) -> dict:
    return {
        "articles": len(archive.articles),
        "officials": len(archive.officials),
        "outlets": len(archive.outlets),
        "regions": len(archive.regions),
        "quotes": sum(len(a.quotes) for a in archive.articles),
    }


def _official_rows(archive: Archive):
    rows = []
    for o in sorted(archive.officials.values(), key=lambda o: (o.name.casefold(), o.id)):
        seen = o.appearances or getattr(
            o, "inferred", []
        )  # a holder of a named office may have no article of their own
        latest = max(seen, key=lambda a: (a.date is not None, a.date or 0)) if seen else None
        rows.append(
            (
                o,
                official_path(o.id),
                (latest.role_normalized or latest.role) if latest else None,
                latest.region if latest else None,
                len(set(o.article_ids)),
            )
        )
    return rows


def _outlet_rows(archive: Archive):
    return [(o, outlet_path(o.id), len(ids)) for o, ids in archive.outlets.values()]


def _region_rows(entities: Entities):
    """The regions index as rows, each province followed by its kabupaten/kota:
    [(province entry or None, province path, province count, child entry or None, path, count)];
    the template starts a province's heading where its group starts on a page."""
    rows = []
    for province, path, count, children in _region_groups(entities):
        rows.append((province, path, count, None, None, 0))
        rows.extend(
            (province, path, count, child, child_path, n) for child, child_path, n in children
        )
    return rows


def _region_groups(entities: Entities):
    """Regions under their province: [(province entry or None, path or None, count, [(child, path, count)])]."""
    archive = entities.archive
    children = defaultdict(list)
    provinces = []
    for region_id, entry in entities.region_entries.items():
        count = len(archive.regions.get(region_id, (None, []))[1])
        if entry.type == "provinsi":
            provinces.append(
                (entry, region_path(region_id), len(entities.region_article_ids(region_id)))
            )
        else:
            children[entry.province].append((entry, region_path(region_id), count))
    groups: list[tuple[RegionEntry | None, str | None, int, list[tuple[RegionEntry, str, int]]]] = [
        (p, path, n, sorted(children.pop(p.id, []), key=lambda c: c[0].name))
        for p, path, n in sorted(provinces, key=lambda p: p[0].name)
    ]
    for _province, rest in sorted(children.items(), key=lambda kv: kv[0] or ""):
        groups.append((None, None, 0, sorted(rest, key=lambda c: c[0].name)))
    return groups
