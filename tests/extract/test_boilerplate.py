"""split_boilerplate: page furniture out of the body, every removed line kept."""

import dataclasses

from netralitas_site.extract.boilerplate import split_boilerplate
from netralitas_site.extract.byline import find_byline
from netralitas_site.model import Line


def numbered(text):
    return tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n")) if t.strip())


SEED_LIKE = """Simulasi Pemilihan di Koto Baru, Pjs Bupati Solok Tekankan Lagi Soal Netralitas ASN
2 months ago 27
Klikpositif Supernova Honda (3000 x 1000 piksel)
Solok, Klikpositif – Penjabat sementara Bupati Solok, Akbar Ali kembali mengingatkan seluruh ASN.
Baca Juga
Akbar Ali menyebutkan, netralitas tersebut ditunjukkan dengan tidak berpihak.
Baca juga :  Musrenbang Kabupaten Solok Bangun Sinergi untuk RPJPD 2025-2045
Read More:
- 1 Wabup Candra : Akan Bawa Anak Muda Kreatif GESID
- 2 Pemkab Dharmasraya Gelar Buka Bersama
Pjs. Bupati juga mengingatkan seluruh OPD untuk menjaga kualitas pelayanan.
Komisioner Bawaslu juga mengingatkan agar ASN berhati-hati di masa kampanye.(Mak Itam)
Penulis: Imel
Editor: BiNews
Berita Terkait
- Wakil Bupati Solok Jon Firman Pandu Kunjungi Nagari Koto Sani
Read Entire Article
Jogja News Jogja Politan"""


def test_furniture_goes_and_nothing_is_lost():
    lines = numbered(SEED_LIKE)
    body, removed = split_boilerplate(lines)
    assert [line.text for line in body] == [
        "Simulasi Pemilihan di Koto Baru, Pjs Bupati Solok Tekankan Lagi Soal Netralitas ASN",
        "Solok, Klikpositif – Penjabat sementara Bupati Solok, Akbar Ali kembali mengingatkan seluruh ASN.",
        "Akbar Ali menyebutkan, netralitas tersebut ditunjukkan dengan tidak berpihak.",
        "Pjs. Bupati juga mengingatkan seluruh OPD untuk menjaga kualitas pelayanan.",
        "Komisioner Bawaslu juga mengingatkan agar ASN berhati-hati di masa kampanye.",
    ]
    kept = sorted({line.number for line in body} | {line.number for line in removed})
    assert kept == [line.number for line in lines]
    assert "(Mak Itam)" in [line.text for line in removed]
    assert dataclasses.asdict(find_byline(removed)) == {
        "author": "Imel",
        "editor": "BiNews",
        "initials": "Mak Itam",
    }


def test_parenthesised_acronym_ending_a_sentence_stays():
    body, removed = split_boilerplate(
        numbered("Para pegawai diminta netral.\nHal itu berlaku bagi Aparatur Sipil Negara (ASN)")
    )
    assert body[-1].text.endswith("(ASN)") and removed == ()


def test_closing_initials_after_the_last_sentence():
    body, removed = split_boilerplate(
        numbered("Rapat berlangsung lancar.\nSemua pihak diminta netral. (TKB)")
    )
    assert body[-1].text == "Semua pihak diminta netral."
    assert [line.text for line in removed] == ["(TKB)"]


def test_a_paragraph_starting_with_halaman_is_text():
    body, _ = split_boilerplate(numbered("Halaman kantor bupati dipenuhi warga sejak pagi."))
    assert len(body) == 1


def test_counters_and_share_buttons_go():
    text = [
        "Bupati membuka rapat.",
        "1.204 Views",
        "Dibaca 350 kali",
        "Bagikan",
        "Facebook",
        "WhatsApp",
        "13Shares",
        "Rapat selesai sore.",
    ]
    body, removed = split_boilerplate(tuple(Line(i + 1, t) for i, t in enumerate(text)))
    assert [line.text for line in body] == ["Bupati membuka rapat.", "Rapat selesai sore."]


def test_a_related_list_ends_at_a_headline_with_its_stamp():
    text = [
        "Tags",
        "Pilkada Solok",
        "Netralitas ASN",
        "Bupati Solok Lantik Tiga Pejabat Eselon II",
        "Jumat, 11 Oktober 2024 | 14:20 WIB",
        "Bupati Solok melantik tiga pejabat di Arosuka.",
    ]
    body, removed = split_boilerplate(tuple(Line(i + 1, t) for i, t in enumerate(text)))
    assert "Bupati Solok Lantik Tiga Pejabat Eselon II" in [line.text for line in body]


def test_a_headline_opening_with_a_list_word_is_not_a_list_header():
    text = [
        "Rekomendasi Bawaslu Soal ASN Tak Netral Diteruskan ke BKN",
        "Pilkada Damai",
        "Bawaslu meneruskan rekomendasi.",
    ]
    body, _ = split_boilerplate(tuple(Line(i + 1, t) for i, t in enumerate(text)))
    assert body[0].text.startswith("Rekomendasi Bawaslu")


def test_video_prompts_are_inserts_not_text():
    text = [
        "Bupati membuka rapat.",
        'Simak Video "Bupati Tinjau Banjir di Pesisir"',
        "Saksikan Video Pilihan Berikut Ini:",
        "[Gambas:Video Sumbar]",
        "Rapat selesai sore.",
    ]
    body, removed = split_boilerplate(tuple(Line(i + 1, t) for i, t in enumerate(text)))
    assert [line.text for line in body] == ["Bupati membuka rapat.", "Rapat selesai sore."]


def test_a_related_link_glued_to_its_label_is_an_insert():
    text = [
        "Bupati membuka rapat.",
        "Baca jugaGubernur Budi Santoso Tinjau Banjir di Pesisir",
        "Rapat selesai sore.",
    ]
    body, removed = split_boilerplate(tuple(Line(i + 1, t) for i, t in enumerate(text)))
    assert [line.text for line in body] == ["Bupati membuka rapat.", "Rapat selesai sore."]


def test_a_dash_alone_under_the_place_stays_for_the_dateline():
    """'Padang' / '-' / the lead: the dash closes a dateline; a dash under a sentence is a separator."""
    from netralitas_site.extract.boilerplate import split_boilerplate
    from netralitas_site.model import Line

    lines = (
        Line(1, "Judul Berita Tentang Apel Pagi"),
        Line(3, "Padang"),
        Line(4, "-"),
        Line(5, "Pemerintah Kota Padang menggelar apel pagi."),
        Line(6, "Warga datang sejak subuh untuk menonton."),
        Line(7, "-"),
    )
    body, removed = split_boilerplate(lines)
    assert [line.number for line in body] == [1, 3, 4, 5, 6]
    assert [line.number for line in removed] == [7]


def test_a_video_promo_line_is_an_insert():
    """'Video: <another story's headline>' between paragraphs promotes a video, it is not the text."""
    from netralitas_site.extract.boilerplate import split_boilerplate
    from netralitas_site.model import Line

    lines = (
        Line(1, "Pemerintah kota membuka pasar murah di lapangan."),
        Line(2, "Video: Gubernur Tinjau Banjir di Pesisir"),
        Line(3, "Warga datang sejak pagi untuk membeli beras."),
    )
    body, removed = split_boilerplate(lines)
    assert [line.number for line in body] == [1, 3] and [line.number for line in removed] == [2]


def test_a_roundups_list_of_the_most_read_headlines_is_boilerplate():
    """'Berikut berita terpopuler lainnya:' and the numbered items after it: other
    stories' headlines, taken out; the sentence stays the story's."""
    from netralitas_site.extract.boilerplate import split_boilerplate
    from netralitas_site.model import Line

    texts = [
        "Ringkasan pekan ini ditutup dengan kabar harga cabai. Berikut berita terpopuler lainnya:",
        "1. Menteri Dimas Saputra: Harga Cabai Akan Turun Pekan Depan",
        "2. Pasar Murah Digelar di Tujuh Kecamatan",
        "Simak berita lainnya di kanal kami.",
    ]
    body, removed = split_boilerplate(tuple(Line(i + 1, t) for i, t in enumerate(texts)))
    assert [line.number for line in body] == [1]
    assert [line.number for line in removed] == [2, 3, 4]


def test_a_tags_list_of_one_word_lines_goes_with_its_header():
    """'Tags' over tags of a word or two each: the list goes, and the comment under it does not
    join the tags' words (read as an office and a holder before)."""
    text = (
        "Bupati membuka rapat netralitas ASN bersama seluruh camat dan kepala desa di aula kantor.\n"
        "Tags\nSukamaju\nPerbekel\nPilkada Sukamaju\nNetralitas\n"
        "Komentar\nWayan Sukamaju\nSemoga pilkada aman dan damai."
    )
    body, removed = split_boilerplate(numbered(text))
    assert [line.text for line in removed][:5] == [
        "Tags",
        "Sukamaju",
        "Perbekel",
        "Pilkada Sukamaju",
        "Netralitas",
    ]
    assert body[0].text.startswith("Bupati membuka rapat")


def test_a_copyright_line_in_indonesian_is_furniture():
    from netralitas_site.extract.boilerplate import is_furniture

    assert is_furniture("Hak Cipta © 2026 sukamajunews.com")
    assert not is_furniture("Hak cipta lagu daerah itu didaftarkan pemerintah kabupaten.")


def test_a_list_of_the_latest_or_most_read_headlines_goes():
    """'Berita Terkini' / 'BERITA TERPOPULER' over other stories' headlines, as 'Terkini' alone
    was (was: a headline 'Kapolres X AKBP A Gelar Razia' made A an official)."""
    for header in ("Berita Terkini", "BERITA TERPOPULER", "Berita Terbaru", "Pilihan Redaksi"):
        text = (
            "Bupati Sukamaju Resmikan Pasar\n"
            "SUKAMAJU, Brand.id - Bupati Sukamaju meresmikan pasar baru di pusat kota hari ini.\n"
            f"{header}\n"
            "Kapolres Sukamaju AKBP Dimas Saputra Gelar Razia Knalpot\n"
            "Harga Cabai Naik Jelang Lebaran"
        )
        body, removed = split_boilerplate(numbered(text))
        assert [line.text for line in removed][0] == header
        assert len(body) == 2, header


def test_a_greeting_bought_as_an_ad_goes_but_the_story_after_an_ad_label_stays():
    text = (
        "Bupati Sukamaju Lantik Pejabat\n"
        "SUKAMAJU, Brand.id - Bupati Sukamaju melantik pejabat eselon dua di aula kantor bupati.\n"
        "Iklan\n"
        "Ucapan Selamat Hari Amal Bakti dari Kepala Kantor Kemenag Sukamaju Dimas Saputra\n"
        "Advertisement\n"
        "Pelantikan itu dihadiri para camat dan kepala dinas dari seluruh kecamatan."
    )
    body, _ = split_boilerplate(numbered(text))
    assert [line.number for line in body] == [1, 2, 6]


def test_an_ad_framed_by_two_labels_and_a_tags_line_go():
    """'ADVERTISEMENT' / any line / 'ADVERTISEMENT': the framed line is an ad (a greeting signed
    by a Bupati), and 'Tags: A, Plt Kepala Dinas, Sampah' a page's tags (was: both the story's, a
    Bupati and an official 'Sampah' in the record)."""
    text = (
        "Rapat itu digelar di aula kantor wali kota dan dihadiri para kepala dinas.\n"
        "ADVERTISEMENT\n"
        "Keluarga Besar Pemerintah Kabupaten Sukamaju Mengucapkan Selamat Hari Raya - Bupati X\n"
        "ADVERTISEMENT\n"
        "Pelantikan disaksikan Wakil Wali Kota dan unsur Forkopimda.\n"
        "Tags: Cilegon, DLH, Plt Kepala Dinas, Sampah\n"
    )
    body, removed = split_boilerplate(numbered(text))
    assert [line.number for line in body] == [1, 5]
    assert len(removed) == 4
