"""`netralitas-site add URL...`: fetch news pages into the articles folder, exactly as received.

Each page is stored as `<date>-<slug>.html` with a side file (`.yaml`) recording the address it
was fetched from after redirects, when (UTC) and the HTTP status; building reads the stored page
and never the network. Politeness: a user agent naming the project, at most one request a second
to a host, a few retries with a growing pause for timeouts and server errors, never a retry for
an answer that will not change (404, not HTML). An address that fails writes nothing, and
nothing already in the folder is ever replaced.
"""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import yaml
from slugify import slugify

from .. import __version__
from ..sources.read import MAX_PAGE_BYTES

USER_AGENT = f"netralitas-site/{__version__} (news archive; saves one page for citation)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_REDIRECTS = 10
PER_HOST_SECONDS = 1.0
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_SLUG = 60


class FetchError(Exception):
    """Why an address could not be added; nothing was written for it."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    body: bytes
    accessed: datetime  # UTC
    content_type: str


@dataclass(frozen=True)
class Added:
    page: Path
    side: Path
    fetched: Fetched


class Fetcher:
    """One client for a run of `add`: it keeps the time of the last request to each host."""

    def __init__(
        self,
        timeout: float = 20.0,
        retries: int = 2,
        backoff: float = 1.0,
        clock=time.monotonic,
        sleep=time.sleep,
    ):
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.clock = clock
        self.sleep = sleep
        self.last: dict[str, float] = {}
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            trust_env=False,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                "Accept-Language": "id,en;q=0.5",
            },
        )

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str) -> Fetched:
        """The page at `url`, redirects followed one by one (each a request of its own, paced)."""
        url = check_address(url)
        for _ in range(MAX_REDIRECTS + 1):
            response, body = self._get(url)
            if response.status_code in (301, 302, 303, 307, 308) and response.headers.get(
                "location"
            ):
                url = check_address(urljoin(url, response.headers["location"]))
                continue
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            content_type = response.headers.get("content-type", "")
            media = content_type.split(";")[0].strip().lower()
            if media not in HTML_TYPES and not (
                not media and body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))
            ):
                raise FetchError(
                    f"not HTML (the server sent {media or 'no content type'}); only web pages can be added"
                )
            return Fetched(
                url,
                response.status_code,
                body,
                datetime.now(UTC).replace(microsecond=0),
                content_type,
            )
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _get(self, url: str):
        attempt = 0
        while True:
            self._wait_turn(url)
            try:
                try:
                    with self.client.stream("GET", url) as response:
                        body = self._read(response)
                finally:
                    self._turn_ends(url)
                if response.status_code in RETRY_STATUSES and attempt < self.retries:
                    raise _Retry(f"HTTP {response.status_code}")
                return response, body
            except (
                _Retry,
                httpx.TimeoutException,
                httpx.NetworkError,
                httpx.RemoteProtocolError,
            ) as exc:
                if _no_such_host(exc):
                    raise FetchError(f"no such host: {urlsplit(url).hostname}") from None
                if attempt >= self.retries:
                    raise FetchError(_reason(exc, self.timeout, attempt + 1)) from None
                attempt += 1
                self.sleep(self.backoff * 2 ** (attempt - 1))
            except httpx.HTTPError as exc:
                raise FetchError(f"could not be fetched: {exc}") from None

    def _read(self, response) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_PAGE_BYTES:
            raise FetchError(
                f"the page is {int(declared) / (1 << 20):.1f} MB, more than {MAX_PAGE_BYTES >> 20} MB"
            )
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_PAGE_BYTES:
                raise FetchError(f"the page is more than {MAX_PAGE_BYTES >> 20} MB")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        """At most one request a second to one host: a second from the end of the last one, so
        the host, however slow the network, never sees two requests less than a second apart."""
        last = self.last.get(_host(url))
        if last is not None:
            wait = PER_HOST_SECONDS - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)

    def _turn_ends(self, url: str) -> None:
        self.last[_host(url)] = self.clock()


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


class _Retry(Exception):
    pass


def _no_such_host(exc: Exception) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return True
        cause = cause.__cause__ or cause.__context__
    text = str(exc).lower()
    return (
        "name or service not known" in text
        or "nodename nor servname" in text
        or "no address associated" in text
        or "name resolution" in text
    )


def _reason(exc: Exception, timeout: float, tries: int) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out (no answer within {timeout:g} s, {tries} tries)"
    if isinstance(exc, _Retry):
        return f"{exc} from the server ({tries} tries)"
    return f"could not connect ({exc or type(exc).__name__}; {tries} tries)"


def check_address(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(
            "not a web address (write the whole address, starting with https:// or http://)"
        )
    return url


def page_name(body: bytes, url: str, accessed: datetime) -> str:
    """'2016-02-23-samsul-arif-tak-beban-lawan-arema.html': the page's publication date (else the
    day it was fetched) and its headline (else its address's last words)."""
    from ..sources.page_lines import parse_html
    from ..sources.page_meta import read_metadata
    from ..sources.webpages import decode_page

    day: date = accessed.date()
    words = ""
    text, _ = decode_page(body)
    root = parse_html(text) if text else None
    if text and root is not None:
        meta = read_metadata(root, text, url)
        day = meta.published or day
        words = meta.title or ""
    if not slugify(words):
        path = [p for p in urlsplit(url).path.split("/") if p]
        words = path[-1].rsplit(".", 1)[0] if path else urlsplit(url).hostname or "halaman"
    return f"{day.isoformat()}-{slugify(words, max_length=MAX_SLUG, word_boundary=True) or 'halaman'}.html"


def store(articles_dir: Path, fetched: Fetched) -> Added:
    """Write the page and its side file; a name already taken gets '-2', '-3'... (never replaced).
    Both files are created or neither."""
    articles_dir.mkdir(parents=True, exist_ok=True)
    name = page_name(fetched.body, fetched.url, fetched.accessed)
    stem = name.removesuffix(".html")
    side_text = side_file_text(fetched)
    for n in range(1, 1000):
        base = stem if n == 1 else f"{stem}-{n}"
        page, side = articles_dir / f"{base}.html", articles_dir / f"{base}.yaml"
        if side.exists() or (articles_dir / f"{base}.yml").exists():
            continue
        try:
            _create(page, fetched.body)
        except FileExistsError:
            continue
        try:
            _create(side, side_text.encode("utf-8"))
        except BaseException:
            page.unlink()  # the page just written, ours: nothing half-added is left behind
            raise
        return Added(page, side, fetched)
    raise FetchError(f"no free file name for {stem}.html in {articles_dir}")


def _create(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def side_file_text(fetched: Fetched) -> str:
    fields = {
        "url": fetched.url,
        "accessed": fetched.accessed.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "status": fetched.status,
    }
    return (
        f"# fetched by netralitas-site {__version__} add; the page beside this file is exactly as received\n"
        + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=10_000)
    )


def already_added(articles_dir: Path) -> dict[str, Path]:
    """Address -> page, of the pages `add` stored before (read from their side files)."""
    found: dict[str, Path] = {}
    if not articles_dir.is_dir():
        return found
    for side in sorted(articles_dir.rglob("*.yaml")):
        page = side.with_suffix(".html")
        if not page.is_file():
            continue
        try:
            data = yaml.safe_load(side.read_text(encoding="utf-8", errors="replace"))
        except (OSError, yaml.YAMLError):
            continue
        if isinstance(data, dict) and isinstance(data.get("url"), str):
            found.setdefault(data["url"], page)
    return found


def read_address_list(path: Path) -> list[str]:
    """Addresses one a line; blank lines and lines starting with '#' skipped."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
