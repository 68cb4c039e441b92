"""Publication stamps: the line a page prints under its headline with the day (and often the
time) it was published, told from a sentence or a headline that names a date."""

from __future__ import annotations

import re

from ..model import DateFound, Line
from .date_years import DateMention, resolve_year
from .dates import ANY_DIGIT, WEEKDAYS, date_mentions
from .text import page_words

# A publication stamp: a short line that holds a dated day (with its year) and otherwise only a
# time, a zone, separators, stamp words ("Diperbarui", "Jurnalis", "Views"), counters and a few
# capitalised words (the outlet, the author, a section): "Jumat, 13 Oktober 2023 | 08:44 WIB",
# "Kompas.com - 27/03/2024, 06:16 WIB", "Nasional · Diperbarui 09 Jun 2025, 22:57 WIB".
STAMP_MAX_CHARS = 120
STAMP_MAX_OTHER_WORDS = 4
STAMP_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?!\d)")
STAMP_SEPARATOR = re.compile(r"[|·•/–—]|\s-\s|-$|^\s*-|\d\s*-")
# '(Antara/PRNewswire) --': an outlet in brackets closed by a dateline's dash, which no stamp
# writes: 'SURABAYA, 14 Agustus 2025 (Antara/PRNewswire) --' is a dateline with its day
OUTLET_THEN_DASH = re.compile(r"\([^()\d]+\)\s*[-–—]+(?:\s|$)")
STAMP_TOKEN = re.compile(r"[^\W\d_][\w.'’+\-]*")


def is_stamp(text: str) -> bool:
    """Whether a line is a publication stamp, not a sentence or a headline that names a date.

    Words besides the date are allowed when the line also has a time, a weekday, a stamp word or
    a separator: 'Jadwal Pilkada 27 November 2024' is a headline, 'Nasional · 10 Juni 2025' a stamp."""
    if len(text) > STAMP_MAX_CHARS or not ANY_DIGIT.search(text) or OUTLET_THEN_DASH.search(text):
        return False
    dated = [m for m in date_mentions(Line(0, text)) if _dated(m)]
    if not dated:
        return False
    rest = text
    for mention in reversed(dated):
        rest = rest[: mention.span[0]] + " " + rest[mention.span[1] :]
    timed = bool(STAMP_TIME.search(rest))
    rest = STAMP_TIME.sub(" ", rest)
    stamp_words = page_words().stamp
    others, marked, weekday = [], timed, any(m.has_weekday for m in dated)
    for token in STAMP_TOKEN.findall(rest):
        folded = token.lower().strip(".-")
        if folded in stamp_words:
            marked = True
        elif folded in WEEKDAYS:
            weekday = True
        elif folded:
            others.append(token)
    if len(others) > STAMP_MAX_OTHER_WORDS or any(not _name_like(t) for t in others):
        return False
    if all(m.value is None for m in dated) and not (timed and weekday):
        return False  # 'Sabtu, 7 Maret | 13:20 WIB': a day without its year stamps with both
    if not others or marked or (weekday and len(others) == 1):
        return True
    return bool(STAMP_SEPARATOR.search(rest))


def _dated(mention: DateMention) -> bool:
    """A day with its year, or a weekday's day whose year the weekday narrows down."""
    return mention.value is not None or (mention.has_weekday and bool(mention.candidates))


def _name_like(token: str) -> bool:
    """A capitalised word, a domain or a brand written in camel case ('detikSumbagsel')."""
    return token[0].isupper() or "." in token or any(c.isupper() for c in token[1:])


def stamp_date(line: Line, text: str = "") -> DateFound | None:
    """The date of a publication stamp line, or None. A stamp without its year takes the one
    its weekday and the years `text` (the story) writes agree on."""
    if not is_stamp(line.text):
        return None
    for mention in date_mentions(line):
        if mention.value is not None:
            return DateFound(mention.value, mention.text, "published", line.number, mention.flags)
        if text and _dated(mention):  # a weekday's day without its year
            found = resolve_year(mention, text)
            if found.value is not None:
                return DateFound(found.value, mention.text, "published", line.number, mention.flags)
    return None
