"""`netralitas-site check`: problems and the extraction summary, nothing written."""

import re
import shutil

import pytest

from conftest import SEEDS_DIR
from netralitas_site.commands.cli import main


@pytest.fixture
def seeds(tmp_path):
    """The seed articles without their curation file."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, folder, ignore=shutil.ignore_patterns("curation.y*ml"))
    return folder


def test_check_summarises_the_seed_archive(seeds, tmp_path, monkeypatch, capsys):
    """Counts first, then the entries an editor should look at, then the summary line."""
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--articles", str(seeds)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "articles: 5"
    assert re.fullmatch(
        r"officials: \d+, known by one name only: \d+, possible namesakes: 0", lines[1]
    )
    assert lines[2] == "offices named without a person: 1, without a known holder: 1"
    assert re.fullmatch(r"quotes without a speaker: \d+", lines[3])
    assert lines[4:9] == [
        "dates with the year inferred from the weekday: 1",
        "dates with flags (e.g. weekday-conflict): 0",
        "undated articles: 0",
        "names that are also place, institution or everyday words: 0",
        "officials from outside the story's province: 0",
    ]
    # entries name the file as it opens from where check ran
    assert "  articles/004_0987cee8ea61e4de.txt: Bupati of Kabupaten Solok" in lines
    assert (
        "  articles/004_0987cee8ea61e4de.txt: 2020-10-22 from 'Kamis (22/10)' (weekday-year-clues)"
        in lines
    )
    assert lines[-1].startswith("checked 5 articles, 0 problems in ")
    assert err == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]  # no site written


def test_an_office_holder_fact_settles_the_office(seeds, capsys):
    (seeds / "curation.yaml").write_text(
        "office_holders:\n  - {office: Bupati, region: Kabupaten Solok, holder: Gusmal, from: 2016-02-17, to: 2021-02-17}\n",
        "utf-8",
    )
    assert main(["check", "--articles", str(seeds), "--strict"]) == 0
    out = capsys.readouterr().out
    assert "offices named without a person: 1, without a known holder: 0" in out
    assert "Bupati of Kabupaten Solok" not in out


@pytest.fixture
def broken_articles(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Judul\n\nTeks tanpa tanggal dan tanpa media.\n", "utf-8")
    (articles / "b.txt").write_text("", "utf-8")
    shutil.copy(SEEDS_DIR / "000_fe4877838683bc29.txt", articles)
    return articles


def test_problems_exit_1_only_with_strict(broken_articles, capsys, monkeypatch):
    monkeypatch.chdir(broken_articles.parent)
    assert main(["check", "--articles", str(broken_articles), "--strict"]) == 1
    out, err = capsys.readouterr()
    assert "b.txt: error: file is empty; skipped" in err
    assert "a.txt: warning: no date found in the text" in err
    assert "undated articles: 1" in out and "  articles/a.txt" in out.splitlines()
    # a.txt: no date, no outlet, and its one-word headline 'Judul' is a real doubt (title-doubtful); b.txt: empty
    assert "a.txt:1: warning: headline 'Judul' is one word" in err
    assert out.splitlines()[-1].startswith("checked 2 articles, 4 problems in ")
    assert main(["check", "--articles", str(broken_articles)]) == 0


def test_long_lists_are_cut_unless_all(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(12):
        (articles / f"{n:02}.txt").write_text(
            f"Judul {n}\n\nTeks tanpa tanggal nomor {n}.\n", "utf-8"
        )
    main(["check", "--articles", str(articles)])
    out = capsys.readouterr().out
    assert "  ... and 2 more (--all lists every one)" in out and "  articles/11.txt" not in out
    main(["check", "--articles", str(articles), "--all"])
    assert "  articles/11.txt" in capsys.readouterr().out.splitlines()


def test_missing_articles_folder_is_bad_usage(tmp_path, capsys):
    assert main(["check", "--articles", str(tmp_path / "nope")]) == 2
    assert "articles folder not found" in capsys.readouterr().err


def test_unknown_option_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["check", "--no-such-flag"])
    assert exited.value.code == 2


def test_check_reads_site_yaml(tmp_path, monkeypatch, capsys):
    """The articles folder comes from site.yaml unless --articles says otherwise."""
    (tmp_path / "site.yaml").write_text(f"articles: {SEEDS_DIR}\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    assert "articles: 5" in capsys.readouterr().out.splitlines()


def test_flagged_dates_and_quotes_without_a_speaker_are_listed(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Judul Berita Uji\n\nKabaminang.com – Solok, Senin, 06 November 2024, Bupati Solok Epyardi Asda mengingatkan "
        "ASN agar netral. “Jaga netralitas,” kata seseorang.\n",
        "utf-8",
    )
    assert main(["check", "--articles", str(articles)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "dates with flags (e.g. weekday-conflict): 1" in out
    assert "  articles/a.txt: 2024-11-06 from 'Senin, 06 November 2024' (weekday-conflict)" in out
    assert "quotes without a speaker: 1" in out and "  articles/a.txt:3: Jaga netralitas" in out
