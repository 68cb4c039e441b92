"""find_date on the date forms of Indonesian news (shared/domain/dates.md)."""

from datetime import date

import pytest

from netralitas_site.extract.dates import find_date
from netralitas_site.extract.stamps import is_stamp, stamp_date
from netralitas_site.extract.text import split_lines
from netralitas_site.model import Line


def lines(*texts):
    return tuple(Line(i + 1, t) for i, t in enumerate(texts))


@pytest.mark.parametrize(
    "text, expected, method",
    [
        (
            "Kabaminang.com – Solok, Rapat digelar pada Rabu, 06 November 2024, bertempat di Ruang Rapat.",
            date(2024, 11, 6),
            "full",
        ),
        (
            "ungkap Akbar Ali saat menghadiri simulasi pemilihan, Sabtu (16/11/2024) di SDN 22 Koto Baru.",
            date(2024, 11, 16),
            "numeric",
        ),
        (
            "Arosukapost.com – Limapuluh Kota, Senin (30/9/2024), Pjs Bupati menggelar rapat.",
            date(2024, 9, 30),
            "numeric",
        ),
        ("Acara digelar Sabtu, (12/07/2025) di aula.", date(2025, 7, 12), "numeric"),
        ("Kegiatan berlangsung Kamis, 22 Oktober, 2020 di Arosuka.", date(2020, 10, 22), "full"),
        ("Rapat digelar Jum'at, 18 Desember 2020 di Padang.", date(2020, 12, 18), "full"),
        ("Pertemuan berlangsung Ahad (24/11/2024) malam.", date(2024, 11, 24), "numeric"),
        (
            "Kegiatan itu pada Selasa (12/9/23) berjalan lancar.",
            date(2023, 9, 12),
            "numeric-two-digit-year",
        ),
        ("Posted Wednesday, June 19, 2024 by admin about the election.", date(2024, 6, 19), "full"),
    ],
)
def test_written_and_numeric_dates(text, expected, method):
    found = find_date(lines(text))
    assert (found.value, found.method) == (expected, method)


def test_year_from_the_texts_other_years():
    """'Selasa (20/8)' in a story about APBD 2024: 20 August is a Tuesday in 2024."""
    found = find_date(
        lines(
            "Bupati membuka pasar murah pada Selasa (20/8).",
            "Anggaran bersumber dari APBD tahun 2024.",
        )
    )
    assert found.value == date(2024, 8, 20)
    assert found.method == "weekday-year"


def test_year_left_open_with_pilkada_clues_when_text_has_no_year():
    """'Kamis (22/10)' about a Pilkada with a kabupaten Bawaslu: the clues prefer 2020; the archive decides."""
    found = find_date(
        lines(
            "SOLOK, binews.id - Sanksi bagi ASN yang melanggar pada pilkada tahun ini lebih keras.",
            "Acara di gelar pada Kamis (22/10). Turut hadir Komisioner Bawaslu Andri Junaidi, MH.",
        )
    )
    assert found.value is None
    assert {2015, 2020, 2026} <= set(found.candidates)
    assert found.preferred == (2020,)


def test_weekday_conflict_keeps_the_number_and_flags_it():
    found = find_date(lines("Pendaftaran dibuka Jumat (4/8/2020) di kantor KPU."))
    assert found.value == date(2020, 8, 4)
    assert "weekday-conflict" in found.flags


@pytest.mark.parametrize(
    "text",
    ["Rapat digelar Senin (31/2/2024) di aula.", "Rapat digelar Senin (12/14/2024) di aula."],
)
def test_garbled_dates_are_flagged_never_invented(text):
    found = find_date(lines(text))
    assert found.value is None and "garbled" in found.flags


def test_no_date_in_text_gives_none():
    found = find_date(lines("Rapat koordinasi digelar Rabu lalu di aula kantor bupati."))
    assert (found.value, found.method) == (None, "none")


def test_weekday_dated_event_wins_over_other_dates():
    """The end of a term ('Terhitung 24 November 2024') is not the article's date."""
    found = find_date(
        lines(
            "Solok, Klikpositif – Akbar Ali hadir saat simulasi, Sabtu (16/11/2024) di SDN 22.",
            "Terhitung 24 November 2024, jabatan Pjs. Bupati Solok berakhir.",
        )
    )
    assert found.value == date(2024, 11, 16)


def test_photo_caption_dates_are_ignored():
    found = find_date(
        lines(
            "Foto: Bupati saat meninjau lokasi (11/09/2024).",
            "Bupati meninjau banjir pada Senin (9/9/2024).",
        )
    )
    assert found.value == date(2024, 9, 9)


def test_a_word_between_weekday_and_bracket_still_dates():
    found = find_date(
        lines(
            "Warga berkumpul di lapangan Selasa malam (26/11) untuk doa bersama jelang Pilkada 2024."
        )
    )
    assert found.value == date(2024, 11, 26)


@pytest.mark.parametrize(
    "text", ["Foto: Rabu (12/3/2205) rapat", "Rapat berlangsung Senin, 3 Juni 2205 di aula."]
)
def test_a_year_outside_1945_to_next_year_is_garbled_never_a_date(text):
    found = find_date(lines(text.replace("Foto: ", "")))
    assert found.value is None and "garbled" in found.flags


def test_a_garbled_date_is_skipped_only_for_a_real_one_on_its_line_and_flagged():
    """A garbled day is never repaired nor guessed: a real day on the same line (the story's
    day written again) is used; another line's day is another event's, and none is used."""
    found = find_date(
        lines("Rapat digelar Kamis (31/2/2024), tepatnya Kamis (29/2/2024), di aula.")
    )
    assert found.value == date(2024, 2, 29) and "garbled-date-skipped" in found.flags
    found = find_date(
        lines(
            "Rapat digelar Kamis (31/2/2024) di aula.",
            "Pemungutan suara digelar pada Rabu, 14 Februari 2024 di seluruh TPS.",
        )
    )
    assert found.value is None and "garbled" in found.flags


def test_history_and_targets_without_weekday_are_not_dates():
    assert find_date(lines("Sumpah Pemuda 28 Oktober 1928 dikenang warga.")).value is None
    assert find_date(lines("Target rampung 31 Desember 2095 kata pejabat.")).value is None


@pytest.mark.parametrize(
    "text",
    [
        "Diperbarui 12 Okt 2024, 21:05 WIB",
        "Sabtu, 12 Oktober  2024 21:05 WIB",
        "Padangkita.com - 12/10/2024, 21:05 WIB",
        ", Jurnalis-Sabtu, 12 Oktober 2024 |21:05 WIB",
        "Sabtu, 12 Oktober 2024 - 21:05 WIB",
        "12 Oktober 2024",
        "12 Okt 2024",
        "Politik · Sabtu, 12 Okt 2024 21:05 WIB",
        "Rina Marlina | Sabtu, 12 Oktober 2024 - 21:05 wib",
        "on 12 Oct 2024 at 21:05 WIB",
        "Sabtu, 12 Oktober 2024 21:05 WIB | 1.204 Views",
    ],
)
def test_publication_stamp_formats(text):
    assert is_stamp(text.replace("  ", "\u00a0 "))
    assert stamp_date(Line(1, text)).value == date(2024, 10, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Jadwal Pilkada 27 November 2024",
        "Pilkada Serentak Digelar Rabu, 27 November 2024",
        "JAKARTA - Rabu, 27 November 2024 warga datang ke TPS di seluruh kota.",
    ],
)
def test_headlines_and_leads_naming_a_date_are_not_stamps(text):
    assert not is_stamp(text)


def test_a_stamp_without_its_year_takes_the_one_its_weekday_and_the_story_agree_on():
    """'Sabtu, 7 Maret | 13:20 WIB': a stamp (a weekday's day and a time); 7 March is a Saturday
    in 2026, the year the story writes. A weekday's day alone, with no time, is no stamp."""
    stamp = Line(2, "Sabtu, 7 Maret | 13:20 WIB")
    assert is_stamp(stamp.text)
    assert stamp_date(stamp, "APBD Perubahan 2026 dibahas pekan depan.").value == date(2026, 3, 7)
    assert stamp_date(stamp) is None  # no story's years to go on
    assert not is_stamp("Sabtu, 7 Maret")


@pytest.mark.parametrize(
    "texts",
    [
        # a future event: the story reports it before it happens
        (
            "Festival budaya yang akan dilaksanakan pada Minggu, 29 Juni 2025 diikuti ratusan sanggar.",
            "Panitia mengatakan persiapan sudah rampung. Festival dilaksanakan pada Minggu, 29 Juni 2025 di alun-alun.",
        ),
        ("Pesta rakyat bakal digelar di lapangan kota pada 22 Juni 2025.",),
        # a deadline or the start of a period
        ("Program keringanan denda pajak berakhir 30 Juni 2025, kata petugas.",),
        (
            "Tarif khusus berlaku penuh selama sehari pada tanggal 22 Juni 2025.",
            "Ayo datang ke alun-alun, Minggu (22/6/2025) mulai pukul 10.00.",
        ),
        # a life's dates in a profile
        ("Tokoh itu lahir di Bukittinggi, Sumatera Barat, pada 12 Agustus 1952.",),
    ],
)
def test_dates_of_other_events_are_not_the_story_date(texts):
    """A future event, a deadline, a start or a birth is not the day of the story; a day once
    recognised as another event's is not taken from a later mention either."""
    assert find_date(lines(*texts)).value is None


def test_the_story_date_comes_after_a_start_marker():
    found = find_date(
        lines(
            "Sebanyak 18 kelompok jemaah diberangkatkan sejak Rabu (18/6/2025).",
            "“Semua berjalan lancar,” kata kepala daerah kerja dalam keterangannya, Kamis (19/6/2025).",
        )
    )
    assert found.value == date(2025, 6, 19)


def test_a_date_inside_a_quotation_is_the_speakers_reference_not_the_story():
    found = find_date(
        lines(
            "“Tepatnya pada hari Rabu (4/6/2025) malam, kami menerima laporan itu,” kata Bupati saat jumpa pers di kantornya, Selasa (10/6/2025)."
        )
    )
    assert found.value == date(2025, 6, 10)


def test_the_story_is_not_dated_after_the_statement_it_reports():
    """'Malam puncak pada Minggu (22/6)' then 'kata Gubernur ..., Jumat (20/6)': Sunday is still to come."""
    found = find_date(
        lines(
            "Malam puncak perayaan hari jadi kota pada Minggu (22/6/2025) dipusatkan di lapangan.",
            "“Kami siapkan semuanya,” kata Gubernur saat ditemui di kantornya, Jumat (20/6/2025).",
        )
    )
    assert found.value == date(2025, 6, 20)


def test_a_part_of_the_day_between_weekday_and_written_date():
    found = find_date(
        lines(
            "Penghargaan diserahkan pada Selasa malam, 17 Juni 2025, di balai kota.",
            "“Terima kasih,” ujarnya dalam keterangannya, Rabu (18/6/2025).",
        )
    )
    assert found.value == date(2025, 6, 17)


def test_the_end_of_a_range_that_started_earlier_is_the_story_date():
    found = find_date(
        lines(
            "Bawaslu mencatat 40 laporan sejak tahapan kampanye dimulai hingga Selasa (6/10/2020)."
        )
    )
    assert found.value == date(2020, 10, 6)


def test_a_later_statement_with_a_weekday_typo_does_not_move_the_date():
    found = find_date(
        lines(
            "KPK memeriksa pejabat dinas, Kamis (19/6/2025).",
            "“Pemeriksaan berjalan,” kata juru bicara, Kamis (19/6/2025).",
            "“Saksi hadir,” ujar penyidik kepada wartawan, Kamis (18/6/2025).",
        )
    )
    assert found.value == date(2025, 6, 19)


def test_a_date_only_above_the_lead_is_read_as_the_body_would_be():
    """A paragraph above the dateline (filed as header) holds the only dates: the end of a period
    ('hingga 28 Desember 2025') is still no story day; the statement's weekday date is."""
    header = lines(
        "Jalan itu diperbaiki mulai 14 Juni hingga 28 Desember 2025, kata Bupati dalam keterangannya, Senin (19/5/2025)."
    )
    found = find_date(lines("Warga menyambut baik rencana itu."), header=header)
    assert (found.value, found.method) == (date(2025, 5, 19), "caption")


def test_a_birth_date_glued_to_the_name_is_no_story_day():
    found = find_date(lines("Budi Santosolahir pada 26 Oktober 1947 di Padang dan besar di sana."))
    assert found.value is None


def test_a_weekday_date_far_below_the_lead_is_another_event_not_the_story_day():
    lines = split_lines(
        "Tim kota itu bersiap menghadapi musim baru dengan pelatih baru.\n"
        + "".join(f"Paragraf latar nomor {n} tanpa tanggal apa pun.\n" for n in range(8))
        + "Laga berikutnya digelar di stadion utama, Kamis (19/6/2025).\n"
    )
    assert find_date(lines).value is None
    near = split_lines(
        "Tim kota itu bersiap menghadapi musim baru.\nLatihan perdana digelar Kamis (19/6/2025).\n"
    )
    assert find_date(near).value == date(2025, 6, 19)


def test_a_year_written_after_the_date_near_its_candidates_is_background_not_a_clue():
    lines = (
        Line(
            3,
            "JAKARTA - Menteri itu membantah tudingan di Istana, Selasa (10/6). Izin tambang "
            "itu terbit pada 2004 dan diperpanjang pada 2006.",
        ),
    )
    found = find_date(lines)
    assert found.value is None and 2025 in found.candidates  # left open for the archive
    lines = (
        Line(3, "JAKARTA - Menteri itu membantah tudingan, Selasa (10/6). Target 2025 tercapai."),
    )
    assert find_date(lines).value == date(2025, 6, 10)  # a year equal to a candidate decides


def test_a_lead_date_without_weekday_years_before_the_texts_latest_year_is_history():
    lines = (
        Line(3, "JAKARTA - Pada 17 Maret 1962, gubernur pertama meresmikan gedung itu."),
        Line(4, "Kini, pada 2025, gedung itu direnovasi; targetnya rampung pada 2045."),
    )
    assert find_date(lines).value is None
    lines = (
        Line(3, "JAKARTA, 5 Juni 2025 - Pemerintah menargetkan program itu rampung pada 2045."),
    )
    assert find_date(lines).value == date(2025, 6, 5)  # a plan's year is no year of writing


def test_a_birth_written_kelahiran_is_no_story_day():
    lines = (Line(3, "JAKARTA - Wanita kelahiran Solok, 12 Mei 1970 itu kini memimpin lembaga."),)
    assert find_date(lines).value is None


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA - Aturan baru itu tertuang dalam surat edaran tertanggal 2 Mei 2025.",
        "JAKARTA - Data anggaran itu dihitung per tanggal 30 November 2024.",
        "JAKARTA - Keringanan retribusi parkir berlaku mulai besok hingga 30 September 2025.",
    ],
)
def test_a_documents_date_or_a_coming_start_is_no_story_day(text):
    assert find_date((Line(3, text),)).value is None


def test_two_apostrophes_close_a_quotation_like_a_quotation_mark():
    """'"Kami siap,'' ujar ...': some outlets close a quotation with two apostrophes; the date
    after it is the statement's, not a date inside the quotation."""
    found = find_date(
        lines(
            "Bupati Rudi Hartono meninjau pasar baru.",
            "\"Kami siap melayani warga,'' ujar Rudi kepada warga, Kamis (3/7/2025).",
            *["Pasar itu dibangun dengan dana daerah."] * 8,
            '"Pedagang sudah pindah," kata Kepala Dinas Perdagangan, Jumat (4/7/2025).',
        )
    )
    assert found.value == date(2025, 7, 3)


def test_a_prospective_candidate_is_no_event_to_come():
    """'bakal calon' (a would-be candidate) is a noun, not 'bakal' (will): the day stays the story's."""
    found = find_date(
        lines(
            "Partai Maju mendaftarkan Budi Santoso sebagai bakal calon bupati pada Kamis (10/7/2025).",
        )
    )
    assert found.value == date(2025, 7, 10)
    future = find_date(
        lines("Budi Santoso bakal mendaftar pada Kamis (10/7/2025) di kantor partai.")
    )
    assert future.value is None


def test_a_statement_is_dated_the_day_it_was_made_even_when_an_event_falls_on_it():
    """An event to come 'akan dimulai pada 20 Juni 2025' and a statement made that same day
    ('kata ..., Jumat (20/6/2025)'): the statement's day is the story's."""
    found = find_date(
        lines(
            "Pendaftaran beasiswa daerah dibuka untuk seribu pelajar.",
            '"Seleksi akan berlangsung pada 14 Juli 2025," kata Kepala Dinas Pendidikan Sinta Dewi, Senin (14/7/2025).',
        )
    )
    assert found.value == date(2025, 7, 14)


@pytest.mark.parametrize(
    "lead",
    [
        "Sinta Dewi diangkat pada 3 Maret 2025 berdasarkan keputusan rapat pemegang saham.",
        "JAKARTA - Pada 9 Mei 2025, pemerintah kota itu mengumumkan tarif parkir baru.",
        "Harta Bupati Rudi Hartono tercatat dalam laporan kekayaan 30 Juni 2024.",
        "Kota itu pernah dilanda banjir besar hingga 14 Agustus 2024.",
    ],
)
def test_a_lead_date_inside_its_clause_is_another_events(lead):
    """A date without its weekday inside the lead's clause is a decree's, a period's or a past
    event's day, not the story's."""
    assert find_date(lines(lead)).value is None


@pytest.mark.parametrize(
    "lead, expected",
    [
        (
            "Bupati Rudi Hartono membuka festival di aula kantor bupati, 12 Juni 2024.",
            date(2024, 6, 12),
        ),
        (
            "Camat Dimas Saputra menanam pohon di halaman kantor camat pada 18 Maret 2025.",
            date(2025, 3, 18),
        ),
        ("Wali Kota meresmikan pasar, 2 Oktober 2023 di lapangan kota.", date(2023, 10, 2)),
        ("PADANG, 5 Juni 2025 - Gubernur meninjau banjir.", date(2025, 6, 5)),
    ],
)
def test_a_lead_date_closing_its_clause_is_the_stories(lead, expected):
    """Regional outlets close the lead with its day and no weekday: that day is the story's."""
    assert find_date(lines(lead)).value == expected


def test_a_weekday_date_weeks_before_the_statement_is_a_past_event():
    """'... mengajukan rancangan itu pada Senin (5/5/2025)' then 'kata ..., Rabu (28/5/2025)':
    a day three weeks before the statement the story reports is recalled, not the story's; a
    day or two before it is the event the statement follows and stays the story's."""
    found = find_date(
        lines(
            "Gubernur mengajukan rancangan peraturan daerah itu pada Senin (5/5/2025).",
            '"Rancangan itu perlu dibahas lagi," kata Ketua DPRD Budi Santoso, Rabu (28/5/2025).',
        )
    )
    assert found.value == date(2025, 5, 28)
    found = find_date(
        lines(
            "Kebakaran melanda pasar kota pada Senin (7/7/2025).",
            '"Kami sudah mendata kerugian," kata Wali Kota Sinta Dewi, Rabu (9/7/2025).',
        )
    )
    assert found.value == date(2025, 7, 7)


def test_a_statements_day_in_brackets_without_its_weekday():
    """'kata ... di Padang (8/7/2025).' dates the story as 'kata ..., Selasa (8/7/2025)' does;
    a statement dated '(3/2/2019) silam' was made long ago."""
    found = find_date(
        lines(
            "Pemerintah kota menambah armada bus sekolah.",
            '"Armada baru mulai jalan bulan ini," kata Wali Kota Hartono Wijaya di Padang (8/7/2025).',
        )
    )
    assert found.value == date(2025, 7, 8)
    old = find_date(
        lines('"Anggarannya sudah disiapkan," ujar Gubernur Rudi Hartono (3/2/2019) silam.')
    )
    assert old.value is None


@pytest.mark.parametrize(
    "text",
    [
        "Demikian keterangan yang dikutipKamis (3/7/2025) dari laman resmi kementerian.",
        '"Kami siap," kata Bupati Dimas Saputra, Kamis 3/7/2025).',
    ],
)
def test_a_weekday_date_a_page_glued_or_left_half_bracketed(text):
    """A scraped page loses a space before the weekday or the bracket before the date."""
    found = find_date(lines("Harga beras di pasar kota kembali naik.", text))
    assert found.value == date(2025, 7, 3)


def test_a_day_after_a_comma_closing_a_coming_event_is_that_events():
    """'akan digelar di Stadion Maju, Selasa (10/6/2025)': the day closes the clause of an event
    still to come; 'akan ditutup malam ini, Jumat (20/6/2025)' is the story's own day."""
    coming = find_date(
        lines("Laga kedua tim akan digelar di Stadion Maju Jaya, Kamis (14/8/2025) pukul 19.00.")
    )
    assert coming.value is None
    tonight = find_date(
        lines("Jalan Merdeka di pusat kota akan ditutup pada malam ini, Sabtu (16/8/2025).")
    )
    assert tonight.value == date(2025, 8, 16)


FILLER = tuple(f"Warga desa itu menanam padi di sawah nomor {n} seperti biasa." for n in range(9))


@pytest.mark.parametrize(
    "title, statement, expected",
    [
        # a statement made to the outlet further down dates a story with no date at its top
        (
            "Sawah Baru Dibuka",
            '"Panen naik," kata Rudi Hartono, Kamis (14/8/2025).',
            date(2025, 8, 14),
        ),
        # a statement watched or seen posted elsewhere dates the viewing, not the story
        (
            "Sawah Baru Dibuka",
            '"Panen naik," kata Rudi, dilihat dari kanal Sinar TV, Kamis (14/8/2025).',
            None,
        ),
        # one the outlet quoted from a release dates the story the day it was quoted
        (
            "Sawah Baru Dibuka",
            '"Panen naik," kata Rudi, dikutip dari keterangan resminya, Kamis (14/8/2025).',
            date(2025, 8, 14),
        ),
        # a fact check's statements are the earlier articles it quotes
        (
            "Cek Fakta: Sawah Baru Dibuka",
            '"Panen naik," kata Rudi Hartono, Kamis (14/8/2025).',
            None,
        ),
    ],
)
def test_a_statement_further_down_dates_a_story_with_no_date_at_its_top(title, statement, expected):
    found = find_date(lines(*FILLER, statement), title)
    assert found.value == expected


def test_a_statement_older_than_another_date_of_the_text_is_background():
    text = (
        *FILLER,
        '"Panen naik," kata Rudi Hartono, Kamis (14/8/2025).',
        "Pada 20 Oktober 2025 sawah diperluas.",
    )
    assert find_date(lines(*text), "Sawah Baru Dibuka").value is None


@pytest.mark.parametrize(
    "text",
    [
        # a timetable: a day alone on its line, its entries under it
        "Judul Jadwal Siaran\n\nJAKARTA - Balapan seri ketujuh segera hadir di layar kaca.\n"
        "Simak jadwalnya:\nKamis, 13 Agustus 2026\n09:10 WIB: Sesi 1\n11:40 WIB: Sesi 2\n"
        "Jumat, 14 Agustus 2026\n10:05 WIB: Sesi 3\n",
        "Judul Jadwal Laga\n\nJAKARTA - Tim nasional menjamu tamunya di stadion utama kota.\n"
        "Tanggal: Sabtu, 15 Agustus 2026\nPukul: 19.45 WIB\nSiaran langsung: kanal olahraga\n",
    ],
)
def test_a_timetables_days_are_no_story_date(text):
    """A schedule's days (a day, then clock times with their events) are the events', and the
    first day under the lead is no publication stamp: a stamp never follows the story's prose."""
    from netralitas_site.extract.article import extract_article
    from netralitas_site.lexicon import load_lexicon
    from netralitas_site.model import SourceFile

    article, _ = extract_article(
        SourceFile("a.txt", "a.txt", text, "0" * 64, 1, {}), load_lexicon()
    )
    assert article.date.value is None


def test_a_storys_own_time_after_its_day_is_no_timetable():
    lines = (
        Line(
            1,
            "SOLOK - Polisi menangkap dua pencuri pada Jumat (19/6/2026) pukul 10.15 WIB, di pasar.",
        ),
    )
    assert find_date(lines).value == date(2026, 6, 19)


def test_a_pages_stamp_with_its_time_is_no_timetable():
    lines = (Line(1, "Kamis, 13 Agustus 2026 09:15 | Penulis Budi Santoso Wibowo dan rekan"),)
    assert find_date(lines).value == date(2026, 8, 13)


def test_a_year_a_speaker_recalls_inside_a_quotation_is_no_clue_to_the_statements_year():
    recalled = lines(
        "“Sejak tahun 2013 kami membina desa itu hingga kini,” kata Kepala Dinas Budi Santoso, "
        "Senin (16/6).",
    )
    found = find_date(recalled)
    assert found.value is None and 2025 in found.candidates  # left open, not 2014
    stated = lines("Pada tahun 2013 desa itu dibina, kata Kepala Dinas Budi Santoso, Senin (16/6).")
    assert find_date(stated).value == date(2014, 6, 16)  # the text's own year still decides


def test_a_coming_events_day_after_pada_further_in_its_sentence_is_that_events():
    """'akan menjamu tamunya di lapangan desa, Stadion Maju, kota Sukamaju, pada Sabtu 14 Juni 2025':
    the word of a coming event stands several clauses before the day; a story about tonight
    ('akan ditutup malam ini, pada Sabtu') and a statement about the future keep their day."""
    coming = find_date(
        lines(
            "Tim Sukamaju akan menjamu tamunya di lapangan desa, Stadion Maju, kota Sukamaju, "
            "pada Sabtu 14 Juni 2025."
        )
    )
    assert coming.value is None
    tonight = find_date(
        lines("Jalan Merdeka akan ditutup malam ini, di pusat kota, pada Sabtu (16/8/2025).")
    )
    assert tonight.value == date(2025, 8, 16)
    said = find_date(
        lines('"Gaji akan naik," kata Bupati Dimas Saputra di pendopo, pada Senin (9/6/2025).')
    )
    assert said.value == date(2025, 6, 9)


def test_a_coming_events_akan_glued_to_the_name_before_it_still_makes_its_day_the_events():
    """A scraped page's lost space glues 'akan' to the name before it ('Saputraakan mengisi'): the
    day is still the coming event's. A word the dictionary holds ('Kebijakan') and a glued verb of
    saying ('Saputramengatakan') are no 'akan', and their sentence keeps its day."""
    glued = find_date(
        lines("Penyanyi Dimas Saputraakan mengisi konser amal di Sukamaju, 4 Oktober 2026.")
    )
    assert glued.value is None
    for written in (
        "Kebijakan menjadi bahan diskusi warga Sukamaju, Minggu (9/8/2026).",
        "Bupati Dimas Saputramengatakan memang hal itu, Minggu (9/8/2026).",
    ):
        assert find_date(lines(written)).value == date(2026, 8, 9)


def test_a_holidays_day_is_no_story_day_though_a_story_may_be_told_on_it():
    """The day a holiday falls on ('Tahun Baru Sukamaju jatuh pada ...') or a commemoration is
    observed ('diperingati pada') is the calendar's, not a story's. Something else that falls on a
    day (a helicopter) fell on the story's day, and a story told on the holiday ('hari ini') keeps
    its day."""
    for calendar in (
        "Libur Tahun Baru Sukamaju tahun ini jatuh tanggal 14 Agustus 2026.",
        "Tahun ini Hari Petani Sukamaju diperingati pada Minggu (9/8/2026).",
        "Puncak Cap Go Meh tahun ini jatuh pada Selasa, 3 Maret 2026.",  # holidays by their names
        "Hari kedua Lebaran jatuh pada Sabtu, 21 Maret 2026.",
    ):
        assert find_date(lines(calendar)).value is None
    crash = lines("Helikopter milik Sukamaju Air jatuh pada Kamis (13/8/2026) di hutan.")
    assert find_date(crash).value == date(2026, 8, 13)
    told_on_it = lines(
        "Warga Sukamaju merayakan Hari Raya dengan gembira hari ini, Jumat (14/8/2026).",
        "Tahun ini Hari Raya jatuh tanggal 14/8/2026.",
    )
    assert find_date(told_on_it).value == date(2026, 8, 14)


def test_what_is_left_to_play_is_a_coming_events_day():
    """'tinggal menjalani satu pertandingan lagi, Selasa (11/8)': the match that is left to play
    is to come; its day is not the story's."""
    left = lines(
        "Tim Sukamaju tinggal menjalani satu pertandingan lagi di kota tetangga, Selasa (11/8/2026)."
    )
    assert find_date(left).value is None


def test_a_coming_events_day_is_not_taken_from_another_mention_of_that_day():
    """The day a coming event is set for, read that far back, does not strike out the same day
    given elsewhere as the day of a statement."""
    found = find_date(
        lines(
            '"Kami siap," klaim Rudi Hartono dalam siaran pers, Rabu (18/6/2025).',
            "Jam malam di kota itu akan dimulai 21.00 bagi seluruh warga pada Rabu (18/6).",
            "Sebanyak 24 warga terluka, kata pejabat kota pada Senin (16/6).",
        )
    )
    assert found.value == date(2025, 6, 18)


def test_a_fact_checks_lead_dates_the_post_it_checks_not_the_story():
    lead = lines(
        "Sebuah foto yang diklaim banjir di Sukamaju beredar. Foto itu diunggah sebuah akun "
        "pada 8 Juni 2025."
    )
    assert find_date(lead, "Cek Fakta: Keliru, Foto Banjir di Sukamaju").value is None
    assert find_date(lead, "Banjir di Sukamaju").value == date(2025, 6, 8)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Harga Cabai Hari Ini, 20 Juni 2025: Naik Lagi", date(2025, 6, 20)),
        ("Jadwal Ronda Hari Ini Sabtu 21 Juni", date(2025, 6, 21)),
        # other days a headline names are events': a preview, a concert, a deadline
        ("Prediksi Skor Sukamaju vs Maju Jaya, Jumat 20 Juni 2025", None),
        ("Konser Amal Digelar di Sukamaju 28 Juni 2025", None),
    ],
)
def test_a_headline_giving_todays_date_dates_a_story_with_none(title, expected):
    found = find_date(
        lines("Harga di pasar kota berubah setiap pekan.", "Tahun 2025 ramai."), title
    )
    assert found.value == expected
    if expected is not None:
        assert "headline" in found.flags and found.line is None


def test_a_statements_day_closing_its_sentence_without_its_weekday():
    """'ujar X di Sukamaju, pada 16 Juni 2025.' dates the story when no weekday date does; a
    deadline closing a statement ('berlaku sampai 31 Juli 2025') does not."""
    said = lines(
        "Warga desa menanam padi seperti biasa.",
        '"Panen naik," ujar Rudi Hartono saat ditemui di Sukamaju, pada 16 Juni 2025.',
    )
    assert find_date(said).value == date(2025, 6, 16)
    deadline = lines(
        "Warga desa menanam padi seperti biasa.",
        '"Segera bayar," kata Bupati Dimas Saputra, yang memberlakukan keringanan sampai 31 Juli 2025.',
    )
    assert find_date(deadline).value is None


@pytest.mark.parametrize(
    "text",
    [
        "Laga di lapangan kota itu, Rabu (18/6/2025, ditonton ribuan warga dari desa sekitar.",
        '"Kami siap," kata Rudi Hartono, Rabu (18/6/2025Selain itu, ia meminta warga tenang.',
    ],
)
def test_a_full_numeric_date_that_lost_its_closing_bracket(text):
    assert find_date(lines(text)).value == date(2025, 6, 18)


def test_a_coming_events_day_after_a_quoted_title_is_that_events():
    """A quoted title runs on in its sentence ('jangan lewatkan kelas “Tanam Padi Cerdas” pada
    Sabtu'); the words of a quotation ended before its attribution are no coming event's."""
    invitation = find_date(
        lines(
            "Jangan lewatkan kelas “Tanam Padi Cerdas” pada Sabtu (22/8/2026) pagi di balai desa."
        )
    )
    assert invitation.value is None
    statement = find_date(
        lines(
            '"Kami akan tetap waspada," bunyi pernyataan kedutaan di akunnya pada Rabu '
            "(12/8/2026) malam."
        )
    )
    assert statement.value == date(2026, 8, 12)


def test_a_day_after_a_comma_many_words_after_a_coming_events_word_is_that_events():
    """'akan menuntaskan ... di kandang lawan, Selasa (10/6/2025)': the coming event's word is
    read back through its sentence, as before 'pada'; a statement about the future, tonight's
    event and the day a source was cited keep their day, and a sentence glued to the one before
    it ends there."""
    coming = find_date(
        lines(
            "Tim Sukamaju akan menuntaskan laga terakhir kompetisi melawan tim tamu dari kota "
            "seberang di kandang lawan, Selasa (11/8/2026) petang."
        )
    )
    assert coming.value is None
    said = find_date(
        lines(
            '"Gaji akan naik tahun depan," kata Bupati Dimas Saputra di pendopo, Senin (9/6/2025).'
        )
    )
    assert said.value == date(2025, 6, 9)
    tonight = find_date(
        lines(
            "Jalan Merdeka akan ditutup malam ini mulai pukul sembilan di pusat kota, Sabtu (16/8/2025)."
        )
    )
    assert tonight.value == date(2025, 8, 16)
    glued = find_date(
        lines(
            "Tentara akan berjaga di empat kota.Sebagaimana dikabarkan Harian Maju, "
            "Jumat (3/2/2012), pasukan sudah bersiap."
        )
    )
    assert glued.value == date(2012, 2, 3)
    cited = find_date(
        lines(
            "Kebiasaan itu akan terbawa hingga dewasa, seperti dilansir dari Majalah Tani, "
            "Kamis (13/8/2026)."
        )
    )
    assert cited.value == date(2026, 8, 13)  # the day the source was cited


def test_a_timetables_day_glued_to_its_first_time_is_no_story_date():
    """A page that lost the space between a day's year and its first entry's time
    ('8 Agustus 202620:45 WIB : Tim A vs Tim B') still writes a timetable."""
    found = find_date(
        lines(
            "Simak jadwal siaran kualifikasi musim 2026 berikut.",
            "Sabtu, 8 Agustus 202620:45 WIB : Tim Maju vs Tim Jaya (Kanal Satu)Selasa, "
            "11 Agustus 202601:30 WIB : Tim Karya vs Tim Bakti (Kanal Dua)",
        )
    )
    assert found.value is None


def test_a_weekday_date_years_before_the_texts_newest_weekday_date_is_history():
    """An old video's caption ('Rabu (13/4/22)') under a preview whose only day is a coming
    match's is no story day; a deadline years ahead, written without its weekday, makes no
    statement's day history."""
    preview = find_date(
        lines(
            "Laga pertama final akan dimainkan tim tuan rumah pada Jumat, 7 Agustus 2026 malam.",
            "Simak aksi pemain andalan saat timnya menang atas tim tamu, Rabu (13/4/22).",
        )
    )
    assert preview.value is None
    statement = find_date(
        lines(
            '"Izin kami setujui," jelas Rudi Hartono kepada wartawan, Rabu (12/8/2026).',
            "Syarat itu berlaku dua tahun, hingga 31 Juli 2027.",
        )
    )
    assert statement.value == date(2026, 8, 12)


def test_every_coming_events_word_holds_a_stem_of_the_first_look():
    """`_coming_on_that_day` looks for FUTURE_STEMS before it reads the sentence: a word added
    to FUTURE without a stem there would never be read."""
    import re

    from netralitas_site.extract.story_days import FUTURE, FUTURE_STEMS

    body = FUTURE.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
    body = body.replace(r"\s+", " ")
    words = [re.sub(r"\(\?!.*\)$", "", word) for word in body.split("|")]
    words = [word.replace("me[a-z]+", "memainkan") for word in words]  # a verb after the word
    assert len(words) >= 8 and all(word.isalpha() or " " in word for word in words), words
    assert all(FUTURE.search(word) for word in words)
    assert all(any(stem in word for stem in FUTURE_STEMS) for word in words), words
