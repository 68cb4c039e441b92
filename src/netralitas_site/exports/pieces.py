"""The open-data files, path -> bytes in pieces (`export_streams`), and one article's share of the open-data files made from every article: its record in
`data/articles.json`, its rows of each table (the CSV text and the database's values), its
entries of the citation files. A file is then the pieces of every article, joined in the
archive's order, so an incremental build makes again only the pieces of the articles that
changed (site/assemble.py keeps them in the build cache, keyed on `piece_inputs`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator

from ..archive import Archive
from ..model import Article
from ..urls import outlet_path, region_path
from .citations import ARCHIVE_CITATIONS, bibtex, citation_of, csl, ris
from .files import (
    SCHEMA,
    Raw,
    article_links,
    article_record,
    compact,
    csv_value,
    json_chunks,
    json_list_chunks,
    official_record,
    table_csv_chunks,
    text_chunks,
)
from .rows import ARTICLE_ROWS, article_rows
from .sqlite_export import DATABASE, database_chunks, sql_value
from .tables import TABLES

ARTICLE_TABLES = tuple(t for t in TABLES if t.name in ARTICLE_ROWS)


# an article's piece: one part per file it has a share of, in this order (article_piece)
RECORD = 0  # its record in data/articles.json, as JSON
CSV = 1  # CSV + n: the CSV lines of its rows of ARTICLE_TABLES[n]
SQL = CSV + len(ARTICLE_TABLES)  # SQL + n: its rows' values in the database's table n
RIS, BIB, CSL = range(SQL + len(ARTICLE_TABLES), SQL + len(ARTICLE_TABLES) + 3)  # CSL as JSON
PARTS = CSL + 1
Parts = Callable[[int], Iterator]  # part n of every article's piece, in the archive's order


def piece_inputs(article: Article, archive: Archive) -> tuple:
    """Everything an article's pieces read: the article, and from the rest of the archive its
    officials' ids and degrees, the holders of the offices it names, its quotes' speakers, and
    the merged name of each of those officials (with the settings and the code: the key's base)."""
    links = article_links(article, archive)
    officials, speakers, holders = links
    ids = sorted({o[1] for o in officials} | {i for i in (*speakers, *holders) if i})
    return article, links, tuple((i, archive.officials[i].name) for i in ids)


def article_piece(article: Article, archive: Archive, site: dict) -> tuple:
    """The article's parts (RECORD, CSV + n, SQL + n, RIS, BIB, CSL)."""
    csv_texts, sql_rows = [], []
    for table in ARTICLE_TABLES:
        rows = article_rows(table, article, archive, site)
        names = [c.name for c in table.csv_columns()]
        csv_texts.append(csv_lines([csv_value(row[n]) for n in names] for row in rows))
        sql_rows.append([tuple(sql_value(row[c.name]) for c in table.columns) for row in rows])
    citation = citation_of(article, site)
    lang = site.get("language", "id")
    return (
        compact(article_record(article, archive)),
        *csv_texts,
        *sql_rows,
        ris(citation, lang),
        bibtex(citation, lang),
        compact(csl(citation, lang)),
    )


_BUFFER = io.StringIO()
_WRITER = csv.writer(_BUFFER, lineterminator="\n")


def csv_lines(rows) -> str:
    """Rows as CSV text (each line as csv_chunks writes it)."""
    _BUFFER.seek(0)
    _BUFFER.truncate()
    _WRITER.writerows(rows)
    return _BUFFER.getvalue()


def csv_from_pieces(header: list[str], texts, batch: int = 256) -> Iterator[bytes]:
    """A CSV file (csv_chunks) from its rows' lines: the byte-order mark, the header, the lines."""
    head = "\ufeff" + csv_lines([header])
    lines = []
    for text in texts:
        lines.append(text)
        if len(lines) >= batch:
            yield (head + "".join(lines)).encode("utf-8")
            head, lines = "", []
    yield (head + "".join(lines)).encode("utf-8")


def export_streams(archive: Archive, site: dict, parts: Parts) -> dict[str, Iterator[bytes]]:
    """Every open-data file, path -> its bytes in pieces, made as they are written: the articles
    file of a 100,000-article archive is ~250 MB. `site`: the settings (site.site_context);
    absolute page addresses come from its base URL. `parts(n)`: part n of every article's
    `article_piece`, in the archive's order (engine/pieces.py: read back one file's at a time)."""
    streams = {
        "data/articles.json": json_chunks(
            {"schema": SCHEMA, "articles": (Raw(r) for r in parts(RECORD))}
        ),
        **_entity_streams(archive),
    }
    for table in TABLES:
        if table in ARTICLE_TABLES:
            n = ARTICLE_TABLES.index(table)
            header = [c.name for c in table.csv_columns()]
            streams[table.csv_path] = csv_from_pieces(header, parts(CSV + n))
        else:
            streams[table.csv_path] = table_csv_chunks(table, archive, site)
    given = {t.name: _sql_rows(parts(SQL + n)) for n, t in enumerate(ARTICLE_TABLES)}
    streams[DATABASE] = database_chunks(archive, site, given)
    ris_path, bib_path, csl_path = ARCHIVE_CITATIONS
    streams[ris_path] = text_chunks(parts(RIS), "\r\n")
    streams[bib_path] = text_chunks(parts(BIB), "\n")
    streams[csl_path] = json_list_chunks(Raw(c) for c in parts(CSL))
    return streams


def _sql_rows(pieces: Iterator[list]) -> Iterator[tuple]:
    for rows in pieces:
        yield from rows


def _entity_streams(archive: Archive) -> dict[str, Iterator[bytes]]:
    """data/officials.json, outlets.json and regions.json."""
    return {
        "data/officials.json": json_chunks(
            {
                "schema": "netralitas-site/officials/1",
                "officials": (official_record(o) for o in archive.officials.values()),
            }
        ),
        "data/outlets.json": json_chunks(
            {
                "schema": "netralitas-site/outlets/1",
                "outlets": [
                    {
                        "id": o.id,
                        "name": o.name,
                        "domain": o.domain,
                        "page": outlet_path(o.id),
                        "articles": ids,
                    }
                    for o, ids in archive.outlets.values()
                ],
            }
        ),
        "data/regions.json": json_chunks(
            {
                "schema": "netralitas-site/regions/1",
                "regions": [
                    {
                        "id": r.id,
                        "name": r.name,
                        "type": r.type,
                        "province": r.province,
                        "page": region_path(r.id),
                        "articles": ids,
                    }
                    for r, ids in archive.regions.values()
                ],
            }
        ),
    }
