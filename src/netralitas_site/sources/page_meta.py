"""What a web page says about itself: its address, site, headline, publication date and author,
from og: and other meta elements, JSON-LD, the canonical link and what a browser wrote on
saving it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from .page_markup import json_ld_items, ld_text, ld_types, meta_tags, text_of
from .page_title import choose_title

JAKARTA = timezone(timedelta(hours=7))  # where a time written without a zone is taken to be
ARTICLE_TYPES = (
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "report",
    "liveblogposting",
)
ADDRESS_DATE = re.compile(r"/(20\d\d|19\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)|/(\d\d)/(\d\d)/(\d\d)/")
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile\s*(.*?)-->", re.IGNORECASE | re.DOTALL)
TIMESTAMP = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?",
    re.IGNORECASE,
)
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "content_publisheddate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "originalpublicationdate",
)
AUTHOR_NOT_PERSON = re.compile(
    r"\b(pt|redaksi|media|cyber|web|design|development|tim|team|admin|news|online)\b|\.\w{2,3}\b|https?:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    title_from: str | None
    published: date | None
    published_text: str | None
    published_from: str | None
    outlet_names: tuple[str, ...]
    author: str | None
    url: str | None
    url_from: str | None
    saved: datetime | None
    hosts: tuple[str, ...]
    marked_article: bool  # the page's metadata says it is an article


def read_metadata(root, text: str, address: str | None = None) -> PageMeta:
    metas = meta_tags(root)
    items = json_ld_items(root)
    article = next((item for item in items if ld_types(item) & set(ARTICLE_TYPES)), None)
    saved_from, saved_at = _saved_from(text[:8192])
    base = address or saved_from
    canonical = _absolute(
        _first_attr(
            root,
            "//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONIL', 'canonil')), ' '), ' canonical ')]",
            "href",
        ),
        base,
    )
    og_url = _absolute(metas.get("og:url"), base)
    url, url_from = next(
        (
            (u, f)
            for u, f in (
                (canonical, "canonical link"),
                (og_url, "og:url"),
                (saved_from, "saved-from address"),
            )
            if u
        ),
        (None, None),
    )
    site_names = _site_names(metas, items, article)
    hosts = tuple(
        dict.fromkeys(
            h
            for h in (
                _host(u)
                for u in (
                    address,
                    canonical,
                    og_url,
                    saved_from,
                    _ld_url(article),
                    _first_attr(root, "//*[@itemprop='url']", "href"),
                )
            )
            if h
        )
    )
    title, title_from = choose_title(root, metas, article, site_names, hosts)
    published, published_text, published_from = _published(root, metas, article)
    marked = (
        bool(article)
        or metas.get("og:type", "").lower() == "article"
        or bool(published_text)
        or bool(root.xpath("//*[@itemprop='articleBody']"))
    )
    return PageMeta(
        title,
        title_from,
        published,
        published_text,
        published_from,
        site_names,
        _author(metas, article),
        url,
        url_from,
        saved_at,
        hosts,
        marked,
    )


def _ld_url(item: dict | None) -> str | None:
    if not item:
        return None
    value = item.get("url") or item.get("mainEntityOfPage")
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else None


def _first_attr(root, xpath: str, attribute: str) -> str | None:
    for element in root.xpath(xpath):
        value = (element.get(attribute) or "").strip()
        if value:
            return value
    return None


def _absolute(url: str | None, base: str | None) -> str | None:
    """An http(s) address, resolved against the page's own when relative; None for anything else."""
    if not url:
        return None
    url = url.strip()
    if base and not urlsplit(url).scheme:
        url = urljoin(base, url)
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def _saved_from(head: str) -> tuple[str | None, datetime | None]:
    """The address and time a browser or SingleFile wrote into the saved page."""
    single = SINGLEFILE.search(head)
    if single:
        fields = dict(
            re.findall(
                r"^\s*(url|saved date)\s*:\s*(.+?)\s*$",
                single.group(1),
                re.MULTILINE | re.IGNORECASE,
            )
        )
        fields = {k.lower(): v for k, v in fields.items()}
        return _absolute(fields.get("url"), None), _singlefile_date(fields.get("saved date", ""))
    match = SAVED_FROM.search(head)
    if match:
        return _absolute(match.group(1), None), None
    return None, None


def _singlefile_date(text: str) -> datetime | None:
    """'Tue Nov 05 2024 09:12:33 GMT+0700 (Western Indonesia Time)' as UTC."""
    match = re.search(r"(\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})", text)
    if not match:
        return None
    month, day, year, hour, minute, second, offset = match.groups()
    try:
        stamp = datetime.strptime(
            f"{month} {day} {year} {hour}:{minute}:{second} {offset}", "%b %d %Y %H:%M:%S %z"
        )
    except ValueError:
        return None
    return stamp.astimezone(UTC)


def _site_names(metas: dict, items: list[dict], article: dict | None) -> tuple[str, ...]:
    names = [metas.get("og:site_name"), ld_text((article or {}).get("publisher"))]
    names += [
        ld_text(item.get("name"))
        for item in items
        if ld_types(item) & {"newsmediaorganization", "organization", "website"}
    ]
    names += [
        metas.get("application-name"),
        metas.get("publisher"),
        (metas.get("twitter:site") or "").lstrip("@") or None,
    ]
    return tuple(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip()))


def _published(
    root, metas: dict, article: dict | None
) -> tuple[date | None, str | None, str | None]:
    """(local date in Jakarta, the value as written, where) of the page's publication time."""
    candidates = [
        (metas.get(k), k) for k in ("article:published_time", "og:article:published_time")
    ]
    candidates.append((ld_text((article or {}).get("datePublished")), "JSON-LD datePublished"))
    for element in root.xpath("//*[@itemprop='datePublished']"):
        candidates.append(
            (
                element.get("content") or element.get("datetime") or text_of(element),
                "itemprop datePublished",
            )
        )
    candidates += [(metas.get(k), k) for k in PUBLISHED_META[2:]]
    for value, source in candidates:
        if value and (day := local_date(value)) is not None:
            return day, " ".join(value.split()), source
    return None, None, None


def local_date(value: str) -> date | None:
    """The date in Jakarta of a machine-written time: '2016-02-16T13:30:00Z' and
    '2016-02-16 20:30:00' (no zone: local already) are both 16 February."""
    match = TIMESTAMP.search(value)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        stamp = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    if not 1990 <= stamp.year <= datetime.now().year + 1:
        return None
    if hour is None or zone is None:
        return stamp.date()
    zone = zone.upper()
    if zone in ("Z", "UTC", "GMT"):
        offset = timedelta(0)
    else:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return stamp.replace(tzinfo=timezone(offset)).astimezone(JAKARTA).date()


def _author(metas: dict, article: dict | None) -> str | None:
    """A person credited by the page's metadata; an organisation or an address is not an author."""
    for value in (
        _ld_author(article),
        metas.get("author"),
        metas.get("article:author"),
        metas.get("dc.creator"),
    ):
        if value and not AUTHOR_NOT_PERSON.search(value) and 1 <= len(value.split()) <= 6:
            return value
    return None


def _ld_author(article: dict | None) -> str | None:
    if not article:
        return None
    authors = article.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    credited = [
        ld_text(a)
        for a in authors
        if not isinstance(a, dict) or "person" in ld_types(a) or "@type" not in a
    ]
    names = [n for n in credited if n]
    return ", ".join(names) if names else None


def address_date(url: str) -> date | None:
    """A date written in an address: '/read/2016/02/23/…', '/berita/16/02/15/…'."""
    match = ADDRESS_DATE.search(urlsplit(url).path if url else "")
    if not match:
        return None
    try:
        if match.group(1):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return date(2000 + int(match.group(4)), int(match.group(5)), int(match.group(6)))
    except ValueError:
        return None


def record_id(url: str) -> str:
    """An article id from its address: its host's name and the last words of its path."""
    from slugify import slugify

    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.").split(".")
    site = (
        host[-3]
        if len(host) >= 3 and host[-2] in ("co", "or", "go", "ac", "web", "my", "sch")
        else (host[-2] if len(host) >= 2 else "")
    )
    path = [p for p in parts.path.split("/") if p]
    words = slugify(
        " ".join(path[-2:]) if path and len(path[-1]) < 24 else (path[-1] if path else ""),
        max_length=70,
        word_boundary=True,
    )
    return slugify(f"{site} {words}") or "artikel"
