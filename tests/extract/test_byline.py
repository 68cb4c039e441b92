"""Credits: author and editor lines, the reporter initials that close the text."""

from datetime import date

from netralitas_site.extract.article import extract_article
from netralitas_site.model import SourceFile


def extract(text, lexicon):
    return extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)[0]


def test_closing_initials_are_the_byline_and_not_the_text(lexicon):
    article = extract(
        "Bupati Tinjau Banjir\n\nSolok, Klikpositif – Bupati Solok meninjau banjir di Kecamatan X, Senin (9/9/2024). (tend)",
        lexicon,
    )
    assert article.byline.initials == "tend"
    assert article.body[-1].text.endswith("Senin (9/9/2024).")


def test_a_date_closing_the_last_line_is_never_a_credit(lexicon):
    """'... pada Selasa (9/3/2021).' ends the text with a bracket: a date, not the reporter's initials."""
    text = (
        "Vaksinasi Guru Dimulai\n\nPadangkita.com, Padang - Dinas Kesehatan memulai vaksinasi bagi guru.\n"
        "Vaksinasi tahap kedua itu dimulai di puskesmas kota pada Selasa (9/3/2021)."
    )
    article = extract(text, lexicon)
    assert article.byline.initials is None
    assert article.date.value == date(2021, 3, 9)
    assert article.body[-1].text.endswith("Selasa (9/3/2021).")
