"""An edited article's own pages, shown by the dev server before the whole site is built again.

Hugo's server renders the pages a browser has open first and the rest after; `serve` does the
same for the pages an editor is looking at after a save: the edited article's page in every
language, made from what the last build read (`pipeline.Resident`) with the edited file read
again. They are the very pages the full build then writes (the same archive, known officials,
related articles and templates; tests/test_preview.py holds them to it), served from memory
until it ends. Anything else (a new, removed or renamed file, a changed id, a template, the
curation, site.yaml, an edit that changes which names the archive knows as officials') is
left to the full build, which runs after the preview in every case.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from ..engine import collector
from ..pipeline import Resident


def article_pages(resident: Resident, changed: Collection[str]) -> dict[str, bytes] | None:
    """Site path -> bytes of the pages of the articles whose files (or side files) `changed`, or
    None when the change is anything but an edit of articles the last build read."""
    edited = _edited_refs(resident, changed)
    if not edited:
        return None
    with collector.paused():  # the resident archive is large and has no cycles
        return _pages(resident, edited)


def _edited_refs(resident: Resident, changed: Collection[str]) -> list | None:
    """The sources `changed` are (the article files or their side files), or None when one of
    them is no article the last build read, or a web archive (one file, many articles)."""
    from ..sources.read import SIDE_SUFFIXES, is_web_archive

    by_path, by_stem = _ref_index(resident.refs)
    edited = {}
    for path in changed:
        real = os.path.realpath(path)
        stem, suffix = os.path.splitext(real)
        # a side file may be new: an article's first correction
        ref = by_path.get(real) or (by_stem.get(stem) if suffix in SIDE_SUFFIXES else None)
        if ref is None or is_web_archive(ref.rel) or not Path(ref.path).is_file():
            return None
        edited[ref.rel] = ref
    return [edited[rel] for rel in sorted(edited)]


_REF_INDEX: list[tuple] = []  # [(listing, by path, by path without suffix)] of the last build


def ready(resident: Resident) -> None:
    """Index the build's listing by path ahead of the next save (the dev server calls this when
    a build ends): 0.2 s at 100,000 articles under a profiler, not spent between a save and its
    page."""
    _ref_index(resident.refs)


def _ref_index(refs: tuple) -> tuple[dict, dict]:
    """The listing's sources by their path and by their path without its suffix (a side file's
    article). The listing's paths are real already (sources/read.py): only the changed ones are
    resolved."""
    if _REF_INDEX and _REF_INDEX[0][0] is refs:
        return _REF_INDEX[0][1], _REF_INDEX[0][2]
    by_path = {ref.path: ref for ref in refs}
    by_stem = {os.path.splitext(ref.path)[0]: ref for ref in refs}
    _REF_INDEX[:] = [(refs, by_path, by_stem)]
    return by_path, by_stem


def _pages(resident: Resident, edited: list) -> dict[str, bytes] | None:
    from ..archive import build_archive
    from ..engine.cache import BuildCache
    from ..extraction import extract_sources
    from ..model import Article
    from ..recognised import name_known_officials_if_known
    from ..related import relations_of
    from ..site.assemble import render_one, site_context
    from ..site.pages import plan_article_pages
    from ..sources.read import ref_again

    results = extract_sources([ref_again(ref) for ref in edited], BuildCache(None), 1)
    before = {article.source: article for article in resident.extracted}
    fresh: dict[str, Article] = {}
    shingles = dict(resident.shingles)
    for result in results:
        article = result.article
        old = before.get(result.ref.rel)
        if not isinstance(article, Article) or old is None or article.id != old.id:
            return None  # no article, or its id (its page's address) changed
        fresh[article.source] = article
        shingles.pop(old.sha256, None)
        if len(result.shingles):
            shingles[article.sha256] = result.shingles
    lexicon = resident.lexicon
    archive = _archive_with(resident, fresh, before)
    if archive is None:
        extracted = [fresh.get(a.source, a) for a in resident.extracted]
        keys = [
            None if a.source in fresh else key
            for a, key in zip(resident.extracted, resident.recognition_keys)
        ]
        articles = name_known_officials_if_known(
            extracted, lexicon, resident.holders, keys, resident.found
        )
        if articles is None:
            return None  # the edit changed the names the archive knows: every article is read again
        archive, _ = build_archive(articles, lexicon, resident.curation)
    archive.shingles = shingles
    config = resident.config
    site = site_context(config)
    envs = _environments(config.template_folders(), resident.compiled, config.language)
    out = {}
    for article in fresh.values():
        shown = archive.by_id[article.id]
        planned = plan_article_pages(archive, site, relations_of(archive, shown.id), [shown])
        for page in planned:
            out[page.path] = render_one(page, envs)
    return out


def _archive_with(resident: Resident, fresh: dict, before: dict):
    """The last build's archive with the edited articles in it, when the edit changed nothing the
    archive is made from besides their texts (not the id, date, outlet, regions, officials or
    offices as extracted, nor the known officials the text names): merging every article again
    would make the same officials, ids and office holders. None otherwise."""
    from dataclasses import replace

    from ..recognised import recognised_in_one

    archive, known = resident.archive, resident.found.index
    if archive is None or known is None:
        return None
    swapped = {}
    for source, article in fresh.items():
        built, old = archive.by_id.get(article.id), before.get(source)
        if built is None or old is None or _merged_as(article) != _merged_as(old):
            return None
        recognised = recognised_in_one(article, resident.lexicon, known)
        if recognised.officials != built.officials:
            return None  # it names a known official it did not, or no longer does
        swapped[article.id] = replace(recognised, date=built.date)  # a year the archive settled
    return replace(
        archive,
        articles=[swapped.get(a.id, a) for a in archive.articles],
        by_id={**archive.by_id, **swapped},
    )


def _merged_as(article) -> tuple:
    """What the archive's merge reads of an article as extraction made it."""
    return (
        article.id,
        article.source,
        article.date,
        article.outlet,
        article.regions,
        article.officials,
        article.offices,
        article.corrected,
    )


_KEPT: dict[tuple, dict] = {}  # the template environments of the last build's compiled templates


def _environments(templates: tuple[Path, ...], compiled: Path | None, root: str) -> dict:
    """The pages' template environments, one per language, kept while the build's compiled
    templates are the same (their folder is named after the templates' and the code's digest)."""
    from ..site.render import make_environments

    key = (templates, compiled, root)
    if compiled is not None and key in _KEPT:
        return _KEPT[key]
    envs = make_environments(templates, compiled, root)
    if compiled is not None:
        _KEPT.clear()
        _KEPT[key] = envs
    return envs
