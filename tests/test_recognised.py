"""Officials named without an office: the archive knows them from its other articles.

The articles here are invented for the rules they test.
"""

from dataclasses import replace

from netralitas_site.model import OfficialMention
from netralitas_site.recognised import known_names
from test_namesakes import archive_of

GOVERNOR = """Gubernur Tinjau Banjir

Bandung, Kabarjabar.id – Gubernur Jawa Barat Dedi Mulyaharja meninjau banjir di Bandung pada Senin (9/6/2025).
Ia meminta warga waspada.
"""

GOVERNOR_AGAIN = """Gubernur Resmikan Jalan

Garut, Kabarjabar.id – Gubernur Jawa Barat Dedi Mulyaharja meresmikan jalan di Garut pada Kamis (12/6/2025).
Jalan itu menghubungkan dua kecamatan.
"""

NAMED_ONLY = """Warga Sambut Bantuan

Garut, Kabarjabar.id – Bantuan tiba di Garut pada Selasa (10/6/2025). “Kami terus membantu,” kata Dedi Mulyaharja di posko.
Warga menyambut bantuan itu.
"""

LONGER_NAME = """Petani Panen Raya

Garut, Kabarjabar.id – Petani bernama Dedi Mulyaharja Saputra memanen padi pada Rabu (11/6/2025).
Hasil panen tahun ini melimpah.
"""

REGENT = """Bupati Solok Resmikan Pasar

Arosuka, Kabarsumbar.id – Bupati Solok Budi Santoso meresmikan pasar pada Senin (9/6/2025).
Pasar itu dibangun tahun lalu.
"""

FARMER = """Petani Solok Panen

Arosuka, Kabarsumbar.id – Seorang petani, Budi Santoso, memanen jagung pada Selasa (10/6/2025).
Panen tahun ini melimpah.
"""


def appearances(archive, name):
    return sorted(
        (a.article_id, a.role_normalized)
        for o in archive.officials.values()
        if o.name == name
        for a in o.appearances
    )


def test_an_official_named_without_an_office_is_the_same_official(tmp_path, lexicon):
    archive = archive_of(
        tmp_path, lexicon, {"gubernur": GOVERNOR, "jalan": GOVERNOR_AGAIN, "warga": NAMED_ONLY}
    )
    assert appearances(archive, "Dedi Mulyaharja") == [
        ("gubernur", "Gubernur"),
        ("jalan", "Gubernur"),
        ("warga", None),
    ]
    named = next(o for o in archive.by_id["warga"].officials)
    assert (named.name, named.role, named.region) == ("Dedi Mulyaharja", None, None)


def test_a_longer_name_is_someone_else(tmp_path, lexicon):
    archive = archive_of(
        tmp_path, lexicon, {"gubernur": GOVERNOR, "jalan": GOVERNOR_AGAIN, "petani": LONGER_NAME}
    )
    assert archive.by_id["petani"].officials == ()


def test_a_name_of_common_given_names_is_not_taken_for_the_official(tmp_path, lexicon):
    """Many people are called Budi Santoso: one article's regent does not make every one an official."""
    archive = archive_of(tmp_path, lexicon, {"bupati": REGENT, "petani": FARMER})
    assert archive.by_id["petani"].officials == ()


def test_namesakes_in_two_provinces_lend_their_name_to_no_one(tmp_path, lexicon):
    other = GOVERNOR.replace("Gubernur Jawa Barat", "Gubernur Riau").replace("Bandung", "Pekanbaru")
    archive = archive_of(
        tmp_path,
        lexicon,
        {"gubernur": GOVERNOR, "jalan": GOVERNOR_AGAIN, "riau": other, "warga": NAMED_ONLY},
    )
    assert archive.by_id["warga"].officials == ()


def test_a_body_read_as_a_person_does_not_spread(tmp_path, lexicon):
    """One article's mistake ('PT ...' read as a holder) must not be copied into every article that
    names the company."""
    archive = archive_of(tmp_path, lexicon, {"gubernur": GOVERNOR})
    wrong = OfficialMention(
        key="pt mulia raya",
        name="PT Mulia Raya",
        degrees=(),
        role="Bupati",
        role_normalized="Bupati",
        institution=None,
        region=None,
        line=3,
    )
    article = replace(archive.by_id["gubernur"], officials=(wrong,))
    assert known_names([article], lexicon, lambda region: region).by_first == {}


def test_an_article_whose_officials_were_corrected_is_left_as_the_user_made_it(tmp_path, lexicon):
    from netralitas_site.recognised import name_known_officials

    archive = archive_of(
        tmp_path, lexicon, {"gubernur": GOVERNOR, "jalan": GOVERNOR_AGAIN, "warga": NAMED_ONLY}
    )
    corrected = replace(archive.by_id["warga"], officials=(), corrected=("officials",))
    again = name_known_officials(
        [archive.by_id["gubernur"], archive.by_id["jalan"], corrected], lexicon
    )
    assert again[2].officials == ()


def test_one_articles_reading_does_not_spread(tmp_path, lexicon):
    """An office written next to a name in one article only is not enough: one misreading (a
    country, a footballer read as an official) would be copied into every article naming it."""
    archive = archive_of(tmp_path, lexicon, {"gubernur": GOVERNOR, "warga": NAMED_ONLY})
    assert archive.by_id["warga"].officials == ()


def test_a_large_archive_read_by_worker_processes_gets_the_same_officials(
    tmp_path, lexicon, monkeypatch
):
    """Above PARALLEL_FROM articles the texts are read by forked workers, a chunk each: the
    result, in the articles' order, is the one a single process gets."""
    from netralitas_site import recognised

    archive = archive_of(
        tmp_path,
        lexicon,
        {
            "gubernur": GOVERNOR,
            "jalan": GOVERNOR_AGAIN,
            "warga": NAMED_ONLY,
            "petani": LONGER_NAME,
            "bupati": REGENT,
            "tani": FARMER,
        },
    )
    articles = [archive.by_id[i] for i in ("warga", "gubernur", "petani", "jalan", "tani")]
    articles = [
        replace(a, officials=tuple(o for o in a.officials if not o.recognised)) for a in articles
    ]
    alone = recognised.name_known_officials(articles, lexicon, jobs=1)
    monkeypatch.setattr(recognised, "PARALLEL_FROM", 1)
    monkeypatch.setattr(recognised, "CHUNK", 2)
    pools = []

    class CountedWorkers(recognised.Workers):
        def __init__(self, *args):
            pools.append(args[1])
            super().__init__(*args)

    monkeypatch.setattr(recognised, "Workers", CountedWorkers)
    # whatever threads other tests left running (a build forks only where none run: can_fork)
    monkeypatch.setattr(recognised, "can_fork", lambda: True)
    together = recognised.name_known_officials(articles, lexicon, jobs=2)
    assert pools == [2]  # two worker processes read the chunks
    assert together == alone
    assert [o.name for o in together[0].officials] == ["Dedi Mulyaharja"]  # found by a worker
    assert together[2] is articles[2]  # unchanged articles stay the same objects


FIGURE_BY_SHORT_FORM = """Warga Antre Beras

Garut, Kabarjabar.id – Warga antre beras murah pada Selasa (10/6/2025). Menurut Jokowi, program itu sudah berjalan sejak lama.
Antrean mengular hingga siang.
"""

FIGURE_AS_A_PLACE = """Penerbangan Tertunda

Tangerang, Kabarjabar.id – Sejumlah penerbangan di Bandara Soekarno-Hatta tertunda pada Selasa (10/6/2025). Penumpang menunggu di Jalan Soekarno.
"""

FIGURE_WITH_AN_OFFICE = """Presiden Resmikan Bendungan

Garut, Kabarjabar.id – Presiden Prabowo Subianto meresmikan bendungan pada Selasa (10/6/2025). Prabowo meminta bendungan dirawat.
"""


def test_a_public_figure_named_by_a_short_form_is_the_figure(tmp_path, lexicon):
    """figures.yaml: a president is an official wherever an article names him, by his full name or
    the short form news gives him, even in an archive of one article."""
    archive = archive_of(tmp_path, lexicon, {"warga": FIGURE_BY_SHORT_FORM})
    [figure] = archive.by_id["warga"].officials
    assert (figure.name, figure.aliases, figure.role, figure.region) == (
        "Joko Widodo",
        ("Jokowi",),
        None,
        None,
    )


def test_a_place_named_after_a_figure_names_no_one(tmp_path, lexicon):
    archive = archive_of(tmp_path, lexicon, {"bandara": FIGURE_AS_A_PLACE})
    assert archive.by_id["bandara"].officials == ()


SURNAME_AFTER_AN_INITIAL = """Hujan Lebat Sepekan

Jakarta – Hujan lebat turun sepekan, kata peneliti cuaca Sumarno R Prabowo, Kamis (14/8/2025).
"""


def test_a_figures_short_form_ending_another_name_after_an_initial_is_not_the_figure(
    tmp_path, lexicon
):
    """'Sumarno R Prabowo' is not Prabowo Subianto: an initial joins the word to another name."""
    archive = archive_of(tmp_path, lexicon, {"cuaca": SURNAME_AFTER_AN_INITIAL})
    assert [o.name for o in archive.by_id["cuaca"].officials] == []


ANOTHER_PERSON_BY_THE_SHORT_FORM = """Laba Perseroan Naik

Jakarta – Direktur Utama PT Sinar Hidup Tbk, Prabowo Wiryakusuma, menyampaikan laba naik.
“Kami berterima kasih kepada pemegang saham,” kata Prabowo, Kamis (14/8/2025).
"""

FIGURE_SURNAME_MISSPELT = """Menteri Tinjau Tambang

Jakarta – Pemerintah meninjau izin tambang, Kamis (14/8/2025). Jokowi Dodowi hadir di lokasi.
Menurut Jokowi, izin itu dievaluasi.
"""


def test_a_figures_short_form_that_opens_another_persons_name_is_that_person(tmp_path, lexicon):
    """'Prabowo Wiryakusuma' is named first: 'kata Prabowo' is his short name, not the
    President's; a misspelt surname of the figure ('Jokowi Dodowi') is still the figure."""
    archive = archive_of(
        tmp_path,
        lexicon,
        {"laba": ANOTHER_PERSON_BY_THE_SHORT_FORM, "tambang": FIGURE_SURNAME_MISSPELT},
    )
    assert [o.name for o in archive.by_id["laba"].officials] == []
    assert "Joko Widodo" in [o.name for o in archive.by_id["tambang"].officials]


FIGURES_NAME_INSIDE_AN_OFFICIALS = """Kader Pengawas Dilatih

Praya – Bawaslu melatih kader pengawas desa, Senin (9/3/2026).
Anggota Bawaslu Kabupaten Lombok Tengah, Baiq Sri Mulyani, S.H., menjelaskan materi pelatihan.
"""


def test_a_figures_short_form_inside_an_officials_longer_name_is_not_the_figure(tmp_path, lexicon):
    """'Baiq Sri Mulyani', the article's official, holds the figure's short form 'Sri Mulyani'
    inside her name: she is named once, the minister not at all."""
    archive = archive_of(tmp_path, lexicon, {"kader": FIGURES_NAME_INSIDE_AN_OFFICIALS})
    assert [o.name for o in archive.by_id["kader"].officials] == ["Baiq Sri Mulyani"]


TWO_FIGURES_JOINED = """Kabinet Bekerja Tujuh Bulan

Jakarta – Warga menilai kinerja pemerintahan Jokowi-Prabowo di balai desa, Kamis (14/8/2025).
Rombongan lalu berangkat dari Bandara Soekarno-Hatta.
"""


def test_two_figures_joined_by_a_hyphen_are_both_named(tmp_path, lexicon):
    """'Jokowi-Prabowo' names a pair of figures; 'Soekarno-Hatta' (an airport) still names no one,
    since 'Hatta' alone is no figure's short form."""
    archive = archive_of(tmp_path, lexicon, {"kabinet": TWO_FIGURES_JOINED})
    assert sorted(o.name for o in archive.by_id["kabinet"].officials) == [
        "Joko Widodo",
        "Prabowo Subianto",
    ]


FIGURE_MISSPELT_WITH_AN_OFFICE = """Presiden Tinjau Pasar

Solok, Kabarsumbar.id – Presiden Joko Widoddo meninjau pasar pada Kamis (14/8/2015). Jokowi membeli beras.
"""


def test_a_figure_misspelt_next_to_an_office_is_not_added_again_by_a_short_form(tmp_path, lexicon):
    """One person, not two: 'Joko Widoddo' (a letter doubled) is the 'Jokowi' of the next line."""
    archive = archive_of(tmp_path, lexicon, {"pasar": FIGURE_MISSPELT_WITH_AN_OFFICE})
    officials = archive.by_id["pasar"].officials
    assert [(o.name, o.role_normalized) for o in officials] == [("Joko Widoddo", "Presiden")]


def test_a_figure_the_article_names_with_an_office_is_not_added_again(tmp_path, lexicon):
    archive = archive_of(tmp_path, lexicon, {"bendungan": FIGURE_WITH_AN_OFFICE})
    officials = archive.by_id["bendungan"].officials
    assert [(o.name, o.role_normalized) for o in officials] == [("Prabowo Subianto", "Presiden")]


def test_the_figures_are_named_as_news_writes_them(lexicon):
    """Every figure's name reads as a person's name (it is the name an article gets), and no
    short form is a figure's name or another figure's short form (one spelling, one person)."""
    from netralitas_site.extract.names import reads_as_a_name

    seen: dict[str, str] = {}
    for name, shorts, _, _ in lexicon.figures:
        assert reads_as_a_name(name, lexicon, strict=False), name  # the name an article gets
        for spelling in (name, *shorts):
            assert seen.setdefault(spelling.casefold(), name) == name, spelling


def test_a_figures_name_without_its_noble_title_is_a_short_form(lexicon):
    """'Andi', 'Teuku': news often writes the name without them."""
    from netralitas_site.lexicon import _short_forms

    assert _short_forms({"name": "Andi Rudi Hartono", "short": ["Rudi"]}) == (
        "Rudi",
        "Rudi Hartono",
    )
    assert _short_forms({"name": "Teuku Budi"}) == ()  # one word left: many people's
    titled = [
        (n, s) for n, s, _, _ in lexicon.figures if n.startswith("Andi ") and n.count(" ") > 1
    ]
    assert titled and all(n.partition(" ")[2] in s for n, s in titled)


FIGURE_WITH_A_PARTY_POST_FIRST = """Kader Diminta Turun ke Warga

Garut, Kabarjabar.id – Kader diminta turun ke warga pada Selasa (10/6/2025). Rapat digelar atas undangan Ketua Dewan Pembina Partai Maju, Joko Widodo, yang kala itu menjabat Presiden RI.
"""


def test_a_figures_own_office_written_beside_the_name_is_the_role(tmp_path, lexicon):
    """The party post is none; the figure's own office a few words away ('yang kala itu menjabat Presiden RI')
    is the role the text gives. No office of the figure's kind nearby: no role (above)."""
    archive = archive_of(tmp_path, lexicon, {"kader": FIGURE_WITH_A_PARTY_POST_FIRST})
    [figure] = archive.by_id["kader"].officials
    assert (figure.name, figure.role_normalized) == ("Joko Widodo", "Presiden")


FIGURE_IN_THE_HEADLINE = """Alasan Prabowo Tunda Proyek Bendungan

Garut, Kabarjabar.id – Proyek bendungan di Garut ditunda pada Selasa (10/6/2025). Warga menunggu kepastian.
"""


FIGURE_ALONE_THEN_BESIDE_AN_OFFICE = """Kader Diminta Turun ke Warga

Garut, Kabarjabar.id – Jokowi meminta kader turun ke warga pada Selasa (10/6/2015).
Rapat digelar atas undangan Ketua Dewan Pembina Partai Maju, Joko Widodo, yang kala itu menjabat Presiden RI.
"""


def test_a_figures_office_written_beside_a_later_mention_is_the_role(tmp_path, lexicon):
    archive = archive_of(tmp_path, lexicon, {"kader": FIGURE_ALONE_THEN_BESIDE_AN_OFFICE})
    [figure] = archive.by_id["kader"].officials
    assert (figure.name, figure.role_normalized) == ("Joko Widodo", "Presiden")


def test_a_figure_named_in_the_headline_alone_is_recognised(tmp_path, lexicon):
    """In a headline every word is capitalised: the word after the name joins it only when it is
    a name's word."""
    archive = archive_of(tmp_path, lexicon, {"proyek": FIGURE_IN_THE_HEADLINE})
    [figure] = archive.by_id["proyek"].officials
    assert (figure.name, figure.aliases, figure.line) == ("Prabowo Subianto", ("Prabowo",), 0)


EVERYDAY_WORD_IN_THE_HEADLINE = """Pemkab Ganjar Petani Teladan dengan Traktor

Garut, Kabarjabar.id – Pemerintah kabupaten memberi traktor kepada petani teladan pada Selasa (10/6/2025).
"""


def test_a_one_word_short_form_that_is_an_everyday_word_is_that_word_in_a_headline(
    tmp_path, lexicon
):
    """'Ganjar' is Ganjar Pranowo's short form and the verb 'to reward': in a headline, where
    every word is capitalised, it is the verb."""
    archive = archive_of(tmp_path, lexicon, {"traktor": EVERYDAY_WORD_IN_THE_HEADLINE})
    assert archive.by_id["traktor"].officials == ()


FIGURE_BY_SHORT_FORM_WITH_AN_OFFICE = """Presiden Tinjau Sawah

Garut, Kabarjabar.id – Presiden Jokowi meninjau sawah di Garut pada Selasa (10/6/2025). Ia didampingi petani.
"""


def test_a_figure_named_with_an_office_by_a_short_form_is_the_figure(tmp_path, lexicon):
    """'Presiden Jokowi' is Joko Widodo: one person across the archive, not 'Jokowi' and 'Joko
    Widodo', the short form kept among the aliases."""
    archive = archive_of(
        tmp_path,
        lexicon,
        {"sawah": FIGURE_BY_SHORT_FORM_WITH_AN_OFFICE, "warga": FIGURE_BY_SHORT_FORM},
    )
    assert appearances(archive, "Joko Widodo") == [("sawah", "Presiden"), ("warga", None)]
    [figure] = archive.by_id["sawah"].officials
    assert (figure.name, figure.aliases) == ("Joko Widodo", ("Jokowi",))


HOLDER_NAMED_ONLY = """Pasar Baru Dibuka

Arosuka, Kabarsumbar.id – Pasar baru dibuka pada Selasa (10/6/2025). “Pasar ini untuk warga,” kata Hartono Wijaya di lokasi.
"""

HOLDER_FACT = """office_holders:
  - {office: Bupati, region: Kabupaten Solok, holder: Hartono Wijaya, from: 2021-02-26}
"""


def test_a_holder_the_curation_names_is_known_wherever_the_text_names_them(tmp_path, lexicon):
    """curation.yaml's office holders are the archive's own public figures: an article naming
    one without an office lists them."""
    archive = archive_of(tmp_path, lexicon, {"pasar": HOLDER_NAMED_ONLY}, HOLDER_FACT)
    [holder] = archive.by_id["pasar"].officials
    assert (holder.name, holder.recognised) == ("Hartono Wijaya", True)
    plain = archive_of(tmp_path / "plain", lexicon, {"pasar": HOLDER_NAMED_ONLY})
    assert plain.by_id["pasar"].officials == ()


def test_articles_read_before_with_the_same_known_names_are_not_read_again(
    tmp_path, lexicon, monkeypatch
):
    """A build keeps what it found in each article (FoundBefore, in the build cache); the next
    one reads only the articles whose key it does not hold, or every article when the known
    names changed, and gets what reading them all gets."""
    from netralitas_site import recognised

    archive = archive_of(
        tmp_path,
        lexicon,
        {"gubernur": GOVERNOR, "jalan": GOVERNOR_AGAIN, "warga": NAMED_ONLY, "tani": FARMER},
    )
    articles = [archive.by_id[i] for i in ("warga", "gubernur", "jalan", "tani")]
    articles = [
        replace(a, officials=tuple(o for o in a.officials if not o.recognised)) for a in articles
    ]
    keys = ["k-warga", "k-gubernur", "k-jalan", None]
    whole, kept = recognised.name_known_officials_again(articles, lexicon, keys=keys)
    assert whole == recognised.name_known_officials(articles, lexicon)
    assert set(kept.found) == {"k-warga", "k-gubernur", "k-jalan"}  # no key, nothing kept
    read = []
    known_in = recognised._known_in
    monkeypatch.setattr(
        recognised,
        "_known_in",
        lambda article, *rest: read.append(article.id) or known_in(article, *rest),
    )
    again, _ = recognised.name_known_officials_again(articles, lexicon, keys=keys, before=kept)
    assert again == whole
    assert read == ["tani"]  # only the article without a key
    read.clear()
    fewer = articles[:1] + articles[2:]  # the governor's first article is gone: fewer known names
    recognised.name_known_officials_again(fewer, lexicon, keys=keys[:1] + keys[2:], before=kept)
    assert read == ["warga", "jalan", "tani"]


def test_a_figures_name_at_the_end_of_a_name_in_the_old_spelling_is_not_the_figure(
    tmp_path, lexicon
):
    """'Fadjar Tito Karnavian' is someone else: 'Fadjar' is 'Fajar', a name's word, in the old
    spelling; 'Ketua Tito Karnavian' is the figure."""
    text = "Rapat Warga\n\nPADANG - Rapat dibuka manajer koperasi, {} Tito Karnavian, Senin (9/6/2025).\n"
    other = archive_of(tmp_path / "a", lexicon, {"rapat": text.format("Fadjar")})
    figure = archive_of(tmp_path / "b", lexicon, {"rapat": text.format("Ketua")})
    assert other.by_id["rapat"].officials == ()
    assert [o.name for o in figure.by_id["rapat"].officials] == ["Tito Karnavian"]


def test_a_figure_in_a_pages_tags_or_another_storys_headline_is_not_this_storys(tmp_path, lexicon):
    """A saved page copied whole lists other stories' headlines and its tags beside the story:
    a public figure named only there is not the story's official; named in a sentence, it is."""
    beside = (
        "Warga Panen Raya\n\nSOLOK - Petani memanen padi di sawah, Senin (9/6/2025). Hasil panen naik.\n"
        "Joko Widodo Resmikan Jalan Tol Baru di Sumatra\n# Joko Widodo\n"
    )
    named = beside.replace("Hasil panen naik.", "Hasil panen naik, kata Joko Widodo.")
    alone = archive_of(tmp_path / "a", lexicon, {"panen": beside})
    said = archive_of(tmp_path / "b", lexicon, {"panen": named})
    assert alone.by_id["panen"].officials == ()
    assert [o.name for o in said.by_id["panen"].officials] == ["Joko Widodo"]


def test_a_figure_in_the_teasers_after_a_pages_furniture_is_not_this_storys(tmp_path, lexicon):
    """A page copied whole runs on past its story: menus and other stories' headlines, then
    their teasers. A public figure named only there is not the story's; one named in lines a
    sentence introduces with a colon (a quoted post) is. The headlines stand with their hit
    counters: a page's mark, which a story's own list has not."""
    story = (
        "Warga Panen Raya\n\nSOLOK - Petani memanen padi di sawah, Senin (9/6/2025). "
        "Hasil panen naik.\n"
    )
    menus = "".join(
        f"{headline}\ndibaca 2.345 kali\n"
        for headline in (
            "Harga Cabai Merah Naik Jelang Hari Raya",
            "Tim Sepak Bola Kota Menang Tipis di Kandang",
            "Jalan Provinsi Rusak Parah Akibat Banjir Bandang",
            "Pasar Murah Digelar di Tujuh Kecamatan Pekan Ini",
            "Sekolah Baru Dibuka untuk Anak Nelayan di Pesisir",
            "Festival Budaya Tahunan Kembali Digelar Bulan Depan",
        )
    )
    teaser = "Joko Widodo meresmikan jalan tol baru di Sumatra pada Minggu sore bersama warga.\n"
    quoted = story + "Berikut isi unggahannya:\n" + menus + teaser
    after = archive_of(tmp_path / "a", lexicon, {"panen": story + menus + teaser})
    inside = archive_of(tmp_path / "b", lexicon, {"panen": quoted})
    assert after.by_id["panen"].officials == ()
    assert [o.name for o in inside.by_id["panen"].officials] == ["Joko Widodo"]
