"""A web page's headline: the one its headings and its metadata agree on, without the site's
name."""

from __future__ import annotations

import re

from ..extract.text import line_key
from .page_lines import match_key
from .page_markup import ld_text, text_of

TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·»]\s+|:\s+|\s+[|\-–—]\s*$")
DOMAIN_WORD = re.compile(
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co|tv|news)\b", re.IGNORECASE
)


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
            (ld_text((article or {}).get("headline")), "JSON-LD headline"),
            (metas.get("twitter:title"), "twitter:title"),
            (text_of(root.find(".//title")), "<title>"),
        )
        if t
    ]
    cleaned = [(strip_site_name(t, site_names, hosts), source) for t, source in titles]
    heading_texts = [text_of(h) for h in root.xpath("//h1|//h2|//h3")]
    headings = [h for h in heading_texts if h and len(h.split()) >= 2]
    keys = [match_key(h) for h in headings]
    for (
        title,
        source,
    ) in cleaned:  # a heading that is the title, then one inside a title, then one holding it
        if title and match_key(title) in keys:
            return headings[keys.index(match_key(title))], f"heading, as {source}"
    for title, source in cleaned:
        inside = [
            h
            for h, key in zip(headings, keys)
            if title and key in match_key(title) and len(key.split()) >= 3
        ]
        if inside:
            return max(inside, key=len), f"heading, in {source}"
    for title, source in cleaned:
        if title and len(title.split()) >= 3 and any(match_key(title) in key for key in keys):
            return title, f"{source}, shown in a heading"
    for title, source in cleaned:
        if source != "<title>" and title:
            return title, source
    h1s = [h for h in (text_of(h) for h in root.iter("h1")) if h]
    if len(h1s) == 1 and len(h1s[0].split()) >= 3:
        return h1s[0], "h1"
    if cleaned and cleaned[-1][0]:
        return cleaned[-1]
    return None, None


def strip_site_name(title: str, site_names: tuple[str, ...], hosts: tuple[str, ...]) -> str | None:
    """'Samsul Arif Tak Beban - Kompas.com' -> 'Samsul Arif Tak Beban'; 'KapanLagi.com: FOTO: X'
    -> 'FOTO: X'. Only a part at either end that names the site is cut."""
    from ..extract.outlets import known_outlet
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
