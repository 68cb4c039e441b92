"""Where each page lives, and relative links between pages.

Every internal link goes through `relative_url`, and every page is a file (`.../index.html`),
so the site works opened from disk (file://) and under any sub-path of a host.
"""

from __future__ import annotations

import posixpath

HOME = "index.html"
TIMELINE = "linimasa/index.html"
OFFICIALS = "pejabat/index.html"
OUTLETS = "media/index.html"
REGIONS = "wilayah/index.html"
SEARCH = "cari/index.html"
ABOUT_DATA = "data/index.html"
FEED = "feed.xml"
STYLESHEET = "static/style.css"


def article_path(article_id: str) -> str:
    return f"artikel/{article_id}/index.html"


def official_path(official_id: str) -> str:
    return f"pejabat/{official_id}/index.html"


def outlet_path(outlet_id: str) -> str:
    return f"media/{outlet_id}/index.html"


def region_path(region_id: str) -> str:
    return f"wilayah/{region_id}/index.html"


def year_path(year: int) -> str:
    return f"linimasa/{year}/index.html"


def relative_url(target: str, from_page: str) -> str:
    """Link from the page at `from_page` to the file `target` (both site-relative paths)."""
    target, _, fragment = target.partition("#")
    start = posixpath.dirname(from_page) or "."
    rel = posixpath.relpath(target, start)
    return rel + ("#" + fragment if fragment else "")


def absolute_url(base_url: str, target: str) -> str:
    """Absolute URL for feeds, sitemap and canonical links; 'index.html' is kept so file hosts work too."""
    if not base_url:
        return target
    return base_url.rstrip("/") + "/" + target
