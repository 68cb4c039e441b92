"""A web page's visible text, one line per block, as a browser lays it out and a reader copies
it."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

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


def parse_html(text: str):
    """The page's element tree (lxml, as forgiving as a browser), or None when it holds none."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses an encoding declaration in a str
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    return root


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


def match_key(text: str) -> str:
    return " ".join(text.replace("\u200b", " ").split()).lower()
