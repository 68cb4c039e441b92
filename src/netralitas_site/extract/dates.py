"""Find the article's date in Indonesian news text.

Forms: "Rabu, 06 November 2024", "Sabtu (16/11/2024)", "Senin (30/9/24)", "Kamis (22/10)" with the
year inferred from the weekday, "30 September 2024" and English "Wednesday, June 19, 2024".
The date of the reported event (the first dated weekday, normally in the lead) is the article's
date; dates in photo captions and boilerplate never are. Nothing is invented: no date in the
text gives value None.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import DateFound, Line
from .date_years import YEAR, DateMention, resolve_year
from .story_days import CLAUSE_END, OTHER_EVENT, OTHER_EVENT_WORDS, attributed, story_days

MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "senin": 0,
    "monday": 0,
    "selasa": 1,
    "tuesday": 1,
    "rabu": 2,
    "wednesday": 2,
    "kamis": 3,
    "thursday": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "friday": 4,
    "sabtu": 5,
    "saturday": 5,
    "minggu": 6,
    "ahad": 6,
    "sunday": 6,
}
_WD = r"(?P<wd>senin|selasa|rabu|kamis|jum[’']?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Words that may stand between the weekday and its bracketed date: "Selasa malam (26/11)".
_DAYPART = r"(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari|subuh|kemarin|lalu|ini|depan))?"
# Years a news date can have: none before the Republic, none after next year. A number outside
# these written as a date's year makes the date garbled (flagged, never repaired).
FIRST_YEAR = 1945
LAST_YEAR = date.today().year + 1
# "Rabu, 06 November 2024", "Rabu 6 Nov 2024", "Kamis, 22 Oktober, 2020", "6 November 2024", "24 November" (no year)
WRITTEN = re.compile(
    r"(?:\b"
    + _WD
    + _DAYPART
    + r"\s*,?\s*(?:\(\s*)?(?:tanggal\s+)?)?\b(?P<d>\d{1,2})\s+"
    + _MON
    + r"(?:\s*,?\s*(?P<y>[12]\d{3}))?\b",
    re.IGNORECASE,
)
# English: "Wednesday, June 19, 2024", "March 17, 2026" (a page's stamp)
ENGLISH = re.compile(
    r"\b(?:" + _WD + r",?\s+)?" + _MON + r"\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# "2026-02-10 07:45:12": a page's machine-written stamp
ISO = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
# "Sabtu (16/11/2024)", "Sabtu, (12/07/2025)", "Selasa(18/02)", "Senin (30/9/24)"; a page's lost
# space or bracket too: "dikutipKamis (3/7/2025)", "Kamis 3/7/2025)"
NUMERIC = re.compile(
    r"(?:\b|(?<=[a-z])(?-i:(?=[A-Z])))"
    + _WD
    + _DAYPART
    + r"\s*,?\s*\(?\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?"
    + r"(?:\s*\)|(?<=/\d{4})(?=,|(?-i:[A-Z])))",  # a full year may lose its bracket
    re.IGNORECASE,
)
# "27/03/2024" in a publication stamp; only used where no weekday form is found.
BARE_NUMERIC = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])")
CAPTION = re.compile(r"^\(?\s*(foto|photo|keterangan|dok\.|dokumentasi)\b", re.IGNORECASE)

YEAR_WINDOW = range(1995, LAST_YEAR + 1)


STORY_DATE_LINES = 8  # lines (a sentence broken by links is one) from the lead that date a story


def find_date(lines: tuple[Line, ...], title: str = "", header: tuple[Line, ...] = ()) -> DateFound:
    """The article's date from its body lines (boilerplate already removed); `header` holds the
    lines above the lead (captions, bylines), used only when the body has no date at all."""
    mentions = [
        m
        for line, following in zip(lines, (*lines[1:], Line(0, "")))
        if not CAPTION.match(line.text)
        for m in date_mentions(line)
        if not _a_timetables_day(m, line.text, following.text)
    ]
    if not mentions:  # a date given only in a photo caption is still the story's best date
        above = [line for line in (*header, *lines) if CAPTION.match(line.text) or line in header]
        captions = [m for line in above for m in date_mentions(line) if m.value]
        if captions:  # read as the body is: not another event's day, a weekday's date first
            kept = story_days(captions, {line.number: line.text for line in above}) or captions
            best = next((m for m in kept if m.has_weekday), kept[0])
            return DateFound(best.value, best.text, "caption", best.line, best.flags)
    texts = {line.number: line.text for line in lines}
    # a weekday's date years before the text's latest (a coming match's, say) is history; a date
    # without its weekday may be a plan's or a deadline's, years ahead
    newest = max((m.value.year for m in mentions if m.value and m.has_weekday), default=0)
    mentions = story_days(mentions, texts)
    # A story gives its own day near its top, with its weekday; a weekday's date further down is
    # of an event it reports later (the next match, a deadline, the background).
    early = {line.number for line in lines[:STORY_DATE_LINES]}
    candidates = [
        m
        for m in mentions
        if m.line in early
        and (m.has_weekday or _statement_in_brackets(m, texts[m.line]))
        and (m.value is None or m.value.year + 2 > newest)
    ] or [m for m in mentions if m.line in early and _statement_closed(m, texts[m.line])]
    fact_check = FACT_CHECK.match(title) is not None
    if not candidates and lines and not fact_check:  # a fact check's lead dates the post it checks
        latest = _latest_year(lines)  # a lead's date years before the text's latest is history
        candidates = [
            m
            for m in mentions
            if _dates_the_lead(m, lines[0]) and (m.value is None or m.value.year + 2 > latest)
        ]
    if not candidates and not fact_check:
        candidates = _statement_further_down(mentions, texts) or _headline_day(title)
    if not candidates:
        return DateFound(None, None, "none")
    chosen = _not_after_a_statement(candidates[0], candidates, texts)
    # the garbled date is reported; a real one on its line is used (a story's day written twice),
    # another line's is another event's day ('Pemungutan suara digelar pada Rabu, ...'): none
    real = [m for m in candidates if "garbled" not in m.flags and m.line == chosen.line]
    if "garbled" in chosen.flags and real:
        chosen = replace(real[0], flags=real[0].flags + ("garbled-date-skipped",))
    if chosen.value is not None or not chosen.candidates:
        found = DateFound(chosen.value, chosen.text, chosen.method, chosen.line, chosen.flags)
    else:
        whole = "\n".join([title] + [line.text for line in lines])
        found = resolve_year(chosen, whole, _text_up_to(chosen, lines, title))
    return replace(found, line=None) if "headline" in chosen.flags else found  # on no body line


def _headline_day(title: str) -> list[DateMention]:
    """A headline that gives today's date ('Harga Cabai Hari Ini, 3 Juli 2026') dates a story
    whose text gives none. Other days a headline names are events': a match it previews, a
    concert, a deadline, history."""
    return [
        replace(m, flags=(*m.flags, "headline"))
        for m in date_mentions(Line(0, title))
        if (m.value is not None or m.candidates) and HEADLINE_TODAY.search(title[: m.span[0]])
    ]


HEADLINE_TODAY = re.compile(r"\bhari\s+ini\W*$", re.IGNORECASE)


# A clock time with its label after a date, as a timetable writes its entries ('Kamis, 14 Agustus
# 2025 09:10 WIB: Sesi 1', 'Tanggal: Kamis, 14 Agustus 2025 Pukul: 19.30 WIB'); a story's own
# time runs on in its sentence ('Kamis (14/8/2025) pukul 10.15 WIB, polisi ...'), and a page's
# stamp names no event after its time, nor its zone ('Kamis, 14 Agustus 2025 09:15 | Penulis')
TIMETABLE_ENTRY = re.compile(
    r"\W*(?:(?:19|20)\d{2}(?=\d))?(?:pukul\s*:|\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\s*[:|]\s*[^\W\d_])",
    re.IGNORECASE,
)
ENTRY_BEFORE = 80  # characters before a day where the timetable's last entry may stand


def _a_timetables_day(mention: DateMention, text: str, following: str) -> bool:
    """A schedule's day, its events', not the story's: an entry after it on its line, or on the
    next when the day ends its line, or one before it on its line."""
    if mention.span is None:
        return False
    start, end = mention.span
    after = TIMETABLE_ENTRY.match(text, end) is not None or (
        not text[end:].strip(" .,;") and TIMETABLE_ENTRY.match(following) is not None
    )
    return after or TIMETABLE_ENTRY.search(text, max(0, start - ENTRY_BEFORE), start) is not None


def _statement_further_down(mentions: list[DateMention], texts: dict[int, str]) -> list:
    """No date near the top: the day of the first statement made to the outlet further down,
    when it is the text's latest day (an earlier one is background) and was not watched or
    seen posted elsewhere; a fact check's statements are the earlier articles it quotes."""
    latest = max((m.value for m in mentions if m.value is not None), default=None)
    for m in mentions:
        text = texts.get(m.line, "")
        if (
            m.has_weekday
            and m.span
            and m.value is not None
            and latest is not None
            and m.value >= latest
            and attributed(text, m.span[0])
            and not WATCHED.search(text[: m.span[0]][-WATCHED_REACH:])
        ):
            return [m]
    return []


FACT_CHECK = re.compile(r"\W*(?:cek\s+fakta|hoaks|\[?hoax)\b", re.IGNORECASE)
# A statement the outlet watched or saw posted elsewhere ('jelas X dilihat dari kanal Y, Minggu'):
# the day of the viewing, not of a statement. One it quoted ('dikutip dari Y, Jumat (20/6)') was
# made to someone that day, as the labels read it.
WATCHED = re.compile(r"\b(?:dilihat|diunggah|ditonton|disaksikan)\b", re.IGNORECASE)
WATCHED_REACH = 80  # characters before the date


def _text_up_to(mention: DateMention, lines: tuple[Line, ...], title: str) -> str:
    """The headline and the text up to the end of the date."""
    before = []
    for line in lines:
        if line.number == mention.line:
            before.append(line.text[: mention.span[1]] if mention.span else line.text)
            break
        before.append(line.text)
    return "\n".join([title, *before])


DATELINE_END = re.compile(r"\s*[-–—]")
DATELINE_WORDS = 4  # words before a dateline's date: the place, the outlet
# The lead's own day closes its clause: after a comma or 'pada' that does not open the sentence,
# before the sentence's end, a comma, 'di <venue>' or 'ini'.
DAY_BEFORE = re.compile(r"(?:,|\w\s+pada)\s*$")  # 'Pada' opening a sentence: background
DAY_AFTER = re.compile(r"\s*(?:[.,;]|$)|\s+(?:di|ini)\b")


def _dates_the_lead(mention: DateMention, lead: Line) -> bool:
    """A date without its weekday dates the story only in the lead, and only written as the
    lead's own day: in the dateline, before its dash ('JAKARTA, 5 Juni 2025 - ...'), or closing
    the lead's clause ('... di aula, 5 Juni 2025.', '... pada 5 Juni 2025 di aula'). Inside a
    clause ('diangkat pada 3 Maret 2025 berdasarkan', 'Pada 9 Mei 2025, ...', 'laporan 30
    Desember 2024') it is another event's on real text: a decree, a past event a profile
    recalls, a reporting period."""
    if mention.line != lead.number or not mention.span:
        return False
    start, end = mention.span
    before = lead.text[:start]
    if DATELINE_END.match(lead.text, end) and len(before.split()) <= DATELINE_WORDS:
        return True
    return DAY_BEFORE.search(before) is not None and DAY_AFTER.match(lead.text, end) is not None


PAST_AFTER = re.compile(r"\s*(?:silam|lalu)\b", re.IGNORECASE)


def _statement_in_brackets(mention: DateMention, text: str) -> bool:
    """'kata X di Padang (8/7/2025).': a statement's day in brackets, written without its
    weekday, dates the story as 'kata X, Selasa (8/7/2025)' does."""
    start, end = mention.span
    after = text[end:].lstrip()
    return (
        mention.value is not None
        and text[:start].rstrip().endswith("(")
        and after.startswith(")")
        and not PAST_AFTER.match(after, 1)  # '(3/2/2019) silam': said long ago
        and attributed(text, start)
    )


def _statement_closed(mention: DateMention, text: str) -> bool:
    """'ujar X di Jakarta, pada 16 Juni 2025.': a statement's day closing its sentence, written
    without its weekday, dates the story as one with it does."""
    start, end = mention.span
    clause = CLAUSE_END.split(text[:start])[-1].split()[-OTHER_EVENT_WORDS:]
    return (
        mention.value is not None
        and mention.method == "full"
        and STATEMENT_DAY_END.match(text, end) is not None
        and attributed(text, start)
        and not OTHER_EVENT.search(" ".join(clause))  # 'berlaku sampai 30 Juni': a deadline
    )


STATEMENT_DAY_END = re.compile(r"\s*(?:[.;]|$)")


def _latest_year(lines: tuple[Line, ...]) -> int:
    """The latest year the text writes, up to next year (a plan's 2045 is no year of writing)."""
    years = [int(y) for line in lines for y in YEAR.findall(line.text)]
    return max((y for y in years if y <= LAST_YEAR), default=0)


RECALLED_DAYS = 7  # a day this long before the story's statement is a past event's


def _not_after_a_statement(
    chosen: DateMention, candidates: list[DateMention], texts: dict[int, str]
) -> DateMention:
    """The story is not dated after a statement it reports: an event 'pada Minggu (22/6)' before
    'kata Gubernur ..., Jumat (20/6)' is still to come, and the statement's day is the story's.
    Nor more than a week before it: a day that far back is a past event the story recalls."""
    if chosen.value is None or attributed(texts.get(chosen.line, ""), chosen.span[0]):
        return chosen  # the chosen date is itself a statement's
    for mention in candidates:
        if mention is chosen or not attributed(texts.get(mention.line, ""), mention.span[0]):
            continue
        # the first statement decides; a weekday that contradicts its number is a typo, not a day
        if (
            mention.value is not None
            and (
                mention.value < chosen.value or (mention.value - chosen.value).days > RECALLED_DAYS
            )
            and "weekday-conflict" not in mention.flags
        ):
            return mention
        return chosen
    return chosen


# Cheap tests that a line may hold each form (each is implied by the form's pattern): most lines
# hold no date, and the full patterns try the weekday alternation at every character.
ANY_DIGIT = re.compile(r"\d")
DAY_MONTH = re.compile(r"\d\s+" + _MON.replace("?P<mon>", "?:"), re.IGNORECASE)  # WRITTEN
DAY_YEAR = re.compile(r"\d,?\s+(?:19|20)\d{2}")  # ENGLISH
OPEN_DAY = re.compile(r"\(\s*\d|\d\s*\)")  # NUMERIC: its bracket, opening or closing


def date_mentions(line: Line) -> list[DateMention]:
    """Every date written in one line, in order of position."""
    text = line.text
    if not ANY_DIGIT.search(text):
        return []
    found: list[tuple[int, DateMention]] = []
    taken: list[tuple[int, int]] = []
    slash = "/" in text
    for pattern, kind, possible in (
        (NUMERIC, "numeric", slash and OPEN_DAY.search(text)),
        (ENGLISH, "full", DAY_YEAR.search(text)),
        (WRITTEN, "full", DAY_MONTH.search(text)),
        (BARE_NUMERIC, "numeric", slash),
        (ISO, "numeric", "-0" in text or "-1" in text),
    ):
        if not possible:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            mention = _mention(m, kind, line.number)
            if mention is not None:
                taken.append((m.start(), m.end()))
                found.append((m.start(), mention))
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]


def _mention(m: re.Match, kind: str, line: int) -> DateMention | None:
    groups = m.groupdict()
    day = int(groups["d"])
    month = int(groups["m"]) if groups.get("m") else MONTHS[groups["mon"].lower().rstrip(".")]
    weekday = WEEKDAYS.get(groups["wd"].lower()) if groups.get("wd") else None
    text = m.group(0).strip()
    year_text = groups.get("y")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return DateMention(
            None, text, "garbled", line, weekday is not None, flags=("garbled",), span=m.span()
        )
    if year_text:
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000
            kind = "numeric-two-digit-year"
        if not FIRST_YEAR <= year <= LAST_YEAR and weekday is None:
            return None  # "17 Mei 1928", "31 Desember 2045": history or a target, never the story's day
        try:
            if not FIRST_YEAR <= year <= LAST_YEAR:
                raise ValueError(year)  # "Rabu (12/3/2205)": a typo, flagged as garbled
            value = date(year, month, day)
        except ValueError:
            return DateMention(
                None, text, "garbled", line, weekday is not None, flags=("garbled",), span=m.span()
            )
        flags = ("weekday-conflict",) if weekday is not None and value.weekday() != weekday else ()
        return DateMention(value, text, kind, line, weekday is not None, flags=flags, span=m.span())
    if weekday is None:
        return None  # "24 November" alone: too weak to date an article
    candidates = tuple(
        y for y in YEAR_WINDOW if _valid(y, month, day) and date(y, month, day).weekday() == weekday
    )
    return DateMention(
        None,
        text,
        "weekday-year",
        line,
        True,
        candidates=candidates,
        month_day=(month, day),
        span=m.span(),
    )


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
        return True
    except ValueError:
        return False
