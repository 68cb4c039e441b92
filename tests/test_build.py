"""Full builds through the command line, in temporary folders, checked the way a user meets them."""

import hashlib
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEEDS_DIR, build


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.refs.append((tag, name, value))


def internal_refs(page: Path):
    parser = Links()
    parser.feed(page.read_text("utf-8"))
    return [
        (t, n, v)
        for t, n, v in parser.refs
        if not re.match(r"^[a-z]+:", v) and not v.startswith("#")
    ]


def tree_digest(folder: Path) -> dict:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_summary_line_and_exit_code(tmp_path):
    result = build(SEEDS_DIR, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^built 5 articles, \d+ pages, 0 problems in \d+\.\d+ s", result.stdout, re.M)
    assert f"Open {(tmp_path / 'site' / 'index.html').resolve()}" in result.stdout


def test_every_page_kind_exists(seed_site):
    for path in [
        "index.html",
        "404.html",
        "linimasa/index.html",
        "pejabat/index.html",
        "pejabat/akbar-ali/index.html",
        "media/index.html",
        "media/arosukapost-com/index.html",
        "wilayah/index.html",
        "wilayah/kabupaten-solok/index.html",
        "artikel/004-0987cee8ea61e4de/index.html",
        "feed.xml",
        "sitemap.xml",
        "data/articles.json",
        "data/officials.json",
        "data/outlets.json",
        "data/regions.json",
        "data/articles.csv",
        "data/officials.csv",
        "static/style.css",
    ]:
        assert (seed_site / path).is_file(), path


def test_every_internal_link_is_relative_and_lands_on_a_file(seed_site):
    pages = sorted(seed_site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        not_found = (
            page.name == "404.html"
        )  # shown at any address: links from the site's path on its host
        for tag, attr, ref in internal_refs(page):
            if not_found:
                assert ref.startswith("/netralitas/"), (
                    f"{page}: {ref} does not start at the base URL's path"
                )
                ref = ref.removeprefix("/netralitas/")
                target = (seed_site / ref.split("#")[0]).resolve()
            else:
                assert not ref.startswith("/"), f"{page}: root-relative {ref}"
                target = (page.parent / ref.split("#")[0]).resolve()
            assert target.is_file(), f"{page.relative_to(seed_site)}: {tag} {attr}={ref} -> missing"
            assert target.is_relative_to(seed_site.resolve())


def test_interface_is_indonesian_with_babel_dates(seed_site):
    home = (seed_site / "index.html").read_text("utf-8")
    assert '<html lang="id">' in home and "Artikel terbaru" in home
    article = (seed_site / "artikel/000-fe4877838683bc29/index.html").read_text("utf-8")
    assert "Rabu, 6 November 2024" in article
    assert "000_fe4877838683bc29.txt" in article and "7d2ffd0d9aff1032" in article


def test_absolute_urls_only_where_they_must_be(seed_site):
    feed = (seed_site / "feed.xml").read_text("utf-8")
    assert "https://arsip.example.org/netralitas/artikel/000-fe4877838683bc29/index.html" in feed
    assert "<updated>2024-11-16T00:00:00Z</updated>" in feed  # newest article, not the clock
    sitemap = (seed_site / "sitemap.xml").read_text("utf-8")
    assert "<loc>https://arsip.example.org/netralitas/index.html</loc>" in sitemap
    article = (seed_site / "artikel/000-fe4877838683bc29/index.html").read_text("utf-8")
    assert (
        'rel="canonical" href="https://arsip.example.org/netralitas/artikel/000-fe4877838683bc29/index.html"'
        in article
    )


def test_timeline_groups_every_article_by_date(seed_site):
    timeline = (seed_site / "linimasa/index.html").read_text("utf-8")
    assert timeline.index("2024") < timeline.index("2020")
    assert timeline.count('href="../artikel/') == 5
    assert "Sabtu, 16 November 2024" in timeline


def test_official_page_shows_roles_quotes_and_articles(seed_site):
    page = (seed_site / "pejabat/akbar-ali/index.html").read_text("utf-8")
    assert "Pjs. Bupati Solok" in page and "Kepada ASN, jangan mau terpengaruh" in page
    assert page.count('class="card"') == 3


def test_exports_list_entities_with_their_articles(seed_site):
    outlets = json.loads((seed_site / "data/outlets.json").read_text("utf-8"))["outlets"]
    arosuka = next(o for o in outlets if o["id"] == "arosukapost-com")
    assert sorted(arosuka["articles"]) == ["001-9ea44454789fb8b7", "003-3aeabc295bcde505"]
    regions = json.loads((seed_site / "data/regions.json").read_text("utf-8"))["regions"]
    assert {r["name"] for r in regions} == {"Kabupaten Solok", "Kabupaten Lima Puluh Kota"}
    csv_lines = (seed_site / "data/articles.csv").read_text("utf-8-sig").splitlines()
    assert csv_lines[0].startswith("id,date,title") and len(csv_lines) == 6


def test_articles_are_never_modified(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    before = tree_digest(articles)
    assert build(articles, tmp_path / "site").returncode == 0
    assert tree_digest(articles) == before


def test_rebuild_keeps_user_files_and_removes_stale_pages(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    out = tmp_path / "site"
    assert build(articles, out).returncode == 0
    (out / "CNAME").write_text("arsip.example.org\n")
    (articles / "003_3aeabc295bcde505.txt").unlink()
    assert build(articles, out).returncode == 0
    assert (out / "CNAME").read_text() == "arsip.example.org\n"
    assert not (out / "artikel/003-3aeabc295bcde505").exists()


def test_two_builds_are_identical(tmp_path):
    assert build(SEEDS_DIR, tmp_path / "a").returncode == 0
    assert build(SEEDS_DIR, tmp_path / "b").returncode == 0
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


def test_strict_turns_problems_into_exit_1(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Judul\n\nTeks tanpa tanggal dan tanpa media.\n", "utf-8")
    (articles / "b.txt").write_text("", "utf-8")
    result = build(articles, tmp_path / "site", "--strict")
    assert result.returncode == 1
    assert "b.txt: error: file is empty; skipped" in result.stderr
    assert "a.txt: warning: no date found in the text" in result.stderr
    assert build(articles, tmp_path / "site2").returncode == 0


@pytest.mark.parametrize("args", [["--jobs", "0"], ["--no-such-flag"]])
def test_bad_usage_exits_2(tmp_path, args):
    assert build(SEEDS_DIR, tmp_path / "site", *args).returncode == 2


def test_missing_articles_folder_exits_2(tmp_path):
    result = build(tmp_path / "nope", tmp_path / "site")
    assert result.returncode == 2 and "articles folder not found" in result.stderr


def test_output_folder_holding_the_articles_is_refused(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    result = build(articles, tmp_path)
    assert result.returncode == 2 and "overlap" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]
