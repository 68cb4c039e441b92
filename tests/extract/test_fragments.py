"""Sentences a scraped page broke around its links, joined again before extraction."""

from netralitas_site.extract.article import extract_article
from netralitas_site.extract.text import join_fragments, split_lines
from netralitas_site.model import Line, SourceFile


def joined(text: str) -> list[str]:
    return [line.text for line in join_fragments(split_lines(text))]


def extract(text: str, lexicon):
    article, _ = extract_article(SourceFile("x.txt", "x.txt", text, "0" * 64, 1, {}), lexicon)
    return article


def test_an_office_its_place_and_its_holder_on_lines_of_their_own_are_one_phrase():
    text = (
        "Wali Kota\nLembah Hijau\nRina Marlina\nmeninjau pasar baru, Senin.\nParagraf berikutnya."
    )
    assert joined(text) == [
        "Wali Kota Lembah Hijau Rina Marlina meninjau pasar baru, Senin.",
        "Paragraf berikutnya.",
    ]


def test_a_bracketed_short_form_split_over_lines_closes_without_a_space():
    text = "Menurut Ketua Badan Kehormatan (\nBK\n) DPRD Andi Saputra, rapat ditunda."
    assert joined(text) == ["Menurut Ketua Badan Kehormatan (BK) DPRD Andi Saputra, rapat ditunda."]


def test_a_line_that_ends_a_sentence_is_never_continued():
    text = "Rapat selesai pukul 12.00.\nBupati\nmenutup acara."
    assert joined(text)[0] == "Rapat selesai pukul 12.00."


def test_list_items_tags_and_bracketed_lines_stay_whole():
    items = "Yang dilantik:\n1. Budi Santoso\n2. Rina Marlina\nAcara berjalan lancar hari itu juga."
    assert joined(items) == [
        "Yang dilantik:",
        "1. Budi Santoso",
        "2. Rina Marlina",
        "Acara berjalan lancar hari itu juga.",
    ]
    tags = "(abc/def)\npemkot lembah hijau\nwali kota rina marlina\nbanjir"
    assert joined(tags) == ["(abc/def)", "pemkot lembah hijau", "wali kota rina marlina", "banjir"]


def test_a_long_line_continued_in_lower_case_is_a_hard_wrapped_sentence():
    text = (
        "Kepala Dinas Pendidikan Kota Padang Rahmat Hidayat, S.Pd,\nM.Si mengatakan sekolah dibuka."
    )
    assert len(joined(text)) == 1


def test_an_official_split_by_links_is_found_with_office_and_place(lexicon):
    article = extract(
        "Banjir Melanda Agam, Warga Diminta Tetap Waspada\n\nPadang\n-\nGubernur Sumatera Barat\nRahmat Hidayat\n"
        "meninjau banjir di Kabupaten Agam, Senin (3/6/2024). Ia meminta warga waspada.\n",
        lexicon,
    )
    [official] = article.officials
    assert (official.name, official.role_normalized, official.region) == (
        "Rahmat Hidayat",
        "Gubernur",
        "Provinsi Sumatera Barat",
    )


WRAPPED = """Kapolres dan Dandim Hadiri Rapat Netralitas ASN

SUKAMAJU - Rapat koordinasi netralitas aparatur di Kabupaten Agam dihadiri Kapolres Agam AKBP
Dimas Saputra dan Dandim 0304/Agam Letkol Inf Rendra Wijaya, pada Senin
(2/3/2026). Rapat dibuka oleh Kepala Badan Kepegawaian dan Pengembangan Sumber
Daya Manusia (BKPSDM) Agam, Sari Handayani, yang meminta seluruh pegawai
menjaga netralitas selama masa kampanye berlangsung di seluruh nagari.
"""


def test_a_hard_wrapped_copy_is_read_across_its_line_ends(lexicon):
    """A copy whose paragraphs a hard wrap cut (every line short, lines ending inside a sentence):
    a rank, a name, an office and a date's weekday and numbers are read across the line ends."""
    article = extract(WRAPPED, lexicon)
    assert str(article.date.value) == "2026-03-02"
    assert [(o.name, o.role_normalized) for o in article.officials] == [
        ("Dimas Saputra", "Kapolres"),
        ("Rendra Wijaya", "Dandim"),
        ("Sari Handayani", "Kepala Badan"),
    ]


def test_one_long_line_pasted_into_a_hard_wrapped_copy_leaves_it_wrapped(lexicon):
    """A 'Baca Juga' headline glued into one wrapped line makes it long: the rest of the copy is
    still read across its line ends (was: no line joined, the Kepala Badan's name lost)."""
    lines = WRAPPED.splitlines()
    lines += [""] + lines[2:]  # a second wrapped paragraph: ten lines and more
    lines[-1] += " Baca Juga: Harga Cabai Merah di Pasar Raya Sukamaju Naik Lagi"
    assert len(lines[-1]) > 100
    article = extract("\n".join(lines) + "\n", lexicon)
    assert ("Sari Handayani", "Kepala Badan") in [
        (o.name, o.role_normalized) for o in article.officials
    ]


def test_lines_of_a_page_with_long_lines_are_not_joined_as_a_wrap():
    """A scraped page, a paragraph a line, some longer than a wrap: a line that opens with a
    capital under one that ends inside a sentence stays a line of its own."""
    long = "Rapat koordinasi itu dihadiri banyak pejabat setempat serta para tetua kampung sekitar"
    lines = [
        long + " yang hadir dari sejumlah kecamatan di kabupaten itu sejak pagi hari",
        "Kapolres Agam membuka rapat itu dengan sambutan singkat tentang tugas pengamanan",
        long,
        "Dandim Agam menutup rapat itu dengan doa bersama para tokoh masyarakat",
        long,
        "Bupati Agam menyampaikan pesan penutup kepada seluruh peserta rapat",
    ]
    assert joined("\n".join(lines)) == lines


def test_a_copy_cut_off_after_a_title_or_inside_a_name_names_no_one(lexicon):
    """A copy cut off mid-sentence: a title left alone ('..., Drs.') or a name's first letters
    ('... Camat Tanjung Raya, Afr') at the very end are no official, and the quote before the
    cut has no speaker (was: officials 'Drs' and 'Afr', the quote Afr's)."""
    lead = "Rapat Desa\n\nKLATEN, Brand.id - Rapat digelar Senin (9/3/2026) di aula.\n\n"
    for cut in (
        "Rapat dipimpin Kepala Dinas Pemberdayaan Masyarakat dan Desa Klaten, Drs.",
        "“Kami siap,” ujar Camat Tanjung Raya, Afr",
    ):
        article = extract(lead + cut, lexicon)
        assert article.officials == ()
        assert [q.speaker for q in article.quotes] == ([None] if "“" in cut else [])
    # a whole sentence ending with the name is no cut: the name stays
    article = extract(lead + "Rapat itu dipimpin Camat Tanjung Raya, Afrizal.", lexicon)
    assert [o.name for o in article.officials] == ["Afrizal"]


def test_a_title_ending_a_line_goes_on_with_the_name_on_the_next():
    """'Bupati X, Drs.' / 'Budi Santoso, M.Si., ...': a wrap after a title before a name (was: the
    title an official and the name lost); '1446 H.' is a year, the line after it stays apart."""
    assert joined("Rapat dibuka Bupati Sukamaju, Drs.\nDimas Saputra, M.Si., pagi itu.") == [
        "Rapat dibuka Bupati Sukamaju, Drs. Dimas Saputra, M.Si., pagi itu."
    ]
    lines = ["Libur itu berkaitan dengan Idul Adha 1446 H.", "Layanan SIM dibuka lagi Senin."]
    assert joined("\n".join(lines)) == lines


def test_a_quotes_attribution_under_it_goes_on_with_it(lexicon):
    """'“…,”' / 'kata Dimas.': the verb and the speaker wrapped to the next line sign the quote
    (was: no speaker); an opening straight mark ending a line ('penyelidikan "') joins nothing."""
    article = extract(
        "Rapat Desa\n\nAGAM, Brand.id - Camat Tanjung Raya, Dimas Saputra, membuka rapat, "
        "Senin (9/3/2026).\n\n“Semua pegawai wajib netral,”\nkata Dimas.\n",
        lexicon,
    )
    assert [q.speaker for q in article.quotes] == ["dimas saputra"]
    lines = ['Polisi memulai penyelidikan "', 'terorisme" atas kasus itu.']
    assert joined("\n".join(lines)) == lines


def test_a_pages_menu_lines_do_not_make_its_paragraphs_a_hard_wrapped_copy():
    """A whole page: many short menu lines and paragraphs a line each, some long: the long lines
    are counted among the lines of prose, not among the menu's, so the page is no hard-wrapped
    copy; a wrapped copy with one long line in ten of its prose lines still is."""
    from netralitas_site.extract.text import _hard_wrapped

    menu = ["Beranda", "Daerah", "Politik", "Ekonomi", "Olahraga", "Opini", "Indeks"] * 3
    medium = "Rapat koordinasi itu dihadiri banyak pejabat setempat serta para tetua kampung"
    long = medium + " yang datang dari sejumlah kecamatan di kabupaten itu sejak pagi hari tadi"
    page = menu + [medium, medium, long, medium, medium, long, medium]
    assert not _hard_wrapped(tuple(Line(i + 1, t) for i, t in enumerate(page)))
    wrapped = [medium] * 12 + [long]
    assert _hard_wrapped(tuple(Line(i + 1, t) for i, t in enumerate(wrapped)))
