"""`data/archive.sqlite`: the archive's tables (tables.py, rows.py) in one SQLite database, with keys,
indexes and FTS5 full-text indexes over the articles' text and the quotes, for Datasette,
DB Browser, R, pandas or the sqlite3 shell.

A SQLite file records how it was written (free pages, the order pages were allocated in), not
only what it holds. The database is made in a scratch file by one fixed sequence of statements
(fixed page size, rows in the archive's order, no clock anywhere) and then copied by
`VACUUM INTO` into a fresh, compact file: two builds of the same input, from scratch or
incremental, give the same bytes (tests/test_repro.py) with the same SQLite library.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..archive import Archive
from .rows import table_rows
from .tables import (
    ARTICLE_REGIONS,
    ARTICLES,
    MENTIONS,
    OFFICIALS,
    OUTLETS,
    QUOTES,
    REGIONS,
    Table,
)

DATABASE = "data/archive.sqlite"
USER_VERSION = (
    1  # PRAGMA user_version: the layout of the tables; raised when a column is renamed or removed
)
PAGE_SIZE = 4096
# inserted before the tables that refer to them
INSERT_ORDER = (REGIONS, OUTLETS, OFFICIALS, ARTICLES, ARTICLE_REGIONS, MENTIONS, QUOTES)
# (virtual table, content table, indexed columns)
FULL_TEXT = (
    ("articles_fts", "articles", ("title", "text")),
    ("quotes_fts", "quotes", ("text", "speaker")),
)
_SQL_TYPES = {"string": "TEXT", "date": "TEXT", "integer": "INTEGER", "boolean": "INTEGER"}


def database_chunks(
    archive: Archive, site: dict, given: dict | None = None, chunk_size: int = 1 << 20
) -> Iterator[bytes]:
    """The database file's bytes in pieces (put_stream), made in a scratch folder removed after.
    `given`: table name -> its rows' values, for tables the caller has them of."""
    with tempfile.TemporaryDirectory(prefix="netralitas-db-") as folder:
        path = write_database(archive, site, Path(folder), given)
        with open(path, "rb") as handle:
            while block := handle.read(chunk_size):
                yield block


def write_database(archive: Archive, site: dict, folder: Path, given: dict | None = None) -> Path:
    """Make the database in `folder`; returns the path of the finished file. `given`: table
    name -> its rows' values (sql_value), for tables the caller has them of."""
    given = given or {}
    scratch, final = folder / "scratch.sqlite", folder / "archive.sqlite"
    connection = sqlite3.connect(scratch, isolation_level=None)
    try:
        connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(f"PRAGMA user_version = {USER_VERSION}")
        connection.execute("BEGIN")
        for table in INSERT_ORDER:
            connection.execute(create_table_sql(table))
            columns = [c.name for c in table.columns]
            insert = f"INSERT INTO {_name(table.name)} VALUES ({', '.join('?' * len(columns))})"
            connection.executemany(
                insert,
                given[table.name]
                if table.name in given
                else (
                    [sql_value(row[c]) for c in columns] for row in table_rows(table, archive, site)
                ),
            )
            for column in table.indexes:
                connection.execute(
                    f"CREATE INDEX {_name(f'{table.name}_{column}')} ON {_name(table.name)} ({_name(column)})"
                )
        for virtual, content, searched in FULL_TEXT:
            names = ", ".join(_name(c) for c in searched)
            connection.execute(
                f'CREATE VIRTUAL TABLE {_name(virtual)} USING fts5({names}, content="{content}", '
                "tokenize = 'unicode61 remove_diacritics 2')"
            )
            connection.execute(
                f"INSERT INTO {_name(virtual)} (rowid, {names}) SELECT rowid, {names} FROM {_name(content)} ORDER BY rowid"
            )
            connection.execute(
                f"INSERT INTO {_name(virtual)} ({_name(virtual)}) VALUES ('optimize')"
            )
        connection.execute("COMMIT")
        connection.execute("VACUUM INTO ?", (str(final),))
    finally:
        connection.close()
    scratch.unlink()
    return final


def create_table_sql(table: Table) -> str:
    references = {fk.column: fk for fk in table.foreign_keys}
    lines = []
    for column in table.columns:
        line = f"{_name(column.name)} {_SQL_TYPES[column.type]}"
        if column.required:
            line += " NOT NULL"
        if column.name in references:
            fk = references[column.name]
            line += f" REFERENCES {_name(fk.table)}({_name(fk.target)})"
        lines.append(line)
    lines.append(f"PRIMARY KEY ({', '.join(_name(c) for c in table.primary_key)})")
    return f"CREATE TABLE {_name(table.name)} (\n  " + ",\n  ".join(lines) + "\n)"


def sql_value(value):
    return int(value) if isinstance(value, bool) else value


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'
