"""The build cache: extracted articles by content key, page keys, and the last build's fingerprint.

One SQLite file, so a killed build leaves it consistent (each build commits once, at its end)
and a damaged one is simply started afresh: everything in it can be made again from the
articles. It lives in `<out>.cache/` beside the output folder, never inside it, so it is never
published. Values are pickles written by this program: the folder must not be writable by
anyone you would not let run code as you.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from pathlib import Path

from .keys import code_digest, digest

SCHEMA = "netralitas-cache/2"
FILE = "cache.sqlite"


class BuildCache:
    """Get and put cached values; nothing is stored until `commit`."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.db: sqlite3.Connection | None = None
        if folder is not None:
            try:
                self.db = _open(folder / FILE)
            except (sqlite3.Error, OSError):
                self.db = None

    def clear(self) -> None:
        """Forget everything (a build from scratch that still leaves a cache for the next one)."""
        for table in ("results", "files", "pages"):
            self._write(f"DELETE FROM {table}", [()])
        self._write("DELETE FROM meta WHERE name != 'schema'", [()])

    @property
    def enabled(self) -> bool:
        return self.db is not None

    # extraction results: content key -> pickled (article, problems)
    def results(self, keys: list[str]) -> dict[str, bytes]:
        return self._many("SELECT key, data FROM results WHERE key IN ({})", keys)

    def has_results(self) -> bool:
        return (
            self.db is not None
            and self.db.execute("SELECT 1 FROM results LIMIT 1").fetchone() is not None
        )

    def put_results(self, items: dict[str, bytes]) -> None:
        self._write("INSERT OR REPLACE INTO results (key, data) VALUES (?, ?)", items.items())

    def keep_results(self, keys: set[str]) -> None:
        """Forget results no current article uses, so the cache does not grow without end."""
        if self.db is None:
            return
        stale = [k for (k,) in self.db.execute("SELECT key FROM results") if k not in keys]
        self._write("DELETE FROM results WHERE key = ?", ((k,) for k in stale))

    # source files: path -> (stat fingerprint, content key)
    def files(self) -> dict[str, tuple[str, str]]:
        if self.db is None:
            return {}
        return {
            rel: (stat, key)
            for rel, stat, key in self.db.execute("SELECT rel, stat, key FROM files")
        }

    def put_files(self, items: dict[str, tuple[str, str]]) -> None:
        if self.db is None:
            return
        self.db.execute("DELETE FROM files")
        self._write(
            "INSERT INTO files (rel, stat, key) VALUES (?, ?, ?)",
            ((r, s, k) for r, (s, k) in items.items()),
        )

    # pages: site path -> (key it was made from, inode, size, mtime_ns) of the file made
    def pages(self) -> dict[str, tuple]:
        if self.db is None:
            return {}
        return {
            path: (key, ino, size, mtime)
            for path, key, ino, size, mtime in self.db.execute("SELECT * FROM pages")
        }

    def put_pages(self, items: dict[str, tuple], before: dict[str, tuple] | None = None) -> None:
        """Make the pages table hold `items`. `before`: what it holds now (`pages()` of this
        build): only the rows that differ are written, not the 74,000 of a 10,000-article site
        an edit leaves as they were."""
        if self.db is None:
            return
        if before is None:
            self.db.execute("DELETE FROM pages")
            self._write(
                "INSERT INTO pages VALUES (?, ?, ?, ?, ?)", ((p, *v) for p, v in items.items())
            )
            return
        self._write("DELETE FROM pages WHERE path = ?", ((p,) for p in before if p not in items))
        self._write(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)",
            ((p, *v) for p, v in items.items() if before.get(p) != tuple(v)),
        )

    # small named values: the last build's fingerprint and report
    def get(self, name: str, default=None):
        if self.db is None:
            return default
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        if row is None:
            return default
        try:
            return pickle.loads(row[0])
        except Exception:
            return default

    def put(self, name: str, value) -> None:
        self._write(
            "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
            [(name, pickle.dumps(value, protocol=5))],
        )

    def remember(self, name: str, inputs: str, make):
        """`make()`, kept under `name` with `inputs` (a digest of everything it is made from
        but the code): the kept value while the inputs and the code are the same, else made."""
        inputs = digest(code_digest(), inputs)
        kept = self.get(name)
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == inputs:
            return kept[1]
        value = make()
        self.put(name, (inputs, value))
        return value

    def commit(self) -> None:
        if self.db is not None:
            try:
                self.db.commit()
            except sqlite3.Error:
                self.db.rollback()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def _many(self, query: str, keys: list[str]) -> dict[str, bytes]:
        if self.db is None or not keys:
            return {}
        out: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            out.update(self.db.execute(query.format(",".join("?" * len(chunk))), chunk))
        return out

    def _write(self, statement: str, rows) -> None:
        if self.db is not None:
            _write(self.db, statement, rows)


def _write(db: sqlite3.Connection, statement: str, rows) -> bool:
    """False where the write failed (and what the transaction held was rolled back)."""
    try:
        db.executemany(statement, rows)
    except sqlite3.Error:  # a full disk must not fail the build: the cache is only a cache
        db.rollback()
        return False
    return True


TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB);"
    "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data BLOB);"
    "CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, stat TEXT, key TEXT);"
    "CREATE TABLE IF NOT EXISTS pages (path TEXT PRIMARY KEY, key TEXT, ino INTEGER, size INTEGER, mtime INTEGER);"
)


def _open(path: Path, tables: str = TABLES, schema: str = SCHEMA) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    for attempt in (1, 2):
        try:
            db = sqlite3.connect(path, timeout=30)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(tables)
            row = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO meta (name, value) VALUES ('schema', ?)", (pickle.dumps(schema),)
                )
                db.commit()
            elif pickle.loads(row[0]) != schema:
                raise sqlite3.DatabaseError("old cache schema")
            return db
        except (sqlite3.DatabaseError, pickle.UnpicklingError, EOFError):
            if attempt == 2:
                raise
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.unlink(str(path) + suffix)
                except FileNotFoundError:
                    pass
    raise sqlite3.DatabaseError("unreachable")
