"""A build stopped by a signal, or killed, leaves nothing behind: no process, no temporary
folder or file, and the site as it was or whole and new."""

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO
from netralitas_site.engine.manifest import MANIFEST, PENDING
from netralitas_site.engine.output import SiteWriter
from test_incremental_tools import built, cold, corpus_copy, tree
from test_output import _left_after, _processes_mentioning, two_versions

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="lists processes through /proc")

EXIT_CODES = {signal.SIGTERM: 143, signal.SIGINT: 130, signal.SIGHUP: 129}


def start_build(
    articles: Path,
    out: Path,
    temporary: Path,
    *extra: str,
    env: dict | None = None,
    own_group: bool = False,
) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            str(REPO / "build.py"),
            "--articles",
            str(articles),
            "--out",
            str(out),
            "--quiet",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temporary), **(env or {})},
        start_new_session=own_group,
    )


def wait_for(condition, process: subprocess.Popen, seconds: float = 120) -> bool:
    """Poll `condition` until it holds (True) or the build ends first (False)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if process.poll() is not None:
            return False
        assert time.monotonic() < deadline, (
            "the build never reached the moment it was to be stopped at"
        )
        time.sleep(0.01)
    return True


def indexing(temporary: Path):
    return lambda: any("pagefind_run.py" in p for p in _processes_mentioning(str(temporary)))


def children(pid: int) -> list[int]:
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry))
    return found


def stopped_cleanly(
    process: subprocess.Popen, signum: int, temporary: Path, out: Path, to_group: bool = False
) -> str:
    """Send `signum` (to the build, or to its whole process group as a terminal or a CI runner
    does) and check how it ends: its exit code within 5 s, every process it started gone within
    2 s, no temporary folder. The build's stderr."""
    (os.killpg if to_group else os.kill)(process.pid, signum)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        left = _processes_mentioning(str(temporary))
        process.kill()
        process.communicate()
        pytest.fail(f"the build still ran 5 s after {signum.name}; processes: {left}")
    left = _left_after(str(temporary), 2.0) + _left_after(str(out), 0.0)
    try:  # nothing left holds its stdout or stderr (a process being torn down may, for a moment)
        _, err = process.communicate(timeout=3)
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"the build's output was still held after it ended; processes: {left}, "
            f"holding stdout: {holders(process.stdout)}"
        )
    assert left == [], f"processes left by a build stopped with {signum.name}: {left}"
    # -signum: the signal came while the interpreter was still starting, before any handler of the
    # build's existed (its default action; nothing was started yet, as the checks above show)
    assert process.returncode in (EXIT_CODES[signum], -signum), (
        f"{signum.name}: exit {process.returncode}\n{err}"
    )
    if process.returncode == EXIT_CODES[signum]:  # the build's handler ran: it says so
        assert "interrupted" in err, f"{signum.name}: exit {process.returncode}\n{err}"
    assert "Traceback" not in err, err
    assert list(temporary.iterdir()) == [], "a temporary folder was left"
    return err


@pytest.mark.parametrize(
    "signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name
)
def test_each_stop_signal_ends_the_build_and_everything_it_started(
    synthetic_corpus, tmp_path, signum
):
    """Stopped while its workers, its data-file process and its indexer all run. Before, SIGHUP
    (a closed terminal, an SSH session dropped) ended the build without any cleanup: exit -1, the
    indexer and its temporary folder left behind."""
    articles = corpus_copy(synthetic_corpus[0], tmp_path / "articles")
    out = tmp_path / "site"
    built(articles, out)
    old = tree(out)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process = start_build(articles, out, temporary, "--no-cache")
    assert wait_for(indexing(temporary), process), "the build ended before its indexer was seen"
    stopped_cleanly(process, signum, temporary, out)
    assert tree(out) == old


def slow_pagefind(folder: Path) -> Path:
    """A stand-in for the Pagefind binary that indexes nothing for a minute (one process, which
    keeps its arguments, as Pagefind does): the indexer is still running whenever the test looks."""
    fake = folder / "pagefind-lambat"
    fake.write_text(f"#!{sys.executable}\nimport time\ntime.sleep(60)\n", "utf-8")
    fake.chmod(0o755)
    return fake


def test_workers_of_a_build_killed_outright_end_with_it(synthetic_corpus, tmp_path):
    """SIGKILL (the out-of-memory killer, `kill -9`) gives the build no chance to stop anything:
    its page workers, its data-file process and its indexer notice that it died (the kernel's
    parent-death signal) and end within 2 s, closing its stdout. Before, the indexer (and the
    Pagefind it ran) went on for as long as indexing took, a minute here."""
    articles = corpus_copy(synthetic_corpus[0], tmp_path / "articles")
    out = tmp_path / "site"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process = start_build(
        articles,
        out,
        temporary,
        "--no-cache",
        "--jobs",
        "2",
        env={"PAGEFIND_BINARY_PATH": str(slow_pagefind(tmp_path))},
    )
    # the indexer and the two page workers (the data-file process may be done by then)
    assert wait_for(lambda: len(children(process.pid)) >= 3, process), (
        "the build ended before its workers ran"
    )
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert _left_after(str(temporary), 2.0) == [], "processes outlived the killed build"
    assert _left_after(str(out), 0.0) == []
    # a process the kernel is still tearing down (its memory first, its files last) no longer
    # shows a command line: the pipe's holders are what tells whether anything kept stdout
    assert closed_within(process.stdout, 3.0), (
        f"the build's stdout is still held open by {holders(process.stdout)}"
    )
    process.stdout.close()
    process.stderr.close()


def closed_within(pipe, seconds: float) -> bool:
    """Whether every writer of `pipe` (a quiet build writes nothing to it) closes it in time."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([pipe], [], [], left)
        if ready:
            return pipe.read() == ""
    return False


def holders(pipe) -> list[str]:
    """The processes holding the other end of `pipe`: pid, state and command line of each."""
    target = os.readlink(f"/proc/self/fd/{pipe.fileno()}")
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        if int(pid) == os.getpid():
            continue
        try:
            if any(
                os.readlink(f"/proc/{pid}/fd/{fd}") == target
                for fd in os.listdir(f"/proc/{pid}/fd")
            ):
                with open(f"/proc/{pid}/stat") as f:
                    state = f.read().rpartition(")")[2].split()[0]
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmdline = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
                found.append(f"{pid} [{state}]: {cmdline}")
        except OSError:
            continue
    return found


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_build_writing_in_place_removes_what_killed_builds_left_and_nothing_else(tmp_path):
    """Without a cache folder files are replaced one by one, each written first to a temporary
    file beside it. A build killed meanwhile left `index.html.tmp-<pid>` files in the site for
    good. The next build removes those of builds no longer running, of files the program made
    (manifest, or pending list) only: a user's file of a similar name, and a temporary file of a
    process still running, stay."""
    out = tmp_path / "site"
    first = SiteWriter(out, None)
    stage = first.open()
    stage.put("index.html", b"satu")
    stage.put("artikel/a/index.html", b"a")
    first.commit(["index.html", "artikel/a/index.html"])
    gone, alive = dead_pid(), os.getppid()
    stray = [
        f"index.html.tmp-{gone}",
        f"artikel/a/index.html.tmp-{gone}-stream",
        f"artikel/b/index.html.tmp-{gone}",
        MANIFEST + ".tmp",
    ]
    (out / PENDING).write_text('"artikel/b/index.html"\n', "utf-8")  # begun by the killed build
    kept = {
        f"catatan.txt.tmp-{gone}": "milik pengguna\n",  # the user's: no file of that name was made
        f"index.html.tmp-{alive}": "sedang ditulis\n",
    }  # a process of that pid still runs
    for rel in stray:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text("setengah", "utf-8")
    for rel, text in kept.items():
        (out / rel).write_text(text, "utf-8")
    again = SiteWriter(out, None)
    stage = again.open()
    assert again.user_files == [f"catatan.txt.tmp-{gone}"]
    stage.put("index.html", b"dua")
    again.commit(["index.html"])
    for rel in stray:
        assert not (out / rel).exists(), rel
    for rel, text in kept.items():
        assert (out / rel).read_text("utf-8") == text, rel
    assert (out / "index.html").read_bytes() == b"dua"


def test_a_stopped_build_writing_in_place_removes_its_own_temporary_files(tmp_path):
    """Stopped while a worker (gone by now) and the build itself were writing: what they began
    is removed when the build gives the folder up, not left for the next one."""
    out = tmp_path / "site"
    writer = SiteWriter(out, None)
    stage = writer.open()
    stage.put("index.html", b"satu")
    stage._note_new("artikel/a/index.html")  # a worker noted it, and was stopped as it wrote
    (out / "artikel" / "a").mkdir(parents=True)
    (out / f"artikel/a/index.html.tmp-{dead_pid()}").write_bytes(b"setengah")
    (out / f"index.html.tmp-{os.getpid()}-stream").write_bytes(b"setengah")
    writer.abort()
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        PENDING,
        "index.html",
    ]


@pytest.mark.slow
def test_builds_stopped_at_any_moment_leave_nothing_behind(synthetic_corpus, tmp_path):
    """50 builds, each stopped by SIGTERM, SIGINT or SIGHUP (mixed, some sent to the whole process
    group as a terminal does) at a random moment of the build (seeded delays over most of its
    length), or at the moment its indexer runs: every time, the exit code of the signal, no
    process left (by command line or environment), no temporary folder, nothing stray in the
    output folder, and the site either the old one or the whole new one."""
    before, after = two_versions(synthetic_corpus[0], tmp_path)
    versions = {
        label: cold(articles, tmp_path / f"cold-{label}")
        for label, articles in (("before", before), ("after", after))
    }
    assert versions["before"] != versions["after"]
    out = tmp_path / "site"
    started = time.perf_counter()
    built(before, out, "--no-cache")
    duration = time.perf_counter() - started
    rng = random.Random(20250611)
    signals = [signal.SIGTERM, signal.SIGINT, signal.SIGHUP]
    outcomes = {"stopped": 0, "finished first": 0}
    live = "before"
    for attempt in range(50):
        target = "after" if live == "before" else "before"
        temporary = tmp_path / f"tmp-{attempt}"
        temporary.mkdir()
        signum = signals[attempt % 3]
        to_group = attempt % 5 == 4
        process = start_build(
            after if target == "after" else before, out, temporary, "--no-cache", own_group=to_group
        )
        if attempt % 5 == 0:
            reached = wait_for(indexing(temporary), process)
        else:
            reached = not select.select([process.stdout], [], [], rng.uniform(0.0, duration * 0.9))[
                0
            ]
            reached = reached and process.poll() is None
        if reached:
            stopped_cleanly(process, signum, temporary, out, to_group)
            outcomes["stopped"] += 1
        else:
            _, err = process.communicate(timeout=60)
            assert process.returncode == 0, err
            outcomes["finished first"] += 1
        now = tree(out)
        assert now in (versions["before"], versions["after"]), (
            f"attempt {attempt}: a mix of two versions"
        )
        assert not [p for p in now if ".tmp" in p], (
            f"attempt {attempt}: a temporary file in the site"
        )
        live = "after" if now == versions["after"] else "before"
    print(f"stop outcomes: {outcomes}, a whole build {duration:.2f} s")
    # most builds are stopped (how many finish first depends on how busy the machine is meanwhile)
    assert outcomes["stopped"] >= 25


def test_the_data_files_process_leaves_no_scratch_folder_when_stopped(tmp_path):
    """The forked process that makes the open data writes the database's scratch copy in a
    folder the build owns: stopped at once (SIGTERM, no clean-up of its own), it leaves nothing
    in the temporary folder."""
    import tempfile

    from netralitas_site.engine.incremental import Beside, SiteFiles

    started = tmp_path / "started"

    def make(files):
        folder = tempfile.mkdtemp(prefix="scratch-")  # as the database export does
        started.write_text(folder, "utf-8")
        time.sleep(60)

    previous = tempfile.tempdir
    tempfile.tempdir = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    try:
        beside = Beside(make, SiteFiles(None))
        deadline = time.monotonic() + 20
        while not started.exists():
            assert time.monotonic() < deadline, "the process never started its work"
            time.sleep(0.02)
        beside.close()
    finally:
        tempfile.tempdir = previous
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_stop_right_after_the_lock_is_released_does_not_close_it_twice(tmp_path, monkeypatch):
    """A stop signal raised the moment the output folder's lock is closed unwinds into abort();
    before, abort closed the same descriptor again and the build ended in EBADF with exit 1
    instead of the signal's code (seen once in the stress test)."""
    from netralitas_site.engine import output

    writer = output.SiteWriter(tmp_path / "site", tmp_path / "cache")
    writer.lock()
    real_close = os.close

    def close_then_stop(fd):
        real_close(fd)
        raise KeyboardInterrupt  # what the build's signal handler raises at that instant

    monkeypatch.setattr(output.os, "close", close_then_stop)
    with pytest.raises(KeyboardInterrupt):
        writer._unlock()
    monkeypatch.setattr(output.os, "close", real_close)
    writer.abort()  # no OSError: the descriptor was already forgotten


def test_a_stop_arriving_in_a_finalizer_is_kept_for_the_builds_end():
    """Python ignores an exception raised in a finalizer ('Exception ignored in __del__'), so a
    stop arriving there raises nothing and is kept (cli.STOPS): run_build acts on it once the
    build returns. Anywhere else the stop raises at once."""
    import sys as _sys

    from netralitas_site.commands import cli

    saved = {number: signal.getsignal(number) for number in cli.STOP_SIGNALS}
    try:
        cli.stop_on_terminate()
        handler = signal.getsignal(signal.SIGTERM)

        def __del__():  # a finalizer's frame, as Python runs it
            handler(signal.SIGTERM, _sys._getframe())

        __del__()
        assert cli.STOPS == [signal.SIGTERM]
        cli.stop_on_terminate()
        with pytest.raises(cli.Terminated):
            signal.getsignal(signal.SIGTERM)(signal.SIGTERM, _sys._getframe())
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)
        cli.STOPS.clear()


def test_a_stopped_build_removes_its_own_temporary_folders_and_no_others(tmp_path):
    """As a stopped build ends, the temporary folders named with its pid go (a stop arriving
    between a folder's making and its owner holding it left one); another build's stay."""
    from netralitas_site.site.pagefind_index import remove_own_folders

    mine = tmp_path / f"netralitas-beside-{os.getpid()}-abc"
    other = tmp_path / f"netralitas-beside-{os.getpid() + 1}-abc"
    for folder in (mine, other):
        (folder / "inside").mkdir(parents=True)
    remove_own_folders(str(tmp_path))
    assert not mine.exists() and other.exists()


def test_a_stop_while_the_temporary_folder_is_probed_leaves_no_file(tmp_path, monkeypatch):
    """A process's first `tempfile.gettempdir()` writes a file of its own into the temporary
    folder and removes it; a stop arriving in between is held until the file is removed (one
    probe, finished), and the build then ends as stopped, leaving the folder empty."""
    import tempfile

    from netralitas_site.commands.cli import main

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Judul berita\n\nIsi berita yang pendek.\n", encoding="utf-8")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)  # this process has not probed yet
    original = tempfile._get_default_tempdir
    begun, probed = [], []

    def probe():
        begun.append(True)
        os.kill(os.getpid(), signal.SIGINT)  # the stop arrives as the folder is probed
        found = original()
        probed.append(found)  # reached only when the stop waited for the probe
        return found

    monkeypatch.setattr(tempfile, "_get_default_tempdir", probe)
    handlers = {number: signal.getsignal(number) for number in EXIT_CODES}
    try:
        code = main(
            ["build", "--articles", str(articles), "--out", str(tmp_path / "site"), "--quiet"]
        )
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    assert begun == [True] and probed == [str(temporary)]
    assert code == EXIT_CODES[signal.SIGINT]
    assert list(temporary.iterdir()) == []
