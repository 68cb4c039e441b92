"""The Pagefind index in shards: which shard an article goes to, re-indexing only the shard an edit
touches, and the same bytes whether the site was built from scratch or updated."""

import pytest

from netralitas_site.config import SiteConfig
from netralitas_site.pipeline import build_site
from netralitas_site.site import pagefind_index, search_shards
from netralitas_site.site.search_shards import folder_of, shard_count, shard_of, shards
from test_incremental_tools import article_id, corpus_copy, identities, touched, tree

N = 60  # articles; with SHARD_SIZE 8 they fill 8 shards


@pytest.fixture
def corpus(synthetic_corpus, tmp_path):
    return corpus_copy(synthetic_corpus[0], tmp_path / "articles", N)


@pytest.fixture
def runs(monkeypatch) -> list[list[int]]:
    """Small shards, and the shard numbers of every Pagefind run the build starts."""
    monkeypatch.setattr(search_shards, "SHARD_SIZE", 8)
    started: list[list[int]] = []
    start = pagefind_index.PagefindIndex._start

    def spy(self, todo):
        if todo:
            started.append([shard.number for shard in todo])
        return start(self, todo)

    monkeypatch.setattr(pagefind_index.PagefindIndex, "_start", spy)
    return started


def build(articles, out, jobs=2, cache=True):
    result = build_site(
        SiteConfig(articles_dir=articles, output_dir=out, quiet=True, jobs=jobs), cache_dir=cache
    )
    assert not [p for p in result.report.problems if p.code == "search-index"]
    return result


def test_shard_counts_are_powers_of_two_up_to_a_cap():
    assert [shard_count(n) for n in (0, 1, 500, 501, 1000, 1001, 10_000, 100_000)] == [
        1,
        1,
        1,
        2,
        2,
        4,
        32,
        32,
    ]


def test_an_articles_shard_follows_from_its_id_alone():
    """A stable hash (not Python's seeded one), so every build and machine agree."""
    assert [shard_of(i, 32) for i in ("000001", "000002", "bupati-solok")] == [30, 23, 26]
    assert (
        shard_of("000001", 16) == 14 and shard_of("000001", 2) == 0
    )  # halving the count merges shards pairwise


def test_shard_folders_and_the_primary():
    class A:
        def __init__(self, id):
            self.id = id

    found = shards([A(f"a{i}") for i in range(2000)])
    assert [s.folder for s in found][:2] == ["pagefind/", f"pagefind/s{found[1].number}/"]
    assert found[0].primary and not any(s.primary for s in found[1:])
    assert sum(len(s.articles) for s in found) == 2000
    assert folder_of("pagefind/fragment/x.pf_fragment") == "pagefind/"
    assert folder_of("pagefind/s12/index/x.pf_index") == "pagefind/s12/"
    assert folder_of("cari/index.js") is None


def test_an_edit_reindexes_only_its_shard_and_ends_where_a_cold_build_ends(corpus, tmp_path, runs):
    out = tmp_path / "site"
    build(corpus, out)
    count = shard_count(N)
    assert runs == [sorted({shard_of(article_id(p.name), count) for p in corpus.iterdir()})]
    name = sorted(p.name for p in corpus.iterdir())[5]
    number = shard_of(article_id(name), count)
    before = identities(out)
    path = corpus / name
    path.write_text(
        path.read_text("utf-8") + "\nKalimat tambahan untuk menguji indeks pencarian.\n", "utf-8"
    )
    build(corpus, out)
    assert runs[1:] == [[number]]
    folder = next(s.folder for s in shards_of(corpus) if s.number == number)
    changed = {p for p in touched(before, identities(out)) if p.startswith("pagefind/")}
    assert changed and {folder_of(p) for p in changed} == {folder}
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_a_changed_or_missing_bundle_file_has_its_shard_indexed_again(corpus, tmp_path, runs):
    out = tmp_path / "site"
    build(corpus, out)
    merged = sorted((out / "pagefind").glob("s*/fragment/*"))
    merged[0].unlink()
    (out / "pagefind/pagefind-entry.json").write_text("{}", "utf-8")
    build(corpus, out)
    shard = int(merged[0].relative_to(out / "pagefind").parts[0][1:])
    assert sorted(runs[1]) == sorted([shards_of(corpus)[0].number, shard])
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_without_pagefind_the_build_warns_and_ships_the_local_index(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    out = tmp_path / "site"
    result = build_site(
        SiteConfig(articles_dir=corpus, output_dir=out, quiet=True), cache_dir=False
    )
    assert [p.code for p in result.report.problems if p.path == "cari/index.html"] == [
        "search-index"
    ]
    assert not (out / "pagefind").exists()
    assert (out / "cari/index.js").read_text("utf-8").startswith("window.NETRALITAS_SEARCH=")


def shards_of(corpus):
    class A:
        def __init__(self, id):
            self.id = id

    return shards([A(article_id(p.name)) for p in sorted(corpus.iterdir())])


def cold(corpus, out):
    """A build from scratch without cache, on one process: the other builds run on two."""
    build(corpus, out, jobs=1, cache=False)
    return tree(out)


def test_temporary_folders_of_builds_killed_outright_are_removed_by_the_next_one(tmp_path):
    """SIGKILL leaves a build's Pagefind folder behind (hundreds of megabytes at 100,000
    articles): a later build removes those a day old whose build no longer runs, and nothing
    else (a running build's, a recent one's, an older version's without a pid, another file)."""
    import os
    import subprocess
    import sys
    import time

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    day_ago = time.time() - pagefind_index.STALE_AFTER - 60
    names = {
        f"netralitas-pagefind-{gone.pid}-abc": (day_ago, False),  # killed a day ago: removed
        f"netralitas-beside-{gone.pid}-abc": (day_ago, False),  # the data files' scratch folder too
        f"netralitas-pagefind-{gone.pid}-new": (time.time(), True),  # too recent to judge
        f"netralitas-pagefind-{os.getpid()}-run": (day_ago, True),  # its build is running
        "netralitas-pagefind-x1y2": (day_ago, True),  # no pid in the name
        "lain-folder": (day_ago, True),
    }
    for name, (stamp, _) in names.items():
        (tmp_path / name / "documents").mkdir(parents=True)
        os.utime(tmp_path / name, (stamp, stamp))
    (tmp_path / f"netralitas-pagefind-{gone.pid}-file").write_text("a file", "utf-8")
    pagefind_index.remove_stale_folders(str(tmp_path))
    assert {name for name in names if (tmp_path / name).exists()} == {
        name for name, (_, kept) in names.items() if kept
    }
    assert (tmp_path / f"netralitas-pagefind-{gone.pid}-file").exists()
