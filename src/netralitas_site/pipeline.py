"""The whole build in one readable function: sources -> records -> archive -> pages -> files."""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .archive import Archive, build_archive
from .config import SiteConfig
from .corrections import apply_corrections
from .extract.article import extract_article
from .lexicon import load_lexicon
from .output import check_output_dir, write_site
from .problems import Report, error
from .site import site_files
from .sources import discover_sources


@dataclass(frozen=True)
class BuildResult:
    articles: int
    pages: int
    written: int
    report: Report
    seconds: float

    @property
    def problems(self) -> int:
        return self.report.count


def build_site(config: SiteConfig) -> BuildResult:
    started = time.perf_counter()
    templates = config.templates()
    check_output_dir(config.output_dir, [config.articles_dir, templates])
    archive, report = load_archive(config)
    files, pages = site_files(archive, config, templates, report)
    written = write_site(files, config.output_dir, templates / "static")
    return BuildResult(len(archive.articles), pages, written, report, time.perf_counter() - started)


def load_archive(config: SiteConfig) -> tuple[Archive, Report]:
    """Read and extract every article and merge them: everything but the site's files."""
    report = Report()
    lexicon = load_lexicon()
    sources, problems = discover_sources(config.articles_dir)
    report.extend(problems)
    articles = []
    for source, (article, problems) in zip(sources, extract_all(sources, config.jobs)):
        report.extend(problems)
        if article is not None:
            articles.append(article)
    archive, problems = build_archive(articles, lexicon)
    report.extend(problems)
    return archive, report


PARALLEL_FROM = 64  # below this many files, starting workers costs more than it saves


def extract_all(sources, jobs: int | None):
    """Extract every source, in order; over worker processes when there are enough files."""
    workers = jobs or os.cpu_count() or 1
    if workers <= 1 or len(sources) < PARALLEL_FROM:
        return [extract_one(source) for source in sources]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(extract_one, sources, chunksize=max(1, len(sources) // (workers * 8))))


def extract_one(source):
    """(article, problems) for one file; an unexpected failure becomes a problem, not a crash."""
    try:
        lexicon = load_lexicon()
        article, problems = extract_article(source, lexicon)
        if source.fields:
            article, more = apply_corrections(article, source.fields, source.fields_path, lexicon)
            problems = problems + more
        return article, problems
    except Exception as exc:  # one bad file must not stop the archive
        return None, [error(source.rel_path, None, "extract-failed", f"could not be read as an article: {exc!r}")]
