"""Find the headline: in a bare article the first line that reads as one; in a whole page copied
with its menus, labels and sidebars, the headline line that sits next to the publication stamp,
just above the lead. Where no headline reads as one, a title is derived from the lead."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..model import Line
from .boilerplate import is_credit, is_furniture, is_page_button, photo_headline
from .byline import is_byline
from .dateline import read_dateline
from .dates import TIMETABLE_ENTRY
from .stamps import STAMP_TIME, is_stamp
from .text import first_sentence, join_fragments, line_key, page_words, title_case

MAX_TITLE_WORDS = 40
DERIVED_MAX_CHARS = 90
HEADER_SEARCH = 400  # a whole page's lead starts within its first lines, after menus and sidebars
LEAD_MIN_WORDS = 5  # 'Okezone.com - Experience The Zone' is a site's motto, not a dateline
STAMP_AFTER = (
    3  # the stamp sits on one of the lines under the headline (after a byline, a subtitle)
)
STAMP_BEFORE = 2  # or just above it ('Section · date', a stamp line, then the headline)
SHORT_WORDS = 3  # a line this short above a longer headline is a label, not the headline
PROSE_MIN_WORDS = 8
PROSE_ANY_WORDS = 30
PROSE_LONG_CHARS = 400  # more than a word in 8 characters: 50 words and more
MENU_SEPARATORS = re.compile(r"\s[|·•»/]\s")
# A photo caption or its credit: '(Foto: Antara)', '(ist)', '© KapanLagi.com', 'Foto: ...'.
PHOTO_CREDIT = re.compile(
    r"\((?:foto|photo|dok|dokumentasi|ist|istimewa|ilustrasi|sumber)\b[^)]*\)|©|\b(?:foto|photo)\s*:",
    re.IGNORECASE,
)
DOMAIN_WORD = re.compile(r"\w\.(?:com|co\.id|id|net|co)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Heading:
    """What the top of an article file holds: the headline, the lines above it and its stamp."""

    title: str
    derived: bool  # no headline line: the title was made from the lead
    body: tuple[
        Line, ...
    ]  # the lines under the headline (the stamp and a repeated headline removed)
    removed: tuple[
        Line, ...
    ]  # menus, labels, sidebar items and stamps above or beside the headline
    stamp: Line | None  # the publication stamp next to the headline
    doubts: tuple[tuple[int | None, str, str], ...] = ()  # (line, code, message) to report


def find_heading(body: tuple[Line, ...], lexicon: Lexicon) -> Heading:
    if not body:
        return Heading("", True, body, (), None)
    first = body[0]
    if first.text.startswith("# "):  # a Markdown heading
        return Heading(first.text[2:].strip(), False, body[1:], (), None)
    lead = _lead_index(body, lexicon)
    stamps = {
        i
        for i in range(min(len(body), lead + 2 * STAMP_AFTER + 1))
        if is_stamp(body[i].text)
        and not (i + 1 < len(body) and TIMETABLE_ENTRY.match(body[i + 1].text))
    }  # a day with its timetable's entries under it is no stamp
    candidates = [i for i in range(lead) if i not in stamps and _is_headline(body[i].text, lexicon)]
    if len(body) == 1 or not candidates:
        above = tuple(body[i] for i in range(lead))
        rest = body[lead:]
        stamp = next((body[i] for i in sorted(stamps) if i < lead), None)
        return Heading(
            derive_title(rest or body, lexicon),
            True,
            rest or body,
            above,
            stamp,
            _discarded_dates(above, stamp),
        )
    chosen = _choose(body, candidates, stamps, lexicon)
    near = _adjacent_stamp(chosen, stamps, body, lexicon)
    stamp_index = near[0] if near else None
    chosen, wrapped = _headline_cut_in_two(body, chosen, candidates)
    title, label = strip_headline_label(body[chosen].text)
    if wrapped is not None:
        title = f"{title} {body[wrapped].text.strip()}"
    removed = [body[i] for i in range(chosen)]
    kept = []
    for i in range(chosen + 1, len(body)):
        line = body[i]
        if (
            i in (stamp_index, wrapped)
            or (i in stamps and i <= chosen + STAMP_AFTER)
            or (i <= chosen + STAMP_AFTER and line.text == body[chosen].text)
        ):
            removed.append(line)  # the stamp, another stamp beside it, the headline printed twice
        else:
            kept.append(line)
    if label:
        removed.append(Line(body[chosen].number, label))
    stamp = body[stamp_index] if stamp_index is not None else None
    doubts = list(_discarded_dates(tuple(body[i] for i in stamps if i != stamp_index), stamp))
    if len(title.split()) == 1 or line_key(title) in page_words().menu:
        doubts.append(
            (
                body[chosen].number,
                "title-doubtful",
                f"headline '{title}' is one word or a menu/section word",
            )
        )
    return Heading(title, False, tuple(kept), tuple(removed), stamp, tuple(doubts))


def _lead_index(body: tuple[Line, ...], lexicon: Lexicon) -> int:
    """Index of the lead: the first line opening with a dateline or reading as prose."""
    for index, line in enumerate(body[:HEADER_SEARCH]):
        if _is_prose(line.text):
            return index
        following = body[index + 1].text if index + 1 < len(body) else ""
        if following[:1].islower() and _wrapped_prose(line.text):
            return index  # a paragraph cut into lines by hard wraps: its next line goes on in lower case
        dateline = read_dateline(line.text, lexicon)
        if dateline is not None and (
            not dateline.rest.strip() or len(dateline.rest.split()) >= LEAD_MIN_WORDS
        ):
            return index
    return min(len(body), HEADER_SEARCH)


def story_end(
    body: tuple[Line, ...], removed: Collection[int] = (), joined: tuple[Line, ...] | None = None
) -> int | None:
    """The number of the line where a whole page's furniture begins after its story, or None: a
    page copied whole goes on past its story with menus, tags and other stories' teasers.

    Furniture is FURNITURE_RUN lines or more in a row that are no sentence and no list's item,
    after a sentence, holding a mark of a page (a stamp, a counter, a menu word, a lone number),
    or teasers' stamps a few lines apart ('News14 Agu 2025 16:00'). Lines a sentence introduces
    with a colon ('Berikut isi unggahannya:') are quoted, and a run with no page mark is the
    story's own list ('Budi Santoso sebagai Direktur Utama'). `body` is read line by line as
    written (marks) and as sentences (runs); `removed`: the numbers of the lines already taken
    out as the page's boilerplate, which mark a page where they stood; `joined`: the body's
    `join_fragments`, when the caller has it."""
    joined = join_fragments(body) if joined is None else joined
    if sum(1 for line in joined if _maybe_no_sentence(line.text)) < 2:
        return None  # no run, no pair of stamps: most articles
    at = {line.number: i for i, line in enumerate(body)}
    taken_out = sorted(removed)
    run: list[Line] = []
    marked = told = quoted = False
    since = 0  # the number of the last sentence's line
    last_stamp = None  # (index in `body`, where its run began) of the last teaser's stamp

    def furniture_from(end: int) -> int | None:
        """Where the lines after the last sentence and before line `end` begin the furniture: a
        long run, marked by a line in it or by lines taken out around it."""
        if not told or quoted:
            return None
        if len(run) < FURNITURE_RUN:
            return None  # a 'Baca juga' block inside the story is taken out, not counted
        taken = taken_out[bisect_right(taken_out, since) : bisect_left(taken_out, end)]
        return min([run[0].number, *taken[:1]]) if marked or taken else None

    for j, line in enumerate(joined):
        if _is_prose(line.text) or _list_item(line.text):
            if (found := furniture_from(line.number)) is not None:
                return found
            told, run, marked, since = True, [], False, line.number
            quoted = line.text.rstrip().endswith(":")
            continue
        if not told:
            continue
        quoted = quoted or (not run and line.text.rstrip().endswith(":"))
        run.append(line)
        first = at.get(line.number, len(body))
        last = at.get(joined[j + 1].number, len(body)) if j + 1 < len(joined) else len(body)
        for i in range(first, last):  # the lines as written that this sentence joined
            text = body[i].text
            if _teaser_stamp(text):
                if last_stamp is not None and i - last_stamp[0] <= TEASER_LINES:
                    return last_stamp[1]
                last_stamp = (i, run[0].number)
                marked = True
            elif not marked and _marks_a_page(text, body[i - 1].text if i else ""):
                marked = True
    return furniture_from(2**31)


def _maybe_no_sentence(text: str) -> bool:
    """Cheaply, a line `_is_prose` may call no sentence: a short one, or one ending none. (A
    long line ending a sentence is taken for one here even in capitals: teasers' headlines end
    no sentence.)"""
    return len(text) < SENTENCE_CHARS or not _ends_a_sentence(text)


def _ends_a_sentence(text: str) -> bool:
    """A sentence's closing mark ends the line, a closing quote or bracket aside."""
    return text.rstrip("”\"')").endswith(SENTENCE_ENDS)


SENTENCE_CHARS = 80  # PROSE_MIN_WORDS words in lower case and more fill this many characters
SENTENCE_ENDS = (".", "!", "?", "…")


def _list_item(text: str) -> bool:
    """'1. Budi Santoso ...', '- Budi Santoso ...'; not a menu's '- Index Berita -'."""
    return LIST_ITEM.match(text) is not None and not text.rstrip().endswith(("-", "|"))


def _marks_a_page(text: str, before: str) -> bool:
    """A line only a page prints: a stamp, a counter or a share button, a menu word, a number, a
    tag ('pemutakhiran data'), an embed or a desk's initials in brackets, a teaser printed twice."""
    stripped = text.strip()
    return (
        stripped.isdigit()
        or stripped == before.strip()
        or (stripped[:1] in "[(" and stripped[-1:] in "])")
        or (len(stripped.split()) <= TAG_WORDS and stripped.islower() and stripped[-1:].isalnum())
        or line_key(stripped) in page_words().menu
        or COUNTED.search(stripped) is not None
        or is_credit(stripped)
        or is_page_button(stripped)
        or is_furniture(stripped)
    )


def _teaser_stamp(text: str) -> bool:
    """A stamp with its time, a section's name maybe glued to its day ('News14 Agu 2025 16:00');
    a schedule's day ('Jumat, 15 Agustus 2025') has none."""
    return STAMP_TIME.search(text) is not None and is_stamp(GLUED_SECTION.sub(" ", text))


TAG_WORDS = 4
COUNTED = re.compile(
    r"\b(?:dibaca|dilihat)\s+[\d.,]+\s*(?:kali|x)\b", re.IGNORECASE
)  # a teaser's hits
TEASER_LINES = 4  # a teaser: its stamp, its headline, its caption, its counter
# A section's name glued to a teaser's day: 'News14 Agu 2025 16:00', 'Showbiz14 Agu 2025'
GLUED_SECTION = re.compile(r"(?<=[a-z])(?=\d{1,2} [A-Z][a-z]{2,8} \d{4})")


FURNITURE_RUN = 6
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*])\s")


def _is_prose(text: str) -> bool:
    """A paragraph: a sentence of running text, not a headline, a menu or a caption label."""
    if len(text) > PROSE_LONG_CHARS and text.count(" ") > PROSE_LONG_CHARS // 8:
        return True  # most paragraphs: words enough seen without splitting them
    words = text.split()
    if len(words) >= PROSE_ANY_WORDS:
        return True
    if len(words) < PROSE_MIN_WORDS or not _ends_a_sentence(text):
        return False
    return _a_third_in_lower_case(words)


def _wrapped_prose(text: str) -> bool:
    """The first line of a paragraph a hard wrap cut: words enough, a third of them in lower
    case (a headline's are capitalised), and no sentence ended."""
    words = text.split()
    return (
        len(words) >= PROSE_MIN_WORDS
        and not _ends_a_sentence(text)
        and _a_third_in_lower_case(words)
    )


def _a_third_in_lower_case(words: list[str]) -> bool:
    return sum(map(str.islower, words)) * 3 >= len(words)


def _choose(
    body: tuple[Line, ...], candidates: list[int], stamps: set[int], lexicon: Lexicon
) -> int:
    """The headline among the candidate lines above the lead.

    A stamp right under a line (or right above it) marks the article's own headline; the nearer
    the stamp, the surer. Among lines marked alike (a sidebar of dated headlines above the
    article) the one nearest the lead wins. Labels ('Foto Bisnis', 'Nasional') lose to full
    headlines. Without stamps the first full headline line is the headline."""
    full = [i for i in candidates if not _is_label(body[i].text)] or candidates
    full = [i for i in full if not _page_title_of(body[i].text, body, candidates)] or full
    scored = [(_stamp_closeness(i, stamps, body, lexicon), i) for i in full]
    best = max(score for score, _ in scored)
    if best:
        return max(i for score, i in scored if score == best)
    return full[0] if full is not candidates else candidates[-1]


def _headline_cut_in_two(
    body: tuple[Line, ...], chosen: int, candidates: list[int]
) -> tuple[int, int | None]:
    """(first line, second line or None) of a headline the page broke in two at its comma
    ('Plt Kepala Dinas Dilantik,' over 'Bupati Minta ...'): two headline lines with no blank
    line between them, the first ending with a comma."""
    before = chosen - 1
    if before >= 0 and _continues(body[before], body[chosen]) and _opens_headline(body[before]):
        return before, chosen
    after = chosen + 1
    if after in candidates and _continues(body[chosen], body[after]):
        return chosen, after
    return chosen, None


def _opens_headline(line: Line) -> bool:
    """A headline's first half: its words capitalised, as a headline's are."""
    words = line.text.split()
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _continues(first: Line, second: Line) -> bool:
    return first.number + 1 == second.number and first.text.rstrip().endswith(",")


def _page_title_of(text: str, body: tuple[Line, ...], candidates: list[int]) -> bool:
    """'Bupati Lantik Camat - Brand.id' over 'Bupati Lantik Camat': the page's title, its site's
    name added; the headline is the line it repeats."""
    cut = BRAND_SUFFIX.search(text)
    return cut is not None and any(body[j].text == text[: cut.start()] for j in candidates)


BRAND_SUFFIX = re.compile(r"\s+[-|–—]\s+[\w.\-]+(?:\s[\w.\-]+)?$")


def _stamp_closeness(index: int, stamps: set[int], body: tuple[Line, ...], lexicon: Lexicon) -> int:
    """How closely a stamp follows (better) or precedes the line at `index`; 0 for none near."""
    found = _adjacent_stamp(index, stamps, body, lexicon)
    if found is None:
        return 0
    stamp, distance, after = found
    return (STAMP_AFTER + 1 - distance) * 2 + after


def _adjacent_stamp(
    index: int, stamps: set[int], body: tuple[Line, ...], lexicon: Lexicon
) -> tuple[int, int, bool] | None:
    """(stamp index, distance in lines, whether under) of the stamp nearest the line at `index`:
    under it within STAMP_AFTER lines, or above it within STAMP_BEFORE; credit lines between
    ('Penulis: ...', 'Budi - detikNews') do not count in the distance."""
    after = before = None
    distance = 0
    for i in range(index + 1, min(len(body), index + 1 + 2 * STAMP_AFTER)):
        if not is_byline(body[i].text, lexicon) or i in stamps:
            distance += 1
        if i in stamps:
            after = (i, distance, True)
            break
        if distance >= STAMP_AFTER:
            break
    distance = 0
    for i in range(index - 1, max(-1, index - 1 - 2 * STAMP_BEFORE), -1):
        if not is_byline(body[i].text, lexicon) or i in stamps:
            distance += 1
        if i in stamps:
            before = (i, distance, False)
            break
        if distance >= STAMP_BEFORE:
            break
    if after and (not before or after[1] <= before[1]):
        return after
    return before


def _is_label(text: str) -> bool:
    """A section label, menu entry or kicker: 'Sumbar', 'Politik', 'Pilkada 2024'."""
    return len(text.split()) <= SHORT_WORDS or line_key(text) in page_words().menu


def _is_headline(text: str, lexicon: Lexicon) -> bool:
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or text.endswith((",", ";", ":")):
        return False
    if _list_item(text):
        return False  # '2. Budi Santoso untuk Kabupaten Solok.': an item of a list, no headline
    if text.endswith(".") and not text.endswith(("...", "…")) and not title_case(words):
        return False  # a sentence; a headline cut short by the page keeps its ellipsis, one with a stray period its capitals
    key = line_key(text)
    if key in page_words().not_outlets:
        return False  # 'Ilustrasi', 'Dok.', 'Istimewa': a photo's credit on a line of its own
    if (
        key in page_words().share
        or MENU_SEPARATORS.search(text)
        and len(MENU_SEPARATORS.split(text)) >= 3
    ):
        return False  # share buttons, 'Home | News | Sport' menus
    if (
        not any(c.isalpha() for c in text)
        or is_byline(text, lexicon)
        or (PHOTO_CREDIT.search(text) and not photo_headline(text))
    ):
        return False  # counters, '»', page numbers, credit lines, photo captions
    domains = sum(1 for w in words if DOMAIN_WORD.search(w))
    if domains >= 2 and domains * 2 >= len(words):
        return False  # a bar of the network's sites: 'KOMPAS.COM KOMPASIANA.COM ...'
    return read_dateline(text, lexicon) is None


def strip_headline_label(text: str) -> tuple[str, str | None]:
    """('Bupati Resmikan Pasar', 'ADVERTORIAL') from 'ADVERTORIAL Bupati Resmikan Pasar' or
    'ADVERTORIAL: ...': a page's label printed in front of the headline is not part of it."""
    lowered = text.lower()
    words = page_words()
    for label in words.headline_labels + words.capital_labels:
        if lowered.startswith(label) and len(text) > len(label):
            after = text[len(label) :]
            written = text[: len(label)]
            glued = after[:1].isupper() and written.isupper()  # 'ADVERTORIALBupati ...'
            if label in words.capital_labels and not (
                glued or (written.isupper() and after[:1] == " ")
            ):
                continue
            if after[:1] in " :|-–—" or glued:
                rest = after.lstrip(" :|-–—")
                if len(rest.split()) >= 2:
                    return rest, written
    return text, None


def _discarded_dates(
    lines: tuple[Line, ...], used: Line | None
) -> tuple[tuple[int | None, str, str], ...]:
    """A stamp-like line that was not taken as the article's date is reported, once per article."""
    others = [
        line
        for line in lines
        if line is not used and is_stamp(line.text) and (used is None or line.text != used.text)
    ]
    if not others:
        return ()
    first = others[0]
    more = f" and {len(others) - 1} more" if len(others) > 1 else ""
    return (
        (
            first.number,
            "date-line-discarded",
            f"date line '{first.text}'{more} above the article was not used as its date",
        ),
    )


def derive_title(body: tuple[Line, ...], lexicon: Lexicon) -> str:
    """The lead's first sentence, after the dateline, cut at a word boundary."""
    lead = body[0].text
    dateline = read_dateline(lead, lexicon)
    if dateline is not None:
        lead = dateline.rest
        if not lead.strip() and len(body) > 1:  # the dateline stood on its own line
            lead = body[1].text
    sentence = first_sentence(lead).strip()
    sentence = sentence[:1].upper() + sentence[1:]
    if len(sentence) <= DERIVED_MAX_CHARS:
        return sentence.rstrip(".")
    cut = sentence[:DERIVED_MAX_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:(")
    return cut + "…"
