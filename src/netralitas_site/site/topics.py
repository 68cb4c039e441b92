"""Tags and cases: what the user files articles under (`tags:` and `case:` in front matter or a
side file). A tag gathers articles on one subject; a case is one violation several articles
cover, so its page lists them in date order, oldest first, as the case unfolded.

Names are grouped by their slug ("Kampanye Terselubung" and "kampanye terselubung" are one tag),
shown as most articles write them. Pure functions over the archive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from slugify import slugify

from ..archive import Archive
from ..model import Article

TAGS, CASES = "topik", "kasus"  # each kind's folder, and its key in the pages
FALLBACK_ID = "tanpa-nama"  # a name with no letters or digits


@dataclass(frozen=True)
class Topic:
    kind: str  # TAGS or CASES
    id: str
    name: str
    ids: tuple[str, ...]  # its articles, in archive order (newest first)

    @property
    def path(self) -> str:
        return topic_path(self.kind, self.id)

    @property
    def feed_path(self) -> str:
        return f"{self.kind}/{self.id}/feed.xml"


def topic_path(kind: str, topic_id: str) -> str:
    return f"{kind}/{topic_id}/index.html"


def index_path(kind: str) -> str:
    return f"{kind}/index.html"


def topic_id(name: str) -> str:
    return slugify(name) or FALLBACK_ID


def names_of(article: Article, kind: str) -> tuple[str, ...]:
    if kind == TAGS:
        return article.tags
    return (article.case,) if article.case else ()


def topics(archive: Archive, kind: str) -> list[Topic]:
    """Every tag (or case) of the archive, by name."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    ids: dict[str, list[str]] = defaultdict(list)
    for article in archive.articles:
        for name in names_of(article, kind):
            key = topic_id(name)
            spellings[key][name] += 1
            if not ids[key] or ids[key][-1] != article.id:
                ids[key].append(article.id)
    found = [
        Topic(
            kind,
            key,
            min(spellings[key].items(), key=lambda kv: (-kv[1], kv[0]))[0],
            tuple(ids[key]),
        )
        for key in spellings
    ]
    return sorted(found, key=lambda t: (t.name.casefold(), t.id))


def article_topics(article: Article) -> list[tuple[str, str, str]]:
    """(kind, name as this article writes it, page path) of the article's tags and case."""
    return [
        (kind, name, topic_path(kind, topic_id(name)))
        for kind in (TAGS, CASES)
        for name in names_of(article, kind)
    ]
