"""`netralitas-site new`: an article file with front matter that the next build accepts."""

import datetime as dt
import json

import pytest

from conftest import build
from netralitas_site.commands.cli import main
from netralitas_site.commands.scaffold import file_name, parse_date


def test_new_creates_a_dated_slug_file_with_front_matter(tmp_path, capsys):
    articles = tmp_path / "articles"
    code = main(
        [
            "new",
            "Judul Berita: ASN Harus Netral",
            "--outlet",
            "Kabaminang.com",
            "--date",
            "2024-11-06",
            "--articles",
            str(articles),
        ]
    )
    assert code == 0
    path = articles / "2024-11-06-judul-berita-asn-harus-netral.md"
    assert capsys.readouterr().out == f"created {path}\n"
    text = path.read_text("utf-8")
    assert text.startswith(
        "---\ntitle: 'Judul Berita: ASN Harus Netral'\ndate: 2024-11-06\noutlet: Kabaminang.com\n---\n"
    )
    assert "Kabaminang.com – Rabu, 6 November 2024 – Tulis paragraf pembuka di sini" in text


@pytest.mark.parametrize("outlet", ["Kabaminang.com", "Padang Ekspres", "Warta Nagari"])
def test_next_build_accepts_the_new_file(tmp_path, outlet):
    """Strict build, no problems, and the front matter's title, date and outlet are used."""
    articles = tmp_path / "articles"
    assert (
        main(
            [
                "new",
                "Bupati Ingatkan ASN",
                "--outlet",
                outlet,
                "--date",
                "2024-11-06",
                "--articles",
                str(articles),
            ]
        )
        == 0
    )
    result = build(articles, tmp_path / "site", "--strict")
    assert result.returncode == 0, result.stderr
    assert "built 1 articles" in result.stdout and ", 0 problems" in result.stdout
    [record] = json.loads((tmp_path / "site/data/articles.json").read_text("utf-8"))["articles"]
    assert (record["title"], record["date"], record["outlet"]["name"]) == (
        "Bupati Ingatkan ASN",
        "2024-11-06",
        outlet,
    )


def test_existing_file_is_never_overwritten(tmp_path, capsys):
    articles = tmp_path / "articles"
    args = [
        "new",
        "Judul berita",
        "--outlet",
        "Kabaminang.com",
        "--date",
        "2024-11-06",
        "--articles",
        str(articles),
    ]
    assert main(args) == 0
    path = articles / "2024-11-06-judul-berita.md"
    path.write_text("teks editor\n", "utf-8")
    capsys.readouterr()
    assert main(args) == 1
    assert (
        capsys.readouterr().err
        == f"netralitas-site: error: {path} already exists; not overwritten (choose another title or edit that file)\n"
    )
    assert path.read_text("utf-8") == "teks editor\n"


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("6/11/2024", "'6/11/2024' is not a date written YYYY-MM-DD (e.g. 2024-11-06)"),
        ("2024-02-31", "'2024-02-31' is not a day of the calendar"),
    ],
)
def test_bad_date_is_bad_usage(tmp_path, capsys, date, message):
    articles = tmp_path / "articles"
    assert (
        main(["new", "Judul", "--outlet", "X.com", "--date", date, "--articles", str(articles)])
        == 2
    )
    assert capsys.readouterr().err == f"netralitas-site: error: --date: {message}\n"
    assert not articles.exists()


def test_outlet_is_required_and_title_not_empty(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["new", "Judul", "--date", "2024-11-06"])
    assert exited.value.code == 2
    assert main(["new", "  ", "--outlet", "X.com", "--articles", str(tmp_path)]) == 2


def test_date_defaults_to_today_and_folder_to_site_yaml(tmp_path, monkeypatch):
    (tmp_path / "site.yaml").write_text("articles: teks\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["new", "Judul", "--outlet", "X.com"]) == 0
    assert (tmp_path / "teks" / file_name("Judul", dt.date.today())).is_file()


def test_file_name_is_short_and_safe():
    day = parse_date("2024-11-06")
    assert (
        file_name('Pjs. Bupati Solok: "Jaga Netralitas!" / 2024', day)
        == "2024-11-06-pjs-bupati-solok-jaga-netralitas-2024.md"
    )
    assert len(file_name("kata " * 50, day)) <= len("2024-11-06-") + 60 + 3
    assert file_name("???", day) == "2024-11-06-artikel.md"
