"""Name boundaries and name evidence: titles and degrees without dots, capitals, non-names."""

import pytest

from netralitas_site.extract.officials import find_mentions
from netralitas_site.extract.people import merge_mentions
from netralitas_site.model import Line


def people(text, lexicon):
    officials, _ = merge_mentions(find_mentions((Line(1, text),), lexicon), [], lexicon)
    return [(o.name, o.degrees) for o in officials]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sambutan dibacakan Sekda Ir H Rahmat Hidayat di aula.",
            [("Rahmat Hidayat", ("Ir", "H"))],
        ),
        (
            "Hadir pula Kepala BKN Prof Irwan Santoso dalam acara itu.",
            [("Irwan Santoso", ("Prof",))],
        ),
        ("Gubernur NTB HL Wahyu Ramdani MSi membuka rapat.", [("Wahyu Ramdani", ("HL", "MSi"))]),
        ("Kepala Dinas Kesehatan Dewi Kartika MPd meninjau lokasi.", [("Dewi Kartika", ("MPd",))]),
        (
            "Kepala Dinas Peternakan Kota Solok, drh. Rudi Hartono meninjau kandang.",
            [("Rudi Hartono", ("drh.",))],
        ),
        (
            "Kepala Dinas Peternakan Kota Solok, drh Rudi Hartono meninjau kandang.",
            [("Rudi Hartono", ("drh",))],
        ),
    ],
)
def test_titles_and_degrees_written_without_dots(lexicon, text, expected):
    assert people(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bupati Halmahera Tengah Dr. Hi. Arif Budiman, M.Pd., membuka rapat.",
            [("Arif Budiman", ("Dr.", "Hi.", "M.Pd"))],
        ),
        (
            "Anggota DPRK Banda Aceh, Tgk. Dimas Saputra, S.H.I., hadir.",
            [("Dimas Saputra", ("Tgk.", "S.H.I"))],
        ),
    ],
)
def test_haji_written_hi_and_teungku_are_titles_not_names(lexicon, text, expected):
    """'Hi.' (Haji, as Maluku writes it) and 'Tgk.' (Teungku) open a name (was: an official
    called 'Hi' or 'Tgk')."""
    assert people(text, lexicon) == expected


def test_a_name_written_in_capitals_is_a_name_in_normal_case(lexicon):
    assert people("Bupati Solok HENDRI SAPUTRA meresmikan jembatan.", lexicon) == [
        ("Hendri Saputra", ())
    ]


def test_initials_first_are_part_of_the_name_not_a_degree(lexicon):
    assert people("Jaksa Agung ST Burhan Yusuf memberi keterangan.", lexicon) == [
        ("ST Burhan Yusuf", ())
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hal itu diatur dalam Peraturan Gubernur Nomor 12 Tahun 2024 tentang disiplin pegawai.",
        "Usai sambutan Bupati, Puluhan warga antre di depan panggung.",
        "Sekda Forum Koordinasi Pimpinan Daerah ikut hadir.",
        # one everyday word right after the office, derived ones, an acronym's letter glued on
        "Tonton juga video Gubernur Lepas 250 Pelari di Alun-alun.",
        "Kata anggota DPRD Solok Intinya semua harus hadir, ujarnya.",
    ],
)
def test_words_that_are_not_names_are_not_officials(lexicon, text):
    assert people(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gubernur Sumut IrwanSantoso mengatakan hal itu.", "Irwan Santoso"),
        ("Gubernur DKI JakartaRahmat HidayatWibowo menyatakan hal itu.", "Rahmat Hidayat Wibowo"),
        ("Kepala Dinas Pendidikan Dewi Kartikamenjelaskan bahwa program berjalan.", "Dewi Kartika"),
        ("Direktur UtamaBUMDHendri Saputra menyebut laba naik.", "Hendri Saputra"),
        ("Wali Kota Solok Karen McDonald menyebut hal itu.", "Karen McDonald"),
        ("Menurut Bupati Solok Rudi Hartonoadalah pemimpin yang tegas.", "Rudi Hartono"),
    ],
)
def test_words_glued_by_a_lost_space_are_cut_apart(lexicon, text, expected):
    assert [name for name, _ in people(text, lexicon)] == [expected]


def test_a_speaker_without_an_office_is_not_an_official(lexicon):
    lines = (
        Line(1, "Rahmat Hidayat menyampaikan bahwa anggaran sudah cukup untuk tahun depan."),
        Line(2, "Ketua Bawaslu Kabupaten Agam Dewi Kartika hadir di lokasi."),
        Line(3, "“Kami awasi terus,” kata Kartika."),
        Line(4, "“Pasar ramai lagi,” kata Sedangkan, lalu pergi."),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [(o.name, o.role) for o in officials] == [
        ("Dewi Kartika", "Ketua Bawaslu Kabupaten Agam")
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Gubernur Bengkulu itu juga meminta pedagang tidak menimbun beras di gudang mereka.",
        "Menurut sang Gubernur Bengkulu, pasokan beras cukup sampai akhir tahun ini.",
        "Gubernur Bengkulu yang akrab disapa Pak Rahmat ini juga meninjau gudang beras.",
    ],
)
def test_an_office_pointing_back_gives_the_speaker_a_role(lexicon, second):
    lines = (
        Line(
            1, "Rahmat Hidayat mengatakan harga beras di pasar induk sudah mulai turun pekan ini."
        ),
        Line(2, second),
    )
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [(o.name, o.role_normalized, o.region) for o in officials] == [
        ("Rahmat Hidayat", "Gubernur", "Provinsi Bengkulu")
    ]


def test_a_single_word_speaker_needs_to_speak_twice(lexicon):
    once = (
        Line(1, "“Harga naik,” kata Wahyu."),
        Line(2, "Wali Kota Pariaman itu lalu meninjau pasar ikan di pinggir pantai."),
    )
    twice = (
        Line(1, "“Harga naik,” kata Wahyu."),
        Line(2, "“Stok aman,” ujar Wahyu."),
        Line(3, "Wali Kota Pariaman itu lalu meninjau pasar ikan di pinggir pantai."),
    )
    assert people_in(once, lexicon) == []
    assert people_in(twice, lexicon) == ["Wahyu"]


def people_in(lines, lexicon):
    officials, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    return [o.name for o in officials]


@pytest.mark.parametrize("verb", ["menggelar", "mengumumkan", "menggagas"])
def test_more_verbs_glued_to_a_name_are_cut_off(lexicon, verb):
    assert people(
        f"Wali Kota Padang Hendri Saputra{verb} rapat koordinasi di balai kota.", lexicon
    ) == [("Hendri Saputra", ())]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Menteri Perdagangan Brunei Datuk Seri Rudi Hartono tiba.", "Rudi Hartono"),
        ("Menteri Pekerjaan Malaysia, Tan Sri Rudi Hartono, hadir.", "Rudi Hartono"),
        ("Hadir Presiden Joko Widodoke Surabaya Timur hari ini.", "Joko Widodo"),
        ("Hadir Presiden Joko Widodoatau Jokowi Mulyono hari ini.", "Joko Widodo"),
        ("Hal itu diungkap Presiden Joko Widodoawal pekan ini.", "Joko Widodo"),
    ],
)
def test_honours_before_a_name_and_a_word_glued_inside_a_figures_name(lexicon, text, expected):
    """Malaysian honours are titles; a figure's name with 'ke' glued to it ends there."""
    assert [name for name, _ in people(text, lexicon)] == [expected]


def test_a_bodys_acronym_after_a_name_in_normal_case_ends_the_name(lexicon):
    text = "Deputi Bidang Neraca Badan Pusat Statistik (BPS), Rudi Hartono BPS mengatakan itu."
    assert [name for name, _ in people(text, lexicon)] == ["Rudi Hartono"]


def test_one_word_set_off_by_a_courtesy_or_a_comma_is_a_persons_name(lexicon):
    """'Gubernur X pak Samudra', 'Kepala Biro X, Damai,': one-word names that are everyday words
    too are people when the text sets them off."""
    assert people("Waktu itu Gubernur Jambi pak Samudra keberatan.", lexicon) == [("Samudra", ())]


def test_an_acronyms_letter_glued_to_an_everyday_word_is_no_name(lexicon):
    """'Menko SBYmenuturkan, ...': the acronym's last letter glued to the verb is read as a
    one-word name; an everyday word after it makes it none."""
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile

    text = "Judul\n\nMenko SBYmenuturkan, banyak sawah di desa itu belum berpengairan.\n"
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [o.name for o in article.officials] == []


def test_a_place_ended_by_its_compass_word_is_no_persons_name(lexicon):
    from netralitas_site.extract.names import reads_as_a_name

    assert not reads_as_a_name("Sukamaju Selatan", lexicon, strict=False)
    assert not reads_as_a_name("Pekerjaan Umum Jambi Barat", lexicon, strict=False)
    assert reads_as_a_name("Timur Santoso", lexicon, strict=False)  # 'Timur' is a given name


def test_a_dictionary_word_is_not_cut_as_a_name_with_a_verb_glued_to_it(lexicon):
    """'Dokumentasi' ends like 'Doku' + a 'me-' verb; a dictionary word is whole."""
    text = "Bimbingan teknis bagi Pejabat Pengelola Informasi dan Dokumentasi (PPID) tingkat desa."
    assert people(text, lexicon) == []


def test_a_passive_verb_glued_to_a_name_written_alone_elsewhere_is_cut_off(lexicon):
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile

    text = (
        "Judul\n\nMantan Bupati Solok Rudi Hartonodivonis lima tahun penjara.\n\n"
        "Hakim menyebut Hartono menyesali perbuatannya.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [o.name for o in article.officials] == ["Rudi Hartono"]


def officials_of(text, lexicon):
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile

    source = SourceFile("a.txt", "a.txt", f"Judul\n\n{text}\n", "0" * 64, 1, {})
    article, _ = extract_article(source, lexicon)
    return [o.name for o in article.officials]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body's words before the name, no comma: the name starts after them
        (
            "Hal itu disampaikan Ketua Delegasi Perwakilan Ekonomi Budi Santoso Wibowo kepada wartawan.",
            ["Budi Santoso Wibowo"],
        ),
        # a court's name ends at its own last word, though 'Agung' is a given name too: the
        # holder is the word after it, never 'Agung Budi'
        (
            "kata Kasubdit Banding dan Pemeriksaan Ulang Perdata Niaga Mahkamah Agung Budi.",
            ["Budi"],
        ),
        # one body's word in a name is a name's ('Nur Alam', 'Laksana Tri Handoko')
        ("kata Gubernur Bengkulu Nur Alam di Bengkulu.", ["Nur Alam"]),
        # a community's or a company's English words are no one's name, nor its post a public one
        ("Sekretaris Umum Indonesian Culinary Community (ICC), dr. Sinta Dewi, menegaskan.", []),
        ("Ia kini menjabat Direktur Mitra Capital.", []),
        # a preposition opening the sentence, and the clause's own subject after the comma
        ("Di Sinar Pagi, Dimas pernah menjadi Kepala Biro Padang dan redaktur.", []),
        # a task force's name after its short head
        ("Ketua Satgas Saber Pungli dilantik di balai kota kemarin.", []),
        # a rank a lost link left alone, and the police command before it, are nobody's name
        ("Kasatlantas Polresta Sukamaju, Kompol , menjelaskan aturan itu.", []),
    ],
)
def test_a_bodys_words_are_no_part_of_a_holders_name(lexicon, text, expected):
    assert officials_of(text, lexicon) == expected


def test_initials_that_open_with_h_are_no_haji(lexicon):
    """'H.' is Haji before a name ('H. Budi Santoso'), an initial before another ('H.P. Budi')."""
    assert officials_of(
        "kata Kepala Dinas Pendidikan Solok, H.P. Rudianto, kepada wartawan.", lexicon
    ) == ["H. P. Rudianto"]
    assert officials_of("kata Bupati Solok H. Budi Santoso kepada wartawan.", lexicon) == [
        "Budi Santoso"
    ]


def test_a_surname_first_and_the_full_name_later_are_one_person(lexicon):
    """'Presiden Rudianto' in one line, 'Presiden Malawi Budi Rudianto' in a later one: one
    person, known by the full name."""
    lines = (
        Line(1, "Presiden Rudianto tiba di bandara pagi ini."),
        Line(2, "Presiden Malawi Budi Rudianto lalu berkata bahwa pesawat hilang."),
    )
    found, _ = merge_mentions(find_mentions(lines, lexicon), [], lexicon)
    assert [(o.name, o.key, o.aliases) for o in found] == [
        ("Budi Rudianto", "budi rudianto", ("Rudianto",))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bupati Solok EPYARDI ASDA membuka acara itu.", [("Epyardi Asda", "Bupati")]),
        (
            "Wali Kota Padang, SUPARMANTO WIRADINATA, membuka acara itu.",
            [("Suparmanto Wiradinata", "Wali Kota")],
        ),
        ("Kepala BAPPEDA Kota Padang hadir dalam rapat itu.", []),
    ],
)
def test_a_name_in_capitals_after_an_office_that_no_list_knows(lexicon, text, expected):
    """Two words in capitals that read as words (four letters or more, vowels among them, no
    body's short name) are a person's name in capitals, not more of the office's acronyms."""
    from mentions import officials

    assert officials(text, lexicon) == expected


def test_a_name_cut_by_a_hard_line_wrap_before_its_degrees(lexicon):
    """'... Sekretaris Daerah Kabupaten Solok Dimas' / 'Saputra, S.H., M.Si, Senin ...': the
    copy's hard wrap cut the name; its last word and degrees open the next line."""
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile

    text = (
        "Apel ASN\n\nSOLOK - Apel netralitas ASN di halaman kantor bupati dipimpin Sekretaris "
        "Daerah Kabupaten Solok Dimas\nSaputra, S.H., M.Si, Kamis (14/8/2025). Apel diikuti ASN."
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [(o.name, o.degrees) for o in article.officials] == [("Dimas Saputra", ("S.H", "M.Si"))]


@pytest.mark.parametrize("text", ["Nusa Raya Airlines", "Sukamaju Airways", "Kompol"])
def test_an_airline_and_a_rank_alone_are_no_names(lexicon, text):
    from netralitas_site.extract.glued import line_tokens
    from netralitas_site.extract.names import Stream, parse_name

    assert parse_name(Stream(text, line_tokens(text, lexicon)), 0, lexicon) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wakil Ketua Komisi III DPRD Toba, Sinta br Saragih, SE, hadir.",
            [("Sinta br Saragih", ("SE",))],
        ),
        (
            "Kasi Pidsus Sinta Handayani, SH, MH, menyebut berkas lengkap.",
            [("Sinta Handayani", ("SH", "MH"))],
        ),
        ("Ketua BPD Sungai Agung, Jumadi, hadir.", [("Jumadi", ())]),
    ],
)
def test_batak_br_a_prosecutors_unit_and_a_villages_first_word(lexicon, text, expected):
    """'br' (boru) joins a Batak name; 'Pidsus' is the unit's word, not the holder's; 'Sungai'
    opens a village's name, never a person's."""
    assert people(text, lexicon) == expected


def test_a_name_with_an_apostrophe_inside_a_word_is_a_name(lexicon):
    """ "Fa'atulo Duha": the part after the apostrophe, in lower case, is the name's, not an
    everyday word the article writes (which would make the holder a sentence's word)."""
    from mentions import article_of

    text = (
        "Rapat ASN\n\nTELUKDALAM - Rapat digelar Senin (9/3/2026).\n\n"
        "Sekretaris Daerah Kabupaten Nias Selatan, Fa'atulo Duha, S.Sos., M.Si., yang memimpin "
        "rapat, mengatakan ASN wajib netral.\n"
    )
    assert [o.name for o in article_of(text, lexicon).officials] == ["Fa'atulo Duha"]


def test_a_name_ending_like_a_joining_word_before_a_comma_stays_whole(lexicon):
    """'Lapadengan,' is a surname, not 'Lapa' with 'dengan' glued on: no joining word stands
    before a comma (a glued 'Santosodengan warga' is still cut)."""
    from mentions import article_of

    text = (
        "Massa Datangi DPRD\n\nPOSO - Massa diterima Wakil Ketua DPRD Poso, Ir. Elia Tampai "
        "Lapadengan, bersama anggota Komisi I, Senin (9/3/2026).\n"
    )
    assert [o.name for o in article_of(text, lexicon).officials] == ["Elia Tampai Lapadengan"]


def test_a_name_before_a_comma_keeps_an_ending_another_officials_name_holds(lexicon):
    """'Muhammad Sahnun Jayadi,' beside 'Lalu Sapriadi Jaya': 'di' before a comma is no glued
    word, so the name stays whole (was: 'Muhammad Sahnun Jaya')."""
    from mentions import article_of

    text = (
        "Rapat ASN\n\nMATARAM, Brand.id - Kepala Dinas Sosial, Lalu Sapriadi Jaya, hadir, Senin "
        "(9/3/2026). Camat Praya, Muhammad Sahnun Jayadi, juga hadir.\n"
    )
    names = [o.name for o in article_of(text, lexicon).officials]
    assert names == ["Lalu Sapriadi Jaya", "Muhammad Sahnun Jayadi"]


@pytest.mark.parametrize(
    "written, name",
    [
        ("Camat Medan Kota, Herlina Br. Damanik, hadir.", "Herlina Br Damanik"),  # boru, dotted
        ("Camat Tarogong Kidul, Rd. Hendra Permana, S.STP, hadir.", "Hendra Permana"),  # Raden
        ("Kepala Dinas Sosial, Fransiskus Xaverius da Gama, hadir.", "Fransiskus Xaverius da Gama"),
        (
            "Bupati Ogan Ilir Kgs. M. Dimas Saputra membuka rapat.",
            "Kgs. M. Dimas Saputra",
        ),  # Kiagus
        (
            "Sekretaris Dinas Sosial, Tb. Dimas Saputra, S.T., hadir.",
            "Tb. Dimas Saputra",
        ),  # Tubagus
    ],
)
def test_a_dotted_boru_raden_written_short_and_da_inside_a_name(lexicon, written, name):
    from mentions import article_of

    text = f"Rapat ASN\n\nMEDAN, Brand.id - Rapat digelar Senin (9/3/2026). {written}\n"
    assert [o.name for o in article_of(text, lexicon).officials] == [name]


def test_a_greeting_s_yth_is_no_name(lexicon):
    """'Yth. Bapak Ketua DPRD X': a greeting read out, no official called 'Yth'."""
    from mentions import article_of

    text = (
        "Sambutan Bupati\n\nBARABAI, Brand.id - Bupati membuka rapat, Senin (9/3/2026).\n\n"
        "“Yth. Bapak Ketua DPRD Kabupaten Hulu Sungai Tengah, Yth. Bapak Dandim,” kata Bupati.\n"
    )
    assert [o.name for o in article_of(text, lexicon).officials] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gagasan itu ditawarkan kepada (Presiden Amerika Serikat Franklin) Roosevelt dulu.",
            [("Franklin Roosevelt", ())],
        ),
        # a weekday after the bracket is the sentence's, not a surname
        (
            "(Kepala Dinas Pariwisata Rendra Wijayakusuma) Senin lalu hadir.",
            [("Rendra Wijayakusuma", ())],
        ),
        # a bracketed short form of the office is no name with the holder after it
        (
            "Inspektur Jenderal Kementerian Agama (Irjen Kemenag) Dimas Saputra meninjau asrama.",
            [("Dimas Saputra", ())],
        ),
    ],
)
def test_a_name_runs_on_past_an_editors_bracket(lexicon, text, expected):
    """'(Presiden AS Franklin) Roosevelt': the editor's aside closes inside the name."""
    assert people(text, lexicon) == expected


@pytest.mark.parametrize(
    "full, short",
    [
        ("I Gusti Ngurah Bagus Dharma Wijaya", "Ngurah Dharma"),
        ("Lalu Ahmad Sukardi Wiraguna", "Lalu Sukardi"),
        ("La Ode Muhammad Rendra", "La Ode Rendra"),
    ],
)
def test_a_later_name_with_middle_words_left_out_is_the_same_person(lexicon, full, short):
    """'Bupati Lalu Sukardi' after 'Bupati Lombok Utara, Lalu Ahmad Sukardi Wiraguna': one person
    (was: two, the second given the first's quote)."""
    from mentions import article_of

    text = (
        f"Rapat Banjir\n\nTANJUNG, Brand.id - Bupati Lombok Utara, {full}, memimpin rapat, "
        f"Senin (9/3/2026).\n\nBupati {short} meminta warga waspada.\n"
    )
    officials = article_of(text, lexicon).officials
    assert [(o.name, o.aliases) for o in officials] == [(full, (short,))]


def test_an_old_post_after_a_shorter_name_is_the_same_persons_past(lexicon):
    """'Andi Rendra, yang sebelumnya menjabat Kepala Dinas X' after 'Wakil Menteri Pertanian Andi
    Rendra Pawelloi': one person, who holds the current post (was: two, the second a Kepala
    Dinas)."""
    from mentions import article_of

    text = (
        "Pelantikan Wamen\n\nJAKARTA, Brand.id - Presiden melantik Andi Rendra Pawelloi sebagai "
        "Wakil Menteri Pertanian, Senin (9/3/2026).\n\nAndi Rendra, yang sebelumnya menjabat "
        "Kepala Dinas Tanaman Pangan Sulawesi Selatan, mengaku siap bekerja.\n"
    )
    officials = article_of(text, lexicon).officials
    assert [(o.name, o.role_normalized, o.aliases) for o in officials] == [
        ("Andi Rendra Pawelloi", "Wakil Menteri", ("Andi Rendra",))
    ]


def test_a_name_in_capitals_with_a_middle_initial_and_its_office_in_capitals(lexicon):
    """'BUPATI RAJA AMPAT, ABNER F. DIMARA, S.E.': a shouted name with an initial is a name in
    normal case, and 'kata Bupati' is his (was: no official, the quote no one's)."""
    from mentions import article_of

    text = (
        "Rapat Daerah\n\nWAISAI, Brand.id - Rapat digelar Senin (9/3/2026).\n\n"
        "BUPATI RAJA AMPAT, DIMAS F. SAPUTRA, S.E., M.Si, membuka rapat. "
        "“Kita siap,” kata Bupati.\n"
    )
    article = article_of(text, lexicon)
    assert [(o.name, o.role_normalized) for o in article.officials] == [
        ("Dimas F. Saputra", "Bupati")
    ]
    assert [q.speaker for q in article.quotes] == [article.officials[0].key]


@pytest.mark.parametrize(
    "written",
    [
        "Menteri Koordinator Bidang Politik dan Keamanan (Menko Polkam) Jenderal TNI (Purn.) "
        "Dimas Saputra hadir.",
        "Gubernur Sukamaju Mayjen TNI (Purn.) Dimas Saputra hadir.",
    ],
)
def test_a_retired_rank_with_its_dot_in_brackets_before_the_name(lexicon, written):
    """'Jenderal TNI (Purn.) A': the retired rank's bracket closes after a dot (was: A lost)."""
    assert [name for name, _ in people(written, lexicon)] == ["Dimas Saputra"]
