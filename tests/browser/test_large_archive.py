"""A large archive as a new reader meets it: 3,000 generated articles about 12 officials
(`make_corpus.py --n 3000 --officials 12`), built once per session.

Nothing is cut off: every article is reached from the home page by following links alone, no
page is heavier than 500 KB, and a search gives the same count and the same results, in the same
order, opened from disk and served, equal to the reference search over the same index
(search_index.search). Screenshots of the busiest official, a region, a month and search at
1280 and 390 px go to test-output/screenshots/large-*.png.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path, PurePosixPath
from urllib.parse import urlencode

import pytest

from conftest import MAKE_CORPUS, build
from search_form import result_count

pytestmark = pytest.mark.slow

ARTICLES, OFFICIALS = 3000, 12
LARGEST_PAGE = 500_000  # bytes
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
HREF = re.compile(r'<a\b[^>]*?\bhref="([^"#?]*)[^"]*"')
QUERIES = [  # what a reader types or picks, as search addresses
    {"q": '"tidak netral"'},
    {"q": "netralitas ASN"},
    {"q": "mengimbau"},
    {"q": "bupati", "media": None},  # the busiest outlet, filled in below
    {"pejabat": None},  # the official with the most articles
    {"pejabat": "a"},  # typed, not picked: every official whose name holds it
    {"bulan": None},  # the busiest month
    {"q": "banjir", "dari": "2024-01-01", "sampai": "2024-06-30"},
    {"jenis": "kutipan", "q": "netral"},
    {"jenis": "kutipan", "pejabat": None},
    {"q": "tidak", "wilayah": None},
]


@pytest.fixture(scope="session")
def large_site(tmp_path_factory) -> Path:
    if not MAKE_CORPUS.is_file():
        pytest.skip(f"{MAKE_CORPUS} not found (shared/ must sit beside the repo)")
    root = tmp_path_factory.mktemp("large")
    subprocess.run(
        [
            sys.executable,
            str(MAKE_CORPUS),
            "--n",
            str(ARTICLES),
            "--officials",
            str(OFFICIALS),
            "--out",
            str(root / "articles"),
            "--no-truth",
            "--quiet",
        ],
        check=True,
    )
    result = build(root / "articles", root / "site", "--no-cache", "--quiet")
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="session")
def large_index(large_site):
    from netralitas_site.config import SiteConfig
    from netralitas_site.pipeline import load_archive
    from netralitas_site.site.search_index import build_index

    archive = load_archive(
        SiteConfig(articles_dir=large_site.parent / "articles", output_dir=large_site, quiet=True)
    )[0]
    return build_index(archive)


def page_size(site: Path) -> int:
    """Items on a page of a long list, as the build was set (site.yaml `page_size`)."""
    return int(
        re.search(r'data-page-size="(\d+)"', (site / "cari/index.html").read_text("utf-8")).group(1)
    )


def links_of(site: Path, page: str) -> list[str]:
    """The site paths a page's <a href> lead to (no scripts: what a reader without them follows)."""
    here = PurePosixPath(page).parent
    out = []
    for href in HREF.findall((site / page).read_text("utf-8")):
        if not href or "://" in href or href.startswith(("mailto:", "//")):
            continue
        parts: list[str] = []
        for part in (here / href).parts:
            if part == "..":
                parts.pop()
            elif part != ".":
                parts.append(part)
        out.append("/".join(parts))
    return out


def test_every_article_is_reached_from_the_home_page_by_links_alone(large_site):
    articles = {str(p.relative_to(large_site)) for p in large_site.glob("artikel/*/index.html")}
    assert len(articles) == ARTICLES
    seen, todo = {"index.html"}, ["index.html"]
    while todo:
        page = todo.pop()
        for target in links_of(large_site, page):
            assert not target.endswith("/"), f"{page} links a folder: {target}"
            if target in seen or not target.endswith(".html") or target.startswith("en/"):
                continue
            assert (large_site / target).is_file(), f"{page} links a missing page: {target}"
            seen.add(target)
            if not target.startswith(
                "artikel/"
            ):  # articles link on to related ones: all are listed anyway
                todo.append(target)
    assert articles - seen == set()
    assert any("/halaman/" in p for p in seen)  # long lists did need pages


def test_no_page_is_heavier_than_500_kb(large_site):
    """The data-quality page included: its lists of doubts are grouped (one entry per official,
    not one per story), so it stays small however many stories a visitor appears in."""
    sizes = sorted(
        (p.stat().st_size, str(p.relative_to(large_site))) for p in large_site.rglob("*.html")
    )
    assert sizes[-1][0] < LARGEST_PAGE, sizes[-3:]


def test_entity_pages_are_paginated_with_month_links(large_site):
    """The busiest official's articles go on over pages under their folder, each month of them a
    link to the page and anchor it starts on; every article of theirs is listed exactly once."""
    official = busiest_official(large_site)
    first = f"pejabat/{official}/index.html"
    text = (large_site / first).read_text("utf-8")
    count = int(re.search(r'<h2 id="artikel">Artikel \(([\d.]+)\)', text).group(1).replace(".", ""))
    pages = [
        first,
        *sorted(
            (large_site / f"pejabat/{official}/halaman").glob("*/index.html"),
            key=lambda p: int(p.parent.name),
        ),
    ]
    pages = [p if isinstance(p, str) else str(p.relative_to(large_site)) for p in pages]
    assert len(pages) == -(-count // page_size(large_site)) > 1
    listed = Counter()
    for page in pages:
        body = (large_site / page).read_text("utf-8")
        listed.update(re.findall(r'class="card-title" href="[./]*(artikel/[^"]+)"', body))
    assert sum(listed.values()) == count and set(listed.values()) == {1}
    for month_link in re.findall(r'href="([^"]*#bulan-\d{4}-\d{2})"', text):
        path, anchor = month_link.split("#")
        target = links_of_one(first, path)
        assert f'id="{anchor}"' in (large_site / target).read_text("utf-8"), month_link


def links_of_one(page: str, href: str) -> str:
    parts: list[str] = []
    for part in (PurePosixPath(page).parent / href).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def busiest_official(site: Path) -> str:
    return busiest(site, "pejabat/*/index.html")


def busiest(site: Path, pattern: str) -> str:
    """The folder name of the entity page with the most articles."""
    counts = {}
    for page in site.glob(pattern):
        found = re.search(r'<h2 id="artikel">Artikel \(([\d.]+)\)', page.read_text("utf-8"))
        if found:
            counts[page.parent.name] = int(found.group(1).replace(".", ""))
    return max(counts, key=lambda k: (counts[k], k))


def filled(large_index, query: dict) -> dict:
    """The query with its blanks set to the busiest outlet, official, month or region."""
    from netralitas_site.site.search_index import Query, search

    docs = search(large_index, Query())
    busiest = {
        "media": Counter(
            large_index.outlets[large_index.doc_outlet[d]]
            for d in docs
            if large_index.doc_outlet[d] >= 0
        ),
        "pejabat": Counter(
            large_index.officials[o] for d in docs for o in large_index.doc_officials[d]
        ),
        "bulan": Counter(
            f"{large_index.dates[d] // 10000}-{large_index.dates[d] // 100 % 100:02d}"
            for d in docs
            if large_index.dates[d]
        ),
        "wilayah": Counter(
            large_index.regions[r] for d in docs for r in large_index.doc_regions[d]
        ),
    }
    return {k: v if v is not None else busiest[k].most_common(1)[0][0] for k, v in query.items()}


def reference(large_index, query: dict) -> list[int]:
    from netralitas_site.site.search_index import Query, search

    names = {
        "q": "q",
        "pejabat": "official",
        "media": "outlet",
        "wilayah": "region",
        "tahun": "year",
        "bulan": "month",
        "dari": "since",
        "sampai": "until",
    }
    return search(
        large_index,
        Query(
            quotes=query.get("jenis") == "kutipan",
            **{names[k]: v for k, v in query.items() if k in names},
        ),
    )


def shown(page) -> tuple[int, list[str]]:
    page.wait_for_selector("#status [data-result-count]", timeout=30_000)
    hrefs = page.eval_on_selector_all(
        "#hasil li a.card-title", "els => els.map(e => e.getAttribute('href'))"
    )
    return result_count(page), hrefs


def test_search_counts_are_equal_from_disk_and_served(
    watched_page, large_site, large_index, static_host
):
    """Each address of a fixed set: the same count and the same first page of results (hrefs, in
    order) opened from disk as a reader opens it and served under /arsip/, equal to the reference."""
    page = watched_page
    served = static_host(large_site)
    compared = []
    for query in QUERIES:
        query = filled(large_index, query)
        address = "cari/index.html?" + urlencode(query)
        page.goto(large_site.resolve().as_uri() + "/" + address)
        from_disk = shown(page)
        page.goto(served + address)
        over_http = shown(page)
        expected = reference(large_index, query)
        compared.append((query, from_disk[0], over_http[0], len(expected)))
        assert from_disk == over_http and from_disk[0] == len(expected), compared[-1]
        assert len(from_disk[1]) == min(len(expected), page_size(large_site))
    assert page.problems == []
    assert any(
        n > page_size(large_site) for _, n, _, _ in compared
    )  # more than a page: nothing is capped
    print("\n".join(f"{q}: disk {a}, http {b}, reference {c}" for q, a, b, c in compared))


def test_every_match_is_reachable_through_the_pages_of_results(
    watched_page, large_site, large_index
):
    page = watched_page
    query = {"q": "netralitas"}
    expected = reference(large_index, query)
    assert len(expected) > 100
    pages = -(-len(expected) // page_size(large_site))
    assert pages > 1
    page.goto(large_site.resolve().as_uri() + "/cari/index.html?" + urlencode(query))
    seen = []
    for number in range(1, pages + 1):
        count, hrefs = shown(page)
        assert count == len(expected)
        seen.extend(hrefs)
        if number < pages:
            page.locator("#halaman-hasil a[rel=next]").click()
            page.wait_for_url(re.compile(rf"halaman={number + 1}"))
    assert len(seen) == len(set(seen)) == len(expected)
    facet = page.locator("#facets [data-facet-count]").first
    assert int(facet.get_attribute("data-facet-count")) > 0
    assert page.problems == []


def test_quotes_are_found_on_their_own_with_speaker_date_and_outlet(watched_page, large_site):
    page = watched_page
    page.goto(
        large_site.resolve().as_uri()
        + "/cari/index.html?"
        + urlencode({"jenis": "kutipan", "q": "netral"})
    )
    count, _ = shown(page)
    assert count > 0
    first = page.locator("#hasil li").first
    assert first.locator("blockquote mark").count() >= 1
    assert first.locator("a.speaker").get_attribute("href").startswith("../pejabat/")
    assert re.search(r"\d{4}", first.locator(".meta").inner_text())
    assert "#" in first.locator("a.card-title").get_attribute("href")  # the quote's paragraph
    assert page.problems == []


def test_screenshots_of_the_busiest_official_a_region_a_month_and_search(
    reader_browser, large_site
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    official = busiest_official(large_site)
    month = max(
        (p for p in large_site.glob("linimasa/[0-9]*/[0-9]*/index.html")),
        key=lambda p: p.stat().st_size,
    )
    screens = {
        "official": f"pejabat/{official}/index.html",
        "region": f"wilayah/{busiest(large_site, 'wilayah/k*/index.html')}/index.html",
        "month": str(month.relative_to(large_site)),
        "search": "cari/index.html?" + urlencode({"q": "tidak netral"}),
    }
    for width in (1280, 390):
        context = reader_browser.new_context(
            viewport={"width": width, "height": 900}, is_mobile=width < 500
        )
        page = context.new_page()
        for name, path in screens.items():
            page.goto(large_site.resolve().as_uri() + "/" + path)
            if name == "search":
                page.wait_for_selector("#status [data-result-count]")
            page.screenshot(path=str(SCREENSHOTS / f"large-{name}-{width}.png"), full_page=True)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
        context.close()
