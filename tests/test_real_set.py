"""The extractor held to our labels of real articles (tests/real/), read from ../shared/corpora.

These texts were written by news outlets, not by us: what the extractor scores here is what a
user's archive gets. The floors are the scores the extractor reached when they were last
raised (a ratchet: a change that makes real extraction worse fails here); the product's
targets are in evaluate.TARGETS and the scores are printed by
`python tests/real/realset.py DIR && netralitas-site eval DIR`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from netralitas_site.commands.evaluate import score_folder, write_drafts

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "real"))
import realset  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (realset.CORPORA / "news-dev.jsonl").is_file(),
    reason="../shared/corpora is not beside the repository",
)

# Scores on the real development set, plain text as scraped (see module docstring).
# Session 19: date 0.957 (20 invented): a holiday's day, a coming 'akan' glued to the name
# before it, and a match left to play are no story's day; the other fields unchanged.
# Measured 2026-12-07 in session 17 on 2,739 labelled articles, 18 date labels settled by a blind
# second reading (tests/real/README.md): date 0.955 (24 invented), the other fields as below;
# with the session's starting code (1cca543) on the same labels date 0.951 (31 invented).
# Measured 2026-12-07 at the end of session 16 on 2,739 labelled articles (batch 32 joined,
# scored fresh first: officials 0.700 on its 12, date 0.900): officials 0.939 (P 0.953, R 0.925),
# role 0.938, date 0.947 (30 invented; batch 32 brought 5), outlet 0.982, regions 0.861, title
# 0.999, dateline 0.997; with the session's starting code (9825112) on the same labels officials
# 0.935 (P 0.950, R 0.920), role 0.936, date 0.943 (36 invented), outlet 0.981, regions 0.847.
# Measured 2026-12-07 in session 15 on 2,639 labelled articles (batches 28 and 31 joined, each
# scored fresh first: 0.837 and 0.778): officials 0.936 (P 0.950, R 0.922), role 0.936, date
# 0.944 (30 invented), outlet 0.983, regions 0.847, title 0.998, dateline 0.997; with the
# session's starting code (aa387e3) on the same labels officials 0.930 (P 0.942, R 0.919), regions 0.845.
# Measured 2026-12-07 at the end of session 14 on 2,439 labelled articles (batches 25, 26, 27, 29
# and 30 joined, each scored fresh first: 0.784, 0.824, 0.907, 0.808 and 0.774): officials 0.934
# (P 0.949, R 0.920), role 0.936, date 0.944 (30 invented: the five batches brought seventeen,
# mostly dates of quoted sources, schedules and coming matches that their labels leave open),
# outlet 0.983, regions 0.847, title 0.998, dateline 0.997; with the session's starting code
# (0f5ec2f) on the same labels officials 0.926 (P 0.939, R 0.913), role 0.935, date 0.944, outlet
# 0.978, regions 0.846, dateline 0.995.
# Measured 2026-12-07 at the end of session 13 on 1,939 labelled articles (batches 23 and 24
# joined, each tuned on a little): officials 0.934 (P 0.949, R 0.920), role 0.936, date 0.950
# (13 invented: batches 23 and 24 brought one each), outlet 0.980, regions 0.851, title 0.998,
# dateline 0.996; with the session's starting code (3dc9e18) on the same labels officials 0.929
# (P 0.941, R 0.917), regions 0.850. Session 13's gains lie where this set has few texts:
# whole pages copied as text (tests/browser/test_whole_page_copies.py) and regional shapes.
# Measured 2026-12-06 in session 12 on 1,739 labelled articles (batches 21 and 22 joined; eight
# labels and one page's reviewed for batch 19's convention; a state body's official with no post
# normalised to Pejabat): officials 0.934 (P 0.945, R 0.923), role 0.935, date 0.952 (11
# invented, 2 of them brought by batch 21), outlet 0.981, regions 0.853, title 0.998, dateline
# 0.997. On the 1,539 labels of session 11, 0.930 -> 0.937, regions 0.848 -> 0.853.
# Measured 2026-12-06 at the end of session 11 on 1,539 labelled articles (batches 19 and 20
# joined; 41 labels reviewed for the convention that a well-known holder of a public post named
# without it counts): officials 0.930 (P 0.948, R 0.913), role 0.940, date 0.951 (10 invented),
# outlet 0.978, regions 0.848, title 0.998, dateline 0.996; with the session's starting code
# (3b5d762) on the same labels 0.914 (P 0.931, R 0.896), role 0.938, outlet 0.973, regions 0.836.
# Batch 21 (kept apart: 100 texts naming no common office, 16 officials): 0.714 with the starting
# code, 0.786 with the last.
# Measured 2026-12-06 at the end of session 10 on 1,344 labelled articles (batch 18 joined after
# a little tuning on it: 0.746 fresh, 0.767 untuned mid-session, 0.774 after): officials 0.914 (P
# 0.924, R 0.904), role 0.937, date 0.946 (10 invented), outlet 0.969, regions 0.841, title 0.998,
# dateline 0.997. Batch 19 (kept apart, never tuned on): 0.815 with the session's starting code,
# 0.854 (P 0.911, R 0.803) with its last.
# Measured 2026-12-06 in session 10 on 1,246 labelled articles (batch 17 joined after tuning on
# it: 0.736 fresh with the session's starting code, 0.837 after): officials 0.919 (P 0.929, R
# 0.910), role 0.938, date 0.948 (10 invented), outlet 0.975, regions 0.845, title 0.998, dateline
# 0.997. Batch 18 (kept apart, untuned): 0.746 fresh, 0.767 with the code of that commit.
# Measured 2026-12-06 in session 9 on 1,146 labelled articles (batch 16 joined after tuning on
# it; it scored 0.731 fresh, 0.845 after): officials 0.916 (P 0.937, R 0.896), role 0.943, date
# 0.941 (10 invented), outlet 0.976, regions 0.853, title 0.997, dateline 0.997.
# Measured 2026-12-06 in session 8 on 1,046 labelled articles (batches 12, 14 and 15 joined):
# officials 0.918 (P 0.937, R 0.899), role 0.943, date 0.930 (16 invented), outlet 0.977, regions
# 0.853, title 0.997, dateline 0.996. Fresh batches, scored before any tuning on them: batch 13
# (kept apart) 0.866 with session 8's starting code, 0.878 with its later code; batch 14 0.866;
# batch 15 0.837 with the starting code, 0.863 mid-session. End of session 7 on 750: officials
# 0.912, role 0.931, date 0.928 (10 invented), outlet 0.964, regions 0.854. Earlier fresh batches:
# 9: 0.797, 10: 0.829, 11: 0.784, 6-8: 0.761, 0.756, 0.611. First measured (250 articles):
# officials 0.574, role 0.815, date 0.888, outlet 0.550, regions 0.716. The floors leave a
# little room for label reviews.
FLOORS = {
    "officials": 0.93,
    "role": 0.93,  # officers found by rank and recognised names count with no role where the gold has one
    "date": 0.95,
    # some labels take an outlet from self-references that are no byline or credit (a partner
    # named in a promotion, the site's streaming channel, its readers' nickname); batch 18's
    # texts (0.906) brought it from 0.975 to 0.969
    "outlet": 0.97,
    "regions": 0.858,  # batch 17's texts, mostly not about regional government, joined at 0.60
    "title": 0.99,
    "dateline": 0.99,
}
INVENTED_DATES_AT_MOST = 20  # a date where the text gives none; the target is 0
# The same articles with the publication stamp under the headline: the stamp is the date.
STAMPED_FLOORS = {"date": 0.99, "title": 0.99}


# The held-out validation set (tests/real/validation): labelled after the extractor was tuned on
# the development set and never tuned on; what real articles nobody tuned for get. Session 16:
# officials 0.942 (P 0.972, R 0.914), regions 0.833, date 0.900 (1 invented). Session 13:
# officials 0.938 (P 0.964, R 0.914), the rest unchanged. Session 12:
# officials 0.930 (P 0.946, R 0.914), role 0.991, date 0.900 (1 invented), outlet 0.889, regions
# 0.814. Measured 2026-12-06 at the end of session 11 (one label reviewed for batch 19's convention): officials
# 0.926 (P 0.938, R 0.914), role 0.991, date 0.900 (1 invented), outlet 0.889, regions 0.814; with
# the session's starting code on the same labels 0.912, regions 0.793. In session 10: officials 0.916 (P 0.920, R 0.912) once public figures named without
# an office are recognised (figures.yaml), role 0.981, date 0.900 (1 invented); in session 9: officials 0.882, role 0.990, date 0.900 (1 invented); in session 8: officials 0.882 (P 0.915, R 0.851), role 0.990, date 0.850 (4
# invented), outlet 0.889, regions 0.793, title 1.000, dateline 1.000; end of session 7: 0.864
# (P 0.896, R 0.833), 0.968, 0.833 (5 invented); end of session 6: 0.832, 0.955, 0.800; end of
# session 5: 0.806, 0.954, 0.800, 0.815, 0.737; first: 0.600, 0.825, 0.783, 0.481, 0.747.
VALIDATION_FLOORS = {
    "officials": 0.935,
    "role": 0.97,
    "date": 0.88,
    "outlet": 0.87,
    "regions": 0.83,
    "title": 0.99,
    "dateline": 0.99,
}


@pytest.fixture(scope="module")
def plain_scores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("realset")
    assert realset.write_set(folder) >= 1000
    return score_folder(folder)


def test_labels_name_real_records_and_known_values():
    """Every label names a corpus record, canonical regions and a normalized role: a typo in a
    label would quietly lower or raise a score."""
    from netralitas_site.lexicon import load_lexicon

    lexicon = load_lexicon()
    regions = {entry.name for entry in lexicon.regions.values()}
    labels = {p.stem: json.loads(p.read_text("utf-8")) for p in realset.LABELS.glob("*.json")}
    records = realset.corpus_records(realset.CORPORA, set(labels))
    assert set(records) == set(labels)
    for stem, label in labels.items():
        assert label["id"] == stem
        assert label["title"] in ("corpus", None)
        names = [r for r in label["regions"]] + [
            o["region"] for o in label["officials"] if o["region"]
        ]
        assert set(names) <= regions, (stem, set(names) - regions)


def test_real_articles_score_at_least_the_floors(plain_scores):
    assert plain_scores.unbuilt == [], "every real article is read (a crash would drop it)"
    low = {
        name: round(plain_scores.value(name), 3)
        for name, floor in FLOORS.items()
        if plain_scores.value(name) < floor
    }
    assert not low, f"below the floor on real articles: {low} (floors {FLOORS})"
    assert plain_scores.invented_dates <= INVENTED_DATES_AT_MOST
    assert plain_scores.boilerplate_leaks == []


def test_the_held_out_validation_set_scores_at_least_its_floors(tmp_path):
    assert realset.write_set(tmp_path, labels=realset.VALIDATION) >= 60
    scores = score_folder(tmp_path)
    assert scores.unbuilt == []
    low = {
        name: round(scores.value(name), 3)
        for name, floor in VALIDATION_FLOORS.items()
        if scores.value(name) < floor
    }
    assert not low, f"below the floor on the validation set: {low}"
    assert scores.boilerplate_leaks == []


def test_the_publication_stamp_under_the_headline_is_the_date(tmp_path):
    realset.write_set(tmp_path, stamp=True)
    scores = score_folder(tmp_path)
    low = {
        name: round(scores.value(name), 3)
        for name, floor in STAMPED_FLOORS.items()
        if scores.value(name) < floor
    }
    assert not low, f"below the floor with stamps: {low}"
    assert scores.invented_dates == 0


def test_drafts_are_the_extraction_and_never_overwrite_a_file(tmp_path):
    """`eval --draft` writes what the extractor found, as a gold file to correct, and keeps a
    draft someone is already reviewing."""
    labels = sorted(realset.LABELS.glob("*.json"))[:3]
    sub = tmp_path / "labels"
    sub.mkdir()
    for path in labels:
        (sub / path.name).write_bytes(path.read_bytes())
    realset.write_set(tmp_path / "set", labels=sub)
    reviewed = tmp_path / "set" / "draft" / f"{labels[0].stem}.json"
    reviewed.parent.mkdir()
    reviewed.write_text("{}", "utf-8")
    assert write_drafts(tmp_path / "set", tmp_path / "set" / "draft") == 2
    assert reviewed.read_text("utf-8") == "{}"
    draft = json.loads((tmp_path / "set" / "draft" / f"{labels[1].stem}.json").read_text("utf-8"))
    assert set(draft) >= {"title", "date", "outlet", "dateline", "regions", "officials"}
