"""Search, two ways: Pagefind when the site is served, and a small index shipped as a classic
script for pages opened from disk (file://), where Pagefind's fetch() and WebAssembly cannot run.

Pagefind indexes one rendered search document per article (templates/search-document.html; the
index itself is made in pagefind_index.py); the article pages carry the same data-pagefind-*
marks (text, weights, filters for official, outlet, region and year), so running Pagefind's own
CLI over the written site gives the same index. The fallback index holds, per article, what a
reader searches for: title, officials and their spellings, outlet, regions, year, the quotes and
the opening text; the search page also lists filter-only results (newest first) from it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from markupsafe import Markup

from .archive import Archive
from .body import plain_text, sanitize_markdown
from .search_shards import merged_folders
from .urls import article_path

DOCUMENT_TEMPLATE = "search-document.html"
SNIPPET = 240


def iter_search_records(archive: Archive) -> Iterator[dict]:
    """The fallback index's record of each article, one at a time."""
    for a in archive.articles:
        names, spellings = _people(archive, a)
        body = plain_text(a)
        yield {
            "t": a.title,
            "u": article_path(a.id),
            "d": a.date.value.isoformat() if a.date.value else "",
            "o": a.outlet.name if a.outlet else "",
            "n": names,  # officials as on their pages (shown, and what the filter matches)
            "a": spellings,  # other spellings in the text, searchable
            "r": [r.name for r in a.regions],
            "q": " ".join(q.text for q in a.quotes),
            "s": body if len(body) <= SNIPPET else body[:SNIPPET].rsplit(" ", 1)[0] + "…",
        }


def _people(archive: Archive, article) -> tuple[list[str], list[str]]:
    """(officials' names as on their pages, the other spellings the article uses)."""
    names, spellings = [], []
    for o in article.officials:
        record = archive.officials[archive.official_of[(article.id, o.key)]]
        if record.name not in names:
            names.append(record.name)
        spellings.extend(s for s in (o.name, *o.aliases) if s not in spellings)
    return names, [s for s in spellings if s not in names]


def search_index_chunks(archive: Archive, batch: int = 512) -> Iterator[bytes]:
    """`cari/index.js`: the fallback index as a global, loadable by <script src> from file://,
    made a record at a time (~90 MB at 100,000 articles)."""
    yield b"window.NETRALITAS_SEARCH=["
    parts = []
    for n, record in enumerate(iter_search_records(archive)):
        parts.append(("," if n else "") + json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        if len(parts) >= batch:
            yield "".join(parts).encode("utf-8")
            parts = []
    yield ("".join(parts) + "];\n").encode("utf-8")


def search_filters(archive: Archive) -> dict:
    """The values offered in the search page's filter menus, and the Pagefind shards it merges."""
    return {
        "officials": sorted({o.name for o in archive.officials.values()}, key=str.casefold),
        "outlets": sorted({o.name for o, _ in archive.outlets.values()}, key=str.casefold),
        "regions": sorted({r.name for r, _ in archive.regions.values()}, key=str.casefold),
        "years": sorted({a.date.value.year for a in archive.articles if a.date.value}, reverse=True),
        "shards": merged_folders(archive.articles),
    }


def document_inputs(archive: Archive, article) -> tuple:
    """Everything an article's search document is made from, as plain values: their digest keys
    the document's shard (pagefind_index.py), so a shard is indexed again only when one changed."""
    names, spellings = _people(archive, article)
    return (article.title, article.date.value, article.is_markdown, tuple(line.text for line in article.body),
            tuple(q.text for q in article.quotes), tuple(names), tuple(spellings),
            article.outlet.name if article.outlet else "", tuple(r.name for r in article.regions), article.dateline)


def render_document(template, inputs: tuple) -> bytes:
    """One small page for Pagefind (templates/search-document.html): the article's title, date,
    text, quotes, officials with their spellings, outlet and regions, marked with the same
    filters, sort and weights as the article page, at a fraction of the cost of the full page."""
    title, day, markdown, lines, quotes, officials, spellings, outlet, regions, dateline = inputs
    if markdown:
        body = Markup(sanitize_markdown("\n\n".join(lines)))
    else:
        body = Markup("\n").join(Markup("<p>%s</p>") % line for line in lines)
    return template.render(
        title=title, date=day, body=body, quotes=quotes, officials=officials, spellings=spellings,
        outlet=outlet, regions=regions, dateline=dateline,
    ).encode("utf-8")
