#!/usr/bin/env python3
"""Benchmark netralitas-site against Hugo, Hugo + Pagefind and Pelican on the same synthetic
corpora, then its rebuilds (no-op, one article edited), the edit latency of `serve` and
`hugo server`, and a 100,000-article build.

    python3 bench/bench.py                          # 1000 and 10000 articles, 3 runs each, with the peers
    python3 bench/bench.py --sizes 1000 --runs 1    # quick
    python3 bench/bench.py --latency 10000          # also the edit latency at 10,000 articles
    python3 bench/bench.py --big 100000             # also the large build (ours only; takes a while)
    python3 bench/bench.py --no-peers --sizes 10000 # ours only

The peers are timed by ../shared/bench/peers.sh (it installs Hugo and Pelican when missing),
with our build as OURS_CMD so that all of them run interleaved in the same run; each of our timed
builds starts from an empty output folder and an empty cache. peers.sh knows Hugo and Pelican
only: every other peer runs OURS_CMD with its own output folder ({out} ends in the peer's name),
so OURS_CMD is a `case` on {out} that runs, for "hugo+pagefind", peers.sh's Hugo build and then
Pagefind over Hugo's output (the binary of the `pagefind` package our build runs), timed as one
build. Compare within one run only: the machine is shared and noisy, so CPU seconds are printed
next to wall seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import edit_latency

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "bench"
PYTHON = (
    str(REPO / ".venv" / "bin" / "python")
    if (REPO / ".venv" / "bin" / "python").exists()
    else sys.executable
)
NAME = "netralitas-site"
HUGO_PAGEFIND = "hugo+pagefind"  # Hugo's build, then Pagefind over its output folder


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--peers",
        default=f"hugo {HUGO_PAGEFIND} pelican",
        help=f"peers to build (default: hugo {HUGO_PAGEFIND} pelican); "
        f"{HUGO_PAGEFIND} needs hugo among them, which installs Hugo",
    )
    parser.add_argument("--no-peers", action="store_true", help="time only netralitas-site")
    parser.add_argument(
        "--incremental",
        type=int,
        default=None,
        help="corpus size for the rebuild timings (default: largest size)",
    )
    parser.add_argument(
        "--latency",
        type=int,
        default=None,
        metavar="SIZE",
        help="also the edit latency of `serve` and `hugo server` (bench/edit_latency.py), and "
        "of an incremental `build`, at this corpus size",
    )
    parser.add_argument(
        "--big", type=int, default=None, help="also a cold build of this many articles (ours only)"
    )
    parser.add_argument(
        "--work", type=Path, default=Path(os.environ.get("BENCH_WORK", "/tmp/bench-work"))
    )
    parser.add_argument(
        "--out-root", type=Path, default=Path(os.environ.get("OUT_ROOT", "/dev/shm/bench-out"))
    )
    parser.add_argument(
        "--results", type=Path, default=None, help="write the Markdown report here too"
    )
    args = parser.parse_args()
    started, load = datetime.now(UTC), os.getloadavg()[0]
    peers = [] if args.no_peers else args.peers.split()
    pagefind = pagefind_executable() if HUGO_PAGEFIND in peers else None
    if HUGO_PAGEFIND in peers and "hugo" not in peers and shutil.which("hugo") is None:
        parser.error(f"{HUGO_PAGEFIND} needs hugo among the peers (peers.sh then installs Hugo)")

    sections = []
    runs = peers_run(args, peers, pagefind)
    table, medians = comparison(runs, args.sizes)
    sections.append(table)
    size = args.incremental or max(args.sizes)
    text, edited = rebuilds(args, size)
    sections.append(text)
    if args.latency:
        if args.latency not in args.sizes or shutil.which("hugo") is None:
            prepare_corpus(args, args.latency)
        if args.latency != size:
            text, edited = rebuilds(args, args.latency)
            sections.append(text)
        sections.append(latency(args, args.latency, edited, medians))
    if args.big:
        sections.append(big_build(args, args.big))
    sections.insert(0, header(args, pagefind, started, load))  # after peers.sh installed Hugo
    report = "\n\n".join(s for s in sections if s) + "\n"
    print(report)
    if args.results:
        args.results.write_text(report, "utf-8")
    return 0


def pagefind_executable() -> str:
    """The Pagefind binary our build runs: the `pagefind` package's (pagefind_index._executable)."""
    found = subprocess.run(
        [
            PYTHON,
            "-c",
            "from pagefind.service import get_executable; print(get_executable() or '')",
        ],
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not found:
        raise SystemExit(f"no Pagefind binary for {PYTHON} (pip install 'pagefind[extended]')")
    return found


def version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except OSError:
        return "-"
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0] if done.returncode == 0 and lines else "-"


def header(args, pagefind: str | None, started: datetime, load: float) -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        (
            int(line.split()[1]) / 1024 / 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain"], capture_output=True, text=True
    ).stdout.strip()
    return (
        f"# netralitas-site benchmark\n\n- date: {started.strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
        f"- machine: nproc={os.cpu_count()}, CPU: {cpu}, RAM: {mem:.1f} GiB, {platform.platform()}\n"
        f"- load average at start: {load:.2f} (other work on the machine makes wall times noisy)\n"
        f"- netralitas-site: commit {commit}{' + uncommitted changes' if dirty else ''}, Python {platform.python_version()}\n"
        f"- Hugo: {version(['hugo', 'version'])}; Pagefind (for {HUGO_PAGEFIND}): "
        f"{version([pagefind, '--version']) if pagefind else '-'}\n"
        f"- sizes {args.sizes}, {args.runs} runs each, output on {args.out_root}"
        + (f"; edit latency at {args.latency} articles" if args.latency else "")
    )


def ours_cmd(src: str, out: str, extra: str = "") -> str:
    """Our build from scratch: the cache beside the output folder is removed first."""
    return f"rm -rf {out}.cache; cd {REPO} && {PYTHON} build.py --articles {src} --out {out} --quiet {extra}".strip()


def peers_cmd(pagefind: str | None) -> str:
    """OURS_CMD for peers.sh: our build, or for the peer HUGO_PAGEFIND (whose output folder ends
    in its name) peers.sh's own Hugo command followed by Pagefind over Hugo's output folder, as
    Pagefind's documentation says (`pagefind --site public`). {src} is the corpus's txt/ folder;
    Hugo's site is beside it."""
    ours = ours_cmd("{src}", "{out}")
    if not pagefind:
        return ours
    hugo = f"hugo --source {{src}}/../hugo --destination {{out}} && {pagefind} --site {{out}}"
    return f"case {{out}} in */{HUGO_PAGEFIND}) {hugo} ;; *) {ours} ;; esac"


def peers_run(args, peers: list[str], pagefind: str | None) -> list[tuple]:
    """Run peers.sh (with us as OURS_CMD); rows of runs.tsv."""
    env = {
        **os.environ,
        "BENCH_WORK": str(args.work),
        "OUT_ROOT": str(args.out_root),
        "RUNS": str(args.runs),
        "PEERS": " ".join(peers),
        "OURS_CMD": peers_cmd(pagefind),
        "OURS_NAME": NAME,
    }
    subprocess.run(
        ["bash", str(SHARED / "peers.sh"), *map(str, args.sizes)],
        env=env,
        check=True,
        stdout=sys.stderr,
    )
    rows = []
    for line in (args.work / "runs.tsv").read_text().splitlines():
        peer, n, run, wall, rss, pages, rc, usr, sys_ = line.split("\t")
        rows.append(
            (peer, int(n), float(wall), int(rss), int(pages), int(rc), float(usr) + float(sys_))
        )
    return rows


TIMED_OUT = (124, 137)  # timeout(1)'s exit codes: peers.sh stopped the build at BUILD_TIMEOUT


def prepare_corpus(args, size: int) -> None:
    """Have peers.sh make the corpora of `size` (and install Hugo) without timing a build."""
    env = {
        **os.environ,
        "BENCH_WORK": str(args.work),
        "OUT_ROOT": str(args.out_root),
        "RUNS": "0",
        "PEERS": "hugo",
        "OURS_CMD": "",
    }
    subprocess.run(
        ["bash", str(SHARED / "peers.sh"), str(size)], env=env, check=True, stdout=sys.stderr
    )


def comparison(rows, sizes) -> tuple[str, dict]:
    """The table, and {(peer, N): (median wall, median CPU, ...)}."""
    others = sorted({r[0] for r in rows if r[0] != NAME})
    out = [
        "## Cold full builds (median of the runs; ratios: the peer's time / ours)",
        "",
        "| generator | N | pages | wall s | CPU s | peak RSS MiB | articles/s | "
        + "".join(f"wall vs {o} | " for o in others)
        + "".join(f"CPU vs {o} | " for o in others)
        + "runs: wall (CPU) |",
        "|---|---:|---:|---:|---:|---:|---:|" + "---:|" * (2 * len(others)) + "---|",
    ]
    med = {}
    for peer, n in sorted({(r[0], r[1]) for r in rows}, key=lambda k: (k[1], k[0] != NAME, k[0])):
        ok = [r for r in rows if r[0] == peer and r[1] == n and r[5] == 0]
        if ok:
            med[(peer, n)] = (
                statistics.median(r[2] for r in ok),
                statistics.median(r[6] for r in ok),
                max(r[3] for r in ok) / 1024,
                ok[-1][4],
                ", ".join(f"{r[2]:.2f} ({r[6]:.1f})" for r in ok),
            )
    timed_out = {(r[0], r[1]): r for r in rows if r[5] in TIMED_OUT}  # their wall is a lower bound
    for (peer, n), (wall, cpu, rss, pages, each) in med.items():
        ratios = []
        for measure in (0, 1):
            for other in others:
                theirs = med.get((other, n))
                if peer != NAME:
                    ratios.append("")
                elif theirs:
                    ratios.append(f"{theirs[measure] / (wall, cpu)[measure]:.2f}x")
                elif (other, n) in timed_out and measure == 0:
                    ratios.append(f"≥{timed_out[(other, n)][2] / wall:.2f}x")
                else:
                    ratios.append("")
        out.append(
            f"| {peer} | {n} | {pages} | {wall:.2f} | {cpu:.1f} | {rss:.0f} | {n / wall:.0f} | "
            + " | ".join(ratios)
            + f" | {each} |"
        )
    failed = sorted({(r[0], r[1], r[5]) for r in rows if r[5] != 0})
    if failed:
        out.append("")
        out.extend(
            f"- {p} N={n}: "
            + (
                f"timed out (stopped after {timed_out[(p, n)][2]:.0f} s; the ratio is a lower bound)"
                if rc in TIMED_OUT
                else f"failed (rc={rc})"
            )
            for p, n, rc in failed
        )
    if any(r[0] == HUGO_PAGEFIND for r in rows):
        out += [
            "",
            f"- {HUGO_PAGEFIND}: the hugo build, then `pagefind --site` over its output folder "
            "(Pagefind's default use; Hugo's pages have no data-pagefind-body, so it indexes the "
            "body of every page that is not a redirect), timed as one command",
        ]
    return "\n".join(out), med


def rebuilds(args, size: int) -> tuple[str, list[float]]:
    """Cold build, then no-op rebuilds and one-article edits, on a private copy of the corpus;
    the table, and the edited builds' wall seconds."""
    corpus = args.work / f"n{size}" / "txt"
    scratch = args.work / f"rebuild-n{size}"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(corpus, scratch / "txt")
    out = args.out_root / f"rebuild-n{size}" / "site"
    shutil.rmtree(out.parent, ignore_errors=True)
    out.parent.mkdir(parents=True)
    rows = [("cold build (empty cache)", *timed(ours_cmd(str(scratch / "txt"), str(out))), "")]
    for i in range(3):
        before = identities(out)
        wall, cpu, rss = timed(
            f"cd {REPO} && {PYTHON} build.py --articles {scratch / 'txt'} --out {out} --quiet"
        )
        rows.append(
            (
                f"no-op rebuild {i + 1}",
                wall,
                cpu,
                rss,
                f"{len(touched(before, identities(out)))} files rewritten",
            )
        )
    names = sorted(os.listdir(scratch / "txt"))
    edited = []
    for name in edit_latency.spread(names, 3):
        edit_latency.add_sentence(scratch / "txt" / name)  # into the body, after the dateline
        before = identities(out)
        wall, cpu, rss = timed(
            f"cd {REPO} && {PYTHON} build.py --articles {scratch / 'txt'} --out {out} --quiet"
        )
        edited.append(wall)
        changed = touched(before, identities(out))
        html = sorted(p for p in changed if p.endswith(".html"))
        rows.append(
            (
                f"one article edited ({name})",
                wall,
                cpu,
                rss,
                f"{len(changed)} files rewritten, {len(html)} pages: {', '.join(html[:8])}{' ...' if len(html) > 8 else ''}",
            )
        )
    cold = out.parent / "cold"
    timed(ours_cmd(str(scratch / "txt"), str(cold)))
    same = tree_digest(cold) == tree_digest(out)
    lines = [
        f"## Rebuilds, {size} articles (ours)",
        "",
        "| build | wall s | CPU s | peak RSS MiB | what changed |",
        "|---|---:|---:|---:|---|",
    ]
    lines += [f"| {a} | {w:.2f} | {c:.1f} | {r:.0f} | {d} |" for a, w, c, r, d in rows]
    lines += [
        "",
        f"- after the edits, the incrementally built tree {'equals' if same else 'DIFFERS FROM'} a cold build of the same articles, byte for byte",
    ]
    return "\n".join(lines), edited


def latency(args, size: int, edited: list[float], medians: dict) -> str:
    """Edit latency of the servers, with the command-line builds after an edit beside them."""
    results = edit_latency.measure(args.work, args.out_root, size, PYTHON, REPO)
    cli = [
        (
            f"{NAME} build (incremental)",
            edited,
            "the one-article edits of the rebuild timings above: the edit, then `build` with "
            "the cache of the build before",
        )
    ]
    for peer in ("hugo", HUGO_PAGEFIND):
        if (peer, size) in medians:
            cli.append(
                (
                    f"{peer} build (full)",
                    [medians[(peer, size)][0]],
                    "Hugo has no incremental build: an edit means a full build; the median "
                    "cold build above",
                )
            )
    return edit_latency.section(size, results, cli)


def big_build(args, size: int) -> str:
    corpus = args.work / f"n{size}" / "txt"
    if not corpus.is_dir():
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "make_corpus.py"),
                "--n",
                str(size),
                "--seed",
                "42",
                "--out",
                str(corpus),
                "--truth-dir",
                str(args.work / f"n{size}" / "truth"),
                "--quiet",
            ],
            check=True,
        )
    out = args.out_root / f"n{size}" / NAME
    shutil.rmtree(out, ignore_errors=True)
    stages = out.parent / f"{NAME}-timings.txt"
    wall, cpu, rss = timed(ours_cmd(str(corpus), str(out), f"--timings 2> {stages}"))
    pages = sum(1 for _ in out.rglob("*.html"))
    timings = [line for line in stages.read_text().splitlines() if line.startswith("timings:")]
    return (
        f"## Cold build, {size} articles (ours)\n\n| N | pages | wall s | CPU s | peak RSS MiB | articles/s |\n"
        f"|---:|---:|---:|---:|---:|---:|\n| {size} | {pages} | {wall:.1f} | {cpu:.1f} | {rss:.0f} | {size / wall:.0f} |\n\n"
        f"Stages (wall s, main process RSS after each): {timings[-1][len('timings: ') :] if timings else 'n/a'}"
    )


def timed(command: str) -> tuple[float, float, float]:
    """(wall s, CPU s of the build and its workers, peak RSS MiB of the largest process)."""
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-time-{os.getpid()}.txt"
    started = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-v", "-o", str(log), "bash", "-c", command],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed: {command}\n{result.stderr[-3000:]}")
    fields = dict(
        line.strip().split(": ", 1) for line in log.read_text().splitlines() if ": " in line
    )
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return wall, cpu, int(fields["Maximum resident set size (kbytes)"]) / 1024


def identities(folder: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for root, _, files in os.walk(folder):
        for name in files:
            st = os.lstat(os.path.join(root, name))
            out[os.path.relpath(os.path.join(root, name), folder)] = (st.st_ino, st.st_mtime_ns)
    return out


def touched(before: dict, after: dict) -> set[str]:
    return {p for p in set(before) | set(after) if before.get(p) != after.get(p)}


def tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for root, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            h.update(os.path.relpath(path, folder).encode() + b"\0")
            with open(path, "rb") as f:
                h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


if __name__ == "__main__":
    sys.exit(main())
