"""Archive-wide curation: aliases, merges, splits and office-holder facts, with clear errors."""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys

from conftest import REPO, SEEDS_DIR
from netralitas_site.archive import build_archive
from netralitas_site.exports.files import article_record, official_record
from netralitas_site.extract.article import extract_article
from netralitas_site.sources.curation import parse_curation
from netralitas_site.sources.read import discover_sources

SOLOK_HOLDERS = """office_holders:
  - {office: Bupati, region: Kabupaten Solok, holder: Gusmal, from: 2016-02-17, to: 2021-02-17}
  - {office: Bupati, region: Kabupaten Solok, holder: Epyardi Asda, from: 2021-02-26, to: 2025-02-20}
"""


def seed_archive(lexicon, curation_text=None):
    sources, _ = discover_sources(SEEDS_DIR)
    articles = [extract_article(s, lexicon)[0] for s in sources]
    curation, problems = (
        parse_curation(curation_text, "curation.yaml") if curation_text else (None, [])
    )
    archive, more = build_archive(articles, lexicon, curation)
    return archive, problems + more


def test_unnamed_office_links_to_its_holder_on_that_date(lexicon):
    """004 'Hal ini ditegaskan Bupati Solok' on 22 Oct 2020: the Bupati then was Gusmal (inferred)."""
    archive, problems = seed_archive(lexicon, SOLOK_HOLDERS)
    assert problems == []
    record = article_record(archive.by_id["004-0987cee8ea61e4de"], archive)
    assert record["offices"] == [
        {"role": "Bupati", "region": "Kabupaten Solok", "holder": "gusmal", "inferred": True}
    ]
    gusmal = official_record(archive.officials["gusmal"])
    assert gusmal["inferred"] == [
        {
            "article": "004-0987cee8ea61e4de",
            "date": "2020-10-22",
            "office": "Bupati",
            "region": "Kabupaten Solok",
        }
    ]
    assert "epyardi-asda" not in archive.officials  # no article falls in his term


def test_without_a_fact_the_office_stays_unlinked(lexicon):
    archive, _ = seed_archive(lexicon)
    record = article_record(archive.by_id["004-0987cee8ea61e4de"], archive)
    assert record["offices"] == [
        {"role": "Bupati", "region": "Kabupaten Solok", "holder": None, "inferred": False}
    ]


def test_aliases_and_merges_join_records(lexicon):
    archive, problems = seed_archive(
        lexicon, "aliases:\n  akbar-ali: [Ahmad Zakri]\nmerge:\n  - [medison, syahrial]\n"
    )
    assert problems == []
    assert "ahmad-zakri" not in archive.officials and "syahrial" not in archive.officials
    assert sorted(archive.officials["akbar-ali"].article_ids) == sorted(
        [
            "000-fe4877838683bc29",
            "001-9ea44454789fb8b7",
            "002-03c4d5d46eab7ade",
            "003-3aeabc295bcde505",
        ]
    )
    record = article_record(archive.by_id["003-3aeabc295bcde505"], archive)
    assert record["officials"][0]["id"] == "akbar-ali"


def test_split_moves_articles_to_a_new_person(lexicon):
    archive, problems = seed_archive(
        lexicon, "split:\n  - id: akbar-ali\n    into: {akbar-ali-2: [002-03c4d5d46eab7ade]}\n"
    )
    assert problems == []
    assert archive.officials["akbar-ali-2"].article_ids == ["002-03c4d5d46eab7ade"]
    assert "002-03c4d5d46eab7ade" not in archive.officials["akbar-ali"].article_ids
    assert (
        article_record(archive.by_id["002-03c4d5d46eab7ade"], archive)["quotes"][0]["speaker"]
        == "akbar-ali-2"
    )


def test_bad_curation_gives_file_and_line(lexicon):
    text = (
        "aliases:\n  nobody-here: [X]\n"  # line 2: unknown id
        "merge:\n  - [akbar-ali]\n"  # line 4: one id
        "office_holders:\n"
        "  - {office: Bupati, region: Kabupaten Solok, holder: Gusmal, from: 2016-02-31}\n"  # line 6: bad date
        "  - {office: Bupati, region: Kabupaten Atlantis, holder: X, from: 2016-01-01}\n"  # line 7: unknown region
        "  - {office: Bupati, regoin: Kabupaten Solok, holder: X, from: 2016-01-01}\n"  # line 8: unknown key
        "colours: red\n"  # line 9: unknown section
    )
    _, problems = seed_archive(lexicon, text)
    messages = sorted(str(p) for p in problems)
    assert messages == sorted(
        [
            "curation.yaml:2: error: no official with id 'nobody-here' (ids are the last part of pejabat/<id>/ URLs)",
            "curation.yaml:4: error: merge: a group needs at least two ids",
            "curation.yaml:6: error: '2016-02-31' is not a date written YYYY-MM-DD",
            "curation.yaml:7: error: office_holders: unknown region 'Kabupaten Atlantis' (write e.g. 'Kabupaten Solok' or 'Kota Solok')",
            "curation.yaml:8: error: office_holders: unknown key 'regoin' (did you mean 'region'?); keys: office, region, holder, from, to",
            "curation.yaml:9: error: unknown section 'colours'; known: aliases, merge, split, office_holders",
        ]
    )


def test_every_value_of_a_fact_is_checked_at_its_own_line_with_suggestions(lexicon):
    """Block style: each value on its own line, and the message points at that line."""
    text = (
        "office_holders:\n"
        "  - office: Bupatti\n"  # line 2
        "    region: Kabupaten Soolok\n"  # line 3
        "    holder: Gusmal\n"
        "    from: 2016-02-17\n"
        "    to: 2016-01-01\n"  # line 6: before 'from'
        "  - {office: Sekda, region: Kabupaten Solok, holder: Medison, from: 2020-01-01}\n"  # line 7: a short form
        "  - {office: Kepala Dinas, region: solok, holder: X, from: 2020-01-01}\n"  # line 8: two regions share the name
    )
    curation, problems = parse_curation(text, "curation.yaml", lexicon)
    assert sorted(str(p) for p in problems) == [
        "curation.yaml:2: error: office_holders: 'Bupatti' is not a role of the vocabulary "
        "(src/netralitas_site/data/offices.yaml) (did you mean 'Bupati'?)",
        "curation.yaml:3: error: office_holders: unknown region 'Kabupaten Soolok' (did you mean 'Kabupaten Solok'?)",
        "curation.yaml:6: error: office_holders: 'to' (2016-01-01) is before 'from' (2016-02-17)",
        "curation.yaml:7: error: office_holders: 'Sekda' is not a role of the vocabulary "
        "(src/netralitas_site/data/offices.yaml) (did you mean 'Sekretaris Daerah'?)",
        "curation.yaml:8: error: office_holders: unknown region 'solok' (did you mean 'Kabupaten Solok' or 'Kota Solok'?)",
    ]
    assert curation.holders == []


def test_facts_are_made_canonical_and_an_office_never_named_alone_is_a_warning(lexicon):
    text = (
        "office_holders:\n"
        "  - {office: bupati, region: kabupaten solok, holder: Gusmal, from: 2016-02-17, to: 2021-02-17}\n"
        "  - {office: Staf Ahli, region: Kabupaten Solok, holder: X, from: 2020-01-01, to: null}\n"
    )
    curation, problems = parse_curation(text, "curation.yaml", lexicon)
    assert [str(p) for p in problems] == [
        "curation.yaml:3: warning: office_holders: an office named without its holder is a head of a region "
        "(Bupati, Gubernur, Sekretaris Daerah, Wakil Bupati, Wakil Gubernur, Wakil Wali Kota, Wali Kota); "
        "a fact about 'Staf Ahli' links no article"
    ]
    assert [(h.office, h.region, h.end) for h in curation.holders] == [
        ("Bupati", "Kabupaten Solok", dt.date(2021, 2, 17)),
        ("Staf Ahli", "Kabupaten Solok", None),
    ]
    archive, _ = seed_archive(lexicon, text)
    assert (
        article_record(archive.by_id["004-0987cee8ea61e4de"], archive)["offices"][0]["holder"]
        == "gusmal"
    )


def test_an_unknown_official_id_gets_a_suggestion(lexicon):
    _, problems = seed_archive(lexicon, "merge:\n  - [akbar-ali, medisson]\n")
    assert [str(p) for p in problems] == [
        "curation.yaml:2: error: no official with id 'medisson' (did you mean 'medison'?) "
        "(ids are the last part of pejabat/<id>/ URLs)"
    ]


def test_the_build_reports_a_misspelled_office_at_a_path_from_the_current_directory(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    (articles / "curation.yaml").write_text(
        "office_holders:\n  - {office: Bupatti, region: Kabupaten Solok, holder: Gusmal, from: 2016-02-17, to: 2021-02-17}\n",
        "utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "netralitas_site",
            "build",
            "--articles",
            "articles",
            "--out",
            "site",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "articles/curation.yaml:2: error: office_holders: 'Bupatti' is not a role of the vocabulary "
        "(src/netralitas_site/data/offices.yaml) (did you mean 'Bupati'?)"
    ) in result.stderr.splitlines()
    records = {
        r["source"]: r
        for r in json.loads((tmp_path / "site/data/articles.json").read_text("utf-8"))["articles"]
    }
    assert (
        records["004_0987cee8ea61e4de.txt"]["offices"][0]["holder"] is None
    )  # the bad fact links nothing
