"""Atom feeds (the site's, and one per official, outlet and region) and sitemap.xml. Timestamps
come from the articles, never the clock, so two builds of the same input are byte-identical."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from ..archive import Archive
from ..model import Article
from ..urls import (
    FEED,
    HOME,
    absolute_url,
    article_path,
    outlet_feed_path,
    outlet_path,
    region_feed_path,
    region_path,
    relative_url,
)

FEED_ENTRIES = 50
EPOCH = date(1970, 1, 1)


def _stamp(value: date | None) -> str:
    return f"{(value or EPOCH).isoformat()}T00:00:00Z"


def _link(site: dict, target: str, feed_path: str) -> str:
    """Absolute when the base URL is known; else relative to the feed file, which readers resolve."""
    return (
        absolute_url(site["base_url"], target)
        if site["base_url"]
        else relative_url(target, feed_path)
    )


def atom_feed(archive: Archive, site: dict) -> bytes:
    return feed_xml(archive.articles, site, FEED, site["title"], HOME, "arsip")


def newest_first(articles) -> list[Article]:
    """Articles as feeds list them: newest first, undated last, ties by id."""
    return sorted(
        articles,
        key=lambda a: (
            a.date.value is None,
            -(a.date.value.toordinal() if a.date.value else 0),
            a.id,
        ),
    )


def entity_feed_groups(archive: Archive, site: dict, regions: dict[str, tuple[str, list[str]]]):
    """(paths, inputs, make) for the Atom feed of each outlet and each region; `regions`: region
    id -> (name, its articles' ids; a province's include its kabupaten and kota). `make()` yields
    the feed's (path, bytes). Keyed like the officials' feeds (site.put_made)."""
    if not site["feeds"]:
        return
    for outlet, ids in archive.outlets.values():
        articles = newest_first(archive.by_id[i] for i in ids)[:FEED_ENTRIES]
        path, title = outlet_feed_path(outlet.id), f"{site['title']}: {outlet.name}"
        yield (
            [path],
            (title, articles),
            lambda p=path, t=title, a=articles, o=outlet: [
                (p, feed_xml(a, site, p, t, outlet_path(o.id), f"media:{o.id}"))
            ],
        )
    for region_id, (name, ids) in regions.items():
        articles = newest_first(archive.by_id[i] for i in ids)[:FEED_ENTRIES]
        path, title = region_feed_path(region_id), f"{site['title']}: {name}"
        yield (
            [path],
            (title, articles),
            lambda p=path, t=title, a=articles, r=region_id: [
                (p, feed_xml(a, site, p, t, region_path(r), f"wilayah:{r}"))
            ],
        )


def topic_feed_groups(archive: Archive, site: dict, found):
    """(paths, inputs, make) for the Atom feed of each tag and case (`found`: topics.Topic)."""
    if not site["feeds"]:
        return
    for topic in found:
        articles = newest_first(archive.by_id[i] for i in topic.ids)[:FEED_ENTRIES]
        title = f"{site['title']}: {topic.name}"
        yield (
            [topic.feed_path],
            (title, articles),
            lambda t=topic, title=title, a=articles: [
                (t.feed_path, feed_xml(a, site, t.feed_path, title, t.path, f"{t.kind}:{t.id}"))
            ],
        )


def feed_xml(
    articles: list[Article], site: dict, feed_path: str, title: str, page: str, tag: str
) -> bytes:
    """An Atom feed of the newest `articles` (already newest first), linking `page` as its home."""
    updated = max((a.date.value for a in articles if a.date.value), default=None)
    entries = []
    for article in articles[:FEED_ENTRIES]:
        summary = article.body[0].text if article.body else ""
        author = article.outlet.name if article.outlet else site["title"]
        entries.append(
            "  <entry>\n"
            f"    <title>{escape(article.title)}</title>\n"
            f'    <link href="{escape(_link(site, article_path(article.id), feed_path))}"/>\n'
            f"    <id>{escape(_tag(site, article.id))}</id>\n"
            f"    <updated>{_stamp(article.date.value)}</updated>\n"
            f"    <author><name>{escape(author)}</name></author>\n"
            f"    <summary>{escape(summary[:400])}</summary>\n"
            "  </entry>\n"
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{site["language"]}">\n'
        f"  <title>{escape(title)}</title>\n"
        f'  <link href="{escape(_link(site, page, feed_path))}"/>\n'
        f'  <link rel="self" href="{escape(_link(site, feed_path, feed_path))}"/>\n'
        f"  <id>{escape(_tag(site, tag))}</id>\n"
        f"  <updated>{_stamp(updated)}</updated>\n" + "".join(entries) + "</feed>\n"
    )
    return xml.encode("utf-8")


def _tag(site: dict, name: str) -> str:
    """A stable Atom id that does not change when the site moves to another host."""
    return f"urn:netralitas-site:{site['id']}:{name}"


def sitemap(paths: list[str], archive: Archive, site: dict) -> bytes:
    lastmod = {article_path(a.id): a.date.value for a in archive.articles}
    rows = []
    for path in sorted(paths):
        if not path.endswith(".html") or path.endswith("404.html"):
            continue
        mod = lastmod.get(path)
        rows.append(
            f"  <url><loc>{escape(absolute_url(site['base_url'], path))}</loc>"
            + (f"<lastmod>{mod.isoformat()}</lastmod>" if mod else "")
            + "</url>\n"
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(rows)
        + "</urlset>\n"
    )
    return xml.encode("utf-8")
