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
        (
            "Judul\n\nSOLOK, binews.id - Hal ini ditegaskan Bupati Solok dalam sosialisasi di lingkungan Pemerintah Kabupaten Solok.",
            ["Kabupaten Solok"],
        ),
        (
            "Judul\n\nSolok, Klikpositif – Wali Kota Solok, Zul Elfian, membuka festival di Kota Solok.",
            ["Kota Solok"],
        ),
        (
            "Judul\n\nArosukapost.com – Limapuluh Kota, Senin (30/9/2024), Pjs Bupati Limapuluh Kota, Ahmad Zakri, menggelar rakor.",
            ["Kabupaten Lima Puluh Kota"],
        ),
        (
            "Judul\n\nPainan, Sumbarnews.id – Bupati Pesisir Selatan, Rusma Yul Anwar, membuka musrenbang di Painan. Hadir pula Bupati Solok Selatan, Khairunas.",
            ["Kabupaten Pesisir Selatan"],
        ),
        (
            "Judul\n\nPadang, Padangkita.com – Gubernur Sumbar, Mahyeldi, meminta KPU Provinsi Sumatera Barat bekerja profesional.",
            ["Provinsi Sumatera Barat"],
        ),
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

    text = (
        "Gubernur Lantik Tiga Penjabat\n\nPadang, Padangkita.com – Gubernur Sumatera Barat melantik tiga penjabat kepala daerah, Senin (20/5/2024).\n"
        "Mereka adalah Penjabat Bupati Pasaman Barat Hendra Putra, Penjabat Bupati Sijunjung Dedi Kurnia dan Penjabat Wali Kota "
        "Payakumbuh Rida Ananda yang dilantik berdasarkan keputusan Menteri Dalam Negeri.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert {"Kabupaten Pasaman Barat", "Kabupaten Sijunjung", "Kota Payakumbuh"} <= {
        r.name for r in article.regions
    }


@pytest.mark.parametrize(
    "text",
    [
        # a place where something happened, named again and again, with no government of its own at work
        "Izin Tambang Dicabut\n\nJakarta - Kementerian mencabut izin empat perusahaan tambang di Kabupaten Sijunjung. "
        "Kegiatan tambang di Kabupaten Sijunjung dinilai merusak sungai. Warga Kabupaten Sijunjung menyambut keputusan itu.",
        # a party's branch is not the regency's government
        "Partai Bentuk Tim\n\nJakarta - Ketua DPD Partai Maju Kabupaten Solok, Budi Santoso, mengumumkan tim pemenangan partai di Kabupaten Solok.",
        # a former holder in a court story is where the person comes from, not whose government
        "Sidang Uji Materi\n\nJakarta - Mahkamah menggelar sidang gugatan yang diajukan mantan Bupati Solok Budi Santoso di Kabupaten Solok pekan lalu.",
        # a police body in a region is not the region's government
        "Polisi Periksa Anggota\n\nPadang - Kabid Propam Polda Sumatera Barat Kombes Budi Santoso memeriksa tiga anggota di Provinsi Sumatera Barat.",
        # a house named after the office is a building
        "Warga Berkumpul\n\nJakarta - Warga berkumpul di depan Rumah Dinas Wali Kota Padang untuk menonton pawai, lalu berjalan ke Kota Padang bagian utara.",
    ],
)
def test_a_place_without_its_government_at_work_is_not_a_subject(lexicon, text):
    assert regions_of(text, lexicon) == []


def test_the_government_at_work_makes_a_subject_without_a_named_official(lexicon):
    text = "Pemkab Perketat Izin\n\nJakarta - Pemkab Sijunjung memperketat izin tambang di wilayahnya setelah banjir melanda Kabupaten Sijunjung."
    assert regions_of(text, lexicon) == ["Kabupaten Sijunjung"]


def test_a_village_named_like_a_town_is_the_village(lexicon):
    """'Nagari Padang Luar', 'Desa Solok': the village's name, not Kota Padang or Kota Solok."""
    from netralitas_site.extract.regions import region_scores
    from netralitas_site.model import Line as L

    text = "Warga Nagari Padang Luar dan Desa Solok Baru menerima bantuan jembatan dari Jorong Padang Data."
    assert region_scores((L(1, text),), lexicon) == {}


def test_an_official_who_comes_along_is_a_guest(lexicon):
    """The Bupati who reviews a road 'bersama' another region's Bupati is the story's subject;
    the companion's region is not, as with 'didampingi' or 'turut hadir'."""
    text = (
        "Judul\n\nMuara Bungo, Jambinews.id – Bupati Bungo, Hasan Basri, meninjau jalan rusak di Kecamatan Koto XI Tarusan "
        'bersama Bupati Pesisir Selatan, Rahmat Hidayat, pada Selasa (21/3/2023).\n"Jalan ini segera kami perbaiki," kata Hasan Basri.'
    )
    assert regions_of(text, lexicon) == ["Kabupaten Bungo"]


def test_a_second_government_at_work_is_a_subject_though_named_less(lexicon):
    """The city's story names the province's government at work too, twice but less often than
    the city's: both are subjects (real articles label both; a share of 0.4 of the top score kept
    the second out). Once only, the province is no subject (the test after the next)."""
    text = (
        "Judul\n\nCimahi - Wali Kota Cimahi Budi Santoso meresmikan pasar baru di Kota Cimahi, Senin (9/6/2025). "
        "Pemerintah Kota Cimahi menyiapkan lahan dan Pemkot Cimahi menata pedagang.\n"
        "Pasar itu dibangun dengan bantuan Pemprov Jawa Barat, dan Pemprov Jawa Barat akan "
        "menambah kiosnya."
    )
    assert regions_of(text, lexicon) == ["Kota Cimahi", "Provinsi Jawa Barat"]


def test_a_place_listed_after_a_government_at_work_shares_it(lexicon):
    """'Pemprov Jambi dan Bengkulu': the second province's government is at work too."""
    text = (
        "Judul\n\nJakarta – Sengketa batas wilayah antara Pemerintah Provinsi (Pemprov) Jambi dan "
        "Bengkulu dibahas lagi. Pemprov Jambi dan Bengkulu diminta hadir membawa peta."
    )
    assert sorted(regions_of(text, lexicon)) == ["Provinsi Bengkulu", "Provinsi Jambi"]


LISTED_GOVERNMENTS = """Pemutihan Pajak Kendaraan

Jakarta – Beberapa provinsi membuka keringanan denda pajak kendaraan tahun ini.
Berikut jadwalnya:
1. Jambi (1 Mei-31 Juli 2025)
Gubernur Jambi mengatakan program ini kesempatan terakhir.
2. Bengkulu (10 April-30 Juni 2025)
3. Gorontalo (20 Maret-30 Juni 2025)
"""


def test_a_numbered_list_of_places_whose_governments_are_at_work_lists_subjects(lexicon):
    regions = regions_of(LISTED_GOVERNMENTS, lexicon)
    assert sorted(regions) == ["Provinsi Bengkulu", "Provinsi Gorontalo", "Provinsi Jambi"]


def test_a_numbered_list_of_places_without_their_governments_lists_no_subject(lexicon):
    forecast = LISTED_GOVERNMENTS.replace("Gubernur Jambi mengatakan", "Warga Jambi menilai")
    assert regions_of(forecast, lexicon) == []


def test_a_province_named_once_in_a_story_about_one_of_its_cities_is_no_subject(lexicon):
    """The city's government is at work; the province only funds it, once: the city is the
    subject. Named at work twice or more, or with its own officials, the province is one too."""
    once = (
        "Judul\n\nCIMAHI - Wali Kota Cimahi Budi Santoso meresmikan pasar di Kota Cimahi, Senin "
        "(2/6/2025). Pemerintah Kota Cimahi membangun pasar itu dengan dana bantuan Pemprov Jawa "
        "Barat. Pemkot Cimahi akan merawat pasar itu.\n"
    )
    twice = once.replace(
        "Pemkot Cimahi akan",
        "Gubernur Jawa Barat Dimas Saputra juga hadir. Pemprov Jawa Barat akan",
    )
    assert regions_of(once, lexicon) == ["Kota Cimahi"]
    assert regions_of(twice, lexicon) == ["Kota Cimahi", "Provinsi Jawa Barat"]


@pytest.mark.parametrize(
    "dateline, office, region",
    [
        ("PAINAN", "Bupati", "Kabupaten Pesisir Selatan"),
        ("AROSUKA", "Sekda", "Kabupaten Solok"),
        ("PADANG", "Wali Kota", "Kota Padang"),
    ],
)
def test_an_office_without_its_place_under_a_regency_seats_dateline(
    lexicon, dateline, office, region
):
    """A regional outlet names the place once, in the dateline: a head of the dateline's level
    (or its secretary) written without a place holds that regency's or city's office, and the
    regency or city is the story's subject."""
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile

    text = (
        f"Apel Netralitas ASN\n\n{dateline} - {office} Dimas Saputra mengingatkan seluruh ASN "
        "menjaga netralitas selama tahapan pilkada, Kamis (14/8/2025)."
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [r.name for r in article.regions] == [region]
    assert [(o.name, o.region) for o in article.officials] == [("Dimas Saputra", region)]


def test_a_bare_governor_in_a_citys_story_is_the_provinces(lexicon):
    """An office written without a place takes the article's region at its own level: a bare
    'Gubernur' in a story about Kota Padang is Sumatera Barat's governor, not the city's."""
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile

    text = (
        "Apel ASN\n\nPADANG - Wali Kota Dimas Saputra meminta ASN tidak berpihak, Kamis "
        "(14/8/2025). Gubernur Sinta Dewi Rahayu juga hadir dalam apel itu."
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert {o.name: o.region for o in article.officials} == {
        "Dimas Saputra": "Kota Padang",
        "Sinta Dewi Rahayu": "Provinsi Sumatera Barat",
    }


def test_the_seats_government_named_without_its_place_makes_it_the_subject(lexicon):
    """'AROSUKA - Pemkab menggelar apel ...': the regency whose seat the dateline names is the
    story's subject when the text names a government of its level without a place; a place
    named after the word is that place's government, read as before."""
    from netralitas_site.extract.article import extract_article
    from netralitas_site.model import SourceFile

    text = (
        "Apel ASN\n\nAROSUKA - Pemkab menggelar apel netralitas ASN di halaman kantor bupati, "
        "Kamis (14/8/2025). Seluruh ASN diminta tidak berpihak selama tahapan pilkada."
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [r.name for r in article.regions] == ["Kabupaten Solok"]


def test_a_bare_government_word_in_another_citys_story_is_that_citys(lexicon):
    """'PADANG - Pemkot Solok ...' then 'Pemkot juga ...': the bare word is the story's city's
    government, not the dateline city's, which stays no subject."""
    text = (
        "Pemkot Solok Siapkan Festival\n\n"
        "PADANG - Pemerintah Kota Solok menyiapkan festival budaya, Senin (9/3/2026). Wali Kota "
        "Solok, Dimas Saputra, memaparkan rencana itu di Padang.\n\n"
        "Pemkot juga menyiapkan kantong parkir. Pemkot menargetkan 20 ribu pengunjung.\n"
    )
    assert regions_of(text, lexicon) == ["Kota Solok"]


def test_a_regions_agency_named_with_its_field_is_its_government_at_work(lexicon):
    """'Dinas Pendidikan Provinsi X': the agency's word stands before its field, not just before
    the region's level; its warehouse ('Gudang Dinas Sosial Kabupaten X') is only a place."""
    text = (
        "Judul\n\nJAKARTA - Libur sekolah tahun ini berbeda di tiap daerah. Menurut Keputusan "
        "Kepala Dinas Pendidikan Provinsi Jambi, libur dimulai pekan depan. Sekolah di Jambi "
        "mengikuti jadwal itu. Orang tua di Jambi diminta bersiap.\n"
    )
    assert regions_of(text, lexicon) == ["Provinsi Jambi"]
    stored = text.replace("Keputusan Kepala Dinas Pendidikan", "data di Gudang Dinas Sosial")
    assert regions_of(stored, lexicon) == []


def test_a_regions_civil_service_agency_by_its_short_name_is_its_government(lexicon):
    text = (
        "Judul\n\nJAKARTA - Pelatihan itu diikuti ratusan ASN. BPSDM Provinsi Jambi menggelar "
        "pelatihan itu selama tiga hari. Peserta datang dari seluruh Jambi.\n"
    )
    assert regions_of(text, lexicon) == ["Provinsi Jambi"]


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("PARIAMAN", ["Kota Pariaman"]),  # a city's own election body
        ("PAINAN", ["Kabupaten Pesisir Selatan"]),  # at a regency's seat
        ("PADANG", []),  # the province's capital: its bodies sit there too
        ("JAKARTA", []),  # the Republic's
    ],
)
def test_the_seats_election_body_named_without_its_place(lexicon, dateline, expected):
    text = (
        f"Judul\n\n{dateline} - Bawaslu menemukan tiga ASN diduga melanggar netralitas. "
        "Ketua Bawaslu Dimas Saputra mengatakan laporan sudah diteruskan ke BKN.\n"
    )
    assert regions_of(text, lexicon) == expected


def test_a_regions_hospital_a_victim_was_taken_to_is_a_place_not_its_government(lexicon):
    text = (
        "Judul\n\nJAKARTA - Seorang pengendara tewas setelah jatuh di jalan raya. Korban dilarikan "
        "ke RSUD Kota Bogor oleh warga. Rekannya juga dilarikan ke RSUD Kota Bogor.\n"
    )
    assert regions_of(text, lexicon) == []
    at_work = text.replace("Korban dilarikan ke RSUD", "Direktur RSUD").replace(
        "oleh warga", "menambah ruang rawat"
    )
    assert regions_of(at_work, lexicon) == ["Kota Bogor"]


@pytest.mark.parametrize(
    "office",
    ["Kepala Kantor Bea Cukai Solok", "Kepala Kantor Imigrasi Agam", "Kanit PJR Sumbar"],
)
def test_a_national_bodys_office_in_a_region_is_not_its_government(lexicon, office):
    text = (
        f"Judul\n\nJAKARTA - Petugas menyita barang ilegal di pelabuhan. {office} Dimas Saputra "
        "mengatakan barang itu dimusnahkan pekan depan.\n"
    )
    assert regions_of(text, lexicon) == []


def test_a_regions_civil_servants_make_it_a_subject_of_the_story(lexicon):
    """'lima ASN di Kota X', 'tiga PNS yang berasal dari Kabupaten Y': a story about a region's civil
    servants is about its government; a town only named is not."""
    text = (
        "Bawaslu Catat ASN Langgar Netralitas\n\n"
        "PADANG, Warta Nagari - Bawaslu Provinsi Sumatera Barat mencatat lima ASN di Kota Solok "
        "dan tiga PNS yang berasal dari Kabupaten Tanah Datar diduga melanggar netralitas. "
        "Hasilnya dibahas para pengurus di Bukittinggi."
    )
    regions = regions_of(text, lexicon)
    assert {"Kota Solok", "Kabupaten Tanah Datar"} <= set(regions)
    assert "Kota Bukittinggi" not in regions


def test_every_kabupaten_and_kota_a_reports_sentence_lists_is_a_subject(lexicon):
    """'Bawaslu menemukan ... terbanyak di Kabupaten Gowa 612 data, Bone 587, Kota Makassar 534
    dan Maros 301': each listed government is one the report is about; an address ('di Morowali,
    Sulawesi Tengah') and a list outside a report name none."""
    text = (
        "Bawaslu Temukan Data Pemilih Ganda\n\n"
        "MAKASSAR, Brand.id - Bawaslu Sulawesi Selatan menemukan data ganda. Jumlah terbanyak di "
        "Kabupaten Gowa sebanyak 612 data, Bone 587, Kota Makassar 534 dan Maros 301.\n"
    )
    assert {
        "Kabupaten Gowa",
        "Kabupaten Bone",
        "Kota Makassar",
        "Kabupaten Maros",
    } <= set(regions_of(text, lexicon))
    text = (
        "Festival Kuliner\n\n"
        "MAKASSAR, Brand.id - Peserta festival datang dari Gowa, Bone, Maros dan Kota Makassar.\n"
    )
    assert regions_of(text, lexicon) == []
    text = (  # a report's words, but the list is of earlier venues: no figures, no 'yakni'
        "Uji Publik Perbawaslu\n\n"
        "GORONTALO, Brand.id - Bawaslu RI menggelar uji publik aturan netralitas ASN di Kota "
        "Gorontalo. Gorontalo menjadi lokasi kelima setelah Gowa, Bone, Maros dan Kota Makassar.\n"
    )
    assert "Kabupaten Bone" not in regions_of(text, lexicon)


def test_every_kabupaten_a_province_gives_money_to_is_a_subject(lexicon):
    """'bantuan keuangan kepada empat kabupaten, yakni Kabupaten Grobogan, Blora, Rembang dan
    Wonogiri': the governments that receive it are the story's, named with their heads or not."""
    text = (
        "Pemprov Salurkan Bantuan\n\n"
        "SEMARANG, Brand.id - Pemprov Jawa Tengah menyalurkan bantuan keuangan kepada empat "
        "kabupaten, yakni Kabupaten Grobogan, Blora, Rembang dan Wonogiri, Senin (9/3/2026).\n"
    )
    assert {
        "Kabupaten Grobogan",
        "Kabupaten Blora",
        "Kabupaten Rembang",
        "Kabupaten Wonogiri",
    } <= set(regions_of(text, lexicon))


def test_a_short_form_of_a_citys_head_names_the_city_not_the_regency(lexicon):
    """'Wako Solok' (Solok is a kota and a kabupaten): the city (was: neither)."""
    text = (
        "Wako Solok Resmikan Pasar\n\nSOLOK, Brand.id - Wako Solok, Dimas Saputra, meresmikan "
        "pasar, Senin (2/3/2026). Wako Solok meminta pedagang tertib.\n"
    )
    assert regions_of(text, lexicon) == ["Kota Solok"]


def test_an_office_the_text_places_once_is_that_places_where_it_is_written_bare(lexicon):
    """A provincial story filed in the capital: 'Penjabat Sekretaris Daerah Provinsi X' in the lead,
    then 'Pj Sekda' and 'Penjabat Sekretaris Daerah' bare; they are the province's, not the
    dateline city's, which is no subject."""
    text = (
        "Wagub Lantik Pj Sekda\n\n"
        "KENDARI, SukamajuPos.com – Wakil Gubernur Sulawesi Tenggara, Dimas Saputra, melantik "
        "Penjabat Sekretaris Daerah Provinsi Sulawesi Tenggara, Senin (9/3/2026).\n\n"
        "Pelantikan digelar karena Sekda definitif pensiun.\n\n"
        "- Rendra Wijayakusuma, M.Si, dari Asisten Pemerintahan menjadi Penjabat Sekretaris Daerah;\n\n"
        "“Pj Sekda harus menjaga netralitas ASN,” kata Dimas.\n\n"
        "Pj Sekda juga diminta menata birokrasi. Pj Sekda mulai bertugas besok.\n"
    )
    assert regions_of(text, lexicon) == ["Provinsi Sulawesi Tenggara"]


def test_an_office_of_a_place_two_regions_share_is_the_one_the_text_names(lexicon):
    """'BPBD Banjar' in a South Kalimantan story that writes 'Kabupaten Banjar': the regency there
    (a subject, its officials at work), not Kota Banjar in West Java nor the province."""
    text = (
        "Banjir Meluas di Kalsel\n\n"
        "BANJARBARU, SukamajuPos.com – Banjir merendam Kabupaten Banjar dan Kabupaten Tanah Laut, "
        "Senin (9/3/2026).\n\n"
        "Di Kabupaten Banjar, Kepala Pelaksana BPBD Banjar, Dimas Saputra, menyebut 12 posko "
        "didirikan. Bupati Tanah Laut, Rendra Wijayakusuma, membuka dapur umum.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert {o.name: o.region for o in article.officials}["Dimas Saputra"] == "Kabupaten Banjar"
    assert "Kabupaten Banjar" in [r.name for r in article.regions]


def test_tengah_in_lower_case_before_a_verb_is_now_not_a_compass_word(lexicon):
    """'Pemprov Papua tengah menyusun ...': the province of Papua is at work now; Papua Tengah,
    another province, is not named."""
    text = (
        "Anggaran Disusun Ulang\n\n"
        "JAYAPURA, Brand.id - Pemprov Papua tengah menyusun ulang anggaran, Senin (9/3/2026). "
        "Gubernur Papua, Dimas Saputra, memimpin rapat.\n"
    )
    assert regions_of(text, lexicon) == ["Provinsi Papua"]


def test_the_bkn_regional_office_names_where_it_works_not_a_subject(lexicon):
    """'Kepala Kantor Regional IV BKN Makassar' in a provincial story filed in Makassar: the city
    is where the national body's office sits, not a government the story is about."""
    text = (
        "SK PPPK Diserahkan\n\n"
        "MAKASSAR, Brand.id - Gubernur Sulawesi Selatan, Dimas Saputra, menyerahkan SK PPPK, "
        "Senin (9/3/2026). Kepala Kantor Regional IV BKN Makassar, Rendra Wijayakusuma, hadir. "
        "Kepala Kantor Regional IV BKN Makassar menyebut data sudah lengkap.\n"
    )
    assert regions_of(text, lexicon) == ["Provinsi Sulawesi Selatan"]


def test_a_village_named_like_a_town_elsewhere_is_the_storys(lexicon):
    """'Lurah Purwodadi' in a story of Gunungkidul: Purwodadi is Grobogan's seat, and also a
    village's name; the Lurah is Gunungkidul's (was: Kabupaten Grobogan). In a story of Grobogan
    the town's region stands."""
    from mentions import article_of

    def lurah_region(place):
        text = (
            f"Kekeringan Meluas\n\nWONOSARI, Brand.id - Kekeringan melanda Kabupaten {place}, "
            f"Senin (9/3/2026). Bupati {place} meninjau lokasi.\n\n"
            "Lurah Purwodadi, Dimas Saputra, meminta bantuan air bersih.\n"
        )
        return {o.name: o.region for o in article_of(text, lexicon).officials}["Dimas Saputra"]

    assert lurah_region("Gunungkidul") == "Kabupaten Gunungkidul"
    assert lurah_region("Grobogan") == "Kabupaten Grobogan"


def test_a_bare_election_body_is_the_named_ones_not_the_datelines_seats(lexicon):
    """'SUNGAI PENUH - KPU Kabupaten Kerinci menetapkan ...' then 'KPU' alone: the text names the
    body's place, so a bare 'KPU' is that body, not the dateline's city's (was: Kota Sungai Penuh
    a subject too)."""
    text = (
        "Judul\n\nSUNGAI PENUH - KPU Kabupaten Kerinci menetapkan daftar pemilih, Kamis (9/4/2026). "
        "Ketua KPU Dimas Saputra mengatakan KPU mencoret pemilih yang pindah. KPU juga membuka posko.\n"
    )
    assert regions_of(text, lexicon) == ["Kabupaten Kerinci"]
