"""The dev server's pages made ahead of a build (dev/preview.py): an edited article's pages are the
very pages the build that follows writes, and anything but an edit waits for that build."""

import shutil
import threading
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, SEEDS_DIR
from netralitas_site import pipeline
from netralitas_site.config import SiteConfig
from netralitas_site.dev.preview import article_pages
from netralitas_site.dev.serve import DevServer
from netralitas_site.related import relations, relations_of

ARTICLE = "000_fe4877838683bc29.txt"  # its copy from another outlet is made below
PAGE = "artikel/000-fe4877838683bc29/index.html"


@pytest.fixture
def articles(tmp_path):
    """The seeds, one of them copied by another outlet (the same story, linked from its page)."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, folder)
    original = (folder / ARTICLE).read_text("utf-8")
    copy = original.replace("Kabaminang.com – Solok", "Arosukapost.com – Solok")
    assert copy != original
    (folder / "100_copy.txt").write_text(copy, "utf-8")
    return folder


def config_for(articles: Path, out: Path) -> SiteConfig:
    return SiteConfig(
        articles_dir=articles,
        output_dir=out,
        templates_dir=REPO / "templates",
        base_url="https://example.org/arsip",
        quiet=True,
    )


def edit(path: Path) -> None:
    """An editor's fix: a word of the body changed."""
    text = path.read_text("utf-8")
    assert "sangat penting" in text
    path.write_text(text.replace("sangat penting", "amat penting"), "utf-8")


def test_one_articles_relations_are_those_the_whole_archive_gives_it(articles):
    archive, _ = pipeline.load_archive(config_for(articles, articles.parent / "out"))
    everything = relations(archive)
    assert everything.same_story  # the copy is found
    for article in archive.articles:
        one = relations_of(archive, article.id)
        assert one.related[article.id] == everything.related[article.id]
        assert one.same_story.get(article.id) == everything.same_story.get(article.id)


def test_an_edited_articles_pages_made_ahead_are_those_the_build_writes(articles, tmp_path):
    config = config_for(articles, tmp_path / "site")
    resident = pipeline.build_site(config, keep=True).resident
    assert resident is not None
    edit(articles / ARTICLE)
    ahead = article_pages(resident, [str(articles / ARTICLE)])
    assert ahead is not None and set(ahead) == {PAGE, f"en/{PAGE}"}
    assert "amat penting" in ahead[PAGE].decode("utf-8")
    pipeline.build_site(config)
    for path, page in ahead.items():
        assert (tmp_path / "site" / path).read_bytes() == page, path


def test_an_edit_of_a_side_file_shows_the_corrected_page(articles, tmp_path):
    config = config_for(articles, tmp_path / "site")
    resident = pipeline.build_site(config, keep=True).resident
    assert resident is not None
    side = articles / "000_fe4877838683bc29.yaml"
    side.write_text("title: Judul yang dibetulkan\n", "utf-8")
    ahead = article_pages(resident, [str(side)])
    assert ahead is not None and "Judul yang dibetulkan" in ahead[PAGE].decode("utf-8")
    pipeline.build_site(config)
    assert (tmp_path / "site" / PAGE).read_bytes() == ahead[PAGE]


def test_a_text_edit_reuses_the_archive_and_an_edit_of_who_is_named_merges_again(
    articles, tmp_path, monkeypatch
):
    """A word of the body changed: the last build's archive is reused, with no merge of every
    article (which takes seconds at 100,000). An edit that changes an official's name merges the
    archive again. Both give the very pages the build then writes."""
    import netralitas_site.archive as archive_module

    config = config_for(articles, tmp_path / "site")
    resident = pipeline.build_site(config, keep=True).resident
    assert resident is not None and resident.archive is not None
    merged = []
    real = archive_module.build_archive
    monkeypatch.setattr(
        archive_module, "build_archive", lambda *a, **k: merged.append(1) or real(*a, **k)
    )
    edit(articles / ARTICLE)
    ahead = article_pages(resident, [str(articles / ARTICLE)])
    assert ahead is not None and not merged
    resident = pipeline.build_site(config, keep=True).resident
    for path, page in ahead.items():
        assert (tmp_path / "site" / path).read_bytes() == page, path
    assert resident is not None
    path = articles / ARTICLE
    path.write_text(path.read_text("utf-8").replace("Akbar Ali", "Akbar Alim"), "utf-8")
    ahead = article_pages(resident, [str(path)])
    assert ahead is not None and merged
    assert "Akbar Alim" in ahead[PAGE].decode("utf-8")
    pipeline.build_site(config)
    for path, page in ahead.items():
        assert (tmp_path / "site" / path).read_bytes() == page, path


@pytest.mark.parametrize(
    "change",
    ["new article", "template", "deleted article", "id changed", "curation"],
)
def test_anything_but_an_edit_of_an_article_waits_for_the_build(articles, tmp_path, change):
    config = config_for(articles, tmp_path / "site")
    resident = pipeline.build_site(config, keep=True).resident
    assert resident is not None
    if change == "new article":
        changed = articles / "200_new.txt"
        changed.write_text("Judul Baru\n\nSOLOK - Bupati Solok hadir.\n", "utf-8")
    elif change == "template":
        changed = REPO / "templates" / "article.html"
    elif change == "deleted article":
        changed = articles / ARTICLE
        changed.unlink()
    elif change == "id changed":
        changed = articles / ARTICLE
        changed.write_text("---\nid: lain\n---\n" + changed.read_text("utf-8"), "utf-8")
    else:
        changed = articles / "curation.yaml"
        changed.write_text("aliases: {}\n", "utf-8")
    assert article_pages(resident, [str(changed)]) is None


@pytest.fixture
def held_back(articles, tmp_path, monkeypatch):
    """(a dev server whose builds after the first wait for the event, the event)."""
    real = pipeline.build_site
    gate = threading.Event()

    def build_when_let(config, **kwargs):
        gate.wait(timeout=30)
        return real(config, **kwargs)

    dev = DevServer(config_for(articles, tmp_path / "unused"), port=0, log=lambda line: None)
    dev.start()
    try:
        assert dev.rebuilder.outcome.failure is None
        monkeypatch.setattr(pipeline, "build_site", build_when_let)
        yield dev, gate
    finally:
        gate.set()
        dev.stop()


def test_serve_shows_an_edited_page_before_its_build_and_the_build_writes_the_same(
    articles, held_back
):
    """The page an editor has open shows the edit while the build still runs; the build then
    writes the same bytes, which the server serves from then on."""
    dev, gate = held_back
    started = dev.rebuilder.outcome.build
    edit(articles / ARTICLE)
    _wait_for(lambda: dev.rebuilder.outcome.build > started)  # the pages made ahead
    assert "edited pages shown" in dev.rebuilder.outcome.summary
    shown = _get(dev.url + PAGE)
    assert "amat penting" in shown
    gate.set()
    _wait_for(lambda: dev.rebuilder.outcome.build > started + 1)  # the build
    assert not dev.ahead
    assert dev.out_dir is not None
    assert (dev.out_dir / PAGE).read_bytes() == dev_page_without_reload(shown)


def dev_page_without_reload(page: str) -> bytes:
    """The served page without the live-reload tag the server adds to every HTML page."""
    start = page.rindex("<script src=")
    end = page.index("</script>", start) + len("</script>")
    assert "reload.js" in page[start:end]
    return (page[:start] + page[end:]).encode("utf-8")


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def _wait_for(condition, timeout: float = 20.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_save_made_while_a_build_runs_is_shown_at_once_and_built_next(articles, held_back):
    dev, gate = held_back
    edit(articles / ARTICLE)
    _wait_for(lambda: "amat penting" in _get(dev.url + PAGE))
    path = articles / ARTICLE
    path.write_text(path.read_text("utf-8") + "\nKalimat kedua dari editor.\n", "utf-8")
    _wait_for(lambda: "Kalimat kedua dari editor" in _get(dev.url + PAGE))  # the build waits
    gate.set()
    _wait_for(lambda: not dev.ahead and not dev.rebuilder.outcome.ahead, timeout=60)
    assert dev.out_dir is not None
    built = (dev.out_dir / PAGE).read_text("utf-8")
    assert "amat penting" in built and "Kalimat kedua dari editor" in built


def test_serve_ends_where_a_cold_build_ends_after_any_change(synthetic_corpus, tmp_path):
    """Edits, an added, a renamed and a deleted article, a correction added then changed, the
    curation and a template, each saved while `serve` runs (with its pages made ahead where it
    makes them): the served folder then equals a build from scratch of the same files."""
    from test_incremental_tools import cold, corpus_copy, tree

    articles = corpus_copy(synthetic_corpus[0], tmp_path / "articles", 30)
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    out = tmp_path / "site"
    config = SiteConfig(
        articles_dir=articles,
        templates_dir=templates,
        base_url="https://example.org/arsip",
        quiet=True,
    )
    names = sorted(p.name for p in articles.iterdir())
    dev = DevServer(config, port=0, out_dir=out, log=lambda line: None)
    dev.start()
    try:
        steps = [
            lambda: _append(articles / names[0], "\nKalimat baru dari editor.\n"),
            lambda: shutil.copy(articles / names[1], articles / "zz_tambahan.txt"),
            lambda: (articles / names[2]).rename(articles / "zz_nama_baru.txt"),
            lambda: (articles / names[3]).unlink(),
            lambda: (
                (articles / names[4])
                .with_suffix(".yaml")
                .write_text("title: Judul Koreksi Pertama\n", "utf-8")
            ),
            lambda: (
                (articles / names[4])
                .with_suffix(".yaml")
                .write_text("title: Judul Koreksi Kedua\n", "utf-8")
            ),
            lambda: (articles / "curation.yaml").write_text("aliases: {}\n", "utf-8"),
            lambda: _append(templates / "base.html", "<!-- versi templat baru -->\n"),
        ]
        for step in steps:
            before = dev.rebuilder.outcome.build
            step()
            _wait_for(lambda b=before: _settled(dev, b), timeout=60)
    finally:
        dev.stop()
    expected = cold(
        articles,
        tmp_path / "cold",
        "--templates",
        str(templates),
        "--base-url",
        "https://example.org/arsip",
    )
    assert tree(out) == expected


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def _settled(dev: DevServer, before: int) -> bool:
    """A build after `before` has finished, and none is asked for or running."""
    outcome = dev.rebuilder.outcome
    return outcome.build > before and not outcome.ahead and dev.idle()


def test_pages_that_cannot_be_made_ahead_are_said_so_and_the_build_follows(
    articles, tmp_path, monkeypatch
):
    from netralitas_site.dev import preview

    def broken(resident, changed):
        raise RuntimeError("rusak")

    logs: list[str] = []
    dev = DevServer(config_for(articles, tmp_path / "unused"), port=0, log=logs.append)
    dev.start()
    try:
        monkeypatch.setattr(preview, "article_pages", broken)
        started = dev.rebuilder.outcome.build
        edit(articles / ARTICLE)
        _wait_for(lambda: dev.rebuilder.outcome.build > started and dev.idle())
        assert any("not made ahead (RuntimeError: rusak)" in line for line in logs)
        assert "amat penting" in _get(dev.url + PAGE)  # the build wrote it
    finally:
        dev.stop()


def test_one_articles_relations_are_the_whole_archives_on_a_larger_corpus(synthetic_corpus):
    """`relations_of` finds an article's postings through the archive's indexes (its officials'
    articles, a region's, a week's), not by making every article's keys: on a corpus whose
    articles share officials, regions and weeks, each article's relations are still those
    `relations` gives it."""
    from netralitas_site.config import SiteConfig as Config

    archive, _ = pipeline.load_archive(Config(articles_dir=synthetic_corpus[0], quiet=True))
    assert len(archive.articles) >= 100
    everything = relations(archive)
    for article in archive.articles:
        one = relations_of(archive, article.id)
        assert one.related[article.id] == everything.related[article.id], article.id
        assert one.same_story.get(article.id) == everything.same_story.get(article.id)


def test_the_listing_is_indexed_when_a_build_ends_not_after_the_next_save(articles, tmp_path):
    """The dev server indexes the build's listing by path as the build ends (a tenth of a second
    at 100,000 articles), so a save's page does not wait for it."""
    from netralitas_site.dev import preview

    dev = DevServer(config_for(articles, tmp_path / "unused"), port=0, log=lambda line: None)
    dev.start()
    try:
        resident = dev.rebuilder.resident
        assert resident is not None
        assert preview._REF_INDEX and preview._REF_INDEX[0][0] is resident.refs
    finally:
        dev.stop()


def test_serve_started_over_a_built_site_shows_the_first_edit_ahead(articles, tmp_path):
    """`serve --out` on a folder a build already made: its first build writes nothing, yet it
    reads the archive, so that the first edit is shown before the build that follows; the
    archive is read from the cache, nothing is extracted."""
    out = tmp_path / "site"
    pipeline.build_site(config_for(articles, out))
    again = pipeline.build_site(config_for(articles, out), keep=True, keep_unchanged=True)
    assert again.written == 0 and again.resident is not None
    assert pipeline.build_site(config_for(articles, out), keep=True).resident is None
    dev = DevServer(config_for(articles, out), port=0, out_dir=out, log=lambda line: None)
    dev.start()
    try:
        assert dev.rebuilder.outcome.failure is None
        resident = dev.rebuilder.resident
        assert resident is not None
        edit(articles / ARTICLE)
        ahead = article_pages(resident, [str(articles / ARTICLE)])
        assert ahead is not None and "amat penting" in ahead[PAGE].decode("utf-8")
    finally:
        dev.stop()
