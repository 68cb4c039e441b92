"""The output folder: swapped in whole, never half-written, the user's files never touched."""

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO, SEEDS_DIR, build
from netralitas_site.engine import output, output_paths
from netralitas_site.engine.manifest import MANIFEST, PENDING, write_manifest
from netralitas_site.engine.output import SiteWriter
from netralitas_site.engine.output_paths import OutputError, safe_rel
from netralitas_site.engine.stage import Stage
from test_incremental_tools import article_id, built, cold, corpus_copy, tree


def test_user_files_survive_rebuilds_edits_and_deletions(tmp_path):
    articles = corpus_copy(SEEDS_DIR, tmp_path / "articles")
    out = tmp_path / "site"
    built(articles, out)
    doomed = article_id("003_3aeabc295bcde505.txt")
    user = {
        "CNAME": "arsip.example.org\n",
        "artikel/catatan.txt": "catatan saya\n",
        f"artikel/{doomed}/catatan.txt": "jangan dihapus\n",
        ".well-known/security.txt": "Contact: mailto:a@example.org\n",
    }
    for rel, text in user.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, "utf-8")
    (out / "kosong").mkdir()
    (out / "tautan").symlink_to("CNAME")
    inode = (out / "CNAME").stat().st_ino
    (articles / "003_3aeabc295bcde505.txt").unlink()
    (articles / "002_03c4d5d46eab7ade.txt").write_text(
        (articles / "002_03c4d5d46eab7ade.txt").read_text("utf-8") + "\nTambahan.\n", "utf-8"
    )
    built(articles, out)
    built(articles, out)
    for rel, text in user.items():
        assert (out / rel).read_text("utf-8") == text, rel
    assert (out / "kosong").is_dir() and os.readlink(out / "tautan") == "CNAME"
    assert (out / "CNAME").stat().st_ino == inode, "the user's file is the very same file"
    assert not (out / f"artikel/{doomed}/index.html").exists()
    expected = cold(articles, tmp_path / "cold")
    assert {k: v for k, v in tree(out).items() if k not in user and k != "tautan"} == expected


def test_a_user_file_in_the_way_of_a_page_is_kept_and_reported(tmp_path):
    articles = corpus_copy(SEEDS_DIR, tmp_path / "articles")
    moved = articles / "004_0987cee8ea61e4de.txt"
    held = tmp_path / moved.name
    moved.rename(held)
    out = tmp_path / "site"
    built(articles, out)
    mine = out / f"artikel/{article_id(moved.name)}/index.html"
    mine.parent.mkdir(parents=True)
    mine.write_text("halaman saya", "utf-8")
    held.rename(moved)
    result = build(articles, out, "--strict")
    assert result.returncode == 1
    assert (
        f"artikel/{article_id(moved.name)}/index.html: error: a file or folder the build did not make"
        in result.stderr
    )
    assert mine.read_text("utf-8") == "halaman saya"
    assert (out / "index.html").is_file()


def test_an_existing_folder_without_a_manifest_keeps_every_file(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("situs lama", "utf-8")
    (out / "gambar.png").write_bytes(b"\x89PNG....")
    result = build(SEEDS_DIR, out)
    assert result.returncode == 0
    assert "index.html: error: a file or folder the build did not make" in result.stderr
    assert (out / "index.html").read_text("utf-8") == "situs lama"
    assert (out / "gambar.png").read_bytes() == b"\x89PNG...."
    assert (out / "feed.xml").is_file()


def test_output_behind_a_symlink_is_written_through_it(tmp_path):
    real = tmp_path / "real"
    link = tmp_path / "site"
    real.mkdir()
    link.symlink_to(real, target_is_directory=True)
    built(SEEDS_DIR, link)
    built(SEEDS_DIR, link)
    assert link.is_symlink() and (real / "index.html").is_file()


def test_refuses_output_folders_that_hold_the_inputs(tmp_path):
    articles = corpus_copy(SEEDS_DIR, tmp_path / "articles")
    assert build(articles, articles / "site").returncode == 2
    assert build(articles, tmp_path).returncode == 2
    assert build(articles, REPO / "templates" / "x").returncode == 2
    assert sorted(p.name for p in articles.iterdir()) == sorted(p.name for p in SEEDS_DIR.iterdir())


@pytest.mark.parametrize(
    "rel", ["../x", "/etc/passwd", "a/../../b", "http://x/y", "c:x", "a\\..\\b", "", "a//b", "./a"]
)
def test_unsafe_site_paths_are_refused(rel):
    assert not safe_rel(rel)


def two_versions(corpus, folder):
    """(before, after): copies of the corpus, the second with one article in seven edited and one
    in fifty removed, so a build of either is a different site."""
    before = corpus_copy(corpus, folder / "before")
    after = corpus_copy(corpus, folder / "after")
    names = sorted(p.name for p in after.iterdir())
    for name in names[::7]:
        path = after / name
        path.write_text(
            path.read_text("utf-8").replace("Pilkada", "Pemilihan Kepala Daerah"), "utf-8"
        )
    for name in names[1::50]:
        (after / name).unlink()
    return before, after


def test_kill_at_any_moment_leaves_the_previous_site_or_the_new_one(synthetic_corpus, tmp_path):
    before, after = two_versions(synthetic_corpus[0], tmp_path)
    out = tmp_path / "site"
    built(before, out)
    (out / "CNAME").write_text("arsip.example.org\n", "utf-8")
    old = tree(out)
    new = cold(after, tmp_path / "cold")
    new["CNAME"] = old["CNAME"]
    started = time.perf_counter()
    built(after, out)
    duration = time.perf_counter() - started
    rng = random.Random(20241122)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    outcomes = []
    for _attempt in range(8):
        if tree(out) != old:
            started = time.perf_counter()
            built(before, out)
            duration = max(duration, time.perf_counter() - started)  # the machine may be busy
            assert tree(out) == old
        process = subprocess.Popen(
            [
                sys.executable,
                str(REPO / "build.py"),
                "--articles",
                str(after),
                "--out",
                str(out),
                "--quiet",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "TMPDIR": str(temporary)},
        )  # what SIGKILL leaves stays here
        time.sleep(rng.uniform(0.05, duration * 1.3))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = tree(out)
        assert now in (old, new), "the output folder holds a mix of two versions"
        assert not [p for p in now if ".tmp" in p]
        outcomes.append("new" if now == new else "old")
    print("kill outcomes:", outcomes, duration)
    built(after, out)
    assert tree(out) == new


def test_without_atomic_exchange_a_journal_finishes_the_swap(tmp_path, monkeypatch):
    out, cache = tmp_path / "site", tmp_path / "site.cache"
    first = SiteWriter(out, cache)
    stage = first.open()
    stage.put("index.html", b"satu")
    first.commit(["index.html"])
    monkeypatch.setattr(
        output, "exchange", lambda a, b: (_ for _ in ()).throw(OSError(errno.EINVAL, "no"))
    )
    second = SiteWriter(out, cache)
    stage = second.open()
    stage.put("index.html", b"dua")
    second.commit(["index.html"])
    assert (out / "index.html").read_bytes() == b"dua"
    # a build killed between the renames: out moved aside, the new version still in spare
    third = SiteWriter(out, cache)
    stage = third.open()
    stage.put("index.html", b"tiga")
    write_manifest(Path(stage.root), ["index.html"])
    third.abort()
    (cache / "swap.json").write_text("{}", "utf-8")
    os.rename(out, cache / "previous")
    SiteWriter(out, cache).open()
    assert (out / "index.html").read_bytes() == b"tiga"
    assert not (cache / "swap.json").exists() and (cache / "spare").is_dir()


def test_ctrl_c_during_a_swap_without_atomic_exchange_takes_effect_once_it_is_done(
    tmp_path, monkeypatch
):
    """Ctrl+C (or SIGTERM) arriving between the three renames of a swap is held until the swap
    is done: the output folder is never left moved aside."""
    out, cache = tmp_path / "site", tmp_path / "site.cache"
    first = SiteWriter(out, cache)
    first.open().put("index.html", b"satu")
    first.commit(["index.html"])
    monkeypatch.setattr(
        output, "exchange", lambda a, b: (_ for _ in ()).throw(OSError(errno.EINVAL, "no"))
    )

    class InterruptingOs:  # output.py's `os`, whose rename is followed by Ctrl+C
        def __getattr__(self, name):
            return getattr(os, name)

        def rename(self, a, b):
            os.rename(a, b)
            os.kill(
                os.getpid(), signal.SIGINT
            )  # Python raises KeyboardInterrupt at once, unless held

    second = SiteWriter(out, cache)
    second.open().put("index.html", b"dua")
    monkeypatch.setattr(output, "os", InterruptingOs())
    with pytest.raises(KeyboardInterrupt):
        second.commit(["index.html"])
    monkeypatch.undo()
    assert (out / "index.html").read_bytes() == b"dua"
    assert (
        not (cache / "swap.json").exists()
        and (cache / "spare" / "index.html").read_bytes() == b"satu"
    )


def test_a_build_stopped_while_writing_in_place_leaves_no_file_taken_for_the_users(tmp_path):
    """Without a cache folder files are replaced one by one. A build stopped before it wrote its
    manifest left new pages the manifest did not list: the next build took them for the user's,
    kept them and never wrote those pages again ("output-conflict" for good)."""
    out = tmp_path / "site"
    first = SiteWriter(out, None)
    first.open().put("index.html", b"satu")
    first.commit(["index.html"])
    stopped = SiteWriter(out, None)
    stage = stopped.open()
    stage.put("index.html", b"dua")
    stage.put("artikel/baru/index.html", b"baru")
    stage.put_stream("data/articles.json", [b"{", b"}"])
    stopped.abort()  # killed here: no manifest written
    (out / "CNAME").write_text("arsip.example.org\n", "utf-8")  # the user's own file
    again = SiteWriter(out, None)
    stage = again.open()
    assert again.user_files == ["CNAME"]
    assert stage.put("artikel/baru/index.html", b"baru lagi") is not None
    again.commit(["index.html", "artikel/baru/index.html"])
    assert (out / "artikel/baru/index.html").read_bytes() == b"baru lagi"
    assert not (out / "data/articles.json").exists(), (
        "a file only the stopped build made is removed"
    )
    assert (out / "CNAME").read_text("utf-8") == "arsip.example.org\n"
    assert not (out / PENDING).exists()
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        MANIFEST,
        "CNAME",
        "artikel/baru/index.html",
        "index.html",
    ]


def test_a_second_build_into_the_same_folder_waits_its_turn(tmp_path, monkeypatch):
    monkeypatch.setenv("NETRALITAS_LOCK_WAIT", "0.5")
    out = tmp_path / "site"
    holder = SiteWriter(out, tmp_path / "site.cache")
    holder.open()
    try:
        result = build(SEEDS_DIR, out)
        assert result.returncode == 2 and "another build" in result.stderr
    finally:
        holder.abort()
    assert build(SEEDS_DIR, out).returncode == 0


def test_every_version_holds_exactly_its_files(tmp_path):
    """From the third build on, the spare folder (the version before last) is turned into the new
    version using the recorded contents of each version instead of a walk: what it holds then is
    what a build from scratch makes, plus the user's files, nothing left over."""
    articles = corpus_copy(SEEDS_DIR, tmp_path / "articles")
    out = tmp_path / "site"
    names = sorted(p.name for p in articles.glob("*.txt"))
    steps = [
        lambda: None,
        lambda: (out / "catatan.txt").write_text("milik pengguna\n", "utf-8"),
        lambda: (articles / names[0]).rename(tmp_path / names[0]),
        lambda: (out / "catatan.txt").unlink(),
        lambda: None,
        lambda: (tmp_path / names[0]).rename(articles / names[0]),
        lambda: (articles / names[1]).rename(tmp_path / names[1]),
        lambda: None,
    ]
    edited = articles / names[2]
    for n, step in enumerate(steps):
        step()
        edited.write_text(
            edited.read_text("utf-8") + f"\nBaris {n}.\n", "utf-8"
        )  # never a no-op build
        user = {p: h for p, h in tree(out).items() if p == "catatan.txt"} if out.exists() else {}
        built(articles, out)
        assert tree(out) == {**cold(articles, tmp_path / "cold"), **user}, n


def test_what_the_user_changes_right_after_a_build_is_what_the_next_versions_hold(tmp_path):
    """Each build is put together in the version before last. A user's file added, renamed or
    removed in the live site, however deep, and a user's folder replaced by a file of the same
    name or the other way round, right after the build that carried them: every later version
    holds exactly what the user left, never an older copy, and never loses one."""
    articles = corpus_copy(SEEDS_DIR, tmp_path / "articles")
    out = tmp_path / "site"
    edited = articles / sorted(p.name for p in articles.glob("*.txt"))[0]
    deep = f"artikel/{article_id('002_03c4d5d46eab7ade.txt')}"

    def rebuild(n: int) -> dict[str, str]:
        edited.write_text(
            edited.read_text("utf-8") + f"\nBaris {n}.\n", "utf-8"
        )  # never a no-op build
        built(articles, out)
        return {
            p: h
            for p, h in tree(out).items()
            if p.startswith(("berkas", "catatan", deep + "/catatan", "mine", "notes"))
        }

    def write(rel: str, text: str) -> None:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, "utf-8")

    rebuild(0)
    rebuild(1)
    write(f"{deep}/catatan.txt", "milik pengguna\n")
    write("berkas/dalam/foto.txt", "foto\n")
    write("mine/a.txt", "a\n")
    write("notes", "catatan\n")
    first = rebuild(2)
    assert set(first) == {f"{deep}/catatan.txt", "berkas/dalam/foto.txt", "mine/a.txt", "notes"}
    (out / deep / "catatan.txt").rename(out / deep / "catatan-2.txt")
    (out / "berkas/dalam/foto.txt").unlink()
    shutil.rmtree(out / "mine")
    write("mine", "sekarang berkas\n")
    (out / "notes").unlink()
    write("notes/b.txt", "sekarang folder\n")
    expected = {
        f"{deep}/catatan-2.txt": first[f"{deep}/catatan.txt"],
        "mine": tree(out)["mine"],
        "notes/b.txt": tree(out)["notes/b.txt"],
    }
    for n in range(3, 7):
        assert rebuild(n) == expected, n
        assert (out / "berkas" / "dalam").is_dir() and not any((out / "berkas" / "dalam").iterdir())
    assert tree(out) == {**cold(articles, tmp_path / "cold"), **expected}


def test_a_user_file_that_cannot_be_carried_fails_the_build_and_keeps_the_site(
    tmp_path, monkeypatch
):
    """Never swap in a version without a file of the user's: the build stops with a message that
    names it, and the live site (with the file) stays as it was."""
    from netralitas_site.config import SiteConfig
    from netralitas_site.pipeline import build_site

    articles = corpus_copy(SEEDS_DIR, tmp_path / "articles")
    out = tmp_path / "site"
    config = SiteConfig(articles_dir=articles, output_dir=out, quiet=True)
    build_site(config)
    (out / "CNAME").write_text("arsip.example.org\n", "utf-8")
    before = tree(out)
    real_link = Stage._link
    monkeypatch.setattr(
        Stage,
        "_link",
        lambda self, live, target, *st: (
            None if live.endswith("CNAME") else real_link(self, live, target, *st)
        ),
    )
    edited = sorted(articles.glob("*.txt"))[0]
    edited.write_text(edited.read_text("utf-8") + "\nTambahan.\n", "utf-8")
    with pytest.raises(OutputError, match="could not carry your file CNAME"):
        build_site(config)
    assert tree(out) == before
    monkeypatch.undo()
    build_site(config)
    assert (out / "CNAME").read_text("utf-8") == "arsip.example.org\n"


@settings(derandomize=True, max_examples=500, deadline=None)
@given(st.text(alphabet="ab0_.-/:\\\0A ", max_size=12))
def test_the_plain_path_shortcut_of_safe_rel_never_passes_an_unsafe_path(rel):
    if output_paths._PLAIN_REL.fullmatch(rel):
        pure = PurePosixPath(rel)
        assert (
            not pure.is_absolute()
            and ".." not in pure.parts
            and "." not in rel.split("/")
            and rel == pure.as_posix()
        )


def test_a_generated_file_that_becomes_a_folder_is_in_every_later_version(tmp_path):
    """A theme's `static/img` file replaced by a `static/img/` folder: the spare version recorded
    `static/img` as a file, and pruning it must not remove the new folder the build just wrote."""
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    (templates / "static" / "img").write_text("berkas\n", "utf-8")
    articles = corpus_copy(SEEDS_DIR, tmp_path / "articles")
    out = tmp_path / "site"
    edited = sorted(articles.glob("*.txt"))[0]
    for n in range(2):
        edited.write_text(edited.read_text("utf-8") + f"\nBaris {n}.\n", "utf-8")
        built(articles, out, "--templates", str(templates))
    (templates / "static" / "img").unlink()
    (templates / "static" / "img").mkdir()
    (templates / "static" / "img" / "logo.svg").write_text("<svg/>\n", "utf-8")
    for n in range(2, 5):
        edited.write_text(edited.read_text("utf-8") + f"\nBaris {n}.\n", "utf-8")
        built(articles, out, "--templates", str(templates))
        assert (out / "static" / "img" / "logo.svg").read_text("utf-8") == "<svg/>\n", n
    assert tree(out) == cold(articles, tmp_path / "cold", "--templates", str(templates))


def _processes_mentioning(text: str) -> list[str]:
    """Command lines of the processes whose command line or environment holds `text` (a build's
    forked workers have its command line; every process it started, its TMPDIR)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        if int(pid) == os.getpid():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
            with open(f"/proc/{pid}/environ", "rb") as f:
                environ = f.read().decode("utf-8", "replace")
        except OSError:
            continue
        if text in cmdline or text in environ:
            found.append(f"{pid}: {cmdline}")
    return found


def _left_after(text: str, seconds: float) -> list[str]:
    """The processes still mentioning `text` once `seconds` have passed (none: returns as soon as
    they are gone). A bounded wait instead of a look at one moment, which races their exit."""
    deadline = time.monotonic() + seconds
    while (left := _processes_mentioning(text)) and time.monotonic() < deadline:
        time.sleep(0.02)
    return left


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="lists processes through /proc")
def test_sigterm_stops_the_build_with_its_indexer_and_leaves_nothing_behind(
    synthetic_corpus, tmp_path
):
    """`kill` or a CI timeout sends SIGTERM: the build stops its Pagefind indexer (in a session of
    its own, which a plain exit leaves running) and its workers, waits for them, removes its
    temporary folder and leaves the site whole. Before, Python's default exit ran no cleanup: an
    indexer kept a core busy for minutes and a temporary folder was left for every stopped build;
    then, one run in five, a worker outlived the build holding its stdout and stderr, and this
    test waited for them."""
    articles = corpus_copy(synthetic_corpus[0], tmp_path / "articles")
    out = tmp_path / "site"
    built(articles, out)
    old = tree(out)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "build.py"),
            "--articles",
            str(articles),
            "--out",
            str(out),
            "--quiet",
            "--no-cache",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temporary)},
    )
    deadline = time.monotonic() + 120
    while not any("pagefind_run.py" in p for p in _processes_mentioning(str(temporary))):
        assert process.poll() is None, "the build ended before its indexer was seen"
        assert time.monotonic() < deadline, "no indexer started"
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    try:
        _, err = process.communicate(
            timeout=30
        )  # its stdout and stderr closed: nothing of it holds them
    except subprocess.TimeoutExpired:
        left = _processes_mentioning(str(temporary))
        process.kill()
        pytest.fail(f"the build's output was still held 30 s after SIGTERM; processes left: {left}")
    assert process.returncode == 143, err
    assert "interrupted" in err and "Traceback" not in err
    assert _left_after(str(temporary), 2.0) == []
    assert _left_after(str(out), 2.0) == []
    assert list(temporary.iterdir()) == []
    assert tree(out) == old  # the same articles: the old version and a new one are the same files
