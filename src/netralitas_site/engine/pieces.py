"""Pieces of the files made from every article (an article's row of each table, its entry of
each citation file, its search terms), kept by content key in `<out>.cache/pieces.sqlite`, so
that a rebuild makes again only those of the articles that changed.

A piece is a tuple of parts, one part per file (or per table of the database), and each part is
a row of its own: a file is written by reading its part of every piece in the archive's order,
BATCH at a time, so memory holds a batch of one file's parts, never every piece (~25 KB an
article as Python objects: 2.5 GB at 100,000 articles). Pieces are written as they are made.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .cache import _open, _write

PIECES_FILE = "pieces.sqlite"  # PieceCache: written by the process that makes the data files
SCHEMA = "netralitas-pieces/1"
TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB);"
    "CREATE TABLE IF NOT EXISTS parts (key TEXT, part INTEGER, data BLOB, PRIMARY KEY (key, part));"
)
BATCH = 500  # pieces made, written or read at a time


class PieceCache:
    """The pieces' parts by content key. A file of its own beside `cache.sqlite`: the pieces
    are made by the process that makes the data files (engine/incremental.py, `Beside`) while
    the build's own process holds `cache.sqlite` open for writing. The connection is opened by
    the process that first uses it (never one inherited over a fork), and `finish` commits.
    `fresh`: read nothing (a build from scratch), still writing what is made."""

    def __init__(self, path: Path, fresh: bool = False):
        self.path = path
        self.fresh = fresh
        self.db: sqlite3.Connection | None = None
        self.pid = 0

    def known(self, keys: list[str]) -> set[str]:
        """The keys whose pieces the cache holds."""
        db = self._db()
        found: set[str] = set()
        if db is None or self.fresh:
            return found
        try:
            for start in range(0, len(keys), BATCH):
                chunk = keys[start : start + BATCH]
                query = f"SELECT key FROM parts WHERE part = 0 AND key IN ({_marks(chunk)})"
                found.update(key for (key,) in db.execute(query, chunk))
        except sqlite3.Error:  # an unreadable cache: what is missing is made again
            found.clear()
        return found

    def put(self, items: dict[str, tuple]) -> bool:
        """Keep each key's piece; False where it could not be written."""
        db = self._db()
        if db is None:
            return False
        rows = (
            (key, n, pickle.dumps(part, protocol=5))
            for key, piece in items.items()
            for n, part in enumerate(piece)
        )
        return _write(db, "INSERT OR REPLACE INTO parts (key, part, data) VALUES (?, ?, ?)", rows)

    def parts(self, part: int, keys: list[str]) -> dict[str, bytes]:
        """Key -> the pickled part `part` of its piece, of the keys the cache holds."""
        db = self._db()
        if db is None:
            return {}
        query = f"SELECT key, data FROM parts WHERE part = ? AND key IN ({_marks(keys)})"
        try:
            return dict(db.execute(query, [part, *keys]))
        except sqlite3.Error:
            return {}

    def finish(self, used: set[str]) -> None:
        """Forget the pieces this build did not use (no current article's) and commit."""
        db = self._db()
        if db is None:
            return
        try:
            keys = [k for (k,) in db.execute("SELECT key FROM parts WHERE part = 0")]
            stale = ((k,) for k in keys if k not in used)
            _write(db, "DELETE FROM parts WHERE key = ?", stale)
            db.commit()
        except sqlite3.Error:
            db.rollback()
        db.close()  # the write-ahead log folded into the file (the process may end without it)
        self.db = None

    def _db(self) -> sqlite3.Connection | None:
        if self.pid != os.getpid() or self.db is None:  # not opened yet, or by the parent
            self.pid, self.db = os.getpid(), None
            try:
                self.db = _open(self.path, TABLES, SCHEMA)
            except (sqlite3.Error, OSError):
                self.db = None
        return self.db


class Pieces:
    """`make(item)` of each item, a tuple of parts, made (or taken from `cache` while its key
    holds) and read back one part at a time in the items' order (`part`). Without a cache, or
    with keys missing, the pieces are kept in a scratch database that `finish` removes; where
    none can be written, in memory."""

    def __init__(
        self,
        items: list,
        make: Callable[[object], tuple],
        cache: PieceCache | None = None,
        keys: list[str] | None = None,
    ):
        self.items, self.make = items, make
        self.scratch = None
        # the items' content keys (each a digest of everything its piece is made from), when
        # the caller gave them: files made from no more than an item's piece can be keyed on it
        self.content_keys = keys if cache is not None else None
        if cache is None or keys is None:
            self.scratch = tempfile.mkdtemp(prefix="netralitas-pieces-")
            cache = PieceCache(Path(self.scratch) / PIECES_FILE, fresh=True)
            keys = [str(n) for n in range(len(items))]
        self.cache, self.keys = cache, keys
        self.held: list[tuple] | None = None
        if not self._make_missing():
            self.held = [make(item) for item in items]  # the cache cannot be written

    def _make_missing(self) -> bool:
        """Make the pieces the cache does not hold and write them, a batch at a time."""
        have = self.cache.known(self.keys)
        made: dict[str, tuple] = {}
        for key, item in zip(self.keys, self.items):
            if key in have or key in made:
                continue
            made[key] = self.make(item)
            if len(made) >= BATCH:
                if not self.cache.put(made):
                    return False
                made = {}
        return not made or self.cache.put(made)

    def part(self, part: int) -> Iterator:
        """Part `part` of every item's piece, in the items' order."""
        if self.held is not None:
            yield from (piece[part] for piece in self.held)
            return
        for start in range(0, len(self.keys), BATCH):
            keys = self.keys[start : start + BATCH]
            found = self.cache.parts(part, keys)
            for n, key in enumerate(keys, start):
                try:
                    value = pickle.loads(found[key])
                except Exception:  # missing or damaged: made again
                    value = self.make(self.items[n])[part]
                yield value

    def finish(self) -> None:
        """Commit (forgetting the pieces no item used); a scratch database is removed."""
        self.cache.finish(set(self.keys))
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)


def _marks(keys: list) -> str:
    return ",".join("?" * len(keys))
