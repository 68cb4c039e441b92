"""The seed site in a real browser, the way readers meet it: opened from disk (file://) and served
by a plain static host under a sub-path (/arsip/). Every test runs in both modes."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from search_form import result_count, submit_search

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"  # gitignored

ARTICLE = "Bupati Solok Tekankan Sanksi Keras Bagi ASN yang Tidak Netral"  # 004, binews.id, 2020
RAPAT = "Rapat koordinasi yang membahas desk Pilkada"  # 000, Akbar Ali's quotes
LIMA_PULUH = "Pjs Bupati Limapuluh Kota Ahmad Zakri Pimpin Rapat"  # 003


def h1(page) -> str:
    return page.locator("h1").inner_text().strip()


def nav(page, name):
    return page.get_by_role(
        "navigation", name=re.compile("Navigasi utama|Main navigation")
    ).get_by_role("link", name=name, exact=True)


def test_reader_path_home_timeline_article_official_outlet_region_and_back(watched_page, site):
    """Home -> timeline -> an article -> its official -> an outlet -> a region -> its province, then back."""
    page = watched_page
    page.goto(site.url("index.html"))
    nav(page, "Linimasa").click()
    assert h1(page) == "Linimasa"
    page.get_by_role("link", name=ARTICLE, exact=True).click()
    assert h1(page) == ARTICLE
    assert "Kamis, 22 Oktober 2020" in page.locator(".metadata").inner_text()
    page.locator(".metadata").get_by_role("link", name="Edisar", exact=True).click()
    assert h1(page) == "Edisar"
    page.get_by_role("link", name="binews.id", exact=True).first.click()
    assert h1(page) == "binews.id"
    page.get_by_role("link", name="Kabupaten Solok", exact=True).first.click()
    assert h1(page) == "Kabupaten Solok"
    page.get_by_role("navigation", name="Hierarki wilayah").get_by_role(
        "link", name="Sumatera Barat"
    ).click()
    assert "Sumatera Barat" in h1(page)
    for expected in ("Kabupaten Solok", "binews.id", "Edisar", ARTICLE, "Linimasa"):
        page.go_back()
        assert h1(page) == expected
    assert page.problems == []


def test_timeline_has_year_month_and_day_pages(watched_page, site):
    page = watched_page
    page.goto(site.url("linimasa/index.html"))
    assert (
        page.locator("svg[role=img] title").count() == 1
    )  # the weekly chart, with its text alternative
    page.get_by_role("link", name="2024", exact=True).first.click()
    assert h1(page) == "Linimasa 2024"
    page.get_by_role("link", name="Sabtu, 16 November").click()
    assert h1(page) == "November 2024"
    expect(page).to_have_url(re.compile(r"linimasa/2024/11/index\.html#hari-2024-11-16$"))
    assert page.locator("#hari-2024-11-16").count() == 1
    assert page.problems == []


def search(page, query="", **filters):
    return [t.strip() for t in submit_search(page, query, **filters).all_inner_texts()]


def test_search_finds_an_official_by_name_and_opens_a_result(watched_page, site):
    page = watched_page
    page.goto(site.url("cari/index.html"))
    titles = search(page, "Akbar Ali")
    assert len(titles) >= 3 and any(t.startswith(RAPAT) for t in titles)
    assert result_count(page) == len(
        titles
    )  # one index from disk and served: the count is the list's
    page.locator("#hasil li a.card-title").first.click()
    assert "Akbar Ali" in page.locator("article").inner_text()
    assert page.problems == []


def test_search_finds_a_word_of_a_quote(watched_page, site):
    page = watched_page
    page.goto(site.url("cari/index.html"))
    titles = search(page, "menjerumuskan")
    assert titles and titles[0].startswith(RAPAT)
    page.get_by_role("link", name=re.compile("^" + RAPAT)).first.click()
    assert h1(page).startswith(RAPAT)
    assert page.problems == []


def test_search_finds_a_place_and_filters_by_official(watched_page, site):
    page = watched_page
    page.goto(site.url("cari/index.html"))
    assert any(t.startswith(LIMA_PULUH) for t in search(page, "Lima Puluh Kota"))
    assert search(page, "", pejabat="Edisar") == [ARTICLE]
    assert search(page, "", tahun="2020") == [ARTICLE]
    assert page.problems == []


def test_search_box_on_every_page_leads_to_results(watched_page, site):
    page = watched_page
    page.goto(site.url("artikel/004-0987cee8ea61e4de/index.html"))
    page.locator("#cari-cepat").fill("Edisar")
    page.locator("#cari-cepat").press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#hasil li').length > 0")
    assert ARTICLE in page.locator("#hasil").inner_text()
    assert page.problems == []


def test_switch_to_english_and_back(watched_page, site):
    page = watched_page
    page.goto(site.url("linimasa/index.html"))
    page.get_by_role("link", name="English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert h1(page) == "Timeline" and page.url.endswith("en/linimasa/index.html")
    nav(page, "Officials").click()
    assert h1(page) == "Officials"
    page.get_by_role("link", name="Akbar Ali", exact=True).click()
    assert "Roles over time" in page.content()
    page.get_by_role("link", name="Bahasa Indonesia").click()
    assert page.locator("html").get_attribute("lang") == "id"
    assert h1(page) == "Akbar Ali" and "/en/" not in page.url
    assert "Jabatan dari waktu ke waktu" in page.content()
    assert page.problems == []


def test_english_search_page_links_to_english_articles(watched_page, site):
    page = watched_page
    page.goto(site.url("en/cari/index.html"))
    titles = search(page, "Edisar")
    assert titles == [ARTICLE]
    page.get_by_role("link", name=ARTICLE).click()
    assert "/en/artikel/" in page.url and page.locator("html").get_attribute("lang") == "en"
    assert "Thursday, 22 October 2020" in page.content()


SCREENS = {
    "home": "index.html",
    "timeline": "linimasa/index.html",
    "article": "artikel/000-fe4877838683bc29/index.html",
    "official": "pejabat/akbar-ali/index.html",
    "region": "wilayah/kabupaten-solok/index.html",
    "search": "cari/index.html?q=netralitas",
    "quality": "kualitas-data/index.html",
    "english-article": "en/artikel/004-0987cee8ea61e4de/index.html",
}


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_and_no_sideways_scrolling(reader_browser, site, width):
    """Screenshots for people to look at (test-output/screenshots/, gitignored); at 390 px wide no
    page may scroll sideways."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = reader_browser.new_context(
        viewport={"width": width, "height": 900}, is_mobile=width < 500
    )
    page = context.new_page()
    for name, path in SCREENS.items():
        page.goto(site.url(path))
        if "?q=" in path:
            page.wait_for_function("() => document.querySelectorAll('#hasil li').length > 0")
        page.screenshot(path=str(SCREENSHOTS / f"{site.mode}-{name}-{width}.png"), full_page=True)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
    context.close()


def test_keyboard_skip_link_and_visible_focus(watched_page, site):
    page = watched_page
    page.goto(site.url("artikel/000-fe4877838683bc29/index.html"))
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "[document.activeElement.textContent, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert focused[0] == "Langsung ke isi" and focused[1] != "none"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#isi$"))  # fragment navigation lands asynchronously
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert style != "none"


def test_dark_mode_follows_the_system_and_print_hides_navigation(reader_browser, site):
    context = reader_browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site.url("artikel/000-fe4877838683bc29/index.html"))
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 24, 29)"
    page.emulate_media(media="print")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.site-header nav')).display")
        == "none"
    )
    assert page.locator(".cite pre").is_visible()
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "linimasa/index.html",
        "linimasa/2024/index.html",
        "linimasa/2024/11/index.html",
        "artikel/000-fe4877838683bc29/index.html",
        "pejabat/index.html",
        "pejabat/akbar-ali/index.html",
        "media/index.html",
        "media/binews-id/index.html",
        "wilayah/index.html",
        "wilayah/kabupaten-solok/index.html",
        "wilayah/sumatera-barat/index.html",
        "cari/index.html?q=Solok",
        "kualitas-data/index.html",
        "en/index.html",
    ],
)
def test_pages_load_without_errors_or_blocked_resources(watched_page, site, path):
    """No console error, CSP violation, failed request or script error on any kind of page."""
    failed = []
    watched_page.on("requestfailed", lambda r: failed.append(r.url))
    response = watched_page.goto(site.url(path))
    assert response is None or response.ok
    watched_page.wait_for_load_state("networkidle")
    assert watched_page.problems == [] and failed == []
