"""Score an extracted archive against the truth sidecars of shared/bench/make_corpus.py."""

from __future__ import annotations

import json
from pathlib import Path

FIELDS = (
    "title",
    "date",
    "outlet",
    "dateline",
    "regions",
    "officials",
    "roles",
    "degrees",
    "quotes",
    "author",
    "editor",
)


def degree_tokens(degrees) -> list[str]:
    """The generator writes 'Prof. Dr.' as one degree; compare degree words, not list items."""
    return " ".join(degrees).split()


def expected(truth: dict) -> dict:
    return {
        "title": truth["title"],
        "date": truth["date"],
        "outlet": truth["outlet"],
        "dateline": truth["town"],
        "regions": [truth["region"]],
        "officials": [o["name"] for o in truth["officials"]],
        "roles": [o["role"] for o in truth["officials"]],
        "degrees": [degree_tokens(o["degrees"]) for o in truth["officials"]],
        "quotes": [q["speaker"] for q in truth["quotes"]],
        "author": truth["author"],
        "editor": truth["editor"],
    }


def actual(record: dict, officials_by_id: dict) -> dict:
    names = {o["id"]: o["name"] for o in record["officials"]}
    return {
        "title": record["title"],
        "date": record["date"],
        "outlet": record["outlet"]["name"] if record["outlet"] else None,
        "dateline": record["dateline"],
        "regions": [r["name"] for r in record["regions"]],
        "officials": [o["name"] for o in record["officials"]],
        "roles": [o["role"] for o in record["officials"]],
        "degrees": [
            degree_tokens(officials_by_id[o["id"]]["degrees"]) for o in record["officials"]
        ],
        "quotes": [names.get(q["speaker"]) for q in record["quotes"]],
        "author": record["byline"]["author"],
        "editor": record["byline"]["editor"],
    }


def score(
    site_dir: Path, truth_dir: Path
) -> tuple[dict[str, int], int, list[tuple[str, str, object, object]]]:
    """(correct count per field, number of articles, mismatches as (id, field, want, got))."""
    articles = json.loads((site_dir / "data" / "articles.json").read_text("utf-8"))["articles"]
    officials = {
        o["id"]: o
        for o in json.loads((site_dir / "data" / "officials.json").read_text("utf-8"))["officials"]
    }
    by_source = {Path(a["source"]).stem: a for a in articles}
    correct = dict.fromkeys(FIELDS, 0)
    misses = []
    truths = sorted(truth_dir.glob("*.truth.json"))
    for path in truths:
        truth = json.loads(path.read_text("utf-8"))
        record = by_source.get(truth["id"])
        want = expected(truth)
        got = actual(record, officials) if record else dict.fromkeys(FIELDS)
        for name in FIELDS:
            if want[name] == got[name]:
                correct[name] += 1
            else:
                misses.append((truth["id"], name, want[name], got[name]))
    return correct, len(truths), misses
