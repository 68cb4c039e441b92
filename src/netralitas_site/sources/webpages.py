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
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from ..extract.dates import is_stamp
from ..extract.text import line_key
from ..model import Line, PageFacts, SourceFile
from ..problems import Problem, error, warning

JAKARTA = timezone(timedelta(hours=7))  # where a time written without a zone is taken to be
HEADER_GAP = 25  # lines between the headline and the article block that still belong to its header
MIN_ARTICLE_WORDS = 10  # fewer words than this is no article text at all
MIN_UNMARKED_WORDS = 80  # a page that does not say it is an article needs this much running text
CLUSTER_GAP = 6  # main-text lines further apart than this are separate blocks
LEAD_REACH = (
    3  # lines above the main text that may still be its lead (trafilatura drops some leads)
)
ADDRESS_ONLY = re.compile(
    r"(?:[\w ]{0,20}:\s*)?(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+)[\s,;/]*",
    re.IGNORECASE,
)
DATELINE_ALONE = re.compile(r"^[^.!?\n]{2,60}?[\s,)][-–—]+$|^[^.!?\n]{2,60}\s[-–—]+\s*$")

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "hr",
        "br",
        "center",
        "details",
        "summary",
        "fieldset",
        "legend",
        "form",
        "option",
        "menu",
        "dir",
        "noframes",
    ]
)
HIDDEN_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "head",
        "title",
        "select",
        "textarea",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "picture",
        "source",
        "button",
        "input",
    ]
)
DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
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
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·»]\s+|:\s+|\s+[|\-–—]\s*$")
DOMAIN_WORD = re.compile(
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co|tv|news)\b", re.IGNORECASE
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
        or not _has_prose(lines, body)
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
    title_line = _title_line(lines, meta.title, body)
    kept = _kept_lines(lines, body, title_line)
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
        _joined_datelines([line.text if n in kept else "" for n, line in enumerate(lines)])
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
    from .read import _decode

    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        text, notes, _ = _decode(raw)
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
    text, notes, _ = _decode(raw)
    if text is not None and notes and declared in UTF8_NAMES:
        notes = [(line, note + " (the page says it is UTF-8)") for line, note in notes]
    return text, notes


def _declared_charset(head: bytes) -> str | None:
    match = META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _ends_like_a_page(text: str) -> bool:
    tail = text[-65536:].lower()
    return "</html" in tail or "</body" in tail


def parse_html(text: str):
    """The page's element tree (lxml, as forgiving as a browser), or None when it holds none."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses an encoding declaration in a str
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    return root


# -- the page's text, line by line --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageLine:
    text: str
    element: lxml.html.HtmlElement  # the block element the line is in
    tag: str  # of that element


def page_lines(root) -> list[PageLine]:
    """The visible text of the page, one line per block (paragraph, heading, list item, cell),
    as a browser lays it out and a reader copies it; scripts, styles and hidden elements left out."""
    lines: list[PageLine] = []
    pending: list[str] = []

    def flush(block) -> None:
        text = " ".join("".join(pending).replace("\u200b", " ").split())
        pending.clear()
        if text:
            lines.append(PageLine(text, block, block.tag if isinstance(block.tag, str) else ""))

    def walk(element, block) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is not None and not _hidden(element, tag):
            is_block = tag in BLOCK_TAGS
            if is_block:
                flush(block)
                block_here = element
            else:
                block_here = block
            if element.text:
                pending.append(element.text)
            for child in element:
                walk(child, block_here)
            if is_block:
                flush(block_here)
        if element.tail:  # comments and processing instructions have tails too
            pending.append(element.tail)

    body = root.find("body")
    top = body if body is not None else root
    for child in [top] if top is not root else list(root):
        walk(child, top)
    flush(top)
    return lines


def _hidden(element, tag: str) -> bool:
    if (
        tag in HIDDEN_TAGS
        or element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        and tag != "span"
    ):
        return True
    style = element.get("style")
    return bool(style and DISPLAY_NONE.search(style))


# -- which lines are the article --------------------------------------------------------------


def article_block(text: str, lines: list[PageLine]) -> list[int]:
    """Indexes of the page lines of the article: the block of the page that holds the main text
    trafilatura finds (its densest run of lines). A photo page whose text is its captions gives
    the captions of its gallery."""
    found = _main_text_lines(text, lines)
    clusters: list[list[int]] = []
    for index in found:
        if clusters and index - clusters[-1][-1] <= CLUSTER_GAP:
            clusters[-1].append(index)
        else:
            clusters.append([index])
    best = (
        max(clusters, key=lambda c: sum(len(lines[i].text.split()) for i in c)) if clusters else []
    )
    if sum(len(lines[i].text.split()) for i in best) < 2 * MIN_ARTICLE_WORDS:
        gallery = _gallery_captions(lines)
        if gallery:
            return gallery
    if not best:
        return []
    container = _common_ancestor([lines[i].element for i in best])
    inside = [i for i, line in enumerate(lines) if _within(line.element, container)]
    block = [i for i in inside if best[0] <= i <= best[-1]]
    above = list(
        range(max(0, best[0] - LEAD_REACH), best[0])
    )  # the lead may sit just outside the text's block
    while above and _may_open_a_story(
        lines[above[-1]].text
    ):  # a lead or dateline trafilatura dropped
        block.insert(0, above.pop())
    while len(block) > 1 and not _ends_a_story(lines[block[-1]].text):
        block.pop()  # 'Rating', 'Penulis', 'Jangan Lewatkan', a related headline, a contact address
    return block


def _has_prose(lines: list[PageLine], block: list[int]) -> bool:
    """Whether the block holds a sentence of running text, not only a list of headlines."""
    return any(
        len(lines[i].text.split()) >= 12
        and lines[i].text.rstrip("”\"')").endswith((".", "!", "?", "…"))
        for i in block
    )


def _may_open_a_story(text: str) -> bool:
    """A paragraph of running text or a dateline standing alone ('Jakarta -')."""
    words = text.split()
    return bool(DATELINE_ALONE.match(text)) or (
        len(words) >= 8 and sum(w[:1].islower() for w in words) * 3 >= len(words)
    )


def _ends_a_story(text: str) -> bool:
    """Whether a line can be a story's last: a sentence, not a label, a link's headline or an address."""
    if ADDRESS_ONLY.fullmatch(text):
        return False
    return text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ")", "…", "»"))


def _main_text_lines(text: str, lines: list[PageLine]) -> list[int]:
    """The page lines trafilatura's main text is made of, in order."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            text,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception:  # a page trafilatura cannot read has no main text for it
        return []
    main = getattr(document, "text", None) if document is not None else None
    if not main:
        return []
    keys = [_match_key(line.text) for line in lines]
    found, start = [], 0
    for paragraph in main.split("\n"):
        key = _match_key(paragraph)
        if len(key) < 2:
            continue
        for index in range(start, len(lines)):
            if (
                keys[index] == key
                or (len(key) > 20 and key in keys[index])
                or (len(keys[index]) > 20 and keys[index] in key)
            ):
                found.append(index)
                start = index + 1
                break
    return found


def _match_key(text: str) -> str:
    return " ".join(text.replace("\u200b", " ").split()).lower()


def _gallery_captions(lines: list[PageLine]) -> list[int]:
    """The captions of the page's photo gallery: the longest run of figure captions in one block."""
    captions = [i for i, line in enumerate(lines) if line.tag == "figcaption"]
    groups: dict[object, list[int]] = {}
    for index in captions:
        figure = lines[index].element.getparent()
        parent = figure.getparent() if figure is not None else None
        groups.setdefault(parent, []).append(index)
    best = max(groups.values(), key=len, default=[])
    return best if len(best) >= 2 else []


def _common_ancestor(elements: list):
    paths = []
    for element in elements:
        path = []
        while element is not None:
            path.append(element)
            element = element.getparent()
        paths.append(path[::-1])
    common = paths[0][0]
    for level in zip(*paths):
        if all(e is level[0] for e in level):
            common = level[0]
        else:
            break
    return common


def _within(element, container) -> bool:
    while element is not None:
        if element is container:
            return True
        element = element.getparent()
    return False


def _title_line(lines: list[PageLine], title: str | None, body: list[int]) -> int | None:
    """The page line that shows the headline: the one nearest above the article (a sidebar may
    list the same story), else the first anywhere."""
    if not title:
        return None
    wanted = _match_key(title)
    shown = [
        i
        for i, line in enumerate(lines)
        if _match_key(line.text) == wanted
        or (line.tag in ("h1", "h2", "h3") and wanted in _match_key(line.text))
    ]
    above = [
        i for i in shown if i <= body[-1]
    ]  # never a sidebar's or a 'most read' list's below the story
    return max((i for i in above if i <= body[0]), default=above[0] if above else None)


def _kept_lines(lines: list[PageLine], body: list[int], title_line: int | None) -> set[int]:
    """The lines the extractor reads: the headline, the publication stamp under it, and the
    article block; bylines, captions and share buttons between them stay out."""
    kept = set(body)
    if title_line is not None:
        kept.add(title_line)
        end = body[0] if 0 < body[0] - title_line <= HEADER_GAP else min(len(lines), title_line + 6)
        kept.update(i for i in range(title_line + 1, end) if is_stamp(lines[i].text))
    return kept


def _joined_datelines(texts: list[str]) -> list[str]:
    """'Jakarta -' in bold on a line of its own before the lead's paragraph is the lead's
    dateline: it is read with the paragraph, on the paragraph's line."""
    out = list(texts)
    for index in range(len(out) - 1):
        if (
            out[index]
            and out[index + 1]
            and DATELINE_ALONE.match(out[index])
            and len(out[index + 1].split()) >= 8
        ):
            out[index + 1] = out[index] + " " + out[index + 1]
            out[index] = ""
    return out


# -- what the page says about itself ------------------------------------------------------------


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
    metas = _metas(root)
    items = _json_ld(root)
    article = next((item for item in items if _types(item) & set(ARTICLE_TYPES)), None)
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


def _metas(root) -> dict[str, str]:
    """meta elements by property, name or itemprop (lower case), the first non-empty value."""
    out: dict[str, str] = {}
    for element in root.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                out.setdefault(key, content)
    return out


def _json_ld(root) -> list[dict]:
    """Every object of the page's JSON-LD blocks (lists and @graph flattened); a block that is not
    valid JSON is left out."""
    items: list[dict] = []
    for script in root.xpath(
        "//script[translate(@type, 'LDJSON', 'ldjson')='application/ld+json']"
    ):
        raw = (script.text or "").strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            value = stack.pop(0)
            if isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, dict):
                items.append(value)
                if isinstance(value.get("@graph"), list):
                    stack.extend(value["@graph"])
    return items


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _ld_text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if isinstance(value, (str, int, float)) and str(value).strip():
        return " ".join(str(value).split())
    return None


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
    names = [metas.get("og:site_name"), _ld_text((article or {}).get("publisher"))]
    names += [
        _ld_text(item.get("name"))
        for item in items
        if _types(item) & {"newsmediaorganization", "organization", "website"}
    ]
    names += [
        metas.get("application-name"),
        metas.get("publisher"),
        (metas.get("twitter:site") or "").lstrip("@") or None,
    ]
    return tuple(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip()))


def choose_title(
    root, metas: dict, article: dict | None, site_names: tuple[str, ...], hosts: tuple[str, ...]
):
    """(headline, where it was read). The headline the page shows in a heading and its metadata
    agree on (og:title, JSON-LD headline, twitter:title, <title> with the site's name cut off);
    a heading that is a section name ('Regional', 'News') agrees with none. Without such a
    heading, the first of those titles; without metadata, the page's only h1."""
    titles = [
        (t, source)
        for t, source in (
            (metas.get("og:title"), "og:title"),
            (_ld_text((article or {}).get("headline")), "JSON-LD headline"),
            (metas.get("twitter:title"), "twitter:title"),
            (_text_of(root.find(".//title")), "<title>"),
        )
        if t
    ]
    cleaned = [(strip_site_name(t, site_names, hosts), source) for t, source in titles]
    heading_texts = [_text_of(h) for h in root.xpath("//h1|//h2|//h3")]
    headings = [h for h in heading_texts if h and len(h.split()) >= 2]
    keys = [_match_key(h) for h in headings]
    for (
        title,
        source,
    ) in cleaned:  # a heading that is the title, then one inside a title, then one holding it
        if title and _match_key(title) in keys:
            return headings[keys.index(_match_key(title))], f"heading, as {source}"
    for title, source in cleaned:
        inside = [
            h
            for h, key in zip(headings, keys)
            if title and key in _match_key(title) and len(key.split()) >= 3
        ]
        if inside:
            return max(inside, key=len), f"heading, in {source}"
    for title, source in cleaned:
        if title and len(title.split()) >= 3 and any(_match_key(title) in key for key in keys):
            return title, f"{source}, shown in a heading"
    for title, source in cleaned:
        if source != "<title>" and title:
            return title, source
    h1s = [h for h in (_text_of(h) for h in root.iter("h1")) if h]
    if len(h1s) == 1 and len(h1s[0].split()) >= 3:
        return h1s[0], "h1"
    if cleaned and cleaned[-1][0]:
        return cleaned[-1]
    return None, None


def strip_site_name(title: str, site_names: tuple[str, ...], hosts: tuple[str, ...]) -> str | None:
    """'Samsul Arif Tak Beban - Kompas.com' -> 'Samsul Arif Tak Beban'; 'KapanLagi.com: FOTO: X'
    -> 'FOTO: X'. Only a part at either end that names the site is cut."""
    from ..extract.dateline import known_outlet
    from ..lexicon import load_lexicon

    lexicon = load_lexicon()
    title = " ".join(title.split())
    names = {line_key(n) for n in site_names} | {line_key(h) for h in hosts}
    names |= {line_key(h.split(".")[-2]) for h in hosts if h.count(".") >= 1}

    def is_site(part: str) -> bool:
        part = part.strip(" |-–—:·»")
        if not part:
            return True
        first = part.split()[0]
        key = line_key(part)
        return (
            key in names
            or any(key.startswith(n) and n for n in names)
            or DOMAIN_WORD.fullmatch(first) is not None
            or known_outlet(part, lexicon) is not None
            or known_outlet(first, lexicon) is not None
        )

    changed = True
    while changed:
        changed = False
        parts = TITLE_SEPARATORS.split(title, maxsplit=1)
        if len(parts) == 2 and is_site(parts[0]) and len(parts[1].split()) >= 2:
            title, changed = parts[1].strip(), True
            continue
        cut = list(TITLE_SEPARATORS.finditer(title))
        if cut:
            last = cut[-1]
            head, tail = title[: last.start()], title[last.end() :]
            if is_site(tail) and len(head.split()) >= 2:
                title, changed = head.strip(), True
    return title or None


def _text_of(element) -> str | None:
    if element is None:
        return None
    text = " ".join(element.text_content().split())
    return text or None


def _published(
    root, metas: dict, article: dict | None
) -> tuple[date | None, str | None, str | None]:
    """(local date in Jakarta, the value as written, where) of the page's publication time."""
    candidates = [
        (metas.get(k), k) for k in ("article:published_time", "og:article:published_time")
    ]
    candidates.append((_ld_text((article or {}).get("datePublished")), "JSON-LD datePublished"))
    for element in root.xpath("//*[@itemprop='datePublished']"):
        candidates.append(
            (
                element.get("content") or element.get("datetime") or _text_of(element),
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
        _ld_text(a)
        for a in authors
        if not isinstance(a, dict) or "person" in _types(a) or "@type" not in a
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
