"""Related articles and near-duplicates, held to plain reference versions of their rules (every
neighbour's weight added one by one; every fingerprint's posting made, the common ones skipped):
the fast versions in related.py must find the same, ties and skipped copies included."""

import random
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import pytest

from netralitas_site import related
from netralitas_site.related import COMMON_POSTING, MIN_SHARED, NEIGHBOURS, RELATED_MAX, SAME_STORY


@dataclass(frozen=True)
class Text:
    id: str
    sha256: str


def reference_ranked(i, postings, ids, skip):
    scores = defaultdict(int)
    for p, weight, items in postings:
        for j in items[max(0, p - NEIGHBOURS) : p + NEIGHBOURS + 1]:
            scores[j] += weight
    scores.pop(i, None)
    ranked = sorted((-s, abs(j - i), ids[j]) for j, s in scores.items() if ids[j] not in skip)
    return [other for _, _, other in ranked[:RELATED_MAX]]


def reference_near_duplicates(texts, prints):
    postings = defaultdict(list)
    for i, text in enumerate(texts):
        for fp in prints[text.sha256]:
            postings[fp].append(i)
    shared = defaultdict(int)
    for items in postings.values():
        if 1 < len(items) <= COMMON_POSTING:
            for pair in combinations(items, 2):
                shared[pair] += 1
    out = []
    for (i, j), count in shared.items():
        score = count / (len(prints[texts[i].sha256]) + len(prints[texts[j].sha256]) - count)
        if count >= MIN_SHARED and score >= SAME_STORY:
            a, b = sorted((texts[i].id, texts[j].id))
            out.append((a, b, round(score, 2)))
    return sorted(out)


@pytest.mark.parametrize("seed", range(6))
def test_ranked_neighbours_are_those_of_the_plain_rule(seed):
    rng = random.Random(seed)
    n = 300
    ids = [f"a{k:04d}" for k in range(n)]
    postings_of = defaultdict(list)
    keys = []
    for i in range(n):  # few keys, so that scores tie often
        mine = sorted(
            {(f"k{rng.randrange(12)}", rng.choice((1, 3))) for _ in range(rng.randrange(4))}
        )
        places = []
        for key, weight in mine:
            places.append((len(postings_of[key]), weight, postings_of[key]))
            postings_of[key].append(i)
        keys.append(places)
    for i in range(n):
        skip = set(rng.sample(ids, rng.randrange(3))) if rng.random() < 0.3 else set()
        assert related._ranked(i, keys[i], ids, skip) == reference_ranked(i, keys[i], ids, skip)


@pytest.mark.parametrize("seed", range(4))
def test_near_duplicates_are_those_of_the_plain_rule(seed):
    rng = random.Random(seed)
    stories = [set(rng.sample(range(5000), 40)) for _ in range(30)]
    stock = set(range(5000, 5010))  # phrasing every text has: more than COMMON_POSTING hold it
    texts, prints = [], {}
    for k in range(200):
        base = rng.choice(stories)
        kept = {fp for fp in base if rng.random() < rng.choice((0.5, 0.9))}
        mine = frozenset(kept | stock | {rng.randrange(10_000, 99_999) for _ in range(10)})
        text = Text(f"t{k:03d}", f"sha{k}")
        texts.append(text)
        prints[text.sha256] = mine
    found = related.near_duplicates(texts, prints)
    assert found == reference_near_duplicates(texts, prints)
    assert found  # copies of one story are found, not only the absence of any


def test_related_articles_are_remembered_only_while_their_inputs_hold(synthetic_corpus, tmp_path):
    """The build cache's memo (`remember`) gives the last build's related articles only while
    the articles' order, postings and the excluded copies are the same."""
    from dataclasses import replace

    from netralitas_site.config import SiteConfig
    from netralitas_site.pipeline import load_archive
    from test_incremental_tools import corpus_copy

    articles = corpus_copy(synthetic_corpus[0], tmp_path / "articles", 40)
    archive, _ = load_archive(SiteConfig(articles_dir=articles, output_dir=tmp_path / "site"))
    kept: dict = {}
    made: list[str] = []

    def remember(name, inputs, make):
        if name in kept and kept[name][0] == inputs:
            return kept[name][1]
        made.append(name)
        kept[name] = (inputs, make())
        return kept[name][1]

    plain = related.related_articles(archive, {})
    assert any(plain.values())
    assert related.related_articles(archive, {}, remember) == plain and made == ["related"]
    assert related.related_articles(archive, {}, remember) == plain and made == ["related"]
    first, second = archive.articles[0].id, archive.articles[1].id
    skip = {first: {second}}
    assert related.related_articles(archive, skip, remember) == related.related_articles(
        archive, skip
    )
    assert len(made) == 2
    fewer = replace(archive, articles=archive.articles[1:])
    assert related.related_articles(fewer, {}, remember) == related.related_articles(fewer, {})
    assert len(made) == 3
