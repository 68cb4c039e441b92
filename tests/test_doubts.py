"""Doubt made visible: what the archive is unsure of is listed by `check` and on the data-quality
page, with the file to fix. The articles here are invented for the rules they test."""

from dataclasses import replace

from netralitas_site.archive import build_archive
from netralitas_site.commands.check import summarise, summary_lines
from netralitas_site.extract.article import extract_article
from netralitas_site.site.quality import names_like_words, officials_outside_province
from netralitas_site.sources.read import discover_sources

SOLOK_WITH_A_VISITOR = """Bupati Solok Buka Rakor Netralitas ASN

Arosuka, Kabarsumbar.id – Pemerintah Kabupaten Solok menggelar rapat koordinasi netralitas ASN pada Senin (14/10/2024). Bupati Solok Epyardi Asda membuka rapat itu.
Rapat juga dihadiri Bupati Kampar Syahrial yang sedang berkunjung.
"ASN harus netral," kata Epyardi.
"""


def archive_of(tmp_path, lexicon, text, rename=None):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(text, "utf-8")
    sources, _ = discover_sources(folder)
    article = extract_article(sources[0], lexicon)[0]
    if rename:
        article = replace(
            article,
            officials=tuple(replace(o, name=rename.get(o.name, o.name)) for o in article.officials),
        )
    archive, _ = build_archive([article], lexicon)
    return archive


def test_an_official_from_another_province_is_listed_with_the_file(tmp_path, lexicon):
    archive = archive_of(tmp_path, lexicon, SOLOK_WITH_A_VISITOR)
    assert {r.name for r in archive.articles[0].regions} == {"Kabupaten Solok"}
    entries = officials_outside_province(archive, lexicon)
    assert [
        (e["name"], e["region"], e["count"], e["places"][0]["source"], e["places"][0]["fix"])
        for e in entries
    ] == [("Syahrial", "Kabupaten Kampar", 1, "a.txt", "a.yaml")]
    lines = summary_lines(summarise(archive), show_all=True)
    assert "officials from outside the story's province: 1" in lines
    assert any(
        line.strip().startswith("Syahrial (Kabupaten Kampar) in 1 story") and "a.txt:" in line
        for line in lines
    )


def test_a_visitor_to_many_stories_is_one_entry(tmp_path, lexicon):
    """The page stays small on a large archive: one entry per official and region, with the
    number of stories and the first few files."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(
            SOLOK_WITH_A_VISITOR.replace("14/10/2024", f"{14 + n}/10/2024"), "utf-8"
        )
    sources, _ = discover_sources(folder)
    archive, _ = build_archive([extract_article(s, lexicon)[0] for s in sources], lexicon)
    entries = officials_outside_province(archive, lexicon)
    assert [(e["name"], e["count"], len(e["places"])) for e in entries] == [("Syahrial", 5, 3)]


def test_a_name_made_of_place_or_institution_words_is_listed(tmp_path, lexicon):
    """Had extraction taken an institution's words for a person, the name would be published:
    such a name is listed (and a real name is not)."""
    archive = archive_of(
        tmp_path, lexicon, SOLOK_WITH_A_VISITOR, rename={"Epyardi Asda": "Sumber Daya"}
    )
    entries = names_like_words(archive, lexicon)
    assert [(e["name"], e["words"]) for e in entries] == [("Sumber Daya", ["sumber", "daya"])]
    assert "names that are also place, institution or everyday words: 1" in summary_lines(
        summarise(archive)
    )


def test_a_name_opening_with_a_units_everyday_word_is_listed(tmp_path, lexicon):
    """A unit's everyday word read into a person's name ('Kenari Epyar Asdi') would be published:
    listed."""
    archive = archive_of(
        tmp_path, lexicon, SOLOK_WITH_A_VISITOR, rename={"Epyardi Asda": "Kenari Epyar Asdi"}
    )
    entries = names_like_words(archive, lexicon)
    assert [(e["name"], e["words"]) for e in entries] == [("Kenari Epyar Asdi", ["kenari"])]
