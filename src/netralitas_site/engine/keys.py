"""Content keys for the build cache: what an article or a page was made from, as a short digest.

A key changes whenever anything its output depends on changes, so a cache hit is always safe:
the code and data of the package, the templates, the article's bytes and side file, the page's
context. Keys are hex strings, the same on every machine and under every PYTHONHASHSEED.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import os
import pickle
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the whole package, not only the engine
KEY_VERSION = b"netralitas-keys/1"


def digest(*parts: bytes | str) -> str:
    h = hashlib.blake2b(KEY_VERSION, digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


DEPENDENCIES = (
    "jinja2",
    "markupsafe",
    "markdown",
    "nh3",
    "babel",
    "python_slugify",
    "pyyaml",
    "pagefind",
)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Every file of the package (modules, data, translations), Python's version and the
    versions of the libraries that shape the output (Babel's dates, Markdown): any change
    invalidates every cached entry."""
    return digest(tree_digest(PACKAGE_DIR), sys.version, *_installed(DEPENDENCIES))


def _installed(names: tuple[str, ...]) -> list[str]:
    """'<name>-<version>.dist-info' of each library, from a directory listing (fast, unlike
    importlib.metadata)."""
    found = []
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            if (
                entry.endswith(".dist-info")
                and entry.split("-")[0].lower().replace(".", "_") in names
            ):
                found.append(entry)
    return sorted(found)


def tree_digest(root: Path, suffixes: tuple[str, ...] | None = None) -> str:
    """Paths and bytes of every file under `root` (hidden files and caches excluded)."""
    h = hashlib.blake2b(KEY_VERSION, digest_size=16)
    if not root.is_dir():
        return h.hexdigest()
    for path in sorted(_files(root)):
        if suffixes and not path.endswith(suffixes):
            continue
        h.update(path.encode("utf-8", "surrogateescape") + b"\0")
        h.update((root / path).read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _files(root: Path):
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        for name in files:
            if not name.startswith("."):
                yield os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")


@dataclass(frozen=True)
class Keyed:
    """The record types a Fingerprint writes short: the article type (an article extraction made
    is written as its key) and the shared records written as the digest of their own pickle (the
    site's cards, the officials' records). Given by the caller, so that the engine imports no stage;
    without them every record is pickled whole (slower, the same keys for the same inputs)."""

    article: type | None = None
    shared: tuple[type, ...] = ()


PLAIN = Keyed()  # no record written short


class Fingerprint:
    """Digest of a page context: its pickle, with each article the archive holds as extraction
    made it (`known`: id -> extraction key) written as that key instead of its whole record.
    Pickling runs in C; only articles go through Python. A context that cannot be pickled gets a
    key of its own every build, so its page is always rendered (never wrongly skipped).
    A card (cards.Card) or an official's record is written as the digest of its own pickle, made
    once: the same card is listed on many pages, the same record is read by the official's page
    and the officials' index. Both are made with the archive and not changed after it."""

    def __init__(self, known: dict[int, str] | None = None, keyed: Keyed | None = None):
        keyed = keyed or PLAIN
        self.known = (
            {} if known is None else known
        )  # the caller's mapping itself: one memo per mapping
        self.table = copyreg.dispatch_table.copy()
        if keyed.article is not None:
            self.table[keyed.article] = self._article
        for shared in keyed.shared:
            self.table[shared] = self._memoized
        self.table[set] = self.table[frozenset] = _in_order
        self.memo: dict[
            int, tuple[object, tuple]
        ] = {}  # id(value) -> (value, its reduction); holds the value so ids stay its own

    def of(self, value) -> str:
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        pickler.dispatch_table = self.table
        try:
            pickler.dump(value)
        except Exception:
            return os.urandom(16).hex()
        return hashlib.blake2b(buffer.getbuffer(), digest_size=16).hexdigest()

    def _memoized(self, value):
        held = self.memo.get(id(value))
        if held is None or held[0] is not value:
            buffer = io.BytesIO()
            pickler = pickle.Pickler(buffer, protocol=5)
            pickler.dispatch_table = (
                self.table
            )  # the articles a record holds, written as their keys
            pickler.dump((type(value).__qualname__, value.__reduce_ex__(5)))
            name = "memo:" + hashlib.blake2b(buffer.getbuffer(), digest_size=16).hexdigest()
            held = self.memo[id(value)] = (value, (str, (name,)))
        return held[1]

    def _article(self, article):
        key = self.known.get(id(article))
        return (str, ("article:" + key,)) if key is not None else article.__reduce_ex__(5)


def _in_order(value: set | frozenset):
    """A set written with its items in one order: pickled as it is, a set of strings comes out in
    an order that changes with the hash seed, and with it every key of a page that holds one."""
    return type(value), (sorted(value, key=_order),)


def _order(item) -> tuple[str, str]:
    return type(item).__qualname__, repr(item)
