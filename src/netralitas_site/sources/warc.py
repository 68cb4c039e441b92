"""Web archives as articles: every page of a WARC, .warc.gz or WACZ that holds an article.

Webrecorder / ArchiveWeb.page, Browsertrix and `wget --warc-file` keep what a browser or crawler
received, page by page, with its address and capture time. Each HTML response is read like a
saved page (webpages.py), with the WARC's target address and date as its own; what is not an
article (home and index pages, images, scripts, redirects) is counted in one note per archive,
not reported record by record. A damaged archive (cut off, not gzip though named so, not a WARC)
is reported with the record where reading stopped, and the records before it are kept.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..model import SourceFile
from ..problems import Problem, error, note, warning
from .read import MAX_PAGE_BYTES

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class ArchiveRead:
    """The pages of one web archive read as sources, what was skipped, and problems."""

    sources: list[SourceFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # reason -> records
    seen: set = field(
        default_factory=set
    )  # addresses already read (a page captured twice is read once)


def read_web_archive(path: Path, rel: str) -> ArchiveRead:
    """Every article page of the archive at `path` (a .warc, .warc.gz or .wacz)."""
    read = ArchiveRead()
    try:
        if rel.lower().endswith(".wacz"):
            _read_wacz(path, rel, read)
        else:
            with open(path, "rb") as stream:
                _read_warc(stream, rel, rel, read)
    except OSError as exc:
        read.problems.append(
            error(rel, None, "unreadable", f"could not be read: {exc.strerror or exc}")
        )
    read.problems.append(_summary(rel, read))
    return read


def _read_wacz(path: Path, rel: str, read: ArchiveRead) -> None:
    """A WACZ is a zip holding WARCs under archive/."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = sorted(
                n
                for n in archive.namelist()
                if n.startswith("archive/") and n.lower().endswith((".warc", ".warc.gz"))
            )
            if not members:
                read.problems.append(
                    error(
                        rel,
                        None,
                        "not-web-archive",
                        "this WACZ holds no WARC file under archive/; nothing read",
                    )
                )
            for name in members:
                with archive.open(name) as stream:
                    _read_warc(stream, rel, f"{rel}!{name}", read)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        read.problems.append(
            error(
                rel,
                None,
                "not-web-archive",
                f"not a readable WACZ (zip) file ({exc}); nothing read from it",
            )
        )


def _read_warc(stream, rel: str, shown: str, read: ArchiveRead) -> None:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = stream.read(2)
    stream = _Rewound(head, stream)
    gzipped = head == b"\x1f\x8b"
    if not _starts_with_warc(stream, gzipped):
        read.problems.append(
            error(
                rel,
                None,
                "not-web-archive",
                f"{_member(shown, rel)}is not a web archive: it does not start with a WARC record; nothing read from it",
            )
        )
        return
    if shown.lower().endswith(".gz") and not gzipped:
        read.problems.append(
            warning(
                rel,
                None,
                "warc-not-gzip",
                f"{_member(shown, rel)}is not gzip-compressed although its name "
                "ends in .gz; read as an uncompressed WARC",
            )
        )
    records = ArchiveIterator(stream, arc2warc=True)
    count, target = 0, None
    try:
        for record in records:
            count += 1
            target = record.rec_headers.get_header("WARC-Target-URI")
            if not _read_record(record, rel, target, read):
                return
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib_error()) as exc:
        where = f"after the record of {target}" if target else "at its start"
        read.problems.append(
            error(
                rel,
                None,
                "warc-damaged",
                f"{_member(shown, rel)}could not be read {where} ({exc}); "
                f"the {count} record(s) before were read",
            )
        )
        return
    if (
        getattr(records, "offset", 0) < stream.size()
    ):  # warcio stops quietly at a gzip member cut short
        where = f"in or after the record of {target}" if target else "at its start"
        read.problems.append(
            error(
                rel,
                None,
                "warc-truncated",
                f"{_member(shown, rel)}is cut off {where}: the rest of the file "
                f"is not a whole record; the {count} record(s) before were read",
            )
        )


def zlib_error():
    import zlib

    return zlib.error


def _member(shown: str, rel: str) -> str:
    return f"{shown.split('!', 1)[1]} " if shown != rel else ""


def _starts_with_warc(stream, gzipped: bool) -> bool:
    start = stream.peek_start(gzipped)
    return start.startswith(
        (b"WARC/", b"filedesc://")
    )  # filedesc: the old ARC format warcio reads as WARC


def _read_record(record, rel: str, target: str | None, read: ArchiveRead) -> bool:
    """Read one record into `read`; False when the archive is cut off inside it."""
    kind = record.rec_type
    if kind in ("request", "warcinfo", "metadata", "conversion", "continuation"):
        return True
    if kind == "revisit":
        read.skipped["repeated captures"] += 1
        return True
    if kind not in ("response", "resource"):
        read.skipped["other records"] += 1
        return True
    headers = record.http_headers if kind == "response" else record.rec_headers
    status = int(headers.get_statuscode() or 0) if kind == "response" and headers else 200
    content_type = (headers.get_header("Content-Type") if headers else None) or ""
    media = content_type.split(";")[0].strip().lower()
    if kind == "response" and not 200 <= status < 300:
        read.skipped["redirects and errors"] += 1
        return True
    if media not in HTML_TYPES:
        read.skipped["images, scripts and other files"] += 1
        return True
    payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(payload) > MAX_PAGE_BYTES:
        read.problems.append(
            error(
                rel,
                None,
                "too-large",
                f"record {target}: page is more than {MAX_PAGE_BYTES >> 20} MB; skipped",
            )
        )
        return True
    if getattr(
        record.raw_stream, "limit", 0
    ):  # the record says it is longer than what the file holds
        read.problems.append(
            error(
                rel,
                None,
                "warc-truncated",
                f"record {target}: the archive is cut off inside this record; "
                "the records before it were read",
            )
        )
        return False
    if target in read.seen:
        read.skipped["repeated captures"] += 1
        return True
    read.seen.add(target)
    _read_page_record(payload, rel, target, _charset(content_type), _capture_time(record), read)
    return True


def _read_page_record(
    payload: bytes,
    rel: str,
    target: str | None,
    charset: str | None,
    captured: datetime | None,
    read: ArchiveRead,
) -> None:
    from .webpages import read_page

    name = f"{rel}#{target}" if target else f"{rel}#{len(read.seen)}"
    page = read_page(
        payload,
        name,
        hashlib.sha256(payload).hexdigest(),
        charset=charset,
        address=target,
        captured=captured,
        archived=True,
    )
    if page.not_article:
        read.skipped["pages that are not articles (home, index or section pages)"] += 1
        return
    read.problems.extend(page.problems)
    if page.source is not None:
        read.sources.append(page.source)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _capture_time(record) -> datetime | None:
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def _summary(rel: str, read: ArchiveRead) -> Problem:
    skipped = sum(read.skipped.values())
    parts = ", ".join(
        f"{n} {reason}"
        for reason, n in sorted(read.skipped.items(), key=lambda item: (-item[1], item[0]))
    )
    text = f"web archive: {len(read.sources)} article(s) read"
    return note(
        rel,
        None,
        "web-archive",
        text + (f"; {skipped} record(s) not articles: {parts}" if skipped else ""),
    )


class _Rewound:
    """A stream whose first bytes were read to tell its format, given back to its reader; it
    counts what is read, so that bytes left unread at the end show the archive is cut off."""

    def __init__(self, head: bytes, stream):
        self.head = head
        self.stream = stream
        self.total = len(head)  # bytes taken from the stream so far

    def read(self, size: int = -1) -> bytes:
        if self.head:
            if size is None or size < 0:
                data, self.head = self.head + self._more(-1), b""
                return data
            data, self.head = self.head[:size], self.head[size:]
            if len(data) < size:
                data += self._more(size - len(data))
            return data
        return self._more(size)

    def _more(self, size: int) -> bytes:
        data = self.stream.read(size)
        self.total += len(data)
        return data

    def peek_start(self, gzipped: bool) -> bytes:
        """The first bytes of the (decompressed) archive, without losing them for the reader."""
        self.head += self._more(4094)
        if not gzipped:
            return self.head[:16]
        try:
            return gzip.GzipFile(fileobj=io.BytesIO(self.head)).read(16)
        except (OSError, EOFError):
            return b""

    def size(self) -> int:
        """The length of the whole stream (what is left is read and counted)."""
        while self._more(1 << 20):
            pass
        return self.total
