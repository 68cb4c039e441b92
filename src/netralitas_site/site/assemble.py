"""Everything the site is made of, as files: rendered pages in every language, feeds, sitemap,
open data and the search indexes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..archive import Archive
from ..cards import Cards
from ..config import SiteConfig, in_language
from ..engine.pieces import Pieces
from ..exports.files import (
    description_files,
    entity_file_groups,
    export_inputs,
    json_document,
    official_record,
)
from ..exports.pieces import PARTS, article_piece, export_streams, piece_inputs
from ..problems import Report
from ..related import Remember
from ..urls import (
    DEFAULT_LANGUAGE,
    FEED,
    LANGUAGES,
    article_path,
    official_data_path,
    official_feed_path,
    official_path,
)
from .entities import Entities
from .feeds import atom_feed, entity_feed_groups, feed_xml, sitemap, topic_feed_groups
from .pagefind_index import PagefindIndex
from .pages import plan_pages
from .render import compile_templates, make_environments, render_page
from .search_index import build_index, index_files, index_piece
from .topics import CASES, TAGS, topics


def site_files(
    archive: Archive,
    config: SiteConfig,
    templates: Path | tuple[Path, ...],
    report: Report,
    render_pages=None,
    compiled: Path | None = None,
    remember: Remember | None = None,
) -> tuple[dict[str, bytes], int]:
    """(site path -> bytes, number of HTML pages). `render_pages(pages, envs)` may replace the
    in-memory rendering: an incremental build renders only changed pages and streams them to disk
    (pipeline.py), returning a mapping that writes what is stored in it; its `beside(make)`, when
    it can, starts the data files in another process before the pages are planned. `compiled`: a
    folder that keeps the compiled templates between builds, one subfolder per language (each
    worker would compile them again). `templates`: the folders templates are looked up in, the
    user's first (config.template_folders()). `remember`: the build cache's memo of values
    made from the whole archive (related.Remember)."""
    site = site_context(config)
    envs = make_environments(templates, compiled, config.language)

    def data_files(files) -> None:
        pieces = remembered(
            files,
            archive.articles,
            lambda a: piece_inputs(a, archive),
            lambda a: (*article_piece(a, archive, site), index_piece(archive, a)),
        )
        try:
            shared_files(files, pieces)
        finally:
            pieces.finish()

    def shared_files(files, pieces) -> None:
        for path, chunks in export_streams(archive, site, pieces.part).items():
            inputs = export_inputs(archive, path)
            if inputs is None:
                put_stream(files, path, chunks)
            else:
                put_made(files, [path], inputs, lambda p=path, c=chunks: [(p, c)])
        for paths, inputs, make in official_file_groups(archive, site):
            put_made(files, paths, inputs, make)
        keys = pieces.content_keys  # an article's files read no more than its piece
        by_id = dict(zip((a.id for a in archive.articles), keys)) if keys is not None else None
        for paths, inputs, make in entity_file_groups(archive, site, by_id):
            put_made(files, paths, inputs, make)
        files.update(description_files(site))
        if site["feeds"]:
            files[FEED] = atom_feed(archive, site)
        for paths, inputs, make in entity_feed_groups(archive, site, region_articles(archive)):
            put_made(files, paths, inputs, make)
        for paths, inputs, make in topic_feed_groups(
            archive, site, [t for kind in (TAGS, CASES) for t in topics(archive, kind)]
        ):
            put_made(files, paths, inputs, make)
        for path, data in index_files(build_index(archive, pieces.part(PARTS))):
            files[path] = data

    # the data files need the archive, not the pages: made by another process from now on, or
    # by this one after the pages
    beside = search = None
    try:
        beside = render_pages.beside(data_files) if hasattr(render_pages, "beside") else None
        search = PagefindIndex(
            archive, envs[DEFAULT_LANGUAGE], getattr(render_pages, "stage", None)
        )  # indexes while pages render
        planned = plan_pages(archive, site, report.problems, remember)
        for env in envs.values():  # a broken template stops the build here, with its file and line
            compile_templates(env, {page.template for page in planned})
        if render_pages is not None:
            files = render_pages(planned, envs)
        else:
            files = {page.path: render_one(page, envs) for page in planned}
        if beside:
            beside.join(files)
        else:
            data_files(files)
        problems = search.finish(files)
    finally:
        if beside:
            beside.close()  # stopped if the build failed before it was joined
        if search:
            search.close()
    pages = len({page.path for page in planned})
    report.extend(problems)
    files["sitemap.xml"] = sitemap(list(files), archive, site)
    return files, pages


def region_articles(archive: Archive) -> dict[str, tuple[str, list[str]]]:
    """Region id -> (name, ids of its articles), provinces with those of their kabupaten and kota."""
    entities = Entities(
        archive, Cards(archive)
    )  # cards are made on first use, and regions use none
    return {
        rid: (entry.name, entities.region_article_ids(rid))
        for rid, entry in entities.region_entries.items()
    }


def put_stream(files, path: str, chunks) -> None:
    """Write a file made in pieces: straight to disk when `files` is the build's disk-backed
    mapping (incremental.SiteFiles), else joined."""
    if hasattr(files, "stream"):
        files.stream(path, chunks)
    else:
        files[path] = b"".join(chunks)


def remembered(files, items: list, inputs, make) -> Pieces:
    """`make(item)` of each item, read back part by part (engine/pieces.py): an incremental
    build's mapping keeps them between builds and makes again only those whose `inputs(item)`
    changed (SiteFiles.remembered)."""
    if hasattr(files, "remembered"):
        return files.remembered(items, inputs, make)
    return Pieces(items, make)


def render_one(page, envs, context: dict | None = None) -> bytes:
    """One page as bytes; `context` when the caller has made it already."""
    context = page.make_context() if context is None else context
    return render_page(envs[context["lang"]], page.template, page.path, context).encode("utf-8")


def put_made(files, paths: list[str], inputs, make) -> None:
    """Write the files `make()` yields (path, bytes or an iterable of bytes), made from nothing
    but `inputs` (with the settings and the code): an incremental build's mapping carries the
    live ones over instead while they were made from the same inputs (SiteFiles.keyed)."""
    if hasattr(files, "keyed"):
        files.keyed(paths, inputs, make)
        return
    for path, data in make():
        files[path] = data if isinstance(data, bytes) else b"".join(data)


def official_file_groups(archive: Archive, site: dict):
    """(paths, inputs, make) for each official's own Atom feed and JSON record with their
    articles: `make()` yields (path, bytes) of each (see put_made)."""
    for official in archive.officials.values():
        ids = sorted(set(official.article_ids))
        articles = sorted(
            (archive.by_id[i] for i in ids),
            key=lambda a: (
                a.date.value is None,
                -(a.date.value.toordinal() if a.date.value else 0),
                a.id,
            ),
        )
        paths = [official_feed_path(official.id)] if site["feeds"] else []
        paths.append(official_data_path(official.id))
        yield (
            paths,
            (official, articles),
            lambda o=official, a=articles: _official_files(o, a, site),
        )


def _official_files(official, articles: list, site: dict) -> Iterator[tuple[str, bytes]]:
    if site["feeds"]:
        yield (
            official_feed_path(official.id),
            feed_xml(
                articles,
                site,
                official_feed_path(official.id),
                f"{site['title']}: {official.name}",
                official_path(official.id),
                f"pejabat:{official.id}",
            ),
        )
    record = {
        "schema": "netralitas-site/official/1",
        "official": official_record(official),
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "date": a.date.value.isoformat() if a.date.value else None,
                "outlet": a.outlet.name if a.outlet else None,
                "page": article_path(a.id),
            }
            for a in articles
        ],
    }
    yield official_data_path(official.id), json_document(record)


def site_context(config: SiteConfig) -> dict:
    """The settings pages, feeds and data are made with. `title` and `description` are the root
    language's (feeds, schema.org data); `titles` and `descriptions` hold each language's, which
    the pages of that language show (pages.site_in_language)."""
    root = config.language
    return {
        "title": in_language(config.title, root, root),
        "description": in_language(config.description, root, root),
        "titles": {lang: in_language(config.title, lang, root) for lang in LANGUAGES},
        "descriptions": {lang: in_language(config.description, lang, root) for lang in LANGUAGES},
        "base_url": config.base_url.rstrip("/"),
        "language": root,
        "id": "arsip-netralitas",
        "feeds": getattr(config, "feeds", True),
        "per_page": getattr(config, "per_page", 20),
        "page_size": getattr(config, "page_size", 100),
    }
