"""`netralitas-site check`: what the build would say about the articles, without writing a site.

Besides the problems, it lists what an editor should look at before publishing (the same
questions as the site's data-quality page): officials known by one name only, names several
officials share (possible namesakes), offices named
without a person that no curation fact links to a holder, quotes nobody is credited with, dates
whose year was inferred from the weekday or that carry a flag (weekday-conflict), and articles without a date.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..archive import Archive
from ..lexicon import load_lexicon
from ..problems import shown_path
from ..site.quality import names_like_words, namesake_groups, officials_outside_province

LIST_LIMIT = 10  # entries shown per list unless --all


@dataclass
class Summary:
    articles: int = 0
    officials: int = 0
    one_name: list[str] = field(default_factory=list)  # officials whose full name is unknown
    namesakes: list[str] = field(default_factory=list)  # one name, several officials: who is who
    outside_province: list[str] = field(
        default_factory=list
    )  # an official's region away from the story's
    word_names: list[str] = field(
        default_factory=list
    )  # names made of place, institution or everyday words
    offices: int = 0  # offices named without a person
    unheld: list[str] = field(default_factory=list)  # of those, the ones no holder is known for
    unattributed_quotes: list[str] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)  # year taken from the weekday
    flagged: list[str] = field(
        default_factory=list
    )  # dates kept with a doubt, e.g. weekday-conflict
    undated: list[str] = field(default_factory=list)


def summarise(archive: Archive, folder=None) -> Summary:
    """Counts and per-article entries; each entry starts with the article's source file, as a
    path to open from where the command runs when `folder` (the articles folder) is given."""
    shown = (
        (lambda source: shown_path(os.path.join(os.path.abspath(folder), source)))
        if folder
        else (lambda source: source)
    )
    holders = getattr(archive, "office_holders", {}) or {}
    lexicon = load_lexicon()
    regions = lexicon.regions
    summary = Summary(articles=len(archive.articles), officials=len(archive.officials))
    for official in sorted(archive.officials.values(), key=lambda o: o.name):
        if len(official.name.split()) == 1:
            ids = [
                *official.article_ids,
                *(a.article_id for a in getattr(official, "inferred", [])),
            ]
            sources = sorted({shown(archive.by_id[i].source) for i in ids if i in archive.by_id})
            summary.one_name.append(
                f"{official.name}: {', '.join(sources[:3])}" + (" …" if len(sources) > 3 else "")
            )
    summary.namesakes = namesake_entries(archive, shown)
    summary.outside_province = [
        f"{e['name']} ({e['region']}) in {e['count']} {'story' if e['count'] == 1 else 'stories'} about "
        f"{', '.join(e['subject'])}: "
        + ", ".join(f"{shown(p['source'])}:{p['line']}" for p in e["places"])
        + (" …" if e["count"] > len(e["places"]) else "")
        for e in officials_outside_province(archive, lexicon)
    ]
    summary.word_names = [
        f"{e['name']} ({', '.join(e['words'])}): {', '.join(map(shown, e['sources']))}"
        for e in names_like_words(archive, lexicon)
    ]
    for article in sorted(archive.articles, key=lambda a: a.source):
        where = shown(article.source)
        for office, region in article.offices:
            summary.offices += 1
            if (article.id, office, region) not in holders:
                name = regions[region].name if region in regions else region
                summary.unheld.append(f"{where}: {office} of {name}")
        for quote in article.quotes:
            if quote.speaker is None or (article.id, quote.speaker) not in archive.official_of:
                summary.unattributed_quotes.append(f"{where}:{quote.line}: {_clip(quote.text)}")
        found = article.date
        if found.value is None:
            summary.undated.append(where)
        elif found.method.startswith("weekday-year"):
            summary.inferred.append(
                f"{where}: {found.value.isoformat()} from '{found.text}' ({found.method})"
            )
        if found.value is not None and found.flags:
            summary.flagged.append(
                f"{where}: {found.value.isoformat()} from '{found.text}' ({', '.join(found.flags)})"
            )
    return summary


def namesake_entries(archive: Archive, shown=str) -> list[str]:
    """One line per name that several officials share, with each one's offices, regions and a
    source, so an editor can tell whether they are two people (as the archive has them) or one
    (then `merge:` in curation.yaml)."""
    return [
        f"{group['name']}: "
        + " / ".join(
            f"{o['id']} ({', '.join(o['offices']) or 'no office'}; {shown(o['source'])})"
            for o in group["people"]
        )
        for group in namesake_groups(archive)
    ]


def _clip(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_lines(summary: Summary, show_all: bool = False) -> list[str]:
    """The extraction summary as printed by `check`: counts first, then what to look at."""
    lines = [
        f"articles: {summary.articles}",
        f"officials: {summary.officials}, known by one name only: {len(summary.one_name)}, "
        f"possible namesakes: {len(summary.namesakes)}",
        f"offices named without a person: {summary.offices}, without a known holder: {len(summary.unheld)}",
        f"quotes without a speaker: {len(summary.unattributed_quotes)}",
        f"dates with the year inferred from the weekday: {len(summary.inferred)}",
        f"dates with flags (e.g. weekday-conflict): {len(summary.flagged)}",
        f"undated articles: {len(summary.undated)}",
        f"names that are also place, institution or everyday words: {len(summary.word_names)}",
        f"officials from outside the story's province: {len(summary.outside_province)}",
    ]
    sections = [
        (
            "officials known by one name only (check who each is; add the full name with 'officials:' in the article's side file):",
            summary.one_name,
        ),
        (
            "possible namesakes, kept apart as different people (if two are one person, list their ids under 'merge:' in curation.yaml):",
            summary.namesakes,
        ),
        (
            "names that are also place, institution or everyday words (is each a person? correct with 'officials:' in the article's side file):",
            summary.word_names,
        ),
        (
            "officials whose region lies outside the story's province (check the region; correct it with 'officials:'):",
            summary.outside_province,
        ),
        (
            "offices without a known holder (add an office_holders fact to curation.yaml):",
            summary.unheld,
        ),
        ("quotes without a speaker:", summary.unattributed_quotes),
        (
            "inferred dates (check them; write 'date: YYYY-MM-DD' in front matter or a side file to correct):",
            summary.inferred,
        ),
        (
            "flagged dates (the date is kept; check it, and write 'date:' to correct it):",
            summary.flagged,
        ),
        (
            "undated articles (write 'date: YYYY-MM-DD' in front matter or a side file):",
            summary.undated,
        ),
    ]
    for heading, entries in sections:
        if entries:
            lines.append(heading)
            shown = entries if show_all else entries[:LIST_LIMIT]
            lines.extend(f"  {entry}" for entry in shown)
            if len(entries) > len(shown):
                lines.append(f"  ... and {len(entries) - len(shown)} more (--all lists every one)")
    return lines
