"""An article's text as safe HTML: officials linked where the text names them, quotes marked.

Plain text is escaped paragraph by paragraph (each paragraph keeps its line number as an anchor,
so a citation can point at it); Markdown is rendered, then sanitized with nh3, because front
matter and Markdown come from files we do not control. Links are added only to text, never
inside an existing link or code.
"""

from __future__ import annotations

import re
from html import escape, unescape

import nh3
from markdown import markdown

from .model import Article

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "dl",
    "dt",
    "em",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags={
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "template",
        "noscript",
        "svg",
        "math",
        "title",
    },
    attributes={
        "a": {"href", "title"},
        "abbr": {"title"},
        "td": {"colspan", "rowspan"},
        "th": {"colspan", "rowspan", "scope"},
    },
    url_schemes={"http", "https", "mailto"},
    url_relative="deny",  # a relative link in an article would point into our site at a page that does not exist
    link_rel="noopener noreferrer nofollow",
    strip_comments=True,
)
TAG = re.compile(r"(<[^>]*>)")
NO_LINKS_INSIDE = ("a", "code", "pre")


def sanitize_markdown(text: str) -> str:
    """Markdown to HTML that cannot run anything: no script, handlers, javascript: URLs or images."""
    html = markdown(text)
    html = re.sub(r"<(/?)h1\b", r"<\1h2", html)  # the page's title is the only h1
    return CLEANER.clean(html)


def plain_text(article: Article) -> str:
    """The body as one line of plain text (Markdown rendered and stripped of its markup): for
    descriptions, feeds and the search index, where Markdown syntax would only be noise."""
    if not article.is_markdown:
        return " ".join(line.text for line in article.body)
    html = sanitize_markdown("\n\n".join(line.text for line in article.body))
    return " ".join(unescape(re.sub(r"<[^>]*>", " ", html)).split())


class NameLinker:
    """Wraps each official's name (and the other spellings seen in the article) in a link."""

    def __init__(self, names: dict[str, str]):
        self.targets = names  # spelling -> href
        spellings = sorted((n for n in names if n.strip()), key=lambda n: (-len(n), n))
        self.pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in spellings) + r")(?!\w)")
            if spellings
            else None
        )

    def link(self, text: str) -> str:
        """Escaped `text` with every known name linked."""
        if self.pattern is None:
            return escape(text, quote=False)
        out, pos = [], 0
        for m in self.pattern.finditer(text):
            out.append(escape(text[pos : m.start()], quote=False))
            out.append(
                f'<a class="person" href="{escape(self.targets[m.group()])}">{escape(m.group(), quote=False)}</a>'
            )
            pos = m.end()
        out.append(escape(text[pos:], quote=False))
        return "".join(out)

    def link_html(self, html: str) -> str:
        """Link names in the text of sanitized HTML, leaving tags, links and code alone."""
        if self.pattern is None:
            return html
        out, depth = [], 0
        for piece in TAG.split(html):
            if piece.startswith("<"):
                name = re.match(r"</?([a-zA-Z0-9]+)", piece)
                if name and name.group(1).lower() in NO_LINKS_INSIDE:
                    depth += -1 if piece.startswith("</") else 1
                out.append(piece)
            elif depth > 0 or not piece:
                out.append(piece)
            else:
                out.append(self.link(unescape(piece)))
        return "".join(out)


def paragraph_html(text: str, linker: NameLinker, quotes: list[tuple[str, str]]) -> str:
    """One paragraph: quotes (text, speaker label) marked as quotations, names linked."""
    spans: list[tuple[int, int, str]] = []
    for quote, speaker in quotes:
        start = text.find(quote) if quote else -1
        if start >= 0 and all(start >= e or start + len(quote) <= s for s, e, _ in spans):
            spans.append((start, start + len(quote), speaker))
    out, pos = [], 0
    for start, end, speaker in sorted(spans):
        out.append(linker.link(text[pos:start]))
        title = f' title="{escape(speaker)}"' if speaker else ""
        out.append(f'<q class="quote-in-text"{title}>{linker.link(text[start:end])}</q>')
        pos = end
    out.append(linker.link(text[pos:]))
    return "".join(out)


def line_anchor(number: int) -> str:
    return f"baris-{number}"


def quote_anchor(article: Article, line: int | None) -> str | None:
    """The anchor of the paragraph a quote is in; None when the body has no such paragraph."""
    if article.is_markdown or not line or all(b.number != line for b in article.body):
        return None
    return line_anchor(line)


def article_body_html(
    article: Article, names: dict[str, str], quote_speakers: dict[int, list[tuple[str, str]]]
) -> str:
    """The body as HTML. `names`: spelling -> href of the official's page; `quote_speakers`:
    line number -> [(quote text, speaker name)]."""
    linker = NameLinker(names)
    if article.is_markdown:
        return linker.link_html(sanitize_markdown("\n\n".join(line.text for line in article.body)))
    return "\n".join(
        f'<p id="{line_anchor(line.number)}">{paragraph_html(line.text, linker, quote_speakers.get(line.number, []))}</p>'
        for line in article.body
    )
