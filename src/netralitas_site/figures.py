"""Public figures named by a short form ('Presiden Jokowi'): one person across the archive under
the figure's full name, the short form kept among the aliases (recognised.py)."""

from __future__ import annotations

from dataclasses import replace

from .extract.names import person_key
from .lexicon import Lexicon
from .model import Article, OfficialMention


def figure_short_forms(lexicon: Lexicon) -> dict[str, str]:
    """Folded short form -> full name of the public figures ('jokowi' -> 'Joko Widodo')."""
    return {
        person_key(short): name
        for name, shorts, _, _ in lexicon.figures
        for short in shorts
        if person_key(short) != person_key(name)
    }


def figures_by_full_name(article: Article, shorts: dict[str, str]) -> Article:
    """The article with an official it names by a figure's short form ('Presiden Jokowi') under
    the figure's full name, the short form kept among the aliases: one person across the archive,
    not 'Jokowi' and 'Joko Widodo'. The same person named both ways in one article is one
    official. An article whose officials the user corrected is left as the user made it."""
    if "officials" in article.corrected or not any(o.key in shorts for o in article.officials):
        return article
    officials: dict[str, OfficialMention] = {}
    for official in article.officials:
        name = shorts.get(official.key)
        if name is not None:
            aliases = tuple(dict.fromkeys((official.name, *official.aliases)))
            official = replace(official, key=person_key(name), name=name, aliases=aliases)
        held = officials.get(official.key)
        if held is None:
            officials[official.key] = official
        else:  # the first mention stays; the other's spellings join it
            spellings = (*held.aliases, official.name, *official.aliases)
            officials[official.key] = replace(
                held, aliases=tuple(a for a in dict.fromkeys(spellings) if a != held.name)
            )
    return replace(article, officials=tuple(officials.values()))
