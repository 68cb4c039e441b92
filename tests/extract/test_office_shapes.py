"""Shapes of office and holder that national news writes: lower-case offices before a body's
acronym, bracketed holders, members listed after their office, bodies and places between office
and name, party boards, private companies, and one person written several ways."""

import pytest

from mentions import article_of, officials
from netralitas_site.extract.article import extract_article
from netralitas_site.extract.officials import find_mentions
from netralitas_site.model import Line, SourceFile


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hal itu disampaikan juru bicara KPK, Rudi Hartono, kepada wartawan di Jakarta.",
            [("Rudi Hartono", "Juru Bicara")],
        ),
        (
            "kata juru bicara Departemen Luar Negeri Laos, Sinta Dewi, kepada wartawan.",
            [("Sinta Dewi", "Juru Bicara")],
        ),
        (
            "KPK juga memanggil anggota DPR RI Komisi XI, Hendra Kusuma, sebagai saksi.",
            [("Hendra Kusuma", "Anggota DPR RI")],
        ),
        (
            "Jaksa mendakwa terdakwa menyuap mantan komisioner KPU Andi Saputra sebesar Rp 600 juta.",
            [("Andi Saputra", "Anggota KPU")],
        ),
        (
            "Pernyataan itu dibantah juru bicara pemerintah Norwegia Lars Henriksen kemarin.",
            [("Lars Henriksen", "Juru Bicara")],
        ),
        (
            "Vonis dibacakan ketua majelis hakim Dewi Lestari Putri di ruang sidang.",
            [("Dewi Lestari Putri", "Hakim")],
        ),
    ],
)
def test_a_lower_case_office_before_a_bodys_acronym_holds_the_name(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rumah itu dihuni anggota keluarga Budi Santoso sejak lama.",
        "Warga menyebut ketua panitia Andi Saputra sudah pulang.",
    ],
)
def test_a_lower_case_office_without_a_body_holds_no_one(lexicon, text):
    assert officials(text, lexicon) == []


def test_holders_written_in_brackets_after_their_office(lexicon):
    text = (
        "Dokumen itu adalah kesepakatan antara Gubernur Jambi (Hasan Basri) dan Gubernur Riau (Indra Gunawan) "
        "disaksikan Mendagri (Rudini)."
    )
    assert officials(text, lexicon) == [
        ("Hasan Basri", "Gubernur"),
        ("Indra Gunawan", "Gubernur"),
        ("Rudini", "Menteri Dalam Negeri"),
    ]


def test_a_bodys_short_name_in_brackets_is_not_a_holder(lexicon):
    assert officials(
        "Ketua Badan Pengawas Pemilu (Bawaslu) Kota Padang, Andi Saputra, hadir.", lexicon
    ) == [("Andi Saputra", "Ketua Bawaslu")]


def test_members_listed_after_their_office(lexicon):
    text = (
        "Acara itu dihadiri Anggota DPRD Kota Padang Fraksi Gerindra di antaranya Andi Saputra, "
        "Yusuf Hamdani, dan Hendra Kusuma. Selain itu hadir pula warga."
    )
    assert officials(text, lexicon) == [
        ("Andi Saputra", "Anggota DPRD"),
        ("Yusuf Hamdani", "Anggota DPRD"),
        ("Hendra Kusuma", "Anggota DPRD"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sementara itu, camat yang turut dimintai keterangan, yakni Dimas Saputra dan Hendra "
            "Kusuma Wardana, datang pukul sembilan.",
            [("Dimas Saputra", "Camat"), ("Hendra Kusuma Wardana", "Camat")],
        ),
        (
            "Kepala desa yang diundang yaitu Warsito, Rudi Hartono dan Sinta Dewi. Ketiganya hadir.",
            [
                ("Warsito", "Kepala Desa"),
                ("Rudi Hartono", "Kepala Desa"),
                ("Sinta Dewi", "Kepala Desa"),
            ],
        ),
        (
            "Wali nagari yang mendaftar, di antaranya Zulkarnain dari Nagari Sukamaju dan Indrawan "
            "dari Nagari Sukadamai, diminta cuti.",
            [("Zulkarnain", "Wali Nagari"), ("Indrawan", "Wali Nagari")],
        ),
    ],
)
def test_holders_listed_after_a_clause_about_them(lexicon, text, expected):
    """'camat yang diperiksa, yakni A dan B': an office whose holders a clause describes and
    'yakni' lists holds them, written in lower case too, each possibly with where he comes from."""
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dimas Saputra, yang sehari-hari menjabat Kepala Bappeda Kota Padang, mengatakan rapat "
            "berjalan baik.",
            [("Dimas Saputra", "Kepala Badan")],
        ),
        (
            "Anggota Banggar lainnya, Rendra Wijayakusuma, meminta rincian belanja.",
            [("Rendra Wijayakusuma", "Anggota")],
        ),
        (
            "Anggota pansus lainnya, Hj. Sinta Dewi Lestari, meminta data kepegawaian.",
            [("Sinta Dewi Lestari", "Anggota")],
        ),
    ],
)
def test_a_post_held_day_to_day_and_another_member_of_a_body(lexicon, text, expected):
    """'A, yang sehari-hari menjabat X': X is A's post; 'Anggota Pansus lainnya, A': another of
    the body's members, its name in lower case too."""
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "name",
    ["Dimas Saputra", "Tjhin Ket Fung"],  # a name of words no list knows, too
)
def test_the_name_closing_a_sentence_holds_the_office_that_points_back_at_it(lexicon, name):
    text = (
        f"Dalam kesempatan itu hadir pula {name}. Kepala Dinas Pariwisata Kota Sukamaju itu "
        "menyebut pawai akan melibatkan 800 peserta."
    )
    assert officials(text, lexicon) == [(name, "Kepala Dinas")]


def test_a_place_closing_a_sentence_holds_no_office_pointing_back(lexicon):
    text = "Rombongan tiba di Koto Tangah. Kepala Dinas Pariwisata Kota Sukamaju itu menyambut."
    assert officials(text, lexicon) == []


def test_a_lower_case_office_and_a_clause_without_a_list_holds_no_one(lexicon):
    assert (
        officials("Menurut warga, camat yang baru belum pernah datang ke Sukamaju.", lexicon) == []
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hal itu dikatakan Direktur Penyelidikan KPK Asep Rahmat Hidayat di Jakarta.",
            [("Asep Rahmat Hidayat", "Direktur")],
        ),
        (
            "Kepala Bidang Pemasaran Dispar NTB Mawardi menyebut aksi itu tidak elok.",
            [("Mawardi", "Kepala Bidang")],
        ),
        (
            "Turut hadir Kepala Basarnas Bali I Made Wirawan serta pejabat lainnya.",
            [("I Made Wirawan", "Kepala")],
        ),
        (
            "Hal itu disampaikan Ketua Baleg Yusuf Hamdani di Gedung DPR.",
            [("Yusuf Hamdani", "Ketua")],
        ),
        (
            "Pasar menanti langkah Ketua Fed Hendra Kusuma tahun ini.",
            [("Hendra Kusuma", "Kepala Lembaga")],
        ),
        ("Ia memuji Menteri LH Budi Santoso yang datang ke lokasi.", [("Budi Santoso", "Menteri")]),
    ],
)
def test_a_bodys_words_between_office_and_name_join_the_office(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kasubdit Kasasi Perdata Dimas Saputra diperiksa penyidik kemarin.",
            [("Dimas Saputra", "Kasubdit Kasasi Perdata")],
        ),
        (
            # the field, the court and a name of three words: longer than one run of capitals
            "Kasubdit Banding Perdata Niaga Mahkamah Agung Dimas Saputra Wibowo diperiksa.",
            [("Dimas Saputra Wibowo", "Kasubdit Banding Perdata Niaga Mahkamah Agung")],
        ),
        (
            # one unknown word before a known one is still the person's first name
            "Hal itu disampaikan Wakil Menteri Komdigi Ranggi Dimas Saputra di Jakarta.",
            [("Ranggi Dimas Saputra", "Wakil Menteri Komdigi")],
        ),
    ],
)
def test_an_offices_field_and_its_court_are_not_the_holders_name(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bureau head, 'Karo', named with the bureau; the rank glued to the unit by a lost space
        (
            "ujar Karo Ops Polda SukamajuKombes Rendra Wijayakusuma.",
            [("Rendra Wijayakusuma", "Karo Ops Polda Sukamaju")],
        ),
        (
            "ujar Kepala Divisi HumasPolriIrjen Rendra Wijayakusuma.",
            [("Rendra Wijayakusuma", "Kepala Divisi Humas Polri")],
        ),
        # 'Karo' alone is a regency's name, and no office
        (
            "Bupati Karo Rendra Wijayakusuma meninjau pasar.",
            [("Rendra Wijayakusuma", "Bupati Karo")],
        ),
        ("Warga Karo Rendra Wijayakusuma ikut hadir.", []),
    ],
)
def test_a_bureau_head_and_a_rank_glued_to_the_unit(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Menurut Rendra Wijayakusuma, anggota komisi energi parlemen Norwegia, hal itu wajar.",
            [("Rendra Wijayakusuma", "Anggota Parlemen")],
        ),
        (
            "Rendra Wijayakusuma, selaku anggota komisi XIII DPR, menilai hal itu wajar.",
            [("Rendra Wijayakusuma", "Anggota DPR RI")],
        ),
    ],
)
def test_a_committee_written_in_lower_case_names_the_body(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bekas anggota Kongres Negeri Paman Sam (AS) dari Ohio, Rendra Wijayakusuma, menulis.",
        "Senator dari Ohio, Rendra Wijayakusuma, menulis surat.",
    ],
)
def test_a_foreign_seat_after_dari_is_the_posts(lexicon, text):
    # 'dari <a foreign state>' after a legislator's office names the seat, as 'dari Fraksi X'
    assert [name for name, _ in officials(text, lexicon)] == ["Rendra Wijayakusuma"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ia disambut Gubernur St. Petersburg Andrei Volkov di bandara.",
            [("Andrei Volkov", "Gubernur")],
        ),
        (
            "Hadir pula Senator Dagestan Ruslan Aliev dalam pertemuan itu.",
            [("Ruslan Aliev", "Anggota Parlemen")],
        ),
        (
            "Ia disambut Duta Besar RI untuk Federasi Rusia Andi Saputra.",
            [("Andi Saputra", "Duta Besar")],
        ),
        ("Wali Kota L.A. Maria Lopez meminta maaf kepada warga.", [("Maria Lopez", "Wali Kota")]),
    ],
)
def test_foreign_places_between_office_and_name(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ayahnya pernah menjabat sebagai Wali Kota Cebu dan Gubernur Davao selama bertahun-tahun.",
        "Ia lahir di Saint Petersburg dan menjadi Wakil Wali Kota Saint Petersburg kemudian.",
    ],
)
def test_a_foreign_city_after_an_office_is_not_its_holder(lexicon, text):
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rombongan berziarah ke makam Presiden Pertama Hasan Basri di Blitar.",
            [("Hasan Basri", "Presiden")],
        ),
        (
            "Rombongan berziarah ke makam Presiden PertamaHasan Basri di Blitar.",
            [("Hasan Basri", "Presiden")],
        ),
        (
            "Ia ditegur Gubernur Jawa Barat, Kang Asep Rahmat, pekan lalu.",
            [("Asep Rahmat", "Gubernur")],
        ),
        ("Menurut Gubenur Jawa Barat, Asep Rahmat, hal itu diatur.", [("Asep Rahmat", "Gubernur")]),
    ],
)
def test_an_ordinal_a_courtesy_word_or_a_misspelt_office_before_the_name(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kantor itu berada di Jl Panglima Polim, Jakarta Selatan.",
        "Hal itu disampaikan Ketua DPD Gerindra Sumbar ini kepada wartawan.",
        "Video: Gubernur Papua Tengah Bantah Isu Kerusakan Hutan",
        "Ia pernah menjadi Wakil Kepala Direktorat Administratif Presiden pada 1996.",
        "Surat itu diserahkan kepada Plt Ketua Dekranasda dan Plt Ketua Tim Penggerak PKK.",
        "Ia meminta Direktur UtamaMRT Jakarta untuk segera berdiskusi.",
        "Ia adalah mantan Panglima Gerakan Aceh Merdeka (GAM) itu.",
        "Anggota Polsubsektor Sukamaju dan Team Resmob yang mendapat laporan segera bergerak.",
    ],
)
def test_streets_party_boards_headline_verbs_and_bodies_are_not_holders(lexicon, text):
    assert officials(text, lexicon) == []


def test_a_post_a_clause_gives_the_name_before_takes_no_holder_after_it(lexicon):
    """'A, yang juga Kuwu Desa Sukamekar, meminta ...': the village's name after the post is no
    second official (was: 'Sukamekar', a village head)."""
    text = (
        "Ketua Forum Kuwu Kabupaten Indramayu, Rasmini, yang juga Kuwu Desa Sukamekar, meminta "
        "bantuan bibit mangrove."
    )
    assert [name for name, _ in officials(text, lexicon)] == ["Rasmini"]


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Forum Peduli Anggaran Sukamaju, Dimas Saputra, ikut berorasi.",
        "Ketua Forum Honorer Kategori Dua (FHK2) Sulawesi Selatan, Dimas Saputra, menggelar aksi.",
    ],
)
def test_a_forums_officers_are_not_officials(lexicon, text):
    """A forum of citizens, of contract workers or of a cause is no public body; neither its
    officers nor the words of its name are officials."""
    assert officials(text, lexicon) == []


def test_a_party_post_named_after_the_person_is_not_public(lexicon):
    text = "Sementara Budi Santoso dipercaya menjadi Plt. Ketua DPD Kabupaten Garut."
    assert officials(text, lexicon) == []


def test_a_bare_dpd_post_in_a_party_story_is_the_partys_board(lexicon):
    lines = [
        "DPP Partai Sejahtera menunjuk sejumlah pengurus baru di Jawa Barat.",
        "Kota Bogor kini dipimpin Andi Saputra sebagai Plt. Ketua DPD.",
        "Adapun Kabupaten Garut dipimpin Hendra Kusuma selaku Plt. Ketua DPD.",
    ]
    assert officials(lines, lexicon) == []


def test_a_bare_dpd_post_without_a_party_is_the_senate(lexicon):
    assert officials("Hal itu disampaikan Ketua DPD Hendra Kusuma di Senayan.", lexicon) == [
        ("Hendra Kusuma", "Ketua DPD")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Budi Darmawan selaku Direktur Pemasaran PT Sinar Jaya Motor Indonesia mengatakan penjualan naik.",
            [],
        ),
        (
            "Hadir Direktur Utama PT Pertamina (Persero) Hendra Kusuma di lokasi.",
            [("Hendra Kusuma", "Direktur Utama")],
        ),
        (
            "Hadir Direktur Utama Perum Bulog Andi Saputra di lokasi.",
            [("Andi Saputra", "Direktur Utama")],
        ),
    ],
)
def test_only_heads_of_state_companies_are_officials(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_the_head_of_a_company_the_text_makes_a_state_subsidiary_is_an_official(lexicon):
    lines = [
        "Tambang itu dikelola PT Nikel Timur, anak usaha PT Aneka Tambang (Antam).",
        "Hal itu diungkap Plt Presiden Direktur PT Nikel Timur, Dewi Kartika.",
    ]
    assert officials(lines, lexicon) == [("Dewi Kartika", "Pelaksana Tugas Direktur Utama")]


def test_the_name_after_an_offices_region_is_the_holder_before_the_next_item(lexicon):
    text = "Hadir Gubernur Riau Abdul Wahid, Ustaz Yusuf Hamdani, dan para bupati se-Provinsi Riau."
    assert officials(text, lexicon) == [("Abdul Wahid", "Gubernur")]


def test_a_named_holder_is_not_a_bodys_name_before_serta(lexicon):
    text = "Peresmian dihadiri Bupati Sragen Sigit Pamungkas serta Vice President CSR PT Pertamina Budi Santoso."
    assert officials(text, lexicon) == [("Sigit Pamungkas", "Bupati")]


def test_a_bodys_name_goes_on_after_dan_when_its_words_are_no_name(lexicon):
    text = "Hadir Wakil Ketua Komite Tetap Haji dan Umrah Pangeran Faisal bin Saud dalam pertemuan itu."
    assert officials(text, lexicon) == [
        ("Faisal bin Saud", "Wakil Ketua")
    ]  # 'Pangeran' (prince): a courtesy word


def test_a_year_glued_to_a_name_is_cut_off(lexicon):
    assert officials("Ia pernah menangkap eks Kabareskrim Andi Saputratahun 2010.", lexicon) == [
        ("Andi Saputra", "Perwira Polri")
    ]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Gubernur Lampung Rahmat Mirzani Djausal melantik bupati baru.",
            "Gubernur Mirza berharap bupati bekerja keras.",
        ],
        [
            "Presiden Hasan Basri meninjau jalan di Wamena.",
            "Warga menyambut Presiden Hasbas dengan meriah.",
        ],
        [
            "KPK memanggil Deputi Gubernur Bank Indonesia Marlianingsih Hartono.",
            "Deputi Gubernur Bank Indonesia, Marlinaingsih Hartono, hadir memenuhi panggilan.",
        ],
    ],
)
def test_a_nickname_or_a_misspelling_of_a_holder_is_the_same_person(lexicon, lines):
    assert len(officials(lines, lexicon)) == 1


@pytest.mark.parametrize(
    "lines",
    [
        ["Bupati Solok Rudi Hartono meninjau pasar.", "Warga menyambut Bupati Iron dengan hangat."],
        ["Warga menyambut Bupati Iron dengan hangat.", "Bupati Solok Rudi Hartono meninjau pasar."],
    ],
)
def test_a_one_word_nickname_beside_the_bare_office_of_the_one_head_named(lexicon, lines):
    """A region has one head at a time: 'Bupati Iron' is the named Bupati's nickname."""
    assert officials(lines, lexicon) == [("Rudi Hartono", "Bupati")]


@pytest.mark.parametrize(
    "lines",
    [
        # two heads named: the nickname could be either's
        ["Bupati Solok Rudi Hartono dan Bupati Agam Dimas Saputra hadir.", "Bupati Iron datang."],
        # the region written: another region's head
        ["Bupati Solok Rudi Hartono hadir.", "Bupati Agam Iron datang."],
        # the region written for a one-word name: another time's head
        [
            "Gubernur Sumatera Barat Dimas Saputra hadir.",
            "Gubernur Sumatera Barat Suparmanto dulu.",
        ],
    ],
)
def test_a_one_word_head_stays_apart_where_the_text_does_not_make_him_the_one(lexicon, lines):
    expected = 3 if "Agam Dimas" in lines[0] else 2
    assert len(officials(lines, lexicon)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Terdakwa menyuap mantan komisioner KPU Andi Saputra Rp 600 juta.",
            [("Andi Saputra", "Anggota KPU")],
        ),
        ("Kasus itu terkait PAW untuk anggota DPR Andi Saputra yang buron.", []),
        ("Perkara PAW anggota DPR RI Andi Saputra disidangkan lagi.", []),
        ("Hal itu disampaikan Wakil juru bicara PBB Andi Saputra kepada wartawan.", []),
        (
            "Hadir pula Atase Pertahanan KBRI Moskow Marsekal Pertama Andi Saputra.",
            [("Andi Saputra", "Perwira TNI")],
        ),
        (
            "Ia disambut Wakil Kepala Protokol Negara Andi Saputra.",
            [("Andi Saputra", "Wakil Ketua")],
        ),
    ],
)
def test_money_a_sought_post_international_staff_and_ranks_around_a_holder(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_numbered_holder_pointing_back_is_not_the_speaker(lexicon):
    lines = [
        "Saksi Andi Saputra mengatakan Hasan pernah menolak tawaran menjadi menteri.",
        '"Terpilihnya Presiden ke-7 itu tidak lepas dari kerja keras partai," kata Andi Saputra.',
    ]
    assert officials(lines, lexicon) == []


def test_an_office_opening_a_quotation_is_its_subjects_not_the_person_named_last(lexicon):
    """'"Sebagai Ketua Pengadilan Negeri Padang menerima ... dari X"', an indictment read out:
    the office is the defendant's, not that of the lawyer named last."""
    lines = [
        "Satpam pengadilan, Dimas Saputra, mengungkap kode transfer dari pengacara Andi, Sinta "
        "Dewi Rahayu. Dimas mengatakan Sinta pernah mentransfer uang.",
        "Uang itu diterima terdakwa dari pengacara Andi, Sinta Dewi Rahayu.",
        '"Sebagai Ketua Pengadilan Negeri Padang menerima hadiah dari Sinta Dewi Rahayu selaku '
        'advokat," kata jaksa membacakan dakwaan.',
    ]
    assert officials(lines, lexicon) == []


def test_a_deputy_prime_ministers_short_form_is_an_office(lexicon):
    lines = [
        "Ia disambut Deputi Perdana Menteri (DPM) Rusia Ivan Sokolov di bandara.",
        "Presiden Hasan dan DPM Sokolov lalu berjalan bersama, disusul DPM Sokolv.",
    ]
    assert officials(lines, lexicon) == [("Ivan Sokolov", "Deputi"), ("Hasan", "Presiden")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ia mengecam keputusan Presiden Hasan Basri soal tarif.", [("Hasan Basri", "Presiden")]),
        ("Hal itu diatur dalam Peraturan Gubernur Nomor 5 Tahun 2024.", []),
        ("Aturan itu terbit lewat Peraturan Menteri PAN-RB (PermenPANRB) No. 4 tahun 2025.", []),
        (
            "Ditemui di rumah mantan Wakil Presiden Hasan Basri (HB), dia menegaskan niatnya.",
            [("Hasan Basri", "Wakil Presiden")],
        ),
        ("Waktu itu Gubernur Aceh pak Hasan keberatan dengan data itu.", [("Hasan", "Gubernur")]),
        ("Aksi Bupati Waykanan itu menuai kritik.", []),
        (
            "Hal ini diungkap oleh Plt Presiden DirekturPT Pelindo Marine, Andi Saputra.",
            [("Andi Saputra", "Pelaksana Tugas Direktur Utama")],
        ),
        (
            "Ketua Badan Wakaf Indonesia (BWI) Perwakilan Banyuwangi Yusuf Hamdani mengatakan hal itu.",
            [("Yusuf Hamdani", "Ketua")],
        ),
        ("Hadir Kepala Kantor Otoritas Bandar Udara Wilayah IV Badung, serta pejabat lain.", []),
    ],
)
def test_documents_initials_courtesy_glued_words_and_bodies_around_an_office(
    lexicon, text, expected
):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a portfolio of several fields, listed with commas before the last 'dan'
        (
            "Wakil Menteri Pariwisata, Seni, dan Budaya Rahmat Hidayat membuka festival itu.",
            [("Rahmat Hidayat", "Wakil Menteri")],
        ),
        (
            "Menteri Usaha Mikro, Kecil dan Menengah Sri Wahyuni meninjau pasar.",
            [("Sri Wahyuni", "Menteri")],
        ),
        # the field after 'dan' ends where the holder's name starts
        (
            "Menteri Imigrasi dan Pemasyarakatan Budi Santoso meninjau lapas.",
            [("Budi Santoso", "Menteri")],
        ),
        # a field written as an abstract noun the vocabulary does not list is still a field
        (
            "Wakil Menteri Investasi dan Hilirisasi Dodi Kurnia hadir.",
            [("Dodi Kurnia", "Wakil Menteri")],
        ),
        # a country named by Babel's list, not the first word of the name
        ("Presiden Tanzania Amina Juma berpidato di forum itu.", [("Amina Juma", "Presiden")]),
        # the name of a body's acronym written before a one-word name
        (
            "Rapat dihadiri Dirjen Bina Desa, Kemendes PDT Sukirman di aula.",
            [("Sukirman", "Direktur Jenderal")],
        ),
    ],
)
def test_portfolios_countries_and_bodies_before_the_holder(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_list_of_the_governor_and_his_deputy_is_no_portfolio(lexicon):
    text = "Rapat dipimpin Gubernur Jawa Barat, Dedi Mulyadi, dan Wakil Gubernur Erwan Setiawan."
    assert officials(text, lexicon) == [
        ("Dedi Mulyadi", "Gubernur"),
        ("Erwan Setiawan", "Wakil Gubernur"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case word glued to the office after it, and a name glued to the word after it
        (
            "Hal itu disampaikan Menteri Dalam Negeri atauMendagri Andi Saputrapada rapat.",
            [("Andi Saputra", "Menteri Dalam Negeri")],
        ),
        # a word of the sentence written with a capital ends the name
        (
            "Keputusan itu diambil Presiden Budi Santoso Bersama para menteri.",
            [("Budi Santoso", "Presiden")],
        ),
    ],
)
def test_words_a_scraped_page_glued_or_capitalised_end_the_name(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb glued to the name, an acronym glued before it
        (
            "Aturan itu dicabut Presiden RIBudi Santosomencabut pada rapat.",
            [("Budi Santoso", "Presiden")],
        ),
        # a noun's prefix is not a name: the body's word stays whole
        (
            "Ketua Komisi Pemberantasan Korupsi Hendra Wijaya hadir.",
            [("Hendra Wijaya", "Kepala Lembaga")],
        ),
        # ranks written out in full, and a navy officer's corps in brackets
        (
            "Kata Direktur Reserse Kriminal Polda Riau Komisaris Besar Ade Saputra kepada wartawan.",
            [("Ade Saputra", "Perwira Polri")],
        ),
        (
            "Hadir Danlanal Banyuwangi Kolonel Laut (P) Hariyanto di dermaga.",
            [("Hariyanto", "Perwira TNI")],
        ),
        # 'Agung' of the Supreme Court is the court's, not a name's
        (
            "Kata Sekretaris Mahkamah Agung Hasbi Salim kepada wartawan.",
            [("Hasbi Salim", "Sekretaris")],
        ),
        # a private company's titles are no public office
        ("Presiden Direktur PT Sinar Jaya Abadi Hanafi Wirawan membuka pabrik.", []),
    ],
)
def test_glued_verbs_ranks_courts_and_private_heads(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_name_typed_once_in_lower_case_is_still_a_name(lexicon):
    lines = [
        "“Inflasi terjaga,” ungkap Gubernur BI Ferdy Warsito dalam konferensi pers, Rabu.",
        "Ferdy menambahkan, kebijakan itu ditempuh untuk menjaga nilai tukar rupiah di pasar.",
        "Menurut Ferdy, bank sentral akan terus memantau perkembangan ekonomi global tahun ini.",
        "“Kami tetap waspada terhadap risiko dari luar negeri,” lanjut ferdy dalam jumpa pers itu.",
    ]
    assert officials(lines, lexicon) == [("Ferdy Warsito", "Kepala Lembaga")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rank written with its dot, a month before a year
        (
            "Hadir Kapolri Komjen Pol. Agus Salimun di lokasi.",
            [("Agus Salimun", "Kapolri")],
        ),
        ("Hasil Rapat Dewan Gubernur Juni 2025 diumumkan hari ini.", []),
        # a sentence's first word is not a name's
        ("Ketika Bill Clinton menjadi Presiden, ekonomi tumbuh.", [("Bill Clinton", "Presiden")]),
        # the Jakarta command and police are bodies, not people called 'Jaya'
        ("Pangdam Jaya dan Dirlantas Polda Metro Jaya meninjau lokasi.", []),
        # a body read as a holder is no person
        ("Sekretaris Jenderal Himpunan Pengusaha Muda Indonesia menyampaikan hal itu.", []),
        # a police reshuffle: the old post, then the new one (or the old one when the new is unknown)
        (
            "Budi Santoso, yang sebelumnya menjabat Kepala Dinas Pendidikan, dilantik sebagai Sekda.",
            [("Budi Santoso", "Sekretaris Daerah")],
        ),
        # a police sector's chief names a place; the holder follows the comma
        (
            "Kapolsek Ujung Batu, AKP Budi Santoso, mengatakan situasi aman.",
            [("Budi Santoso", "Kapolsek")],
        ),
    ],
)
def test_ranks_months_sentence_words_bodies_and_reshuffles(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a field of several words in a listed portfolio
        (
            "Menteri Koordinator Bidang Pangan, Hak Asasi Petani, Kelautan, dan Perikanan Darmawan Sitepu hadir.",
            [("Darmawan Sitepu", "Menteri")],
        ),
        # a seat's faction after the office
        (
            "Wakil Ketua MPR dari Fraksi PAN, Rahmat Sudirja menilai keputusan itu tepat.",
            [("Rahmat Sudirja", "Wakil Ketua MPR")],
        ),
        # the cabinet secretary, and a state fund's chief executive (a private company's is no official)
        (
            "Hal itu disampaikan Seskab Arief Kurniawan kepada wartawan.",
            [("Arief Kurniawan", "Sekretaris")],
        ),
        ("Rapat dihadiri CEO Danantara Bayu Santika.", [("Bayu Santika", "Direktur Utama")]),
        ("Menurut CEO Tesla Elon Musk, pabrik itu dibuka tahun depan.", []),
        # an officer written with a rank and no office is an official
        (
            "Profil Mayjen TNI Budiman Harsono, jenderal yang lama bertugas di pasukan khusus.",
            [("Budiman Harsono", None)],
        ),
    ],
)
def test_fields_seats_chiefs_and_ranked_officers(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the force after a rank, and a unit's short name in brackets before it
        (
            "Hadir Panglima Komando Operasi Udara Nasional (Pangkoopsudnas) Marsekal Muda TNI Dimas Saputra di pangkalan.",
            [("Dimas Saputra", "Perwira TNI")],
        ),
        # a body's short name of two words in brackets
        (
            "Komisioner Badan Pengelola Tabungan Pegawai Negeri (BP Tapeg) Fikri Hadiyanto menjelaskan rencana itu.",
            [("Fikri Hadiyanto", "Anggota")],
        ),
        (
            "Pelaksana Tugas Kepala Kantor Wilayah Kementerian Hukum (Kanwil Kemenkum) Provinsi Jambi, Sutarman menerangkan hal itu.",
            [("Sutarman", "Pelaksana Tugas Kepala Kantor")],
        ),
    ],
)
def test_forces_after_ranks_and_short_names_of_two_words(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_an_office_of_a_body_named_before_tersebut_has_no_holder(lexicon):
    """'mantan Presiden Inter Milan tersebut' refers back to someone named earlier: the run is the
    club, not a person."""
    assert (
        officials("Dia senang bersua dengan mantan Presiden Inter Milan tersebut.", lexicon) == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Badan Legislasi DPR menyampaikan usulan itu kepada pimpinan.",
        "Wakil Ketua Komisi Nasional Disabilitas menilai layanan itu sudah baik.",
    ],
)
def test_a_body_named_after_the_office_is_no_holder(lexicon, text):
    assert [name for name, _ in officials(text, lexicon)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Direktur CV Sinar Makmur Sejahtera Budi Santoso membuka toko baru.",  # a private firm
        "Ia berkoordinasi dengan Kapolres Metro Jakarta Timur, Forkopimko dan jajaran TNI.",
        "Kepala Layanan di rumah sakit itu menjelaskan prosedurnya.",
    ],
)
def test_private_firms_forums_and_services_are_no_holders(lexicon, text):
    assert [name for name, _ in officials(text, lexicon)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the body's name spelt out in brackets, then the holder after a comma
        (
            "Kepala Badan Gizi Nasional (National Nutrition Agency/BGN), Rudi Hartawan menjelaskan rencana itu.",
            [("Rudi Hartawan", "Kepala Lembaga")],
        ),
        # 'Taruna' is a given name; only 'Karang Taruna' is a body
        (
            "Kepala Badan Pengawas Obat dan Makanan (BPOM), Taruna Wibisana, menyampaikan temuan itu.",
            [("Taruna Wibisana", "Kepala Lembaga")],
        ),
        ("Ketua Karang Taruna Desa Sukamaju Budi Santoso hadir.", [("Budi Santoso", "Ketua")]),
    ],
)
def test_translated_body_names_and_taruna(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_national_office_takes_no_region_from_the_story(lexicon):
    article, _ = extract_article(
        SourceFile(
            "x.txt",
            "x.txt",
            "Judul berita\n\nPadang - Anggota Komisi II DPR RI Sari Wulandari dan Menteri Sosial "
            "Andi Pratama meninjau banjir bersama Kapolres AKBP Dedi Kurnia di Kota Padang, "
            "Senin (3/6/2024). Wali Kota Padang Hendra Putra ikut meninjau banjir di Kota Padang.\n",
            "0" * 64,
            1,
            {},
        ),
        lexicon,
    )
    got = {o.name: (o.role_normalized, o.region) for o in article.officials}
    assert got["Sari Wulandari"] == ("Anggota DPR RI", None)  # a commission member of the DPR
    assert got["Andi Pratama"] == ("Menteri", None)
    assert got["Dedi Kurnia"] == ("Kapolres", "Kota Padang")  # a vertical office keeps the story's


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Menurut Deputi Bidang Promosi dan Kemitraan Kementerian Pariwisata Rahmat, acara "
            "itu berhasil.",
            [("Rahmat", "Deputi")],
        ),
        (
            "Turut hadir Wamendes PDT Andi Saputra dan Wamenkop Budi Hartono di lokasi.",
            [("Andi Saputra", "Wakil Menteri"), ("Budi Hartono", "Wakil Menteri")],
        ),
        (
            "Kasubdit Regident Ditlantas Polda Riau, Kompol Hendra Gunawan, menjelaskan aturan itu.",
            [("Hendra Gunawan", "Perwira Polri")],
        ),
    ],
)
def test_fields_short_forms_and_police_units_the_vocabulary_reads(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_other_members_listed_after_an_office_are_members_of_its_body(lexicon):
    text = (
        "Dari Komisi IV DPR hadir Wakil Ketua Komisi IV Andi Saputra, serta anggota lainnya "
        "seperti Rina Marlina, Budi Hartono Putra, dan Sari Wulandari."
    )
    assert officials(text, lexicon) == [
        ("Andi Saputra", "Wakil Ketua"),
        ("Rina Marlina", "Anggota DPR RI"),
        ("Budi Hartono Putra", "Anggota DPR RI"),
        ("Sari Wulandari", "Anggota DPR RI"),
    ]


def test_a_short_word_glued_to_a_name_is_cut_when_the_text_writes_the_name_without_it(lexicon):
    lines = [
        "Rapat dihadiri Menteri Sosial Andi Pratamadan Gubernur Riau Budi Hartono.",
        "Pratama menyebut bantuan segera cair.",
        "Presiden Korea Utara Kim Yongserta delegasinya tiba kemarin.",
    ]
    assert officials(lines, lexicon) == [
        ("Andi Pratama", "Menteri"),
        ("Budi Hartono", "Gubernur"),
        ("Kim Yong", "Presiden"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Riset Aset Digital Global mengatakan harga turun.",
        "Ketua Asosiasi Pengusaha Kopi Indonesia Dian Martina menilai harga wajar.",
        "Ketua Steering Committee acara itu belum ditunjuk.",
    ],
)
def test_words_of_bodies_and_private_associations_make_no_official(lexicon, text):
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Menteri Keuangan saat itu, Andi Pratama, menandatangani aturan tersebut.",
            [("Andi Pratama", "Menteri")],
        ),
        (
            "Sekretaris Daerah Agam saat ini, Drs. H. Dimas Saputra, M.M., akan pensiun Juni.",
            [("Dimas Saputra", "Sekretaris Daerah")],
        ),
        (
            "Ia mengaku cucu Bupati Agam periode 1958-1960, Sutan Marajo.",
            [("Sutan Marajo", "Bupati")],
        ),
        (
            "Wakil Ketua Komisi Nasional Pemuda (Waketu KNP), Deka Saputra, menilai hal itu.",
            [("Deka Saputra", "Wakil Ketua")],
        ),
        (
            "Warga mengadukan Menteri Pertanian (Mentan) yang saat itu menjabat, Andi Pratama, ke polisi.",
            [("Andi Pratama", "Menteri")],
        ),
        (
            "Kapolres Solok yang baru, AKBP Andi Pratama, hadir di acara itu.",
            [("Andi Pratama", "Kapolres")],
        ),
        (
            "Acara itu dihadiri Bupati Agam periode 2021-2025 Sutan Marajo.",
            [("Sutan Marajo", "Bupati")],
        ),
        (
            "Program itu digagas Presiden terpilih Andi Pratama sejak lama.",
            [("Andi Pratama", "Presiden")],
        ),
    ],
)
def test_a_holder_after_when_the_office_was_held_or_a_bracketed_short_form(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_head_and_deputy_written_as_a_hyphenated_pair_are_two_people(lexicon):
    text = "Program itu digagas Wali Kota dan Wakil Wali Kota Padang, Sutan Marajo-Rina Marlina."
    assert officials(text, lexicon) == [
        ("Sutan Marajo", "Wali Kota"),
        ("Rina Marlina", "Wakil Wali Kota"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Debat dihadiri paslon nomor urut 2, Budi Santoso-Andi Saputra, dan pendukungnya.",
        # the offices they run for, between 'pasangan calon' and the number
        "Lurah itu mengajak warga memilih pasangan calon Wali Kota dan Wakil Wali Kota Payakumbuh "
        "nomor urut 2, Budi Santoso-Andi Saputra.",
        "Ia mendukung pasangan calon bupati dan wakil bupati nomor 2, Budi Santoso-Andi Saputra.",
    ],
)
def test_an_election_pair_is_two_candidates(lexicon, text):
    assert officials(text, lexicon) == [("Budi Santoso", "Calon"), ("Andi Saputra", "Calon")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kapolres Solok AKBP Pratama Wijaya turun ke lokasi banjir.",
            [("Pratama Wijaya", "Kapolres")],  # a grade word ('Pratama') after a rank is a name
        ),
        (
            "Kasat Reskrim Polres Agam AKP Rudi Hartono membenarkan penangkapan itu.",
            [("Rudi Hartono", "Perwira Polri")],
        ),
        (
            "Kapuspenkum Kejagung Hendra Saputra menyebut pemeriksaan berlanjut.",
            [("Hendra Saputra", "Kepala")],  # the prosecutors' spokesman, no army officer
        ),
    ],
)
def test_police_units_and_the_prosecutors_information_head(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rapat dihadiri Budi Santoso (Kepala Dinas Pendidikan Kota Padang) dan warga.",
            [("Budi Santoso", "Kepala Dinas")],
        ),
        (
            "Saya sering bertemu Bu Lusiana (Kepala Bapenda Kota Padang) membahas pajak.",
            [("Lusiana", "Kepala Badan")],  # one word: a name when its office follows in brackets
        ),
    ],
)
def test_an_office_in_brackets_right_after_a_name_is_its_holders(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kepala Dinas Penerangan TNI Angkatan Udara Marsekal Pertama (Marsma) Joko Wibowo "
            "membenarkan kabar itu.",
            [("Joko Wibowo", "Perwira TNI")],  # the rank's short form in brackets
        ),
        (
            "Komandan itu, Letnan Jenderal (Letjen) TNI (Purn) Bambang Sutrisno, pensiun kemarin.",
            [("Bambang Sutrisno", None)],  # retired, and no office beside him
        ),
        (
            "Staf Khusus Bidang Komunikasi Kemenkoinfra, Rudi Hermawan, menjelaskan rencana itu.",
            [("Rudi Hermawan", "Staf Ahli")],  # a ministry's short name belongs to the office
        ),
        (
            "Direktur Penyidikan Jaksa Agung Muda Tindak Pidana Khusus Hendra Kusuma hadir.",
            [("Hendra Kusuma", "Direktur")],
        ),
        (
            "Usulan itu datang dari Ketua Komisi X DPR RI Sari Wulandari pekan lalu.",
            [("Sari Wulandari", "Ketua")],  # 'X' is the commission's number, not a name
        ),
        (
            "Pemimpin Tertinggi Iran Ayatollah Reza Hosseini mengecam serangan itu.",
            [("Reza Hosseini", "Kepala")],
        ),
    ],
)
def test_ranks_short_forms_and_numbers_between_an_office_and_its_holder(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_linked_headline_glued_into_a_paragraph_names_no_official(lexicon):
    text = (
        "Harga cabai naik tajam pekan ini. Baca juga: Presiden Andi Pratama Buka Pameran Dagang "
        "Hari Ini Pedagang di pasar mengeluhkan pasokan yang seret."
    )
    assert officials(text, lexicon) == []


def test_heads_of_sports_bodies_are_no_officials(lexicon):
    assert officials("Ketua Umum KOI Rahmat Hidayat menyambut atlet itu.", lexicon) == []


def test_a_bare_presidents_next_word_before_a_comma_is_the_name(lexicon):
    text = "Pada era Presiden Sukarta, Lapangan Merdeka dibangun ulang."
    assert officials(text, lexicon) == [("Sukarta", "Presiden")]


def test_a_short_form_of_a_rank_and_a_ministry_in_brackets_belongs_to_the_office(lexicon):
    text = (
        "Inspektur Jenderal Kementerian Agama (Irjen Kemenag) Rahmat Hidayat meninjau pemondokan."
    )
    assert officials(text, lexicon) == [("Rahmat Hidayat", "Inspektur")]


def test_a_trade_representative_and_a_retired_officer_without_brackets(lexicon):
    text = (
        "Perwakilan Perdagangan AS Daniel Brooks bertemu delegasi itu. Kisah Letjen TNI Purn "
        "Bambang Sutrisno tercatat dalam buku."
    )
    assert officials(text, lexicon) == [
        ("Daniel Brooks", "Kepala Lembaga"),
        ("Bambang Sutrisno", None),
    ]


def test_a_coordinating_ministers_short_form_of_two_words_belongs_to_the_office(lexicon):
    text = (
        "Menteri Koordinator Bidang Pertahanan dan Ketertiban (Menko Hankam) Rudi Prasetyo "
        "membuka rapat itu."
    )
    assert officials(text, lexicon) == [("Rudi Prasetyo", "Menteri")]


def test_a_region_glued_to_a_demonstrative_is_no_holder(lexicon):
    text = "Polisi masih mencari mantan Ketua DPRD Sumbarini. Keluarga Rini sudah melapor."
    assert officials(text, lexicon) == []


def test_a_police_sector_is_named_after_its_place_and_spelled_out_offices_normalize(lexicon):
    assert (
        officials(
            "Surat itu ditandatangani atas nama Kepala Kepolisian Sektor Lembahsari.", lexicon
        )
        == []
    )
    text = "Kepala Kepolisian Resor Lembah Hijau AKBP Dimas Saputra memimpin apel."
    assert officials(text, lexicon) == [("Dimas Saputra", "Kapolres")]


def test_kalak_is_the_head_of_a_disaster_agency(lexicon):
    text = "Kalak BPBD Kota Bekasi Heru Wibisono meminta warga waspada."
    assert officials(text, lexicon) == [("Heru Wibisono", "Kepala Pelaksana BPBD")]


def test_a_party_and_its_name_are_never_part_of_a_persons_name(lexicon):
    text = "Ketua Dewan Pembina Partai Gerindra Hartono Wijaya hadir di acara itu."
    assert all(
        "Partai" not in name and "Gerindra" not in name for name, _ in officials(text, lexicon)
    )


def test_an_office_glued_to_the_next_word_is_written_with_its_space(lexicon):
    mentions = find_mentions(
        (Line(1, "Selain itu, KetuaKomisi III DPR Rudi Hartono menolak."),), lexicon
    )
    assert [m.role.written for m in mentions if m.role] == ["Ketua Komisi III DPR"]


def test_on_a_company_board_only_its_head_is_an_official(lexicon):
    lines = [
        "Rapat Umum Pemegang Saham (RUPS) PT Listrik Nusantara menetapkan direksi baru.",
        "Direktur Utama Rudi Hartono dan Direktur Keuangan Sinta Dewi dilantik hari itu.",
    ]
    mentions = find_mentions(tuple(Line(i + 1, t) for i, t in enumerate(lines)), lexicon)
    assert [(m.name.name, m.role.head) for m in mentions if m.role and m.name] == [
        ("Rudi Hartono", "direktur utama")
    ]


def test_a_new_post_belongs_to_the_name_written_just_before_it(lexicon):
    text = (
        "Putra mantan Wakil Presiden Hartono Wijaya, Dimas Saputra diangkat menjadi Direktur "
        "Perencanaan Kementerian Keuangan."
    )
    assert officials(text, lexicon) == [
        ("Hartono Wijaya", "Wakil Presiden"),
        ("Dimas Saputra", "Direktur"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Presiden Korea Selatan Park Min-jun menerima tamunya di Seoul.",
            [("Park Min-jun", "Presiden")],
        ),
        (
            "Ia bertemu Menteri Luar Negeri Rusia Yang Mulia Ivan Petrov di Moskow.",
            [("Ivan Petrov", "Menteri")],
        ),
        (
            "Sekretaris Pers Gedung Putih Anna Collins mengatakan hal itu.",
            [("Anna Collins", "Juru Bicara")],
        ),
        (
            "Presiden Senat Kamboja Sok Vanna menyambut delegasi itu.",
            [("Sok Vanna", "Ketua")],
        ),
        ("Direktur Pusat Inovasi UGM Rina Marlina membuka pameran itu.", []),
    ],
)
def test_foreign_names_honorifics_press_secretaries_senates_and_universities(
    lexicon, text, expected
):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Warga mengadukan Menteri Agama (Menag) yang saat itu dijabat Rahmat Hidayat ke KPK.",
            [("Rahmat Hidayat", "Menteri")],
        ),
        (
            "Pemegang saham menetapkan jabatan Direktur Utama (Dirut) PLN masih dijabat Dimas Saputra.",
            [("Dimas Saputra", "Direktur Utama")],
        ),
        (
            "Hal itu disampaikan Plt Deputi Penindakan KPK Sinta Dewi kepada wartawan.",
            [("Sinta Dewi", "Pelaksana Tugas Deputi")],
        ),
        (
            "Turut hadir Penasihat Khusus Presiden Bidang Urusan Pangan Hartono Wijaya, Menteri "
            "Perhubungan Rudi Hartono, Konsul Jenderal Republik Indonesia Budi Santoso.",
            [
                ("Hartono Wijaya", "Staf Ahli"),
                ("Rudi Hartono", "Menteri"),
                ("Budi Santoso", "Kepala"),
            ],
        ),
    ],
)
def test_held_by_acting_posts_and_a_list_of_offices_after_a_field(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ini tepat, kata Deputi Bidang Pengembangan Wisata Bahari dan Infrastruktur Kementerian "
            "Pariwisata Hartono, saat peluncuran.",
            [("Hartono", "Deputi")],
        ),
        (
            "Warga menyerahkan laporan kepada Suryadi selaku Kepala Dinas PUPR OKU kemarin.",
            [("Suryadi", "Kepala Dinas")],
        ),
        ("Pemkab selaku Kepala Dinas hadir.", []),
        # a comma before 'selaku', and a numbered list's item
        (
            "Warga menyerahkan laporan kepada Suryadi, selaku Kepala Dinas PUPR OKU kemarin.",
            [("Suryadi", "Kepala Dinas")],
        ),
        (
            ["Mereka yang diperiksa:", "1. Suparmanto, selaku Kepala Dinas PUPR OKU 2020-2023;"],
            [("Suparmanto", "Kepala Dinas")],
        ),
        (
            "Sinta Dewiresmi menjabat sebagaiBupati Tanah Datarmasa jabatan 2025-2030.",
            [("Sinta Dewi", "Bupati")],
        ),
    ],
)
def test_fields_after_body_words_one_word_names_in_office_and_glued_posts(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ia bertemu Menteri Pariwisata RIRudi Hartonodan Gubernur NTBWayan Sudarsana.",
            [("Rudi Hartono", "Menteri"), ("Wayan Sudarsana", "Gubernur")],
        ),
        (
            "Ketua Fraksi Partai Keadilan Sejahtera (PKS) DPR RI, Hartono Wijaya, memuji langkah itu.",
            [("Hartono Wijaya", "Ketua")],
        ),
        ("Wakil Ketua TKN Prabowo-Gibran, Dimas Saputra, hadir.", []),
        ("Direktur Pusat Studi Islam dan Demokrasi (PSID) Rina Marlina berbicara.", []),
    ],
)
def test_glued_and_before_an_office_party_names_and_campaign_posts(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            ["Menurut Hartono, Menteri ESDM telah mengambil keputusan yang tepat."],
            [],
        ),
        (
            ["Menurut Budi Santoso, Kepala Dinas Pendidikan Kota Padang, sekolah siap."],
            [("Budi Santoso", "Kepala Dinas")],
        ),
        (
            [
                '"Kami mendukung," kata Hartono Wijaya.',
                "Proyek itu dimulai sebelum Rudi Hartono menjabat sebagai Menteri ESDM.",
                "Menteri ESDM Rudi Hartono sudah mencabutnya.",
            ],
            [("Rudi Hartono", "Menteri")],
        ),
        (["Ketua Umum Asosiasi Waralaba Indonesia Sinta Dewi membuka pameran."], []),
        (
            ["Presiden Rusia,Vladimir Petrovdi kota Kazan menyambut tamunya."],
            [("Vladimir Petrov", "Presiden")],
        ),
    ],
)
def test_according_to_implied_offices_association_chairs_and_a_glued_di(lexicon, lines, expected):
    assert officials(lines, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kata Kepala Badan Tektonika Kementerian ESDM Muhammad Hartono, gempa itu dangkal.",
            [("Muhammad Hartono", "Kepala Badan")],
        ),
        (
            "Hal itu diungkapkan Direktur Utama PT Kilang Pertamina Nasional (KPN) Budi "
            "Santoso. Impor dilakukan lewat lelang.",
            [("Budi Santoso", "Direktur Utama")],
        ),
        ("Kata Kepala Balai Taman Nasional Gunung Merapi kepada wartawan.", []),
        ("Direktur Eksekutif Lembaga Riset Nusantara Budi Santoso menilai hal itu.", []),
        ("Direktur Keuangan Waskita Karya Rudi Hartono menjelaskan laporan itu.", []),
    ],
)
def test_holders_after_unknown_body_words_think_tanks_and_state_company_directors(
    lexicon, text, expected
):
    assert officials(text, lexicon) == expected


def test_a_ministry_written_in_lower_case_before_its_spokesperson(lexicon):
    text = "Itu agresi, kata juru bicara kementerian luar negeri Iran Reza Tehrani kepada wartawan."
    assert officials(text, lexicon) == [("Reza Tehrani", "Juru Bicara")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hal itu kata Menteri Pertahanan Israel, Israel Cohen, dalam sebuah unggahan.",
            [("Israel Cohen", "Menteri")],
        ),
        (
            "Kursi Menteri Ketenagakerjaan (Menaker) kini ditempati oleh Hartono.",
            [("Hartono", "Menteri")],
        ),
    ],
)
def test_a_first_name_like_the_country_and_a_post_occupied_by(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kepala Pusat Penerangan (Kapuspen) TNI Mayjen TNI Rudi Hartono menjelaskan.",
            "Perwira TNI",
        ),
        ("Hadir pula Astamerena Kapolri Komjen Pol Budi Santoso.", "Perwira Polri"),
        (
            "Anggota Tim Pengawas (Timwas) Haji DPR Hartono Wijaya mengusulkan pansus.",
            "Anggota DPR RI",
        ),
        (
            "Ketua Komisi Pengawas Persaingan Usaha (KPPU) Dimas Saputra menjelaskan.",
            "Kepala Lembaga",
        ),
    ],
)
def test_spelled_out_staff_posts_legislators_and_heads_of_state_bodies_normalize(
    lexicon, text, expected
):
    assert [role for _, role in officials(text, lexicon)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Laporan terhadap anggota DPRD Kota Solok Fraksi Partai Gelora, Hartono, masuk ke polisi.",
            [("Hartono", "Anggota DPRD")],
        ),
        ("Mahasiswa yang dipimpin ketua GEMA, Dimas, melapor ke KPK.", []),
        (
            "Penyidik memeriksa anggota DPR RI, Suparmanto (SP), dalam perkara dana hibah.",
            [("Suparmanto", "Anggota DPR RI")],
        ),
        (
            "Sidang mendengar keterangan mantan hakim Mahkamah Konstitusi (MK), Rudi Hartono, kemarin.",
            [("Rudi Hartono", "Hakim")],
        ),
    ],
)
def test_a_legislators_one_word_name_between_commas_and_a_judge_in_lower_case(
    lexicon, text, expected
):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hadir staf khusus Menteri Pertanian Rudi Hartono di sana.",
            [("Rudi Hartono", "staf khusus Menteri Pertanian")],
        ),
        (
            "Hadir juru bicara Gubernur Jambi, Sinta Dewi, di sana.",
            [("Sinta Dewi", "juru bicara Gubernur Jambi")],
        ),
        (
            "KPK memanggil Rudi Hartono, bekas staf khusus mantan Menteri Pertanian.",
            [("Rudi Hartono", "staf khusus")],
        ),
        (
            "KPK memeriksa dua mantan staf khusus Menteri Pertanian, yakni Rudi Hartono dan "
            "Dimas Saputra.",
            [
                ("Rudi Hartono", "staf khusus Menteri Pertanian"),
                ("Dimas Saputra", "staf khusus Menteri Pertanian"),
            ],
        ),
    ],
)
def test_a_post_serving_an_office_is_the_holders_not_the_office(lexicon, text, expected):
    """A staff member or spokesperson of a minister is not the minister."""
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hadir pula istri Gubernur Jambi, Sinta Dewi, di sana.", []),
        (
            "Istri Gubernur Jambi Budi Santoso itu membagikan bantuan.",
            [("Budi Santoso", "Gubernur")],
        ),
        (
            "Ia mengaku cucu Bupati Agam periode 1958-1960, Budi Santoso.",
            [("Budi Santoso", "Bupati")],
        ),
        ("Hadir pula ajudan Gubernur Jambi, Sinta Dewi, di sana.", []),
        ("Istri Gubernur Jambi, Sinta Dewi, membagikan bantuan.", []),
        ("Kuasa Hukum Menteri Kehutanan, Rudi Hartono, menyebut gugatan itu menang.", []),
        (
            "Dia pernah menjadi ajudan Gubernur Jambi Budi Santoso pada 2017.",
            [("Budi Santoso", "Gubernur")],
        ),
    ],
)
def test_the_name_after_a_relatives_office_comma_is_the_relatives(lexicon, text, expected):
    """'istri Gubernur X, Y': Y is the wife; 'Istri Gubernur X Y': Y is the governor."""
    assert officials(text, lexicon) == expected


NAMES = ("Rudi Hartono", "Sinta Dewi", "Dimas Saputra")


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "Penyidik memanggil dua bekas staf khusus (stafsus) Menteri Pertanian (Mentan) pada Senin "
            "(11/8/2025). Mereka adalah Rudi Hartono dan Dimas Saputra.",
            "staf khusus",
        ),
        (
            "Polisi memeriksa tiga kepala desa pada Kamis. Mereka adalah Rudi Hartono, Sinta Dewi, "
            "dan Dimas Saputra.",
            "kepala desa",
        ),
        (
            "Polisi memeriksa tiga kepala desa, yakni Rudi Hartono, Sinta Dewi, dan Dimas Saputra.",
            "kepala desa",
        ),
    ],
)
def test_the_people_named_after_a_counted_office_hold_it(lexicon, text, role):
    """'dua ... staf khusus Menteri X. Mereka adalah A dan B': a counted office, in lower case
    too, is held by the people the text lists after it, in the same or the next sentence."""
    found = officials(text, lexicon, written=True)
    assert [name for name, _ in found] == [n for n in NAMES if n in text]
    assert {written for _, written in found} == {role}


def test_a_counted_office_takes_no_holder_after_its_comma(lexicon):
    """'para bupati se-Provinsi X, A, B': a list of guests, not the holders of one office."""
    text = "Hadir para bupati se-Provinsi Jambi, Rudi Hartono, dan warga sekitar."
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Putusan itu dibacakan hakim anggota Sutrisno R Abdullah di ruang sidang.",
            [("Sutrisno R Abdullah", "hakim anggota")],
        ),
        ("Hal itu disampaikan juru bicara Sinar Bros dalam siaran pers.", []),
        ("Ia datang bersama anggota keluarga Budi Santoso.", []),
    ],
)
def test_a_two_word_office_in_lower_case_before_a_persons_name(lexicon, text, expected):
    """A name of a person's words right after it makes a lower-case office count; a company's
    or a family's words do not."""
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ucapan datang dari Astamarena Kapolri Komjen Pol. Rudi Hartono dan warga.",
            [("Rudi Hartono", "Perwira Polri")],
        ),
        (
            "Hadir pula Panglima Komando Operasi Udara Nasional, Budi Santoso, di pangkalan.",
            [("Budi Santoso", "Perwira TNI")],
        ),
    ],
)
def test_a_staff_post_or_a_command_of_the_forces_is_no_head_of_them(lexicon, text, expected):
    """The Kapolri's planning assistant is no Kapolri; a command's commander no Panglima TNI."""
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mayjen TNI Budi Santoso memimpin upacara itu.", [("Budi Santoso", None)]),
        ("Ia ditemui di studio di Jalan Kapten Budi Santoso, Jakarta Selatan.", []),
    ],
)
def test_an_officer_by_rank_not_a_street_named_after_one(lexicon, text, expected):
    """An officer written with a rank is an official; a street named after one is none."""
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hakim memvonis eks pejabat Komisi Yudisial (KY) Rudi Hartono delapan tahun penjara.",
            [("Rudi Hartono", "Pejabat")],
        ),
        (
            "Eks pejabat Kementerian Keuangan, Sinta Dewi, diperiksa penyidik.",
            [("Sinta Dewi", "Pejabat")],
        ),
        (
            "Eks pejabat Komisi Yudisial (KY) yang dikenal sebagai perantara kasus,"
            "Rudi Hartono, divonis hari ini.",
            [("Rudi Hartono", "Pejabat")],
        ),
        (
            "Wali Kota Solok yang dikenal tegas, Sinta Dewi, menutup pasar.",
            [("Sinta Dewi", "Wali Kota")],
        ),
        # a body's regional office and its province's short form are the body's, not a name
        ("Rombongan disambut pejabat Kementerian Imipas Kanwil Sumbar di bandara.", []),
    ],
)
def test_an_official_of_a_state_body_without_a_post_named(lexicon, text, expected):
    """'pejabat Mahkamah Agung X': a state body's official whose post the text leaves out."""
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "ujar Kepala Polda Jambi Inspektur Jenderal Rudi Hartono di Jambi.",
            [("Rudi Hartono", "Kapolda")],
        ),
        ("kata Kepala Polres Solok AKBP Budi Santoso.", [("Budi Santoso", "Kapolres")]),
        (
            "ujar Inspektur Jenderal Kementerian Pertanian Budi Santoso di kantornya.",
            [("Budi Santoso", "Inspektur")],
        ),
        # a rank written out before one name is no office of its own
        ("kata Inspektur Jenderal Rudi.", []),
    ],
)
def test_a_police_command_spelt_out_and_a_rank_spelt_out(lexicon, text, expected):
    """'Kepala Polda' is the Kapolda; 'Inspektur Jenderal' before a name is the rank, before a
    body the office."""
    assert officials(text, lexicon) == expected


def test_a_body_named_with_and_ends_before_the_holders_name(lexicon):
    """'Bea dan Cukai Budi Santoso Utama': 'Utama' is a body's word too, but after a name's word
    it is the name's."""
    text = "Menurut Direktur Jenderal Pangan dan Gizi Budi Santoso Utama, stok cukup."
    assert officials(text, lexicon) == [("Budi Santoso Utama", "Direktur Jenderal")]


def test_a_police_units_place_and_its_command_before_a_ranked_holder(lexicon):
    """'Polsek Lembahsari': a police unit named after its place (no gazetteer needed); the
    command after the comma goes on with the office, the ranked name after it holds it."""
    text = "Kepala Sub Sektor Sukamaju Polsek Lembahsari, Polres Solok, Aipda Rudi Hartono hadir."
    assert officials(text, lexicon) == [("Rudi Hartono", "Perwira Polri")]


@pytest.mark.parametrize(
    "text, region",
    [
        ("kata Kapolres Metro Depok Kombes Rudi Hartono kepada wartawan.", "Kota Depok"),
        ("Menurut Kabid Humas Polda Metro Jaya Kombes Rudi Hartono, kasus itu ditangani.", None),
    ],
)
def test_metro_in_a_police_commands_name_is_no_city(lexicon, text, region):
    """'Polres Metro Depok', 'Polda Metro Jaya': no Kota Metro."""
    from netralitas_site.extract.officials import find_mentions
    from netralitas_site.extract.people import merge_mentions
    from netralitas_site.model import Line

    found, _ = merge_mentions(find_mentions((Line(1, text),), lexicon), [], lexicon)
    assert [(o.name, o.region) for o in found] == [("Rudi Hartono", region)]


@pytest.mark.parametrize(
    "text",
    [
        "Direktur Jenderal Tanaman dan Kebun Rakyat, Kementan, Budi Santoso, menyebut panen naik.",
        "Direktur Penanggulangan dan Pengawasan Wabah Ternak (PPWT) Kemenkes, dr. Budi Santoso, "
        "menyampaikan bahwa laporan naik.",
    ],
)
def test_a_bodys_field_of_everyday_words_and_its_ministry_before_the_holder(lexicon, text):
    """After 'dan', everyday words up to a comma or a bracket are the body's field; a ministry's
    name between commas after the office goes with it; the holder follows."""
    assert [name for name, _ in officials(text, lexicon)] == ["Budi Santoso"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Usul itu datang dari anggota DPD RI asal Jambi, Sinta Dewi Lestari, pekan lalu.",
            [("Sinta Dewi Lestari", "Anggota DPD")],
        ),
        (
            "Kepala Dewan Penasihat Sains di Gedung Putih, Budi Santoso, menyebut anggaran dipangkas.",
            [("Budi Santoso", "Kepala")],
        ),
        # a place after the office's place goes on with it: no one's name
        ("Kepala Kantor Wilayah di Kota Solok, Sumatera Barat, meninjau pasar.", []),
    ],
)
def test_where_the_holder_comes_from_or_the_office_sits_before_the_holder(lexicon, text, expected):
    """'asal Bali', 'di Gedung Putih' between the office and its holder."""
    assert officials(text, lexicon) == expected


def test_a_lower_case_office_before_its_country(lexicon):
    """'anggota parlemen Eropa': an office of two words in lower case names its country."""
    text = "Rombongan itu dipimpin anggota parlemen Eropa asal Belgia Sinta Dewi yang tiba kemarin."
    assert officials(text, lexicon) == [("Sinta Dewi", "Anggota Parlemen")]


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "ujar Direktur Reserse Narkoba Polda Jambi Kombes Budi Santoso di Jambi.",
            "Perwira Polri",
        ),
        ("ujar Kepala Satuan Polisi Air Polres Pesisir Selatan AKP Budi Santoso.", "Perwira Polri"),
        # the vocabulary's own entries stay, and the municipal police is no Polri
        ("kata Kabid Humas Polda Riau Kombes Budi Santoso.", "Kepala Bidang"),
        ("kata Kepala Satuan Polisi Pamong Praja Kota Solok Budi Santoso.", "Kepala Satpol PP"),
    ],
)
def test_a_police_units_director_or_head_is_a_police_officer(lexicon, text, role):
    assert officials(text, lexicon) == [("Budi Santoso", role)]


def test_another_storys_headline_names_nobody_but_an_office_may_hold_the_next_lines_name(lexicon):
    beside = [
        "Petani memanen padi di sawah pada Senin pagi.",
        "Gubernur Jambi Budi Santoso Tinjau Banjir Bersama Warga",
    ]
    wrapped = ["Anggota Komisi VI DPR RI", "Budi Santoso menyambut baik keputusan itu kemarin."]
    assert officials(beside, lexicon) == []
    assert officials(wrapped, lexicon) == [("Budi Santoso", "Anggota DPR RI")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body's office in a province, written in lower case
        (
            "Kepala Ombudsman perwakilan Sumatera Barat Dimas Saputra menerima laporan warga.",
            [("Dimas Saputra", "Kepala Ombudsman perwakilan Sumatera Barat")],
        ),
        # a unit's name goes on after '&'
        (
            "Hal itu disampaikan Deputi Bidang Koordinasi Wilayah Agraria & Rimba Kemenko IPK Dimas "
            "Saputra saat membuka rapat.",
            [("Dimas Saputra", "Deputi Bidang Koordinasi Wilayah Agraria & Rimba Kemenko IPK")],
        ),
        # a regulator's name goes on after 'dan', across its country and short form
        (
            "Ketua Komisi Saham dan Bursa Negeri Belanda (KSB), Dimas Saputra, menyambut baik "
            "aturan itu.",
            [("Dimas Saputra", "Ketua Komisi Saham dan Bursa Negeri Belanda (KSB)")],
        ),
        # a delegation's head
        (
            "Ketua Delegasi Indonesia Dimas Saputra membacakan sikap pemerintah.",
            [("Dimas Saputra", "Ketua Delegasi Indonesia")],
        ),
        # one-word head of a police operation
        (
            "Penyisiran berlanjut, kata Kaops Damai Sukamaju Brigjen Dimas Saputra.",
            [("Dimas Saputra", "Kaops Damai Sukamaju")],
        ),
    ],
)
def test_office_phrases_read_to_their_end(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the corps word after a rank is the rank's
        (
            "Kepala Penerangan Kodam Sukamaju Kolonel Infanteri Dimas Saputra membenarkan kabar itu.",
            [("Dimas Saputra", "Kepala Penerangan Kodam Sukamaju")],
        ),
        # a state company's unit letters are the company's, not the holder's initials
        (
            "Plt Direktur Utama PT Pertamina EP Dimas Saputra memaparkan kinerja perusahaan.",
            [("Dimas Saputra", "Plt Direktur Utama PT Pertamina EP")],
        ),
        # a directorate's and a ministry's short names before the holder
        (
            "Direktur Jenderal PAUD Dikdasmen Kemendikdasmen Dimas Saputra meminta orang tua waspada.",
            [("Dimas Saputra", "Direktur Jenderal PAUD Dikdasmen Kemendikdasmen")],
        ),
        # ... and when no name word of the lexicon is in the holder's name
        (
            "Direktur Jenderal PAUD Dikdasmen Kemendikdasmen Wiryo Sutarwiyo meminta orang tua waspada.",
            [("Wiryo Sutarwiyo", "Direktur Jenderal PAUD Dikdasmen Kemendikdasmen")],
        ),
    ],
)
def test_the_holders_name_starts_after_the_bodys_words(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


def test_a_network_is_no_public_body_and_a_state_shipyards_head_is(lexicon):
    assert officials("Sekjen Jaringan Peduli Autisme Network Sinta Dewi hadir.", lexicon) == []
    assert officials("Rombongan disambut CEO PT PAL Indonesia, Dimas Saputra.", lexicon) == [
        ("Dimas Saputra", "Direktur Utama")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case title after the comma opens the holder's name: the run before was the body
        (
            "ujar Kepala Seksi Kesehatan Ternak Veteriner Disnak Sukamaju, drh Dimas Saputra, kemarin.",
            [("Dimas Saputra", "Kepala Seksi Kesehatan Ternak Veteriner Disnak Sukamaju")],
        ),
        # letters after the comma that open a name are its initials, not the body's degrees
        (
            "kata Kepala Subbagian Pencegahan Pungutan Perwakilan Ombudsman, ST Dewi Kartika Sari,"
            "SH.,MH, kepada wartawan.",
            [("ST Dewi Kartika Sari", "Kepala Subbagian Pencegahan Pungutan Perwakilan Ombudsman")],
        ),
    ],
)
def test_the_holder_after_a_comma_opened_by_a_title_or_initials(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a police unit named with its number and field, then its holder after a rank
        (
            "ujar Juru Bicara Densus 88 Antiteror Polri, AKBP Dimas Saputra, di Sukamaju.",
            [("Dimas Saputra", "Juru Bicara Densus 88 Antiteror Polri")],
        ),
        # the body's short name after 'atau', an acronym or one written glued
        (
            "Ketua Badan Pangan Daerah atau BPD Dimas Saputra menyatakan siap.",
            [("Dimas Saputra", "Ketua Badan Pangan Daerah atau BPD")],
        ),
        (
            "Ketua Tim Pengawas Pangan DPR atau TimwasPanganDPR Dimas Saputra menyatakan siap.",
            [("Dimas Saputra", "Ketua Tim Pengawas Pangan DPR atau Timwas Pangan DPR")],
        ),
        # a one-word head of a highway patrol post
        (
            "kata Kainduk PJR Tol Sukamaju Kompol Dimas Saputra saat dihubungi.",
            [("Dimas Saputra", "Kainduk PJR Tol Sukamaju")],
        ),
        # a short form of two words, the head's written with its dot
        (
            "ujar Kepala Kesatuan Pengamanan Rutan (Ka. KPR), Dimas Saputra, di Sukamaju.",
            [("Dimas Saputra", "Kepala Kesatuan Pengamanan Rutan (Ka. KPR)")],
        ),
        # a name our lists lack after a body's short form in brackets
        (
            "Surat itu dikirim kepada Kepala Badan Energi Atom Internasional (IAEA) Tomas Moreno.",
            [("Tomas Moreno", "Kepala Badan Energi Atom Internasional (IAEA)")],
        ),
    ],
)
def test_units_short_names_and_numbers_inside_an_office(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body's words glued by a lost space go on the office, the holder follows the rank
        (
            "Kasat Reskrim PolrestaSukamaju, Kompol Dimas Saputra, membenarkan kabar itu.",
            [("Dimas Saputra", "Kasat Reskrim PolrestaSukamaju")],
        ),
        # a one-word head of a section's operations
        (
            "Menurut Kasiops Sudin Gulkarmat Jakut, Suparmanto, api sudah padam.",
            [("Suparmanto", "Kasiops Sudin Gulkarmat Jakut")],
        ),
        # a centre's short form in brackets, then the body it belongs to with its own
        (
            "Alat itu dibuat tim Kepala Pusat Riset Robotika Cerdas (PRRC) Badan Riset dan Inovasi"
            " Nasional (BRIN), Sukandri Putrasena.",
            [
                (
                    "Sukandri Putrasena",
                    "Kepala Pusat Riset Robotika Cerdas (PRRC) Badan Riset dan Inovasi Nasional (BRIN)",
                )
            ],
        ),
        # an airport named after a person and written with its town: its head follows the town
        (
            "Kepala Bandara Rudi Hartono Maumere Dimas Saputra mengatakan, rute dibatalkan.",
            [("Dimas Saputra", "Kepala Bandara Rudi Hartono Maumere")],
        ),
        # a regency's council named DPRK (Aceh, Papua) is a legislature, its party is its member's
        (
            "Anggota DPRK Jayawijaya dari Partai Perindo Dimas Saputra menghadiri rapat.",
            [("Dimas Saputra", "Anggota DPRK Jayawijaya dari Partai Perindo")],
        ),
    ],
)
def test_holders_after_glued_bracketed_and_named_bodies(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


def test_a_dprk_member_is_a_regional_legislator(lexicon):
    text = "Anggota DPRK Jayawijaya Dimas Saputra menghadiri rapat."
    assert officials(text, lexicon) == [("Dimas Saputra", "Anggota DPRD")]


def test_a_kasiops_is_a_section_head(lexicon):
    text = "Menurut Kasiops Sudin Gulkarmat Jakut, Suparmanto, api sudah padam."
    assert officials(text, lexicon) == [("Suparmanto", "Kepala Seksi")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a team's captain before the country's name: no officer's rank
        ("Kapten Jepang Tomas Moreno yakin timnya menang.", []),
        # an officer's rank before a name still makes an officer
        ("Kapten Inf Dimas Saputra memimpin apel pagi.", [("Dimas Saputra", None)]),
    ],
)
def test_a_rank_word_before_a_place_is_no_rank(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_bodys_english_name_is_no_person(lexicon):
    text = "Hal ini disampaikan Wakil Presiden Sukamaju Investment and Trade Agency (SITA) Tomas Moreno."
    names = [name for name, _ in officials(text, lexicon)]
    assert not any("Investment" in name for name in names)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body's field, then its country, then two words or more: the person
        (
            "kata Wakil Ketua Badan Epidemiologi Ukraina Tomas Moreno dalam jumpa pers.",
            [("Tomas Moreno", "Wakil Ketua Badan Epidemiologi Ukraina")],
        ),
        # a place inside a place ('Metro', then a city) is all the office's, whatever follows
        (
            "Kasat Lantas Polres Metro Jakarta Selatan, AKBP Dimas Saputra, menjelaskan arus itu.",
            [("Dimas Saputra", "Kasat Lantas Polres Metro Jakarta Selatan")],
        ),
    ],
)
def test_the_holder_starts_after_the_place_inside_the_run(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country by its nickname is the office's place, not a person
        (
            "Hal itu dikatakan Presiden Negeri Paman Sam, Donald Trump, kemarin.",
            [("Donald Trump", "Presiden Negeri Paman Sam")],
        ),
        ("Kebijakan Presiden Negeri Paman Sam itu dikritik banyak negara.", []),
        # a union of states by its region's name
        (
            "Pertemuan itu dihadiri Menteri Integrasi Komisi Ekonomi Eurasia Tomas Moreno.",
            [("Tomas Moreno", "Menteri Integrasi Komisi Ekonomi Eurasia")],
        ),
    ],
)
def test_countries_by_their_nicknames_and_regions_are_the_offices(lexicon, text, expected):
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Relasi kedua negara renggang pada masa mantan presiden Sukamajuland Dimas Saputra.",
            [],  # no country known: no office
        ),
        (
            "Relasi kedua negara renggang pada masa mantan presiden Korea Selatan Dimas Saputra.",
            [("Dimas Saputra", "Presiden")],
        ),
        (
            "Jembatan itu proyek presiden Rusia, Dimas Saputra, yang dibuka lama.",
            [("Dimas Saputra", "Presiden")],
        ),
        # a candidate for the office does not hold it
        ("Kandidat presiden Kolombia, Dimas Saputra, ditembak saat kampanye.", []),
        # the office in lower case without its holder names no one
        ("Kebijakan presiden Rusia itu dikritik warga.", []),
    ],
)
def test_a_head_of_state_in_lower_case_before_the_country(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_the_second_part_of_a_hyphenated_name_is_no_everyday_word(lexicon):
    """'Yoon Suk-yeol' writes 'yeol' in lower case after a hyphen: still a name's word, so the
    same person written 'Yoon Suk Yeol' keeps it."""
    text = (
        "Judul\n\nJAKARTA - Relasi kedua negara renggang pada masa mantan Presiden Korea Selatan "
        "Dimas Tae Hyun, yang lebih condong ke barat menurut para pengamat.\nPemilu digelar "
        "menyusul pemakzulan presiden sebelumnya, Dimas Tae-hyun, pada April lalu menurut media.\n"
    )
    article = article_of(text, lexicon)
    assert [o.name for o in article.officials] == ["Dimas Tae Hyun"]


def test_an_office_in_a_body_of_the_republic_takes_no_region_from_the_story(lexicon):
    """'Deputi ... KASN' in a story about Kabupaten Solok is a national office; a regional
    office named with the same short words ('DKPP Kota X', a ministry's office 'Kemenag') keeps
    its place."""
    text = (
        "Pengawasan Netralitas ASN di Solok\n\n"
        "Solok - Bupati Solok Rendra Wijayakusuma membuka rapat netralitas ASN, Senin (2/3/2026). "
        "Deputi Bidang Pengawasan KASN Dimas Saputra dan Direktur Fasilitasi Kemendagri Budi "
        "Santoso turut hadir, bersama Kepala Kantor Kemenag Andi Pratama.\n"
    )
    article = article_of(text, lexicon)
    got = {o.name: o.region for o in article.officials}
    assert got == {
        "Rendra Wijayakusuma": "Kabupaten Solok",
        "Dimas Saputra": None,
        "Budi Santoso": None,
        "Andi Pratama": "Kabupaten Solok",
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'Lalu' (and 'Baiq') open Sasak names; 'lalu lintas' is traffic, no one's name
        (
            "Ketua Bawaslu Lombok Tengah, Lalu Dimas Saputra, mengatakan hal itu.",
            [("Lalu Dimas Saputra", "Ketua Bawaslu")],
        ),
        (
            "Gubernur NTB Lalu Rendra Wijaya meminta ASN netral.",
            [("Lalu Rendra Wijaya", "Gubernur")],
        ),
        ("Direktur Lalu Lintas Sukamaju menutup jalan itu.", []),
        # a known given name after a document's word is the person: 'arahan Gubernur Zulkifli'
        (
            "Langkah itu sesuai arahan Gubernur Sumbar Zulkifli kepada ASN.",
            [("Zulkifli", "Gubernur")],
        ),
        ("Peraturan Gubernur Nomor 5 Tahun 2026 berlaku.", []),
        # the long form of Aceh's election commission
        (
            "Ketua Komisi Independen Pemilihan (KIP) Aceh Besar, Dimas Saputra, mengatakan hal itu.",
            [("Dimas Saputra", "Ketua KPU")],
        ),
        # a post held 'since' a time, written after the name
        (
            "Hadir pula Sari Handayani, yang sejak Februari lalu menjabat Inspektur Kabupaten Agam.",
            [("Sari Handayani", "Inspektur")],
        ),
    ],
)
def test_regional_name_and_office_shapes(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_one_word_holding_an_office_is_the_person_named_in_full_before(lexicon):
    """'Hendri, yang menjabat Kepala Dinas X' after 'Turut hadir Hendri Saputra': the full
    name, with the word as an alias; a name prefix ('Lalu', 'Baiq') is never an alias alone; a
    director whose body the text leaves unsaid is no official."""
    text = (
        "Rapat Netralitas ASN di Kampar\n\n"
        "KAMPAR - Bupati Kampar Dimas Saputra membuka rapat netralitas ASN, Senin (2/3/2026).\n"
        "Turut hadir Hendri Saputra dan Baiq Nurul Aini. Hendri, yang menjabat Kepala Dinas "
        "Sosial Kampar, menyebut rapat itu penting. Kepala Desa Sukamaju, Baiq Nurul Aini, setuju.\n"
        "Andi Pratama yang masih menjabat Direktur Utama pabrik kain milik keluarganya ikut hadir.\n"
    )
    article = article_of(text, lexicon)
    got = {o.name: (o.role_normalized, o.aliases) for o in article.officials}
    assert got == {
        "Dimas Saputra": ("Bupati", ()),
        "Hendri Saputra": ("Kepala Dinas", ("Hendri",)),
        "Baiq Nurul Aini": ("Kepala Desa", ()),
    }


def test_one_word_namesakes_whose_offices_name_places_apart_are_two_people(lexicon):
    """'Ketua Bawaslu Agam, Agus' and 'Ketua Bawaslu Kabupaten Solok Selatan, Agus': two
    people in one article; a one-word name whose offices name one place (or it and its
    province) stays one person."""
    two = [
        "Rapat dipimpin Ketua Bawaslu Agam, Agus, pada pagi hari.",
        "Sementara itu Ketua Bawaslu Kabupaten Solok Selatan, Agus, menyebut hal lain.",
    ]
    assert officials(two, lexicon) == [("Agus", "Ketua Bawaslu"), ("Agus", "Ketua Bawaslu")]
    one = [
        "Rapat dipimpin Ketua Bawaslu Agam, Agus, pada pagi hari.",
        "Ketua Bawaslu Kabupaten Agam, Agus, menyebut hal lain.",
    ]
    assert officials(one, lexicon) == [("Agus", "Ketua Bawaslu")]


def test_a_speaker_written_a_letter_apart_from_an_official_is_that_official(lexicon):
    """'... Andi Rendra Wijayakusumah meminta camat ...' after 'Pj Bupati Agam, Andi Rendra
    Wijayakusuma': the same person misspelt, not a second one given the office the sentence
    names ('camat')."""
    text = (
        "Pj Bupati Agam Pimpin Apel, Camat Diminta Jadi Contoh\n\n"
        "LUBUK BASUNG - Penjabat (Pj) Bupati Agam, Dr. H. Andi Rendra Wijayakusuma, M.Si, "
        "memimpin apel netralitas ASN, Senin (2/3/2026).\n\n"
        "Dalam amanatnya, Andi Rendra Wijayakusumah meminta camat menjadi contoh bagi ASN di "
        'kecamatan masing-masing. "Camat itu wajah pemerintah," katanya.\n'
    )
    article = article_of(text, lexicon)
    assert [(o.name, o.role_normalized) for o in article.officials] == [
        ("Andi Rendra Wijayakusuma", "Penjabat Bupati")
    ]


def test_a_place_two_regions_share_is_the_one_the_story_is_about(lexicon):
    """'Kasatpol PP Banjar' (Kota Banjar, Kabupaten Banjar) in a story of Kabupaten Banjar and
    Kota Banjarbaru is Kabupaten Banjar's; its one-word holder and Banjarbaru's namesake are two
    people."""
    text = (
        "Satpol PP Banjar dan Banjarbaru Turunkan Baliho\n\n"
        "MARTAPURA - Pemerintah Kabupaten Banjar dan Pemerintah Kota Banjarbaru menurunkan alat "
        "peraga kampanye, Senin (2/3/2026).\n"
        "Di Kabupaten Banjar, penertiban dipimpin Kasatpol PP Banjar, Suryadi, S.Sos.\n"
        "Di Kota Banjarbaru, penertiban dipimpin Kepala Satpol PP Kota Banjarbaru, Suryadi, SH.\n"
    )
    article = article_of(text, lexicon)
    assert sorted((o.name, o.region) for o in article.officials) == [
        ("Suryadi", "Kabupaten Banjar"),
        ("Suryadi", "Kota Banjarbaru"),
    ]


@pytest.mark.parametrize(
    "second, expected",
    [
        # the office opening the next sentence points back at the name closing this one
        ("Hadir pula Dimas Ullo.", [("Dimas Ullo", "Ketua Bawaslu")]),
        # a place or a body closing the sentence is no one
        ("Rapat digelar di Kantor Camat Sukamaju.", []),
        ("Hadir pula perwakilan Bank Nagari.", []),
    ],
)
def test_an_office_pointing_back_names_the_person_closing_the_sentence_before(
    lexicon, second, expected
):
    text = (
        "Rakor Netralitas di Agam\n\n"
        "LUBUK BASUNG - Pemkab Agam menggelar rapat koordinasi netralitas ASN, Senin (2/3/2026).\n"
        f"{second} Ketua Bawaslu Agam itu menyebut pihaknya telah menerima tiga laporan.\n"
    )
    article = article_of(text, lexicon)
    assert [(o.name, o.role_normalized) for o in article.officials] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # regional names of a village's and a district's head, the long form of Kakorlantas
        (
            "Reje Kampung Kemili, Dimas Saputra, mengatakan hal itu.",
            [("Dimas Saputra", "Kepala Desa")],
        ),
        ("Kepala Distrik Wamena Kota, Dimas Saputra, hadir.", [("Dimas Saputra", "Camat")]),
        (
            "Kepala Bappelitbangda Kota Ternate, Dimas Saputra, hadir.",
            [("Dimas Saputra", "Kepala Badan")],
        ),
        (
            "Kepala Korps Lalu Lintas (Kakorlantas) Polri Irjen Dimas Saputra meninjau jalur mudik.",
            [("Dimas Saputra", "Perwira Polri")],
        ),
        # the place of an office's building is no holder; a church's and a legal aid body's posts
        # are no public office ('Pdt.' is a title)
        (
            "1. Dimas Saputra, Kepala Seksi Pemerintahan Kantor Camat Sukamaju;",
            [("Dimas Saputra", "Kepala Seksi")],
        ),
        ("Ketua Klasis Gereja Sukamaju, Pdt. Dimas Saputra, mendukung langkah itu.", []),
        (
            "Ketua Majelis Adat Budaya Tionghoa (MABT) Sukamaju, Dimas Saputra, berharap festival ramai.",
            [],
        ),
        ("Direktur Lembaga Bantuan Hukum (LBH) Sukamaju, Sari Handayani, menilai hal itu.", []),
        # two letters side by side swapped: the same person
        (
            "Bupati Agam, Dimas Helembo, membuka rapat. Bupati Dimas Helmebo pun menutup rapat.",
            [("Dimas Helembo", "Bupati")],
        ),
        # a rank before a name that ends in a country's name: a person, not a body
        (
            "Bupati meninjau lokasi bersama Dandim 0304/Agam, Letkol Inf Dimas Saputra Mali, kemarin.",
            [("Dimas Saputra Mali", "Dandim")],
        ),
        # 'Kepala Daerah' inside a unit's name is its field, not another office
        (
            "Direktur Fasilitasi Kepala Daerah, DPRD dan Hubungan Antar Lembaga Kemendagri, "
            "Dimas Saputra, hadir.",
            [("Dimas Saputra", "Direktur")],
        ),
        # a hospital named after a doctor: the director follows the comma
        (
            "Direktur RSUD dr. Sukamaju, dr. Dimas Saputra, mengatakan pasien bertambah.",
            [("Dimas Saputra", "Direktur")],
        ),
        # a Balinese title written as its initials: the same person
        (
            "Kepala Dinas Pertanian, Anak Agung Ayu Sri Dewi, hadir. Kepala Dinas Pertanian, "
            "AA Ayu Sri Dewi, menjelaskan bantuan itu.",
            [("Anak Agung Ayu Sri Dewi", "Kepala Dinas")],
        ),
    ],
)
def test_regional_offices_places_and_misspellings(lexicon, text, expected):
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ketua Panitia Pengawas Pemilihan (Panwaslih) Aceh Besar, Dimas Saputra, S.H.I., "
            "mengatakan hal itu.",
            [("Dimas Saputra", "Ketua Panwaslu")],
        ),
        (
            "Kepala Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar, Ir. Dimas "
            "Saputra, M.Si, mengatakan hal itu.",
            [("Dimas Saputra", "Kepala Dinas")],
        ),
    ],
)
def test_a_holder_closing_a_units_long_name_with_title_and_degrees(lexicon, text, expected):
    """The holder after a unit's long name and its short form in brackets keeps the title
    before it ('Ir.') and the degrees after it ('S.H.I.,'); before, either lost the person."""
    assert officials(text, lexicon) == expected


def test_a_given_name_that_also_names_a_country_opens_the_holders_name(lexicon):
    """'Kepala Desa X, Oman Sukirman': 'Oman' before a known name's word is a given name."""
    assert officials("Kepala Desa Sukamaju, Oman Sukirman, mengatakan hal itu.", lexicon) == [
        ("Oman Sukirman", "Kepala Desa")
    ]


def test_a_members_electoral_district_between_the_seat_and_the_name(lexicon):
    """'Anggota DPRD X dari daerah pemilihan Y, A': the district belongs to the seat, and A is
    its holder (was: nobody)."""
    text = "Anggota DPRD Agam dari daerah pemilihan Sukamaju, Dimas Saputra, meminta ASN netral."
    assert officials(text, lexicon) == [("Dimas Saputra", "Anggota DPRD")]


def test_the_duty_an_office_carries_does_not_take_its_holder(lexicon):
    """'Sekretaris Daerah X selaku Ketua TAPD, A': A is the Sekretaris Daerah, the office written
    first (was: the Ketua)."""
    text = "Sekretaris Daerah Agam selaku Ketua TAPD, Ir. Dimas Saputra, M.T., membuka rapat."
    assert officials(text, lexicon) == [("Dimas Saputra", "Sekretaris Daerah")]
    text = (  # a duty in lower case, a body's short form in brackets
        "Anggota DPRD Agam selaku juru bicara Panitia Khusus (Pansus), Dimas Saputra, menyampaikan "
        "laporan."
    )
    assert officials(text, lexicon) == [("Dimas Saputra", "Anggota DPRD")]


def test_a_division_after_the_members_office_is_the_members_task(lexicon):
    """'Anggota Bawaslu X, Koordinator Divisi Hukum, A': A is the member of Bawaslu X (was: the
    division's coordinator, of no body)."""
    text = "Anggota Bawaslu Agam, Koordinator Divisi Hukum, Dimas Saputra, membenarkan laporan itu."
    assert officials(text, lexicon) == [("Dimas Saputra", "Anggota Bawaslu")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wakil Ketua DPD Partai Golkar Agam, Dimas Saputra, yang juga anggota Komisi B DPRD "
            "Agam, hadir di sana.",
            [("Dimas Saputra", "anggota Komisi B DPRD Agam")],
        ),
        ("Ketua DPC Partai Golkar Agam, Dimas Saputra, yang juga kader senior, hadir.", []),
    ],
)
def test_the_public_seat_a_party_officer_also_holds(lexicon, text, expected):
    """A party's post is no public office, but the seat its holder 'also' holds is (was: the
    holder dropped with the party's post); a commission lettered A to E stays in the seat."""
    assert officials(text, lexicon, written=True) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kuwu Desa Sukamaju Kidul, H. Dimas Saputra, hadir.", [("Dimas Saputra", "Kepala Desa")]),
        ("Pambakal Desa Sukamaju, Dimas Saputra, hadir.", [("Dimas Saputra", "Kepala Desa")]),
        ("Pangulu Nagori Sukamaju, Dimas Saputra, hadir.", [("Dimas Saputra", "Kepala Desa")]),
        ("Peratin Pekon Sukamaju, Dimas Saputra, hadir.", [("Dimas Saputra", "Kepala Desa")]),
        ("Panewu Sukamaju, Dimas Saputra, S.IP, hadir.", [("Dimas Saputra", "Camat")]),
        ("Rombongan singgah di Saung Kuwu Sukajadi, Rendra Wijayakusuma, lalu pulang.", []),
    ],
)
def test_village_heads_and_camat_under_their_regions_own_names(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_one_word_names_a_letter_apart_heading_two_bodies_are_two_people(lexicon):
    """'Kuwu Desa A, Tarsono' and 'Kuwu Desa B, Warsono' (was: one person, the second an alias);
    a misspelling with the same body stays one person."""
    text = (
        "Kuwu Desa Sukamaju, Tarsono, hadir. Kata mantan Kuwu Desa Sukajadi, Warsono, itu benar. "
        "Kepala Dinas Sosial Agam, Karsono, hadir. Kadis Sosial Karyono menyebut itu."
    )
    assert officials(text, lexicon) == [
        ("Tarsono", "Kepala Desa"),
        ("Warsono", "Kepala Desa"),
        ("Karsono", "Kepala Dinas"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hal senada diungkapkan Rahmat, Keuchik Gampong Sukamaju, Kecamatan Sukajadi.",
            [("Rahmat", "Kepala Desa")],
        ),
        ("Menurut Rahmat, Kepala Desa Sukamaju, warga sudah setuju.", [("Rahmat", "Kepala Desa")]),
        ("Hal itu disampaikan Rahmat, Direktur Utama, kepada warga.", []),
    ],
)
def test_a_known_given_name_then_a_comma_and_an_office_that_says_whose(lexicon, text, expected):
    """One known given name inside a sentence, a comma, an office closed by a comma (was:
    nobody); an office any body has, written bare, says not whose."""
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Komite SMPN 3 Sukamaju, Dimas Saputra, hadir dalam rapat itu.",
        "Direktur LSM Lembaga Advokasi Rakyat Sukamaju, Dimas Saputra, menilai hal itu.",
    ],
)
def test_a_school_committee_and_an_ngo_are_no_public_bodies(lexicon, text):
    assert officials(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mantan Ketua Bawaslu Agam yang kini mengajar di sebuah kampus di Padang, Dr. Dimas "
            "Saputra, menilai hal itu.",
            [("Dimas Saputra", "Ketua Bawaslu")],
        ),
        (
            "Bupati Agam yang didampingi Sekda Agam, Rudi Hartono, meninjau pasar.",
            [("Rudi Hartono", "Sekretaris Daerah")],
        ),
    ],
)
def test_a_clause_about_the_holder_between_the_office_and_the_name(lexicon, text, expected):
    """'Mantan Ketua X yang kini mengajar di Y, A': A holds X (was: nobody); a clause that brings
    in someone else ('yang didampingi Sekda, A') leaves A to the office named last."""
    assert officials(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tenaga Ahli Utama Kantor Staf Presiden (KSP), Dimas Saputra, menilai itu.",
            [("Dimas Saputra", "Staf Ahli")],
        ),
        (
            "Kepala Divisi Hubungan Masyarakat (Kadiv Humas) Polri, Brigjen Dimas Saputra, hadir.",
            [("Dimas Saputra", "Perwira Polri")],
        ),
        (
            "Kasat Pol PP Agam, Dimas Saputra, menertibkan lapak.",
            [("Dimas Saputra", "Kepala Satpol PP")],
        ),
        (
            "Kepala Biro Humas, Hukum, dan Kerja Sama BKN tersebut, Dimas Saputra, menjelaskan itu.",
            [("Dimas Saputra", "Kepala")],
        ),
        # a minister's expert is not the minister
        (
            "Ia adalah tenaga ahli dari Menteri ESDM Dimas Saputra sejak tahun lalu.",
            [("Dimas Saputra", "Menteri")],
        ),
    ],
)
def test_national_staff_polri_divisions_and_an_office_pointed_back(lexicon, text, expected):
    assert officials(text, lexicon) == expected


def test_a_national_rescue_offices_town_is_no_subject(lexicon):
    from mentions import article_of

    text = (
        "Pencarian Nelayan Hilang\n\nMAKASSAR, Brand.id - Kepala Kantor Pencarian dan Pertolongan "
        "(Kansar) Makassar, Dimas Saputra, mengatakan pencarian nelayan hilang berlanjut. Kepala "
        "Kansar Makassar menambahkan tim gabungan diterjunkan.\n"
    )
    assert [r.name for r in article_of(text, lexicon).regions] == []


def test_an_associations_post_after_selaku_leaves_the_public_office(lexicon):
    """'Bupati X, A, selaku Ketua Umum Apkasi': A is the Bupati; the association's post is a duty
    (was: A dropped with the association's post)."""
    text = "Bupati Lahat, Dimas Saputra, S.H., M.M., selaku Ketua Umum Apkasi, meminta dukungan."
    assert officials(text, lexicon) == [("Dimas Saputra", "Bupati")]
    text = (  # a public duty after 'selaku' is a duty too: the post written first stays
        "Sekretaris Daerah Jawa Tengah, Ir. Dimas Saputra, M.T., selaku Ketua Tim Anggaran "
        "Pemerintah Daerah membuka rapat."
    )
    assert officials(text, lexicon) == [("Dimas Saputra", "Sekretaris Daerah")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anggota Banggar DPRD Kabupaten Agam, Dimas Saputra, setuju.", "Anggota DPRD"),
        ("Anggota Pansus LKPJ DPRD Kota Padang, Dimas Saputra, setuju.", "Anggota DPRD"),
        ("Hal itu disampaikan anggota Pansus Haji, Dimas Saputra, kemarin.", "Anggota"),
    ],
)
def test_a_member_of_a_councils_own_body_is_a_council_member(lexicon, text, expected):
    """The budget body or a special committee of a named regional council: a council member; the
    same body unnamed may be the DPR's, and stays a member of that body."""
    assert officials(text, lexicon) == [("Dimas Saputra", expected)]


def test_a_commission_named_without_its_council_is_the_one_the_story_names(lexicon):
    """'Komisi II DPRD Kota X' in the lead, then 'Anggota Komisi II, A': a council member; the
    role stays as written."""
    text = (
        "Rapat Komisi\n\nTARAKAN, Brand.id - Komisi II DPRD Kota Tarakan menggelar rapat, Senin "
        "(9/3/2026).\n\nAnggota Komisi II, Dimas Saputra, meminta data.\n"
    )
    [official] = article_of(text, lexicon).officials
    assert (official.role, official.role_normalized) == ("Anggota Komisi II", "Anggota DPRD")


@pytest.mark.parametrize(
    "text",
    [
        "Wakil Ketua I DPRD Tanah Datar, Dimas Saputra, hadir.",
        "Wakil Ketua II DPRD, Dimas Saputra, juga hadir.",
    ],
)
def test_a_numbered_deputy_of_a_council_is_its_deputy_chair(lexicon, text):
    assert officials(text, lexicon) == [("Dimas Saputra", "Wakil Ketua DPRD")]


def test_a_clause_after_a_place_no_list_knows_leaves_the_holder_after_it(lexicon):
    """'Camat Badau yang baru, A': the unknown district's name ends the office, the clause about
    the holder is a gap (was: no holder, as with a district the gazetteer knows it was found)."""
    text = "Camat Sukabaru yang baru, Dimas Saputra, mengaku siap bekerja."
    assert officials(text, lexicon) == [("Dimas Saputra", "Camat")]


def test_a_courts_name_with_an_apostrophe_is_no_person(lexicon):
    """'Ketua Mahkamah Syar'iyah Sigli, A': the Aceh court's name runs over its apostrophe; A holds
    the post (was: 'Syar'iyah Sigli' an official, A missed)."""
    text = "Hadir Ketua Mahkamah Syar'iyah Sigli, Drs. Dimas Saputra, M.H., dalam rapat itu."
    assert officials(text, lexicon) == [("Dimas Saputra", "Ketua")]


def test_an_office_held_by_a_name_with_a_title_in_lower_case(lexicon):
    """'Kepala Dinas Kesehatan dijabat dr. Dimas Saputra, M.Kes;': a lower-case title opens the
    holder after 'dijabat' as a capital does (was: the Kepala Dinas lost)."""
    lines = ["Kepala Dinas Kesehatan dijabat dr. Dimas Saputra, M.Kes; jabatan lain menyusul."]
    assert officials(lines, lexicon) == [("Dimas Saputra", "Kepala Dinas")]


@pytest.mark.parametrize(
    "first",
    [
        "Menteri Koordinator Bidang Perekonomian",
        "Deputi Bidang Pencegahan",
        "Kepala Bidang Pelayanan",
    ],
)
def test_a_fields_name_ends_before_and_the_next_office(lexicon, first):
    """'Menteri Koordinator Bidang Perekonomian A dan Menteri Pertanian B': 'dan' then an office
    is the next person's, not the field's next word (was: B given the whole run as his office,
    A lost)."""
    lines = [f"Rapat dihadiri {first} Dimas Saputra dan Menteri Pertanian Rendra Wijaya kemarin."]
    found = officials(lines, lexicon)
    assert [name for name, _ in found] == ["Dimas Saputra", "Rendra Wijaya"]
    assert found[1][1] == "Menteri"


def test_a_daeng_inside_a_name_and_an_old_posts_place_after_it(lexicon):
    """'Muh. Dimas Dg. Tompo, S.Sos., yang sebelumnya Sekretaris Camat Labakkang': 'Dg.' (Daeng)
    is part of the name, and the word after the old post names its place, no one holding it
    (was: 'Tompo' and 'Labakkang' officials)."""
    lines = [
        "Posisi Camat Sukamaju kini diisi Muh. Dimas Dg. Tompo, S.Sos., yang sebelumnya "
        "Sekretaris Camat Labakkang."
    ]
    assert officials(lines, lexicon) == [("Muh. Dimas Dg. Tompo", "Camat")]


def test_a_delegations_head_and_members_with_their_posts_in_brackets(lexicon):
    """'Rombongan Wakil Bupati X, A, antara lain B (Kepala Dinas Y dan Z) dan C (...)': A is the
    Wakil Bupati (a delegation is no person beside him), and B's bracketed office ends at its
    bracket (was: A lost, and C given B's office)."""
    lines = [
        "Rombongan Wakil Bupati Sikka, Dimas Saputra, antara lain Sinta Dewi Lamablawa (Kepala "
        "Dinas Pariwisata dan Kebudayaan) dan Rendra Wijaya Sareng (Kepala Bagian Umum), tiba."
    ]
    found = dict(officials(lines, lexicon))
    assert found["Dimas Saputra"] == "Wakil Bupati"
    assert found["Sinta Dewi Lamablawa"] == "Kepala Dinas"
    assert found.get("Rendra Wijaya Sareng") != "Kepala Dinas"


@pytest.mark.parametrize(
    "written, role",
    [
        ("Ketua DKPP, Dimas Saputra, membacakan putusan.", "Kepala Lembaga"),  # a state body
        (
            "Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Dimas Saputra hadir.",
            "Direktur Jenderal",
        ),
        ("Jaksa Agung Dimas Saputra hadir.", "Kepala Lembaga"),
        ("Wamenhaj Dimas Saputra menambahkan.", "Wakil Menteri"),  # Kementerian Haji dan Umrah
        ("Menhaj Dimas Saputra menambahkan.", "Menteri"),
        ("Kepala BPOM, Dr. apt. Dimas Saputra, M.Si., menambahkan.", "Kepala Lembaga"),  # apoteker
    ],
)
def test_national_offices_the_vocabulary_reads(lexicon, written, role):
    """The DKPP's chair heads a state body; a Jaksa Agung Muda is no Jaksa Agung; the haj
    ministry's short forms; 'apt.' (a pharmacist) is a title before the name."""
    assert officials([written], lexicon) == [("Dimas Saputra", role)]


def test_a_heads_short_form_the_story_defines(lexicon):
    """'Dinas Pemberdayaan Masyarakat dan Desa (DPMD) ...' then 'Kepala DPMD, A': A is a Kepala
    Dinas (was: 'Kepala'); a short form no body's name defines stays a 'Kepala'."""
    from mentions import article_of

    text = (
        "Pilkades Serentak\n\nGARUT, Brand.id - Dinas Pemberdayaan Masyarakat dan Desa (DPMD) "
        "Garut menyiapkan pilkades, Senin (9/3/2026).\n\n"
        "Kepala DPMD, Dimas Saputra, meminta ASN netral. Kepala UPTD, Rendra Wijaya, hadir.\n"
    )
    found = {o.name: o.role_normalized for o in article_of(text, lexicon).officials}
    assert found == {"Dimas Saputra": "Kepala Dinas", "Rendra Wijaya": "Kepala"}


def test_a_post_the_person_is_trusted_with_after_the_name(lexicon):
    """'A, S.Sos., dipercaya menjabat Camat Wolo' (or 'ditunjuk menjabat'): A holds the new post
    (was: A lost, the office held by no one)."""
    lines = ["Sementara Wa Ode Sinta Dewi, S.Sos., dipercaya menjabat Camat Wolo."]
    assert officials(lines, lexicon) == [("Wa Ode Sinta Dewi", "Camat")]


@pytest.mark.parametrize(
    "written, names",
    [
        (
            "Tiga pasangan yang ditetapkan adalah Tgk. Dimas Nasir-Cut Rahmawati, H. Rendra "
            "Ismail-Teuku Fadhil Rizki, serta Said Mahdi Al Qudri-Irwansyah.",
            ["Dimas Nasir", "Cut Rahmawati", "Rendra Ismail", "Teuku Fadhil Rizki"]
            + ["Said Mahdi Al Qudri", "Irwansyah"],
        ),
        (
            "Pasangan nomor urut 1 adalah Dimas Saputra-Sinta Dewi, dan nomor urut 2, Rendra "
            "Wijaya-Yunita Sambung.",
            ["Dimas Saputra", "Sinta Dewi", "Rendra Wijaya", "Yunita Sambung"],
        ),
    ],
)
def test_candidate_pairs_listed_one_after_another(lexicon, written, names):
    """'Tiga pasangan yang ditetapkan adalah A-B, C-D, serta E-F', 'nomor urut 1 adalah A-B, dan
    nomor urut 2, C-D': every candidate of every pair, without the titles before the first name
    (was: none, or the first pair only)."""
    assert officials([written], lexicon) == [(name, "Calon") for name in names]


@pytest.mark.parametrize(
    "written",
    [
        "“Ini temuan pertama,” ujar Ketua Panwaslih itu.",
        "Hal itu disampaikan Camat Sekernan tersebut.",
    ],
)
def test_one_word_after_an_office_pointed_back_to_is_its_place(lexicon, written):
    """'ujar Ketua Panwaslih itu', 'Camat Sekernan tersebut': the office pointed back to, its word
    no one's name (was: officials 'Panwaslih' and 'Sekernan')."""
    assert officials([written], lexicon) == []


@pytest.mark.parametrize(
    "pair, names",
    [
        (
            "Lalu Dimas Sapturi-Hj. Baiq Nurul Hidayati",
            ["Lalu Dimas Sapturi", "Baiq Nurul Hidayati"],
        ),
        (
            "I Made Suardana-Anak Agung Ngurah Oka Wiradana",
            ["I Made Suardana", "Anak Agung Ngurah Oka Wiradana"],
        ),
        (
            "Drs. Rendra Hutapea, M.Si - Sinta Simanjuntak, S.H.",
            ["Rendra Hutapea", "Sinta Simanjuntak"],
        ),
    ],
)
def test_a_pairs_deputy_with_a_title_a_long_name_or_after_a_spaced_dash(lexicon, pair, names):
    """'A-Hj. B', 'A-Anak Agung Ngurah Oka B', 'Drs. A, M.Si - B, S.H.': the deputy read whole
    from the dash (was: officials 'Hj' or 'Anak Agung Ngurah', or no one)."""
    lines = [f"Debat diikuti paslon nomor urut 1, {pair}, kemarin."]
    assert officials(lines, lexicon) == [(name, "Calon") for name in names]


def test_a_candidate_named_after_the_ballot_number(lexicon):
    """'Calon Bupati Gianyar nomor urut 2, A, menyampaikan ...': A is the candidate (was: no one)."""
    lines = ["Calon Bupati Gianyar nomor urut 2, Dimas Saputra, menyampaikan visinya."]
    assert officials(lines, lexicon) == [("Dimas Saputra", "Calon")]


def test_a_maluku_villages_raja_negeri_is_its_head(lexicon):
    """'Raja Negeri Tamilouw, A': a Maluku village's head, a Kepala Desa (was: no one); the
    regency 'Raja Ampat' stays a place."""
    assert officials(["Raja Negeri Tamilouw, Dimas Saputra, meminta warga waspada."], lexicon) == [
        ("Dimas Saputra", "Kepala Desa")
    ]
    assert officials(["Bupati Raja Ampat, Dimas Saputra, hadir."], lexicon) == [
        ("Dimas Saputra", "Bupati")
    ]
