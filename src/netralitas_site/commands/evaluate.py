"""Score extraction against a labeled folder: `netralitas-site eval DIR`.

DIR holds `articles/` (the texts) and `gold/` (one JSON per article, same stem; format in
tests/fixtures/labeled/README.md). Prints precision, recall and F1 per field, and the targets
the extraction is held to on real articles.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from ..config import SiteConfig
from ..extract.text import fold
from ..lexicon import outlet_key

# Targets on held-out real articles (issue "Extraction that holds on real articles").
TARGETS = {
    "officials": 0.90,  # F1, a name or an alias of the person
    "role": 0.85,  # share of matched officials with the right normalized role
    "date": 0.90,  # exact
    "outlet": 0.95,  # where the text names it
    "regions": 0.85,  # F1
    "title": 0.95,  # exact, but for runs of white space
}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    articles: int = 0
    tallies: dict[str, Tally] = field(
        default_factory=lambda: {k: Tally() for k in ("officials", "regions")}
    )
    exact: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, total]
    invented_dates: int = 0
    unbuilt: list[str] = field(default_factory=list)  # articles the build could not read
    boilerplate_leaks: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def count(self, name: str, right: bool) -> None:
        pair = self.exact.setdefault(name, [0, 0])
        pair[0] += int(right)
        pair[1] += 1

    def value(self, name: str) -> float:
        if name in self.tallies:
            return self.tallies[name].f1()
        right, total = self.exact.get(name, [0, 0])
        return right / total if total else 1.0


def score_folder(folder: Path) -> Scores:
    from ..pipeline import load_archive

    archive, _report = load_archive(SiteConfig(articles_dir=folder / "articles"))
    by_stem = {Path(a.source).stem: a for a in archive.articles}
    scores = Scores()
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        article = by_stem.get(gold_path.stem)
        scores.articles += 1
        if article is None:  # it counts, as an article with nothing read: a crash never flatters
            scores.unbuilt.append(gold_path.stem)
            scores.misses.append(f"{gold_path.stem}: no article built")
        score_article(gold_path.stem, gold, NOTHING_READ if article is None else article, scores)
    return scores


# What an article that could not be read contributes: no official, date, outlet, region or title
NOTHING_READ = SimpleNamespace(
    officials=(),
    date=SimpleNamespace(value=None, text=None, method="none"),
    outlet=None,
    regions=(),
    title="",
    title_derived=False,
    dateline=None,
    quotes=(),
)


def names_of(person: dict) -> set[str]:
    return {fold(person["name"]), *(fold(a) for a in person.get("aliases", []))}


def score_article(stem: str, gold: dict, article, scores: Scores) -> None:
    # officials: a predicted official matches a gold one by any of their names
    unmatched_gold = list(gold.get("officials", []))
    for official in article.officials:
        predicted = {fold(official.name), *(fold(a) for a in official.aliases)}
        match = next((g for g in unmatched_gold if predicted & names_of(g)), None)
        if match is None:
            scores.tallies["officials"].fp += 1
            scores.misses.append(f"{stem}: extra official {official.name!r} ({official.role})")
            continue
        unmatched_gold.remove(match)
        scores.tallies["officials"].tp += 1
        right = official.role_normalized == match.get("role_normalized")
        scores.count("role", right)
        if not right:
            scores.misses.append(
                f"{stem}: role of {official.name!r}: {official.role_normalized!r} != {match.get('role_normalized')!r}"
            )
    for missing in unmatched_gold:
        scores.tallies["officials"].fn += 1
        scores.misses.append(f"{stem}: missed official {missing['name']!r}")

    date = article.date.value.isoformat() if article.date.value else None
    scores.count("date", date == gold.get("date"))
    if date != gold.get("date"):
        scores.misses.append(
            f"{stem}: date {date} != {gold.get('date')} ({article.date.text!r}, {article.date.method})"
        )
    if gold.get("date") is None and date is not None:
        scores.invented_dates += 1

    if gold.get("outlet"):
        got = article.outlet
        right = got is not None and outlet_key(gold["outlet"]) in {
            outlet_key(got.name),
            outlet_key(got.domain or ""),
        }
        scores.count("outlet", right)
        if not right:
            scores.misses.append(
                f"{stem}: outlet {got.name if got else None!r} != {gold['outlet']!r}"
            )

    want_regions = set(gold.get("regions", []))
    got_regions = {r.name for r in article.regions}
    tally = scores.tallies["regions"]
    tally.tp += len(want_regions & got_regions)
    tally.fp += len(got_regions - want_regions)
    tally.fn += len(want_regions - got_regions)
    if want_regions != got_regions:
        scores.misses.append(f"{stem}: regions {sorted(got_regions)} != {sorted(want_regions)}")

    if gold.get("title") is not None:
        # the same words: a headline's runs of spaces and no-break spaces are published as one space
        same = " ".join(article.title.split()) == " ".join(gold["title"].split())
        scores.count("title", same and not article.title_derived)
        if not same:
            scores.misses.append(f"{stem}: title {article.title!r} != {gold['title']!r}")
    else:
        scores.count("title", article.title_derived)

    if "dateline" in gold:
        scores.count("dateline", (article.dateline or None) == gold["dateline"])
        if (article.dateline or None) != gold["dateline"]:
            scores.misses.append(f"{stem}: dateline {article.dateline!r} != {gold['dateline']!r}")

    people = {fold(n) for o in article.officials for n in (o.name, *o.aliases)}
    places = {fold(r.name) for r in article.regions} | {
        fold(r.name.split(" ", 1)[-1]) for r in article.regions
    }
    for name in gold.get("boilerplate_names", []):
        if fold(name) in places or any(f" {fold(name)} " in f" {person} " for person in people):
            scores.boilerplate_leaks.append(f"{stem}: {name}")

    if gold.get("quotes") is not None:
        gold_speakers = [q.get("speaker") for q in gold["quotes"]]
        names = {o.key: o.name for o in article.officials}
        got_speakers = [names.get(q.speaker) for q in article.quotes]
        scores.count(
            "quotes",
            [fold(s or "") for s in got_speakers] == [fold(s or "") for s in gold_speakers],
        )


def report_lines(scores: Scores) -> list[str]:
    lines = [f"{'field':<12} {'precision':>9} {'recall':>7} {'F1/acc':>7} {'target':>7}  n"]
    for name in ("officials", "regions"):
        t = scores.tallies[name]
        lines.append(
            f"{name:<12} {t.precision():9.3f} {t.recall():7.3f} {t.f1():7.3f} {_target(name):>7}  {t.tp + t.fn}"
        )
    for name in ("role", "date", "outlet", "title", "dateline", "quotes"):
        right, total = scores.exact.get(name, [0, 0])
        value = right / total if total else 1.0
        lines.append(f"{name:<12} {'':>9} {'':>7} {value:7.3f} {_target(name):>7}  {total}")
    lines.append(
        f"articles: {scores.articles}; dates invented: {scores.invented_dates}; boilerplate names extracted: {len(scores.boilerplate_leaks)}"
    )
    if scores.unbuilt:
        lines.append(
            f"NOT BUILT (counted as nothing read): {len(scores.unbuilt)}: {', '.join(scores.unbuilt[:10])}"
        )
    return lines


def _target(name: str) -> str:
    return f"{TARGETS[name]:.2f}" if name in TARGETS else ""


def meets_targets(scores: Scores) -> bool:
    return (
        all(scores.value(name) >= target for name, target in TARGETS.items())
        and scores.invented_dates == 0
        and not scores.boilerplate_leaks
    )


def draft_gold(article) -> dict:
    """The current extraction of one article in the gold format, for a person to review and
    correct: a labelling aid, never a label until someone has read it against the text."""
    return {
        "title": None if article.title_derived else article.title,
        "date": article.date.value.isoformat() if article.date.value else None,
        "outlet": article.outlet.name if article.outlet else None,
        "dateline": article.dateline or None,
        "regions": [region.name for region in article.regions],
        "officials": [
            {
                "name": o.name,
                "aliases": list(o.aliases),
                "degrees": list(o.degrees),
                "role": o.role,
                "role_normalized": o.role_normalized,
                "region": o.region,
            }
            for o in article.officials
        ],
        "offices_without_name": [
            {"role": role, "region": region} for role, region in article.offices
        ],
        "byline": {
            "author": article.byline.author,
            "editor": article.byline.editor,
            "initials": article.byline.initials,
        },
    }


def write_drafts(folder: Path, out: Path) -> int:
    """Write `out/<stem>.json` for every article of `folder/articles` that has no such file
    yet (a draft under review is never overwritten); the number written."""
    from ..pipeline import load_archive

    archive, _report = load_archive(SiteConfig(articles_dir=folder / "articles"))
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for article in sorted(archive.articles, key=lambda a: a.source):
        target = out / f"{Path(article.source).stem}.json"
        if target.exists():
            continue
        target.write_text(
            json.dumps(draft_gold(article), ensure_ascii=False, indent=2) + "\n", "utf-8"
        )
        written += 1
    return written


def run_draft(folder: Path, out: Path | None = None) -> int:
    """`eval DIR --draft [OUT]`: drafts into OUT (default DIR/draft), never into gold/."""
    if not (folder / "articles").is_dir():
        print(f"netralitas-site: error: {folder} must contain articles/", file=sys.stderr)
        return 2
    out = out or folder / "draft"
    if out.resolve() == (folder / "gold").resolve():
        print(
            "netralitas-site: error: drafts are never written into gold/: review them, then move them there",
            file=sys.stderr,
        )
        return 2
    written = write_drafts(folder, out)
    print(
        f"wrote {written} draft gold files to {out} (existing files kept); review each against its text"
    )
    return 0


def run_eval(folder: Path, as_json: bool = False, verbose: bool = False) -> int:
    """Print the scores; exit 0 when every target is met, 1 when not, 2 when the folder is wrong."""
    if not (folder / "articles").is_dir() or not (folder / "gold").is_dir():
        print(f"netralitas-site: error: {folder} must contain articles/ and gold/", file=sys.stderr)
        return 2
    scores = score_folder(folder)
    if as_json:
        data: dict[str, object] = {
            name: round(scores.value(name), 4)
            for name in (
                "officials",
                "regions",
                "role",
                "date",
                "outlet",
                "title",
                "dateline",
                "quotes",
            )
        }
        data.update(
            articles=scores.articles,
            invented_dates=scores.invented_dates,
            boilerplate_leaks=scores.boilerplate_leaks,
            meets_targets=meets_targets(scores),
        )
        print(json.dumps(data, indent=1))
    else:
        print("\n".join(report_lines(scores)))
        if verbose:
            print(
                "\n".join(
                    scores.misses
                    + [f"boilerplate leak: {leak}" for leak in scores.boilerplate_leaks]
                )
            )
    return 0 if meets_targets(scores) else 1
