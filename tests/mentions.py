"""The officials one reads in a few lines of text, as (name, normalized role): the office reader
and the merge of its mentions, without the rest of an article's extraction; and the article
a whole text makes (shared by the extraction tests)."""

from netralitas_site.extract.article import extract_article
from netralitas_site.extract.officials import find_mentions
from netralitas_site.extract.people import merge_mentions
from netralitas_site.model import Line, SourceFile


def article_of(text: str, lexicon):
    """The article extraction makes of `text`, the whole of a file."""
    article, _ = extract_article(SourceFile("x.txt", "x.txt", text, "0" * 64, 1, {}), lexicon)
    return article


def officials(lines, lexicon, written: bool = False) -> list[tuple[str, str | None]]:
    """`lines`: one line's text, or several (numbered from 1); `written`: the role as written,
    not normalized."""
    if isinstance(lines, str):
        lines = [lines]
    mentions = find_mentions(tuple(Line(i + 1, t) for i, t in enumerate(lines)), lexicon)
    found, _ = merge_mentions(mentions, [], lexicon)
    return [(o.name, o.role if written else o.role_normalized) for o in found]
