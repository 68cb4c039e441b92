"""Write the real development set into a folder `netralitas-site eval` can score.

The texts stay in ../shared/corpora (they may not be copied into the repository); only our
labels live here. This writes, for every label in tests/real/labels/:

- `articles/<id>.txt`: the article as `to_articles.py` writes it (the headline, a blank line,
  the text as stored, `\\r\\n` made `\\n`); with `--stamp`, the record's publication stamp on
  the line under the headline, as a reader's copy of the page would have it;
- `gold/<id>.json`: the label, with the headline filled in from the record (`"title":
  "corpus"`) and, with `--stamp`, the stamp's date as the article's date.

    python tests/real/realset.py OUT [--stamp] [--validation | --labels DIR] [--corpora DIR]
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels"  # the development set: the extractor is tuned on it
VALIDATION = HERE / "validation"  # labelled after tuning, only ever measured
CORPORA = HERE.parents[2] / "shared" / "corpora"


def corpus_records(corpora: Path, wanted: set[str]) -> dict[str, dict]:
    """The records of news-dev.jsonl whose id is wanted, by id."""
    records = {}
    with (corpora / "news-dev.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                records[record["id"]] = record
    return records


def article_text(record: dict, stamp: bool = False) -> str:
    """The article file's text as the corpus's own to_articles.py writes it; with `stamp`, the
    publication stamp on the line under the headline."""
    published = (record.get("published") or "").strip()
    if stamp and published:
        title = (record.get("title") or "").strip()
        record = {**record, "title": f"{title}\n{published}" if title else published}
    return _to_articles().article_text(record)


@functools.cache
def _to_articles():
    """The corpus's writer, loaded from where the corpus is (it is not part of the repository)."""
    spec = importlib.util.spec_from_file_location("to_articles", CORPORA / "to_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_for(label: dict, record: dict, stamp: bool = False) -> dict:
    """The label as a gold file: the headline from the record, the stamp's date when stamped."""
    gold = {key: value for key, value in label.items() if key not in ("checked", "published")}
    if label.get("title") == "corpus":
        gold["title"] = (record.get("title") or "").strip() or None
    if stamp and label.get("published"):
        gold["date"] = label["published"]
    return gold


def write_set(
    out: Path, corpora: Path = CORPORA, stamp: bool = False, labels: Path = LABELS
) -> int:
    """Write articles/ and gold/ under `out`; the number of articles written."""
    paths = sorted(path for path in labels.glob("*.json") if path.stem != "README")
    found = {path.stem: json.loads(path.read_text("utf-8")) for path in paths}
    records = corpus_records(corpora, set(found))
    missing = sorted(set(found) - set(records))
    if missing:
        raise SystemExit(f"labels without a corpus record: {', '.join(missing)}")
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for stem, label in found.items():
        record = records[stem]
        (out / "articles" / f"{stem}.txt").write_text(article_text(record, stamp), "utf-8")
        gold = gold_for(label, record, stamp)
        (out / "gold" / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), "utf-8"
        )
    return len(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--stamp", action="store_true", help="put the publication stamp under the headline"
    )
    parser.add_argument(
        "--validation", action="store_true", help="the held-out validation labels instead"
    )
    parser.add_argument(
        "--labels",
        type=Path,
        help="another folder of labels (a fresh batch scored before it joins the set)",
    )
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(argv)
    if not (args.corpora / "news-dev.jsonl").is_file():
        print(f"no corpus at {args.corpora}", file=sys.stderr)
        return 2
    labels = args.labels or (VALIDATION if args.validation else LABELS)
    print(f"wrote {write_set(args.out, args.corpora, args.stamp, labels)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
