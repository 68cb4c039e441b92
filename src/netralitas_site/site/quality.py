"""The data-quality page: what the build could not settle, and which file to write to fix it.

Lists the build's problems by file, dates that were inferred or conflict with their weekday,
undated articles, quotes without a known speaker, officials known by one name only, and
near-identical articles from the same outlet. Every article entry names its source file and
the side file (`<name>.yaml` beside it) where a correction goes.
"""

from __future__ import annotations

import posixpath
from itertools import groupby

from ..archive import Archive
from ..cards import Cards
from ..extract.common_words import is_common_word
from ..extract.text import fold
from ..lexicon import load_lexicon, province_of
from ..problems import Problem
from ..related import Relations
from ..urls import official_path


def side_file(source: str) -> str:
    """The correction file for an article: 'dir/004_x.txt' -> 'dir/004_x.yaml'."""
    root, ext = posixpath.splitext(source)
    return source if ext in (".yaml", ".yml") else root + ".yaml"


def namesake_groups(archive: Archive) -> list[dict]:
    """Names several officials share, each with its people (offices, regions, a source): the
    archive keeps them apart; an editor who knows them to be one person merges them."""
    by_name: dict[str, list] = {}
    for official in archive.officials.values():
        if official.appearances:
            by_name.setdefault(fold(official.name), []).append(official)
    groups = []
    for same in sorted((g for g in by_name.values() if len(g) > 1), key=lambda g: g[0].name):
        people = [
            {
                "id": o.id,
                "path": official_path(o.id),
                "offices": sorted({a.role_normalized for a in o.appearances if a.role_normalized})
                + sorted({a.region for a in o.appearances if a.region}),
                "source": archive.by_id[o.appearances[0].article_id].source,
            }
            for o in sorted(same, key=lambda o: o.id)
        ]
        groups.append({"name": same[0].name, "people": people})
    return groups


def officials_outside_province(archive: Archive, lexicon) -> list[dict]:
    """Officials given a region in a province none of the story's subject regions lie in: a
    namesake's region, a place read from an institution's name, or a real visitor; worth a look.
    One entry per official and region, with how many stories and the first few places to fix
    (a visitor to many stories is one entry, not a page of them)."""
    province = province_of(lexicon)
    grouped: dict[tuple[str, str], dict] = {}
    for article in sorted(archive.articles, key=lambda a: a.source):
        subject = {province(r.name) for r in article.regions}
        if not subject:
            continue
        for official in article.officials:
            if official.region and province(official.region) not in subject:
                entry = grouped.setdefault(
                    (official.name, official.region),
                    {
                        "name": official.name,
                        "region": official.region,
                        "count": 0,
                        "subject": set(),
                        "places": [],
                    },
                )
                entry["count"] += 1
                entry["subject"] |= subject
                if len(entry["places"]) < SOURCES_SHOWN:
                    entry["places"].append(
                        {
                            "source": article.source,
                            "line": official.line,
                            "fix": side_file(article.source),
                        }
                    )
    entries = sorted(grouped.values(), key=lambda e: (-e["count"], e["name"], e["region"]))
    return [{**e, "subject": sorted(e["subject"])} for e in entries]


SOURCES_SHOWN = 3  # files named per entry of a grouped list


def names_like_words(archive: Archive, lexicon) -> list[dict]:
    """Officials whose name has no word seen in a real person's name and a word that is a place
    or part of an institution's name ("Sumber", "Daya", "Solok"), or that opens with an everyday
    word before two more ("Kenari Budi Santoso", a unit's word): perhaps not a person at all."""
    places = {fold(entry.short) for entry in lexicon.regions.values()}
    figures = {name for name, *_ in lexicon.figures}
    entries = []
    for official in sorted(archive.officials.values(), key=lambda o: o.name):
        words = fold(official.name).split()
        if (
            not official.appearances
            or any(w in lexicon.name_tokens for w in words)
            or official.name in figures
        ):
            continue  # a name's word, or a public figure's name (figures.yaml)
        odd = [w for w in words if w in places or w in lexicon.institution_words]
        if not odd and len(words) >= 3 and is_common_word(words[0]):
            odd = words[:1]  # 'Kenari Budi Santoso': a unit's everyday word before a name
        if odd:
            sources = sorted(
                {archive.by_id[a].source for a in official.article_ids if a in archive.by_id}
            )
            entries.append(
                {
                    "name": official.name,
                    "path": official_path(official.id),
                    "words": odd,
                    "sources": sources[:3],
                }
            )
    return entries


def quality_view(
    archive: Archive, cards: Cards, relations: Relations, problems: list[Problem]
) -> dict:
    ordered = sorted(problems, key=lambda p: (p.path, p.line or 0, p.code, p.message))
    by_file = [(path, list(group)) for path, group in groupby(ordered, key=lambda p: p.path)]
    inferred, conflicts, undated, no_speaker = [], [], [], []
    for a in archive.articles:
        entry = {
            "card": cards[a.id],
            "source": a.source,
            "fix": side_file(a.source),
            "date": a.date,
        }
        if a.date.value is None:
            undated.append(entry)
        elif a.date.method.startswith("weekday-year"):
            inferred.append(entry)
        if a.date.flags:
            conflicts.append(entry)
        for q in a.quotes:
            if not q.speaker or (a.id, q.speaker) not in archive.official_of:
                no_speaker.append({**entry, "quote": q.text, "line": q.line})
    one_name = [
        {
            "name": o.name,
            "path": official_path(o.id),
            "count": len(set(o.article_ids)),
            "sources": sorted({archive.by_id[i].source for i in o.article_ids})[:3],
        }
        for o in archive.officials.values()
        if len(o.name.split()) == 1 and o.appearances
    ]
    namesakes = namesake_groups(archive)
    lexicon = load_lexicon()
    duplicates = [
        {
            "a": cards[a],
            "b": cards[b],
            "score": score,
            "sources": (archive.by_id[a].source, archive.by_id[b].source),
        }
        for a, b, score in relations.duplicates
    ]
    return {
        "problems": by_file,
        "problem_count": len(problems),
        "errors": sum(1 for p in problems if p.severity == "error"),
        "inferred": inferred,
        "conflicts": conflicts,
        "undated": undated,
        "no_speaker": no_speaker,
        "one_name": sorted(one_name, key=lambda o: o["name"]),
        "namesakes": namesakes,
        "outside_province": officials_outside_province(archive, lexicon),
        "word_names": names_like_words(archive, lexicon),
        "duplicates": duplicates,
    }
