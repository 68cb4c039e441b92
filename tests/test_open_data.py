"""The open data as the tools analysts use read it: CSV in the csv module and pandas (with a
byte-order mark for Excel), the SQLite database in sqlite3 and Datasette, every JSON file against
its JSON Schema, the CSV files against their Frictionless data package."""

from __future__ import annotations

import csv
import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from conftest import SEEDS_DIR, build
from netralitas_site.exports.schemas import schema_name_of
from netralitas_site.exports.tables import TABLES

BASE = "https://arsip.example.org/netralitas"
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def open_site(synthetic_corpus, tmp_path_factory) -> Path:
    """The seed articles (with curation.yaml's office holders) and the 300 synthetic ones."""
    root = tmp_path_factory.mktemp("open-data")
    articles = root / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    for path in sorted(synthetic_corpus[0].iterdir()):
        shutil.copyfile(path, articles / path.name)
    result = build(articles, root / "site", "--quiet", "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    return root / "site"


def load(site: Path, name: str) -> list[dict]:
    return json.loads((site / f"data/{name}.json").read_text("utf-8"))[name]


def expected_counts(site: Path) -> dict[str, int]:
    """Rows each table must have, counted from the JSON exports."""
    articles = load(site, "articles")
    mentions = 0
    for record in articles:
        named = {o["id"] for o in record["officials"]}
        mentions += len(named) + len(
            {o["holder"] for o in record["offices"] if o["holder"] and o["holder"] not in named}
        )
    return {
        "articles": len(articles),
        "officials": len(load(site, "officials")),
        "mentions": mentions,
        "quotes": sum(len(r["quotes"]) for r in articles),
        "outlets": len(load(site, "outlets")),
        "article_regions": sum(len({x["id"] for x in r["regions"]}) for r in articles),
    }


def read_csv(site: Path, table: str) -> list[dict]:
    with (site / f"data/{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_csv_starts_with_a_byte_order_mark_and_loads_in_csv_and_pandas(open_site, table):
    import pandas

    path = open_site / table.csv_path
    assert path.read_bytes().startswith(
        b"\xef\xbb\xbfid," if table.columns[0].name == "id" else b"\xef\xbb\xbf"
    )
    names = [c.name for c in table.csv_columns()]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == names
    frame = pandas.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == names, "pandas reads the header without the byte-order mark"
    assert len(frame) == len(rows)
    expected = expected_counts(open_site)
    if table.name in expected:
        assert len(rows) == expected[table.name]
    if table.name == "regions":
        assert {r["id"] for r in load(open_site, "regions")} <= {r["id"] for r in rows}


def test_one_value_per_cell_and_inferred_dates_are_marked(open_site):
    articles = {r["id"]: r for r in load(open_site, "articles")}
    rows = read_csv(open_site, "articles")
    inferred = {r["id"] for r in rows if r["date_inferred"] == "true"}
    assert inferred and inferred == {
        i for i, r in articles.items() if r["date"] and r["date_method"].startswith("weekday-year")
    }
    assert {r["date_inferred"] for r in rows} == {"true", "false"}
    for row in rows:
        record = articles[row["id"]]
        assert row["date_method"] == record["date_method"] and row["author"] == (
            record["byline"]["author"] or ""
        )
        assert row["editor"] == (record["byline"]["editor"] or "") and row["url"] == ""
        assert int(row["regions_count"]) == len(record["regions"]) and int(
            row["quotes_count"]
        ) == len(record["quotes"])
    # roles over time pivot from mentions: one official, one role per article
    mentions = read_csv(open_site, "mentions")
    akbar = [m for m in mentions if m["official_id"] == "akbar-ali"]
    assert len(akbar) == len({m["article_id"] for m in akbar}) >= 3
    assert all(";" not in m["role"] for m in mentions)
    assert any(m["inferred"] == "true" and m["official_id"] == "gusmal" for m in mentions), (
        "curated office holder"
    )


def test_officials_have_a_region_and_first_and_last_dates(open_site):
    rows = {r["id"]: r for r in read_csv(open_site, "officials")}
    akbar = rows["akbar-ali"]
    assert (akbar["region"], akbar["region_id"]) == ("Kabupaten Solok", "kabupaten-solok")
    assert akbar["first_seen"] <= akbar["last_seen"] and akbar["first_seen"]
    assert sum(bool(r["region"]) for r in rows.values()) > len(rows) / 2


def test_page_addresses_are_absolute_with_a_base_url(open_site, tmp_path):
    for table in ("articles", "officials", "outlets", "quotes"):
        assert all(row["page"].startswith(BASE + "/") for row in read_csv(open_site, table)), table
    quote = next(q for q in read_csv(open_site, "quotes") if q["anchor"])
    assert quote["page"].endswith(f"/index.html#{quote['anchor']}")
    assert build(SEEDS_DIR, tmp_path / "site", "--quiet").returncode == 0
    assert {row["page"] for row in read_csv(tmp_path / "site", "articles")} == {
        f"artikel/{r['id']}/index.html" for r in load(tmp_path / "site", "articles")
    }


def test_database_has_keys_indexes_and_full_text(open_site):
    expected = expected_counts(open_site)
    with sqlite3.connect(f"file:{open_site / 'data/archive.sqlite'}?mode=ro", uri=True) as db:
        for table, count in expected.items():
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA user_version").fetchone() == (1,)
        assert db.execute(
            'SELECT "from", "table" FROM pragma_foreign_key_list(\'mentions\') ORDER BY "from"'
        ).fetchall() == [
            ("article_id", "articles"),
            ("official_id", "officials"),
            ("outlet_id", "outlets"),
            ("region_id", "regions"),
        ]
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {
            "mentions_official_id",
            "mentions_role_normalized",
            "quotes_speaker_id",
            "articles_date",
        } <= indexes
        titles = [t for (t,) in db.execute("SELECT title FROM articles")]
        found = db.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'title:netralitas'"
        ).fetchone()[0]
        assert found == sum(bool(re.search(r"\bnetralitas\b", t, re.I)) for t in titles) > 0
        text = db.execute(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH 'text:Akbar'"
        ).fetchall()
        assert text and all(
            "Akbar" in db.execute("SELECT text FROM articles WHERE id = ?", r).fetchone()[0]
            for r in text
        )
        spoken = db.execute(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'speaker:Akbar'"
        ).fetchone()[0]
        assert (
            spoken
            == db.execute("SELECT count(*) FROM quotes WHERE speaker LIKE '%Akbar%'").fetchone()[0]
            > 0
        )


def test_database_is_byte_identical_across_builds(seed_site, tmp_path):
    again = tmp_path / "site"
    assert (
        build(
            SEEDS_DIR,
            again,
            "--quiet",
            "--base-url",
            "https://arsip.example.org/netralitas",
            "--no-cache",
        ).returncode
        == 0
    )
    assert (again / "data/archive.sqlite").read_bytes() == (
        seed_site / "data/archive.sqlite"
    ).read_bytes()


def published_json(site: Path) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in sorted(site.rglob("*.json")):
        name = schema_name_of(path.relative_to(site).as_posix())
        if name:
            found.setdefault(name, []).append(path)
    return found


def test_every_json_file_validates_against_its_schema(open_site):
    from jsonschema import Draft202012Validator, FormatChecker

    files = published_json(open_site)
    assert set(files) == {
        "articles",
        "officials",
        "outlets",
        "regions",
        "official",
        "article",
        "outlet",
        "region",
        "citations",
    }
    assert len(files["article"]) == len(load(open_site, "articles"))
    assert len(files["outlet"]) == len(load(open_site, "outlets"))
    assert len(files["citations"]) == len(load(open_site, "articles")) + 1
    for name, paths in files.items():
        schema = json.loads((open_site / f"data/schema/{name}.schema.json").read_text("utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema, format_checker=FormatChecker())
        for path in paths:
            errors = [
                f"{list(e.absolute_path)}: {e.message}"
                for e in validator.iter_errors(json.loads(path.read_text("utf-8")))
            ]
            assert errors == [], path


def test_a_schema_rejects_a_record_that_drifts(open_site):
    from jsonschema import Draft202012Validator

    schema = json.loads((open_site / "data/schema/articles.schema.json").read_text("utf-8"))
    data = json.loads((open_site / "data/articles.json").read_text("utf-8"))
    data["articles"][0]["date"] = "6 November 2024"
    data["articles"][1]["renamed"] = data["articles"][1].pop("title")
    messages = [e.message for e in Draft202012Validator(schema).iter_errors(data)]
    assert any("does not match" in m for m in messages) and any(
        "'title' is a required property" in m for m in messages
    )


def test_per_entity_data_files(open_site):
    for record in load(open_site, "articles"):
        own = json.loads((open_site / f"artikel/{record['id']}/data.json").read_text("utf-8"))
        assert own["article"] == record and own["citation"]["id"] == record["id"]
    for outlet in load(open_site, "outlets"):
        own = json.loads((open_site / f"media/{outlet['id']}/data.json").read_text("utf-8"))
        assert sorted(a["id"] for a in own["articles"]) == sorted(outlet["articles"])
    for region in load(open_site, "regions"):
        own = json.loads((open_site / f"wilayah/{region['id']}/data.json").read_text("utf-8"))
        assert sorted(own["direct"]) == sorted(region["articles"])
        assert set(own["direct"]) <= {a["id"] for a in own["articles"]}


def frictionless(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "frictionless"), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_frictionless_validates_the_data_package(open_site, tmp_path):
    result = frictionless("validate", "data/datapackage.json", cwd=open_site)
    assert result.returncode == 0, result.stdout[-3000:]
    package = json.loads((open_site / "data/datapackage.json").read_text("utf-8"))
    assert [r["path"] for r in package["resources"]] == [
        t.csv_path.removeprefix("data/") for t in TABLES
    ]
    # the keys between tables are checked: a mention of an official who is not there fails
    broken = tmp_path / "data"
    shutil.copytree(
        open_site / "data", broken, ignore=shutil.ignore_patterns("*.sqlite", "*.json", "schema")
    )
    shutil.copyfile(open_site / "data/datapackage.json", broken / "datapackage.json")
    lines = (broken / "mentions.csv").read_text("utf-8-sig").splitlines()
    lines[1] = re.sub(r"^([^,]+),([^,]+),", r"\1,nobody-at-all,", lines[1])
    (broken / "mentions.csv").write_text("\ufeff" + "\n".join(lines) + "\n", "utf-8")
    result = frictionless("validate", "datapackage.json", cwd=broken)
    assert result.returncode != 0 and "foreign-key" in result.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


def test_datasette_serves_the_documented_database(open_site, tmp_path):
    """`datasette data/` opens the database with its metadata; each table, a facet and the
    full-text index answer over its JSON API with the counts of the JSON exports."""
    port = free_port()
    log = (tmp_path / "datasette.log").open("w")
    server = subprocess.Popen(
        [str(BIN / "datasette"), "serve", "data", "--host", "127.0.0.1", "--port", str(port)],
        cwd=open_site,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    root = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get_json(root + "/-/versions.json")
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, (
                    tmp_path / "datasette.log"
                ).read_text()
                time.sleep(0.25)
        metadata = get_json(root + "/-/metadata.json")
        assert metadata["title"] == "Arsip Netralitas ASN" and "outlets" in metadata["license"]
        assert (
            "clean text"
            in metadata["databases"]["archive"]["tables"]["articles"]["columns"]["text"]
        )
        for table, count in expected_counts(open_site).items():
            assert (
                get_json(f"{root}/archive/{table}.json?_size=0")["filtered_table_rows_count"]
                == count
            ), table
        facet = get_json(f"{root}/archive/mentions.json?_size=0&_facet=role_normalized")[
            "facet_results"
        ]["role_normalized"]
        counts = Counter(m["role_normalized"] for m in read_csv(open_site, "mentions"))
        assert facet["results"] and all(r["count"] == counts[r["value"]] for r in facet["results"])
        titles = [r["title"] for r in load(open_site, "articles")]
        found = get_json(f"{root}/archive/articles.json?_size=0&_search_title=netralitas")[
            "filtered_table_rows_count"
        ]
        assert found == sum(bool(re.search(r"\bnetralitas\b", t, re.I)) for t in titles) > 0
        quotes = [q["text"] for r in load(open_site, "articles") for q in r["quotes"]]
        found = get_json(f"{root}/archive/quotes.json?_size=0&_search=netralitas")[
            "filtered_table_rows_count"
        ]
        assert found == sum(bool(re.search(r"\bnetralitas\b", q, re.I)) for q in quotes) > 0
        with urllib.request.urlopen(f"{root}/archive/articles", timeout=30) as response:
            assert "One row per article" in response.read().decode("utf-8"), (
                "the table's description is shown"
            )
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
