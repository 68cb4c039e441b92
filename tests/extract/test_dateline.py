"""read_dateline on the dateline shapes of shared/domain/outlets.md."""

import pytest

from netralitas_site.extract.dateline import find_dateline, read_dateline, read_split_dateline


@pytest.mark.parametrize(
    "lead, outlet, domain, place",
    [
        (
            "Kabaminang.com – Solok, Rapat koordinasi yang membahas desk Pilkada digelar pada Rabu.",
            "Kabaminang.com",
            "kabaminang.com",
            "Solok",
        ),
        (
            "SOLOK, binews.id - Sanksi terhadap ASN yang melanggar pada pelaksanaan pilkada tahun ini lebih keras.",
            "binews.id",
            "binews.id",
            "Solok",
        ),
        (
            "Solok, Klikpositif – Penjabat sementara Bupati Solok, Akbar Ali kembali mengingatkan seluruh ASN.",
            "Klikpositif",
            "klikpositif.com",
            "Solok",
        ),
        (
            "JAKARTA, KOMPAS.com - Kementerian Dalam Negeri meminta seluruh penjabat kepala daerah menjaga netralitas.",
            "KOMPAS.com",
            "kompas.com",
            "Jakarta",
        ),
        (
            "Arosukapost.com – Arosuka, Senin, 30 September 2024, Pjs Bupati Solok menerima kunjungan Bawaslu.",
            "Arosukapost.com",
            "arosukapost.com",
            "Arosuka",
        ),
        (
            "Pangkalan Kerinci (binews.id) – Bupati Pelalawan, Novrizal Harahap, membuka pelatihan guru.",
            "binews.id",
            "binews.id",
            "Pangkalan Kerinci",
        ),
        (
            "Sumbarnews.id, LUBUK BASUNG — Bupati Agam, Akbar Ali, meninjau lokasi banjir di Kecamatan Tanjung Raya.",
            "Sumbarnews.id",
            "sumbarnews.id",
            "Lubuk Basung",
        ),
        (
            "Jakarta (ANTARA) - Badan Pengawas Pemilu mencatat ratusan laporan dugaan pelanggaran netralitas ASN.",
            "ANTARA",
            "antaranews.com",
            "Jakarta",
        ),
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


@pytest.mark.parametrize(
    "lead, outlet, domain, place",
    [
        (
            "Padangkita.com, PadangPemerintah Kota Padang menggelar apel netralitas ASN di halaman balai kota.",
            "Padangkita.com",
            "padangkita.com",
            "Padang",
        ),
        (
            "BATUSANGKAR, detikSumbagsel – Bupati Tanah Datar membuka rapat koordinasi netralitas ASN di Istano.",
            "detikSumbagsel",
            "detik.com",
            "Batusangkar",
        ),
        (
            "RIYADH – Pemerintah setempat mengumumkan jadwal baru penerbangan jemaah pada pekan depan di bandara.",
            None,
            None,
            "Riyadh",
        ),
        (
            "Lembah Anai – Warga membersihkan material longsor yang menutup badan jalan sejak subuh tadi pagi.",
            None,
            None,
            "Lembah Anai",
        ),
        (
            "MUARO, SIJUNJUNGkini – Bupati Sijunjung meminta seluruh ASN menjaga netralitas menjelang pemungutan suara.",
            "SIJUNJUNGkini",
            None,
            "Muaro",
        ),
    ],
)
def test_glued_places_section_brands_and_bare_places(lexicon, lead, outlet, domain, place):
    found = read_dateline(lead, lexicon)
    assert found is not None and found.place == place
    assert (
        found.outlet.name if found.outlet else None,
        found.outlet.domain if found.outlet else None,
    ) == (outlet, domain)


def test_section_label_with_a_year_is_not_an_outlet(lexicon):
    assert (
        read_dateline(
            "PILKADA SOLOK 2024 – Bupati mengajak warga datang ke TPS pada hari pemungutan suara nanti.",
            lexicon,
        )
        is None
    )


def test_a_paid_channels_label_is_no_place(lexicon):
    found = read_dateline(
        "INFO NASIONAL – PT Sinar Energi memperluas program magang bagi mahasiswa di tiga kota.",
        lexicon,
    )
    assert found is None or found.place is None


@pytest.mark.parametrize(
    "lead",
    [
        "KOMPAS.com - Pelatih Tim Sukamaju, Budi Santoso, menyebut laga itu berat.",
        "KOMPAS.com - Pertentangan, soal anggaran itu berlanjut hingga malam.",
    ],
)
def test_the_leads_subject_after_the_outlet_is_no_place(lexicon, lead):
    found = read_dateline(lead, lexicon)
    assert found is None or found.place is None


@pytest.mark.parametrize(
    "lead, place",
    [
        # the dash and the space after the place were lost: the lead's first word is glued to it
        ("Liputan6.com, Padangkisah dua sahabat itu berlanjut di musim kedua serialnya.", "Padang"),
        # a place whose own name holds an everyday word stays whole
        ("Liputan6.com, Padangpanjang kini punya taman kota baru di pusat kota.", "Padangpanjang"),
    ],
)
def test_a_lead_glued_to_the_place_of_a_dateline_without_a_dash(lexicon, lead, place):
    found = read_dateline(lead, lexicon)
    assert found is not None and (found.outlet.name, found.place) == ("Liputan6.com", place)


def test_a_dateline_whose_dash_ends_the_line_is_read(lexicon):
    found = read_dateline("TEMPO.CO,Jakarta-", lexicon)
    assert found is not None and (found.outlet.domain, found.place) == ("tempo.co", "Jakarta")


def test_a_photo_credit_word_is_never_an_outlet(lexicon):
    from netralitas_site.extract.outlets import make_outlet

    assert make_outlet("Ilustrasi", lexicon) is None and make_outlet("Istimewa", lexicon) is None


def test_a_dash_glued_to_the_first_word_of_the_lead_still_closes_the_dateline(lexicon):
    found = read_dateline(
        "PADANG, Klikpositif -Pemerintah Kota Padang menggelar apel netralitas ASN di halaman balai kota.",
        lexicon,
    )
    assert found is not None and (found.outlet.name, found.place) == ("Klikpositif", "Padang")


def test_a_dateline_whose_dash_went_to_the_next_line(lexicon):
    from netralitas_site.extract.dateline import read_split_dateline

    found = read_split_dateline(
        "Padang",
        "- Pemerintah Kota Padang menggelar apel netralitas ASN di halaman balai kota.",
        lexicon,
    )
    assert found is not None and found.place == "Padang"
    assert read_split_dateline("Padang", "Pemerintah Kota Padang menggelar apel.", lexicon) is None


def body_of(*texts):
    from netralitas_site.model import Line

    return tuple(Line(n, t) for n, t in enumerate(texts, start=3))


def test_a_place_and_a_dash_each_on_a_line_of_their_own(lexicon):
    """Pages that put the place and the dash in tags of their own: 'Padang' / '-' / the lead."""
    from netralitas_site.extract.dateline import find_dateline

    body = body_of(
        "Padang",
        "-",
        "Wali Kota Padang",
        "meminta seluruh ASN menjaga netralitas selama masa kampanye berlangsung.",
    )
    found, index = find_dateline(body, lexicon)
    assert found is not None and (found.place, found.outlet, index) == ("Padang", None, 0)
    assert (
        find_dateline(
            body_of("Padang", "Wali Kota Padang meminta seluruh ASN menjaga netralitas."), lexicon
        )[0]
        is None
    )


def test_a_dateline_under_a_table_of_contents(lexicon):
    """'Daftar Isi' and its items sit between the headline and the lead: the lead is searched past them."""
    from netralitas_site.extract.dateline import find_dateline

    items = [
        "Syarat",
        "Jadwal",
        "Lokasi",
        "Biaya",
        "Cara Daftar",
        "Dokumen",
        "Kontak",
        "Catatan",
        "Tips",
        "Penutup",
        "Tanya Jawab",
    ]
    body = body_of(
        "Daftar Isi",
        *items,
        "Padang",
        "-",
        "Pemerintah Kota Padang membuka pendaftaran pelatihan bagi pelaku usaha kecil mulai pekan depan.",
    )
    found, index = find_dateline(body, lexicon)
    assert found is not None and found.place == "Padang" and index == len(items) + 1


@pytest.mark.parametrize(
    "lead, outlet, place",
    [
        # the place glued to an acronym that opens the lead ('PT', 'ASN') after the dash was lost
        (
            "Liputan6.com, PadangPT Semen Padang meresmikan pabrik baru di kawasan industri Indarung.",
            "Liputan6.com",
            "Padang",
        ),
        # a place written in two parts stays whole
        (
            "Liputan6.com, Washington, DC -Pemerintah Amerika Serikat mengumumkan kebijakan tarif baru bagi mitra dagangnya.",
            "Liputan6.com",
            "Washington, DC",
        ),
        # the outlet's link was lost and only its comma is left: what follows is the place, not a brand
        (
            ", Washington D.C - Para pengunjuk rasa berkumpul di depan gedung parlemen sejak pagi hari ini.",
            None,
            "Washington D.C",
        ),
        # dashes glued on both sides, after a place in capitals or after the outlet
        (
            "PADANG-Pemerintah Kota Padang menggelar apel netralitas ASN di halaman balai kota.",
            None,
            "Padang",
        ),
        (
            "Padangkita.com,Padang-Pemerintah Kota Padang menggelar apel netralitas ASN di halaman balai kota.",
            "Padangkita.com",
            "Padang",
        ),
        (
            "REPUBLIKA.CO.ID, PADANG--Pemerintah Kota Padang menggelar apel netralitas ASN di halaman balai kota.",
            "REPUBLIKA.CO.ID",
            "Padang",
        ),
        # the place first and the outlet glued to the dash
        (
            "PADANG, KOMPAS.com-Pemerintah Kota Padang menggelar apel netralitas ASN di halaman balai kota.",
            "KOMPAS.com",
            "Padang",
        ),
    ],
)
def test_datelines_as_scraped_pages_print_them(lexicon, lead, outlet, place):
    found = read_dateline(lead, lexicon)
    assert found is not None and found.place == place
    assert (found.outlet.name if found.outlet else None) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Padang-Painan kini bisa ditempuh dalam dua jam setelah jalan baru dibuka untuk umum.",
        "Kereta Padang-Pariaman kembali beroperasi pekan ini setelah perbaikan rel selesai dikerjakan.",
    ],
)
def test_a_route_between_two_towns_is_not_a_glued_dateline(lexicon, text):
    assert read_dateline(text, lexicon) is None


def test_an_unknown_place_over_a_dash_line_and_a_lead_cut_by_links(lexicon):
    """'Ramallah'-like places the lexicon does not know still make a dateline in the three-line
    shape, also when the lead under the dash is cut into short lines by its links."""
    from netralitas_site.extract.dateline import find_dateline

    body = body_of(
        "Oslo",
        "-",
        "Perdana Menteri",
        "Norwegia",
        "Jonas Store",
        "menyampaikan",
        "ucapan selamat kepada tim nasional.",
    )
    found, index = find_dateline(body, lexicon)
    assert found is not None and (found.place, index) == ("Oslo", 0)


def lines_of(*texts):
    return body_of(*texts)


@pytest.mark.parametrize(
    "texts, outlet, domain",
    [
        # the reporter's own paper named where it observed or asked
        (
            (
                "Pasar murah dibuka sejak pagi di halaman kantor camat.",
                "Pantauan Okezone di lokasi, antrean warga mengular hingga ke jalan.",
            ),
            "Okezone",
            "okezone.com",
        ),
        (
            ("“Kami siap,” ujar Kepala Dinas Pendidikan kepadaKompas.com di kantornya.",),
            "Kompas.com",
            "kompas.com",
        ),
        (
            ("“Anggaran sudah cair,” kata Sekda saat dihubungi", "Liputan6.com", ", Senin malam."),
            "Liputan6.com",
            "liputan6.com",
        ),
        (("“Belum ada laporan,” ujarnya kepadaTempodi kantornya.",), "Tempo", "tempo.co"),
        # the same network's section cited as a source: the network is the outlet
        (
            ("Banjir merendam dua desa, dilansirdetikSumbagsel, Senin (9/6/2025).",),
            "detikSumbagsel",
            "detik.com",
        ),
        (
            ("Gubernur meninjau lokasi longsor, seperti dikutip dari", "detikJabar", "."),
            "detikJabar",
            "detik.com",
        ),
        (("Artikel ini telah tayang didetikBali.",), "detikBali", "detik.com"),
        # a photo credit of the paper's own photographer
        (
            ("Warga memadati alun-alun kota pada malam pergantian tahun. (Rudi Hartono/detikcom)",),
            "detikcom",
            "detik.com",
        ),
        # the newsroom's own round-up or records
        (
            ("Berikut daftar harta kepala daerah yang dirangkum Okezone, Rabu (18/6/2025):",),
            "Okezone",
            "okezone.com",
        ),
        (
            ("Berdasarkan catatan detikOto, sembilan provinsi menghapus denda pajak tahun ini.",),
            "detikOto",
            "detik.com",
        ),
        (
            ("Kabar itu menjadi artikel terpopuler detikTravel, Senin (9/6/2025).",),
            "detikTravel",
            "detik.com",
        ),
        # the section as the reporter, or as the source it quotes from
        (
            ("Ada tiga hal yang didapat detikTravel saat singgah di pulau itu.",),
            "detikTravel",
            "detik.com",
        ),
        (
            ("Ia bicara kepada pewarta, termasukdetikSport, usai latihan.",),
            "detikSport",
            "detik.com",
        ),
        (("Disitat dari detikEdu, kota itu paling macet.",), "detikEdu", "detik.com"),
        (
            ("Hal itu ia sampaikan di depan wartawan, termasuk Okezone, seusai latihan.",),
            "Okezone",
            "okezone.com",
        ),
        # words a scraped page glued to the brand are no section of it
        (("Pantauandetikcomdi lokasi, jalan masih tergenang.",), "detikcom", "detik.com"),
        (("PantauandetikcomKamis (14/8/2025) di balai kota.",), "detikcom", "detik.com"),
        (("Kata dia kepadadetikJogjadan wartawan lain.",), "detikJogja", "detik.com"),
    ],
)
def test_the_outlet_named_by_its_own_text(lexicon, texts, outlet, domain):
    from netralitas_site.extract.outlets import self_named_outlet

    found = self_named_outlet(lines_of(*texts), lexicon)
    assert found is not None and (found.name, found.domain) == (outlet, domain)


@pytest.mark.parametrize(
    "texts",
    [
        ("Harga cabai naik tajam, dilansir Antara, Senin (9/6/2025).",),  # another outlet cited
        (
            "Kebijakan itu diumumkan pekan lalu, seperti dikutip dari Kompas.com.",
        ),  # citing is not being
        (
            "“Kami siap,” ujar Kepala Dinas kepada Antara di kantornya.",
        ),  # a news agency talks to everyone
        ("Laporan lengkap dapat dibaca di detikcom.",),  # no self-reference cue
        ("Menurut dia, bantuan diserahkan kepadanya pekan lalu.",),
    ],
)
def test_a_cited_outlet_is_not_the_outlet(lexicon, texts):
    from netralitas_site.extract.outlets import self_named_outlet

    assert self_named_outlet(lines_of(*texts), lexicon) is None


def test_a_photo_credit_set_aside_with_its_caption_still_names_the_outlet(lexicon):
    """A caption is filed as boilerplate; its credit of the paper's own photographer is looked for
    there too, and only the credit: other cues in boilerplate ('Baca juga' titles) cite others."""
    from netralitas_site.extract.outlets import self_named_outlet

    caption = lines_of("Rapat paripurna di gedung dewan, Senin pagi. (Rudi Hartono/detikcom)")
    found = self_named_outlet(caption, lexicon, credits_only=True)
    assert found is not None and found.domain == "detik.com"
    assert (
        self_named_outlet(
            lines_of("Baca juga: Pantauan Okezone di lokasi banjir"), lexicon, credits_only=True
        )
        is None
    )


@pytest.mark.parametrize(
    "texts, outlet, domain",
    [
        # the newsroom's own test, the video it watched, the statement it received
        (("Berikut hasil pengetesan redaksi detikOto di jalan tol.",), "detikOto", "detik.com"),
        (
            ("Hal itu ia sampaikan dalam video tersebut, dilihatdetikcom, Jumat (20/6/2025).",),
            "detikcom",
            "detik.com",
        ),
        (
            ("Begitu bunyi keterangan tertulis yang diterima detikOto, Kamis (5/6/2025).",),
            "detikOto",
            "detik.com",
        ),
        # the newsroom's own records
        (("Dalam catatandetikcom, satgas itu dibentuk pada 2016.",), "detikcom", "detik.com"),
        # the next sentence glued to the brand
        (
            ("Timnas diprediksi menang,” ujarnya kepadaOkezone.Karena itu ia optimistis.",),
            "Okezone",
            "okezone.com",
        ),
        # the compiler or the caller named after 'oleh'
        (
            ("Berikut daftar yang dirangkum oleh Okezone dari beberapa sumber.",),
            "Okezone",
            "okezone.com",
        ),
        (
            ("Kabar itu dibenarkan pelatihnya saat dihubungi oleh detikcom.",),
            "detikcom",
            "detik.com",
        ),
    ],
)
def test_more_ways_a_text_names_its_own_newsroom(lexicon, texts, outlet, domain):
    from netralitas_site.extract.outlets import self_named_outlet

    found = self_named_outlet(lines_of(*texts), lexicon)
    assert found is not None and (found.name, found.domain) == (outlet, domain)


def test_a_word_and_a_comma_glued_to_the_place_of_a_dateline(lexicon):
    lead = "Liputan6.com, JakartaSerumen, atau kotoran telinga, adalah zat alami yang diproduksi oleh kelenjar."
    found = read_dateline(lead, lexicon)
    assert found is not None and (found.place, found.outlet.name) == ("Jakarta", "Liputan6.com")


def test_a_place_over_a_line_with_the_outlet_and_its_dash(lexicon):
    """'JAKARTA' / ', KOMPAS.com -' / the lead, as a page with the place in a tag of its own prints it."""
    from netralitas_site.extract.dateline import read_split_dateline

    lead = "Gubernur Jakarta yakin dapat memenuhi putusan itu"
    found = read_split_dateline("JAKARTA", ", KOMPAS.com -", lexicon, lead)
    assert found is not None and (found.place, found.outlet.name) == ("Jakarta", "KOMPAS.com")


def test_a_place_and_dash_in_a_list_below_the_lead_is_no_dateline(lexicon):
    body = body_of(
        "Pemerintah kabupaten mulai memperbaiki jalan rusak di kawasan itu bulan ini dan "
        "menargetkan seluruh pekerjaan rampung sebelum akhir tahun depan.",
        '"Jalan ini rusak parah sejak lama," kata Bupati Lembah Hijau Rina Marlina, Senin.',
        "Berikut ruas yang diperbaiki:",
        "1. Jalan Pasar Lama - Kampung Baru Sejahtera sepanjang dua koma lima kilometer.",
    )
    assert find_dateline(body, lexicon) == (None, 0)


def test_a_list_line_below_the_first_paragraphs_is_no_dateline(lexicon):
    prose = (
        "Perusahaan daerah itu mengumumkan susunan pengurus baru setelah rapat pemegang saham "
        "yang digelar pekan lalu di kantor pusatnya dan dihadiri seluruh pemegang saham serta "
        "perwakilan pemerintah daerah."
    )
    body = body_of(
        prose,
        prose.replace("pekan lalu", "kemarin"),
        "Berikut daftarnya:",
        "Pengurus1. Rudi Hartono - Ketua2. Sinta Dewi - Anggota3. Budi Santoso - Anggota",
    )
    assert find_dateline(body, lexicon) == (None, 0)


def test_a_domain_alone_glued_to_the_dash_is_the_outlet(lexicon):
    found = read_dateline("KOMPAS.com-Perusahaan sawit itu menjadi perhatian publik.", lexicon)
    assert found is not None and found.outlet.name == "KOMPAS.com" and found.place is None
    assert read_dateline("Padang-Painan kini bisa ditempuh dua jam.", lexicon) is None


@pytest.mark.parametrize(
    "text",
    [
        "Penyanyi itu tersenyum. Foto/dok SindoNewsKarena itu, ia tidak menagih royalti.",
        "Penyanyi itu tersenyum (Foto/dok SindoNews). Ia tidak menagih royalti.",
    ],
)
def test_an_inline_photo_credit_names_the_outlet(lexicon, text):
    from netralitas_site.extract.outlets import self_named_outlet

    found = self_named_outlet(lines_of(text), lexicon, credits_only=True)
    assert found is not None and found.domain == "sindonews.com"


def test_a_source_credit_naming_a_government_names_no_outlet(lexicon):
    """'Sumber: Pemerintah Kota X' is where the information came from, not the outlet."""
    from netralitas_site.extract.article import credited_outlet
    from netralitas_site.model import Line

    assert credited_outlet((Line(9, "Sumber: Pemerintah Kota Sukamaju"),), lexicon) is None
    assert credited_outlet((Line(9, "Sumber: Padangkita.com"),), lexicon) is not None


def test_a_release_an_agency_published_with_the_day_in_its_dateline(lexicon):
    """'SURABAYA, 14 Agustus 2025 (Antara/PRNewswire) --' on a line of its own: a dateline (the
    bracket closed by the dash is no stamp's), its place without the day, its outlet the agency
    that published the release."""
    from netralitas_site.extract.stamps import is_stamp

    line = "SURABAYA, 14 Agustus 2025 (Antara/PRNewswire) --"
    assert not is_stamp(line)
    dateline = read_dateline(line, lexicon)
    assert (dateline.outlet.domain, dateline.place, dateline.rest) == (
        "antaranews.com",
        "Surabaya",
        "",
    )
    assert is_stamp("Kamis, 14 Agustus 2025 - 21:40 WIB")


def test_a_place_in_capitals_glued_to_the_outlets_brand(lexicon):
    """'PADANGKlikpositif -': the space between the place and the brand was lost."""
    dateline = read_dateline(
        "PADANGKlikpositif - Gubernur membuka rapat, Kamis (14/8/2025).", lexicon
    )
    assert (dateline.outlet.name, dateline.place) == ("Klikpositif", "Padang")


LONG_LEAD = "Bupati memimpin apel pagi bersama seluruh aparatur sipil negara, Senin (2/3/2026)."


@pytest.mark.parametrize(
    "opening, outlet, place",
    [
        # a place whose first word is also a menu word ('Padang', 'Jakarta') is no section label
        ("PADANG PARIAMAN – ", None, "Padang Pariaman"),
        ("JAKARTA SELATAN - ", None, "Jakarta Selatan"),
        # a brand in lower case that no dictionary holds, after a known place
        ("Padang, sukamajunews - ", "sukamajunews", "Padang"),
        ("50 KOTA, sukamajunews - ", "sukamajunews", "50 Kota"),
        # a doubled dash or a bracketed brand glued to the lead
        ("PADANG PANJANG, SUKAMAJU--", "SUKAMAJU", "Padang Panjang"),
        ("Bukittinggi, (Sukamajufokus)--", "Sukamajufokus", "Bukittinggi"),
        # the place and the brand both in lower case
        ("banda aceh, sukamajunews - ", "sukamajunews", "Banda Aceh"),
    ],
)
def test_regional_dateline_shapes(lexicon, opening, outlet, place):
    dateline = read_dateline(opening + LONG_LEAD, lexicon)
    assert dateline is not None
    assert (dateline.outlet.name if dateline.outlet else None, dateline.place) == (outlet, place)
    assert dateline.rest == LONG_LEAD


@pytest.mark.parametrize(
    "lead",
    [
        "Padang, kemarin - " + LONG_LEAD,  # a dictionary word after the comma is prose
        "Padang-Painan kini ramai dilalui kendaraan pada Senin (2/3/2026).",  # a route
        "PILKADA SUKAMAJU 2026 - " + LONG_LEAD,  # a section label
    ],
)
def test_prose_and_labels_are_no_regional_dateline(lexicon, lead):
    dateline = read_dateline(lead, lexicon)
    assert dateline is None or dateline.outlet is None and dateline.place is None


def test_a_place_and_its_comma_on_a_line_above_the_outlet_and_the_lead(lexicon):
    """'SIGI,' on its own line, 'BRAND.COM – the lead' under it: one dateline."""
    dateline = read_split_dateline(
        "SIGI,",
        "SUKAMAJUNEWS.COM – Penjabat Bupati Sigi mengingatkan seluruh ASN agar netral.",
        lexicon,
    )
    assert dateline is not None
    assert (dateline.outlet.name, dateline.place) == ("SUKAMAJUNEWS.COM", "Sigi")
    assert (
        read_split_dateline("Sukamaju,", "Warga berkumpul di balai desa pagi itu.", lexicon) is None
    )


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("(Sukamaju Pos/ard)", "Sukamaju Pos"),  # a press word in the brand
        ("Penulis: Dimas Saputra | Editor: Sari Handayani | SukamajuKini", "SukamajuKini"),
        ("(Dimas Saputra/ard)", None),  # a writer's name and initials: no outlet
        ("Penulis: Dimas Saputra | Editor: Sari Handayani", None),
    ],
)
def test_a_closing_credit_names_the_outlet_by_its_brand(lexicon, line, outlet):
    from netralitas_site.extract.article import credited_outlet
    from netralitas_site.model import Line

    found = credited_outlet((Line(30, line),), lexicon)
    assert (found.name if found else None) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Laporan Wartawan SukamajuPos.com, Dimas Saputra", "SukamajuPos.com"),
        ("Laporan Reporter sukamajukini.id, Dimas Saputra", "sukamajukini.id"),
        ("Laporan Kontributor Harian Sukamaju, Dimas Saputra", "Harian Sukamaju"),
        ("Laporan Wartawan Kompas.com, Dimas Saputra", "Kompas.com"),  # a known outlet
        ("Laporan wartawan kami, Dimas Saputra", None),  # no brand
        ("Laporan Wartawan Dimas Saputra", None),  # a name, no paper
    ],
)
def test_a_reporters_credit_names_the_paper_he_writes_for(lexicon, line, outlet):
    """A regional network's byline above the dateline ('Laporan Wartawan X, A') names the outlet
    when X is a brand, a daily ('Harian ...') or an outlet the lexicon knows."""
    from netralitas_site.extract.article import credited_outlet
    from netralitas_site.model import Line

    found = credited_outlet((Line(3, line),), lexicon)
    assert (found.name if found else None) == outlet


def test_a_capital_i_typed_as_a_lower_case_l_in_the_datelines_brand(lexicon):
    """'SUMBAWA BESAR (lSN) –': the brand is 'ISN'."""
    dateline = read_dateline(f"SUMBAWA BESAR (lSN) – {LONG_LEAD}", lexicon)
    assert dateline.outlet.name == "ISN" and dateline.place == "Sumbawa Besar"


def test_a_section_brand_takes_the_domain_the_text_names_for_its_outlet(lexicon):
    """'sukamaju9Bengkulu' in the byline, 'sukamaju9.com' named at the end: a section of that
    outlet ('detikJabar' is detik.com's), its name kept as written."""
    from mentions import article_of

    text = (
        "Bupati Minta ASN Netral\n\nDimas Saputra - sukamaju9Bengkulu\n"
        "Senin, 2 Mar 2026 14:20 WIB\n\n"
        "Kepahiang - Bupati Kepahiang meminta seluruh ASN menjaga netralitas selama masa kampanye "
        "pemilihan kepala daerah.\n\n"
        "Simak berita sukamaju9.com lainnya di aplikasi.\n"
    )
    article = article_of(text, lexicon)
    assert (article.outlet.name, article.outlet.domain) == ("sukamaju9Bengkulu", "sukamaju9.com")


@pytest.mark.parametrize(
    "footer, outlet",
    [
        ("Hak Cipta © 2026 sukamajunews.com", "sukamajunews.com"),
        ("© 2026 SukaPos", "SukaPos"),
        ("Hak Cipta © 2026 SukaPos. All rights reserved.", "SukaPos"),
        ("Logo SukaPos", "SukaPos"),
        ("Logo sukamajunews.id", "sukamajunews.id"),
        ("© 2026 PT Sukamaju Media Utama", None),
        ("© 2026 Hak Cipta Dilindungi Undang-Undang", None),
    ],
)
def test_a_footers_or_a_logos_brand_names_the_outlet(lexicon, footer, outlet):
    """A page's copyright line in Indonesian ('Hak Cipta ©') and a brand no list knows written
    alone after '©' or 'Logo' name the outlet; a company's name does not."""
    from netralitas_site.extract.article import credited_outlet
    from netralitas_site.model import Line

    found = credited_outlet((Line(40, footer),), lexicon)
    assert (found.name if found else None) == outlet


def test_a_label_before_a_dash_over_a_long_headline_is_no_dateline(lexicon):
    """'Advertorial - Bupati Sukamaju Lantik Tujuh Kepala Desa ...': the page's label, not a
    place (was: the dateline 'Advertorial', and a menu word taken for the headline)."""
    line = "Advertorial - Bupati Sukamaju Lantik Tujuh Kepala Desa Antarwaktu di Aula Kantor Bupati"
    assert read_dateline(line, lexicon) is None


def test_a_dateline_with_its_brand_between_pipes(lexicon):
    """'GARUT | Brand | lead': the place, the outlet between pipes, then the lead (was: none)."""
    found = read_dateline("GARUT | Sukapos | Wakil Bupati Garut meninjau lokasi longsor.", lexicon)
    assert found is not None and (found.place, found.outlet_written) == ("Garut", "Sukapos")
    assert read_dateline("Politik | Nasional | Bupati Agam melantik camat.", lexicon) is None


@pytest.mark.parametrize(
    "lead, place",
    [
        ("Sintang, 12 Maret 2026 – Badan Kepegawaian menggelar rapat.", "Sintang"),
        ("Mamuju (17/3) – Pemerintah Kabupaten Mamuju menggelar operasi pasar.", "Mamuju"),
        ("Sintang, Kamis (12/3/2026) – Badan Kepegawaian menggelar rapat.", "Sintang"),
    ],
)
def test_a_day_written_where_a_datelines_brand_stands_is_no_outlet(lexicon, lead, place):
    """'Mamuju (17/3) –', 'Sintang, 12 Maret 2026 –': the place and its day, no outlet (was: an
    outlet '17/3' or '12 Maret 2026', and the place 'Sintang, Kamis')."""
    dateline = read_dateline(lead, lexicon)
    assert (dateline.outlet, dateline.place) == (None, place)
