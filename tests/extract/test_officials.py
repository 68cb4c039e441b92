"""Officials in running text: role, name, degrees, and the person behind several spellings."""

import pytest

from netralitas_site.extract.article import extract_article
from netralitas_site.extract.officials import find_mentions
from netralitas_site.extract.people import merge_mentions
from netralitas_site.model import Line, SourceFile


def officials_in(text, lexicon, region=None):
    mentions = find_mentions((Line(1, text),), lexicon)
    officials, _ = merge_mentions(mentions, [region] if region else [], lexicon)
    return [(o.name, o.degrees, o.role, o.role_normalized) for o in officials]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rapat dihadiri Pjs. Bupati Solok, Dr. Drs. Akbar Ali, AP, M. Si, Staf Ahli Bidang Kemasyarakatan dan SDM, drg. Muswir Yones Indra, MM, Kepala OPD, serta Camat se-Kabupaten Solok.",
            [
                (
                    "Akbar Ali",
                    ("Dr.", "Drs.", "AP", "M. Si"),
                    "Pjs. Bupati Solok",
                    "Penjabat Sementara Bupati",
                ),
                (
                    "Muswir Yones Indra",
                    ("drg.", "MM"),
                    "Staf Ahli Bidang Kemasyarakatan dan SDM",
                    "Staf Ahli",
                ),
            ],
        ),
        (
            "Pertemuan ini juga dihadiri oleh Sekretaris Daerah Kabupaten Solok, Medison, S.Sos, M.Si, Asisten I, Drs. Syahrial, MM, beberapa Kepala OPD terkait.",
            [
                (
                    "Medison",
                    ("S.Sos", "M.Si"),
                    "Sekretaris Daerah Kabupaten Solok",
                    "Sekretaris Daerah",
                ),
                ("Syahrial", ("Drs.", "MM"), "Asisten I", "Asisten"),
            ],
        ),
        (
            "Turut hadir Asisten Koor Bid Pemerintahan Edisar, SH. M.Hum, Asisten Koor Bid Administrasi Sony Sondra, SE. M.Si, serta Komisioner Bawaslu Andri Junaidi, MH.",
            [
                ("Edisar", ("SH", "M.Hum"), "Asisten Koor Bid Pemerintahan", "Asisten"),
                ("Sony Sondra", ("SE", "M.Si"), "Asisten Koor Bid Administrasi", "Asisten"),
                ("Andri Junaidi", ("MH",), "Komisioner Bawaslu", "Anggota Bawaslu"),
            ],
        ),
        (
            "Bupati menerima kunjungan dari Ketua Badan Pengawas Pemilu (Bawaslu) Kabupaten Solok, Titony Tanjung, beserta jajarannya.",
            [
                (
                    "Titony Tanjung",
                    (),
                    "Ketua Badan Pengawas Pemilu (Bawaslu) Kabupaten Solok",
                    "Ketua Bawaslu",
                )
            ],
        ),
        (
            "Kegiatan dihadiri Camat Koto XI Tarusan, H. Deni Putra, S.IP, dan Wali Nagari Koto Baru, Hj. Rina Koto.",
            [
                ("Deni Putra", ("H.", "S.IP"), "Camat Koto XI Tarusan", "Camat"),
                ("Rina Koto", ("Hj.",), "Wali Nagari Koto Baru", "Wali Nagari"),
            ],
        ),
    ],
)
def test_role_name_and_degrees(lexicon, text, expected):
    assert officials_in(text, lexicon, "kabupaten-solok") == expected


def test_offices_in_building_names_are_not_people(lexicon):
    text = (
        "Rombongan melanjutkan kunjungan ke Aula Kantor Camat Enam Lingkung untuk meninjau kondisi."
    )
    assert officials_in(text, lexicon) == []


def test_same_person_written_several_ways_is_one_official(lexicon):
    text = "\n".join(
        [
            "Solok, Klikpositif – Penjabat sementara Bupati Solok, Dr. Drs. Akbar Ali, AP, M.Si kembali mengingatkan ASN.",
            "“Kita hidupkan kondisi yang netral,” tegas Akbar.",
            "Menurut Dr. Akbar Ali, netralitas penting. Pjs Bupati Akbar Ali juga berpamitan.",
        ]
    )
    source = SourceFile("x.txt", "x.txt", text, "0" * 64, 1, {})
    article, _ = extract_article(source, lexicon)
    assert [o.name for o in article.officials] == ["Akbar Ali"]
    assert "Akbar" in article.officials[0].aliases
    assert [q.speaker for q in article.quotes] == [article.officials[0].key]


def test_a_single_name_with_another_role_is_another_person(lexicon):
    text = "Hadir Bupati Pelalawan, Taufik Yunus, dan Wakil Bupati Siak, Taufik, serta tokoh masyarakat."
    names = [o[0] for o in officials_in(text, lexicon)]
    assert names == ["Taufik Yunus", "Taufik"]


def test_office_without_a_name_is_recorded_as_office(lexicon):
    source = SourceFile(
        "x.txt",
        "x.txt",
        "SOLOK, binews.id - Hal ini ditegaskan Bupati Solok dalam sosialisasi netralitas ASN di Arosuka.",
        "0" * 64,
        1,
        {},
    )
    article, _ = extract_article(source, lexicon)
    assert article.officials == ()
    assert article.offices == (("Bupati", "kabupaten-solok"),)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Menteri Dalam Negeri (Mendagri) Rahmat Hidayat meminta ASN netral.",
            ("Rahmat Hidayat", "Menteri Dalam Negeri", "Kemendagri", None),
        ),
        (
            "Gubernur Sumatera Barat (Sumbar) Irwan Santoso membuka acara.",
            (
                "Irwan Santoso",
                "Gubernur",
                "Pemerintah Provinsi Sumatera Barat",
                "Provinsi Sumatera Barat",
            ),
        ),
        (
            "Wakil Menteri Keuangan Dewi Kartika menyebut anggaran cukup.",
            ("Dewi Kartika", "Wakil Menteri", "Keuangan", None),
        ),
        (
            "Gubernur Bank Indonesia Wahyu Ramdani menyebut inflasi terkendali.",
            ("Wahyu Ramdani", "Kepala Lembaga", "Bank Indonesia", None),
        ),
        (
            "Kepala Badan Pusat Statistik (BPS) Dewi Kartika merilis data.",
            ("Dewi Kartika", "Kepala Lembaga", "Badan Pusat Statistik BPS", None),
        ),
        (
            "Kakorlantas Polri Irjen Burhan Yusuf memantau arus mudik.",
            ("Burhan Yusuf", "Perwira Polri", "Polri", None),
        ),
        (
            "Panglima TNI Jenderal Hendri Saputra meninjau pasukan.",
            ("Hendri Saputra", "Panglima TNI", "TNI", None),
        ),
        (
            "Ketua DPR Dewi Kartika membuka sidang paripurna.",
            ("Dewi Kartika", "Ketua DPR", "DPR RI", None),
        ),
        (
            "Presiden Amerika Serikat Irwan Santoso menelepon rekannya.",
            ("Irwan Santoso", "Presiden", "Amerika Serikat", None),
        ),
        (
            "Calon Bupati Pesisir Selatan Hendri Saputra berkampanye.",
            (
                "Hendri Saputra",
                "Calon",
                "Bupati Kabupaten Pesisir Selatan",
                "Kabupaten Pesisir Selatan",
            ),
        ),
    ],
)
def test_national_offices_and_bracketed_short_forms(lexicon, text, expected):
    mentions = find_mentions((Line(1, text),), lexicon)
    officials, _ = merge_mentions(mentions, [], lexicon)
    assert [(o.name, o.role_normalized, o.institution, o.region) for o in officials] == [expected]


def test_a_holder_on_the_line_after_the_office_holds_it(lexicon):
    lines = (
        Line(1, "Kunjungan kerja di pasar itu dipimpin langsung oleh Gubernur Bengkulu"),
        Line(2, "Rahmat Hidayat meninjau harga beras bersama pedagang."),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [(o.name, o.role_normalized, o.region) for o in officials] == [
        ("Rahmat Hidayat", "Gubernur", "Provinsi Bengkulu")
    ]


def test_balinese_name_after_a_region_is_not_a_roman_numeral(lexicon):
    assert officials_in("Acara dibuka Gubernur Bali I Ketut Wirawan di Denpasar.", lexicon) == [
        ("I Ketut Wirawan", (), "Gubernur Bali", "Gubernur")
    ]


def test_the_first_of_two_offices_joined_by_sekaligus_is_the_post(lexicon):
    text = "Menteri Sekretaris Negara sekaligus Juru Bicara Presiden Irwan Santoso membantah kabar itu."
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [("Irwan Santoso", "Menteri")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Duta Besar Rusia untuk Indonesia Irwan Santoso hadir.", ("Irwan Santoso", "Duta Besar")),
        (
            "Perdana Menteri Malaysia Hendri Saputra tiba di Jakarta.",
            ("Hendri Saputra", "Perdana Menteri"),
        ),
        (
            "Juru Bicara KPK Dewi Kartika menjelaskan jadwal pemeriksaan.",
            ("Dewi Kartika", "Juru Bicara"),
        ),
        ("Jaksa KPK Wahyu Ramdani membacakan tuntutan.", ("Wahyu Ramdani", "Jaksa")),
        (
            "Senator Amerika Serikat Irwan Santoso mengkritik kebijakan itu.",
            ("Irwan Santoso", "Anggota Parlemen"),
        ),
        (
            "Wakapolda Jambi Brigjen Pol Hendri Saputra memimpin apel.",
            ("Hendri Saputra", "Perwira Polri"),
        ),
        (
            "Plt Presiden Direktur PT Pelindo Jasa Maritim, Dewi Kartika, memaparkan rencana.",
            ("Dewi Kartika", "Pelaksana Tugas Direktur Utama"),
        ),
        (
            "Menteri PANRB Rahmat Hidayat menerbitkan surat edaran.",
            ("Rahmat Hidayat", "Menteri PANRB"),
        ),
    ],
)
def test_offices_outside_regional_government(lexicon, text, expected):
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [expected]


def test_words_of_a_headline_are_not_a_holder(lexicon):
    lines = (
        Line(1, "Mendikbud Tunda Revisi Kurikulum Sekolah Dasar"),
        Line(
            2,
            "Pemerintah memutuskan revisi kurikulum ditunda sampai tahun depan karena sekolah belum siap.",
        ),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert officials == []


@pytest.mark.parametrize(
    "text",
    [
        "Acara itu juga dihadiri Wakil Bupati Agam, Sumatera Barat, dan tokoh adat setempat.",
        "Pertemuan berlangsung di Meuligoe Gubernur Aceh, Banda Aceh, pada Senin.",
    ],
)
def test_a_place_after_an_office_is_not_its_holder(lexicon, text):
    assert officials_in(text, lexicon) == []


def test_the_holder_after_the_province_of_the_office(lexicon):
    text = "Setelah menjabat sebagai Wakil Bupati Agam, Sumatera Barat, Budi Santoso tetap mengajar di kampus."
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [("Budi Santoso", "Wakil Bupati")]


def test_words_of_a_body_before_its_acronym_join_the_role(lexicon):
    lines = (
        Line(1, "Direktur Penyidikan KPK Rahmat Hidayat membenarkan penahanan itu."),
        Line(
            2,
            "Menurut dia, proses penyidikan masih berjalan dan saksi lain akan dipanggil pekan depan.",
        ),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [(o.name, o.role, o.role_normalized) for o in officials] == [
        ("Rahmat Hidayat", "Direktur Penyidikan KPK", "Direktur")
    ]


def test_anak_agung_opens_a_balinese_name_after_the_office(lexicon):
    lines = (
        Line(1, "Wakil Bupati Klungkung Anak Agung Gede Mahendra meninjau subak."),
        Line(
            2,
            "Program perlindungan anak juga dibahas dalam pertemuan yang digelar di balai desa itu.",
        ),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [(o.name, o.role) for o in officials] == [
        ("Anak Agung Gede Mahendra", "Wakil Bupati Klungkung")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kepala Biro Komunikasi dan Layanan Informasi (KLI) Kemenkeu, Dewi Kartika mengatakan gaji dibayar.",
            ("Dewi Kartika", "Kepala"),
        ),
        (
            "Deputi Bidang Pelayanan Publik Kementerian Pendayagunaan Aparatur Negara (KemenPAN) Rahmat Hidayat mengatakan hal itu.",
            ("Rahmat Hidayat", "Deputi"),
        ),
        (
            "“Dulu kabutnya tebal,” kata Wahyu Ramdani, mantan Kepala Bagian Umum Setda Agam itu.",
            ("Wahyu Ramdani", "Kepala Bagian"),
        ),
        (
            "Acara dihadiri Sekretaris Daerah Agam Wahyu Ramdani, Manajer Humas Perkebunan Agam Timur, dan warga.",
            ("Wahyu Ramdani", "Sekretaris Daerah"),
        ),
        (
            "Salah satu yang hadir, Perbekel Desa Sumerta I Made Suarda, menyatakan siap menjaga netralitas.",
            ("I Made Suarda", "Kepala Desa"),
        ),
    ],
)
def test_a_holder_after_a_long_body_name_or_a_former_post(lexicon, text, expected):
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [expected]


def test_a_holder_two_lines_after_the_office_with_its_place_between(lexicon):
    lines = (
        Line(1, "Wacana itu disampaikan dalam rapat di balai kota. Gubernur"),
        Line(2, "Bengkulu"),
        Line(3, "Rahmat Hidayat mengatakan pembahasan masih berjalan."),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [(o.name, o.role_normalized, o.region) for o in officials] == [
        ("Rahmat Hidayat", "Gubernur", "Provinsi Bengkulu")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ketua DPD Partai Gerindra Kabupaten Agam Rahmat Hidayat membuka rapat kader.",
        "Ketua DPP Partai Maju Sejahtera Irwan Santoso menanggapi hasil survei.",
        "Ketua Koalisi Penyandang Disabilitas Agam, Dewi Kartika, menyampaikan usulan.",
        "Plt Ketua DPD Kota Padang Wahyu Ramdani memimpin konsolidasi partai.",
    ],
)
def test_party_and_association_posts_are_not_public_offices(lexicon, text):
    assert officials_in(text, lexicon) == []


def test_a_party_member_in_a_legislature_is_an_official(lexicon):
    text = "Anggota DPRD Sumatera Barat Fraksi Partai Gerindra Rahmat Hidayat meninjau lokasi."
    assert [o[3] for o in officials_in(text, lexicon)] == ["Anggota DPRD"]


def test_a_party_post_pointing_back_gives_no_office(lexicon):
    lines = (
        Line(1, "Rahmat Hidayat mengatakan kader harus turun ke desa-desa menjelang pemilihan."),
        Line(
            2, "Ketua DPD Partai Gerindra Kabupaten Agam ini juga meminta kader menjaga persatuan."
        ),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert officials == []


def test_a_middle_word_of_a_full_name_with_the_same_office_is_that_person(lexicon):
    """'Mentan Rudi' after 'Menteri Pertanian Andi Rudi Hartono': one person, not two."""
    lines = (
        Line(1, "Menteri Pertanian Andi Rudi Hartono meninjau gudang beras di Sukamaju."),
        Line(2, "Mentan Rudi mengatakan stok beras aman hingga akhir tahun."),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [(o.name, o.aliases) for o in officials] == [("Andi Rudi Hartono", ("Rudi",))]


def test_a_word_glued_to_a_public_figures_name_is_cut_off(lexicon):
    """'Joko Widododan': 'dan' glued by a scraped page, cut because the name without it is a
    public figure's (figures.yaml), though the text never writes it alone."""
    lines = (Line(1, "Rapat itu dipimpin Presiden Joko Widododan dihadiri para menteri."),)
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [o.name for o in officials] == ["Joko Widodo"]


def test_a_state_companys_post_below_its_head_is_no_office(lexicon):
    """Only a state company's head is an official: not its branch head nor a deputy of its area."""
    for text in (
        "Kepala Cabang PT Pelni Sukamaju Budi Santoso mengatakan kapal siap berlayar.",
        "Deputi Operasional PT Pelindo Regional Sukamaju, Budi Santoso, menyampaikan hal itu.",
    ):
        officials, _ = merge_mentions(find_mentions((Line(1, text),), lexicon), [], lexicon)
        assert [o.name for o in officials] == [], text


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Direktur Utama merangkap Direktur Keuangan PT Kereta Api Indonesia, Budi Santoso, "
            "menyampaikan laporan itu.",
            [("Budi Santoso", "Direktur Utama")],
        ),
        (
            "Menteri Pariwisata yang juga Kepala Badan Promosi Wisata, Sinta Dewi, hadir.",
            [("Sinta Dewi", "Menteri")],
        ),
    ],
)
def test_the_first_of_two_offices_joined_by_merangkap_or_yang_juga_is_the_post(
    text, expected, lexicon
):
    officials, _ = merge_mentions(find_mentions((Line(1, text),), lexicon), [], lexicon)
    assert [(o.name, o.role_normalized) for o in officials] == expected


def test_a_compass_word_closing_a_place_opens_no_name(lexicon):
    """'... Kota Jakarta Utara Budi Santoso': 'Utara' ends the office's place, the name follows."""
    line = Line(
        1, "Hadir Kepala Seksi Perdagangan Suku Dinas Kota Jakarta Utara Budi Santoso di sana."
    )
    officials, _ = merge_mentions(find_mentions((line,), lexicon), [], lexicon)
    assert [o.name for o in officials] == ["Budi Santoso"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kades Rudi Hartono mengajak warga bergotong royong.", ("Rudi Hartono", "Kepala Desa")),
        ("Camat Sukamaju Rudi Hartono membuka acara itu.", ("Rudi Hartono", "Camat")),
        (
            "Kepala Desa Sukamaju Rudi Hartono mengajak warga bergotong royong.",
            ("Rudi Hartono", "Kepala Desa"),
        ),
        (
            "Wali Nagari Talang Babungo Dimas Saputra menyambut tamu.",
            ("Dimas Saputra", "Wali Nagari"),
        ),
    ],
)
def test_a_holder_after_an_unknown_village_without_a_comma(lexicon, text, expected):
    """The place of a village or district head that the gazetteer does not know is read up to the
    names' words that end the run: they are the person, not more of the place."""
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kepala Balai Besar Taman Nasional Gunung Maju (BB TNGM), Dimas Saputra, menutup jalur.",
            [("Dimas Saputra", "Kepala")],
        ),
        (
            "Ketua Badan Pengawas Pemilu Sukamaju (BPPS) Sinta Dewi membuka rapat itu.",
            [("Sinta Dewi", "Ketua Bawaslu")],
        ),
        ("Wakil Presiden Jusuf Kalla (JK) membuka rapat itu.", [("Jusuf Kalla", "Wakil Presiden")]),
    ],
)
def test_a_run_whose_short_form_spells_the_body_is_no_holder(lexicon, text, expected):
    """A bracketed short form spelling the run's initials (with the office's last words before it)
    makes the run the body's name, and the person is the one after the bracket; the short form
    of a name alone stays that person's."""
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == expected


def test_degrees_after_a_school_heads_run_are_no_holder(lexicon):
    """'Kepala SMA X Budi, S.Pd.': what follows the comma is the degree of a name the run held,
    never a person called 'S. Pd'."""
    text = "Dalam acara itu Kepala SMA Swasta Nurul Iman Sukamaju, S.Pd., memberi sambutan singkat."
    assert [o[0] for o in officials_in(text, lexicon)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"Silakan," kata hakim Suparmanto Wiradinata kepada terdakwa.',
            [("Suparmanto Wiradinata", "Hakim")],
        ),
        ("Tuntutan itu dibacakan jaksa Sinta Dewi di ruang sidang.", [("Sinta Dewi", "Jaksa")]),
        ("Menurut hakim, Suparmanto Wiradinata bersalah.", []),
        ("Putusan hakim Pengadilan Negeri Sukamaju dibacakan kemarin.", []),
        ("Abdul Hakim Wiradinata mengatakan hal itu kepada warga.", []),
    ],
)
def test_a_judge_or_prosecutor_written_in_lower_case_before_a_name(lexicon, text, expected):
    """'hakim' and 'jaksa' in lower case right before a run of names are the court's offices; in
    capitals 'Hakim' is a name's word, and before a court's name the office names no one."""
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Para peserta harus lulus PPG Calon Guru lebih dulu.",
        "Semua Anggota Dewa 19 memakai busana adat.",
        "Juru Bicara Densus 88 tidak menjawab pertanyaan itu.",
        "Rapat dipimpin Presiden, Beliau meminta laporan tertulis.",
    ],
)
def test_a_word_a_number_or_a_pronoun_after_an_office_is_no_holder(lexicon, text):
    """One word followed by a number is a band's, a unit's or a programme's name; a bare 'Calon'
    before an everyday word is a candidate teacher; a pronoun after a comma is nobody's name."""
    assert officials_in(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "kata Kadisdikbud Kota Padang Sinta Dewi kepada wartawan.",
            ("Sinta Dewi", "Kepala Dinas"),
        ),
        ("kata Kadinkes Kota Padang Sinta Dewi kepada wartawan.", ("Sinta Dewi", "Kepala Dinas")),
        (
            "kata Kakanwil Kemenag Sumbar Sinta Dewi kepada wartawan.",
            ("Sinta Dewi", "Kepala Kantor"),
        ),
        ("kata Kasubbag Humas Polres Sukamaju Sinta Dewi.", ("Sinta Dewi", "Kepala Bagian")),
        ("kata Kadispenad Brigjen Sinta Dewi kepada wartawan.", ("Sinta Dewi", "Perwira TNI")),
    ],
)
def test_heads_of_offices_written_in_one_word(lexicon, text, expected):
    """'Kadis' or 'Kadin' glued to a service's short name heads a regional service; 'Kakanwil'
    heads a regional office, 'Kasubbag' a section; 'Kadispenad' stays the army's post."""
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [expected]


def test_officials_in_a_whole_pages_teasers_after_its_story_are_not_the_storys(lexicon):
    """Other stories' headlines with their hit counters after the story, then a teaser's caption
    naming an office holder: the page's furniture, read for nobody. The same lines as the story's
    own list (no counters) are read."""
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile

    story = (
        "Rapat Koordinasi Digelar\n\nSUKAMAJU - Rapat koordinasi digelar di aula kantor bupati "
        "pada Kamis (14/8/2025) dan dihadiri para camat dari seluruh wilayah kabupaten itu.\n"
    )
    headlines = [f"Kabar Lain Nomor {i} dari Kota Sebelah Hari Ini" for i in range(6)]
    teaser = "Wali Kota Padang Dimas Saputra meresmikan pasar baru di pusat kota pada pagi hari.\n"

    def officials(text):
        article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
        return [o.name for o in article.officials]

    page = story + "".join(f"{h}\ndibaca 1.234 kali\n" for h in headlines) + teaser
    listed = story + "".join(f"{h}\n" for h in headlines) + teaser
    assert officials(page) == []
    assert officials(listed) == ["Dimas Saputra"]


@pytest.mark.parametrize("former", ["sebagai eks", "selaku mantan"])
def test_a_name_then_as_a_former_holder_of_an_office(lexicon, former):
    """'Budi sebagai eks Direktur X': the name comes first, then 'sebagai' or 'selaku' and the
    former word; the office is the former post's."""
    text = f"Dalam sidang itu, Sinta Dewi Rahayu {former} Kepala Dinas Pendidikan Kota Padang bersaksi."
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [
        ("Sinta Dewi Rahayu", "Kepala Dinas")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aturan itu disusun Dirjen Haki bersama lembaga lain.", []),
        ("Danjen Kopassus memimpin upacara itu di lapangan.", []),
        (
            "Kabid Humas Polda Sumbar Sinta Dewi Rahayu menjelaskan hal itu.",
            [("Sinta Dewi Rahayu", "Kepala Bidang")],
        ),
        (
            "Hal itu dijelaskan Direktur Jenderal Razilu kepada wartawan.",
            [("Razilu", "Direktur Jenderal")],
        ),
    ],
)
def test_a_short_head_before_its_units_short_name_holds_no_one(lexicon, text, expected):
    """'Dirjen', 'Danjen', 'Kabid' are written before their unit's short name: one word after
    them that no name is known to hold is the unit ('Dirjen Haki'), not a person; a spelt-out
    head before one such word still names its holder."""
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Menurut Sinta Dewi Rahayu yang juga Kepala Bappeda Kota Padang, anggaran cukup.",
            [("Sinta Dewi Rahayu", "Kepala Badan")],
        ),
        (
            "Menurut Sinta Dewi Rahayu yang juga menjabat sebagai Kepala Bappeda, anggaran cukup.",
            [("Sinta Dewi Rahayu", "Kepala Badan")],
        ),
        (
            "Wakil Bupati Solok Sinta Dewi Rahayu, yang juga Ketua Tim Penggerak, hadir di sana.",
            [("Sinta Dewi Rahayu", "Wakil Bupati")],
        ),
    ],
)
def test_a_post_the_person_holds_besides_after_yang_juga(lexicon, text, expected):
    """'Budi yang juga (menjabat) Kepala X': the post after the name is the person's when no
    office came before the name; one that did stays theirs."""
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == expected


def test_an_aside_between_dashes_before_the_holder(lexicon):
    """'Wakil Ketua Komisi II –komisi urusan pemerintahan– Budi': a clause about the
    office between dashes; the holder still follows it."""
    text = (
        '"Kami siap," kata Wakil Ketua Komisi II – komisi urusan pemerintahan – Sinta Dewi Rahayu.'
    )
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [
        ("Sinta Dewi Rahayu", "Wakil Ketua")
    ]


def test_a_governors_name_before_a_comma_is_the_holder_not_a_place(lexicon):
    """'dengan Gubernur Budi Santoso, Andi menegaskan': the run after a bare head of region that
    reads as a name is its holder; the name after the comma is the sentence's subject (was: the
    governor's office given to the subject)."""
    text = "Menanggapi pandangan Gubernur Dimas Saputra, Suparmanto Wiradinata menegaskan hal itu."
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == [("Dimas Saputra", "Gubernur")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rapat diikuti anggota Komite Keamanan Bandar Udara Sukamaju Jaya sejak pagi.",
            [],
        ),
        (
            "Prakiraan dibacakan Kepala Stasiun MeteorologiSuparmanto WiradinataSukamaju, Dimas Saputra, kemarin.",
            [("Dimas Saputra", "Kepala")],
        ),
        (
            "Kepala Sekolah Dimas Saputra menjelaskan hal itu.",
            [("Dimas Saputra", "Kepala Sekolah")],
        ),
    ],
)
def test_the_name_of_a_thing_named_after_a_person_is_no_holder(lexicon, text, expected):
    """After 'Bandar Udara', 'Stasiun Meteorologi' or 'Stadion' the capitalised words name the
    thing (often after a person); the holder is the name after the comma, or nobody."""
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kepala Hamas menolak usulan itu.", []),
        (
            "Ketua Majelis Investigator Dimas Saputra membacakan putusan.",
            [("Dimas Saputra", "Ketua")],
        ),
    ],
)
def test_a_movement_or_an_english_title_is_no_name(lexicon, text, expected):
    assert [(o[0], o[3]) for o in officials_in(text, lexicon)] == expected


def test_the_lead_subject_named_alone_holds_the_office_the_headline_opens_with(lexicon):
    """'Gubernur Sumbar Tinjau ...' over 'Rendra Wijayakusuma meninjau ...': the office is written
    once, in the headline, and the name once, in the lead (was: nobody)."""
    from mentions import article_of

    lead = "meninjau jalan longsor di Kecamatan Talamau, Senin (2/3/2026)."
    text = (
        f"Gubernur Sumbar Tinjau Jalan Longsor\n\nPADANG, Brand.id - Rendra Wijayakusuma {lead}\n"
    )
    got = [(o.name, o.role_normalized) for o in article_of(text, lexicon).officials]
    assert got == [("Rendra Wijayakusuma", "Gubernur")]
    # the lead writes the office again: its subject is someone else
    text = (
        "Gubernur Sumbar Dikritik Warga\n\n"
        "PADANG, Brand.id - Rendra Wijayakusuma mengkritik Gubernur Sumbar soal jalan longsor.\n"
    )
    assert article_of(text, lexicon).officials == ()
    # the headline names its holder: a resident opening the lead is no Gubernur
    text = (
        "Gubernur Sumbar Dimas Saputra Tinjau Pasar\n\n"
        "PADANG, Brand.id - Rudi Hartono mengaku senang pasar dibangun kembali tahun ini.\n"
    )
    assert "Rudi Hartono" not in [o.name for o in article_of(text, lexicon).officials]
