"""One name, two people: namesakes stay apart unless curation.yaml merges them.

The articles here are invented for the rules they test.
"""

from netralitas_site.archive import build_archive
from netralitas_site.commands.check import summarise, summary_lines
from netralitas_site.extract.article import extract_article
from netralitas_site.recognised import name_known_officials
from netralitas_site.sources.curation import parse_curation
from netralitas_site.sources.read import discover_sources

ASISTEN_SOLOK = """Asisten Solok Ingatkan ASN Jaga Netralitas

Arosuka, Kabarsumbar.id – Asisten Pemerintahan Setda Kabupaten Solok, Syahrial, mengingatkan para camat agar menjaga netralitas pada Senin (14/10/2024).
"Camat harus netral," kata Syahrial di Arosuka.
"""

BUPATI_KAMPAR = """Bupati Kampar Resmikan Pasar Baru

Bangkinang, Riaukini.id – Bupati Kampar Syahrial meresmikan pasar baru di Bangkinang pada Rabu (16/10/2024).
"Pasar ini untuk rakyat," ujar Syahrial.
"""

SEKDA_AGAM_2021 = """Sekda Agam Buka Rapat Anggaran

Lubuk Basung, Kabarsumbar.id – Sekretaris Daerah Kabupaten Agam Hendra Saputra membuka rapat anggaran pada Selasa (9/3/2021).
Rapat itu membahas anggaran tahun depan.
"""

PJ_KAMPAR_2024 = """Pj Bupati Kampar Tinjau Banjir

Bangkinang, Riaukini.id – Penjabat Bupati Kampar Hendra Saputra meninjau banjir pada Kamis (7/3/2024).
Ia meminta warga tetap waspada.
"""

KADIS_KAMPAR_2021 = """Kadis Kampar Cek Sekolah

Bangkinang, Riaukini.id – Kepala Dinas Pendidikan Kabupaten Kampar Hendra Saputra mengecek sekolah pada Rabu (10/3/2021).
Sekolah itu baru selesai dibangun.
"""


def archive_of(tmp_path, lexicon, texts: dict[str, str], curation_text: str | None = None):
    folder = tmp_path / "articles"
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    sources, _ = discover_sources(folder)
    articles = [extract_article(s, lexicon)[0] for s in sources]
    curation, problems = (
        parse_curation(curation_text, "curation.yaml") if curation_text else (None, [])
    )
    holders = [(h.holder, h.office) for h in curation.holders] if curation else []
    archive, more = build_archive(
        name_known_officials(articles, lexicon, holders=holders), lexicon, curation
    )
    assert problems + more == []
    return archive


def holders(archive, name):
    return sorted(
        (
            o.id,
            sorted({a.role_normalized for a in o.appearances}),
            sorted({a.region for a in o.appearances}),
        )
        for o in archive.officials.values()
        if o.name == name
    )


def test_one_single_name_in_two_regions_is_two_people(tmp_path, lexicon):
    """An Asisten of Kabupaten Solok and a Bupati of Kampar, both written 'Syahrial', in the same
    week: two records, each with its own office and its own quotes."""
    archive = archive_of(tmp_path, lexicon, {"a": ASISTEN_SOLOK, "b": BUPATI_KAMPAR})
    people = holders(archive, "Syahrial")
    assert len(people) == 2
    assert {tuple(p[1]) for p in people} == {("Asisten",), ("Bupati",)}
    for record in archive.officials.values():
        if record.name == "Syahrial":
            assert {article for article, _ in record.quotes} == set(record.article_ids)


def test_curation_merges_namesakes_that_are_one_person(tmp_path, lexicon):
    archive = archive_of(tmp_path, lexicon, {"a": ASISTEN_SOLOK, "b": BUPATI_KAMPAR})
    ids = [p[0] for p in holders(archive, "Syahrial")]
    merged = archive_of(
        tmp_path / "again",
        lexicon,
        {"a": ASISTEN_SOLOK, "b": BUPATI_KAMPAR},
        f"merge:\n  - [{ids[0]}, {ids[1]}]\n",
    )
    assert len(holders(merged, "Syahrial")) == 1


def test_a_full_name_that_moves_between_provinces_is_one_person(tmp_path, lexicon):
    """Sekda in Agam in 2021, Pj Bupati of Kampar in 2024: a career, not two people."""
    archive = archive_of(tmp_path, lexicon, {"a": SEKDA_AGAM_2021, "b": PJ_KAMPAR_2024})
    assert len(holders(archive, "Hendra Saputra")) == 1


def test_a_full_name_with_two_offices_in_two_provinces_at_once_is_two_people(tmp_path, lexicon):
    archive = archive_of(tmp_path, lexicon, {"a": SEKDA_AGAM_2021, "b": KADIS_KAMPAR_2021})
    assert len(holders(archive, "Hendra Saputra")) == 2


def test_the_record_with_most_mentions_keeps_the_plain_id(tmp_path, lexicon):
    second = ASISTEN_SOLOK.replace("14/10/2024", "21/10/2024")
    archive = archive_of(tmp_path, lexicon, {"a": ASISTEN_SOLOK, "b": BUPATI_KAMPAR, "c": second})
    solok = next(
        o for o in archive.officials.values() if o.name == "Syahrial" and len(o.article_ids) == 2
    )
    assert solok.id == "syahrial"
    kampar = next(
        o for o in archive.officials.values() if o.name == "Syahrial" and o.id != "syahrial"
    )
    assert kampar.id == "syahrial-kabupaten-kampar"


def test_check_lists_namesakes_as_such(tmp_path, lexicon):
    archive = archive_of(tmp_path, lexicon, {"a": ASISTEN_SOLOK, "b": BUPATI_KAMPAR})
    lines = summary_lines(summarise(archive), show_all=True)
    text = "\n".join(lines)
    assert "possible namesakes: 1" in lines[1]
    assert "merge them" not in text  # one name is not one person: check never advises merging
    entry = next(line for line in lines if line.strip().startswith("Syahrial:") and " / " in line)
    assert "Kabupaten Solok" in entry and "Kabupaten Kampar" in entry


def test_an_officials_degrees_are_each_kept_once_as_most_texts_write_them():
    """'M.Si' and 'MSi' are one degree, written the way most mentions write it; a tie keeps the
    conventional form (no space), then the form seen first; degrees in the order first seen."""
    from netralitas_site.archive import merge_degrees

    seen = ["MSi", "M.Si", "SH", "M.Si", "S.H.", "MM"]
    assert merge_degrees(seen) == ["M.Si", "SH", "MM"]
    assert merge_degrees(["M. Si", "M.Si"]) == ["M.Si"]
    assert merge_degrees([]) == []
