"""The built seed site opened straight from disk (file://): every internal link lands on a page."""

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

KIND_PAGES = [
    "index.html",
    "linimasa/index.html",
    "artikel/004-0987cee8ea61e4de/index.html",
    "pejabat/index.html",
    "pejabat/akbar-ali/index.html",
    "media/index.html",
    "media/binews-id/index.html",
    "wilayah/index.html",
    "wilayah/kabupaten-solok/index.html",
]  # not 404.html: built with a base URL, it links from the site's path on its host (test_not_found.py)


def internal_links(page) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    return sorted({h.split("#")[0] for h in hrefs if h.startswith("file://")})


@pytest.mark.parametrize("start", KIND_PAGES)
def test_every_internal_link_lands_on_an_existing_page(page, seed_site, start):
    page.goto((seed_site / start).as_uri())
    assert page.locator("h1").count() == 1
    links = internal_links(page)
    assert links, f"{start} has no internal links"
    for href in links:
        target = Path(unquote(urlparse(href).path))
        assert target.is_file(), f"{start}: link to {href} is not a file"
        assert target.resolve().is_relative_to(seed_site.resolve()), (
            f"{start}: {href} leaves the site"
        )
        if target.suffix != ".html":
            continue  # data files (JSON, CSV, Atom) download instead of rendering; existing is enough
        response = page.goto(href)
        assert response is None or response.ok
        assert page.locator("h1").count() == 1, f"{href} did not render as a page"
        assert page.title(), href


def test_clicking_through_home_timeline_article_official(page, seed_site):
    """The reader's path: home -> timeline -> an article -> its official -> their outlet page."""
    page.goto((seed_site / "index.html").as_uri())
    page.get_by_role("link", name="Linimasa").first.click()
    assert page.locator("h1").inner_text() == "Linimasa"
    page.get_by_role(
        "link", name="Bupati Solok Tekankan Sanksi Keras Bagi ASN yang Tidak Netral"
    ).click()
    assert "Kamis, 22 Oktober 2020" in page.content()
    page.get_by_role("link", name="Edisar").first.click()
    assert page.locator("h1").inner_text() == "Edisar"
    page.get_by_role("link", name="Media").first.click()
    assert page.locator("h1").inner_text() == "Media"
