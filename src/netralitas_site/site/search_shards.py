"""Which Pagefind shard holds each article's search document, and where each shard's bundle lives.

An article's shard follows from its id alone (a stable hash, modulo a power-of-two count that
grows with the archive), so editing one article changes one shard and leaves the others' bundles
byte-identical. The first shard that holds articles is the primary bundle, in `pagefind/` with
Pagefind's script and WebAssembly; the others live in `pagefind/s<N>/`, for Pagefind's mergeIndex.
The site's search page uses its own index (search_index.py), the same from file:// and served.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..urls import PAGEFIND_DIR

SHARD_SIZE = (
    500  # articles per shard at most, on average: re-indexing one stays well under a second
)
MAX_SHARDS = 32  # each search fetches every shard's metadata; 100,000 articles still fit in 32
SHARD_FOLDER = re.compile(r"s\d+/")


@dataclass(frozen=True)
class Shard:
    number: int
    folder: str  # site path of its bundle, ending in "/"
    articles: tuple  # the articles whose search documents it indexes, in archive order

    @property
    def primary(self) -> bool:
        return self.folder == PAGEFIND_DIR


def shard_count(articles: int) -> int:
    """The smallest power of two giving at most SHARD_SIZE articles a shard, up to MAX_SHARDS."""
    count = 1
    while count < MAX_SHARDS and articles > count * SHARD_SIZE:
        count *= 2
    return count


def shard_of(article_id: str, count: int) -> int:
    return (
        int.from_bytes(hashlib.blake2b(article_id.encode("utf-8"), digest_size=8).digest(), "big")
        % count
    )


def shards(articles) -> list[Shard]:
    """The shards that hold articles, by number; the first is the primary."""
    count = shard_count(len(articles))
    groups: dict[int, list] = {}
    for article in articles:
        groups.setdefault(shard_of(article.id, count), []).append(article)
    return [
        Shard(
            number, PAGEFIND_DIR if i == 0 else f"{PAGEFIND_DIR}s{number}/", tuple(groups[number])
        )
        for i, number in enumerate(sorted(groups))
    ]


def folder_of(path: str) -> str | None:
    """The shard folder a site path belongs to; None outside Pagefind's folder."""
    if not path.startswith(PAGEFIND_DIR):
        return None
    match = SHARD_FOLDER.match(path, len(PAGEFIND_DIR))
    return PAGEFIND_DIR + match.group(0) if match else PAGEFIND_DIR
