"""Quotes and their speakers."""

from netralitas_site.extract.article import extract_article
from netralitas_site.model import SourceFile

TEXT = """Pjs Bupati Solok Terima Bawaslu

Arosukapost.com – Arosuka, Senin, 30 September 2024, Pjs Bupati Solok, DR. Drs. Akbar Ali, AP, M.Si, menerima Ketua Bawaslu Kabupaten Solok, Titony Tanjung.

“Kami ingin menyampaikan kepada Bapak Pjs Bupati Solok bahwa Bawaslu akan mengadakan sosialisasi,” ungkap Titony Tanjung dalam pertemuan tersebut.

“Kami sangat mengapresiasi inisiatif Bawaslu untuk mengadakan sosialisasi ini,” kata Akbar Ali.

“Bawaslu bisa hadir dalam kegiatan apel pagi di instansi pemerintahan,” tambahnya.

Sementara itu, Ketua Bawaslu Kabupaten Solok, Titony Tanjung, menegaskan, “Semua harus paham peran masing-masing.”

“Ini pendapat warga yang tidak disebut namanya,” ujar seorang warga.
"""


def test_speakers(lexicon):
    article, _ = extract_article(SourceFile("a.txt", "a.txt", TEXT, "0" * 64, 1, {}), lexicon)
    speakers = [q.speaker for q in article.quotes]
    assert speakers == ["titony tanjung", "akbar ali", "akbar ali", "titony tanjung", None]
    assert article.quotes[0].text.startswith("Kami ingin menyampaikan")
    assert not article.quotes[0].text.endswith(",")


def test_a_speaker_named_before_a_long_paragraph_and_its_quote():
    from netralitas_site.extract.quotes import Speaker, find_quotes
    from netralitas_site.model import Line

    filler = (
        "Rapat itu membahas anggaran, jadwal, dan pengawasan di tiap kecamatan selama tiga hari berturut-turut. "
        * 5
    )
    line = Line(
        1,
        filler
        + "Bupati Agam Rahmat Hidayat mengatakan, “Semua ASN wajib netral sampai pemilihan selesai.”",
    )
    quotes = find_quotes(
        (line,), [Speaker("rahmat hidayat", ("Bupati Agam Rahmat Hidayat", "Rahmat Hidayat"))]
    )
    assert [q.speaker for q in quotes] == ["rahmat hidayat"]


def test_a_private_person_introduced_after_the_official_speaks_for_themselves(lexicon):
    """'Rudi Hartono (45), pedagang ...' then '“…,” ujarnya': the trader speaks, not the Bupati
    named before (was: the Bupati); the record names no speaker it does not know."""
    text = (
        "Bupati Tinjau Pasar\n\n"
        "AGAM, Brand.id - Bupati Agam, Dimas Saputra, meninjau pasar, Senin (2/3/2026).\n\n"
        "“Kami perbaiki atapnya bulan ini,” kata Dimas.\n\n"
        "Rudi Hartono (45), pedagang sayur, mengaku dagangannya basah setiap hujan. "
        "“Kami rugi setiap musim hujan,” ujarnya.\n\n"
        "Sementara itu, seorang warga, Sinta Dewi, menilai pasar terlalu sempit. "
        "“Jalannya sempit sekali untuk gerobak,” katanya.\n\n"
        "Kepala Dinas Perdagangan Agam, Rudi Santoso, ikut meninjau. Peneliti Lembaga Kajian "
        "Sukamaju, Arif Budiman, menilai pasar perlu ditata ulang. "
        "“Penataan harus melibatkan pedagang,” kata dia.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == ["dimas saputra", None, None, None]


def test_a_nickname_the_text_gives_an_official_signs_their_quotes(lexicon):
    """'Sosok yang biasa disapa Kang Dimas itu' after the Bupati is named: a quote signed 'ujar
    Kang Dimas' is the Bupati's. A nickname given to someone else the sentence names ('KH A
    Rendra ... sang kiai yang biasa disapa Gus Rendra') is nobody's alias (was: the Bupati's)."""
    text = (
        "Bupati Tinjau Pasar\n\n"
        "AGAM, Brand.id - Bupati Agam, Dimas Saputra, meninjau pasar, Senin (2/3/2026).\n\n"
        "Sosok yang biasa disapa Kang Dimas itu meminta atap pasar diperbaiki.\n\n"
        "“Kami perbaiki atapnya bulan ini,” ujar Kang Dimas.\n\n"
        "Pengasuh pesantren, KH Ahmad Rendra Wijaya, mengaku senang. "
        "“Terima kasih Pak Dimas,” kata sang kiai yang biasa disapa Gus Rendra.\n\n"
        "“Pasar ini milik warga,” ujar Gus Rendra.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [o.aliases for o in article.officials] == [("Dimas", "Kang Dimas")]
    assert [q.speaker for q in article.quotes] == ["dimas saputra", None, None]


def test_a_speaker_described_by_an_epithet_is_the_official_it_fits(lexicon):
    """'kata politisi asal dapil X itu': the member of the legislature named last, not the Bupati
    named after him; 'ujar orang nomor satu di X itu': the official named last. An unnamed
    source ('kata pejabat AS tersebut') and a named person after a comma stay nobody the record
    knows, and so does a trader introduced as 'Seorang pedagang, A'."""
    text = (
        "DPRD Soroti Pasar\n\n"
        "AGAM, Brand.id - Anggota DPRD Agam, Rendra Wijayakusuma, meninjau pasar bersama Bupati "
        "Agam, Dimas Saputra, Senin (2/3/2026).\n\n"
        "“Kios harus untuk pedagang asli,” ujar politisi asal dapil Agam II itu.\n\n"
        "“Kami perbaiki atapnya bulan ini,” kata orang nomor satu di Agam tersebut.\n\n"
        "“Kami menunggu hasilnya,” kata pejabat AS tersebut.\n\n"
        "“Ini soal keadilan,” kata Direktur Eksekutif Lembaga Sukamaju, Hendra Kusuma, di acara tersebut.\n\n"
        "Seorang pedagang sayur, Sinta Dewi, mengaku belum dapat tempat. “Kami menunggu,” katanya.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == [
        "rendra wijayakusuma",
        "dimas saputra",
        None,
        None,
        None,
    ]


def test_a_first_name_followed_by_another_surname_is_someone_elses(lexicon):
    """The Wakil Gubernur is Dimas Saputra; 'ujar Dimas Hartono' is another man's quote, and 'Raja
    Ampat' is a place, not the minister Raja Wijaya (was: both the officials'); a misspelt
    surname ('kata Dimas Saputtra') is still the official's."""
    text = (
        "Rapat Netralitas\n\n"
        "BANDUNG, Brand.id - Wakil Gubernur Jawa Barat, Dimas Saputra, dan Menteri Sosial Raja "
        "Wijaya membuka rapat, Senin (9/3/2026).\n\n"
        "“Kami minta ASN netral,” kata Dimas Saputtra.\n\n"
        "Pengamat kebijakan publik, Dimas Hartono, menilai aturan itu lemah.\n\n"
        "“Pengawasannya harus diperketat,” ujar Dimas Hartono.\n\n"
        "“Kami akan berkunjung,” kata Raja Ampat Tourism Board.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert "Dimas" not in article.officials[0].aliases
    assert [q.speaker for q in article.quotes] == ["dimas saputra", None, None]


def test_an_office_by_its_short_form_and_a_title_with_the_first_name_are_the_officials(lexicon):
    """'Menteri Pendayagunaan ... (MenPANRB) Sinta Dewi' then 'kata Menteri Sinta' and 'ujar
    MenPANRB': one minister, who says both; 'kata Kepala BKN' is the head of the body bracketed
    after his office; a body's short form alone ('Baleg') names no one."""
    text = (
        "Rapat Netralitas\n\n"
        "PADANG, Brand.id - Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
        "(MenPANRB) Sinta Dewi membuka rapat, Senin (9/3/2026). Kepala Badan Kepegawaian Negara "
        "(BKN) Dimas Saputra hadir.\n\n"
        "Kedatangan Menteri Sinta disambut warga.\n\n"
        "“Kami minta ASN netral,” kata Menteri Sinta.\n\n"
        "“Kami siap,” ujar MenPANRB.\n\n"
        "“Data kami lengkap,” kata Kepala BKN.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [o.name for o in article.officials] == ["Sinta Dewi", "Dimas Saputra"]
    assert [q.speaker for q in article.quotes] == ["sinta dewi", "sinta dewi", "dimas saputra"]


def test_a_person_introduced_between_commas_after_the_official_speaks_next(lexicon):
    """'Koordinator Posko Relawan X, A, mengatakan ...' or 'Seorang warga X, B (46), mengaku ...'
    after the Bupati spoke: '“…,” ujarnya' is A's or B's, nobody the record knows (was: the
    Bupati's)."""
    text = (
        "Banjir Rendam Agam\n\n"
        "AGAM, Brand.id - Bupati Agam, Dimas Saputra, meninjau posko, Senin (2/3/2026).\n\n"
        "“Kami kirim bantuan hari ini,” kata Dimas.\n\n"
        "Koordinator Posko Relawan Sukamaju, Sinta Dewi, mengatakan air bersih masih kurang.\n\n"
        "“Susu dan popok sangat kurang,” ujarnya.\n\n"
        "Seorang warga Sukamaju, Rudi Hartono (46), mengaku rumahnya terendam. "
        "“Kami mengungsi sejak malam,” tuturnya.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == ["dimas saputra", None, None]


def test_anyone_introduced_between_commas_with_any_verb_speaks_next(lexicon):
    """A name of single letters and titles ('I Made', 'KH'), and any verb or a 'yang' clause
    after the commas ('menyatakan', 'yang diundang ... mengajak'): still the newcomer's quote,
    not the Wakil Bupati's named before."""
    text = (
        "Abrasi Pantai Sukamaju\n\n"
        "KLUNGKUNG, Brand.id - Bupati Klungkung, Dimas Saputra, meninjau pantai, Senin (2/3/2026).\n\n"
        "Wakil Bupati Rendra Wijayakusuma meminta data warga diperbarui.\n\n"
        "Bendesa Adat Sukamaju, I Made Wirasana, berharap ada tanggul. “Pura kami bisa hilang,” tuturnya.\n\n"
        "Ketua Yayasan Budaya Sukamaju, Lie Ah Kiong, menyatakan siap membantu. "
        "“Kami kirim relawan,” katanya.\n\n"
        "Ketua MUI Sukamaju, KH Ahmad Fauzi, yang diundang dalam rapat itu mengajak warga tenang. "
        "“Jangan terprovokasi,” ujarnya.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == [None, None, None]


def test_a_scholarship_recipient_or_a_student_introduced_speaks_for_themselves(lexicon):
    """'Salah seorang penerima, A, mahasiswi ...' after the Bupati spoke: '“…,” tuturnya' is A's,
    no official's (was: the Bupati's)."""
    text = (
        "Beasiswa Daerah\n\nTANJUNGPANDAN, Brand.id - Bupati Belitung, Dimas Saputra, "
        "menyerahkan beasiswa, Senin (2/3/2026).\n\n“Kami ingin anak daerah maju,” kata Dimas.\n\n"
        "Salah seorang penerima, Sinta Dewi, mahasiswi keperawatan, mengaku terbantu. "
        "“Orang tua saya nelayan,” tuturnya.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == ["dimas saputra", None]


def test_an_office_named_by_its_building_or_a_unit_after_a_bare_head_names_no_holder(lexicon):
    """'Sebelumnya ia menjabat Kepala Seksi di Kantor Camat X' after the new Pj Kepala Desa is
    named: neither 'Kepala Seksi' (a bare 'Kepala' before a unit's word) nor 'Kantor Camat X' (a
    building) names the Kepala Dinas or the Camat, so '“…,” katanya' is the Pj's (was: the
    Camat's); 'di depan kantor Bupati X' names no Bupati (was: his quote)."""
    text = (
        "Pelantikan Pj Kades\n\nPRAYA, Brand.id - Kepala Dinas Sosial, Dimas Saputra, hadir, "
        "Senin (2/3/2026). Camat Praya Barat, Rendra Wijaya, juga hadir.\n\n"
        "“Jaga netralitas,” ujar Dimas.\n\n"
        "Salah satu yang dilantik, Sinta Dewi Lestari, kini menjabat Pj Kepala Desa Selong. "
        "Sebelumnya ia menjabat Kepala Seksi Pemerintahan di Kantor Camat Praya Barat.\n\n"
        "“Tugas pertama saya melayani warga,” katanya.\n\n"
        "Warga berunjuk rasa di depan kantor Camat Praya Barat. “Kami menolak,” ujar koordinator aksi.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == ["dimas saputra", "sinta dewi lestari", None]


def test_a_speaker_before_a_colon_or_after_menurut_and_an_unnamed_source(lexicon):
    """'A, menegaskan: “…”' and 'Menurut A, “…”' are A's (was: no speaker); after 'Seorang ASN
    muda ... mengaku ...', '“…,” ujarnya' is no official's (was: the Bupati's, named before)."""
    text = (
        "Netralitas ASN\n\nSINGKAWANG, Brand.id - Bupati Sukamaju, Dimas Saputra, membuka rapat, "
        "Senin (2/3/2026).\n\nKepala BKD Sukamaju, Rendra Wijaya, menegaskan: “ASN wajib netral.”\n\n"
        "Menurut Dimas, “Sanksi sudah disiapkan.”\n\n"
        "Seorang ASN muda di Dinas Kesehatan mengaku baru memahami aturan itu. "
        "“Saya kira akun pribadi bebas,” ujarnya.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == ["rendra wijaya", "dimas saputra", None]


def test_a_paragraph_of_quote_alone_goes_on_with_the_last_speakers(lexicon):
    """'A mengatakan, “…”' then a paragraph that is a quote and nothing else: A's still (was: no
    speaker); after a quote no one signed, such a paragraph stays unsigned."""
    text = (
        "Netralitas ASN\n\nKAMPAR, Brand.id - Sekretaris Daerah Kampar, Dimas Saputra, membuka "
        "rapat, Senin (2/3/2026).\n\nDimas mengatakan, “Pilkades bukan pilkada.”\n\n"
        "“Kami akan minta camat mendata ASN.”\n\n“Ini kata warga.”\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == [
        "dimas saputra",
        "dimas saputra",
        "dimas saputra",
    ]
    text = text.replace("Dimas mengatakan, “Pilkades bukan pilkada.”", "“Pilkades bukan pilkada.”")
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == [None, None, None]


def test_a_given_name_cut_short_signs_the_one_officials_quote_it_begins(lexicon):
    """'kata Frans' after 'Fransiskus Saputra' is his; 'kata Sinta' when two officials' names
    begin with it ('Sintawati', 'Sintani') is nobody's the record can tell."""
    text = (
        "Retribusi Wisata\n\n"
        "LABUAN BAJO, Brand.id - Ketua DPRD Manggarai Barat, Fransiskus Saputra, S.Fil., membuka "
        "rapat bersama Camat Komodo, Sintawati Dewi, dan Lurah Labuan Bajo, Sintani Putri, Senin "
        "(9/3/2026).\n\n"
        "“Retribusi harus transparan,” kata Frans.\n\n"
        "“Warga sudah kami undang,” kata Sinta.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == ["fransiskus saputra", None]


def test_an_officials_whole_name_is_theirs_not_a_part_of_anothers(lexicon):
    """The Bupati is 'Syafrizal', his wife 'Rahmi Syafrizal': 'ujar Syafrizal' is the Bupati's
    (was: hers, her name's part winning the tie)."""
    text = (
        "Apel ASN\n\nBATUSANGKAR, Brand.id - Bupati Tanah Datar, Syafrizal, dan Ketua TP PKK, Rahmi "
        "Syafrizal, hadir, Senin (9/3/2026).\n\n“ASN harus netral,” ujar Syafrizal.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == ["syafrizal"]


def test_a_deputys_short_title_signs_their_quote(lexicon):
    """'kata Wagub' when the article has one Wakil Gubernur: his quote."""
    text = (
        "Apel ASN\n\nPADANG, Brand.id - Wakil Gubernur Sumatera Barat, Dimas Saputra, hadir, Senin "
        "(9/3/2026).\n\n“ASN harus netral,” kata Wagub.\n"
    )
    article, _ = extract_article(SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), lexicon)
    assert [q.speaker for q in article.quotes] == ["dimas saputra"]
