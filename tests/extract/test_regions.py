"""Subject regions: what the story is about, not every place it names."""

import pytest

from netralitas_site.extract.article import extract_article
from netralitas_site.model import SourceFile


def regions_of(text, lexicon):
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    return [r.name for r in article.regions]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Judul\n\nSOLOK, binews.id - Hal ini ditegaskan Bupati Solok dalam sosialisasi di lingkungan Pemerintah Kabupaten Solok.", ["Kabupaten Solok"]),
        ("Judul\n\nSolok, Klikpositif – Wali Kota Solok, Zul Elfian, membuka festival di Kota Solok.", ["Kota Solok"]),
        ("Judul\n\nArosukapost.com – Limapuluh Kota, Senin (30/9/2024), Pjs Bupati Limapuluh Kota, Ahmad Zakri, menggelar rakor.", ["Kabupaten Lima Puluh Kota"]),
        ("Judul\n\nPainan, Sumbarnews.id – Bupati Pesisir Selatan, Rusma Yul Anwar, membuka musrenbang di Painan. Hadir pula Bupati Solok Selatan, Khairunas.", ["Kabupaten Pesisir Selatan"]),
        ("Judul\n\nPadang, Padangkita.com – Gubernur Sumbar, Mahyeldi, meminta KPU Provinsi Sumatera Barat bekerja profesional.", ["Provinsi Sumatera Barat"]),
    ],
)
def test_subject_regions(lexicon, text, expected):
    assert regions_of(text, lexicon) == expected


def test_places_in_boilerplate_do_not_count(lexicon):
    text = "Judul\n\nSOLOK, binews.id - Bupati Solok meminta ASN netral di Kabupaten Solok.\nBerita Terkait\n- Pemkab Dharmasraya Gelar Buka Bersama\n- Anggota DPRD Sumbar Berkomitmen"
    assert regions_of(text, lexicon) == ["Kabupaten Solok"]


def test_a_place_word_inside_an_institution_name_or_a_venue_is_not_a_region(lexicon):
    from netralitas_site.extract.regions import region_scores
    from netralitas_site.model import Line as L
    text = "Kepala Badan Pengembangan Sumber Daya Manusia membuka pelatihan di Hotel Bukittinggi bersama peserta."
    assert region_scores((L(1, text),), lexicon) == {}


def test_every_region_of_an_appointment_list_is_a_subject(lexicon):
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile
    text = ("Gubernur Lantik Tiga Penjabat\n\nPadang, Padangkita.com – Gubernur Sumatera Barat melantik tiga penjabat kepala daerah, Senin (20/5/2024).\n"
            "Mereka adalah Penjabat Bupati Pasaman Barat Hendra Putra, Penjabat Bupati Sijunjung Dedi Kurnia dan Penjabat Wali Kota "
            "Payakumbuh Rida Ananda yang dilantik berdasarkan keputusan Menteri Dalam Negeri.\n")
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert {"Kabupaten Pasaman Barat", "Kabupaten Sijunjung", "Kota Payakumbuh"} <= {r.name for r in article.regions}
