"""Open data: the archive as JSON and CSV files under data/.

`data/articles.json` has a documented, stable schema (README, "Open data"): it is both a product
feature and how extraction is measured. Add keys; never rename or remove one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from .archive import Archive
from .lexicon import load_lexicon
from .model import Article
from .urls import article_path, official_path, outlet_path, region_path

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
        "outlet": {"id": article.outlet.id, "name": article.outlet.name, "domain": article.outlet.domain} if article.outlet else None,
        "dateline": article.dateline,
        "regions": [{"id": r.id, "name": r.name} for r in article.regions],
        "officials": officials,
        "offices": [
            {"role": role, "region": archive_region_name(archive, region),
             "holder": archive.office_holders.get((article.id, role, region)), "inferred": (article.id, role, region) in archive.office_holders}
            for role, region in article.offices
        ],
        "quotes": [
            {"speaker": archive.official_of.get((article.id, q.speaker)) if q.speaker else None, "text": q.text, "line": q.line}
            for q in article.quotes
        ],
        "byline": {"author": article.byline.author, "editor": article.byline.editor, "initials": article.byline.initials},
        "boilerplate": [line.text for line in article.boilerplate],
        "sha256": article.sha256,
        "corrected": list(article.corrected),
    }


def archive_region_name(archive: Archive, region_id: str) -> str:
    entry = load_lexicon().regions.get(region_id)
    return entry.name if entry else region_id


def export_streams(archive: Archive) -> dict[str, Iterator[bytes]]:
    """Every open-data file, path -> its bytes in pieces, made as they are written: the articles
    file of a 100,000-article archive is ~250 MB, which is never held in memory at once."""
    return {
        "data/articles.json": json_chunks({"schema": SCHEMA, "articles": (article_record(a, archive) for a in archive.articles)}),
        "data/officials.json": json_chunks({"schema": "netralitas-site/officials/1", "officials": (official_record(o) for o in archive.officials.values())}),
        "data/outlets.json": json_chunks(
            {
                "schema": "netralitas-site/outlets/1",
                "outlets": [
                    {"id": o.id, "name": o.name, "domain": o.domain, "page": outlet_path(o.id), "articles": ids}
                    for o, ids in archive.outlets.values()
                ],
            }
        ),
        "data/regions.json": json_chunks(
            {
                "schema": "netralitas-site/regions/1",
                "regions": [
                    {"id": r.id, "name": r.name, "type": r.type, "province": r.province, "page": region_path(r.id), "articles": ids}
                    for r, ids in archive.regions.values()
                ],
            }
        ),
        "data/articles.csv": csv_chunks(
            ["id", "date", "title", "outlet", "dateline", "regions", "officials", "source", "sha256", "page"],
            (_article_row(a, archive) for a in archive.articles),
        ),
        "data/officials.csv": csv_chunks(
            ["id", "name", "degrees", "roles", "articles", "quotes", "page"],
            (
                [
                    o.id, o.name, "; ".join(o.degrees), "; ".join(sorted({a.role_normalized or a.role or "" for a in o.appearances} - {""})),
                    len(o.appearances), len(o.quotes), official_path(o.id),
                ]
                for o in archive.officials.values()
            ),
        ),
    }


def export_inputs(archive: Archive, path: str):
    """Everything the open-data file at `path` is made from, where that is less than the whole
    archive (an incremental build carries the file over while it holds); else None."""
    if path in ("data/officials.json", "data/officials.csv"):
        return list(archive.officials.values())
    return None


def _article_row(article: Article, archive: Archive) -> list:
    """An article's line in articles.csv: the same values as its articles.json record."""
    return [
        article.id, article.date.value.isoformat() if article.date.value else "", article.title,
        article.outlet.name if article.outlet else "", article.dateline or "",
        "; ".join(r.name for r in article.regions), "; ".join(o.name for o in article.officials),
        article.source, article.sha256, article_path(article.id),
    ]


def official_record(o) -> dict:
    return {
        "id": o.id,
        "name": o.name,
        "degrees": list(o.degrees),
        "spellings": list(o.spellings),
        "page": official_path(o.id),
        "roles": [
            {"article": a.article_id, "date": a.date.isoformat() if a.date else None, "role": a.role,
             "role_normalized": a.role_normalized, "institution": a.institution, "region": a.region}
            for a in o.appearances
        ],
        "articles": o.article_ids,
        "quotes": [{"article": aid, "text": q.text} for aid, q in o.quotes],
        "inferred": [
            {"article": a.article_id, "date": a.date.isoformat() if a.date else None, "office": a.role, "region": a.region}
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
        head = ("," if n else "") + f"\n {_compact(key)}: "
        if isinstance(value, (list, tuple, Iterator)):
            lines, count = [], 0
            for item in value:
                lines.append(("[\n  " if not count else ",\n  ") + _compact(item))
                count += 1
                if len(lines) >= batch:
                    yield (head + "".join(lines)).encode("utf-8")
                    head, lines = "", []
            yield (head + "".join(lines) + ("\n ]" if count else "[]")).encode("utf-8")
        else:
            yield (head + _compact(value)).encode("utf-8")
    yield b"\n}\n"


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # made once: json.dumps with options makes one per call


def _compact(value) -> str:
    return _ENCODER.encode(value)


def csv_chunks(header: list[str], rows, batch: int = 1024) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for n, row in enumerate(rows, 1):
        writer.writerow(row)
        if n % batch == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")
