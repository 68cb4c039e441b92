"""The built seed site, page by page: what readers, citers, feed readers and crawlers get."""

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEEDS_DIR, build

ATOM = "{http://www.w3.org/2005/Atom}"
ARTICLE_000 = "artikel/000-fe4877838683bc29/index.html"
ARTICLE_004 = "artikel/004-0987cee8ea61e4de/index.html"
BUDGET = 60 * 1024  # an article page with its CSS and scripts, the search index excluded


def read(site: Path, path: str) -> str:
    return (site / path).read_text("utf-8")


class Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.css, self.scripts, self.inline = [], [], []
        self._inline = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.css.append(attrs["href"])
        if tag == "script":
            if attrs.get("src"):
                self.scripts.append(attrs["src"])
            else:
                self._inline = [attrs.get("type"), ""]

    def handle_data(self, data):
        if self._inline is not None:
            self._inline[1] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._inline is not None:
            self.inline.append(tuple(self._inline))
            self._inline = None


def resources(page: Path) -> Resources:
    parser = Resources()
    parser.feed(page.read_text("utf-8"))
    return parser


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_article_links_officials_where_the_text_names_them(seed_site):
    page = read(seed_site, ARTICLE_000)
    body = page[page.index('<div class="body">') : page.index('<section aria-labelledby="kutipan"')]
    assert (
        body.count('<a class="person" href="../../pejabat/akbar-ali/index.html">Akbar Ali</a>') >= 4
    )
    assert (
        '<a class="person" href="../../pejabat/muswir-yones-indra/index.html">Muswir Yones Indra</a>'
        in body
    )
    assert '<q class="quote-in-text" title="Akbar Ali">Kepada ASN, jangan mau terpengaruh' in body


def test_article_quotes_have_speakers_and_point_into_the_text(seed_site):
    page = read(seed_site, ARTICLE_000)
    quotes = page[page.index('id="kutipan"') : page.index('id="metadata"')]
    assert quotes.count('<figure class="quote"') == 5
    assert (
        '<a href="../../pejabat/akbar-ali/index.html">Akbar Ali</a> · <a href="#baris-6"' in quotes
    )
    assert 'id="baris-6"' in page


def test_metadata_says_how_the_date_was_found_and_marks_inferred_dates(seed_site):
    written = read(seed_site, ARTICLE_000)
    assert "tanggal lengkap tertulis di teks: “Rabu, 06 November 2024”" in written
    assert "perkiraan" not in written[written.index("<main") :]
    inferred = read(seed_site, ARTICLE_004)
    assert '<strong class="badge">perkiraan</strong>' in inferred
    assert "tahun diperkirakan dari hari" in inferred and "“Kamis (22/10)”" in inferred
    for text in (
        "004_0987cee8ea61e4de.txt",
        "da895a286eca8e3cedfcb9f28e0d1b6e8707f0fcbf153555383c9c1c4ef20135",
        "Tempat berita",
        "Kabupaten Solok",
        "binews.id",
    ):
        assert text in inferred


def test_citation_is_selectable_text_with_the_archive_url(seed_site):
    page = read(seed_site, ARTICLE_004)
    cite = re.search(r'<section aria-labelledby="kutip".*?<pre>(.*?)</pre>', page, re.S).group(1)
    assert cite == (
        "Imel. “Bupati Solok Tekankan Sanksi Keras Bagi ASN yang Tidak Netral”. binews.id, Kamis, 22 Oktober 2020 "
        "(tahun diperkirakan). Diarsipkan di Arsip Netralitas ASN, "
        "https://arsip.example.org/netralitas/artikel/004-0987cee8ea61e4de/index.html"
    )


def test_related_articles_and_removed_text_under_a_fold(seed_site):
    page = read(seed_site, ARTICLE_004)
    related = page[page.index('id="terkait"') :]
    assert related.count('class="card-related"') >= 2
    assert '<details class="boilerplate"' in page and "Baca juga: Wakil Bupati Solok" in page


def test_timeline_year_month_and_undated_pages(seed_site):
    overview = read(seed_site, "linimasa/index.html")
    for link in (
        'href="2024/index.html"',
        'href="2024/11/index.html"',
        'href="2024/09/index.html"',
        'href="2020/10/index.html"',
    ):
        assert link in overview
    assert '<svg viewBox="0 0 720 160" role="img" aria-labelledby="grafik-t grafik-d"' in overview
    assert '<table class="visually-hidden">' in overview
    year = read(
        seed_site, "linimasa/2024/index.html"
    )  # months and days with counts; articles are on month pages
    assert '<a href="11/index.html">November 2024</a> <span class="meta">(2 artikel)</span>' in year
    assert (
        '<a href="09/index.html#hari-2024-09-30"><time datetime="2024-09-30">Senin, 30 September</time></a> <span class="meta">(2)</span>'
        in year
    )
    month = read(seed_site, "linimasa/2024/09/index.html")
    assert month.count('class="card"') == 2 and 'id="hari-2024-09-30"' in month
    assert not (
        seed_site / "linimasa/tanpa-tanggal/index.html"
    ).exists()  # every seed article is dated


def test_official_page_feed_and_json(seed_site):
    page = read(seed_site, "pejabat/akbar-ali/index.html")
    assert "Jabatan dari waktu ke waktu" in page and "Penjabat Sementara Bupati" in page
    assert (
        "Paling sering muncul bersama" in page and 'href="../muswir-yones-indra/index.html"' in page
    )
    assert 'href="feed.xml"' in page and 'href="data.json"' in page
    feed = ET.parse(seed_site / "pejabat/akbar-ali/feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3 and feed.find(f"{ATOM}title").text == "Arsip Netralitas ASN: Akbar Ali"
    assert (
        entries[0]
        .find(f"{ATOM}link")
        .get("href")
        .startswith("https://arsip.example.org/netralitas/artikel/")
    )
    data = json.loads(read(seed_site, "pejabat/akbar-ali/data.json"))
    assert (
        data["schema"] == "netralitas-site/official/1" and data["official"]["name"] == "Akbar Ali"
    )
    assert [a["date"] for a in data["articles"]] == ["2024-11-16", "2024-11-06", "2024-09-30"]


def test_region_pages_show_the_hierarchy(seed_site):
    kabupaten = read(seed_site, "wilayah/kabupaten-solok/index.html")
    assert '<a href="../sumatera-barat/index.html">Provinsi Sumatera Barat</a>' in kabupaten
    province = read(seed_site, "wilayah/sumatera-barat/index.html")
    assert (
        'href="../kabupaten-solok/index.html"' in province
        and 'href="../kabupaten-lima-puluh-kota/index.html"' in province
    )
    assert province.count('class="card"') == 5


def test_every_page_has_an_english_twin_and_a_switch(seed_site):
    pages = [p.relative_to(seed_site).as_posix() for p in html_pages(seed_site)]
    indonesian = [p for p in pages if not p.startswith("en/")]
    assert len(indonesian) > 30
    for path in indonesian:
        assert f"en/{path}" in pages, path
        html = read(seed_site, path)
        english = read(seed_site, f"en/{path}")
        assert html.startswith('<!DOCTYPE html>\n<html lang="id">') and english.startswith(
            '<!DOCTYPE html>\n<html lang="en">'
        )
        assert 'hreflang="en" lang="en">English</a>' in html
        assert 'hreflang="id" lang="id">Bahasa Indonesia</a>' in english
    english = read(seed_site, "en/" + ARTICLE_004)
    assert (
        "Thursday, 22 October 2020" in english
        and "Skip to content" in english
        and "Cite this article" in english
    )


def test_head_has_csp_canonical_open_graph_and_json_ld(seed_site):
    for page in html_pages(seed_site):
        html = page.read_text("utf-8")
        rel = page.relative_to(seed_site).as_posix()
        assert (
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"
            in html
        ), rel
        assert (
            f'<link rel="canonical" href="https://arsip.example.org/netralitas/{rel}">' in html
        ), rel
        assert (
            f'<meta property="og:url" content="https://arsip.example.org/netralitas/{rel}">' in html
        ), rel
        found = resources(page)
        for kind, body in found.inline:
            assert kind == "application/ld+json", f"{rel}: inline script"
            json.loads(body)
        assert all(src.endswith("static/search.js") for src in found.scripts), rel
    article = json.loads(resources(seed_site / ARTICLE_004).inline[0][1])
    assert article["@type"] == "NewsArticle" and article["datePublished"] == "2020-10-22"
    assert {m["name"] for m in article["mentions"]} == {"Edisar", "Sony Sondra", "Andri Junaidi"}
    person = json.loads(resources(seed_site / "pejabat/akbar-ali/index.html").inline[0][1])
    assert person["@type"] == "Person" and person["name"] == "Akbar Ali"


def test_article_pages_stay_within_the_weight_budget(seed_site):
    for page in sorted(seed_site.glob("artikel/*/index.html")):
        found = resources(page)
        size = page.stat().st_size
        size += sum(
            (page.parent / href).resolve().stat().st_size for href in found.css + found.scripts
        )
        assert size < BUDGET, f"{page.relative_to(seed_site)}: {size} bytes"


def test_search_indexes_for_served_and_file_use(seed_site):
    """One index for both ways of opening the site, as classic scripts: the lists and numbers in
    cari/index.js, a term's articles and quotes in the shard its hash names."""
    from netralitas_site.site.search_index import fnv1a, stem

    script = read(seed_site, "cari/index.js")
    assert script.startswith("window.NETRALITAS_SEARCH=") and script.endswith(";\n")
    meta = json.loads(script[len("window.NETRALITAS_SEARCH=") : -2])
    assert len(meta["d"]) == len(meta["o"]) == len(meta["p"]) == len(meta["r"]) == 5
    akbar = meta["officials"].index("Akbar Ali")
    assert sum(akbar in officials for officials in meta["p"]) == 3
    term = stem("menjerumuskan")
    part = read(seed_site, f"cari/t/{fnv1a(term) % meta['shards']}.js")
    assert part.startswith(f'NETRALITAS_SEARCH_PART("t{fnv1a(term) % meta["shards"]}",')
    postings = json.loads(part[part.index(",") + 1 : -3])
    assert postings["q"][term] and all(
        meta["qs"][q] == akbar for q in _running(postings["q"][term])
    )
    entry = json.loads(read(seed_site, "pagefind/pagefind-entry.json"))
    assert (
        entry["languages"]["id"]["page_count"] == 5
    )  # Indonesian articles only, Indonesian stemming
    assert not list(seed_site.glob("pagefind/pagefind-ui*"))
    page = read(seed_site, "cari/index.html")
    for key in ("media", "wilayah", "tahun"):
        assert f'<select id="f-{key}" name="{key}" data-filter="{key}">' in page
    assert (
        '<input id="f-pejabat" name="pejabat" list="daftar-pejabat"' in page
        and '<option value="Akbar Ali">' in page
    )
    assert 'data-pagefind-filter="pejabat">Akbar Ali</a>' in read(seed_site, ARTICLE_000)


def _running(deltas):
    total, out = -1, []
    for delta in deltas:
        total += delta
        out.append(total)
    return out


def test_without_a_base_url_nothing_absolute_is_invented(tmp_path):
    out = tmp_path / "site"
    assert build(SEEDS_DIR, out).returncode == 0
    page = read(out, ARTICLE_004)
    assert (
        'rel="canonical"' not in page
        and 'property="og:' not in page
        and 'hreflang="x-default"' not in page
    )
    assert "Arsip Netralitas ASN, artikel/004-0987cee8ea61e4de/index.html</pre>" in page
    feed = ET.parse(out / "pejabat/edisar/feed.xml").getroot()
    assert (
        feed.find(f"{ATOM}entry/{ATOM}link").get("href")
        == "../../artikel/004-0987cee8ea61e4de/index.html"
    )


@pytest.fixture(scope="module")
def messy_site(tmp_path_factory):
    """The seed articles plus a copy in another outlet, a same-outlet duplicate, an undated text
    and an empty file."""
    root = tmp_path_factory.mktemp("messy")
    articles = root / "articles"
    articles.mkdir()
    for seed in SEEDS_DIR.glob("*.txt"):
        (articles / seed.name).write_text(seed.read_text("utf-8"), "utf-8")
    original = (SEEDS_DIR / "000_fe4877838683bc29.txt").read_text("utf-8")
    (articles / "100_copy.txt").write_text(
        original.replace("Kabaminang.com – Solok", "Arosukapost.com – Solok"), "utf-8"
    )
    (articles / "101_same.txt").write_text(
        original.replace("sangat penting", "penting sekali"), "utf-8"
    )
    (articles / "102_undated.txt").write_text(
        "Bupati Imbau ASN\n\nSOLOK - Bupati Solok mengimbau ASN tetap netral.\n", "utf-8"
    )
    (articles / "103_empty.txt").write_text("", "utf-8")
    out = root / "site"
    result = build(articles, out, "--base-url", "https://example.org/arsip")
    assert result.returncode == 0, result.stderr
    return out


def test_the_same_story_in_another_outlet_is_linked_both_ways(messy_site):
    original = read(messy_site, ARTICLE_000)
    section = original[
        original.index('id="juga"') : original.index("</section>", original.index('id="juga"'))
    ]
    assert (
        "../100-copy/index.html" in section
        and "Arosukapost.com" in section
        and "% teks sama" in section
    )
    copy = read(messy_site, "artikel/100-copy/index.html")
    assert 'id="juga"' in copy and "../000-fe4877838683bc29/index.html" in copy


def test_quality_page_lists_problems_dates_names_and_duplicates_with_the_file_to_fix(messy_site):
    page = read(messy_site, "kualitas-data/index.html")
    assert "<code>103_empty.txt</code>" in page and "file is empty" in page
    assert "<code>102_undated.yaml</code>" in page  # where the missing date goes
    assert "<code>004_0987cee8ea61e4de.yaml</code>" in page  # an inferred year
    duplicates = page[page.index('id="ganda"') :]
    assert (
        "<code>000_fe4877838683bc29.txt</code>" in duplicates
        and "<code>101_same.txt</code>" in duplicates
    )
    assert (messy_site / "linimasa/tanpa-tanggal/index.html").is_file()
    assert 'href="tanpa-tanggal/index.html"' in read(messy_site, "linimasa/index.html")
