"""What the search page offers, and the documents Pagefind indexes.

The search page searches one index of its own, served or opened from disk (search_index.py), so
both give the same results. Pagefind still indexes one rendered search document per article
(templates/search-document.html; pagefind_index.py), and the article pages carry the same
data-pagefind-* marks, for anyone who runs Pagefind's own UI over the site.
"""

from __future__ import annotations

from markupsafe import Markup

from ..archive import Archive
from ..body import sanitize_markdown
from .search_index import people as _people

DOCUMENT_TEMPLATE = "search-document.html"


def search_filters(archive: Archive) -> dict:
    """The values offered in the search page's filters: outlets and regions in menus, officials
    (hundreds of them in a large archive) in a list to type into, years and the months' range."""
    dates = [a.date.value for a in archive.articles if a.date.value]
    return {
        "officials": sorted({o.name for o in archive.officials.values()}, key=str.casefold),
        "outlets": sorted({o.name for o, _ in archive.outlets.values()}, key=str.casefold),
        "regions": sorted({r.name for r, _ in archive.regions.values()}, key=str.casefold),
        "years": sorted({d.year for d in dates}, reverse=True),
        "first": min(dates) if dates else None,
        "last": max(dates) if dates else None,
    }


def document_inputs(archive: Archive, article) -> tuple:
    """Everything an article's search document is made from, as plain values: their digest keys
    the document's shard (pagefind_index.py), so a shard is indexed again only when one changed."""
    names, spellings = _people(archive, article)
    return (
        article.title,
        article.date.value,
        article.is_markdown,
        tuple(line.text for line in article.body),
        tuple(q.text for q in article.quotes),
        tuple(names),
        tuple(spellings),
        article.outlet.name if article.outlet else "",
        tuple(r.name for r in article.regions),
        article.dateline,
    )


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
        title=title,
        date=day,
        body=body,
        quotes=quotes,
        officials=officials,
        spellings=spellings,
        outlet=outlet,
        regions=regions,
        dateline=dateline,
    ).encode("utf-8")
