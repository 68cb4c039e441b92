"""Saved web pages as articles: the page's own metadata, and its main text for the extractor.

A page saved from a browser ("HTML only", "complete", SingleFile), fetched by `add` or held in a
web archive is read here into a SourceFile like a `.txt`: its text is the page's visible text,
line by line as a reader would copy it, with every line outside the article blanked out, so the
same extractor finds the dateline, officials, regions and quotes, and line numbers stay those of
the page's text. Which lines are the article is trafilatura's call (main-text extraction), taken
as the page block that holds the text it found, so a lead or a dateline it dropped is kept and
the extractor's own rules trim the rest. What the page says about itself (og:, JSON-LD,
canonical link, headings) goes into PageFacts, which wins over guesses from the text
(extract/page.py). Nothing here reaches the network: the page's bytes are the source.

This module decodes the page and puts the parts together: its lines (page_lines.py), which of
them are the article (page_body.py), and what it says about itself (page_meta.py, its headline in
page_title.py).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import datetime

from ..model import Line, PageFacts, SourceFile
from ..problems import Problem, error, warning
from .decode import decode_with_notes
from .page_body import (
    MIN_ARTICLE_WORDS,
    article_block,
    find_title_line,
    has_prose,
    joined_datelines,
    kept_lines,
)
from .page_lines import page_lines, parse_html
from .page_meta import address_date, read_metadata, record_id

MIN_UNMARKED_WORDS = 80  # a page that does not say it is an article needs this much running text


@dataclass(frozen=True)
class PageRead:
    """A page read: the source for the extractor, or None with the reason (`not_article` tells
    a web archive's home and index pages, which it counts, from broken pages, which it reports)."""

    source: SourceFile | None
    problems: tuple[Problem, ...]
    not_article: bool = False


def read_page(
    raw: bytes,
    rel: str,
    sha256: str,
    path: str = "",
    *,
    charset: str | None = None,
    address: str | None = None,
    captured: datetime | None = None,
    archived: bool = False,
) -> PageRead:
    """One page's bytes as a SourceFile (fields not yet attached). `address` and `captured`: where
    and when a web archive took it (they win over what the page says). `archived`: a web
    archive's record, which must show it is an article (a crawl holds home and index pages too)."""
    problems: list[Problem] = []
    if not raw.strip():
        return PageRead(None, (error(rel, None, "empty-file", "page is empty; skipped"),))
    text, notes = decode_page(raw, charset)
    if text is None:
        return PageRead(
            None,
            (error(rel, None, "binary-file", "looks like a binary file, not a web page; skipped"),),
        )
    problems.extend(warning(rel, line, "encoding", note) for line, note in notes)
    if "<" not in text[:65536]:
        return PageRead(
            None,
            (
                *problems,
                error(
                    rel,
                    None,
                    "not-html",
                    "has no HTML tags: not a web page (save the page "
                    "as HTML, or its text as a .txt file); skipped",
                ),
            ),
        )
    if not _ends_like_a_page(text):
        problems.append(
            warning(
                rel,
                None,
                "page-truncated",
                "the page seems cut off (it does not end with </html>); read as far as it goes",
            )
        )
    root = parse_html(text)
    if root is None:
        return PageRead(
            None, (*problems, error(rel, None, "not-html", "could not be read as HTML; skipped"))
        )
    lines = page_lines(root)
    meta = read_metadata(root, text, address)
    body = article_block(text, lines)
    words = sum(len(lines[i].text.split()) for i in body)
    if archived and (
        words < MIN_ARTICLE_WORDS
        or not has_prose(lines, body)
        or not (meta.marked_article or words >= MIN_UNMARKED_WORDS)
    ):
        return PageRead(
            None, tuple(problems), not_article=True
        )  # a crawl's home, index and section pages
    if words < MIN_ARTICLE_WORDS:
        what = "no article text" + (f" (only {words} word{'s' * (words != 1)})" if words else "")
        return PageRead(
            None,
            (
                *problems,
                error(
                    rel,
                    None,
                    "no-article-text",
                    f"{what} found in the page (a home, index or login page, or a page "
                    "whose text is loaded by scripts); skipped",
                ),
            ),
        )
    title_line = find_title_line(lines, meta.title, body)
    kept = kept_lines(lines, body, title_line)
    facts = PageFacts(
        title=meta.title,
        title_from=meta.title_from,
        published=meta.published,
        published_text=meta.published_text,
        published_from=meta.published_from,
        outlet_names=meta.outlet_names,
        author=meta.author,
        url=address or meta.url,
        url_from="web archive" if address else meta.url_from,
        accessed=captured or meta.saved,
        hosts=meta.hosts,
        address_date=address_date(address or meta.url or ""),
        boilerplate=tuple(Line(n + 1, line.text) for n, line in enumerate(lines) if n not in kept),
        record_id=record_id(address) if address else None,
    )
    page_text = "\n".join(
        joined_datelines([line.text if n in kept else "" for n, line in enumerate(lines)])
    )
    source = SourceFile(
        path=path,
        rel_path=rel,
        text=page_text,
        sha256=sha256,
        body_start_line=1,
        fields={},
        page=facts,
    )
    return PageRead(source, tuple(problems))


# -- bytes to text ---------------------------------------------------------------------------

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
UTF8_NAMES = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"}


def decode_page(
    raw: bytes, charset: str | None = None
) -> tuple[str | None, list[tuple[int | None, str]]]:
    """The page's text, and notes on how it was decoded. A byte order mark wins, then bytes that
    are valid UTF-8 (a page is far more often UTF-8 mislabelled than Windows-1252 that happens
    to be valid UTF-8), then the charset the server or the page declares; what is left is read
    line by line as UTF-8 or Windows-1252, as a .txt is."""
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        text, notes, _ = decode_with_notes(raw)
        return text, notes
    declared = (charset or _declared_charset(raw[:4096]) or "").strip().lower()
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if declared and declared not in UTF8_NAMES:
        codec = (
            "cp1252"
            if declared in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252")
            else declared
        )
        try:
            codecs.lookup(codec)
            return raw.decode(codec, errors="replace"), []
        except LookupError:
            pass
    text, notes, _ = decode_with_notes(raw)
    if text is not None and notes and declared in UTF8_NAMES:
        notes = [(line, note + " (the page says it is UTF-8)") for line, note in notes]
    return text, notes


def _declared_charset(head: bytes) -> str | None:
    match = META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _ends_like_a_page(text: str) -> bool:
    tail = text[-65536:].lower()
    return "</html" in tail or "</body" in tail
