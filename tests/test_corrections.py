"""Front matter and side files: a field the user gives wins; a bad one is a clear problem."""

import json
import shutil

from conftest import SEEDS_DIR, build


def records(out):
    return {r["source"]: r for r in json.loads((out / "data/articles.json").read_text("utf-8"))["articles"]}


def test_markdown_front_matter_wins_over_extraction(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "berita.md").write_text(
        "---\ntitle: Judul dari Editor\ndate: 2024-11-20\noutlet: {name: Padangkita.com, domain: padangkita.com}\n"
        "regions: [Kota Padang]\n---\n"
        "# Judul Asli Berkas\n\nPADANG, Klikpositif - Wali Kota Padang, Hendri Septa, meminta ASN netral, Rabu (13/11/2024).\n",
        "utf-8",
    )
    result = build(articles, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    record = records(tmp_path / "site")["berita.md"]
    assert (record["title"], record["date"], record["date_method"]) == ("Judul dari Editor", "2024-11-20", "front-matter")
    assert record["outlet"] == {"id": "padangkita-com", "name": "Padangkita.com", "domain": "padangkita.com"}
    assert [r["name"] for r in record["regions"]] == ["Kota Padang"]
    assert [o["name"] for o in record["officials"]] == ["Hendri Septa"]
    assert sorted(record["corrected"]) == ["date", "outlet", "regions", "title"]


def test_side_file_corrects_a_txt_without_touching_it(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    original = (articles / "004_0987cee8ea61e4de.txt").read_bytes()
    (articles / "004_0987cee8ea61e4de.yaml").write_text("date: 2020-10-23\nauthor: Imelda\n", "utf-8")
    assert build(articles, tmp_path / "site").returncode == 0
    record = records(tmp_path / "site")["004_0987cee8ea61e4de.txt"]
    assert (record["date"], record["byline"]["author"], record["byline"]["editor"]) == ("2020-10-23", "Imelda", "BiNews")
    assert (articles / "004_0987cee8ea61e4de.txt").read_bytes() == original


def test_bad_fields_name_file_and_line_and_the_article_still_builds(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    (articles / "001_9ea44454789fb8b7.yaml").write_text("title: Judul Baru\ntanggal: 2024-01-01\ndate: 2024-02-31\n", "utf-8")
    result = build(articles, tmp_path / "site", "--strict")
    assert result.returncode == 1
    assert "001_9ea44454789fb8b7.yaml:2: error: unknown field 'tanggal'" in result.stderr
    assert "001_9ea44454789fb8b7.yaml:3: error: field 'date': '2024-02-31' is not a date" in result.stderr
    record = records(tmp_path / "site")["001_9ea44454789fb8b7.txt"]
    assert (record["title"], record["date"]) == ("Judul Baru", "2024-09-30")


def test_broken_yaml_is_reported_with_its_line(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    (articles / "002_03c4d5d46eab7ade.yaml").write_text("title: ok\ndate: [2024\n", "utf-8")
    result = build(articles, tmp_path / "site")
    assert result.returncode == 0
    assert "002_03c4d5d46eab7ade.yaml:3: error: YAML could not be read" in result.stderr
    assert "002_03c4d5d46eab7ade.txt" in records(tmp_path / "site")


def test_a_corrected_field_silences_the_warning_it_answers(tmp_path):
    """No date and no outlet in the text: the build warns of both, naming the file; once a side
    file gives them, it does not warn again (the correction is the answer)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "tanpa-tanggal.txt").write_text(
        "ASN Diminta Netral\n\nSekretaris Daerah Kabupaten Agam, Edi Busti, meminta seluruh ASN menjaga netralitas "
        "selama tahapan Pilkada berlangsung di daerah itu.\n", "utf-8")
    warned = build(articles, tmp_path / "site")
    assert warned.returncode == 0, warned.stderr
    assert "tanpa-tanggal.txt: warning: no date found in the text" in warned.stderr
    assert "tanpa-tanggal.txt" in warned.stderr and "no outlet found" in warned.stderr
    (articles / "tanpa-tanggal.yaml").write_text("date: 2024-11-12\noutlet: {name: Padangkita.com, domain: padangkita.com}\n", "utf-8")
    quiet = build(articles, tmp_path / "site")
    assert quiet.returncode == 0, quiet.stderr
    assert "no date found" not in quiet.stderr and "no outlet found" not in quiet.stderr
    record = records(tmp_path / "site")["tanpa-tanggal.txt"]
    assert (record["date"], record["outlet"]["name"]) == ("2024-11-12", "Padangkita.com")
