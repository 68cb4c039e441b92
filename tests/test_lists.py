"""Long lists and what files them: pagination (pagination.py), tags and cases (`tags:`, `case:`),
the feeds of outlets, regions, tags and cases, and the search index both ways of opening the site
use (search_index.py), on the seed articles and on 300 generated ones."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import SEEDS_DIR, build
from netralitas_site.site.pagination import Pager, group_starts, page_count, page_path, pagers

ATOM = "{http://www.w3.org/2005/Atom}"
OLDEST, NEWEST = "004_0987cee8ea61e4de", "000_fe4877838683bc29"  # 2020 and 2024


def test_page_paths_live_beside_the_first_page():
    assert page_path("pejabat/deni-rais/index.html", 1) == "pejabat/deni-rais/index.html"
    assert page_path("pejabat/deni-rais/index.html", 3) == "pejabat/deni-rais/halaman/3/index.html"
    assert page_path("linimasa/2024/11/index.html", 2) == "linimasa/2024/11/halaman/2/index.html"
    with pytest.raises(ValueError):
        page_path("feed.xml", 2)
    assert [page_count(n, 50) for n in (0, 1, 50, 51, 1125)] == [1, 1, 1, 2, 23]


def test_a_pager_links_first_last_neighbours_and_a_window():
    pages = pagers(1000, 50, "media/x/index.html")
    assert len(pages) == 20 and pages[-1].start == 950 and pages[-1].end == 1000
    middle = pages[9]
    assert [n for n, _ in middle.links] == [1, None, 8, 9, 10, 11, 12, None, 20]
    assert (
        middle.previous == "media/x/halaman/9/index.html"
        and middle.next == "media/x/halaman/11/index.html"
    )
    assert pages[0].previous is None and pages[-1].next is None
    assert [n for n, _ in pages[0].links] == [1, 2, 3, None, 20]
    assert Pager(1, 1, 3, "a/index.html", 0, 50).links == [(1, "a/index.html")]


def test_each_group_points_at_the_page_and_anchor_it_starts_on():
    items = ["2024-11"] * 3 + ["2024-10"] * 4 + ["2024-09"]
    groups = group_starts(items, lambda x: x, 3, "w/index.html", lambda k: f"bulan-{k}")
    assert [(g.key, g.count, g.page) for g in groups] == [
        ("2024-11", 3, 1),
        ("2024-10", 4, 2),
        ("2024-09", 1, 3),
    ]
    assert groups[1].path == "w/halaman/2/index.html#bulan-2024-10"


def test_the_stemmer_of_python_and_of_the_browser_agree():
    """search_index.stem and static/search.js's stem, on every word of the seed articles and the
    affixes they are meant for, run by Node (CI runs the browser tests, which compare counts)."""
    from netralitas_site.site.search_index import query_terms, stem, words

    node = shutil.which("node")
    if node is None:
        pytest.skip(
            "node is not installed; tests/browser/test_large_archive.py compares both sides"
        )
    vocabulary = sorted({w for p in SEEDS_DIR.glob("*.txt") for w in words(p.read_text("utf-8"))})
    vocabulary += [
        "menyampaikan",
        "memilih",
        "membuat",
        "menulis",
        "mendukung",
        "pemilihan",
        "penanaman",
        "bupatinya",
        "diimbaukan",
        "kepadamu",
        "bukankah",
        "setempat",
        "ÉLYSÉE",
        "2024",
        "a1b2",
    ]
    script = Path(__file__).resolve().parents[1] / "src/netralitas_site/templates/static/search.js"
    program = (
        f"global.window = {{}}; global.document = {{ getElementById: () => null }};\n"
        f"{script.read_text('utf-8')}\n"
        "const t = window.netralitasText; const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n"
        "console.log(JSON.stringify(input.map(w => [t.stem(w), t.terms(w)])));"
    )
    result = subprocess.run(
        [node, "-e", program],
        input=json.dumps(vocabulary),
        capture_output=True,
        text=True,
        check=True,
    )
    from_js = json.loads(result.stdout)
    from_python = [[stem(w), query_terms(w)] for w in vocabulary]
    assert [w for w, js, py in zip(vocabulary, from_js, from_python) if js != py] == []
    assert (
        stem("menyampaikan") == "sampai"
        and stem("memilih") == "pilih"
        and stem("bupatinya") == stem("bupati")
    )


@pytest.fixture(scope="module")
def filed_site(tmp_path_factory):
    """The seed articles, three filed under a tag (spelt two ways) and two under one case."""
    root = tmp_path_factory.mktemp("filed")
    articles = root / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    (articles / f"{OLDEST}.yaml").write_text(
        "tags: [Netralitas ASN, Sanksi]\ncase: Kampanye ASN Solok 2020\n", "utf-8"
    )
    (articles / f"{NEWEST}.yaml").write_text(
        "tags: [netralitas asn]\ncase: Kampanye ASN Solok 2020\n", "utf-8"
    )
    (articles / "001_9ea44454789fb8b7.yaml").write_text("tags: Netralitas ASN\n", "utf-8")
    result = build(articles, root / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def listed(site: Path, page: str) -> list[str]:
    return re.findall(
        r'class="card-title" href="[./]*artikel/([^/]+)/', (site / page).read_text("utf-8")
    )


def test_a_tag_gathers_its_articles_under_one_spelling_newest_first(filed_site):
    assert listed(filed_site, "topik/netralitas-asn/index.html") == [
        "000-fe4877838683bc29",
        "001-9ea44454789fb8b7",
        "004-0987cee8ea61e4de",
    ]
    page = (filed_site / "topik/netralitas-asn/index.html").read_text("utf-8")
    assert "<h1>Netralitas ASN</h1>" in page  # the spelling most articles use
    index = (filed_site / "topik/index.html").read_text("utf-8")
    assert (
        'href="netralitas-asn/index.html">Netralitas ASN</a> — 3 artikel' in index
        and "sanksi/index.html" in index
    )
    assert (filed_site / "en/topik/sanksi/index.html").is_file()


def test_a_case_lists_its_articles_oldest_first_with_a_feed(filed_site):
    assert listed(filed_site, "kasus/kampanye-asn-solok-2020/index.html") == [
        "004-0987cee8ea61e4de",
        "000-fe4877838683bc29",
    ]
    feed = ET.parse(filed_site / "kasus/kampanye-asn-solok-2020/feed.xml").getroot()
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    assert (
        links[0].endswith("000-fe4877838683bc29/index.html") and len(links) == 2
    )  # a feed is newest first
    article = (filed_site / "artikel/004-0987cee8ea61e4de/index.html").read_text("utf-8")
    assert (
        '<a href="../../kasus/kampanye-asn-solok-2020/index.html">Kampanye ASN Solok 2020</a>'
        in article
    )
    assert '<a href="../../topik/sanksi/index.html">Sanksi</a>' in article
    home = (filed_site / "index.html").read_text("utf-8")
    assert 'href="kasus/index.html"><strong>1</strong> kasus pelanggaran' in home


def test_every_outlet_and_region_has_a_feed_of_its_articles(filed_site):
    feed = ET.parse(filed_site / "wilayah/kabupaten-solok/feed.xml").getroot()
    assert feed.find(f"{ATOM}title").text.endswith("Kabupaten Solok") and feed.findall(
        f"{ATOM}entry"
    )
    page = (filed_site / "wilayah/kabupaten-solok/index.html").read_text("utf-8")
    assert 'type="application/atom+xml"' in page and 'href="feed.xml"' in page
    assert sorted(p.parent.name for p in filed_site.glob("media/*/feed.xml")) == sorted(
        p.parent.name for p in filed_site.glob("media/*/index.html")
    )


def test_a_bad_tag_is_reported_at_its_line_and_the_rest_builds(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    (articles / f"{OLDEST}.yaml").write_text("tags:\n  - Sanksi\n  - [nested]\ncase: ''\n", "utf-8")
    result = build(articles, tmp_path / "site")
    assert result.returncode == 0
    out = result.stdout + result.stderr
    assert (
        f"{OLDEST}.yaml:3: error: field 'tags'" in out
        and f"{OLDEST}.yaml:4: error: field 'case'" in out
    )
    assert not (tmp_path / "site/topik").exists() and not (tmp_path / "site/kasus").exists()


def test_pages_of_a_month_of_an_official_and_of_an_index(synthetic_corpus, tmp_path):
    """300 generated articles with five to a page: a busy month and an official go on over pages
    under their folder; a month's first page holds every day's anchor; all articles are listed
    once over a list's pages; the officials' index is paginated."""
    site_yaml = tmp_path / "site.yaml"
    site_yaml.write_text("page_size: 5\n", "utf-8")
    out = tmp_path / "site"
    result = build(synthetic_corpus[0], out, "--config", str(site_yaml), "--quiet")
    assert result.returncode == 0, result.stderr
    month = max(
        out.glob("linimasa/[0-9]*/[0-9]*/index.html"),
        key=lambda p: len(listed(out, str(p.relative_to(out)))),
    )
    month_page = str(month.relative_to(out))
    further = sorted(month.parent.glob("halaman/*/index.html"))
    assert further and len(listed(out, month_page)) == 5
    first = month.read_text("utf-8")
    days = set(re.findall(r'href="[^"]*#(hari-\d{4}-\d{2}-\d{2})"', first))
    assert days and all(f'id="{day}"' in first for day in days)  # the article pages' day links land
    every = listed(out, month_page) + [
        a for p in further for a in listed(out, str(p.relative_to(out)))
    ]
    assert len(every) == len(set(every))
    assert 'rel="next"' in first and 'aria-current="page"' in first
    assert (out / "pejabat/halaman/2/index.html").is_file()
    officials = [p for p in out.glob("pejabat/*/halaman/2/index.html")]
    assert officials
