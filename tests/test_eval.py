"""The labeled fixture set (tests/fixtures/labeled): extraction meets the held-out targets."""

import json
from pathlib import Path

import pytest

from netralitas_site.commands.evaluate import TARGETS, meets_targets, run_eval, score_folder

LABELED = Path(__file__).parent / "fixtures" / "labeled"
BLIND = (
    Path(__file__).parent / "fixtures" / "blind"
)  # a second author's set: national layouts, 19 provinces


@pytest.fixture(scope="module", params=[LABELED, BLIND], ids=["labeled", "blind"])
def scores(request):
    return score_folder(request.param)


def test_fixture_sets_are_large_enough():
    for folder, least in ((LABELED, 40), (BLIND, 20)):
        articles = sorted((folder / "articles").glob("*.txt"))
        gold = sorted((folder / "gold").glob("*.json"))
        assert len(articles) >= least
        assert [p.stem for p in articles] == [p.stem for p in gold]


@pytest.mark.parametrize("field", sorted(TARGETS))
def test_field_meets_its_target(scores, field):
    assert scores.value(field) >= TARGETS[field], "\n".join(
        m for m in scores.misses if field[:4] in m
    )


def test_no_date_is_invented_and_no_boilerplate_name_extracted(scores):
    assert scores.invented_dates == 0
    assert scores.boilerplate_leaks == []
    assert meets_targets(scores)


def test_eval_prints_scores_and_exit_code(capsys):
    assert run_eval(LABELED, as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["meets_targets"] is True and data["articles"] >= 40


def test_eval_refuses_a_folder_without_gold(tmp_path, capsys):
    assert run_eval(tmp_path) == 2
    assert "must contain articles/ and gold/" in capsys.readouterr().err


def test_an_article_the_build_could_not_read_counts_as_nothing_read(tmp_path):
    """A gold file whose article was not built (a crash, a missing file) lowers every score it
    has a value for; it is never left out, so a crashing extractor cannot look better."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "gone.json").write_text(
        json.dumps(
            {
                "title": "Sebuah judul",
                "date": "2024-06-03",
                "outlet": "Warta Nagari",
                "regions": ["Kabupaten Solok"],
                "officials": [{"name": "Andi Saputra", "role_normalized": "Bupati"}],
            }
        ),
        encoding="utf-8",
    )
    scores = score_folder(tmp_path)
    assert scores.articles == 1 and scores.unbuilt == ["gone"]
    assert scores.tallies["officials"].fn == 1 and scores.tallies["regions"].fn == 1
    assert scores.value("date") == 0 and scores.value("outlet") == 0 and scores.value("title") == 0
