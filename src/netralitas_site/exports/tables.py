"""The archive as flat tables, one value per cell: articles, officials, mentions (article x
official), quotes, regions, outlets and article_regions.

One definition serves every tabular output (the CSV files, the SQLite database, the Frictionless
data package and the Datasette metadata), so a column is named, typed and described once.
Rows are dicts made as they are read, in the archive's order (newest article first), so two
builds of the same input give the same rows in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from ..archive import Archive, OfficialRecord
from ..body import plain_text, quote_anchor
from ..cards import date_is_inferred
from ..lexicon import load_lexicon
from ..model import Article, OfficialMention
from ..urls import absolute_url, article_path, official_path, outlet_path, region_path


@dataclass(frozen=True)
class Column:
    name: str
    type: (
        str  # string | integer | boolean | date (Frictionless types; SQLite stores TEXT or INTEGER)
    )
    description: str
    required: bool = False
    in_csv: bool = (
        True  # the article text is in the database only: a spreadsheet cell holds 32,767 characters
    )


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    target: str = "id"


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[str, ...] = ()  # columns looked up or faceted on
    label: str | None = None  # the column that names a row (Datasette shows it for foreign keys)

    @property
    def csv_path(self) -> str:
        return f"data/{self.name}.csv"

    def csv_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.in_csv)


def _c(name: str, type_: str, description: str, **options) -> Column:
    return Column(name, type_, description, **options)


PAGE = "address of the entity's page in the archive (absolute when the site has a base URL)"

ARTICLES = Table(
    "articles",
    "One row per article, newest first.",
    (
        _c("id", "string", "stable id from the file path", required=True),
        _c(
            "date",
            "date",
            "publication date YYYY-MM-DD; empty when the text has no usable date (never invented)",
        ),
        _c("title", "string", "the headline, or a title derived from the lead", required=True),
        _c("outlet", "string", "name of the outlet"),
        _c("dateline", "string", "the place the story was filed from"),
        _c(
            "source",
            "string",
            "path of the article file relative to the articles folder",
            required=True,
        ),
        _c("sha256", "string", "SHA-256 of the file's bytes", required=True),
        _c(
            "page",
            "string",
            "address of the article's page in the archive (absolute when the site has a base URL)",
            required=True,
        ),
        _c("date_text", "string", "the span of text the date was read from"),
        _c(
            "date_method",
            "string",
            "how the date was found: full, numeric, numeric-two-digit-year, published, weekday-year, "
            "weekday-year-archive, weekday-year-clues, front-matter, garbled, none",
            required=True,
        ),
        _c(
            "date_inferred",
            "boolean",
            "true when the year was not written but inferred (weekday-year methods)",
            required=True,
        ),
        _c(
            "date_flags",
            "string",
            "doubts about the date, space-separated: weekday-conflict, garbled, year-ambiguous",
        ),
        _c("title_derived", "boolean", "true when the file had no headline", required=True),
        _c("outlet_id", "string", "id of the outlet (outlets.id)"),
        _c("outlet_domain", "string", "the outlet's web domain"),
        _c("author", "string", "author named in the credits"),
        _c("editor", "string", "editor named in the credits"),
        _c("initials", "string", "reporter's closing initials"),
        _c("url", "string", "address of the original page, when known"),
        _c("accessed", "date", "when the original page was saved, when known"),
        _c("regions_count", "integer", "subject regions (article_regions)", required=True),
        _c("officials_count", "integer", "officials named (mentions)", required=True),
        _c("quotes_count", "integer", "quotes (quotes)", required=True),
        _c("text", "string", "the clean text of the article", in_csv=False),
    ),
    ("id",),
    (ForeignKey("outlet_id", "outlets"),),
    ("date", "outlet_id", "date_method"),
    "title",
)

OFFICIALS = Table(
    "officials",
    "One row per person across the archive; role, institution and region as last written (mentions has every one).",
    (
        _c("id", "string", "the official's id across the archive", required=True),
        _c("name", "string", "name without degrees, honorifics or ranks", required=True),
        _c("degrees", "string", "titles and degrees seen, in order, comma-separated"),
        _c("role", "string", "latest role as written"),
        _c("role_normalized", "string", "latest role in the controlled vocabulary"),
        _c("institution", "string", "latest institution"),
        _c("region", "string", "region of the latest office (canonical name)"),
        _c("region_id", "string", "id of that region (regions.id)"),
        _c("first_seen", "date", "date of the first article naming them"),
        _c("last_seen", "date", "date of the latest article naming them"),
        _c("articles", "integer", "articles naming them", required=True),
        _c("quotes", "integer", "quotes attributed to them", required=True),
        _c("page", "string", PAGE, required=True),
    ),
    ("id",),
    (ForeignKey("region_id", "regions"),),
    ("region_id", "role_normalized"),
    "name",
)

MENTIONS = Table(
    "mentions",
    "One row per article x official: the role as written there. An office named without a person "
    "('Bupati Solok') linked to its holder by the curated office-holder facts is a row with inferred = true.",
    (
        _c("article_id", "string", "articles.id", required=True),
        _c("official_id", "string", "officials.id", required=True),
        _c(
            "name",
            "string",
            "the name as written in the article (for an inferred holder, the curated name)",
            required=True,
        ),
        _c("degrees", "string", "titles and degrees written in this article, comma-separated"),
        _c("role", "string", "role as written"),
        _c("role_normalized", "string", "role in the controlled vocabulary"),
        _c("institution", "string", "institution as written"),
        _c("region", "string", "canonical name of the office's region"),
        _c("region_id", "string", "regions.id"),
        _c("date", "date", "the article's date"),
        _c("date_inferred", "boolean", "the article's year was inferred", required=True),
        _c("outlet_id", "string", "outlets.id of the article"),
        _c("line", "integer", "line of the article file where the official is first named"),
        _c(
            "inferred",
            "boolean",
            "the official is not named: the office is, and the curated facts give its holder",
            required=True,
        ),
        _c(
            "recognised",
            "boolean",
            "named without an office here; the archive's other articles make the full name an official's",
            required=True,
        ),
    ),
    ("article_id", "official_id"),
    (
        ForeignKey("article_id", "articles"),
        ForeignKey("official_id", "officials"),
        ForeignKey("region_id", "regions"),
        ForeignKey("outlet_id", "outlets"),
    ),
    ("official_id", "role_normalized", "region_id", "date"),
)

QUOTES = Table(
    "quotes",
    "One row per quote, in the order of the article.",
    (
        _c("article_id", "string", "articles.id", required=True),
        _c("n", "integer", "position of the quote in the article, from 1", required=True),
        _c("speaker_id", "string", "officials.id of the speaker; empty when unknown"),
        _c("speaker", "string", "the speaker's name"),
        _c("text", "string", "the quoted words", required=True),
        _c("line", "integer", "line of the article file the quote is on"),
        _c("anchor", "string", "the paragraph's anchor on the article page (#baris-N)"),
        _c("date", "date", "the article's date"),
        _c(
            "page",
            "string",
            "address of the paragraph on the article page (absolute when the site has a base URL)",
            required=True,
        ),
    ),
    ("article_id", "n"),
    (ForeignKey("article_id", "articles"), ForeignKey("speaker_id", "officials")),
    ("speaker_id", "date"),
)

REGIONS = Table(
    "regions",
    "Regions named by articles or as an official's region, with the provinces above them (canonical names).",
    (
        _c("id", "string", "region id", required=True),
        _c(
            "name",
            "string",
            "canonical name: 'Kabupaten Solok', 'Kota Solok', 'Provinsi Sumatera Barat'",
            required=True,
        ),
        _c("type", "string", "provinsi, kabupaten or kota", required=True),
        _c("province_id", "string", "regions.id of its province; empty for a province"),
        _c("province", "string", "name of its province"),
        _c("articles", "integer", "articles naming the region as a subject", required=True),
        _c("first_seen", "date", "date of the first article naming it"),
        _c("last_seen", "date", "date of the latest article naming it"),
        _c("page", "string", "address of the region's page in the archive; empty when it has none"),
    ),
    ("id",),
    (ForeignKey("province_id", "regions"),),
    ("province_id", "type"),
    "name",
)

OUTLETS = Table(
    "outlets",
    "One row per outlet.",
    (
        _c("id", "string", "outlet id", required=True),
        _c("name", "string", "the outlet's name", required=True),
        _c("domain", "string", "its web domain"),
        _c("articles", "integer", "articles from the outlet", required=True),
        _c("first_seen", "date", "date of its first article"),
        _c("last_seen", "date", "date of its latest article"),
        _c("page", "string", PAGE, required=True),
    ),
    ("id",),
    label="name",
)

ARTICLE_REGIONS = Table(
    "article_regions",
    "One row per article x subject region.",
    (
        _c("article_id", "string", "articles.id", required=True),
        _c("region_id", "string", "regions.id", required=True),
        _c("region", "string", "canonical name of the region", required=True),
        _c("date", "date", "the article's date"),
    ),
    ("article_id", "region_id"),
    (ForeignKey("article_id", "articles"), ForeignKey("region_id", "regions")),
    ("region_id",),
)

TABLES = (ARTICLES, OFFICIALS, MENTIONS, QUOTES, REGIONS, OUTLETS, ARTICLE_REGIONS)


def table_rows(table: Table, archive: Archive, site: dict) -> Iterator[dict]:
    """The rows of `table`, each a dict keyed by its columns."""
    return _ROWS[table.name](archive, site)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def page_url(site: dict, path: str) -> str:
    """Site-relative path, or its absolute address when the site has a base URL."""
    return absolute_url(site.get("base_url", ""), path)


def _article_rows(archive: Archive, site: dict) -> Iterator[dict]:
    regions = load_lexicon().regions
    for a in archive.articles:
        yield {
            "id": a.id,
            "date": iso(a.date.value),
            "title": a.title,
            "outlet": a.outlet.name if a.outlet else None,
            "dateline": a.dateline,
            "source": a.source,
            "sha256": a.sha256,
            "page": page_url(site, article_path(a.id)),
            "date_text": a.date.text,
            "date_method": a.date.method,
            "date_inferred": date_is_inferred(a),
            "date_flags": " ".join(a.date.flags) or None,
            "title_derived": a.title_derived,
            "outlet_id": a.outlet.id if a.outlet else None,
            "outlet_domain": a.outlet.domain if a.outlet else None,
            "author": a.byline.author,
            "editor": a.byline.editor,
            "initials": a.byline.initials,
            "url": source_url(a),
            "accessed": iso(source_accessed(a)),
            "regions_count": len({r.id for r in a.regions if r.id in regions}),
            "officials_count": len(_named(a, archive)),
            "quotes_count": len(a.quotes),
            "text": plain_text(a),
        }


def source_url(article: Article) -> str | None:
    """The original page's address, when the record has one (a field other work adds)."""
    return getattr(article, "url", None) or None


def source_accessed(article: Article) -> date | None:
    """The day the original page was saved, when the record knows it (a date, a time or text)."""
    value = getattr(article, "accessed", None)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _named(article: Article, archive: Archive) -> dict[str, OfficialMention]:
    """Official id -> the article's first mention of them (two spellings merged by curation are one)."""
    named: dict[str, OfficialMention] = {}
    for o in article.officials:
        named.setdefault(archive.official_of[(article.id, o.key)], o)
    return named


def latest_appearance(official: OfficialRecord):
    """The appearance the officials index shows: the latest dated one (undated ones count as oldest)."""
    seen = official.appearances or official.inferred
    return max(seen, key=lambda a: (a.date is not None, a.date or 0)) if seen else None


def _seen(dates) -> tuple[str | None, str | None]:
    dated = [d for d in dates if d]
    return (iso(min(dated)), iso(max(dated))) if dated else (None, None)


def _official_rows(archive: Archive, site: dict) -> Iterator[dict]:
    region_ids = _region_ids()
    for o in archive.officials.values():
        latest = latest_appearance(o)
        first, last = _seen(a.date for a in (o.appearances or o.inferred))
        yield {
            "id": o.id,
            "name": o.name,
            "degrees": ", ".join(o.degrees) or None,
            "role": latest.role if latest else None,
            "role_normalized": latest.role_normalized if latest else None,
            "institution": latest.institution if latest else None,
            "region": latest.region if latest else None,
            "region_id": region_ids.get(latest.region) if latest and latest.region else None,
            "first_seen": first,
            "last_seen": last,
            "articles": len(set(o.article_ids)),
            "quotes": len(o.quotes),
            "page": page_url(site, official_path(o.id)),
        }


def _mention_rows(archive: Archive, site: dict) -> Iterator[dict]:
    region_ids = _region_ids()
    regions = load_lexicon().regions
    for a in archive.articles:
        common = {
            "article_id": a.id,
            "date": iso(a.date.value),
            "date_inferred": date_is_inferred(a),
            "outlet_id": a.outlet.id if a.outlet else None,
        }
        named = _named(a, archive)
        for official_id, o in named.items():
            yield {
                **common,
                "official_id": official_id,
                "name": o.name,
                "degrees": ", ".join(o.degrees) or None,
                "role": o.role,
                "role_normalized": o.role_normalized,
                "institution": o.institution,
                "region": o.region,
                "region_id": region_ids.get(o.region) if o.region else None,
                "line": o.line,
                "inferred": False,
                "recognised": o.recognised,
            }
        listed = set(
            named
        )  # one row per official: those named above, then holders of the offices named
        for role, region_id in a.offices:
            holder = archive.office_holders.get((a.id, role, region_id))
            if holder is None or holder in listed:
                continue
            listed.add(holder)
            entry = regions.get(region_id)
            yield {
                **common,
                "official_id": holder,
                "name": archive.officials[holder].name,
                "degrees": None,
                "role": role,
                "role_normalized": role,
                "institution": None,
                "region": entry.name if entry else None,
                "region_id": region_id if entry else None,
                "line": None,
                "inferred": True,
                "recognised": False,
            }


def _quote_rows(archive: Archive, site: dict) -> Iterator[dict]:
    for a in archive.articles:
        page = article_path(a.id)
        for n, q in enumerate(a.quotes, 1):
            speaker = archive.official_of.get((a.id, q.speaker)) if q.speaker else None
            anchor = quote_anchor(a, q.line)
            yield {
                "article_id": a.id,
                "n": n,
                "speaker_id": speaker,
                "speaker": archive.officials[speaker].name if speaker else None,
                "text": q.text,
                "line": q.line,
                "anchor": anchor,
                "date": iso(a.date.value),
                "page": page_url(site, page + (f"#{anchor}" if anchor else "")),
            }


def used_regions(archive: Archive) -> dict:
    """Region id -> lexicon entry of every region a row refers to: those articles name, officials'
    regions, and the provinces above them; sorted by id."""
    regions = load_lexicon().regions
    region_ids = _region_ids()
    ids = set(archive.regions)
    for o in archive.officials.values():
        ids.update(
            region_ids[a.region] for a in (*o.appearances, *o.inferred) if a.region in region_ids
        )
    for a in archive.articles:
        ids.update(region_id for _, region_id in a.offices if region_id in regions)
    ids.update(
        [
            province
            for i in ids
            if (province := regions[i].province) is not None and province in regions
        ]
    )
    return {i: regions[i] for i in sorted(ids)}


def _region_rows(archive: Archive, site: dict) -> Iterator[dict]:
    regions = load_lexicon().regions
    with_page = set(archive.regions) | {
        e.province for e, _ in archive.regions.values() if e.type != "provinsi" and e.province
    }
    for region_id, entry in used_regions(archive).items():
        ids = archive.regions.get(region_id, (None, []))[1]
        first, last = _seen(archive.by_id[i].date.value for i in ids)
        province = regions.get(entry.province) if entry.province else None
        yield {
            "id": region_id,
            "name": entry.name,
            "type": entry.type,
            "province_id": province.id if province else None,
            "province": province.name if province else None,
            "articles": len(ids),
            "first_seen": first,
            "last_seen": last,
            "page": page_url(site, region_path(region_id)) if region_id in with_page else None,
        }


def _outlet_rows(archive: Archive, site: dict) -> Iterator[dict]:
    for outlet, ids in archive.outlets.values():
        first, last = _seen(archive.by_id[i].date.value for i in ids)
        yield {
            "id": outlet.id,
            "name": outlet.name,
            "domain": outlet.domain,
            "articles": len(ids),
            "first_seen": first,
            "last_seen": last,
            "page": page_url(site, outlet_path(outlet.id)),
        }


def _article_region_rows(archive: Archive, site: dict) -> Iterator[dict]:
    regions = load_lexicon().regions
    for a in archive.articles:
        seen = set()
        for r in a.regions:
            if r.id in regions and r.id not in seen:
                seen.add(r.id)
                yield {
                    "article_id": a.id,
                    "region_id": r.id,
                    "region": regions[r.id].name,
                    "date": iso(a.date.value),
                }


@lru_cache(maxsize=1)
def _region_ids() -> dict[str, str]:
    """Canonical region name -> region id."""
    return {entry.name: region_id for region_id, entry in load_lexicon().regions.items()}


_ROWS: dict[str, Callable[[Archive, dict], Iterator[dict]]] = {
    "articles": _article_rows,
    "officials": _official_rows,
    "mentions": _mention_rows,
    "quotes": _quote_rows,
    "regions": _region_rows,
    "outlets": _outlet_rows,
    "article_regions": _article_region_rows,
}
