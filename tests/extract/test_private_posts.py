"""Posts of private bodies (companies, clubs, associations) are no offices; the people holding
public ones are named without the body's or the place's words around them."""

import pytest

from mentions import officials
from netralitas_site.extract.article import extract_article
from netralitas_site.model import SourceFile


def test_the_head_of_a_company_the_text_calls_a_pt_is_no_official(lexicon):
    lines = [
        "Saham PT Sinar Layar Abadi Tbk (SLAB) naik tajam pekan ini.",
        "Direktur Utama SLAB Rudi Hartono mengatakan laba perseroan naik.",
        "Dirut Sinar Layar itu, Rudi Hartono, menambahkan dividen dibagi Juli.",
    ]
    assert officials(lines, lexicon) == []


def test_a_company_whose_ticker_a_place_bears_is_still_a_company(lexicon):
    """'PT Sinar Energi Tbk (SOLOK)' ... 'Direktur SOLOK': the ticker in capitals is the
    company's, though a regency bears the name; its director holds no office and the regency is
    no subject."""
    text = (
        "Kinerja Emiten Energi\n\nJAKARTA - PT Sinar Energi Tbk (SOLOK) mencatat laba naik, "
        "Kamis (14/8/2025).\nDirektur SOLOK Sinta Dewi mengatakan perseroan menambah armada."
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [o.name for o in article.officials] == []
    assert [r.name for r in article.regions] == []


def test_the_company_itself_and_a_stock_exchange_are_no_public_bodies(lexicon):
    lines = [
        "Direktur Utama Perseroan Budi Santoso membuka paparan publik.",
        "Direktur Pengembangan BEI Sinta Dewi menjelaskan aturan baru itu.",
    ]
    assert officials(lines, lexicon) == []


@pytest.mark.parametrize(
    "text",
    [
        "Direktur Keuangan Sinar Nikel Rudi Hartono mengatakan laba naik.",
        "Hadir pula Direktur Komersial & Pengembangan Bisnis KLT, Sinta Dewi.",
        # a bank's economist and a private charity's director
        "Kepala Ekonom Bank Sinar Rudi Hartono memperkirakan inflasi turun.",
        "Direktur Program Dompet Dhuafa Sinta Dewi menyerahkan bantuan.",
        # a private academy's president: the academy's name is no part of his
        "kata Presiden Sinar Film Academy Dimas Saputra dalam sambutannya.",
        # a bank's chief economist named first, a tournament's director, a mass organisation's head
        "ujar Rudi Hartono, Kepala Ekonom Sinar Bank untuk Asia, kemarin.",
        "kata Direktur Turnamen Piala Sukamaju Dimas Saputra.",
        "Ketua Rabithah Ma'ahid Islamiyah Nahdlatul Ulama Sukamaju, KH Dimas Saputra, hadir kemarin.",
        # a company's regional deputy for operations, a technology firm's head, a head coach
        "kata Deputi Operasional Kanwil III Sukamaju Rudi Hartono kepada wartawan.",
        "ujar Kepala Apple Riset Keamanan Rudi Hartono dalam konferensi itu.",
        "Pelatih Kepala Ganda Putra Rudi Hartono mengatakan latihan ditambah.",
    ],
)
def test_posts_below_a_companys_head_or_of_a_charity_are_no_offices(lexicon, text):
    """Below a company's head, public or private, or of a private charity: no office of the state."""
    assert officials(text, lexicon) == []


def test_a_ministrys_director_of_a_field_still_counts(lexicon):
    text = "Direktur Pemasaran Kementerian Pariwisata Budi Santoso membuka pameran."
    assert officials(text, lexicon) == [("Budi Santoso", "Direktur")]


def test_the_head_of_a_state_company_still_counts(lexicon):
    lines = [
        "PT Pertamina Niaga Jaya (PNJ) menambah armada.",
        "Direktur Utama PNJ Budi Santoso meresmikan depo baru di Jakarta.",
        "PT Karya Lestari Tbk (KLT) menjadi mitranya.",
    ]
    assert officials(lines, lexicon) == [("Budi Santoso", "Direktur Utama")]


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Klub Maju Hartono Wijaya mengatakan pelatih itu bertahan.",
        "Pelatih baru disambut Presiden Sporting Lumbini, Dimas Saputra.",
        "Direktur Sepakbola Klub Maju Dimas Saputra memastikan klub membeli pemain.",
    ],
)
def test_the_president_and_directors_of_a_club_are_no_officials(text, lexicon):
    assert officials(text, lexicon) == []


def test_a_head_of_state_in_a_story_about_a_club_still_counts(lexicon):
    text = "Presiden Prabowo Subianto menerima para pemain klub itu di Istana."
    assert officials(text, lexicon) == [("Prabowo Subianto", "Presiden")]


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Penyelenggara Rudi Hartono mengatakan pameran dibuka besok.",
        "Ketua Panitia Kurban Masjid Raya Budi Santoso membagikan daging.",
        "Wakil Ketua PWNU Jawa Tengah Hartono Wijaya memberi sambutan.",
        "Ketua Pengurus Pusat Ikatan Perawat Sinta Dewi hadir.",
    ],
)
def test_committees_and_mass_organisations_hold_no_public_post(text, lexicon):
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kepala Kantor Otoritas Bandara Wilayah II Padang Rudi Hartono menerima surat itu.",
            [("Rudi Hartono", "Kepala Kantor")],
        ),
        (
            "Direktur Penerangan Agama Islam Budi Santoso membuka acara itu.",
            [("Budi Santoso", "Direktur")],
        ),
        (
            "Dirjen Bimas Kristen Hartono Wijaya hadir di gereja itu.",
            [("Hartono Wijaya", "Direktur Jenderal")],
        ),
        (
            "Kepala Kantor OJK Jabodetabek Sinta Dewi menjelaskan aturan itu.",
            [("Sinta Dewi", "Kepala Kantor")],
        ),
        (
            "Menko Polkam Dimas Saputra memimpin rapat itu.",
            [("Dimas Saputra", "Menteri")],
        ),
    ],
)
def test_the_tail_of_the_body_is_not_the_first_name(text, expected, lexicon):
    assert officials(text, lexicon) == expected


def test_a_holder_opening_with_a_private_bodys_word_holds_its_post(lexicon):
    text = "Ketua PP Muhammadiyah Budi Santoso mengatakan sidang isbat digelar besok."
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            [
                "Perdana Menteri Hartono Wijayaresignatau tidak, kata pengamat.",
                "Wijaya mengatakan tidak akan mundur.",
            ],
            [("Hartono Wijaya", "Perdana Menteri")],
        ),
        (
            ["Presiden Budi Santosoagar rakyat tenang, kata Santoso kemudian."],
            [("Budi Santoso", "Presiden")],
        ),
    ],
)
def test_a_sentence_glued_to_the_last_name_is_cut_off(lines, expected, lexicon):
    assert officials(lines, lexicon) == expected


def test_a_name_ending_like_another_word_of_the_text_stays_whole(lexicon):
    lines = [
        "Wakil Menteri Koperasi Ferry Hartantono membuka pameran pada Juli.",
        "Pameran Juli itu dikunjungi ribuan orang.",
    ]
    assert officials(lines, lexicon) == [("Ferry Hartantono", "Wakil Menteri")]


@pytest.mark.parametrize(
    "text",
    [
        "Komite menggelar Rapat Anggota Luar Biasa pekan depan.",
        "Ia bekas Ketua Badan Kerja Sama Pengelola Program Studi Kenotariatan Perguruan Tinggi.",
    ],
)
def test_meetings_courts_and_bodies_are_no_names(text, lexicon):
    assert officials(text, lexicon) == []


def test_a_headline_in_title_case_names_nobody_before_an_office(lexicon):
    lines = [
        "2.  Cek Fakta: Tidak Benar Video Sinta Dewi Wawancara Mantan Menkes Budi Santoso",
        "Kabar itu tidak benar, kata pemeriksa fakta.",
    ]
    assert officials(lines, lexicon) == [("Budi Santoso", "Menteri")]


def test_a_courts_short_name_is_no_name(lexicon):
    text = (
        "Sebelum bertugas sebagai Hakim Utama di PN Jakarta Timur, Budi pernah menjabat sebagai "
        "Ketua Pengadilan Lembahsari, Jawa Barat."
    )
    assert not any(name.startswith("PN") for name, _ in officials(text, lexicon))


@pytest.mark.parametrize(
    "text",
    [
        "Sekretaris Perusahaan PT Kereta Api Indonesia, Sinta Dewi, menjelaskan jadwal baru.",
        "Kepala Divisi Corporate Secretary Pelindo Budi Santoso menjawab pertanyaan wartawan.",
        "Ketua RT 04 RW 02 Kelurahan Sukamaju, Dimas Saputra, mendata warga.",
        "Direktur Program Studi Vokasi UI, Rudi Hartono, membuka acara itu.",
        "Direktur Teknis Maju Racing Team, Hartono Wijaya, mengatakan motornya siap.",
        "Ketua Perhimpunan Dokter Gigi Budi Santoso menyampaikan imbauan.",
    ],
)
def test_a_company_secretary_a_neighbourhood_head_a_campus_and_a_team_hold_no_office(text, lexicon):
    assert officials(text, lexicon) == []


def test_a_state_companys_everyday_word_inside_another_companys_name_is_no_state_company(
    lexicon,
):
    private = "Direktur Utama PT Cahaya Karya Mandiri Tbk, Budi Santoso, memaparkan kinerja."
    state = "Direktur Utama PT Bank Mandiri, Rudi Hartono, memaparkan kinerja."
    assert officials(private, lexicon) == []
    assert officials(state, lexicon) == [("Rudi Hartono", "Direktur Utama")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wakil Presiden Pemasaran Sinar Motor, Budi Santoso, mengatakan penjualan naik.", []),
        ("Presiden Federasi Bulu Tangkis Dunia Sinta Dewi membuka turnamen.", []),
        ("Wakil Presiden RI ke-6 Hartono Wijaya hadir.", [("Hartono Wijaya", "Wakil Presiden")]),
        ("Presiden Prancis Budi Santoso tiba di Jakarta.", [("Budi Santoso", "Presiden")]),
        ("Presiden Klub Motor Jaya Indonesia, Dimas Saputra, membuka acara.", []),
        ("Presiden Barcelona Rudi Hartono memuji pelatih itu.", []),
        ("Pujian datang dari Presiden Sinar Pesawat Asia Tenggara, Sinta Dewi.", []),
        ("Presiden Senat Laos Budi Santoso tiba di Jakarta.", [("Budi Santoso", "Ketua")]),
        ("Presiden Federasi Rusia Rudi Hartono tiba.", [("Rudi Hartono", "Presiden")]),
    ],
)
def test_a_president_whose_office_names_no_state_is_a_companys_or_a_federations(
    text, expected, lexicon
):
    assert officials(text, lexicon) == expected


def test_a_special_envoy_of_the_president_is_an_official_not_the_president(lexicon):
    text = "Utusan Khusus Presiden Bidang Kebudayaan, Dimas Saputra, meninjau sanggar itu."
    assert officials(text, lexicon) == [("Dimas Saputra", "Staf Ahli")]


@pytest.mark.parametrize(
    "text",
    [
        "Kasi Bimbingan Manasik menyampaikan jadwal latihan calon jemaah.",
        "Hal itu dikatakan Ketua Forum Peduli Pantai Bersih kepada wartawan.",
    ],
)
def test_a_units_everyday_words_after_an_office_are_no_persons_name(text, lexicon):
    source = SourceFile("a.txt", "a.txt", f"Jadwal baru\n\n{text}\n", "0" * 64, 1, {})
    article, _ = extract_article(source, lexicon)
    assert article.officials == ()


def test_a_name_of_everyday_words_known_as_a_public_figures_is_kept(lexicon):
    text = "Ketua DPR RI Puan Maharani membuka sidang paripurna."
    assert officials(text, lexicon) == [("Puan Maharani", "Ketua DPR")]


@pytest.mark.parametrize(
    "text",
    [
        "Wakil Presiden Komisaris Perseroan Budi Santoso mengundurkan diri.",
        "Direktur Utama Sinar Kapal Sdn Bhd, Rudi Hartono, menandatangani kontrak.",
        "Direktur Utama Lestari Trading Ltd, Hartono Wijaya, hadir.",
        "Ketua Majelis Ulama Indonesia (MUI) Bidang Dakwah, Dimas Saputra, mengimbau umat.",
        "Ketua Pengurus Cabang Ikatan Pelajar Kota Maju, Sinta Dewi, membuka acara.",
    ],
)
def test_commissioners_foreign_companies_and_mass_organisations_hold_no_office(text, lexicon):
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "ujar Kepala Pos Pengamatan Gunung Tinggi di Sukamaju, Budi Santoso, Kamis (5/6).",
            [("Budi Santoso", "Kepala")],
        ),
        (
            "Plt Direktur Utama PT Pertamina Laut Biru, Rudi Hartono Putra, menegaskan hal itu.",
            [("Rudi Hartono Putra", "Pelaksana Tugas Direktur Utama")],
        ),
    ],
)
def test_the_holder_follows_the_comma_after_a_units_everyday_words(text, expected, lexicon):
    assert officials(text, lexicon) == expected


def test_an_office_in_a_list_of_places_holds_none_of_them(lexicon):
    text = "Taman dibangun di Bukit Hijau, Panglima Kelor, Kebun Pisang, Tanjung Sari, Pasar Baru."
    assert [name for name, _ in officials(text, lexicon) if name] == []


def test_the_holder_of_a_private_post_is_no_speaker_without_an_office(lexicon):
    """A state company's regional deputy who then speaks holds that post, which is no office: he
    is no 'speaker without a role' for an office named nearby to be lent to."""
    from netralitas_site.extract.officials import find_mentions
    from netralitas_site.extract.speakers import speakers_without_role
    from netralitas_site.model import Line

    lines = (
        Line(
            1,
            "Dalam acara itu, Deputi Operasional PT Pelindo Regional Solok, Budi Santoso "
            "mengatakan pelabuhan siap melayani arus mudik.",
        ),
    )
    found = find_mentions(lines, lexicon)
    assert [m.name for m in found] == [None]
    assert speakers_without_role(lines, lexicon, found) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Tunggu saja," kata Rudi Hartono, Direktur Sinarmobil Group.',
        "Presiden Director of Sinarmobil Group Rudi Hartono mengatakan pabrik itu siap.",
        "Direktur Sinarmobil Group Rudi Hartono mengatakan pabrik itu siap.",
    ],
)
def test_a_business_groups_posts_are_no_offices(lexicon, text):
    """A 'Group' names a company; English titles of its posts are no person's name."""
    assert officials(text, lexicon) == []


def test_a_commander_of_the_former_rebels_transition_committee_holds_no_office(lexicon):
    """Komite Peralihan Aceh is the former rebels' organisation, not a state body."""
    text = (
        "Panglima Muda Komite Peralihan Aceh (KPA) Wilayah Sukamaju, Dimas Saputra, hadir di sana."
    )
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "text",
    [
        "Presiden World Boxing Dimas Saputra membuka kejuaraan itu.",
        "Direktur Pemberitaan Jak TV Sinta Dewi Rahayu diperiksa penyidik.",
    ],
)
def test_a_bodys_name_of_several_words_read_as_the_holder_is_a_private_post(lexicon, text):
    """The words after a bare office name a federation or a television station that holds no
    public post, however many of them the holder's reading took in."""
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kabid Binpres Dimas Saputra menyebut pemain itu cedera. Ia ditemui di Pelatnas PBSI.",
        "Pemain itu cedera, kata Kepala Bidang Pembinaan Prestasi, Dimas Saputra, di markas PSSI.",
    ],
)
def test_a_field_head_in_a_story_about_a_sports_federation_is_the_federations(lexicon, text):
    """A head of athletes' training named without a body, in a story that names a sports
    federation, holds the federation's post, not a government's."""
    assert officials(text, lexicon) == []


def test_a_government_field_head_stays_an_official_beside_a_federation(lexicon):
    text = (
        "Kepala Bidang Pembinaan Prestasi Dispora Sumbar, Dimas Saputra, menyebut atlet PBSI siap."
    )
    assert officials(text, lexicon) == [("Dimas Saputra", "Kepala Bidang")]


@pytest.mark.parametrize(
    "text",
    [
        "Rudi Hartono, Direktur Marketing PT Sinar Layar Tbk mengatakan penjualan naik.",
        "Dimas Saputra selaku Direktur Independen PT Sinar Layar Abadi, hadir di sidang.",
    ],
)
def test_a_company_post_after_a_name_with_a_verb_after_the_company(lexicon, text):
    """The office after a name, its company named before the sentence goes on: a company's
    post, not the bare 'Direktur' the vocabulary reads first."""
    assert officials(text, lexicon) == []


def test_a_state_companys_head_after_a_name_stays_an_official(lexicon):
    text = "Rudi Hartono selaku Direktur Utama PT Pertamina mengatakan stok aman."
    assert officials(text, lexicon) == [("Rudi Hartono", "Direktur Utama")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kepala SDS Sukamaju Rudi Hartono mengatakan siswa libur.", []),
        ("Kepala SDK Maju Jaya II Sinta Dewi Rahayu mengatakan siswa libur.", []),
        ("Kepala Sekolah SMA Sukamaju Islamic School Rudi Hartono hadir.", []),
        # a state school's head is a civil servant
        (
            "Kepala SDN 1 Sukamaju Rudi Hartono mengatakan siswa libur.",
            [("Rudi Hartono", "Kepala Sekolah")],
        ),
    ],
)
def test_a_private_schools_head_is_no_official(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_medical_specialtys_head_and_neck_is_no_office(lexicon):
    text = "Hal itu disampaikan ahli bedah Kepala Leher, Rudi Hartono, di rumah sakit itu."
    assert officials(text, lexicon) == []


def test_a_misspelt_post_word_is_no_persons_name(lexicon):
    """'Staf Kusus eks Menteri X Rudi': the post's misspelt words are no one's name; the
    minister named after them is the minister."""
    text = "Polisi memeriksa Staf Kusus eks Menteri Pertanian Rudi Hartono kemarin."
    assert officials(text, lexicon) == [("Rudi Hartono", "Menteri")]


def test_a_watchdog_a_survey_body_and_a_customary_council_are_no_public_bodies(lexicon):
    """'Direktur Lembaga Kajian Publik X', 'Ketua Lembaga Pemantau Kebijakan Publik Y', 'Ketua
    Dewan Adat Z': private or customary bodies, their heads no officials (was: officials who took
    the quotes); a state 'Lembaga Administrasi Negara' stays public."""
    from mentions import officials

    for written in (
        "Direktur Lembaga Kajian Publik Rafflesia, Dimas Saputra, menilai sanksi terlalu ringan.",
        "Ketua Lembaga Pemantau Kebijakan Publik Klaten, Dimas Saputra, menilai hal itu.",
        "Ketua Dewan Adat Lembah Baliem, Dimas Saputra, meminta warga tenang.",
    ):
        assert officials([written], lexicon) == []
    state = ["Kepala Lembaga Administrasi Negara, Dimas Saputra, hadir."]
    assert [name for name, _ in officials(state, lexicon)] == ["Dimas Saputra"]
