"""Which lines of a web page are its article: the block around trafilatura's main text, with its
headline and publication stamp; the other lines are left out of the text the extractor reads."""

from __future__ import annotations

import re

from ..extract.stamps import is_stamp
from .page_lines import PageLine, match_key

HEADER_GAP = 25  # lines between the headline and the article block that still belong to its header
MIN_ARTICLE_WORDS = 10  # fewer words than this is no article text at all
CLUSTER_GAP = 6  # main-text lines further apart than this are separate blocks
LEAD_REACH = (
    3  # lines above the main text that may still be its lead (trafilatura drops some leads)
)
ADDRESS_ONLY = re.compile(
    r"(?:[\w ]{0,20}:\s*)?(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+)[\s,;/]*",
    re.IGNORECASE,
)
DATELINE_ALONE = re.compile(r"^[^.!?\n]{2,60}?[\s,)][-–—]+$|^[^.!?\n]{2,60}\s[-–—]+\s*$")


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


def has_prose(lines: list[PageLine], block: list[int]) -> bool:
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
    keys = [match_key(line.text) for line in lines]
    found, start = [], 0
    for paragraph in main.split("\n"):
        key = match_key(paragraph)
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


def find_title_line(lines: list[PageLine], title: str | None, body: list[int]) -> int | None:
    """The page line that shows the headline: the one nearest above the article (a sidebar may
    list the same story), else the first anywhere."""
    if not title:
        return None
    wanted = match_key(title)
    shown = [
        i
        for i, line in enumerate(lines)
        if match_key(line.text) == wanted
        or (line.tag in ("h1", "h2", "h3") and wanted in match_key(line.text))
    ]
    above = [
        i for i in shown if i <= body[-1]
    ]  # never a sidebar's or a 'most read' list's below the story
    return max((i for i in above if i <= body[0]), default=above[0] if above else None)


def kept_lines(lines: list[PageLine], body: list[int], title_line: int | None) -> set[int]:
    """The lines the extractor reads: the headline, the publication stamp under it, and the
    article block; bylines, captions and share buttons between them stay out."""
    kept = set(body)
    if title_line is not None:
        kept.add(title_line)
        end = body[0] if 0 < body[0] - title_line <= HEADER_GAP else min(len(lines), title_line + 6)
        kept.update(i for i in range(title_line + 1, end) if is_stamp(lines[i].text))
    return kept


def joined_datelines(texts: list[str]) -> list[str]:
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
