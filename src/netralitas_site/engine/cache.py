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

SCHEMA = "netralitas-cache/2"
FILE = "cache.sqlite"
PIECES_FILE = "pieces.sqlite"  # PieceCache: written by the process that makes the data files


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

    def put_pages(self, items: dict[str, tuple]) -> None:
        if self.db is None:
            return
        self.db.execute("DELETE FROM pages")
        self._write("INSERT INTO pages VALUES (?, ?, ?, ?, ?)", ((p, *v) for p, v in items.items()))

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


class PieceCache:
    """Pieces of the files made from every article (an article's row of each table, its entry of
    each citation file, its search terms), by content key, so that a rebuild makes again only
    those of the articles that changed. A file of its own beside `cache.sqlite`: the pieces are
    made by the process that makes the data files (engine/incremental.py, `Beside`) while the
    build's own process holds `cache.sqlite` open for writing. The connection is opened by the
    process that first uses it (never one inherited over a fork), and `finish` commits.
    `fresh`: read nothing (a build from scratch), still writing what is made."""

    def __init__(self, path: Path, fresh: bool = False):
        self.path = path
        self.fresh = fresh
        self.db: sqlite3.Connection | None = None
        self.pid = 0

    def get(self, keys: list[str]) -> dict[str, object]:
        """Key -> piece of the keys the cache holds."""
        db = self._db()
        if db is None or self.fresh:
            return {}
        found: dict[str, object] = {}
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                query = f"SELECT key, data FROM pieces WHERE key IN ({','.join('?' * len(chunk))})"
                for key, data in db.execute(query, chunk):
                    try:
                        found[key] = pickle.loads(data)
                    except Exception:  # a damaged entry is made again
                        pass
        except sqlite3.Error:  # an unreadable cache: what is missing is made again
            pass
        return found

    def put(self, items: dict[str, object]) -> None:
        db = self._db()
        if db is None or not items:
            return
        rows = ((k, pickle.dumps(v, protocol=5)) for k, v in items.items())
        _write(db, "INSERT OR REPLACE INTO pieces (key, data) VALUES (?, ?)", rows)

    def finish(self, used: set[str]) -> None:
        """Forget the pieces this build did not use (no current article's) and commit."""
        db = self._db()
        if db is None:
            return
        try:
            stale = [k for (k,) in db.execute("SELECT key FROM pieces") if k not in used]
            _write(db, "DELETE FROM pieces WHERE key = ?", ((k,) for k in stale))
            db.commit()
        except sqlite3.Error:
            db.rollback()
        db.close()  # the write-ahead log folded into the file (the process may end without it)
        self.db = None

    def _db(self) -> sqlite3.Connection | None:
        if self.pid != os.getpid() or self.db is None:  # not opened yet, or by the parent
            self.pid, self.db = os.getpid(), None
            try:
                self.db = _open(self.path, PIECES_TABLES)
            except (sqlite3.Error, OSError):
                self.db = None
        return self.db


def _write(db: sqlite3.Connection, statement: str, rows) -> None:
    try:
        db.executemany(statement, rows)
    except sqlite3.Error:  # a full disk must not fail the build: the cache is only a cache
        db.rollback()


TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB);"
    "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data BLOB);"
    "CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, stat TEXT, key TEXT);"
    "CREATE TABLE IF NOT EXISTS pages (path TEXT PRIMARY KEY, key TEXT, ino INTEGER, size INTEGER, mtime INTEGER);"
)
PIECES_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB);"
    "CREATE TABLE IF NOT EXISTS pieces (key TEXT PRIMARY KEY, data BLOB);"
)


def _open(path: Path, tables: str = TABLES) -> sqlite3.Connection:
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
                    "INSERT INTO meta (name, value) VALUES ('schema', ?)", (pickle.dumps(SCHEMA),)
                )
                db.commit()
            elif pickle.loads(row[0]) != SCHEMA:
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
