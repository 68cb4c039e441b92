"""The holder named after a unit's long name, which the role phrase does not reach."""

import pytest

from mentions import officials


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Direktur Jalan Desa dan Jembatan Kecil Direktorat Jenderal Prasarana Perdesaan "
            "(DJPP) KPD Budi Santoso menilai izin itu harus ditinjau.",
            [("Budi Santoso", "Direktur")],
        ),
        (
            "Dirjen Perbendaharaan Daerah dan Aset Kementerian Keuangan (Kemenkeu) Hartono Wijaya "
            "ditunjuk sebagai ketua tim.",
            [("Hartono Wijaya", "Direktur Jenderal")],
        ),
        (
            "kata Deputi bidang Koordinasi Pasar Rakyat, Kementerian Koordinator bidang "
            "Perekonomian, Dimas Saputra dalam diskusi itu.",
            [("Dimas Saputra", "Deputi")],
        ),
    ],
)
def test_a_holder_after_the_units_long_name(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "kata Kepala Riset Aset Digital di Bank Sentosa Raya, Sinta Dewi kepada wartawan.",
        "Evakuasi Kapolda Sukamaju, TNI Berputar Cepat Ditarik Helikopter",
    ],
)
def test_no_holder_after_a_company_or_in_a_headline(lexicon, text):
    names = [name for name, _ in officials(text, lexicon) if name]
    assert not [name for name in names if "Sinta" in name or "Ditarik" in name]


def test_one_word_after_dan_ends_the_units_name_not_a_holder(lexicon):
    """'Kepala Bidang Pelatihan dan Lomba (Kabid Latlom)': the word after 'dan' is the unit's
    last word; the holder follows."""
    text = "Kepala Bidang Pelatihan dan Lomba (Kabid Latlom) Dinas Olahraga, Budi Santoso, hadir."
    assert officials(text, lexicon) == [("Budi Santoso", "Kepala Bidang")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Anggota DPRD Sumatera Barat dari dapil Solok, Budi Santoso, meninjau pasar.",
            [("Budi Santoso", "Anggota DPRD")],
        ),
        (
            "Direktur Pengawasan Pangan dari Badan Pangan Nasional, Sinta Dewi, menyampaikan itu.",
            [("Sinta Dewi", "Direktur")],
        ),
    ],
)
def test_a_units_name_goes_on_after_dapil_or_dari(text, expected, lexicon):
    """'dapil X' (the electoral district) and 'dari Badan Y' belong to the office; the holder
    follows them."""
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Direktur Jenderal Kerajinan Rumah, Tenun, dan Anyaman (KRTA) Sinta Dewi mengatakan "
            "pelatihan itu dibuka lagi.",
            [("Sinta Dewi", "Direktur Jenderal Kerajinan Rumah, Tenun, dan Anyaman (KRTA)")],
        ),
        (
            "Kepala Dinas Pangan, Peternakan, dan Perikanan (Kadis P3) Kabupaten Agam, Budi "
            "Santoso mengatakan stok aman.",
            [
                (
                    "Budi Santoso",
                    "Kepala Dinas Pangan, Peternakan, dan Perikanan (Kadis P3) Kabupaten Agam",
                )
            ],
        ),
    ],
)
def test_the_fields_a_unit_lists_before_dan_are_no_holder(lexicon, text, expected):
    """Everyday words between the office's commas list the unit's fields; the holder follows."""
    assert officials(text, lexicon, written=True) == expected


def test_one_word_set_off_by_a_comma_closes_the_units_name_as_its_holder(lexicon):
    text = "Hadir pula Menteri Koordinator bidang Pangan dan Pertanian, Suparmanto."
    other = (
        "Hadir pula Menteri Koordinator bidang Pangan dan Pertanian, Suparmanto, dan Budi Santoso."
    )
    expected = [("Suparmanto", "Menteri Koordinator bidang Pangan dan Pertanian")]
    assert officials(text, lexicon, written=True) == expected
    assert officials(other, lexicon, written=True) == expected


def test_a_units_words_before_the_name_without_a_comma_are_cut_when_the_name_comes_again(
    lexicon,
):
    """'Kepala Balai Karantina Hewan Budiarto Santoso': the article writes 'Budiarto' again
    without the unit's word before it, so the name starts there."""
    lines = [
        "Kepala Balai Karantina Hewan Budiarto Santoso memeriksa sapi itu.",
        "Menurut Budiarto, sapi itu sehat.",
    ]
    assert officials(lines, lexicon) == [("Budiarto Santoso", "Kepala")]


def test_no_cut_on_a_surname_or_a_figures_name_written_again(lexicon):
    """The surname alone again: the first word may be the person's own ('Jim', 'Mars'); a public
    figure's name again is that figure's, not this holder's."""
    surname = ["Kepala LPDK Jim Hartowiyono meninjau lokasi.", "Kata Hartowiyono, jalan aman."]
    figure = ["Wakil Menteri Sinta Raka Prabowo hadir.", "Presiden Prabowo membuka acara itu."]
    assert officials(surname, lexicon) == [("Jim Hartowiyono", "Kepala")]
    assert ("Sinta Raka Prabowo", "Wakil Menteri") in officials(figure, lexicon)


def test_the_year_an_office_was_held_stands_between_it_and_its_holder(lexicon):
    text = "Terdakwa ketiga, Direktur Utama Bank Nagari tahun 2019, Rudi Hartono, hadir."
    assert officials(text, lexicon) == [("Rudi Hartono", "Direktur Utama")]


def test_a_headlines_verb_before_a_name_is_no_units_word(lexicon):
    """In a headline every word is capitalised: 'Menteri X Ancam Budiarto' does not make
    Budiarto the minister, though the article writes 'Budiarto' again."""
    lines = ["Menhan Israel Ancam Budiarto Santoso", "Kata Budiarto, itu gertakan."]
    assert [name for name, _ in officials(lines, lexicon)] != ["Budiarto Santoso"]


def test_a_place_named_after_someone_is_the_units_name_and_its_holder_follows(lexicon):
    """'Kepala Bandara H. Budi Santoso Solok, Rudi Hartono': the airport bears a person's name;
    its head is the name after the comma."""
    text = "Kepala Bandara H. Budi Santoso Solok, Rudi Hartono, mengatakan landasan aman."
    assert [name for name, _ in officials(text, lexicon)] == ["Rudi Hartono"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Pernyataan itu dibacakan Duta Besar (Dubes) Laos untuk PBB, Rudi Hartono di Jenewa.",
            [("Rudi Hartono", "Duta Besar")],
        ),
        ("Kata Juru Bicara PBB, Rudi Hartono, kemarin.", []),
    ],
)
def test_an_envoy_to_a_body_is_a_states_official_its_staff_none(lexicon, text, expected):
    """'untuk' names where an envoy is sent: an ambassador to the UN holds a state's post; the
    UN's own staff hold none."""
    assert officials(text, lexicon) == expected
