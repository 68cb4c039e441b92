#!/usr/bin/env python3
"""Benchmark netralitas-site against Hugo and Pelican on the same synthetic corpora, then its
rebuilds (no-op, one article edited) and a 100,000-article build.

    python3 bench/bench.py                          # 1000 and 10000 articles, 3 runs each, with the peers
    python3 bench/bench.py --sizes 1000 --runs 1    # quick
    python3 bench/bench.py --big 100000             # also the large build (ours only; takes a while)
    python3 bench/bench.py --no-peers --sizes 10000 # ours only

The peers are timed by ../shared/bench/peers.sh (it installs Hugo and Pelican when missing),
with our build as OURS_CMD so that all three run interleaved in the same run; each of our timed
builds starts from an empty output folder and an empty cache. Compare within one run only: the
machine is shared and noisy, so CPU seconds are printed next to wall seconds.
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

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "bench"
PYTHON = (
    str(REPO / ".venv" / "bin" / "python")
    if (REPO / ".venv" / "bin" / "python").exists()
    else sys.executable
)
NAME = "netralitas-site"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peers", default="hugo pelican")
    parser.add_argument("--no-peers", action="store_true", help="time only netralitas-site")
    parser.add_argument(
        "--incremental",
        type=int,
        default=None,
        help="corpus size for the rebuild timings (default: largest size)",
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

    sections = [header(args)]
    runs = peers_run(args)
    sections.append(comparison(runs, args.sizes))
    size = args.incremental or max(args.sizes)
    sections.append(rebuilds(args, size))
    if args.big:
        sections.append(big_build(args, args.big))
    report = "\n\n".join(s for s in sections if s) + "\n"
    print(report)
    if args.results:
        args.results.write_text(report, "utf-8")
    return 0


def header(args) -> str:
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
        f"# netralitas-site benchmark\n\n- date: {datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
        f"- machine: nproc={os.cpu_count()}, CPU: {cpu}, RAM: {mem:.1f} GiB, {platform.platform()}\n"
        f"- load average at start: {os.getloadavg()[0]:.2f} (other work on the machine makes wall times noisy)\n"
        f"- netralitas-site: commit {commit}{' + uncommitted changes' if dirty else ''}, Python {platform.python_version()}\n"
        f"- sizes {args.sizes}, {args.runs} runs each, output on {args.out_root}"
    )


def ours_cmd(src: str, out: str, extra: str = "") -> str:
    """Our build from scratch: the cache beside the output folder is removed first."""
    return f"rm -rf {out}.cache; cd {REPO} && {PYTHON} build.py --articles {src} --out {out} --quiet {extra}".strip()


def peers_run(args) -> list[tuple]:
    """Run peers.sh (with us as OURS_CMD); rows of runs.tsv."""
    env = {
        **os.environ,
        "BENCH_WORK": str(args.work),
        "OUT_ROOT": str(args.out_root),
        "RUNS": str(args.runs),
        "PEERS": "" if args.no_peers else args.peers,
        "OURS_CMD": ours_cmd("{src}", "{out}"),
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


def comparison(rows, sizes) -> str:
    out = [
        "## Cold full builds (median of the runs; ratios: the peer's time / ours)",
        "",
        "| generator | N | pages | wall s | CPU s | peak RSS MiB | articles/s | wall vs hugo | wall vs pelican | CPU vs hugo | CPU vs pelican | runs: wall (CPU) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
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
            for other in ("hugo", "pelican"):
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
    return "\n".join(out)


def rebuilds(args, size: int) -> str:
    """Cold build, then no-op rebuilds and one-article edits, on a private copy of the corpus."""
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
    for name in names[size // 3 :: size // 3][:3]:
        path = scratch / "txt" / name
        parts = path.read_text("utf-8").split("\n\n")
        parts[min(3, len(parts) - 1)] += (
            " Sebuah kalimat baru ditambahkan."  # into the body, not before the dateline
        )
        path.write_text("\n\n".join(parts), "utf-8")
        before = identities(out)
        wall, cpu, rss = timed(
            f"cd {REPO} && {PYTHON} build.py --articles {scratch / 'txt'} --out {out} --quiet"
        )
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
    return "\n".join(lines)


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
