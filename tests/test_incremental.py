"""Rebuilds do only what changed and end exactly where a build from scratch ends."""

import json
import re
import shutil
import time
from pathlib import Path

import pytest

from test_incremental_tools import article_id, built, cold, corpus_copy, identities, touched, tree

N = 60  # articles of the synthetic corpus used here


@pytest.fixture
def corpus(synthetic_corpus, tmp_path) -> Path:
    return corpus_copy(synthetic_corpus[0], tmp_path / "articles", N)


def records(site: Path) -> dict:
    return {
        a["id"]: a for a in json.loads((site / "data/articles.json").read_text("utf-8"))["articles"]
    }


def html(paths) -> set[str]:
    return {p for p in paths if p.endswith(".html")}


def listing_pages(site: Path, ident: str) -> set[str]:
    """Pages that may change with an article: its own, the ones listing it, and the indexes."""
    record = records(site)[ident]
    own = {f"artikel/{ident}/index.html"}
    own |= {f"pejabat/{o['id']}/index.html" for o in record["officials"]}
    own |= {f"media/{record['outlet']['id']}/index.html"} if record["outlet"] else set()
    own |= {f"wilayah/{r['id']}/index.html" for r in record["regions"]}
    return own


def test_noop_rebuild_touches_nothing_and_reports_the_same(corpus, tmp_path):
    out = tmp_path / "site"
    first = built(corpus, out)
    before = identities(out)
    started = time.perf_counter()
    second = built(corpus, out)
    assert time.perf_counter() - started < 10
    assert touched(before, identities(out)) == set()
    assert first == second


def test_editing_one_article_rewrites_only_the_pages_that_show_it(corpus, tmp_path):
    out = tmp_path / "site"
    built(corpus, out)
    before = identities(out)
    name = sorted(p.name for p in corpus.iterdir())[5]
    ident = article_id(name)
    path = corpus / name
    path.write_text(
        path.read_text("utf-8") + "\nKalimat tambahan untuk menguji pembangunan ulang.\n", "utf-8"
    )
    built(corpus, out)
    changed = html(touched(before, identities(out)))
    assert f"artikel/{ident}/index.html" in changed
    other_articles = {
        p for p in changed if p.startswith(("artikel/", "en/artikel/")) and f"/{ident}/" not in p
    }
    assert other_articles == set(), "another article's page was rewritten"
    allowed = listing_pages(out, ident)
    assert {p.removeprefix("en/") for p in changed if "artikel/" in p or "pejabat/" in p} <= allowed
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_an_edit_makes_again_only_the_data_files_it_changes(corpus, tmp_path, monkeypatch):
    """Officials' own files (feed, data.json) and the officials' open data are carried over while
    what they are made from holds: an edit makes those of the article's officials again, and no
    others; the site still equals a cold build."""
    from netralitas_site.config import SiteConfig
    from netralitas_site.engine import incremental
    from netralitas_site.pipeline import build_site
    from netralitas_site.site import assemble

    made = []
    original = assemble._official_files
    monkeypatch.setattr(
        assemble, "_official_files", lambda o, *rest: (made.append(o.id), original(o, *rest))[1]
    )
    streamed = []
    stream = incremental.SiteFiles.stream
    monkeypatch.setattr(
        incremental.SiteFiles,
        "stream",
        lambda files, path, chunks: (streamed.append(path), stream(files, path, chunks)),
    )
    config = SiteConfig(articles_dir=corpus, output_dir=tmp_path / "site", quiet=True, jobs=1)
    build_site(config)
    everyone = set(made)
    assert len(everyone) > 10
    name = sorted(p.name for p in corpus.iterdir())[5]
    path = corpus / name
    path.write_text(
        path.read_text("utf-8") + "\nKalimat tambahan untuk menguji pembangunan ulang.\n", "utf-8"
    )
    made.clear(), streamed.clear()
    build_site(config)
    named = {o["id"] for o in records(tmp_path / "site")[article_id(name)]["officials"]}
    assert named and set(made) == named
    assert "data/articles.json" in streamed and "data/officials.json" not in streamed
    (corpus / sorted(p.name for p in corpus.iterdir())[8]).unlink()  # the officials' record changes
    made.clear(), streamed.clear()
    build_site(config)
    assert "data/officials.json" in streamed and "data/officials.csv" in streamed
    assert tree(tmp_path / "site") == cold(corpus, tmp_path / "cold")


def test_an_edit_that_renames_an_official_updates_the_pages_that_name_them(corpus, tmp_path):
    out = tmp_path / "site"
    built(corpus, out)
    before = identities(out)
    name = sorted(p.name for p in corpus.iterdir())[7]
    ident = article_id(name)
    record = records(out)[ident]
    official = record["officials"][0]
    path = corpus / name
    path.write_text(
        path.read_text("utf-8").replace(official["name"], "Zulkarnaen Testing"), "utf-8"
    )
    built(corpus, out)
    changed = html(touched(before, identities(out)))
    assert f"artikel/{ident}/index.html" in changed
    assert "pejabat/zulkarnaen-testing/index.html" in changed
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_an_edit_that_makes_a_name_known_names_it_in_the_other_articles(tmp_path):
    """A name written next to an office in two articles is an official's wherever it stands
    (recognised.py). The build keeps what it found in each article; adding or removing the
    second article changes the known names, and every article is read for them again."""
    articles = tmp_path / "articles"
    articles.mkdir()
    office = "Judul {}\n\nPADANG - Gubernur Sumatera Barat Suparmanto Wiradinata meninjau {}, Senin (3/6/2024).\n"
    (articles / "a.txt").write_text(office.format("Pasar", "pasar"), "utf-8")
    (articles / "c.txt").write_text(
        "Warga Antre\n\nPADANG - Warga bertemu Suparmanto Wiradinata di pasar, Selasa (4/6/2024).\n",
        "utf-8",
    )
    out = tmp_path / "site"
    built(articles, out)
    assert records(out)[article_id("c.txt")]["officials"] == []
    (articles / "b.txt").write_text(office.format("Sawah", "sawah"), "utf-8")
    built(articles, out)
    assert [o["name"] for o in records(out)[article_id("c.txt")]["officials"]] == [
        "Suparmanto Wiradinata"
    ]
    assert tree(out) == cold(articles, tmp_path / "cold")
    (articles / "b.txt").unlink()
    built(articles, out)
    assert records(out)[article_id("c.txt")]["officials"] == []
    assert tree(out) == cold(articles, tmp_path / "cold")


def test_adding_an_article_adds_its_page(corpus, synthetic_corpus, tmp_path):
    out = tmp_path / "site"
    built(corpus, out)
    extra = sorted(synthetic_corpus[0].iterdir())[N]
    shutil.copy2(extra, corpus / extra.name)
    built(corpus, out)
    assert (out / f"artikel/{article_id(extra.name)}/index.html").is_file()
    assert article_id(extra.name) in records(out)
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_renaming_an_article_moves_its_page(corpus, tmp_path):
    out = tmp_path / "site"
    built(corpus, out)
    name = sorted(p.name for p in corpus.iterdir())[3]
    (corpus / name).rename(corpus / ("renamed-" + name))
    built(corpus, out)
    assert not (out / f"artikel/{article_id(name)}").exists()
    assert not (out / f"en/artikel/{article_id(name)}").exists()
    assert (out / f"artikel/{article_id('renamed-' + name)}/index.html").is_file()
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_deleting_an_article_removes_its_page_and_its_mentions(corpus, tmp_path):
    out = tmp_path / "site"
    built(corpus, out)
    name = sorted(p.name for p in corpus.iterdir())[9]
    ident = article_id(name)
    (corpus / name).unlink()
    built(corpus, out)
    assert not (out / f"artikel/{ident}").exists()
    assert ident not in records(out)
    assert not re.search(rf"artikel/{ident}/", (out / "index.html").read_text("utf-8"))
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_side_file_and_template_changes_are_picked_up(corpus, tmp_path):
    from conftest import REPO

    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    out = tmp_path / "site"
    built(corpus, out, "--templates", str(templates))
    name = sorted(p.name for p in corpus.iterdir())[2]
    (corpus / name).with_suffix(".yaml").write_text(
        "title: Judul Koreksi Dari Berkas Samping\n", "utf-8"
    )
    built(corpus, out, "--templates", str(templates))
    assert "Judul Koreksi Dari Berkas Samping" in (
        out / f"artikel/{article_id(name)}/index.html"
    ).read_text("utf-8")
    base = templates / "base.html"
    base.write_text(
        base.read_text("utf-8").replace("</body>", "<!-- versi templat baru --></body>"), "utf-8"
    )
    before = identities(out)
    built(corpus, out, "--templates", str(templates))
    pages = html(touched(before, identities(out)))
    assert len(pages) == len(html(identities(out))), "every page uses base.html"
    assert tree(out) == cold(corpus, tmp_path / "cold", "--templates", str(templates))


def test_compiled_templates_are_kept_per_language_and_per_version_of_the_templates(
    corpus, tmp_path
):
    """The cache keeps compiled templates, one folder per language: interface strings are
    translated when a template is compiled, so an English page from Indonesian code would be
    wrong, and a template edit must not reuse what the old version compiled to."""
    from conftest import REPO

    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    out = tmp_path / "site"
    compiled = tmp_path / "site.cache" / "templates"
    built(corpus, out, "--templates", str(templates))
    (first,) = compiled.iterdir()
    assert sorted(p.name for p in first.iterdir()) == ["en", "id"]
    assert all(any(lang.iterdir()) for lang in first.iterdir())
    edited = sorted(corpus.glob("*.txt"))[3]
    edited.write_text(edited.read_text("utf-8") + "\nKalimat tambahan.\n", "utf-8")
    built(
        corpus, out, "--templates", str(templates)
    )  # pages rendered from what the first build compiled
    assert tree(out) == cold(corpus, tmp_path / "cold", "--templates", str(templates))
    assert 'lang="en"' in (out / "en/index.html").read_text("utf-8") and "Beranda" not in (
        out / "en/index.html"
    ).read_text("utf-8")
    base = templates / "base.html"
    base.write_text(
        base.read_text("utf-8").replace("</body>", "<!-- templat baru --></body>"), "utf-8"
    )
    built(corpus, out, "--templates", str(templates))
    (second,) = compiled.iterdir()
    assert second.name != first.name, "the old version's compiled templates are removed"
    assert "<!-- templat baru -->" in (out / "en/index.html").read_text("utf-8")


def test_a_lost_cache_or_a_tampered_page_is_rebuilt_correctly(corpus, tmp_path):
    out = tmp_path / "site"
    built(corpus, out)
    expected = tree(out)
    shutil.rmtree(tmp_path / "site.cache")
    built(corpus, out)
    assert tree(out) == expected
    page = out / "index.html"
    page.write_text("rusak", "utf-8")
    built(corpus, out)
    assert tree(out) == expected
    (out / "linimasa/index.html").unlink()
    built(corpus, out)
    assert tree(out) == expected


def test_jobs_do_not_change_the_output(synthetic_corpus, tmp_path):
    articles = synthetic_corpus[0]
    one = cold(articles, tmp_path / "one", "--jobs", "1")
    two = cold(articles, tmp_path / "two", "--jobs", "2")
    assert one == two
    three = cold(articles, tmp_path / "three", "--jobs", "3")
    assert one == three


def test_a_new_program_reads_every_article_again(corpus, tmp_path, monkeypatch):
    """Unchanged files are known by their size and times, but not across a change of the code or
    its data (an upgrade, a lexicon edit): their cached extraction would be the old program's."""
    from netralitas_site import extraction
    from netralitas_site.engine.cache import BuildCache
    from netralitas_site.sources.read import list_sources

    monkeypatch.setattr(extraction, "RACY_SECONDS", 0.0)  # every file counts as settled
    refs, _ = list_sources(corpus)
    cache = BuildCache(tmp_path / "cache")
    assert not any(r.cached for r in extraction.extract_sources(refs, cache, 1))
    cache.commit()
    assert all(r.cached for r in extraction.extract_sources(refs, cache, 1))
    cache.commit()
    monkeypatch.setattr(extraction, "code_digest", lambda: "another program")
    assert not any(r.cached for r in extraction.extract_sources(refs, cache, 1))


def test_a_page_follows_the_titles_and_names_of_what_it_lists(corpus, tmp_path):
    """Article and official pages are keyed on their inputs (article_inputs, official_inputs),
    not on their rendered context: a change to another article that a page only lists (its
    title, on the related-articles cards) must still reach that page."""
    from netralitas_site.config import SiteConfig
    from netralitas_site.pipeline import load_archive
    from netralitas_site.related import relations

    out = tmp_path / "site"
    built(corpus, out)
    archive, _ = load_archive(SiteConfig(articles_dir=corpus, output_dir=out))
    related = relations(archive).related
    page, listed = next((a, r[0]) for a, r in sorted(related.items()) if r)
    source = corpus / archive.by_id[listed].source
    first, rest = source.read_text("utf-8").split("\n", 1)
    source.write_text("Judul Baru Yang Tidak Ada Duanya di Arsip\n" + rest, "utf-8")
    built(corpus, out)
    assert "Judul Baru Yang Tidak Ada Duanya" in (out / f"artikel/{page}/index.html").read_text(
        "utf-8"
    )
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_no_cache_builds_from_scratch_and_timings_are_printed(corpus, tmp_path):
    out = tmp_path / "site"
    built(corpus, out)
    err = built(corpus, out, "--no-cache", "--timings")
    assert re.search(r"timings: list [\d.]+s", err)
    assert tree(out) == cold(corpus, tmp_path / "cold")
    from netralitas_site.config import SiteConfig
    from netralitas_site.pipeline import build_site

    config = SiteConfig(articles_dir=corpus, output_dir=out, quiet=True)
    edited = sorted(corpus.glob("*.txt"))[0]
    edited.write_text(edited.read_text("utf-8") + "\nTambahan.\n", "utf-8")
    assert build_site(config).extracted == 1  # the cache --no-cache left behind is used
    again = build_site(config, fresh=True)
    assert again.extracted == again.articles == N and again.rendered == again.pages


def test_a_build_leaves_the_garbage_collector_as_it_found_it(corpus, tmp_path):
    """The build pauses the cyclic collector and freezes the archive while pages render (a
    quarter of an edit build went into walking the records again and again); the dev server and
    library callers get their collector back as it was, even after an error, and nested uses
    restore it only when the outermost ends."""
    import gc

    from netralitas_site.config import SiteConfig
    from netralitas_site.engine import collector
    from netralitas_site.engine.output_paths import OutputError
    from netralitas_site.pipeline import build_site

    config = SiteConfig(articles_dir=corpus, output_dir=tmp_path / "site", quiet=True)
    assert gc.isenabled()
    build_site(config)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        build_site(config)
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
    (tmp_path / "file").write_text("not a folder", "utf-8")
    with pytest.raises(OutputError):
        build_site(SiteConfig(articles_dir=corpus, output_dir=tmp_path / "file", quiet=True))
    assert gc.isenabled() and gc.get_freeze_count() == 0

    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
            collector.resume_for_rendering()
            assert gc.isenabled() and gc.get_freeze_count() > 0
        assert gc.isenabled() and gc.get_freeze_count() > 0, "the outer one is still rendering"
    assert gc.isenabled() and gc.get_freeze_count() == 0

    gc.freeze()  # what the caller froze is not unfrozen behind its back
    try:
        with collector.paused():
            collector.resume_for_rendering()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


BESIDE_SCENARIO = """
import sys
from pathlib import Path

import pytest

from netralitas_site.engine.incremental import PageRenderer, SiteFiles
from netralitas_site.engine.output import SiteWriter
from netralitas_site.site.assemble import render_one

root = Path(sys.argv[1])
writer = SiteWriter(root / "site", root / "site.cache")
renderer = PageRenderer(writer.open(), "key", {}, jobs=2, render=render_one)


def make(files):
    files["data/satu.json"] = b"{}"
    files.stream("data/dua.csv", [b"a,b\\n", b"1,2\\n"])


beside = renderer.beside(make)
assert beside is not None, "a process without threads forks"
files = SiteFiles(renderer.stage)
beside.join(files)
assert list(files) == ["data/satu.json", "data/dua.csv"] and files.written == 2
assert files["data/dua.csv"] == b"a,b\\n1,2\\n"


def broken(files):
    raise ValueError("kolom hilang")


with pytest.raises(RuntimeError, match="(?s)officials' files failed.*ValueError: kolom hilang"):
    renderer.beside(broken).join(SiteFiles(renderer.stage))
writer.abort()
print("ok")
"""


def test_files_made_beside_the_pages_reach_the_site_and_their_errors_fail_the_build(tmp_path):
    """The open data and officials' files are made by a forked process while the pages are
    planned and rendered: what it writes is taken into the build's files, and an error in it
    fails the build with its traceback instead of leaving the data out. (In a process of its
    own: the build forks only where no other thread runs, and pytest's may have some.)"""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", BESIDE_SCENARIO, str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
