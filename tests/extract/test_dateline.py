"""read_dateline on the dateline shapes of shared/domain/outlets.md."""

import pytest

from netralitas_site.extract.dateline import read_dateline


@pytest.mark.parametrize(
    "lead, outlet, domain, place",
    [
        ("Kabaminang.com – Solok, Rapat koordinasi yang membahas desk Pilkada digelar pada Rabu.", "Kabaminang.com", "kabaminang.com", "Solok"),
        ("SOLOK, binews.id - Sanksi terhadap ASN yang melanggar pada pelaksanaan pilkada tahun ini lebih keras.", "binews.id", "binews.id", "Solok"),
        ("Solok, Klikpositif – Penjabat sementara Bupati Solok, Akbar Ali kembali mengingatkan seluruh ASN.", "Klikpositif", "klikpositif.com", "Solok"),
        ("JAKARTA, KOMPAS.com - Kementerian Dalam Negeri meminta seluruh penjabat kepala daerah menjaga netralitas.", "KOMPAS.com", "kompas.com", "Jakarta"),
        ("Arosukapost.com – Arosuka, Senin, 30 September 2024, Pjs Bupati Solok menerima kunjungan Bawaslu.", "Arosukapost.com", "arosukapost.com", "Arosuka"),
        ("Pangkalan Kerinci (binews.id) – Bupati Pelalawan, Novrizal Harahap, membuka pelatihan guru.", "binews.id", "binews.id", "Pangkalan Kerinci"),
        ("Sumbarnews.id, LUBUK BASUNG — Bupati Agam, Akbar Ali, meninjau lokasi banjir di Kecamatan Tanjung Raya.", "Sumbarnews.id", "sumbarnews.id", "Lubuk Basung"),
        ("Jakarta (ANTARA) - Badan Pengawas Pemilu mencatat ratusan laporan dugaan pelanggaran netralitas ASN.", "ANTARA", "antaranews.com", "Jakarta"),
    ],
)
def test_outlet_and_place(lexicon, lead, outlet, domain, place):
    found = read_dateline(lead, lexicon)
    assert found is not None
    assert (found.outlet.name, found.outlet.domain, found.place) == (outlet, domain, place)


@pytest.mark.parametrize(
    "text",
    [
        "Perbaikan Jalan Ruas Gunung Talang–Bangkinang Kota Ditargetkan Rampung Akhir Tahun",
        "Netralitas ASN – Bupati Ingatkan Pegawai",
        "Hal ini ditegaskan Bupati Solok - yang juga ketua tim - dalam sosialisasi netralitas.",
    ],
)
def test_headlines_and_prose_with_dashes_are_not_datelines(lexicon, text):
    assert read_dateline(text, lexicon) is None
