"""Which of a text's dates may be the story's own day: not the day of another event it names
(a coming match, a deadline, a birth, what happened before), nor a speaker's own reference to a
day inside a quotation while the text gives another."""

from __future__ import annotations

import re

from .common_words import is_common_word
from .date_years import DateMention
from .text import fold

# Words just before a date that make it the day of another event, not of the story: a future
# event ('akan digelar pada'), a deadline or the start of a period ('berakhir', 'sejak'), a
# life's dates ('lahir ... pada'), what happened earlier ('Sebelumnya, pada').
COMING = (
    r"akan|bakal(?!\s+(?:pasangan\s+)?calon)|dijadwalkan|rencananya|direncanakan|jangan\s+lewatkan|"
    r"nantikan|tinggal\s+me[a-z]+"  # 'tinggal menjalani satu laga lagi': what is left to come
)
OTHER_EVENT = re.compile(
    rf"\b({COMING}|sejak|berakhir|berlaku|batas|paling\s+lambat|"
    r"terhitung|sebelumnya|hingga|sampai|tertanggal|per\s+tanggal|mulai\s+besok)\b",
    re.IGNORECASE,
)
FUTURE = re.compile(rf"\b(?:{COMING}|diperkirakan)\b", re.IGNORECASE)  # an event to come
TODAY = re.compile(r"\b(?:ini|hari\s+ini)\s*$", re.IGNORECASE)  # 'hari ini', 'malam ini'
RANGE_END = {
    "hingga",
    "sampai",
}  # 'berlangsung hingga Jumat': the end of a range is not another event
LIFE_EVENT = re.compile(  # no word boundary before: a scraped page glues the word to the name ('Clintonlahir')
    r"(lahir|terlahir|kelahiran|wafat|meninggal|didirikan|berdiri)\b", re.IGNORECASE
)
OTHER_EVENT_WORDS = 8  # how far before the date, within its clause, such a word is read
# A calendar's day, not a story's: the day a commemoration is observed ('Hari Ayah diperingati
# pada ...'), or a holiday falls on ('1 Muharam jatuh pada ...'; a helicopter that fell on a day
# fell on the story's day, so 'jatuh pada' counts only where its sentence names a holiday)
OBSERVED = re.compile(r"\bdiperingati\b", re.IGNORECASE)
CALENDAR_REACH = 300  # characters before the date that hold its sentence's holiday
FALLS_ON = re.compile(r"\bjatuh\s+(?:pada|tanggal)\b", re.IGNORECASE)
HOLIDAY = re.compile(
    r"\b(?:[Hh]ari\s+(?:[Rr]aya|[Bb]esar|(?!Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad)[A-Z]\w*)"
    r"|HUT|(?i:ulang\s+tahun|peringatan|libur|cuti\s+bersama|tahun\s+baru|muharr?am|natal|imlek|"
    r"waisak|nyepi|maulid|cap\s+go\s+meh|galungan|kuningan|paskah|lebaran|ramadh?an|syawal))\b"
    r"|(?i:idul)"
)
ON_THE_DAY = re.compile(r"(?:\bpada|,)\s*$", re.IGNORECASE)  # the date just after 'pada' or a comma
ON_THE_DAY_REACH = 12  # characters: 'pada' or the comma, and the spaces after it
TODAY_IN = re.compile(r"\b(?:ini|hari\s+ini|nanti\s+malam)\b", re.IGNORECASE)
COMING_WORDS = 25  # how far back in the date's sentence a coming event's word is read
COMING_REACH = 400  # characters that hold those words, however long they are
# a part of every word FUTURE reads (a test holds them together): a cheap first look at a date
FUTURE_STEMS = ("akan", "bakal", "jadwal", "rencana", "lewatkan", "nantikan", "tinggal")
LIFE_EVENT_WORDS = 10  # within its sentence ('lahir di Bukittinggi, Sumatera Barat, pada ...')
# A statement's attribution before its date: '..." kata Gubernur saat ditemui di kantornya, Jumat (20/6)'.
ATTRIBUTION = re.compile(
    r"(?=[kujtsipd])\b(kata|ujar|ucap|ungkap|jelas|tutur|terang|sebut|tegas|papar|imbuh|tambah|katanya|ujarnya|ucapnya|ungkapnya|jelasnya|"
    r"tuturnya|terangnya|sebutnya|tegasnya|paparnya|imbuhnya|tambahnya|keterangannya|keterangan\s+tertulis|konferensi\s+pers|"
    r"jumpa\s+pers|dihubungi|dikonfirmasi)\b",
    re.IGNORECASE,
)
ATTRIBUTION_WORDS = 15
# The day a source was cited or a piece compiled ('seperti dilansir dari X, Kamis (19/6)'): the
# outlet's own day, not the day of the coming event its sentence names
CITED = re.compile(
    r"\b(?:dikutip|mengutip|dilansir|melansir|dirangkum|rangkum|dihimpun|menghimpun)", re.IGNORECASE
)
CITED_WORDS = 8  # the date's own clause: the words just before it
CLAUSE_END = re.compile(r"[,;:.!?()“”\"]")
SENTENCE_STOP = re.compile(r"[.!?“”\"]\s")
# A quotation mark ends a sentence before a capital or after a statement's last mark ('...,” kata
# X pada Senin': the quoted words are no coming event's); a quoted title runs on ('jangan
# lewatkan kelas “Investasi Cerdas” pada Sabtu')
COMING_SENTENCE_STOP = re.compile(r"[.!?](?:\s|(?=[A-Z]))|[.,!?]?[“”\"]\s(?=[A-Z])|[.,!?][”\"]\s")


# A coming event's 'akan' glued to the capitalised word before it by a scraped page's lost space
# ('Mariah Careyakan menggelar', 'asuhan Bojan Hodakakan mengawali'), before a verb: glued.py
# leaves 'akan' on (it ends words, 'Kebijakan'), so the word is cut here, for the dates alone.
# A glued verb of saying ('Trumpmengatakan') is no 'akan'; nor is a word the dictionary holds.
GLUED_COMING = re.compile(r"\b([A-Z][a-z]+)(akan)(?=\s+(?:me|ber|di|ter)[a-z])")
GLUED_VERB_AKAN = re.compile(r"[A-Z][a-z]{2,}?(?:me|di|ber|ter|per)[a-z]+")


def _unglued(before: str) -> str:
    """`before` with a glued coming 'akan' cut off the word it is glued to (GLUED_COMING); asked
    only where 'akan ' stands in it (most texts before a date hold none)."""
    return GLUED_COMING.sub(_cut_akan, before)


def _cut_akan(match: re.Match) -> str:
    word = match.group(1)
    if GLUED_VERB_AKAN.fullmatch(word) or is_common_word(fold(match.group(0))):
        return match.group(0)
    return f"{word} akan"


def story_days(mentions: list[DateMention], texts: dict[int, str]) -> list[DateMention]:
    """The mentions that may date the story: not the day of another event, nor any later mention
    of such a day; a date inside a quotation (the speaker's own reference to a day) only when no
    other date is left."""
    other_days: set[tuple[int, int]] = set()
    kept = []
    for mention in mentions:
        text = texts.get(mention.line, "")
        if ("jatuh" in text or "diperingati" in text) and _calendar_day(text, mention.span[0]):
            continue  # a holiday's day (most lines name none)
        if _other_event(text, mention.span[0]):
            other_days.add(_day(mention))
        elif not _coming_on_that_day(text, mention.span[0]):
            kept.append(mention)  # a coming event's day read that far back may be the story's too
    # a statement is dated the day it was made, even when another event falls on that day
    kept = [
        m for m in kept if _day(m) not in other_days or attributed(texts.get(m.line, ""), m.span[0])
    ]
    unquoted = [m for m in kept if not _quoted(texts.get(m.line, ""), m.span[0])]
    return (
        unquoted
        if any(m.has_weekday for m in unquoted) or not any(m.has_weekday for m in kept)
        else kept
    )


def _day(mention: DateMention) -> tuple[int, int]:
    return mention.month_day if mention.value is None else (mention.value.month, mention.value.day)


QUOTE_MARK = re.compile(r"[“”\"]|''")  # two apostrophes: some outlets' quotation mark


def _quoted(text: str, start: int) -> bool:
    """Whether the last quotation mark before `start` opens a quotation: '“', or a straight one
    (or two apostrophes) that starts a word ('"Kami ...'); one after a word or a comma ('...,"
    kata', "...,'' ujar") closes."""
    marks = list(QUOTE_MARK.finditer(text, 0, start))
    if not marks:
        return False
    mark = marks[-1]
    if mark.group() in "“”":
        return mark.group() == "“"
    before = text[mark.start() - 1] if mark.start() else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    return (before.isspace() or before in "(") and not after.isspace()


def _other_event(text: str, start: int) -> bool:
    before = text[:start]
    if "akan " in before:
        before = _unglued(before)
    clauses = CLAUSE_END.split(before)
    clause = clauses[-1].split()[-OTHER_EVENT_WORDS:]
    if (
        not clause
        and len(clauses) > 1
        and before.rstrip().endswith(",")
        and FUTURE.search(" ".join(clauses[-2].split()[-OTHER_EVENT_WORDS:]))
        and not TODAY.search(clauses[-2])
    ):
        # 'akan bertanding melawan Tim Maju, Kamis (14/8)': the day of a coming event; not
        # 'akan ditutup malam ini, Sabtu (16/8)', the story's own day
        return True
    markers = [m.lower() for m in OTHER_EVENT.findall(" ".join(clause))]
    if markers and (markers[-1] not in RANGE_END or any(m.startswith("mulai") for m in markers)):
        # the nearest marker decides: 'sejak ... hingga Selasa (6/10)' ends at the story's day;
        # 'mulai besok hingga ...' is a coming period all through
        return True
    sentence = SENTENCE_STOP.split(before)[-1].split()[-LIFE_EVENT_WORDS:]
    return bool(LIFE_EVENT.search(" ".join(sentence)))


def _calendar_day(text: str, start: int) -> bool:
    """A holiday's or a commemoration's day ('a feast ... jatuh pada', 'diperingati pada'): not
    the story's, though a story may be told on it (a day given as 'hari ini' stays)."""
    before = text[max(0, start - CALENDAR_REACH) : start]
    words = " ".join(CLAUSE_END.split(before)[-1].split()[-OTHER_EVENT_WORDS:])
    if OBSERVED.search(words):
        return True
    return (
        FALLS_ON.search(words) is not None
        and HOLIDAY.search(SENTENCE_STOP.split(before)[-1]) is not None
    )


def _coming_on_that_day(text: str, start: int) -> bool:
    """'X akan bertanding di stadion Y, kota Z, pada Selasa 11 Agustus' (or after a comma): the
    day a coming event is set for, named earlier in its sentence; not 'akan ditutup hari ini,
    pada Sabtu', the story's own day, nor the day a statement about the future was made ('kata
    X')."""
    if not ON_THE_DAY.search(text, max(0, start - ON_THE_DAY_REACH), start):
        return False
    reach = text[max(0, start - COMING_REACH) : start].lower()
    if not any(stem in reach for stem in FUTURE_STEMS):
        return False  # most dates: no coming event's word within reach, the sentence unsplit
    before = text[:start]
    sentence = COMING_SENTENCE_STOP.split(_unglued(before) if "akan " in before else before)[-1]
    words = sentence.split()[-COMING_WORDS:]
    return (
        FUTURE.search(" ".join(words)) is not None
        and not TODAY_IN.search(sentence)
        and not ATTRIBUTION.search(" ".join(words))
        and not CITED.search(" ".join(words[-CITED_WORDS:]))
    )


def attributed(text: str, start: int) -> bool:
    """A date closing a statement's attribution ('kata X di kantornya, Jumat (20/6)')."""
    after_quote = re.split(r"[”\"]", text[:start])[-1]
    return bool(ATTRIBUTION.search(" ".join(after_quote.split()[-ATTRIBUTION_WORDS:])))
