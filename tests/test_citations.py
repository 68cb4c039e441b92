"""Citations as reference managers read them: RIS (rispy), BibTeX (bibtexparser) and CSL-JSON
(citeproc-py), one entry per article, for the whole archive and beside each article's page."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import bibtexparser
import pytest
import rispy
from citeproc import Citation as CiteprocCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from netralitas_site.exports.citations import Citation, bibtex, csl, ris

ARTICLE_004 = (
    "004-0987cee8ea61e4de"  # author Imel, binews.id, "Kamis (22/10)": the year is inferred
)


def records(site: Path) -> list[dict]:
    return json.loads((site / "data/articles.json").read_text("utf-8"))["articles"]


def render_bibliography(items: list[dict]) -> list[str]:
    style = CitationStylesStyle(
        "harvard-cite-them-right", validate=False
    )  # shipped with citeproc-py
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(CiteprocCitation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


def test_archive_citation_files_hold_one_entry_per_article(seed_site):
    articles = {r["id"]: r for r in records(seed_site)}
    with (seed_site / "data/citations.ris").open(encoding="utf-8") as handle:
        entries = rispy.load(handle)
    assert sorted(e["id"] for e in entries) == sorted(articles)
    for entry in entries:
        record = articles[entry["id"]]
        assert entry["type_of_reference"] == "NEWS" and entry["title"] == record["title"]
        assert entry["secondary_title"] == record["outlet"]["name"]
        assert entry["date"] == record["date"].replace("-", "/") + "/"
        assert entry["urls"] == [
            f"https://arsip.example.org/netralitas/artikel/{entry['id']}/index.html"
        ]
    library = bibtexparser.parse_file(str(seed_site / "data/citations.bib"))
    assert library.failed_blocks == [] and sorted(e.key for e in library.entries) == sorted(
        articles
    )
    for entry in library.entries:
        assert entry.fields_dict["title"].value == articles[entry.key]["title"]
        assert entry.fields_dict["date"].value == articles[entry.key]["date"]
    items = json.loads((seed_site / "data/citations.json").read_text("utf-8"))
    assert sorted(i["id"] for i in items) == sorted(articles)
    rendered = render_bibliography(items)
    assert len(rendered) == len(articles)
    assert any(
        r.startswith("Imel (2020) “Bupati Solok Tekankan Sanksi Keras") and "binews.id" in r
        for r in rendered
    )


def test_inferred_dates_and_authors_are_in_every_format(seed_site):
    folder = seed_site / f"artikel/{ARTICLE_004}"
    [entry] = rispy.loads((folder / "cite.ris").read_text("utf-8"))
    assert entry["authors"] == ["Imel"] and "diperkirakan" in entry["notes"][0]
    [bib] = bibtexparser.parse_string((folder / "cite.bib").read_text("utf-8")).entries
    assert (
        bib.fields_dict["author"].value == "{Imel}"
        and "diperkirakan" in bib.fields_dict["note"].value
    )
    [item] = json.loads((folder / "cite.json").read_text("utf-8"))
    assert item["issued"] == {"date-parts": [[2020, 10, 22]], "circa": True} and item["author"] == [
        {"literal": "Imel"}
    ]
    written = json.loads((seed_site / "artikel/002-03c4d5d46eab7ade/cite.json").read_text("utf-8"))[
        0
    ]
    assert "circa" not in written["issued"] and "diperkirakan" not in written["note"]


def test_each_article_has_its_citation_files_beside_its_page(seed_site):
    archive_items = {
        i["id"]: i for i in json.loads((seed_site / "data/citations.json").read_text("utf-8"))
    }
    for record in records(seed_site):
        folder = seed_site / f"artikel/{record['id']}"
        assert json.loads((folder / "cite.json").read_text("utf-8")) == [
            archive_items[record["id"]]
        ]
        assert len(rispy.loads((folder / "cite.ris").read_text("utf-8"))) == 1
        assert len(bibtexparser.parse_string((folder / "cite.bib").read_text("utf-8")).entries) == 1


def test_citation_box_names_author_outlet_inferred_date_and_offers_the_files(seed_site):
    page = (seed_site / f"artikel/{ARTICLE_004}/index.html").read_text("utf-8")
    box = page[
        page.index('aria-labelledby="kutip"') : page.index(
            "</section>", page.index('aria-labelledby="kutip"')
        )
    ]
    assert (
        "Imel. “Bupati Solok" in box
        and "binews.id, Kamis, 22 Oktober 2020 (tahun diperkirakan)" in box
    )
    assert all(f'href="{name}"' in box for name in ("cite.ris", "cite.bib", "cite.json"))
    english = (seed_site / f"en/artikel/{ARTICLE_004}/index.html").read_text("utf-8")
    assert (
        "22 October 2020 (year inferred)" in english
        and "Archived in Arsip Netralitas ASN" in english
    )
    assert f'href="../../../artikel/{ARTICLE_004}/cite.ris"' in english


SOURCE = Citation(
    id="x-1",
    title="Bupati {Solok} & ASN: 100% netral_ #1 ~ ^",
    author="Rully Firmansyah",
    outlet="Padang Ekspres",
    date=date(2024, 3, 9),
    date_inferred=False,
    url="https://padek.example/read/2024/03/09/bupati?id=1&x=%7B",
    accessed=date(2024, 3, 10),
    archive="Arsip",
    archive_url="https://arsip.example.org/artikel/x-1/index.html",
)


def test_the_original_page_and_its_access_date_are_cited_when_known():
    [entry] = rispy.loads(ris(SOURCE))
    assert entry["urls"] == [SOURCE.url] and entry["access_date"] == "2024/03/10/"
    assert (
        entry["file_attachments2"] == SOURCE.archive_url
    )  # L2, "link to full text": the archived copy
    [bib] = bibtexparser.parse_string(bibtex(SOURCE)).entries
    assert (
        bib.fields_dict["url"].value == SOURCE.url
        and bib.fields_dict["urldate"].value == "2024-03-10"
    )
    item = csl(SOURCE)
    assert item["URL"] == SOURCE.url and item["accessed"] == {"date-parts": [[2024, 3, 10]]}
    assert item["archive_location"] == SOURCE.archive_url
    assert "Padang Ekspres" in render_bibliography([item])[0]


def test_bibtex_special_characters_are_escaped_and_survive_a_parse():
    [bib] = bibtexparser.parse_string(bibtex(SOURCE)).entries
    title = bib.fields_dict["title"].value
    assert (
        title == r"Bupati \{Solok\} \& ASN: 100\% netral\_ \#1 \textasciitilde{} \textasciicircum{}"
    )
    from pylatexenc.latex2text import LatexNodes2Text

    assert (
        LatexNodes2Text().latex_to_text(title).removesuffix(" ˆ")
        == "Bupati {Solok} & ASN: 100% netral_ #1 ~"
    )


@pytest.mark.parametrize("lang, note", [("id", "Diarsipkan di Arsip"), ("en", "Archived in Arsip")])
def test_notes_follow_the_site_language(lang, note):
    assert note in csl(SOURCE, lang)["note"] and re.search(note, ris(SOURCE, lang))


def test_an_article_with_its_original_address_is_cited_by_it(tmp_path):
    """`url:` and `accessed:` beside an article (side file) reach the citation box, the citation
    files and the tables; the archive's page is still named."""
    import csv
    import shutil

    from conftest import SEEDS_DIR, build

    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copyfile(SEEDS_DIR / "004_0987cee8ea61e4de.txt", articles / "004_0987cee8ea61e4de.txt")
    original = "https://binews.id/2020/10/bupati-solok-sanksi-asn"
    (articles / "004_0987cee8ea61e4de.yaml").write_text(
        f"url: {original}\naccessed: 2024-12-01T08:15:02Z\n", "utf-8"
    )
    site = tmp_path / "site"
    assert (
        build(articles, site, "--quiet", "--base-url", "https://arsip.example.org").returncode == 0
    )
    folder = site / f"artikel/{ARTICLE_004}"
    page = (folder / "index.html").read_text("utf-8")
    assert (
        f"{original} (diakses Minggu, 1 Desember 2024). Diarsipkan di Arsip Netralitas ASN, https://arsip.example.org/artikel/"
        in page
    )
    [entry] = rispy.loads((folder / "cite.ris").read_text("utf-8"))
    assert entry["urls"] == [original] and entry["access_date"] == "2024/12/01/"
    assert (
        entry["file_attachments2"] == f"https://arsip.example.org/artikel/{ARTICLE_004}/index.html"
    )
    [bib] = bibtexparser.parse_string((folder / "cite.bib").read_text("utf-8")).entries
    assert (
        bib.fields_dict["url"].value == original
        and bib.fields_dict["urldate"].value == "2024-12-01"
    )
    [item] = json.loads((site / "data/citations.json").read_text("utf-8"))
    assert item["URL"] == original and item["accessed"] == {"date-parts": [[2024, 12, 1]]}
    with (site / "data/articles.csv").open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["url"], row["accessed"]) == (original, "2024-12-01")
