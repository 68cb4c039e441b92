"""What official, outlet and region pages show: each entity's record over time.

An official: degrees and spellings, roles with the dates they were written, offices held (from
curated office-holder facts, when the archive has them), quotes, articles, the officials they
appear with most. Outlets and regions follow the same pattern; a region shows its place under
its province. The listings of their articles and quotes are in listings.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from ..archive import Archive, OfficialRecord
from ..body import quote_anchor
from ..cards import Cards, chronological, weekly_counts
from ..lexicon import load_lexicon
from ..urls import (
    official_data_path,
    official_feed_path,
    official_path,
    official_quotes_path,
    outlet_feed_path,
    outlet_path,
    region_feed_path,
    region_path,
)
from .charts import weekly_chart
from .jsonld import organization, person
from .listings import Listing, QuoteListing, article_listing
from .pagination import page_size
from .topics import CASES, Topic

TOP = 30  # officials, outlets and regions counted in an entity's summary (the others are on the indexes)
LATEST_QUOTES = 5  # shown on an official's page when their quotes have pages of their own
MARK_STEP = 0.5  # per cent of an official's period: appearances closer than this share one mark


@dataclass
class Entities:
    """Archive-wide lookups the entity pages share, each built once on first use."""

    archive: Archive
    cards: Cards
    _listings: dict = field(default_factory=dict, repr=False)

    @cached_property
    def officials_by_region(self) -> dict[str, dict[str, str | None]]:
        """Region name -> {official id: role written there last}."""
        out: dict[str, dict[str, str | None]] = defaultdict(dict)
        for o in self.archive.officials.values():
            for a in o.appearances:
                if a.region:
                    out[a.region][o.id] = a.role_normalized or a.role
        return out

    @cached_property
    def region_tree(self) -> dict[str, list[str]]:
        """Province id -> ids of its kabupaten/kota that have articles."""
        tree: dict[str, list[str]] = defaultdict(list)
        for region, _ in self.archive.regions.values():
            if region.type != "provinsi" and region.province:
                tree[region.province].append(region.id)
        return tree

    @cached_property
    def region_entries(self) -> dict:
        """Every region with a page: those named in articles, and the provinces above them."""
        lexicon = load_lexicon().regions
        entries = {rid: entry for rid, (entry, _) in self.archive.regions.items()}
        for province in self.region_tree:
            if province not in entries and province in lexicon:
                entries[province] = lexicon[province]
        return dict(sorted(entries.items()))

    def official_listing(self, official: OfficialRecord, size: int) -> Listing:
        return self._listing(
            ("pejabat", official.id),
            lambda: sorted(set(official.article_ids)),
            official_path(official.id),
            size,
        )

    def outlet_listing(self, outlet_id: str, size: int) -> Listing:
        return self._listing(
            ("media", outlet_id),
            lambda: self.archive.outlets[outlet_id][1],
            outlet_path(outlet_id),
            size,
        )

    def region_listing(self, region_id: str, size: int) -> Listing:
        return self._listing(
            ("wilayah", region_id),
            lambda: self.region_article_ids(region_id),
            region_path(region_id),
            size,
        )

    def quote_listing(self, official: OfficialRecord, size: int) -> QuoteListing:
        key = ("kutipan", official.id, size)
        if key not in self._listings:
            quotes = official_quotes(official, self)
            first = (
                official_quotes_path(official.id)
                if len(quotes) > size
                else official_path(official.id)
            )
            self._listings[key] = QuoteListing(tuple(quotes), first, size)
        return self._listings[key]

    def topic_listing(self, topic: Topic, size: int) -> Listing:
        """A tag's articles newest first; a case's in date order, oldest first, as it unfolded."""
        return self._listing(
            (topic.kind, topic.id),
            lambda: topic.ids,
            topic.path,
            size,
            newest_first=topic.kind != CASES,
        )

    def _listing(
        self, key: tuple, ids, first: str, size: int, newest_first: bool = True
    ) -> Listing:
        """Each entity's listing made once: its first page and its further pages share it."""
        key = (*key, size)
        if key not in self._listings:
            self._listings[key] = article_listing(ids(), self.cards, first, size, newest_first)
        return self._listings[key]

    def region_article_ids(self, region_id: str) -> list[str]:
        """Articles naming the region, or for a province also any of its kabupaten/kota."""
        ids = list(self.archive.regions.get(region_id, (None, []))[1])
        for child in self.region_tree.get(region_id, []):
            ids.extend(self.archive.regions[child][1])
        return sorted(set(ids))


def _widen(row: dict, day) -> None:
    """Stretch a row's first/last dates to include `day` (if known)."""
    if day:
        row["first"] = min(row["first"] or day, day)
        row["last"] = max(row["last"] or day, day)


def held_offices(official: OfficialRecord, cards: Cards) -> list[dict]:
    """Offices an article names without a person ("ditegaskan Bupati Solok") that curated
    office-holder facts give to this official on that day: inferred, so shown apart and marked."""
    rows: dict[tuple, dict] = {}
    for a in official.inferred:
        row = rows.setdefault(
            (a.role or "", a.region or ""),
            {"role": a.role, "region": a.region, "first": None, "last": None, "cards": []},
        )
        _widen(row, a.date)
        row["cards"].append(cards[a.article_id])
    for row in rows.values():
        row["cards"] = chronological(row["cards"], newest_first=False)
    return sorted(
        rows.values(), key=lambda r: (r["first"] is None, r["first"] or 0, r["role"] or "")
    )


def official_article_ids(official: OfficialRecord) -> list[str]:
    """Every article the official's page lists or links: named, or holder of an office named."""
    return sorted(set(official.article_ids) | {a.article_id for a in official.inferred})


def role_timeline(official: OfficialRecord, cards: Cards) -> list[dict]:
    """One row per role (normalized, with region): first and last date seen, the ways it was
    written and how many articles, ordered by first appearance; drawn as a small chart, never as
    a list of every article (those are in the paginated list below it)."""
    rows: dict[tuple, dict] = {}
    for a in official.appearances:
        key = (a.role_normalized or a.role or "", a.region or "")
        row = rows.setdefault(
            key,
            {
                "role": key[0],
                "region": key[1],
                "written": [],
                "first": None,
                "last": None,
                "ids": set(),
                "dates": [],
                "span": None,
                "marks": [],
            },
        )
        if a.role and a.role not in row["written"]:
            row["written"].append(a.role)
        _widen(row, a.date)
        if a.article_id not in row["ids"]:
            row["ids"].add(a.article_id)
            row["dates"].append(cards[a.article_id].date)
    for row in rows.values():
        row["count"] = len(row.pop("ids"))
    _place_spans(list(rows.values()))
    for row in rows.values():
        del row["dates"]
    return sorted(rows.values(), key=lambda r: (r["first"] is None, r["first"] or 0, r["role"]))


def _place_spans(rows: list[dict]) -> None:
    """Each dated row's span and appearances as percentages of the official's whole period, for
    the small bar drawn beside each role (the dates themselves are in the text); appearances
    closer than MARK_STEP share a mark, so a busy role stays a few hundred bytes."""
    dated = [r for r in rows if r["first"]]
    if not dated:
        return
    start = min(r["first"] for r in dated)
    days = max((max(r["last"] for r in dated) - start).days, 1)
    for row in dated:
        x = 100 * (row["first"] - start).days / days
        width = max(100 * (row["last"] - row["first"]).days / days, 1.0)
        row["span"] = (round(min(x, 99.0), 2), round(min(width, 100 - min(x, 99.0)), 2))
        row["marks"] = sorted(
            {
                min(round(100 * (d - start).days / days / MARK_STEP) * MARK_STEP, 99.4)
                for d in row["dates"]
                if d
            }
        )


def appears_with(official: OfficialRecord, archive: Archive) -> list[tuple[str, str, int]]:
    counts: Counter = Counter()
    for article_id in set(official.article_ids):
        others = {
            archive.official_of[(article_id, o.key)] for o in archive.by_id[article_id].officials
        }
        counts.update(others - {official.id})
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], archive.officials[kv[0]].name, kv[0]))[
        :TOP
    ]  # the id settles a tie between two namesakes: the order never follows a set's
    return [(archive.officials[i].name, official_path(i), n) for i, n in ranked]


def _top_outlets(ids: list[str], archive: Archive) -> list[tuple[str, str, int]]:
    counts = Counter(outlet.id for i in ids if (outlet := archive.by_id[i].outlet))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    return [(archive.outlets[o][0].name, outlet_path(o), n) for o, n in ranked]


def _top_officials(ids: list[str], archive: Archive) -> list[tuple[str, str, int]]:
    counts: Counter[str] = Counter()
    for i in ids:
        counts.update({archive.official_of[(i, o.key)] for o in archive.by_id[i].officials})
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], archive.officials[kv[0]].name, kv[0]))[
        :TOP
    ]
    return [(archive.officials[o].name, official_path(o), n) for o, n in ranked]


def _top_regions(ids: list[str], archive: Archive) -> list[tuple[str, str, int]]:
    counts = Counter(r.id for i in ids for r in archive.by_id[i].regions)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    return [
        (archive.regions[r][0].name, region_path(r), n) for r, n in ranked if r in archive.regions
    ]


def _summary_listing(listing: Listing) -> dict:
    """The first page of an entity's articles, with the weekly chart of all of them."""
    return {**listing.page(1), "chart": weekly_chart(weekly_counts(c.date for c in listing.cards))}


def official_view(official: OfficialRecord, entities: Entities, site: dict) -> dict:
    """The first page of an official: a summary (roles with their span, region and articles;
    outlets; regions; officials seen together, with counts), roles over time as one small chart
    per role, quotes by year, and the first page of their articles."""
    archive, cards = entities.archive, entities.cards
    roles = role_timeline(official, cards)
    latest = (
        roles[-1]["written"][-1]
        if roles and roles[-1]["written"]
        else (roles[-1]["role"] if roles else None)
    )
    held = official.inferred
    latest = latest or (held[-1].role if held else None)
    ids = sorted(set(official.article_ids))
    quotes = entities.quote_listing(official, page_size(site))
    return {
        "official": official,
        "roles": roles,
        "holders": held_offices(official, cards),
        "quotes": (
            {
                **quotes.page(1),
                "separate": quotes.separate,
                "path": quotes.first,
                "latest": quotes.latest(LATEST_QUOTES) if quotes.separate else None,
            }
            if quotes.count
            else None
        ),
        "listing": _summary_listing(entities.official_listing(official, page_size(site))),
        "appears_with": appears_with(official, archive),
        "outlets": _top_outlets(ids, archive),
        "regions": _top_regions(ids, archive),
        "feed_path": official_feed_path(official.id),
        "data_path": official_data_path(official.id),
        "jsonld": person(official, site, latest),
        "og_type": "profile",
    }


def official_quotes(official: OfficialRecord, entities: Entities) -> list[dict]:
    """The official's quotes, newest article first (a quote's order within its article kept)."""
    archive, cards = entities.archive, entities.cards
    order = {
        c.id: n for n, c in enumerate(chronological(cards.of({aid for aid, _ in official.quotes})))
    }
    rows = sorted(enumerate(official.quotes), key=lambda item: (order[item[1][0]], item[0]))
    return [
        {"text": q.text, "card": cards[aid], "anchor": quote_anchor(archive.by_id[aid], q.line)}
        for _, (aid, q) in rows
    ]


def official_quote_page(
    official: OfficialRecord, entities: Entities, site: dict, number: int
) -> dict:
    """Page `number` of an official's quotes when they have pages of their own."""
    listing = entities.quote_listing(official, page_size(site))
    return {
        "official": official,
        "official_path": official_path(official.id),
        "quotes": listing.page(number),
    }


def entity_page(kind: str, name: str, path: str, listing: Listing, number: int) -> dict:
    """Page `number` (from 2) of an official's, outlet's or region's articles."""
    return {"kind": kind, "name": name, "entity_path": path, "listing": listing.page(number)}


def official_inputs(official: OfficialRecord, entities: Entities) -> tuple:
    """Everything `official_view` reads besides the site settings, cheaper than the view: the
    official's record, the cards of their articles, the bodies their quotes are anchored in (as
    the articles), and the names of the officials, outlets and regions those articles name. An
    incremental build keys the page on it; keep it in step with `official_view`."""
    archive, cards = entities.archive, entities.cards
    ids = official_article_ids(official)
    named = []
    for i in ids:
        article = archive.by_id[i]
        others = sorted({archive.official_of[(i, o.key)] for o in article.officials})
        outlet = article.outlet.id if article.outlet else None
        named.append(
            (
                [(o, archive.officials[o].name) for o in others],
                archive.outlets[outlet][0].name if outlet in archive.outlets else None,
                [
                    (r.id, archive.regions[r.id][0].name if r.id in archive.regions else None)
                    for r in article.regions
                ],
            )
        )
    return (
        official,
        cards.of(ids),
        named,
        [archive.by_id[aid] for aid in sorted({aid for aid, _ in official.quotes})],
    )


def outlet_view(outlet, ids: list[str], entities: Entities, site: dict) -> dict:
    archive = entities.archive
    return {
        "outlet": outlet,
        "listing": _summary_listing(entities.outlet_listing(outlet.id, page_size(site))),
        "feed_path": outlet_feed_path(outlet.id),
        "officials": _top_officials(ids, archive),
        "regions": _top_regions(ids, archive),
        "jsonld": organization(outlet, site),
    }


def topic_view(topic: Topic, entities: Entities, site: dict) -> dict:
    """A tag's or a case's page: its articles (paginated, with the month jump list), the officials,
    outlets and regions they name, with counts."""
    archive = entities.archive
    return {
        "kind": topic.kind,
        "topic": topic,
        "listing": _summary_listing(entities.topic_listing(topic, page_size(site))),
        "officials": _top_officials(list(topic.ids), archive),
        "outlets": _top_outlets(list(topic.ids), archive),
        "regions": _top_regions(list(topic.ids), archive),
        "feed_path": topic.feed_path,
    }


def region_view(region_id: str, entities: Entities, site: dict) -> dict:
    archive = entities.archive
    region = entities.region_entries[region_id]
    parent = entities.region_entries.get(region.province) if region.province else None
    ids = entities.region_article_ids(region_id)
    officials = entities.officials_by_region.get(region.name, {})
    return {
        "region": region,
        "parent": (parent.name, region_path(parent.id)) if parent else None,
        "children": [
            (archive.regions[c][0].name, region_path(c), len(archive.regions[c][1]))
            for c in sorted(
                entities.region_tree.get(region_id, []), key=lambda c: archive.regions[c][0].name
            )
        ],
        "direct": len(archive.regions.get(region_id, (None, []))[1]),
        "officials": sorted(
            (archive.officials[o].name, official_path(o), role) for o, role in officials.items()
        ),
        "listing": _summary_listing(entities.region_listing(region_id, page_size(site))),
        "feed_path": region_feed_path(region_id),
        "outlets": _top_outlets(ids, archive),
    }
