#!/usr/bin/env python3
"""CPU milliseconds per article of extraction alone (files read beforehand, one process).

    .venv/bin/python bench/profile_extract.py /tmp/c10000/txt --limit 2000
    .venv/bin/python bench/profile_extract.py tests/fixtures/labeled/articles --repeat 20
    .venv/bin/python bench/profile_extract.py /tmp/c10000/txt --limit 2000 --profile 25

Reading, decoding and hashing files are left out, so the number is the work done by `extract/`,
`lexicon.py` and the corrections. The lexicon is loaded (and timed) first, as a build does before
it forks its workers. Memo caches are emptied before each pass, so repeats do not flatter the
number. The machine is shared: the best of a few runs (`--runs`) is printed. Python's cyclic
collector is off, as in a build (`--collector-on` to measure as sessions before 20 did).

Instructions an article (bench/RESULTS.md): run it under valgrind's callgrind with `--limit 100
--runs 1` and `--limit 200 --runs 1` and divide the difference by 100. Subtracting a one-article
run instead keeps the first article's one-time costs and the imports in the measure, and those
moved by 0.09 M an article between trees that differed in no per-article work.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from netralitas_site.extraction import extract_source  # noqa: E402
from netralitas_site.lexicon import load_lexicon  # noqa: E402
from netralitas_site.sources.read import list_sources, read_ref  # noqa: E402


def read_all(folder: Path, limit: int | None) -> list:
    refs, _ = list_sources(folder)
    sources = []
    for ref in refs[:limit]:
        source, _ = read_ref(ref)
        if source is not None:
            sources.append(source)
    return sources


def extract_all(sources: list, repeat: int) -> None:
    for _ in range(repeat):
        clear_caches()
        for source in sources:
            extract_source(source)


def clear_caches() -> None:
    """Empty the extractors' memo caches (not the lexicon): a repeated run must not find the
    lines of the previous run cached, or small folders would time as faster than they are."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("netralitas_site"):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and value is not load_lexicon:
                value.cache_clear()
    load_lexicon()._rules_of.clear()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument(
        "--repeat", type=int, default=1, help="extract every file N times (small folders)"
    )
    parser.add_argument("--runs", type=int, default=3, help="timed runs; the best is printed")
    parser.add_argument(
        "--profile", type=int, metavar="N", default=0, help="print the top N functions by own time"
    )
    parser.add_argument(
        "--collector-on",
        action="store_true",
        help="leave Python's cyclic collector running (how sessions before 20 measured): its "
        "passes fall at points that move with the number of objects made, and one pass more or "
        "less moves a callgrind count by about 0.2 M instructions an article",
    )
    args = parser.parse_args()
    if not args.collector_on:
        gc.disable()  # as a build extracts (engine/collector.py: paused for the whole build)

    started = time.process_time()
    load_lexicon()
    lexicon_s = time.process_time() - started
    sources = read_all(args.folder, args.limit)
    if not sources:
        print(f"no articles in {args.folder}", file=sys.stderr)
        return 2
    count = len(sources) * args.repeat
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(extract_all, sources, args.repeat)
        stats = pstats.Stats(profiler).strip_dirs().sort_stats("tottime")
        stats.print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        return 0
    times = []
    for _ in range(args.runs):
        started = time.process_time()
        extract_all(sources, args.repeat)
        times.append(time.process_time() - started)
    best = min(times)
    print(
        f"{args.folder}: {count} articles, {best / count * 1000:.3f} ms/article CPU "
        f"(best of {args.runs}: {', '.join(f'{t:.2f}' for t in times)} s); lexicon {lexicon_s:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
