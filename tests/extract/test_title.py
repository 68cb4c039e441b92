"""Headline or derived title."""

import pytest

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
    assert title_of(text, lexicon)[:2] == (
        "Rapat koordinasi netralitas ASN digelar di Arosuka",
        True,
    )


def test_long_lead_is_cut_at_a_word(lexicon):
    text = (
        "Kabaminang.com – Solok, "
        + "Rapat koordinasi yang membahas desk Pilkada dan netralitas ASN di Kabupaten Solok digelar pada hari ini bertempat di ruang rapat sekretariat."
    )
    title, derived, _ = title_of(text, lexicon)
    assert derived and title.endswith("…") and len(title) <= 91


def extract(text, lexicon):
    return extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)


WHOLE_PAGE = """Beranda
Berita
Sumbar
Politik
Olahraga
Cari
Walinagari Talang Babungo Raih Penghargaan Desa Antikorupsi
Kamis, 10 Oktober 2024 | 09:15 WIB
Desa Wisata Kubang Dibuka untuk Umum
Kamis, 10 Oktober 2024 | 08:00 WIB
Sumbar
Bupati Solok Lantik Tiga Pejabat Eselon II di Arosuka
Penulis: Rina Marlina
Jumat, 11 Oktober 2024 | 14:20 WIB
Bagikan
Facebook
WhatsApp
Solok, Padangkita.com – Bupati Solok melantik tiga pejabat eselon II di Aula Kantor Bupati, Jumat (11/10/2024).
Pelantikan berlangsung khidmat dan dihadiri para kepala organisasi perangkat daerah.
Tags
Pelantikan
Komentar
"""


def test_whole_page_headline_is_the_one_beside_the_stamp_nearest_the_lead(lexicon):
    article, problems = extract(WHOLE_PAGE, lexicon)
    assert article.title == "Bupati Solok Lantik Tiga Pejabat Eselon II di Arosuka"
    assert not article.title_derived
    assert str(article.date.value) == "2024-10-11" and article.date.method == "published"
    removed = [line.text for line in article.boilerplate]
    assert (
        "Walinagari Talang Babungo Raih Penghargaan Desa Antikorupsi" in removed
        and "Sumbar" in removed
    )
    assert all(
        text not in [line.text for line in article.body]
        for text in ("Facebook", "Bagikan", "Penulis: Rina Marlina")
    )
    # the sidebar's stamps were not used: the check lists them
    assert any(p.code == "date-line-discarded" for p in problems)


@pytest.mark.parametrize(
    "above",
    ["Nasional · Rabu, 09 Okt 2024 10:12 WIB", "Diperbarui 09 Okt 2024, 10:12 WIB", "1.204 Views"],
)
def test_a_section_date_line_or_counter_above_the_headline_is_not_the_headline(lexicon, above):
    text = f"{above}\nPj Wali Kota Tinjau Pasar Raya Pascabanjir\n\nPadang, Klikpositif – Pj Wali Kota Padang meninjau Pasar Raya, Rabu (9/10/2024)."
    assert extract(text, lexicon)[0].title == "Pj Wali Kota Tinjau Pasar Raya Pascabanjir"


def test_byline_and_photo_caption_between_headline_and_stamp_are_not_the_headline(lexicon):
    text = (
        "Camat Lembah Gumanti Gelar Rapat Netralitas\nDewi Anggraini - detikSumbagsel\nFoto: Rapat di aula kantor camat (ist)\n"
        "Senin, 07 Okt 2024 11:03 WIB\n\nAlahan Panjang - Camat Lembah Gumanti menggelar rapat netralitas ASN bersama wali nagari."
    )
    article, _ = extract(text, lexicon)
    assert article.title == "Camat Lembah Gumanti Gelar Rapat Netralitas"
    assert article.outlet is not None and article.outlet.domain == "detik.com"


def test_label_glued_to_the_headline_is_cut_off(lexicon):
    text = "ADVERTORIAL Pemkab Solok Gelar Pasar Murah Jelang Lebaran\n\nArosuka, Solokpos.com – Pemerintah Kabupaten Solok menggelar pasar murah."
    article, _ = extract(text, lexicon)
    assert article.title == "Pemkab Solok Gelar Pasar Murah Jelang Lebaran"
    assert "ADVERTORIAL" in [line.text for line in article.boilerplate]


def test_headline_printed_twice_leaves_once(lexicon):
    text = "Sekda Sumbar Buka Rakor Inflasi\nSekda Sumbar Buka Rakor Inflasi\n\nSekda Sumbar membuka rapat koordinasi inflasi daerah di Padang pada pagi hari ini."
    article, _ = extract(text, lexicon)
    assert article.title == "Sekda Sumbar Buka Rakor Inflasi"
    assert [line.text for line in article.body][0].startswith("Sekda Sumbar membuka")


def test_a_headline_that_is_a_menu_word_is_kept_but_reported(lexicon):
    text = "Sumbar\n\nPadang, Padangkita.com – Gubernur meninjau pembangunan jalan di pesisir selatan pada Senin (7/10/2024)."
    article, problems = extract(text, lexicon)
    assert article.title == "Sumbar"
    assert any(p.code == "title-doubtful" for p in problems)


def test_a_headline_cut_by_the_page_keeps_its_ellipsis(lexicon):
    text = "Bupati Pastikan Gaji Honorer Dibayar, Asalkan ...\n\nSolok, Klikpositif – Bupati memastikan gaji tenaga honorer dibayar bulan ini."
    assert extract(text, lexicon)[0].title == "Bupati Pastikan Gaji Honorer Dibayar, Asalkan ..."


def test_a_headline_in_title_case_with_a_closing_period_is_still_the_headline(lexicon):
    """Some pages print the headline with a full stop; a headline is title case, a sentence is not."""
    text = "Pemkot Padang Perketat Pengawasan Harga Beras agar Stabil Menjelang Lebaran.\n\nPadangkita.com, Padang - Pemerintah Kota Padang memperketat pengawasan harga beras di pasar tradisional."
    assert title_of(text, lexicon)[:2] == (
        "Pemkot Padang Perketat Pengawasan Harga Beras agar Stabil Menjelang Lebaran.",
        False,
    )
    sentence = "Pemerintah kota memperketat pengawasan harga beras di pasar.\n\nPadangkita.com, Padang - Pemerintah Kota Padang memperketat pengawasan harga beras di pasar tradisional."
    assert title_of(sentence, lexicon)[1] is True


def _lines(*texts):
    from netralitas_site.model import Line

    return tuple(Line(i + 1, text) for i, text in enumerate(texts))


LEAD = "SUKAMAJU - Rapat direksi digelar di kantor pusat perusahaan daerah itu, Kamis (14/8/2025)."


def test_a_storys_own_list_without_numbers_is_no_furniture():
    """Six or more lines that are no sentences after the lead, with no mark of a page among
    them, are the story's list ('Budi sebagai Direktur Utama'), read as the story."""
    from netralitas_site.extract.title import story_end

    listed = tuple(f"Nama Pejabat {i} sebagai Direktur Bidang {i}" for i in range(7))
    assert story_end(_lines(LEAD, *listed)) is None


def test_headlines_after_the_story_with_a_page_mark_are_furniture():
    """The same run with a menu's word, or around a line taken out as boilerplate (a counter),
    is the page's furniture, from its first line."""
    from netralitas_site.extract.title import story_end

    listed = tuple(f"Judul Berita Lain Nomor {i} Hari Ini" for i in range(7))
    assert story_end(_lines(LEAD, "Terpopuler", *listed)) == 2
    assert story_end(_lines(LEAD, *listed), removed=[5]) == 2
    assert story_end(_lines(LEAD, *listed)) is None


def test_teasers_stamps_a_few_lines_apart_begin_the_furniture():
    """Other stories' teasers, each a stamp with its time (a section's name maybe glued to its
    day), a headline and a caption: the second stamp shows the first began the furniture; a
    schedule's days (no time) do not."""
    from netralitas_site.extract.title import story_end

    caption = "Warga memadati pasar murah di alun-alun kota pada Senin pagi untuk membeli beras."
    teasers = (
        "News14 Agu 2025 16:00",
        "Pasar Murah Digelar di Alun-alun",
        caption,
        "Showbiz14 Agu 2025 19:29",
        "Konser Amal Digelar Malam Ini",
        caption,
    )
    assert story_end(_lines(LEAD, *teasers)) == 2
    schedule = ("Jumat, 15 Agustus 2025", caption, "Sabtu, 16 Agustus 2025", caption)
    assert story_end(_lines(LEAD, *schedule)) is None


def test_a_gallerys_headline_in_capitals_label_is_no_photo_credit(lexicon):
    """'FOTO: <headline in title case>' with the stamp under it is the headline, label and all;
    'Foto: ANTARA/Budi' is a credit and goes to the boilerplate."""
    text = (
        "FOTO: Warga Sukamaju Panen Raya di Tengah Kemarau, Hasilnya Melimpah?\n"
        "Kamis, 14 Agustus 2025 09:15\n"
        "Foto: ANTARA/Dimas Saputra\n"
        "SUKAMAJU - Warga memanen padi di sawah desa itu pada Kamis pagi bersama para penyuluh."
    )
    title, derived, removed = title_of(text, lexicon)
    assert (title, derived) == (
        "FOTO: Warga Sukamaju Panen Raya di Tengah Kemarau, Hasilnya Melimpah?",
        False,
    )
    assert "Foto: ANTARA/Dimas Saputra" in removed


def test_a_photo_channels_label_before_the_headline_is_not_part_of_it(lexicon):
    text = (
        "In Picture: Warga Sukamaju Panen Raya di Tengah Kemarau\n"
        "SUKAMAJU - Warga memanen padi di sawah desa itu pada Kamis (14/8/2025) pagi."
    )
    assert title_of(text, lexicon)[:2] == ("Warga Sukamaju Panen Raya di Tengah Kemarau", False)


def test_a_photo_credit_word_alone_on_a_line_is_never_the_headline(lexicon):
    text = (
        "Bupati Buka Rapat\n\nIlustrasi\n\nSOLOK - Bupati Solok membuka rapat, Kamis (14/8/2025)."
    )
    assert title_of(text, lexicon)[:2] == ("Bupati Buka Rapat", False)


def test_an_item_of_a_list_is_no_headline_however_short_the_headline(lexicon):
    """A headline of three words ('Gubernur Lantik Pjs') reads as a section label; a numbered item
    of the story's list under it ('2. Budi Santoso untuk Kabupaten Solok.') is still no headline."""
    text = (
        "Gubernur Lantik Pjs\n\nGubernur melantik dua Pjs Bupati:\n"
        "1. Dimas Saputra untuk Kabupaten Agam;\n2. Budi Santoso untuk Kabupaten Solok.\n"
    )
    title, _derived, _removed = title_of(text, lexicon)
    assert not title.startswith("2.")


def test_a_paragraph_cut_by_hard_wraps_is_the_lead_not_a_headline(lexicon):
    """A plain article whose first paragraph is cut into lines by hard wraps, a line of it ending
    with a place and a weekday's date that reads like a stamp: the headline stays the first line."""
    text = (
        "ASN Sukamaju Dilarang Jadi Tim Sukses Calon Kades, Kepala Dinas: Sanksinya Berat\n\n"
        "Pemerintah Kabupaten Sukamaju mengingatkan para pegawai negeri agar tidak\n"
        "menjadi tim sukses calon kepala desa dalam pemilihan kepala desa serentak\n"
        "2026. Hal tersebut dikemukakan pada rapat persiapan di Aula Kantor Bupati\n"
        "Sukamaju, Rabu (20/5/2026).\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert article.title.startswith("ASN Sukamaju Dilarang")
    assert not article.title_derived
    assert str(article.date.value) == "2026-05-20" and article.date.method != "published"


@pytest.mark.parametrize(
    "headline",
    [
        "FOTO: Perbekel se-Sukamaju Teken Pakta Integritas Netralitas",
        "VIDEO: Pjs Bupati Minta Camat Jaga Jarak dari Tim Sukses",
    ],
)
def test_a_video_or_gallery_headline_above_the_story_is_the_headline(lexicon, headline):
    """'VIDEO: <headline>' printed above the story (and again under a breadcrumb and a section
    word) is the page's headline, label and all, as the pages' own titles write it; before, it
    went as an insert of another story's video and the section word became the headline."""
    text = (
        f"Beranda\nBerita\nDaerah\n{headline}\nHome > Video > Daerah\nDaerah\n{headline}\n"
        "Oleh: Sari Handayani\nSelasa, 3 Maret 2026 | 16:05 WITA\n\n"
        "SENGKANG - Penjabat Sementara Bupati Wajo meminta camat dan lurah menjaga jarak dari tim "
        "sukses pasangan calon saat rakor bersama pejabat daerah, Selasa (3/3/2026).\n"
    )
    assert title_of(text, lexicon)[0] == headline


def test_a_sidebars_list_above_the_story_ends_at_a_blank_line(lexicon):
    """'TERPOPULER' and another story's headline at the top of a copied page, a blank line, then
    the page's own headline: the headline is not taken for one more item of the sidebar."""
    text = (
        "TERPOPULER\nHarga Karet di Sukamaju Naik Jadi Rp12 Ribu per Kilogram\n\n"
        "Pj Bupati Sukamaju Teken Surat Edaran Netralitas ASN dan Kepala Desa\n\n"
        "Pemerintah Kabupaten Sukamaju melalui Penjabat Bupati menerbitkan surat edaran tentang "
        "netralitas aparatur dan kepala desa menjelang pemilihan, Senin (2/3/2026).\n"
    )
    assert title_of(text, lexicon)[:2] == (
        "Pj Bupati Sukamaju Teken Surat Edaran Netralitas ASN dan Kepala Desa",
        False,
    )


@pytest.mark.parametrize(
    "top, headline",
    [
        # the page's title, its site's name added, over the headline it repeats
        (
            "Bupati Sukamaju Lantik Tujuh Camat Baru - Sukamajunews.id\n\nBupati Sukamaju Lantik Tujuh Camat Baru",
            "Bupati Sukamaju Lantik Tujuh Camat Baru",
        ),
        (
            "Bupati Sukamaju Lantik Tujuh Camat Baru | SukaPos\n\nBupati Sukamaju Lantik Tujuh Camat Baru",
            "Bupati Sukamaju Lantik Tujuh Camat Baru",
        ),
        # a headline the page broke in two at its comma
        (
            "Plt Kepala Dinas Pendidikan Sukamaju Dilantik,\nBupati Minta Rekrutmen Bebas Pungli",
            "Plt Kepala Dinas Pendidikan Sukamaju Dilantik, Bupati Minta Rekrutmen Bebas Pungli",
        ),
        # a story kind's label in capitals, glued or before a space; before a colon it stays
        ("VIDEOWabup Sukamaju Tinjau Longsor di Cisewu", "Wabup Sukamaju Tinjau Longsor di Cisewu"),
        (
            "INFOGRAFIS Realisasi APBD Sukamaju Baru 11 Persen",
            "Realisasi APBD Sukamaju Baru 11 Persen",
        ),
        ("FOTO: Wali Kota Sukamaju Tinjau Banjir", "FOTO: Wali Kota Sukamaju Tinjau Banjir"),
        ("Video Viral Bupati Sukamaju Marahi Camat", "Video Viral Bupati Sukamaju Marahi Camat"),
    ],
)
def test_page_titles_broken_headlines_and_labels_of_a_story_kind(lexicon, top, headline):
    lead = (
        "SUKAMAJU, Brand.id - Bupati Sukamaju, Dimas Saputra, melantik para pejabat di aula kantor "
        "bupati, Senin (2/3/2026)."
    )
    assert title_of(f"{top}\n\n{lead}\n", lexicon)[0] == headline


def test_a_short_headline_over_a_stamp_without_its_year_stays_the_headline(lexicon):
    """'Jalan Dieng Ambles' then 'Sabtu, 7 Maret | 13:20 WIB': the stamp is no headline (was: the
    title), and it dates the story from its weekday and the story's year."""
    from datetime import date

    from mentions import article_of

    text = (
        "Jalan Dieng Ambles\n\nSabtu, 7 Maret | 13:20 WIB\n\n"
        "WONOSOBO - Jalan menuju Dieng ambles sepanjang 20 meter, Jumat (6/3). Perbaikan masuk "
        "APBD Perubahan 2026.\n"
    )
    article = article_of(text, lexicon)
    assert (article.title, article.date.value) == ("Jalan Dieng Ambles", date(2026, 3, 7))


@pytest.mark.parametrize(
    "stamp",
    ["March 11, 2026", "2026-03-11 07:45:12", "Diposting: March 11, 2026 07:45"],
)
def test_an_english_or_a_machine_written_stamp_dates_the_page(lexicon, stamp):
    """A WordPress stamp in English ('March 11, 2026', an update stamp under it) or a machine's
    ('2026-03-11 07:45:12') dates the page as an Indonesian one does, and a 'Reading Time' line
    under them is no headline (was: the lead's day, and 'Reading Time: 2 mins read' the title)."""
    text = (
        "Beranda\nDaerah\nBupati Sukamaju Lantik Tiga Pejabat Eselon II\nPosted by: Redaksi\n"
        f"{stamp}\nLast updated: March 12, 2026\nReading Time: 2 mins read\nBagikan\n"
        "SUKAMAJU, Brand.id – Bupati melantik tiga pejabat di aula, Selasa (10/3/2026).\n"
    )
    article, _ = extract(text, lexicon)
    assert (article.title, str(article.date.value)) == (
        "Bupati Sukamaju Lantik Tiga Pejabat Eselon II",
        "2026-03-11",
    )
