"""Edit latency: the seconds from saving an article to its served page showing the edit.

Measured for `netralitas-site serve` and for `hugo server` (its default fast-render mode, and with
--disableFastRender) on private copies of one corpus of peers.sh's (the raw .txt articles for
us, Hugo's site with its front matter for Hugo). Each server is started on a free loopback port
and waited for until it serves the first article to be edited; then, EDITS times, one article
gets a sentence with a unique marker word added to its body (the way bench.py's rebuild timings
edit articles: `spread` picks the files, `add_sentence` edits them) and that article's page is
fetched over HTTP every 20 ms until the marker is in it. The clock starts when the write returns.
For serve, the seconds until its build finished are taken too (its build counter, the one the
live-reload script of an open page waits on before reloading it), and each tool's own rebuild
seconds are read from its log. The servers are stopped (SIGTERM, then SIGKILL to their process
group after STOP_TIMEOUT) whatever happens.

bench.py runs this with `--latency SIZE`; `python3 bench/edit_latency.py SIZE` runs it alone on
a corpus that peers.sh has already made (in BENCH_WORK).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import string
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

EDITS = 5
POLL_SECONDS = 0.02  # how often the page is fetched while waiting for the edit
EDIT_TIMEOUT = 120.0  # seconds for one edit to show before it is counted as never shown
READY_TIMEOUT = 900.0  # seconds for a server's first build (ours: about 40 s at 10,000 articles)
SETTLE_SECONDS = 1.0  # pause before each edit, so that it finds the server idle ...
JITTER_SECONDS = 0.5  # ... plus up to this much more: Hugo's watcher hands over changes on a
# 500 ms tick, and a fixed pause would put every edit at the same point of it
STOP_TIMEOUT = 20.0  # seconds a server has to stop after SIGTERM
SENTENCE = "Sebuah kalimat baru ditambahkan."  # what the rebuild timings add
BUILD_STATE = (
    "__netralitas/build.js"  # serve's build counter (src/netralitas_site/dev/livereload.py)
)
HOST = "127.0.0.1"

# No proxy for loopback requests, whatever the environment says.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def spread(names: list[str], count: int) -> list[str]:
    """`count` of the sorted `names`, evenly apart, the last at the end of the list (for three of
    10,000: the 3,334th, 6,667th and 10,000th)."""
    step = max(1, len(names) // count)
    return list(dict.fromkeys(names[min(k * step, len(names) - 1)] for k in range(1, count + 1)))


def add_sentence(path: Path, sentence: str = SENTENCE) -> None:
    """Add `sentence` to the end of the article's fourth block (blocks are separated by blank
    lines): in the body, after the dateline, in a raw .txt article (title first) and in a Hugo
    file (front matter first) alike, since their bodies are the same text."""
    parts = path.read_text("utf-8").split("\n\n")
    parts[min(3, len(parts) - 1)] += " " + sentence
    path.write_text("\n\n".join(parts), "utf-8")


def new_marker() -> str:
    """A word found nowhere else: lowercase letters only, so Markdown and HTML leave it as it is."""
    return "penanda" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(12))


@dataclass
class Server:
    name: str
    command: list[str]  # "{port}" is replaced by the port
    cwd: Path
    folder: Path  # the articles it watches
    files: list[str]  # the article files to edit, in `folder`
    pages: dict[str, str]  # article file name -> its page's path under the server's root
    own_seconds: re.Pattern  # a rebuild's time in the server's log (group 1)
    own_scale: float = 1.0  # seconds per unit of own_seconds
    env: dict[str, str] = field(default_factory=dict)
    build_state: bool = False  # serves BUILD_STATE
    edit_timeout: float = EDIT_TIMEOUT  # an edit's page and (serve) its build, at most


@dataclass
class Result:
    name: str
    ready: float | None = None  # seconds from start until the first page was served
    page: list[float | None] = field(default_factory=list)  # edit -> marker on the page
    done: list[float | None] = field(default_factory=list)  # edit -> build finished (serve)
    own: list[float] = field(default_factory=list)  # the tool's own rebuild seconds, from its log
    stages: list[dict[str, float]] = field(default_factory=list)  # serve's stages per rebuild
    files: list[str] = field(default_factory=list)
    error: str = ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 5.0) -> bytes | None:
    """The body of a 200 answer, else None (not up yet, an error page, a refused connection)."""
    try:
        with OPENER.open(url, timeout=timeout) as answer:
            return answer.read() if answer.status == 200 else None
    except (OSError, http.client.HTTPException):
        return None


def build_number(root: str) -> int | None:
    """serve's build counter once its build has finished: None while it shows an edited
    article's pages made ahead of the build (`"ahead": true`) or when it does not answer."""
    body = fetch(root + BUILD_STATE)
    found = re.search(rb'"build": (\d+)', body or b"")
    if found is None or b'"ahead": true' in (body or b""):
        return None
    return int(found.group(1))


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM and wait; on time-out SIGKILL the process group the server was started in."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT)
            return
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # its own session: only what this run started
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text("utf-8", "replace").splitlines()[-lines:])
    except OSError:
        return ""


def run(server: Server, log_path: Path) -> Result:
    """Start the server, time the edits of its files, stop it."""
    result = Result(server.name, files=server.files)
    port = free_port()
    root = f"http://{HOST}:{port}/"
    command = [part.replace("{port}", str(port)) for part in server.command]
    with open(log_path, "wb") as log:
        started = time.perf_counter()
        proc = subprocess.Popen(
            command,
            cwd=server.cwd,
            env={**os.environ, **server.env},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a process group of its own, for stop()
        )
        try:
            first = root + server.pages[server.files[0]]
            while fetch(first) is None:
                if proc.poll() is not None:
                    raise RuntimeError(f"exited with {proc.returncode}")
                if time.perf_counter() - started > READY_TIMEOUT:
                    raise RuntimeError(f"{first} not served after {READY_TIMEOUT:.0f} s")
                time.sleep(0.1)
            result.ready = time.perf_counter() - started
            jitter = random.Random(len(server.files))  # the same pauses on every run
            for name in server.files:
                time.sleep(SETTLE_SECONDS + jitter.uniform(0, JITTER_SECONDS))
                page, done = edit_once(server, root, name, proc)
                result.page.append(page)
                result.done.append(done)
            time.sleep(SETTLE_SECONDS)  # the last rebuild's log lines
        except (RuntimeError, OSError) as exc:
            result.error = f"{exc}; last lines of {log_path}:\n{tail(log_path)}"
        finally:
            stop(proc)
    own = [
        float(m.group(1)) * server.own_scale
        for m in server.own_seconds.finditer(log_path.read_text("utf-8", "replace"))
    ]
    result.own = own[1:] if server.build_state else own  # serve logs its first build too
    if server.build_state:
        result.stages = stage_timings(log_path)[1:]
    return result


def edit_once(
    server: Server, root: str, name: str, proc: subprocess.Popen
) -> tuple[float | None, float | None]:
    """(seconds until the marker is on the page, seconds until serve's build finished)."""
    url = root + server.pages[name]
    before = build_number(root) if server.build_state else None
    if server.build_state and before is None:
        raise RuntimeError(f"no build counter at {root + BUILD_STATE}")
    marker = new_marker()
    add_sentence(server.folder / name, f"{SENTENCE[:-1]}, {marker}.")
    written = time.perf_counter()
    page = done = None
    tick = written
    while page is None or (server.build_state and done is None):
        now = time.perf_counter()
        if now - written > server.edit_timeout:
            break
        if proc.poll() is not None:
            raise RuntimeError(f"exited with {proc.returncode} while an edit was waited for")
        if page is None and marker.encode() in (fetch(url) or b""):
            page = time.perf_counter() - written
        if server.build_state and done is None:
            number = build_number(root)
            if number is not None and before is not None and number > before:
                done = time.perf_counter() - written
        tick += POLL_SECONDS
        time.sleep(max(0.0, tick - time.perf_counter()))
    return page, done


STAGE = re.compile(r"(?:timings: |, )(.+?) ([\d.]+)s \d+MB")


def stage_timings(log_path: Path) -> list[dict[str, float]]:
    """serve's seconds per build stage, from the `timings:` lines NETRALITAS_TIMINGS=1 prints."""
    return [
        {m.group(1): float(m.group(2)) for m in STAGE.finditer(line)}
        for line in log_path.read_text("utf-8", "replace").splitlines()
        if line.startswith("timings: ")
    ]


def our_pages(python: str, repo: Path, folder: Path, files: list[str]) -> dict[str, str]:
    """Each file's page path on our site, by the product's own rules (article id from the file
    path, extract/article.py; page path, urls.py), asked of the venv's Python."""
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1])\n"
        "from netralitas_site.extract.article import article_id\n"
        "from netralitas_site.urls import article_path\n"
        "print(json.dumps({f: article_path(article_id(f)) for f in sys.argv[2:]}))"
    )
    out = subprocess.run(
        [python, "-c", code, str(repo / "src"), *files],
        capture_output=True,
        text=True,
        check=True,
        cwd=folder,
    ).stdout
    return json.loads(out)


def hugo_pages(content: Path, files: list[str]) -> dict[str, str]:
    """Each file's page path on the Hugo site peers.sh sets up: no permalinks in its config, so a
    page of content/posts/ is at posts/<front matter slug>/."""
    pages = {}
    for name in files:
        head = (content / name).read_text("utf-8").split("\n---\n", 1)[0]
        slug = next(line for line in head.splitlines() if line.startswith("slug: "))
        pages[name] = f"posts/{json.loads(slug[len('slug: ') :])}/"
    return pages


def measure(
    work: Path,
    out_root: Path,
    size: int,
    python: str,
    repo: Path,
    edits: int = EDITS,
    edit_timeout: float = EDIT_TIMEOUT,
) -> list[Result]:
    """Time `edits` edits under each server, on copies of peers.sh's corpus of `size` articles."""
    corpus = work / f"n{size}"
    if not (corpus / "txt").is_dir() or not (corpus / "hugo" / "content" / "posts").is_dir():
        raise SystemExit(f"no corpus of {size} articles in {corpus} (peers.sh makes it)")
    if shutil.which("hugo") is None:
        raise SystemExit("hugo is not installed (peers.sh installs it when 'hugo' is a peer)")
    scratch = work / f"latency-n{size}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    out = out_root / f"latency-n{size}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    names = sorted(p.name for p in (corpus / "txt").iterdir() if p.suffix == ".txt")
    files = spread(names, edits)
    servers = []

    ours = scratch / "txt"
    shutil.copytree(corpus / "txt", ours)
    servers.append(
        Server(
            "netralitas-site serve",
            [python, "-m", "netralitas_site", "serve", "--articles", str(ours)]
            + ["--out", str(out / "site"), "--port", "{port}"],
            cwd=repo,  # as bench.py's builds: with the repository's site.yaml
            folder=ours,
            files=files,
            pages=our_pages(python, repo, ours, files),
            own_seconds=re.compile(r"built \d+ articles, .* in ([\d.]+) s \("),
            env={"PYTHONPATH": str(repo / "src"), "NETRALITAS_TIMINGS": "1"},
            build_state=True,
            edit_timeout=edit_timeout,
        )
    )
    hugo_files = [Path(f).with_suffix(".md").name for f in files]  # make_corpus.py's names
    for label, extra in (
        ("hugo server", []),
        ("hugo server --disableFastRender", ["--disableFastRender"]),
    ):
        site = scratch / ("hugo-full" if extra else "hugo")
        shutil.copytree(corpus / "hugo", site)
        content = site / "content" / "posts"
        servers.append(
            Server(
                label,
                ["hugo", "server", "--source", str(site), "--bind", HOST, "--port", "{port}"]
                + ["--baseURL", f"http://{HOST}/", *extra],
                cwd=site,
                folder=content,
                files=hugo_files,
                pages=hugo_pages(content, hugo_files),
                own_seconds=re.compile(r"Total in (\d+) ms"),
                own_scale=0.001,
                edit_timeout=edit_timeout,
            )
        )
    results = []
    for server in servers:
        print(f"[latency] {server.name}, {size} articles ...", file=sys.stderr, flush=True)
        results.append(run(server, scratch / f"{server.name.replace(' ', '_')}.log"))
    return results


def seconds(values: Sequence[float | None], how=statistics.median) -> str:
    shown = [v for v in values if v is not None]
    if not shown:
        return "–"
    return f"{how(shown):.2f}" + (
        f" ({len(values) - len(shown)} never)" if len(shown) < len(values) else ""
    )


def section(size: int, results: list[Result], cli: list[tuple[str, list[float], str]]) -> str:
    """The Markdown table: a row per server, then `cli`: (what, seconds per edit, note) rows."""
    lines = [
        f"## Edit latency, {size} articles",
        "",
        "One article edited, then its page fetched every 20 ms until the edit is in it (servers), "
        "or the command run until it ends (command line). Seconds from the write.",
        "",
        "| tool | edits | edit → page has it: median s | max s | edit → build finished: median s | max s "
        "| rebuild time in the tool's log: median s | start → first page s | each edit: page s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    notes = []
    for r in results:
        each = ", ".join("never" if v is None else f"{v:.2f}" for v in r.page)
        done = (seconds(r.done), seconds(r.done, max)) if any(r.done) else ("", "")
        lines.append(
            f"| {r.name} | {len(r.page)} | {seconds(r.page)} | {seconds(r.page, max)} | "
            f"{done[0]} | {done[1]} | {seconds(r.own)} | "
            f"{'–' if r.ready is None else f'{r.ready:.2f}'} | {each} |"
        )
        if len(r.own) == len(r.page) and None not in r.page:
            waits = [p - o for p, o in zip(r.page, r.own) if p is not None]
            wait = statistics.median(waits)
            notes.append(
                f"{r.name}: page time less the rebuild time in its log, median {wait:.2f} s "
                + (
                    "(noticing the change, fetching the page)"
                    if wait >= 0
                    else "(below zero: the page was served before the rebuild ended)"
                )
            )
        if r.error:
            notes.append(f"{r.name}: stopped early: {r.error.splitlines()[0]}")
        if r.stages:
            names = list(dict.fromkeys(name for stage in r.stages for name in stage))
            notes.append(
                f"{r.name}: its rebuilds' stages, median s (NETRALITAS_TIMINGS): "
                + ", ".join(
                    f"{n} {statistics.median(stage.get(n, 0.0) for stage in r.stages):.2f}"
                    for n in names
                )
            )
    for what, walls, note in cli:
        each = ", ".join(f"{v:.2f}" for v in walls)
        med, top = seconds(walls), seconds(walls, max)
        lines.append(f"| {what} | {len(walls)} | {med} | {top} | {med} | {top} | | | {each} |")
        if note:
            notes.append(f"{what}: {note}")
    if results:
        notes.append(
            "files edited: " + ", ".join(results[0].files) + f" (a sentence with a new word added "
            f"to the body each time, after a pause of {SETTLE_SECONDS:.0f} to "
            f"{SETTLE_SECONDS + JITTER_SECONDS:.1f} s)"
        )
    notes += [
        "build finished: serve's build counter moved at the end of its whole build (an open page "
        "also reloads before, when serve shows the edited article's pages made ahead of the build)",
        "hugo server renders into memory; by default in fast-render mode (after a change it "
        "re-renders the pages visited first), and with --disableFastRender every page",
    ]
    return "\n".join(lines + [""] + [f"- {n}" for n in notes])


def main() -> int:
    here = Path(__file__).resolve().parent.parent
    venv = here / ".venv" / "bin" / "python"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=int, help="a corpus size peers.sh has made")
    parser.add_argument("--edits", type=int, default=EDITS)
    parser.add_argument(
        "--work", type=Path, default=Path(os.environ.get("BENCH_WORK", "/tmp/bench-work"))
    )
    parser.add_argument(
        "--out-root", type=Path, default=Path(os.environ.get("OUT_ROOT", "/dev/shm/bench-out"))
    )
    parser.add_argument("--python", default=str(venv) if venv.exists() else sys.executable)
    parser.add_argument(
        "--edit-timeout",
        type=float,
        default=EDIT_TIMEOUT,
        help="seconds an edit's page and serve's build may take (serve rebuilds 100,000 "
        "articles in minutes, and the next edit waits for that build)",
    )
    args = parser.parse_args()
    results = measure(
        args.work, args.out_root, args.size, args.python, here, args.edits, args.edit_timeout
    )
    print(section(args.size, results, []))
    return 0


if __name__ == "__main__":
    sys.exit(main())
