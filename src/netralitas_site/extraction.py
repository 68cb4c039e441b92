"""Extract every article: from the cache when its inputs did not change, else over worker processes.

An article's extraction key covers its bytes, its side file and path, and the package's code and
data (lexicon): an article whose key is cached is not read again. A file whose size and times
are unchanged since the last build is not even opened (as git does); a file changed within the
last seconds is not trusted that way, since a second edit may follow within the clock's tick.
Results come back in the order of the sources, whatever the number of workers.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import time
from array import array
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from .engine.cache import BuildCache
from .engine.keys import code_digest, digest
from .engine.workers import Workers, can_fork
from .extract.article import extract_article
from .extract.page import apply_page_facts
from .lexicon import load_lexicon
from .model import Article
from .problems import error
from .related import fingerprints
from .sources.corrections import apply_corrections
from .sources.read import SourceRef, is_web_archive, read_ref

PARALLEL_FROM = 64  # below this many files, starting workers costs more than it saves
RACY_SECONDS = 2.0
BATCH = 512  # cached results read or written at a time


@dataclass
class Extracted:
    ref: SourceRef
    key: str
    article: (
        Article | tuple[Article, ...] | None
    )  # a web archive's articles until `per_article` splits them
    problems: list
    cached: bool
    shingles: array = field(
        default_factory=lambda: array("q")
    )  # related.fingerprints of the body, sorted


def extract_sources(
    refs: list[SourceRef], cache: BuildCache, jobs: int, progress=None
) -> list[Extracted]:
    """One `Extracted` per article, in the order of the sources (a web archive gives one per page
    it holds, a file that is no article one with none); new results are put in the cache (not committed)."""
    code = code_digest()
    known_files = (
        cache.files() if cache.get("files-code") == code else {}
    )  # a new program reads every file again
    keys: dict[str, str] = {}
    if cache.enabled and cache.has_results():
        for ref in refs:
            seen = known_files.get(ref.rel)
            keys[ref.rel] = seen[1] if seen and seen[0] == ref.stat else content_key(ref)
    out: dict[str, Extracted] = {}
    misses = []
    for start in range(
        0, len(refs), BATCH
    ):  # a batch of pickles at a time, not the whole cache in memory
        batch = refs[start : start + BATCH]
        stored = cache.results(sorted({keys[r.rel] for r in batch if r.rel in keys}))
        for ref in batch:
            data = stored.get(keys[ref.rel]) if ref.rel in keys else None
            if data is not None:
                try:
                    article, problems, shingles = pickle.loads(data)
                    out[ref.rel] = Extracted(ref, keys[ref.rel], article, problems, True, shingles)
                    continue
                except Exception:
                    pass
            misses.append(ref)
    if progress:
        progress.stage("articles", len(refs))
        progress.advance(len(out))
    fresh = {}
    with closing(
        _run(misses, jobs, progress)
    ) as results:  # the workers stopped here, however this ends
        for ref, (key, data) in zip(misses, results):
            article, problems, shingles = pickle.loads(data)
            out[ref.rel] = Extracted(ref, key, article, problems, False, shingles)
            fresh[key] = data
            if (
                len(fresh) >= BATCH
            ):  # into the cache as they come: a cold build holds no copy of them all
                cache.put_results(fresh)
                fresh = {}
    cache.put_results(fresh)
    now = time.time_ns()
    cache.put_files(
        {ref.rel: (ref.stat if _settled(ref, now) else "", out[ref.rel].key) for ref in refs}
    )
    cache.put("files-code", code)
    cache.keep_results({e.key for e in out.values()})
    return [one for ref in refs for one in per_article(out[ref.rel])]


def per_article(extracted: Extracted) -> list[Extracted]:
    """A web archive's result as one `Extracted` per article, each with a key of its own (its
    archive's key and its place in it); its problems go with the first."""
    if not isinstance(extracted.article, tuple):
        return [extracted]
    if not extracted.article:
        return [Extracted(extracted.ref, extracted.key, None, extracted.problems, extracted.cached)]
    return [
        Extracted(
            extracted.ref,
            f"{extracted.key}#{n}",
            article,
            extracted.problems if n == 0 else [],
            extracted.cached,
            shingles,
        )
        for n, (article, shingles) in enumerate(zip(extracted.article, extracted.shingles))
    ]


def _settled(ref: SourceRef, now_ns: int) -> bool:
    """A file last changed more than a moment ago: its size and times can stand for its bytes."""
    try:
        mtimes = [int(part.split(":")[1]) for part in ref.stat.split("|") if part not in ("-", "?")]
    except (IndexError, ValueError):
        return False
    return bool(mtimes) and all(now_ns - m > RACY_SECONDS * 1e9 for m in mtimes)


def content_key(ref: SourceRef) -> str:
    """What the extraction of one file depends on: its path, bytes, side file, and the code."""
    return digest(
        code_digest(),
        ref.rel,
        _file_hash(ref.path),
        ref.side or "",
        _file_hash(ref.side) if ref.side else "",
    )


def _file_hash(path: str) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            while chunk := f.read(min(1 << 20, size + 1)):  # read(n) allocates n bytes
                h.update(chunk)
    except OSError as exc:
        return f"unreadable:{exc.errno}"
    return h.hexdigest()


def _run(refs: list[SourceRef], jobs: int, progress):
    """(key, pickled (article, problems, shingles)) for each ref, in order."""
    if not refs:
        return
    load_lexicon()  # once, before forking, so every worker inherits it
    workers = max(1, min(jobs, len(refs)))
    if workers == 1 or len(refs) < PARALLEL_FROM:
        for ref in refs:
            yield extract_job(ref)
            if progress:
                progress.advance()
        return
    context = multiprocessing.get_context("fork" if can_fork() else "spawn")
    chunk = max(1, min(16, len(refs) // (workers * 8)))
    with Workers(context, workers, extract_jobs) as pool:
        for results in pool.map(
            refs[start : start + chunk] for start in range(0, len(refs), chunk)
        ):
            yield from results
            if progress:
                progress.advance(len(results))


def extract_jobs(refs: list[SourceRef]) -> list[tuple[str, bytes]]:
    """`extract_job` for a few files: one round trip to a worker for them all."""
    return [extract_job(ref) for ref in refs]


def extract_job(ref: SourceRef) -> tuple[str, bytes]:
    """The work of one file in a worker: extraction, and the near-duplicate fingerprints of its
    body (pure per-article work that would otherwise run serially in every build)."""
    key = content_key(ref)
    article, problems = extract_ref(ref)
    shingles: array[int] | tuple[array[int], ...]
    if isinstance(article, tuple):  # a web archive's articles, each with its fingerprints
        shingles = tuple(array("q", sorted(fingerprints(a))) for a in article)
    else:
        shingles = array(
            "q", sorted(fingerprints(article)) if article is not None else ()
        )  # 8 bytes each, not a set's ~60
    return key, pickle.dumps((article, problems, shingles), protocol=pickle.HIGHEST_PROTOCOL)


def extract_ref(ref: SourceRef):
    """(article or None, problems) for one file, (articles,) for a web archive; an unexpected
    failure becomes a problem, not a crash."""
    if is_web_archive(ref.rel):
        return extract_web_archive(ref)
    try:
        source, problems = read_ref(ref)
    except Exception as exc:  # one bad file must not stop the archive
        return None, [error(ref.rel, None, "unreadable", f"could not be read: {exc!r}")]
    if source is None:
        return None, problems
    article, more = extract_source(source)
    return article, problems + more


def extract_web_archive(ref: SourceRef):
    """((article, ...), problems) for the pages of a web archive that are articles."""
    from .sources.warc import read_web_archive

    try:
        read = read_web_archive(Path(ref.path), ref.rel)
    except Exception as exc:  # one bad file must not stop the archive
        return (), [
            error(ref.rel, None, "unreadable", f"could not be read as a web archive: {exc!r}")
        ]
    articles, problems = [], list(read.problems)
    for source in read.sources:
        article, more = extract_source(source)
        problems.extend(more)
        if article is not None:
            articles.append(article)
    return tuple(articles), problems


def extract_source(source):
    """(article, problems) for one read file, corrections applied."""
    try:
        lexicon = load_lexicon()
        article, problems = extract_article(source, lexicon)
        if (
            source.page is not None
        ):  # a web page: what it says about itself wins over the text's guesses
            article, problems = apply_page_facts(article, problems, source.page, lexicon)
        if source.fields:
            article, more = apply_corrections(article, source.fields, source.fields_path, lexicon)
            problems = [p for p in problems if not _settled_by(p, article.corrected)] + more
        return article, problems
    except Exception as exc:  # one bad file must not stop the archive
        return None, [
            error(
                source.rel_path, None, "extract-failed", f"could not be read as an article: {exc!r}"
            )
        ]


# What extraction warns of, and the corrected field that answers the warning: a user who set
# the date in front matter is not told again that the text has none.
ANSWERED_BY = {
    "no-date": "date",
    "date-garbled": "date",
    "date-weekday-conflict": "date",
    "no-outlet": "outlet",
}


def _settled_by(problem, corrected: tuple[str, ...]) -> bool:
    return ANSWERED_BY.get(problem.code) in corrected


def in_process_cache() -> BuildCache:
    """A cache that stores nothing: every article is extracted."""
    return BuildCache(None)
