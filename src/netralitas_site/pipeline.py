"""The whole build in one readable function: sources -> records -> archive -> pages -> files.

A rebuild does only what its inputs ask for: nothing at all when no input changed since the
build that made the live site, else it extracts only changed articles (extraction.py), renders
only pages whose context changed (engine/incremental.py) and swaps the new version in at once
(engine/output.py). The output is the same, byte for byte, as a build from scratch.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from slugify import slugify

from .config import SiteConfig
from .engine import collector
from .engine.cache import BuildCache
from .engine.keys import Keyed, code_digest, digest, tree_digest
from .engine.output import SiteWriter, static_files
from .engine.output_paths import cache_dir_for, check_output_dir
from .engine.pieces import PIECES_FILE, PieceCache
from .engine.stage import live_identity
from .engine.stopping import signals_held
from .problems import Report, error, warning
from .progress import Progress
from .sources.curation import CURATION_FILES, load_curation
from .sources.read import SourceRef, list_sources

if TYPE_CHECKING:
    from .archive import Archive
    from .lexicon import Lexicon
    from .model import Article
    from .recognised import FoundBefore
    from .sources.curation import Curation

COMPILED = "templates"  # compiled templates, in the cache folder
CACHE_ENV = "NETRALITAS_CACHE"  # a folder for the cache, or "off"; default `<out>.cache`
SAFE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Resident:
    """What a build read, kept by the dev server so that an edited article's page can be shown
    before the whole site is built again (dev/preview.py): the articles as extraction made them
    (ids made unique, before the archive's known officials were added), with the recognition's
    keys and findings, the curation and the body fingerprints."""

    config: SiteConfig
    lexicon: Lexicon
    refs: tuple[SourceRef, ...]
    extracted: tuple[Article, ...]  # in the order the archive was made from
    recognition_keys: tuple[str | None, ...]  # one per article of `extracted`
    found: FoundBefore
    holders: tuple[tuple[str, str], ...]
    curation: Curation | None
    shingles: dict  # sha256 -> fingerprints (related.py)
    compiled: Path | None  # the compiled templates, one folder per language
    archive: Archive | None = None  # the archive the build made (its fingerprints emptied)


@dataclass(frozen=True)
class BuildResult:
    articles: int
    pages: int
    written: int
    report: Report
    seconds: float
    rendered: int = 0  # pages rendered (the others were unchanged)
    extracted: int = 0  # articles extracted (the others came from the cache)
    timings: tuple[
        tuple[str, float], ...
    ] = ()  # seconds per stage; printed with NETRALITAS_TIMINGS=1
    resident: Resident | None = None  # what the build read, kept when asked (`keep`)

    @property
    def problems(self) -> int:
        return self.report.count


def build_site(
    config: SiteConfig,
    cache_dir: Path | None | bool = True,
    fresh: bool = False,
    keep: bool = False,
    keep_unchanged: bool = False,
) -> BuildResult:
    """Build the site into config.output_dir. `cache_dir`: True for the default (`<out>.cache`,
    or $NETRALITAS_CACHE), a folder, or False/None to build from scratch and write in place.
    `fresh`: build from scratch all the same, leaving a new cache (`build --no-cache`). `keep`:
    return what the build read (`BuildResult.resident`; None when nothing was built, unless
    `keep_unchanged`: then the archive is read all the same, as the dev server needs it when it
    starts over a site already built)."""
    started = time.perf_counter()
    with signals_held():
        # a process's first call writes a file of its own into the temporary folder and removes
        # it, to see that it can: a stop raised in between would leave that file behind
        tempfile.gettempdir()
    with (
        collector.paused()
    ):  # see engine/collector.py: resumed, with the archive frozen, when pages render
        return _build(config, cache_dir, fresh, started, keep, keep and keep_unchanged)


def _build(
    config: SiteConfig, cache_dir, fresh: bool, started: float, keep: bool, keep_unchanged: bool
) -> BuildResult:
    clock = Stopwatch()
    templates = config.template_folders()  # the user's folder first, the shipped one second
    check_output_dir(config.output_dir, [config.articles_dir, *templates])
    folder = _cache_folder(config, cache_dir)
    writer = SiteWriter(config.output_dir, folder)
    with Progress(enabled=not config.quiet) as progress:
        cache = BuildCache(folder)
        if fresh:
            cache.clear()
        try:
            writer.lock()
            refs, listing = list_sources(config.articles_dir)
            build_key = _build_key(config, templates, refs, listing)
            unchanged = _unchanged_build(writer, cache, build_key)
            clock.lap("list")
            if unchanged is not None:
                writer.abort()
                articles, pages, problems = unchanged
                resident = None
                if keep_unchanged:  # read from the cache: nothing is extracted nor written
                    *_, resident = _load(config, refs, listing, cache, progress, clock)
                    site_key = _site_key(config, templates)
                    compiled = _compiled_templates(writer.cache_dir, site_key, fresh=False)
                    resident = replace(resident, compiled=compiled)
                return BuildResult(
                    articles,
                    pages,
                    0,
                    _report(problems),
                    time.perf_counter() - started,
                    timings=clock.done(),
                    resident=resident,
                )
            # the heavy modules, only when there is work
            from .archive import OfficialRecord
            from .cards import Card
            from .engine.incremental import PageRenderer, SiteFiles
            from .model import Article
            from .site.assemble import render_one, site_files

            stage = writer.prepare(cache.pages())
            archive, report, known, extracted, resident = _load(
                config, refs, listing, cache, progress, clock
            )
            report.extend(
                warning(str(config.output_dir), None, "output-not-staged", note)
                for note in writer.notes
            )
            site_key = _site_key(config, templates)
            renderer = PageRenderer(
                stage,
                site_key,
                known,
                _jobs(config),
                progress,
                clock,
                render=render_one,
                keyed=Keyed(article=Article, shared=(Card, OfficialRecord)),
                pieces=PieceCache(folder / PIECES_FILE, fresh)
                if cache.enabled and folder
                else None,
            )
            compiled = _compiled_templates(writer.cache_dir, site_key, fresh)
            files, pages = site_files(
                archive, config, templates, report, renderer, compiled, cache.remember
            )
            assert isinstance(
                files, SiteFiles
            )  # what the renderer returns: the disk-backed mapping
            for rel, data in template_static_files(templates).items():
                files[rel] = data
            report.extend(files.problems)
            clock.lap("search, sitemap")
            writer.commit(list(files.entries))
            clock.lap("swap")
            cache.put_pages(files.page_records(), stage.records)  # stage.records: cache.pages()
            cache.put(
                "last",
                (build_key, files.signature(), (len(archive.articles), pages, report.problems)),
            )
            cache.commit()
            clock.lap("cache")
        except BaseException:
            writer.abort()
            raise
        finally:
            cache.close()
    return BuildResult(
        len(archive.articles),
        pages,
        files.written,
        report,
        time.perf_counter() - started,
        renderer.rendered,
        extracted,
        clock.done(),
        replace(resident, compiled=compiled) if keep else None,
    )


def load_archive(config: SiteConfig) -> tuple[Archive, Report]:
    """Read and extract every article and merge them: everything but the site's files."""
    refs, listing = list_sources(config.articles_dir)
    archive, report, *_ = _load(config, refs, listing, BuildCache(None), None)
    return archive, report


def _load(
    config: SiteConfig, refs: list[SourceRef], listing, cache: BuildCache, progress, clock=None
):
    """(archive, report, id(article) -> extraction key, number of articles extracted anew, what
    was read: Resident)."""
    from .archive import build_archive
    from .extraction import extract_sources
    from .lexicon import load_lexicon
    from .model import Article

    clock = clock or Stopwatch()
    report = Report()
    report.extend(listing)
    lexicon = load_lexicon()
    clock.lap("lexicon")
    results = extract_sources(refs, cache, _jobs(config), progress)
    clock.lap("extract")
    articles: list[Article] = []
    known: dict[int, str] = {}
    for result in results:
        report.extend(result.problems)
        if isinstance(
            result.article, Article
        ):  # not None (per_article split the web archives' tuples)
            articles.append(result.article)
            known[id(result.article)] = result.key
    articles = unique_ids(articles, report)
    curation, problems = load_curation(config.articles_dir)
    report.extend(problems)
    # officials an article names without an office that other articles, public figures or the
    # curation's office holders make known
    holders = [(h.holder, h.office) for h in curation.holders] if curation else []
    extracted = articles
    keys = [f"{known[id(a)]} {a.source} {a.id}" if id(a) in known else None for a in articles]
    articles, found = _recognise(articles, lexicon, _jobs(config), holders, keys, cache)
    archive, problems = build_archive(articles, lexicon, curation)
    report.extend(problems)
    archive.shingles = {
        r.article.sha256: r.shingles
        for r in results
        if isinstance(r.article, Article) and r.shingles
    }
    report.anchor(config.articles_dir)  # every problem so far names a file in the articles folder
    clock.lap("archive")
    # only articles the archive holds as extraction made them (alive, so their id() is theirs)
    resident = Resident(
        config,
        lexicon,
        tuple(refs),
        tuple(extracted),
        tuple(keys),
        found,
        tuple(holders),
        curation,
        dict(archive.shingles),  # the pages stage empties the archive's
        None,
        archive,
    )
    known = {id(a): known[id(a)] for a in archive.articles if id(a) in known}
    return archive, report, known, sum(not r.cached for r in results), resident


def _recognise(articles, lexicon, jobs: int, holders, keys: list[str | None], cache: BuildCache):
    """`recognised.name_known_officials`, with what the last build found in the articles whose
    text and extraction are unchanged (by `keys`: extraction key, file and id) taken from the
    cache (the same result, read once); (articles, what was found)."""
    from .engine.keys import code_digest
    from .recognised import FoundBefore, name_known_officials_again

    code = code_digest()
    stored = cache.get("recognised")
    before = stored[1] if isinstance(stored, tuple) and stored[0] == code else None
    articles, found = name_known_officials_again(
        articles, lexicon, jobs, holders, keys, before if isinstance(before, FoundBefore) else None
    )
    cache.put("recognised", (code, found))
    return articles, found


def unique_ids(articles: list, report: Report) -> list:
    """Every article id a safe, unique URL segment: an unsafe id is made a slug, and of articles
    sharing an id the first by file path keeps it, the others get '-2', '-3'... (stable)."""
    taken = set()
    safe = []
    for article in articles:
        if not SAFE_ID.fullmatch(article.id):
            new = slugify(article.id) or "artikel"
            report.add(
                warning(
                    article.source,
                    None,
                    "unsafe-id",
                    f"id '{article.id}' cannot be a page address; '{new}' is used",
                )
            )
            article = replace(article, id=new)
        safe.append(article)
        taken.add(article.id)
    out, seen = [], {}
    for article in sorted(safe, key=lambda a: (a.id, a.source)):
        if article.id not in seen:
            seen[article.id] = article.source
            out.append(article)
            continue
        n = 2
        while f"{article.id}-{n}" in taken:
            n += 1
        new = f"{article.id}-{n}"
        taken.add(new)
        report.add(
            error(
                article.source,
                None,
                "duplicate-id",
                f"article id '{article.id}' is also the id of {seen[article.id]}; this article's page is artikel/{new}/",
            )
        )
        out.append(replace(article, id=new))
    order = {a.source: i for i, a in enumerate(articles)}
    return sorted(out, key=lambda a: order.get(a.source, 0))


def extract_one(source):
    """(article, problems) for one read source file (kept for callers of the old API)."""
    from .extraction import extract_source

    return extract_source(source)


def _jobs(config: SiteConfig) -> int:
    return config.jobs or os.cpu_count() or 1


def _cache_folder(config: SiteConfig, cache_dir) -> Path | None:
    if cache_dir is False or cache_dir is None:
        return None
    if cache_dir is not True:
        return Path(cache_dir)
    env = os.environ.get(CACHE_ENV, "").strip()
    if env.lower() in ("off", "0", "no", "none"):
        return None
    return Path(env) if env else cache_dir_for(config.output_dir)


def _compiled_templates(folder: Path | None, site_key: str, fresh: bool) -> Path | None:
    """The cache's folder of compiled templates for this code, templates and settings; those of
    other keys (an older version of the code or the templates) are removed."""
    if folder is None:
        return None
    parent = folder / COMPILED
    try:
        for entry in os.scandir(parent):
            if entry.name != site_key or fresh:
                shutil.rmtree(entry.path, ignore_errors=True)
    except OSError:
        pass
    return parent / site_key


def template_static_files(templates: tuple[Path, ...]) -> dict[str, bytes]:
    """The static files of every templates folder, a file of an earlier folder (the user's)
    replacing the same file of a later one (the shipped one)."""
    files: dict[str, bytes] = {}
    for folder in reversed(templates):
        files.update(static_files(folder / "static"))
    return files


def _site_key(config: SiteConfig, templates: tuple[Path, ...]) -> str:
    """What every page depends on besides its context: the code, the templates (each folder of
    the search path, by its files' paths and bytes) and settings."""
    settings = {
        f.name: getattr(config, f.name)
        for f in dataclasses.fields(config)
        if f.name
        not in (
            "articles_dir",
            "output_dir",
            "jobs",
            "quiet",
            "strict",
            "config_file",
            "templates_dir",
        )
    }
    return digest(
        code_digest(),
        *(tree_digest(folder) for folder in templates),
        repr(sorted(settings.items())),
        os.environ.get("SOURCE_DATE_EPOCH", ""),
    )


def _build_key(
    config: SiteConfig, templates: tuple[Path, ...], refs: list[SourceRef], listing
) -> str:
    """Everything a build reads, by file size and times: equal keys, equal sites."""
    curation = [name + ":" + _stat(config.articles_dir / name) for name in CURATION_FILES]
    sources = "\n".join(f"{r.rel}\t{r.side or ''}\t{r.stat}" for r in refs)
    return digest(_site_key(config, templates), sources, "\n".join(map(str, listing)), *curation)


def _stat(path: Path) -> str:
    try:
        st = os.stat(path)
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def _unchanged_build(writer: SiteWriter, cache: BuildCache, build_key: str):
    """(articles, pages, problems) of the live site when the last build read exactly these inputs
    and made exactly the files the output folder holds, untouched since; else None."""
    last = cache.get("last")
    if not last or last[0] != build_key:
        return None
    entries = {}
    for rel in writer.generated:
        identity = live_identity(writer.out, rel)
        if identity is None:
            return None
        entries[rel] = identity
    if digest(*(f"{p}\t{entries[p]}" for p in sorted(entries))) != last[1]:
        return None
    return last[2]


class Stopwatch:
    """Seconds per stage of the build (wall and this process's CPU), for NETRALITAS_TIMINGS=1."""

    def __init__(self):
        self.laps: list[tuple[str, float]] = []
        self.memory: list[int] = []
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps.append((name, now - self.last))
        self.memory.append(_rss_mb())
        self.last = now

    def done(self) -> tuple[tuple[str, float], ...]:
        if os.environ.get("NETRALITAS_TIMINGS"):
            import sys

            print(
                "timings: "
                + ", ".join(
                    f"{name} {seconds:.2f}s {mb}MB"
                    for (name, seconds), mb in zip(self.laps, self.memory)
                ),
                file=sys.stderr,
            )
        return tuple(self.laps)


def _rss_mb() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20
    except (OSError, ValueError, IndexError):
        return 0


def _report(problems) -> Report:
    report = Report()
    report.extend(problems)
    return report


def extract_all(sources, jobs: int | None):
    """(article, problems) for read sources, in order (the old API, without cache or workers)."""
    return [extract_one(source) for source in sources]
