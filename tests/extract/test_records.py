"""People in tables and labelled records: a decree's annex copied into the story."""

import pytest

from mentions import article_of

LEAD = "Wali Kota Padang Lantik Pejabat\n\nPADANG - Wali Kota Padang melantik pejabat, Senin (9/3/2026).\n"


def people(text, lexicon):
    return [(o.name, o.role_normalized) for o in article_of(LEAD + text, lexicon).officials]


def test_the_rows_under_a_name_and_post_header_are_people_with_their_posts(lexicon):
    """'No Nama Jabatan' copied from a table (its tabs lost): each row a person, then a post."""
    table = (
        "Berikut susunan pejabat yang dilantik:\n"
        "No\tNama\tJabatan Baru\tUnit Kerja\n"
        "1\tDimas Saputra Wibowo, S.STP, M.Si\tCamat\tKecamatan Koto Tangah\n"
        "2\tHj. Sinta Dewi Lestari, S.E.\tKepala Bagian Umum\tSekretariat Daerah\n"
        "3\tRendra Wijayakusuma    Kepala Dinas Sosial\n"
        "Pelantikan berlangsung tertib.\n"
    )
    assert people(table, lexicon) == [
        ("Dimas Saputra Wibowo", "Camat"),
        ("Sinta Dewi Lestari", "Kepala Bagian"),
        ("Rendra Wijayakusuma", "Kepala Dinas"),
    ]


def test_numbered_lines_without_a_header_are_no_table(lexicon):
    text = "Ada tiga catatan:\n1 Dimas Saputra Wibowo Kepala Dinas Sosial menerima laporan\n"
    assert ("Dimas Saputra Wibowo", "Kepala Dinas") not in people(text, lexicon)


@pytest.mark.parametrize(
    "record, expected",
    [
        (
            "1. Nama : Dimas Saputra, S.E., M.M.\nNIP : 19800101 200501 1 001\n"
            "Jabatan : Kepala Badan Keuangan Daerah\n",
            [("Dimas Saputra", "Kepala Badan")],
        ),
        (  # the old post and the new one, their line break lost between them
            "2. Nama: Rendra Wijayakusuma, S.IP\nJabatan lama: Camat Koto Tangah\n"
            "Jabatan baru: Kepala Satuan Polisi Pamong Praja\n",
            [("Rendra Wijayakusuma", "Kepala Satpol PP")],
        ),
        (  # a record that gives no post before the next one: no office guessed
            "Nama: Sinta Dewi Lestari, S.E.\nNama: Hendra Kusuma, S.T.\nJabatan: Lurah Air Tawar\n",
            [("Hendra Kusuma", "Lurah")],
        ),
    ],
)
def test_a_name_record_takes_the_post_its_jabatan_line_gives(lexicon, record, expected):
    assert people(record, lexicon) == expected


def test_an_office_that_repeats_its_units_word_names_the_unit_once(lexicon):
    """'Camat Kecamatan X': the institution is 'Kecamatan X', not 'Kecamatan Kecamatan X'."""
    text = "Camat Kecamatan Koto Tangah, Dimas Saputra, hadir.\n"
    [official] = article_of(LEAD + text, lexicon).officials
    assert official.institution == "Kecamatan Koto Tangah"


def test_a_numbered_name_whose_new_post_is_written_below_holds_that_post(lexicon):
    """'3. Ir. A, M.T.' then 'Jabatan baru: X' and 'Jabatan lama: Y' (their line break lost or
    not): A holds X; the old post on the line above the next item is no heading for it (was: the
    next item's person took the old post of the one above)."""
    text = (
        "Berikut daftar pejabat yang dilantik:\n\n"
        "1. dr. Sinta Dewi Lestari, M.K.M.\n"
        "Jabatan baru: Kepala Dinas Kesehatan\n"
        "Jabatan lama: Direktur RSUD Sukamaju\n\n"
        "2. Ir. Dimas Saputra, M.T.\n"
        "Jabatan baru: Kepala Dinas Pekerjaan Umum dan Penataan Ruang Jabatan lama: Kepala Bappeda\n"
    )
    assert people(text, lexicon) == [
        ("Sinta Dewi Lestari", "Kepala Dinas"),
        ("Dimas Saputra", "Kepala Dinas"),
    ]
    institutions = [o.institution for o in article_of(LEAD + text, lexicon).officials]
    assert institutions[1] == "Dinas Pekerjaan Umum dan Penataan Ruang Kota Padang"
