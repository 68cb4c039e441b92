"""Golden tests: every exported field of the five seed articles, pinned to hand-checked values.

Regenerate with `python tests/update_golden.py` and review the diff.
"""

import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
BOILERPLATE_NAMES = [
    "Candra",
    "Jon Firman Pandu",
    "Agus Syahdeman",
    "Dharmasraya",
    "Sumbar",
    "Sumatera Barat",
]


@pytest.fixture(scope="module")
def records(seed_site):
    data = json.loads((seed_site / "data" / "articles.json").read_text("utf-8"))
    assert data["schema"] == "netralitas-site/articles/1"
    return {Path(r["source"]).stem: r for r in data["articles"]}


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_record_matches_golden(records, golden):
    """Each seed's whole record equals its reviewed golden file."""
    assert records[golden.stem] == json.loads(golden.read_text("utf-8"))


def test_year_comes_from_the_weekday_not_from_related_links(records):
    """004 'Kamis (22/10)': Thursday 22 October is 2020, not 2024 like its 'Berita Terkait' links."""
    record = records["004_0987cee8ea61e4de"]
    assert (record["date"], record["date_text"]) == ("2020-10-22", "Kamis (22/10)")
    assert record["date_method"].startswith("weekday-year")


def test_article_without_headline_gets_a_derived_title(records):
    record = records["000_fe4877838683bc29"]
    assert record["title_derived"] is True
    assert record["title"].startswith("Rapat koordinasi yang membahas desk Pilkada")
    assert all(not r["title_derived"] for k, r in records.items() if k != "000_fe4877838683bc29")


@pytest.mark.parametrize("name", BOILERPLATE_NAMES)
def test_names_in_boilerplate_never_become_officials_or_regions(records, name):
    for record in records.values():
        assert all(name not in o["name"] and name not in o["aliases"] for o in record["officials"])
        assert all(name not in r["name"] for r in record["regions"])


def test_boilerplate_is_kept_aside(records):
    record = records["000_fe4877838683bc29"]
    assert "Read More:" in record["boilerplate"]
    assert any("Wabup Candra" in line for line in record["boilerplate"])


def test_akbar_ali_is_one_official_with_three_articles(seed_site, records):
    officials = json.loads((seed_site / "data" / "officials.json").read_text("utf-8"))["officials"]
    akbar = [o for o in officials if "Akbar" in o["name"]]
    assert len(akbar) == 1
    assert sorted(akbar[0]["articles"]) == [
        "000-fe4877838683bc29",
        "001-9ea44454789fb8b7",
        "002-03c4d5d46eab7ade",
    ]
    assert akbar[0]["degrees"] == ["Dr.", "Drs.", "AP", "M.Si"]
    for stem in ("000_fe4877838683bc29", "001_9ea44454789fb8b7", "002_03c4d5d46eab7ade"):
        assert [o["id"] for o in records[stem]["officials"]][0] == akbar[0]["id"]


def test_every_quote_of_seed_000_is_akbar_ali(records):
    quotes = records["000_fe4877838683bc29"]["quotes"]
    assert len(quotes) == 5 and {q["speaker"] for q in quotes} == {"akbar-ali"}
