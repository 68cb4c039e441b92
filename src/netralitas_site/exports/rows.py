"""The rows of the archive's flat tables (tables.py): what each cell holds, read from the archive.

Rows are dicts made as they are read, in the archive's order (newest article first), so two
builds of the same input give the same rows in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from ..body import plain_text, quote_anchor
from ..cards import date_is_inferred
from ..lexicon import load_lexicon
from ..model import Article, OfficialMention
from ..urls import absolute_url, article_path, official_path, outlet_path, region_path
from .tables import Table

if TYPE_CHECKING:
    from ..archive import Archive, OfficialRecord


def table_rows(table: Table, archive: Archive, site: dict) -> Iterator[dict]:
    """The rows of `table`, each a dict keyed by its columns."""
    if table.name in ARTICLE_ROWS:
        return (row for a in archive.articles for row in article_rows(table, a, archive, site))
    return _ROWS[table.name](archive, site)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def page_url(site: dict, path: str) -> str:
    """Site-relative path, or its absolute address when the site has a base URL."""
    return absolute_url(site.get("base_url", ""), path)


def _article_row(a: Article, archive: Archive, site: dict) -> Iterator[dict]:
    regions = load_lexicon().regions
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


def _mention_rows(a: Article, archive: Archive, site: dict) -> Iterator[dict]:
    region_ids = _region_ids()
    regions = load_lexicon().regions
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


def _quote_rows(a: Article, archive: Archive, site: dict) -> Iterator[dict]:
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


def _article_region_rows(a: Article, archive: Archive, site: dict) -> Iterator[dict]:
    regions = load_lexicon().regions
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


# the tables with rows of one article each, in the archive's order (exports/pieces.py keeps
# each article's rows), and the others, made from the whole archive
ARTICLE_ROWS: dict[str, Callable[[Article, Archive, dict], Iterator[dict]]] = {
    "articles": _article_row,
    "mentions": _mention_rows,
    "quotes": _quote_rows,
    "article_regions": _article_region_rows,
}
_ROWS: dict[str, Callable[[Archive, dict], Iterator[dict]]] = {
    "officials": _official_rows,
    "regions": _region_rows,
    "outlets": _outlet_rows,
}


def article_rows(table: Table, article: Article, archive: Archive, site: dict) -> list[dict]:
    """The rows of `table` (one of ARTICLE_ROWS) that come from `article`."""
    return list(ARTICLE_ROWS[table.name](article, archive, site))
