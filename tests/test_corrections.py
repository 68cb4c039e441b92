"""Front matter and side files: a field the user gives wins; a bad one is a clear problem."""

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace

from conftest import REPO, SEEDS_DIR, build
from netralitas_site.extraction import extract_source
from netralitas_site.lexicon import load_lexicon
from netralitas_site.problems import Report
from netralitas_site.sources.corrections import apply_corrections
from netralitas_site.sources.fields import parse_fields
from netralitas_site.sources.read import read_source


def records(out):
    return {
        r["source"]: r
        for r in json.loads((out / "data/articles.json").read_text("utf-8"))["articles"]
    }


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
    assert (record["title"], record["date"], record["date_method"]) == (
        "Judul dari Editor",
        "2024-11-20",
        "front-matter",
    )
    assert record["outlet"] == {
        "id": "padangkita-com",
        "name": "Padangkita.com",
        "domain": "padangkita.com",
    }
    assert [r["name"] for r in record["regions"]] == ["Kota Padang"]
    assert [o["name"] for o in record["officials"]] == ["Hendri Septa"]
    assert sorted(record["corrected"]) == ["date", "outlet", "regions", "title"]


def test_side_file_corrects_a_txt_without_touching_it(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    original = (articles / "004_0987cee8ea61e4de.txt").read_bytes()
    (articles / "004_0987cee8ea61e4de.yaml").write_text(
        "date: 2020-10-23\nauthor: Imelda\n", "utf-8"
    )
    assert build(articles, tmp_path / "site").returncode == 0
    record = records(tmp_path / "site")["004_0987cee8ea61e4de.txt"]
    assert (record["date"], record["byline"]["author"], record["byline"]["editor"]) == (
        "2020-10-23",
        "Imelda",
        "BiNews",
    )
    assert (articles / "004_0987cee8ea61e4de.txt").read_bytes() == original


def test_bad_fields_name_file_and_line_and_the_article_still_builds(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    (articles / "001_9ea44454789fb8b7.yaml").write_text(
        "title: Judul Baru\ntanggal: 2024-01-01\ndate: 2024-02-31\n", "utf-8"
    )
    result = build(articles, tmp_path / "site", "--strict")
    assert result.returncode == 1
    assert "001_9ea44454789fb8b7.yaml:2: error: unknown field 'tanggal'" in result.stderr
    assert (
        "001_9ea44454789fb8b7.yaml:3: error: field 'date': '2024-02-31' is not a date"
        in result.stderr
    )
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
        "selama tahapan Pilkada berlangsung di daerah itu.\n",
        "utf-8",
    )
    warned = build(articles, tmp_path / "site")
    assert warned.returncode == 0, warned.stderr
    assert "tanpa-tanggal.txt: warning: no date found in the text" in warned.stderr
    assert "tanpa-tanggal.txt" in warned.stderr and "no outlet found" in warned.stderr
    (articles / "tanpa-tanggal.yaml").write_text(
        "date: 2024-11-12\noutlet: {name: Padangkita.com, domain: padangkita.com}\n", "utf-8"
    )
    quiet = build(articles, tmp_path / "site")
    assert quiet.returncode == 0, quiet.stderr
    assert "no date found" not in quiet.stderr and "no outlet found" not in quiet.stderr
    record = records(tmp_path / "site")["tanpa-tanggal.txt"]
    assert (record["date"], record["outlet"]["name"]) == ("2024-11-12", "Padangkita.com")


# --- officials: corrections patch the extracted list ------------------------------------------

ARTICLE = (  # invented: three officials, two of them quoted
    "Bupati Tanah Datar Ingatkan ASN Jaga Netralitas\n"
    "\n"
    "Kabaminang.com – Batusangkar, Rabu, 06 November 2024 – Bupati Tanah Datar, Hendra Wijaya, SE, MM, "
    "mengingatkan seluruh ASN agar menjaga netralitas selama Pilkada. Rapat itu juga dihadiri Sekretaris Daerah "
    "Kabupaten Tanah Datar, Rudi Hartono, S.STP, M.Si, dan Ketua Bawaslu Kabupaten Tanah Datar, Yusrizal.\n"
    "\n"
    "“ASN tidak boleh ikut berkampanye,” ujar Hendra Wijaya.\n"
    "\n"
    "“Kami akan mengawasi setiap pelanggaran netralitas,” kata Yusrizal.\n"
    "\n"
    "Menurut Hendra, sanksi tegas menanti ASN yang melanggar.\n"
)


def corrected(tmp_path, side: str, text: str = ARTICLE):
    """(article, problems as printed) of the invented article with `side` as its side file."""
    (tmp_path / "berita.txt").write_text(text, "utf-8")
    (tmp_path / "berita.yaml").write_text(side, "utf-8")
    source, problems = read_source(tmp_path / "berita.txt", "berita.txt")
    article, more = extract_source(source)
    return article, printed(problems + more)


def printed(problems) -> list[str]:
    """The problems as the build prints them: by file and line, errors first."""
    report = Report()
    report.extend(problems)
    return report.lines(max_per_code=100)


def officials(article):
    return {o.name: o for o in article.officials}


def speakers(article):
    return [q.speaker for q in article.quotes]


def test_an_entry_changes_only_its_official_and_only_the_fields_it_gives(tmp_path):
    article, problems = corrected(
        tmp_path, "officials:\n  - {name: Rudi Hartono, role: Sekda Tanah Datar}\n"
    )
    assert problems == []
    assert sorted(officials(article)) == ["Hendra Wijaya", "Rudi Hartono", "Yusrizal"]
    rudi = officials(article)["Rudi Hartono"]
    assert (rudi.role, rudi.role_normalized, rudi.degrees, rudi.region) == (
        "Sekda Tanah Datar",
        "Sekretaris Daerah",
        ("S.STP", "M.Si"),
        "Kabupaten Tanah Datar",
    )
    assert speakers(article) == ["hendra wijaya", "yusrizal"]
    assert article.corrected == ("officials",)


def test_entries_match_by_id_by_alias_and_without_case_or_accents(tmp_path):
    side = (
        "officials:\n"
        "  - {id: yusrizal, name: Yusrizal Amir, degrees: [S.H]}\n"  # with an id, the name is corrected
        "  - {name: HENDRA, institution: Pemerintah Kabupaten Tanah Datar}\n"  # an alias, in capitals
        "  - {name: Rúdi HARTONO, region: kabupaten tanah datar}\n"
    )  # an accent the text does not have
    article, problems = corrected(tmp_path, side)
    assert problems == []
    assert sorted(officials(article)) == ["Hendra Wijaya", "Rudi Hartono", "Yusrizal Amir"]
    assert officials(article)["Yusrizal Amir"].degrees == ("S.H",)
    assert officials(article)["Rudi Hartono"].region == "Kabupaten Tanah Datar"
    assert speakers(article) == [
        "hendra wijaya",
        "yusrizal amir",
    ]  # the renamed official keeps his quote


def test_an_entry_naming_nobody_adds_an_official(tmp_path):
    article, problems = corrected(
        tmp_path,
        "officials:\n  - {name: Maya Sari, role: Camat Lima Kaum, region: Kabupaten Tanah Datar}\n",
    )
    assert problems == []
    maya = officials(article)["Maya Sari"]
    assert (maya.key, maya.role_normalized, maya.region) == (
        "maya sari",
        "Camat",
        "Kabupaten Tanah Datar",
    )
    assert len(article.officials) == 4


def test_removing_an_official_leaves_its_quotes_without_speaker_and_says_so(tmp_path):
    article, problems = corrected(tmp_path, "officials:\n  - name: Yusrizal\n    remove: true\n")
    assert sorted(officials(article)) == ["Hendra Wijaya", "Rudi Hartono"]
    assert speakers(article) == ["hendra wijaya", None]
    assert problems == [
        "berita.yaml:2: warning: field 'officials': removing 'Yusrizal' leaves 1 quote of berita.txt "
        "without a speaker (line 7)"
    ]


def test_replacing_the_list_is_explicit_and_reported(tmp_path):
    side = "officials_replace: true\nofficials:\n  - Hendra Wijaya\n  - {name: Maya Sari}\n"
    article, problems = corrected(tmp_path, side)
    assert sorted(officials(article)) == ["Hendra Wijaya", "Maya Sari"]
    assert officials(article)["Hendra Wijaya"].degrees == (
        "SE",
        "MM",
    )  # a named official keeps what was extracted
    assert speakers(article) == ["hendra wijaya", None]
    assert problems == [
        "berita.yaml:1: warning: field 'officials': removing 'Rudi Hartono', 'Yusrizal' leaves 1 quote "
        "of berita.txt without a speaker (line 7)"
    ]


def test_entries_that_cannot_be_applied_are_errors_and_change_nothing(tmp_path):
    article, _ = corrected(tmp_path, "")
    rudi = next(o for o in article.officials if o.name == "Rudi Hartono")
    article = replace(
        article,
        officials=tuple(
            replace(o, aliases=("Hendra",)) if o is rudi else o for o in article.officials
        ),
    )
    side = (
        "officials:\n"
        "  - {name: hendra, role: Ketua}\n"  # line 2: the alias of two officials
        "  - {id: rudy-hartono, degrees: [M.Si]}\n"  # line 3: no such id
        "  - {name: Rudi Hartono, role: Sekda}\n"
        "  - {name: rudi hartono, role: Camat}\n"  # line 5: the same official again
        "  - {role: Bupati}\n"  # line 6: says nobody
        "  - {name: Tidak Ada, remove: true}\n"  # line 7: nobody to remove
        "  - {id: yusrizal, remove: yes please}\n"
    )  # line 8: not true or false
    fields, problems = parse_fields(side, "berita.yaml")
    patched, problems = apply_corrections(article, fields, None, load_lexicon())
    assert printed(problems) == [
        "berita.yaml:2: error: field 'officials': official 1 ('hendra') matches both 'Hendra Wijaya' (id hendra-wijaya) "
        "and 'Rudi Hartono' (id rudi-hartono); give the 'id' of the one you mean",
        "berita.yaml:3: error: field 'officials': official 2 ('rudy-hartono'): no official with id 'rudy-hartono' in this "
        "article (did you mean 'rudi-hartono'?); ids: hendra-wijaya, rudi-hartono, yusrizal",
        "berita.yaml:5: error: field 'officials': official 4 ('rudi hartono') names 'Rudi Hartono' again, already "
        "corrected on line 4; this entry is not used",
        "berita.yaml:6: error: field 'officials': official 5 needs an 'id' or a 'name' to say who it is",
        "berita.yaml:7: error: field 'officials': official 6 ('Tidak Ada'): there is no 'Tidak Ada' to remove",
        "berita.yaml:8: error: field 'officials': official 7 ('yusrizal'): 'remove' is true or false, got 'yes please'",
    ]
    assert [o.role for o in patched.officials] == [
        "Bupati Tanah Datar",
        "Sekda",
        "Ketua Bawaslu Kabupaten Tanah Datar",
    ]
    assert patched.quotes == article.quotes


def test_a_name_close_to_an_extracted_one_is_added_with_a_warning(tmp_path):
    article, problems = corrected(
        tmp_path, "officials:\n  - {name: Rudi Hartanto, role: Kepala Dinas Pendidikan}\n"
    )
    assert problems == [
        "berita.yaml:2: warning: field 'officials': official 1 ('Rudi Hartanto') names nobody found in "
        "the text, so it is added as a new official (did you mean 'Rudi Hartono'?)"
    ]
    assert len(article.officials) == 4


# --- every nested value validated at its own line ---------------------------------------------


def test_nested_values_are_checked_at_their_line_with_suggestions(tmp_path):
    side = (
        "title: Judul Baru\n"
        "officials:\n"
        "  - name: Rudi Hartono\n"
        "    region: Kabupaten Tanah Dattar\n"  # line 4
        "    role_normalized: Sekertaris Daerah\n"  # line 5
        "    degrees:\n"
        "      - S.STP\n"
        "      - M.Sii\n"  # line 8
        "    jabatan: Sekda\n"  # line 9
        "  - {name: Yusrizal, region: Solok}\n"  # line 10
        "regions: [Kabupaten Tanah Datar, Kota Padang Panjangg]\n"
    )  # line 11
    article, problems = corrected(tmp_path, side)
    assert problems == [
        "berita.yaml:4: error: field 'officials': official 1 ('Rudi Hartono'): unknown region 'Kabupaten Tanah Dattar' "
        "(did you mean 'Kabupaten Tanah Datar'?); the extracted region is kept",
        "berita.yaml:5: error: field 'officials': official 1 ('Rudi Hartono'): 'role_normalized': 'Sekertaris Daerah' is "
        "not a role of the vocabulary (src/netralitas_site/data/offices.yaml) (did you mean 'Sekretaris Daerah'?); "
        "the extracted one is kept",
        "berita.yaml:8: warning: field 'officials': official 1 ('Rudi Hartono'): 'M.Sii' is not a known title or degree "
        "(did you mean 'M.Si'?); kept as written",
        "berita.yaml:9: error: field 'officials': official 1: unknown key 'jabatan'; keys: id, name, degrees, role, "
        "role_normalized, institution, region, remove",
        "berita.yaml:10: error: field 'officials': official 2 ('Yusrizal'): unknown region 'Solok' (did you mean "
        "'Kabupaten Solok' or 'Kota Solok'?); the extracted region is kept",
        "berita.yaml:11: error: field 'regions': unknown region 'Kota Padang Panjangg' (did you mean 'Kota Padang Panjang'?); "
        "the extracted regions are kept",
    ]
    rudi = officials(article)["Rudi Hartono"]
    assert (rudi.region, rudi.role_normalized, rudi.degrees) == (
        "Kabupaten Tanah Datar",
        "Sekretaris Daerah",
        ("S.STP", "M.Sii"),
    )
    assert article.title == "Judul Baru" and [r.name for r in article.regions] == [
        "Kabupaten Tanah Datar"
    ]


def test_front_matter_values_are_checked_at_their_line_in_the_file(tmp_path):
    (tmp_path / "berita.md").write_text(
        "---\ntitle: Judul\nofficials:\n  - name: Hendra Wijaya\n    region: Kabupaten Tanah Datarr\n---\n"
        + ARTICLE,
        "utf-8",
    )
    source, problems = read_source(tmp_path / "berita.md", "berita.md")
    article, more = extract_source(source)
    assert printed(problems + more) == [
        "berita.md:5: error: field 'officials': official 1 ('Hendra Wijaya'): unknown region 'Kabupaten Tanah Datarr' "
        "(did you mean 'Kabupaten Tanah Datar'?); the extracted region is kept"
    ]


def test_a_side_file_field_the_front_matter_also_gives_is_reported(tmp_path):
    (tmp_path / "berita.md").write_text("---\ntitle: Dari Depan\n---\n" + ARTICLE, "utf-8")
    (tmp_path / "berita.yaml").write_text("author: Rina\ntitle: Dari Samping\n", "utf-8")
    source, problems = read_source(tmp_path / "berita.md", "berita.md")
    article, more = extract_source(source)
    assert printed(problems + more) == [
        "berita.yaml:2: warning: 'title' is also given in the front matter of berita.md (line 2), which wins; this one is not used"
    ]
    assert (article.title, article.byline.author) == ("Dari Depan", "Rina")


# --- paths printed from where the command runs -------------------------------------------------


def run_cli(cwd, *args):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.run(
        [sys.executable, "-m", "netralitas_site", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
    )


def test_the_build_corrects_one_official_and_prints_clickable_paths(tmp_path):
    """Run from the folder above `articles/`: messages name articles/004_x.yaml:7, not 004_x.yaml:7;
    run from elsewhere, the absolute path. The other officials and their quotes are kept."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    (articles / "001_9ea44454789fb8b7.yaml").write_text(
        "officials:\n  - name: Medison\n    region: Kabupaten Soolok\n", "utf-8"
    )
    result = run_cli(tmp_path, "build", "--articles", "articles", "--out", "site")
    assert result.returncode == 0, result.stderr
    message = (
        "001_9ea44454789fb8b7.yaml:3: error: field 'officials': official 1 ('Medison'): unknown region "
        "'Kabupaten Soolok' (did you mean 'Kabupaten Solok'?); the extracted region is kept"
    )
    assert f"\narticles/{message}\n" in "\n" + result.stderr
    record = records(tmp_path / "site")["001_9ea44454789fb8b7.txt"]
    assert [o["name"] for o in record["officials"]] == [
        "Akbar Ali",
        "Titony Tanjung",
        "Medison",
        "Syahrial",
    ]
    assert [q["speaker"] for q in record["quotes"]] == [
        "titony-tanjung",
        "akbar-ali",
        "akbar-ali",
        "titony-tanjung",
    ]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    checked = run_cli(elsewhere, "check", "--articles", str(articles))
    assert f"\n{articles}/{message}\n" in "\n" + checked.stderr
