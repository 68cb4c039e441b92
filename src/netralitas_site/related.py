"""Which articles belong together: related ones (same officials, region or week) and the same
story carried by several outlets (near-duplicate text).

Both are computed once per build from inverted indexes, never over all pairs: related articles
are looked up among an article's nearest neighbours in time in each of its postings, and
near-duplicates are found through sampled shingle fingerprints (a fixed-modulus sample of the
word 5-grams, which estimates Jaccard similarity without comparing every pair).
"""

from __future__ import annotations

import hashlib
import heapq
import pickle
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import chain, combinations
from typing import cast

from .archive import Archive
from .model import Article

RELATED_MAX = 5
NEIGHBOURS = 12  # per posting, on each side in time
SHINGLE = 5
SAMPLE_MOD = 4  # keep the 5-grams whose first word hashes to 0 mod this: about a quarter, the same in every text
COMMON_POSTING = 16  # a fingerprint shared by more articles is stock phrasing, not the same story
MIN_SHARED = 3
SAME_STORY = 0.3  # estimated Jaccard of the 5-gram sets
WORD = re.compile(r"\w+")
# (name, digest of the inputs, make) -> make()'s value, or the one kept from the same inputs
Remember = Callable[[str, str, Callable[[], object]], object]


@dataclass
class Relations:
    related: dict[str, list[str]] = field(default_factory=dict)
    same_story: dict[str, list[tuple[str, float]]] = field(
        default_factory=dict
    )  # other outlets' copies
    duplicates: list[tuple[str, str, float]] = field(
        default_factory=list
    )  # same outlet (or none): data quality


def relations(archive: Archive, remember: Remember | None = None) -> Relations:
    """`remember`: the build cache's memo (related_articles)."""
    rel = Relations()
    pairs = near_duplicates(archive.articles, archive.shingles)
    for a, b, score in pairs:
        first, second = archive.by_id[a], archive.by_id[b]
        if _outlet(first) and _outlet(second) and _outlet(first) != _outlet(second):
            rel.same_story.setdefault(a, []).append((b, score))
            rel.same_story.setdefault(b, []).append((a, score))
        else:
            rel.duplicates.append((a, b, score))
    for copies in rel.same_story.values():
        copies.sort(key=lambda c: (-c[1], c[0]))
    rel.related = related_articles(
        archive, {a: {b for b, _ in c} for a, c in rel.same_story.items()}, remember
    )
    return rel


def _outlet(article: Article) -> str | None:
    return article.outlet.id if article.outlet else None


def _keys(article: Article, archive: Archive) -> list[tuple[str, int]]:
    """(posting key, weight): a shared official counts most, then region and week."""
    keys = [(f"o:{archive.official_of[(article.id, o.key)]}", 3) for o in article.officials]
    keys += [(f"r:{r.id}", 1) for r in article.regions]
    if article.date.value:
        year, week, _ = article.date.value.isocalendar()
        keys.append((f"w:{year}-{week}", 1))
    return keys


def related_articles(
    archive: Archive, exclude: dict[str, set[str]], remember: Remember | None = None
) -> dict[str, list[str]]:
    """Article id -> its related articles. They follow from the articles' order and postings
    alone (and `exclude`): `remember` (the build cache's) gives the last build's when those
    are what it had, as after an edit of an article's text."""
    ids = [a.id for a in archive.articles]
    posted = [sorted(set(_keys(article, archive))) for article in archive.articles]
    if remember is None:
        return _related(ids, posted, exclude)
    inputs = (ids, posted, sorted((a, sorted(others)) for a, others in exclude.items()))
    found = remember(
        "related",
        hashlib.blake2b(pickle.dumps(inputs, protocol=5), digest_size=16).hexdigest(),
        lambda: _related(ids, posted, exclude),
    )
    return cast(dict[str, list[str]], found)


def _related(
    ids: list[str], posted: list[list[tuple[str, int]]], exclude: dict[str, set[str]]
) -> dict[str, list[str]]:
    postings: dict[str, list[int]] = defaultdict(list)
    keys = []  # per article: (its place in the posting, weight, the posting)
    for i, mine_posted in enumerate(posted):  # newest first, so a posting is in time order
        mine = []
        for key, weight in mine_posted:
            items = postings[key]
            mine.append((len(items), weight, items))
            items.append(i)
        keys.append(mine)
    return {
        article_id: _ranked(i, keys[i], ids, exclude.get(article_id, ()))
        for i, article_id in enumerate(ids)
    }


def _ranked(
    i: int, postings: list[tuple[int, int, list[int]]], ids: list[str], skip: Collection[str]
) -> list[str]:
    """The related articles of article `i` of the archive: its nearest neighbours in time in each
    of its postings ((its place in the posting, weight, the posting)), most shared first."""
    near: list[int] = []
    for p, weight, items in postings:  # each neighbour once per unit of the posting's weight
        near += items[max(0, p - NEIGHBOURS) : p + NEIGHBOURS + 1] * weight
    scores = Counter(near)  # counted in C
    scores.pop(i, None)
    if skip:
        for j in [j for j in scores if ids[j] in skip]:
            del scores[j]
    # only those scoring at least the RELATED_MAX-th best score can be among the best
    best = sorted(scores.values(), reverse=True)
    floor = best[RELATED_MAX - 1] if len(best) >= RELATED_MAX else 0
    ranked = heapq.nsmallest(
        RELATED_MAX,
        [(-score, abs(j - i), ids[j]) for j, score in scores.items() if score >= floor],
    )
    return [other for _, _, other in ranked]


def relations_of(archive: Archive, article_id: str) -> Relations:
    """What `relations(archive)` finds for one article only (its related articles and its copies
    in other outlets), the same, at a fraction of the cost: the dev server shows an edited
    article's page with it before the whole site is built again (dev/preview.py)."""
    articles = archive.articles
    ids = [a.id for a in articles]
    i = ids.index(article_id)
    word_hashes: dict[str, int] = {}
    prints = [_prints(a, archive.shingles, word_hashes) for a in articles]
    mine = frozenset(prints[i])
    holders: dict[int, list[int]] = {fp: [] for fp in mine}
    for j, theirs in enumerate(prints):
        if not mine.isdisjoint(theirs):  # most texts share none: no set made for them
            for fp in mine.intersection(theirs):
                holders[fp].append(j)
    shared: Counter = Counter()
    for items in holders.values():
        if 1 < len(items) <= COMMON_POSTING:
            shared.update(j for j in items if j != i)
    copies = []
    outlet = _outlet(articles[i])
    for j, count in shared.items():
        other = articles[j]
        score = count / (len(mine) + len(prints[j]) - count)
        if (
            count >= MIN_SHARED
            and score >= SAME_STORY
            and outlet
            and _outlet(other) not in (None, outlet)
        ):
            copies.append((other.id, round(score, 2)))  # another outlet's copy (not a duplicate)
    copies.sort(key=lambda c: (-c[1], c[0]))
    own = sorted(set(_keys(articles[i], archive)))
    postings = _postings_of([key for key, _ in own], archive, ids)
    places = [(postings[key].index(i), weight, postings[key]) for key, weight in own]
    found = Relations(related={article_id: _ranked(i, places, ids, {c for c, _ in copies})})
    if copies:
        found.same_story[article_id] = copies
    return found


def _postings_of(keys: list[str], archive: Archive, ids: list[str]) -> dict[str, list[int]]:
    """For each of `keys` (`_keys`' posting keys), the places in the archive of the articles that
    have it, in the archive's order: what `related_articles` posts them under, found through the
    archive's indexes rather than by making every article's keys (a second at 100,000)."""
    position = {article_id: j for j, article_id in enumerate(ids)}
    wanted = {key[2:]: key for key in keys if key.startswith("o:")}
    found: dict[str, set[str]] = {key: set() for key in keys}
    if wanted:
        for (article_id, _), official_id in archive.official_of.items():
            if official_id in wanted:  # its entries are the articles' officials, no others
                found[wanted[official_id]].add(article_id)
    for key in keys:
        kind, value = key[:2], key[2:]
        if kind == "r:" and value in archive.regions:  # every article of a region it knows
            found[key] = set(archive.regions[value][1])
        elif kind == "r:":
            found[key] = {a.id for a in archive.articles if any(r.id == value for r in a.regions)}
        elif kind == "w:":
            year, week = (int(part) for part in value.split("-"))
            monday = date.fromisocalendar(year, week, 1)
            sunday = monday + timedelta(days=6)
            found[key] = {
                a.id for a in archive.articles if a.date.value and monday <= a.date.value <= sunday
            }
    return {key: sorted(position[article_id] for article_id in found[key]) for key in keys}


def _prints(article: Article, known: dict, word_hashes: dict[str, int]) -> Collection[int]:
    """The article's fingerprints: those extraction made (`known`, by the file's sha256), else
    made now."""
    stored = known.get(article.sha256)
    return fingerprints(article, word_hashes) if stored is None else stored


def fingerprints(article: Article, word_hashes: dict[str, int] | None = None) -> frozenset[int]:
    """A content-defined sample of the body's word 5-grams: those starting with a word whose
    crc32 is 0 mod SAMPLE_MOD, hashed as a tuple of ints (stable across runs, unlike str hash()).
    Extraction workers make them beside each article (extraction.py); `word_hashes` memoizes."""
    word_hashes = {} if word_hashes is None else word_hashes
    words = WORD.findall(" ".join(line.text for line in article.body).lower())
    hashes = list(map(word_hashes.get, words))
    if None in hashes:  # a word not seen in earlier articles
        for k, h in enumerate(hashes):
            if h is None:
                hashes[k] = word_hashes[words[k]] = zlib.crc32(words[k].encode("utf-8"))
    hashed = cast(list[int], hashes)  # no None left: each new word got its hash above
    last = len(hashed) - SHINGLE + 1
    return frozenset(
        hash(tuple(hashed[k : k + SHINGLE]))
        for k, h in enumerate(hashed[:last])
        if not h % SAMPLE_MOD
    )


def near_duplicates(
    articles: list[Article], known: dict[str, Collection[int]] | None = None
) -> list[tuple[str, str, float]]:
    """(id, id, estimated Jaccard) for each pair of texts that tell the same story. `known`: the
    fingerprints already made, by the article's sha256 (the body is a function of the file's bytes)."""
    word_hashes: dict[str, int] = {}
    known = known or {}
    prints = [_prints(a, known, word_hashes) for a in articles]
    # only fingerprints held by 2 to COMMON_POSTING texts pair texts: counted first (in C), so
    # that the postings hold those alone (most fingerprints are one text's)
    held = Counter(chain.from_iterable(prints))
    pairing = {fp for fp, count in held.items() if 1 < count <= COMMON_POSTING}
    postings: dict[int, list[int]] = defaultdict(list)
    for i, fps in enumerate(prints):
        for fp in pairing.intersection(fps):
            postings[fp].append(i)
    shared: Counter = Counter()
    for items in postings.values():
        shared.update(combinations(items, 2))  # items are in article order, so each pair once
    out = []
    for (i, j), count in shared.items():
        if count < MIN_SHARED:
            continue
        score = count / (len(prints[i]) + len(prints[j]) - count)
        if score >= SAME_STORY:
            a, b = sorted((articles[i].id, articles[j].id))
            out.append((a, b, round(score, 2)))
    return sorted(out)
