"""Headline or derived title."""

from netralitas_site.extract.article import extract_article
from netralitas_site.model import SourceFile


def title_of(text, lexicon):
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    return article.title, article.title_derived, [b.text for b in article.boilerplate]


def test_section_label_above_the_headline_is_not_the_title(lexicon):
    text = "Sumbar\n\nPjs Bupati Pimpin Rakor Netralitas ASN\n\nArosukapost.com – Limapuluh Kota, Senin (30/9/2024), Pjs Bupati menggelar rapat koordinasi."
    assert title_of(text, lexicon) == ("Pjs Bupati Pimpin Rakor Netralitas ASN", False, ["Sumbar"])


def test_title_derived_from_the_lead_when_there_is_no_headline(lexicon):
    text = "Kabaminang.com – Solok, Rapat koordinasi netralitas ASN digelar di Arosuka. Rapat dihadiri pejabat."
    assert title_of(text, lexicon)[:2] == ("Rapat koordinasi netralitas ASN digelar di Arosuka", True)


def test_long_lead_is_cut_at_a_word(lexicon):
    text = "Kabaminang.com – Solok, " + "Rapat koordinasi yang membahas desk Pilkada dan netralitas ASN di Kabupaten Solok digelar pada hari ini bertempat di ruang rapat sekretariat."
    title, derived, _ = title_of(text, lexicon)
    assert derived and title.endswith("…") and len(title) <= 91
