"""Where each page lives, and relative links between pages.

Every internal link goes through `relative_url`, and every page is a file (`.../index.html`),
so the site works opened from disk (file://) and under any sub-path of a host.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

HOME = "index.html"
TIMELINE = "linimasa/index.html"
UNDATED = "linimasa/tanpa-tanggal/index.html"
OFFICIALS = "pejabat/index.html"
OUTLETS = "media/index.html"
REGIONS = "wilayah/index.html"
SEARCH = "cari/index.html"
SEARCH_INDEX = "cari/index.js"  # the search index as a classic script, for file:// (no fetch there)
PAGEFIND_DIR = "pagefind/"
QUALITY = "kualitas-data/index.html"
ABOUT_DATA = "data/index.html"
NOT_FOUND = "404.html"
FEED = "feed.xml"
STYLESHEET = "static/style.css"
SEARCH_SCRIPT = "static/search.js"

LANGUAGES = ("id", "en")  # the interface languages (Indonesian is the templates' own)
DEFAULT_LANGUAGE = LANGUAGES[0]  # at the site root unless site.yaml's `language` says otherwise


def site_languages(root: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The interface languages, the one at the site root first."""
    return (root, *(lang for lang in LANGUAGES if lang != root))


def article_path(article_id: str) -> str:
    return f"artikel/{article_id}/index.html"


def official_path(official_id: str) -> str:
    return f"pejabat/{official_id}/index.html"


def official_feed_path(official_id: str) -> str:
    return f"pejabat/{official_id}/feed.xml"


def official_data_path(official_id: str) -> str:
    return f"pejabat/{official_id}/data.json"


def official_quotes_path(official_id: str) -> str:
    """An official's quotes, when they need pages of their own."""
    return f"pejabat/{official_id}/kutipan/index.html"


def outlet_path(outlet_id: str) -> str:
    return f"media/{outlet_id}/index.html"


def outlet_feed_path(outlet_id: str) -> str:
    return f"media/{outlet_id}/feed.xml"


def region_feed_path(region_id: str) -> str:
    return f"wilayah/{region_id}/feed.xml"


def region_path(region_id: str) -> str:
    return f"wilayah/{region_id}/index.html"


def year_path(year: int) -> str:
    return f"linimasa/{year}/index.html"


def month_path(year: int, month: int) -> str:
    return f"linimasa/{year}/{month:02d}/index.html"


def day_anchor(value) -> str:
    """The id of a day's heading on its month page: 'hari-2024-11-06'."""
    return f"hari-{value.isoformat()}"


def day_path(value) -> str:
    return f"{month_path(value.year, value.month)}#{day_anchor(value)}"


def localized(path: str, lang: str, root: str = DEFAULT_LANGUAGE) -> str:
    """The path of a page in `lang`: the root language at the root, others under '<lang>/'."""
    return path if lang == root else f"{lang}/{path}"


def unlocalized(path: str, root: str = DEFAULT_LANGUAGE) -> tuple[str, str]:
    """(language, path in the root language) of a page path."""
    head, _, rest = path.partition("/")
    if head in LANGUAGES and head != root and rest:
        return head, rest
    return root, path


def relative_url(target: str, from_page: str) -> str:
    """Link from the page at `from_page` to the file `target` (both site-relative paths).

    Both are clean '/'-separated paths inside the site, so this is plain prefix arithmetic
    (posixpath.relpath resolves against the working directory, and is much slower)."""
    target, _, fragment = target.partition("#")
    here = from_page.split("/")[:-1]
    there = (target or from_page).split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    rel = "/".join([".."] * (len(here) - common) + there[common:])
    return rel + ("#" + fragment if fragment else "")


def site_prefix(base_url: str) -> str:
    """The path the site is served under: '/arsip/' for https://example.org/arsip, else '/'."""
    path = urlsplit(base_url).path.strip("/")
    return f"/{quote(path)}/" if path else "/"


def absolute_url(base_url: str, target: str) -> str:
    """Absolute URL for feeds, sitemap and canonical links; 'index.html' is kept so file hosts work too."""
    if not base_url:
        return target
    return base_url.rstrip("/") + "/" + target
