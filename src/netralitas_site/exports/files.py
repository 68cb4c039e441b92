"""Open data: the archive as JSON and CSV files under data/.

`data/articles.json` has a documented, stable schema (README, "Open data"): it is both a product
feature and how extraction is measured. Add keys; never rename or remove one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from ..archive import Archive
from ..cards import date_is_inferred
from ..lexicon import load_lexicon
from ..model import Article
from ..urls import article_path, official_path, outlet_path, region_path
from .citations import bibtex, citation_of, citation_paths, csl, ris
from .rows import source_accessed, source_url, table_rows
from .schemas import data_package, datasette_metadata, json_schemas, schema_path
from .tables import Table

SCHEMA = "netralitas-site/articles/1"


def article_record(article: Article, archive: Archive) -> dict:
    officials = []
    for o in article.officials:
        official_id = archive.official_of[(article.id, o.key)]
        record = archive.officials[official_id]
        officials.append(
            {
                "id": official_id,
                "name": o.name,
                "degrees": list(record.degrees),
                "degrees_here": list(o.degrees),
                "role": o.role,
                "role_normalized": o.role_normalized,
                "institution": o.institution,
                "region": o.region,
                "aliases": list(o.aliases),
                "recognised": o.recognised,
            }
        )
    return {
        "id": article.id,
        "source": article.source,
        "page": article_path(article.id),
        "title": article.title,
        "title_derived": article.title_derived,
        "date": article.date.value.isoformat() if article.date.value else None,
        "date_text": article.date.text,
        "date_method": article.date.method,
        "date_flags": list(article.date.flags),
        "outlet": {
            "id": article.outlet.id,
            "name": article.outlet.name,
            "domain": article.outlet.domain,
        }
        if article.outlet
        else None,
        "dateline": article.dateline,
        "regions": [{"id": r.id, "name": r.name} for r in article.regions],
        "officials": officials,
        "offices": [
            {
                "role": role,
                "region": archive_region_name(archive, region),
                "holder": archive.office_holders.get((article.id, role, region)),
                "inferred": (article.id, role, region) in archive.office_holders,
            }
            for role, region in article.offices
        ],
        "quotes": [
            {
                "speaker": archive.official_of.get((article.id, q.speaker)) if q.speaker else None,
                "text": q.text,
                "line": q.line,
            }
            for q in article.quotes
        ],
        "byline": {
            "author": article.byline.author,
            "editor": article.byline.editor,
            "initials": article.byline.initials,
        },
        "boilerplate": [line.text for line in article.boilerplate],
        "sha256": article.sha256,
        "corrected": list(article.corrected),
        "url": article.url,  # the original page, where known
        "accessed": _timestamp(article.accessed),
    }


def _timestamp(value) -> str | None:
    """A date as YYYY-MM-DD, a time as UTC YYYY-MM-DDTHH:MM:SSZ."""
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")


def archive_region_name(archive: Archive, region_id: str) -> str:
    entry = load_lexicon().regions.get(region_id)
    return entry.name if entry else region_id


def description_files(site: dict) -> dict[str, bytes]:
    """The files that describe the open data for tools: JSON Schemas, the Frictionless data
    package of the CSV files, Datasette's metadata for the database."""
    files = {schema_path(name): _pretty(schema) for name, schema in json_schemas().items()}
    files["data/datapackage.json"] = _pretty(data_package(site))
    files["data/metadata.json"] = _pretty(datasette_metadata(site))
    return files


def _pretty(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_inputs(archive: Archive, path: str):
    """Everything the open-data file at `path` is made from, where that is less than the whole
    archive (an incremental build carries the file over while it holds); else None."""
    if path in ("data/officials.json", "data/officials.csv"):
        return list(archive.officials.values())
    return None


def table_csv_chunks(table: Table, archive: Archive, site: dict) -> Iterator[bytes]:
    names = [c.name for c in table.csv_columns()]
    return csv_chunks(
        names,
        ([csv_value(row[name]) for name in names] for row in table_rows(table, archive, site)),
    )


def csv_value(value):
    """A cell: empty for none, true/false for booleans (what pandas, R and Frictionless read)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def entity_file_groups(archive: Archive, site: dict, keys: dict[str, str] | None = None):
    """(paths, inputs, make) for each article's data.json and citations (cite.ris, cite.bib,
    cite.json), each outlet's and each region's data.json: `make()` yields (path, bytes)
    (site.put_made keys them on `inputs`). `keys`: article id -> the content key of the
    article's piece of the open data (exports/pieces.py), whose inputs hold all its files read:
    the files' inputs then, rather than the article and its links made and written again."""
    lang = site.get("language", "id")
    for article in archive.articles:
        paths = [entity_data_path(article_path(article.id)), *citation_paths(article.id)]
        inputs = (
            ("piece", keys[article.id])
            if keys is not None
            else (article, article_links(article, archive))
        )
        yield paths, inputs, lambda a=article, p=paths: _article_files(a, archive, site, lang, p)
    for outlet, ids in archive.outlets.values():
        articles = _newest_first(archive, ids)
        yield (
            [entity_data_path(outlet_path(outlet.id))],
            (outlet, articles),
            lambda o=outlet, a=articles: _outlet_files(o, a),
        )
    regions = load_lexicon().regions
    children: dict[str, list[str]] = {}
    for entry, _ids in archive.regions.values():
        if entry.type != "provinsi" and entry.province:
            children.setdefault(entry.province, []).append(entry.id)
    for region_id in sorted(set(archive.regions) | (set(children) & set(regions))):
        entry = regions[region_id]
        direct = sorted(archive.regions.get(region_id, (None, []))[1])
        all_ids = set(direct).union(*(archive.regions[c][1] for c in children.get(region_id, [])))
        articles = _newest_first(archive, all_ids)
        yield (
            [entity_data_path(region_path(region_id))],
            (entry, direct, articles),
            lambda e=entry, d=direct, a=articles: _region_files(e, d, a),
        )


def entity_data_path(page: str) -> str:
    """`artikel/<id>/data.json` for the page `artikel/<id>/index.html`."""
    return page.rpartition("/")[0] + "/data.json"


def article_links(article: Article, archive: Archive) -> tuple:
    """What an article's record reads from the rest of the archive: its officials' ids and
    degrees, the holders of the offices it names."""
    officials = tuple(
        (
            o.key,
            archive.official_of[(article.id, o.key)],
            tuple(archive.officials[archive.official_of[(article.id, o.key)]].degrees),
        )
        for o in article.officials
    )
    speakers = tuple(
        archive.official_of.get((article.id, q.speaker)) for q in article.quotes if q.speaker
    )
    holders = tuple(
        archive.office_holders.get((article.id, role, region)) for role, region in article.offices
    )
    return officials, speakers, holders


def _article_files(article: Article, archive: Archive, site: dict, lang: str, paths: list[str]):
    citation = citation_of(article, site)
    data_path, ris_path, bib_path, csl_path = paths
    accessed = source_accessed(article)
    yield (
        data_path,
        json_document(
            {
                "schema": "netralitas-site/article/1",
                "article": article_record(article, archive),
                "date_inferred": date_is_inferred(article),
                "url": source_url(article),
                "accessed": accessed.isoformat() if accessed else None,
                "citation": csl(citation, lang),
            }
        ),
    )
    yield ris_path, ris(citation, lang).encode("utf-8")
    yield bib_path, bibtex(citation, lang).encode("utf-8")
    yield csl_path, b"".join(json_list_chunks([csl(citation, lang)]))


def _newest_first(archive: Archive, ids) -> list[Article]:
    return sorted(
        (archive.by_id[i] for i in set(ids)),
        key=lambda a: (
            a.date.value is None,
            -(a.date.value.toordinal() if a.date.value else 0),
            a.id,
        ),
    )


def _summary(article: Article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date.value.isoformat() if article.date.value else None,
        "date_inferred": date_is_inferred(article),
        "outlet": article.outlet.name if article.outlet else None,
        "page": article_path(article.id),
    }


def _outlet_files(outlet, articles: list[Article]):
    dates = [a.date.value for a in articles if a.date.value]
    yield (
        entity_data_path(outlet_path(outlet.id)),
        json_document(
            {
                "schema": "netralitas-site/outlet/1",
                "outlet": {
                    "id": outlet.id,
                    "name": outlet.name,
                    "domain": outlet.domain,
                    "page": outlet_path(outlet.id),
                    "first_seen": min(dates).isoformat() if dates else None,
                    "last_seen": max(dates).isoformat() if dates else None,
                },
                "articles": [_summary(a) for a in articles],
            }
        ),
    )


def _region_files(entry, direct: list[str], articles: list[Article]):
    yield (
        entity_data_path(region_path(entry.id)),
        json_document(
            {
                "schema": "netralitas-site/region/1",
                "region": {
                    "id": entry.id,
                    "name": entry.name,
                    "type": entry.type,
                    "province": entry.province,
                    "page": region_path(entry.id),
                },
                "articles": [_summary(a) for a in articles],
                "direct": direct,
            }
        ),
    )


def official_record(o) -> dict:
    return {
        "id": o.id,
        "name": o.name,
        "degrees": list(o.degrees),
        "spellings": list(o.spellings),
        "page": official_path(o.id),
        "roles": [
            {
                "article": a.article_id,
                "date": a.date.isoformat() if a.date else None,
                "role": a.role,
                "role_normalized": a.role_normalized,
                "institution": a.institution,
                "region": a.region,
            }
            for a in o.appearances
        ],
        "articles": o.article_ids,
        "quotes": [{"article": aid, "text": q.text} for aid, q in o.quotes],
        "inferred": [
            {
                "article": a.article_id,
                "date": a.date.isoformat() if a.date else None,
                "office": a.role,
                "region": a.region,
            }
            for a in o.inferred
        ],
    }


def json_document(data: dict) -> bytes:
    """A JSON object written one line per top-level key and per item of a top-level list:
    readable, diffable line by line, and made by json's C encoder throughout (`indent=` switches
    to the pure-Python encoder, which took 2.4 s for the 10,000-article export)."""
    return b"".join(json_chunks(data))


def json_chunks(data: dict, batch: int = 256) -> Iterator[bytes]:
    """`json_document` in pieces; a top-level value may be an iterator (a list made as written)."""
    yield b"{"
    for n, (key, value) in enumerate(data.items()):
        head = ("," if n else "") + f"\n {compact(key)}: "
        if isinstance(value, (list, tuple, Iterator)):
            lines, count = [], 0
            for item in value:
                lines.append(("[\n  " if not count else ",\n  ") + compact(item))
                count += 1
                if len(lines) >= batch:
                    yield (head + "".join(lines)).encode("utf-8")
                    head, lines = "", []
            yield (head + "".join(lines) + ("\n ]" if count else "[]")).encode("utf-8")
        else:
            yield (head + compact(value)).encode("utf-8")
    yield b"\n}\n"


_ENCODER = json.JSONEncoder(
    ensure_ascii=False
)  # made once: json.dumps with options makes one per call


def json_list_chunks(items, batch: int = 256) -> Iterator[bytes]:
    """A JSON array, one item per line (CSL-JSON files), in pieces."""
    lines, count = [], 0
    for item in items:
        lines.append(("[\n" if not count else ",\n") + compact(item))
        count += 1
        if len(lines) >= batch:
            yield "".join(lines).encode("utf-8")
            lines = []
    yield ("".join(lines) + ("\n]\n" if count else "[]\n")).encode("utf-8")


def text_chunks(texts, separator: str, batch: int = 256) -> Iterator[bytes]:
    """Texts joined by `separator`, in pieces."""
    lines = []
    for count, text in enumerate(texts):
        lines.append((separator if count else "") + text)
        if len(lines) >= batch:
            yield "".join(lines).encode("utf-8")
            lines = []
    yield "".join(lines).encode("utf-8")


class Raw(str):
    """Text that is JSON already (a record kept from an earlier build): written as it is."""


def compact(value) -> str:
    """One line of JSON; Raw text as it is."""
    return value if type(value) is Raw else _ENCODER.encode(value)


def csv_chunks(header: list[str], rows, batch: int = 1024) -> Iterator[bytes]:
    """CSV as spreadsheets read it: UTF-8 with a byte-order mark (without one, Excel reads the
    file as the system's code page and shows "â€“" for a dash), a header row, one value a cell."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for n, row in enumerate(rows, 1):
        writer.writerow(row)
        if n % batch == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")
