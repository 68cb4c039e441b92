"""Read the dateline that opens a news lead: the outlet and the place the story was filed from.

Shapes handled: "Outlet – Place, ...", "Place, Outlet –", "PLACE, outlet -", "Place (Outlet) –",
"OUTLET (Place)", "Outlet, PLACE —", "Place | Outlet –", "Outlet –" alone and "Liputan6.com, Jakarta".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon
from ..model import Line, Outlet
from .common_words import in_dictionary, is_common_word
from .outlets import DOMAIN, is_domain, known_outlet, make_outlet
from .stamps import is_stamp
from .text import DASHES, ITEM_START, line_key, page_words, tokens_with_spans

# the lookahead fails at once where no space or dash stands (most characters), before \s* is tried
DASH = re.compile(r"(?=[\s\-–—‒―])\s*(?:—–|–—|-{2,}|[–—‒―]+|\s-\s|-(?=\s|$)|\s-(?=[A-Z“\"]))\s*")
NO_DASH_DATELINE = re.compile(
    r"^([\w\-]+(?:\.[\w\-]+)*\.(?:com|id|co|net|co\.id))\s*,\s*([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})[\s,]+(?=\S)"
)
SPLIT_OUTLET = re.compile(r"^,\s*[\w.\-]+\s*[-–—]+\s*$")  # ', KOMPAS.com -' under the place
GLUED_PLACE = re.compile(r"^([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[A-Z])")
# 'JAKARTA-Pemerintah', 'Kompas.com,Jakarta-Pemerintah', 'REPUBLIKA.CO.ID, BANDUNG--Sekretaris': no space around the dash.
GLUED_DASH = re.compile(r"^([^\s\-–—][^\-–—]{1,60}?)(?:-{1,2}|[–—])(?=[A-Z“\"])")
PLACE_THEN_OUTLET = re.compile(r"^\(([^()]{2,40})\)\s*[-–—]+\s*([\w.\-]{2,40}?)\.?\s+(?=[A-Z])")
PIPED = re.compile(
    r"^([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2})\s*\|\s*([A-Za-z][\w.\-]{1,40})\s*\|\s*(?=[A-Z“\"])"
)
STANDALONE = re.compile(
    r"^([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s*,\s*([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s*[-–—]?\s*$"
)
LEADING_PLACE = re.compile(r"^([A-Z][\w'’.\-]*(?:\s+[A-Z0-9][\w'’.\-]*){0,3})\s*,\s*")
WEEKDAYS = {
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "jum’at",
    "sabtu",
    "minggu",
    "ahad",
}


@dataclass(frozen=True, slots=True)
class Dateline:
    outlet: Outlet | None
    outlet_written: str | None
    place: str | None
    rest: str  # the lead after the dateline


@lru_cache(maxsize=256)  # the headline search and the dateline search read the same first lines
def read_dateline(lead: str, lexicon: Lexicon) -> Dateline | None:
    """The dateline at the start of `lead`, or None when the line does not open with one."""
    if is_stamp(lead):
        return None  # 'Selasa, 10 Juni 2025 - 21:40 WIB', 'Kompas.com - 10/06/2025': a stamp, not a lead
    glued_dash = _glued_dash_dateline(lead, lexicon)
    if glued_dash is not None:
        return glued_dash
    match = _dateline_dash(lead)
    if match:
        prefix = lead[: match.start()].strip(" ,")
        rest = lead[match.end() :]
        parsed = _split_prefix(prefix, lexicon)
        if parsed is not None:
            outlet_text, place = parsed
            if (
                lead.startswith(",")
                and place is None
                and outlet_text
                and not known_outlet(outlet_text, lexicon)
            ):
                outlet_text, place = (
                    None,
                    outlet_text,
                )  # ', Washington D.C -': the outlet's link was lost, its comma is left
            if place is None and outlet_text:
                place, rest = _leading_place(rest, lexicon)
            unknown_place = (
                outlet_text is None and place is not None and not _is_place(place, lexicon)
            )
            unknown_outlet = (
                place is None
                and not is_domain(outlet_text or "")
                and not known_outlet(outlet_text or "", lexicon)
            )
            if (unknown_place or unknown_outlet) and len(rest.split()) < 8:
                return None  # 'Netralitas ASN – Bupati Ingatkan ...' is a headline, not a dateline
            if unknown_place and (place or "").lower() in page_words().headline_labels:
                return None  # 'Advertorial - Bupati Lantik ...': a label over a headline
            return _dateline(outlet_text, place, rest, lexicon)
    piped = PIPED.match(lead) if "|" in lead else None
    if piped and _is_place(piped.group(1), lexicon):  # 'GARUT | Brand | Wakil Bupati ...'
        return _dateline(piped.group(2), piped.group(1), lead[piped.end() :], lexicon)
    glued = PLACE_THEN_OUTLET.match(lead)
    if glued and _is_place(glued.group(1), lexicon):  # '(Arosuka)-Kominfo. Pemerintah ...'
        return _dateline(glued.group(2), glued.group(1), lead[glued.end() :], lexicon)
    alone = STANDALONE.match(lead)
    if alone and _is_place(
        alone.group(1), lexicon
    ):  # newspaper style: 'PAYAKUMBUH, METRO' on its own line
        return _dateline(alone.group(2), alone.group(1), "", lexicon)
    match = NO_DASH_DATELINE.match(lead)
    if match:
        glued = GLUED_PLACE.match(match.group(2))
        if glued and _is_place(
            glued.group(1), lexicon
        ):  # 'Liputan6.com, JakartaKementerian ...': the dash was lost
            start = match.start(2) + glued.end(1)
            return _dateline(match.group(1), glued.group(1), lead[start:], lexicon)
        words = match.group(2).split()
        for n in range(
            len(words), 0, -1
        ):  # 'Liputan6.com, Jakarta Badan ...': the longest known place
            place = " ".join(words[:n])
            if _is_place(place, lexicon):
                start = lead.index(place, match.start(2)) + len(place)
                return _dateline(match.group(1), place, lead[start:].lstrip(" ,"), lexicon)
        cut = _place_glued_to_a_word(words[0], lexicon)
        if cut:  # 'Liputan6.com, Jakartakisah ...': the dash and the space were lost
            start = match.start(2) + cut
            return _dateline(match.group(1), words[0][:cut], lead[start:], lexicon)
    return None


def _place_glued_to_a_word(word: str, lexicon: Lexicon) -> int:
    """Where a known place ends in `word` when an everyday word in lower case is glued to it
    ('Jakartakisah'); 0 when none does. A place's own longer name ('Padangpanjang') is read
    before this is asked."""
    for cut in range(len(word) - 3, 3, -1):
        tail = word[cut:]
        if tail.islower() and in_dictionary(tail) and _is_place(word[:cut], lexicon):
            return cut
    return 0


def read_split_dateline(
    first: str, second: str, lexicon: Lexicon, third: str = ""
) -> Dateline | None:
    """A dateline whose dash went to the next line ('Jakarta' / '- Kehadiran ...'), or whose dash
    has a line of its own ('Jakarta' / '-' / the lead), as pages scraped with the place in a tag
    of its own print it."""
    if len(first.split()) <= 4 and SPLIT_OUTLET.match(second) and third:
        return read_dateline(
            f"{first}{second.rstrip()} {third}", lexicon
        )  # 'JAKARTA' / ', KOMPAS.com -' / the lead
    if (
        first.endswith(",")
        and len(first.split()) <= 4
        and _is_place(first[:-1], lexicon)
        and not second.startswith(("-", "–", "—"))
    ):
        joined = read_dateline(f"{first} {second}", lexicon)  # 'SIGI,' / 'BRAND.COM – the lead'
        return joined if joined is not None and joined.outlet is not None else None
    if len(first.split()) > 4 or not second.startswith(("-", "–", "—")):
        return None
    if second.strip(DASHES + " ") == "":
        if not third:
            return None
        second = second.strip() + " " + third
    return read_dateline(first + " " + second, lexicon)


LEAD_SEARCH = (
    10  # the dateline opens one of the first lines of the body (after bylines, stamps, captions)
)
LONG_LEAD_WORDS = 8  # a dateline further down must open a lead of this many words at least
CONTENTS_ITEM_WORDS = 6  # an item of a table of contents is a short line
SPLIT_LEAD_LINES = 12
PROSE_LINE_WORDS = 25  # a line this long is prose: a lead, or a photo's long caption
PROSE_LINES_BEFORE_LEAD = 2  # two such lines: the story began without a dateline


def find_dateline(body: tuple[Line, ...], lexicon: Lexicon) -> tuple[Dateline | None, int]:
    """The dateline opening one of the first lines of `body`, and the index of its line.

    A table of contents ('Daftar Isi' and its items) between the headline and the lead lengthens
    the search by its items."""
    search = LEAD_SEARCH
    for index, line in enumerate(body[:LEAD_SEARCH]):
        if _is_contents_label(line.text):
            items = 0
            while (
                index + 1 + items < len(body)
                and len(body[index + 1 + items].text.split()) <= CONTENTS_ITEM_WORDS
            ):
                items += 1
            search = LEAD_SEARCH + items
            break
    prose_lines = 0
    for index, line in enumerate(body[:search]):
        if prose_lines >= PROSE_LINES_BEFORE_LEAD:
            break  # 'X - ...' below the story's first paragraphs is a list's, not a dateline
        if index and ITEM_START.match(line.text):
            continue  # '1. Jalan A - Kampung B': an item of a list, no dateline
        dateline = read_dateline(line.text, lexicon)
        if dateline is None and index + 1 < len(
            body
        ):  # 'Jakarta' / '- Kehadiran ...', 'Jakarta' / '-' / 'Kehadiran ...'
            # the lead after a dash line of its own may be cut into lines by its links: read a few
            third = _lead_words(body[index + 2 : index + 2 + SPLIT_LEAD_LINES])
            dateline = read_split_dateline(line.text, body[index + 1].text, lexicon, third)
        if dateline is not None and (
            index < 2 or len(dateline.rest.split()) >= LONG_LEAD_WORDS or not dateline.rest
        ):
            return dateline, index
        prose_lines += len(line.text.split()) >= PROSE_LINE_WORDS
    return None, 0


def _is_contents_label(text: str) -> bool:
    """'Daftar Isi' on a line of its own. A line whose first word does not open with a label's
    first word is none, and its key (the whole line lowered, spaces folded) is not made."""
    first = text.split(None, 1)[:1]
    if not first or not first[0].lower().startswith(_contents_first_words()):
        return False
    return line_key(text) in page_words().contents


@lru_cache(maxsize=1)
def _contents_first_words() -> tuple[str, ...]:
    return tuple(label.split()[0] for label in page_words().contents if label.split())


def _lead_words(lines: tuple[Line, ...]) -> str:
    """The lead's first words, read across the short lines its links cut it into."""
    taken: list[str] = []
    for line in lines:
        taken.append(line.text)
        if sum(len(t.split()) for t in taken) >= LONG_LEAD_WORDS:
            break
    return " ".join(taken)


def _glued_dash_dateline(lead: str, lexicon: Lexicon) -> Dateline | None:
    """'JAKARTA-Pemerintah ...', 'Tempo.co,Jakarta-Komisi ...', 'REPUBLIKA.CO.ID, BANDUNG--Sekda ...':
    a dash with no space around it closes a dateline only after a known place written in capitals
    or after the outlet (a domain alone too: 'KOMPAS.com-Perusahaan ...'), or when doubled;
    'Padang-Painan kini ...' is a route."""
    match = GLUED_DASH.match(lead)
    if not match:
        return None
    parts = [p.strip() for p in match.group(1).split(",")]
    doubled = lead[match.end(1) : match.end()] == "--"
    if (
        len(parts) == 2
        and not _is_place(parts[-1], lexicon)
        and (is_domain(parts[-1]) or known_outlet(parts[-1], lexicon))
    ):
        parts.reverse()  # 'JAKARTA, KOMPAS.com-Bank ...': the place first, the outlet glued to the dash
    elif len(parts) == 2 and (doubled or parts[1][:1] == "(") and _is_place(parts[0], lexicon):
        # 'PADANG PANJANG, METRO--Wali ...', 'Bukittinggi, (Brand)-Wali ...': a doubled dash or a
        # bracketed brand closes a dateline whose place comes first, whatever the brand's name
        brand = parts[1].strip("()")
        if brand and not _is_sentence(brand):
            return _dateline(brand, parts[0], lead[match.end() :], lexicon)
    place = parts[-1]
    if len(parts) == 1 and not _is_place(place, lexicon) and is_domain(place):
        return _dateline(place, None, lead[match.end() :], lexicon)  # 'KOMPAS.com-Perusahaan ...'
    if len(parts) > 2 or not _is_place(place, lexicon):
        return None
    outlet = parts[0] if len(parts) == 2 else None
    if outlet is not None and not (is_domain(outlet) or known_outlet(outlet, lexicon)):
        return None
    if outlet is None and not place.isupper() and not doubled:
        return None
    return _dateline(outlet, place, lead[match.end() :], lexicon)


def _dateline_dash(lead: str) -> re.Match | None:
    """The dash closing a dateline: spaced ('Solok –'), glued to a domain ('Ovumnews.com–'), or
    ending the line."""
    for match in DASH.finditer(lead, 0, 110):
        if match.start() == 0:
            continue
        spaced = match.group() != match.group().strip()
        ends = not lead[match.end() :].strip()  # 'TEMPO.CO,Jakarta-' alone: the lead was lost
        if spaced or ends or DOMAIN.match(lead[: match.start()].split()[-1].strip(",")):
            return match
    return None


def _split_prefix(prefix: str, lexicon: Lexicon) -> tuple[str | None, str | None] | None:
    """(outlet, place) written before the dash, or None when the prefix is a sentence, not a dateline."""
    if not prefix or len(prefix) > 80 or len(prefix.split()) > 7:
        return None
    paren = re.fullmatch(r"(.*?)\s*,?\s*\(([^()]+)\)\s*", prefix)
    if paren and DAY_WRITTEN.fullmatch(paren.group(2).strip()):
        # 'Mamuju (17/3) –', 'Sintang, Kamis (12/3/2026) –': the day, no brand
        return None, WEEKDAY_AFTER.sub("", paren.group(1)).strip(" ,") or None
    if paren:
        outside, inside = paren.group(1).strip(" ,"), paren.group(2).strip()
        if not outside:
            return (None, inside) if _is_place(inside, lexicon) else (inside, None)
        if is_domain(outside) or known_outlet(outside, lexicon):
            return outside, inside
        return inside, _strip_date(outside)
    parts = [p.strip() for p in re.split(r"\s*[,|]\s*", prefix) if p.strip()]
    if len(parts) == 2 and DAY_WRITTEN.fullmatch(parts[1]):
        return None, parts[0]  # 'Sintang, 12 Maret 2026 –': the place and its day
    if len(parts) == 2 and _lower_case_brand(parts[1]):
        place = parts[0].title() if parts[0].islower() else parts[0]  # 'banda aceh, brand –'
        if _is_place(place, lexicon):
            return parts[1], place  # 'Padang, sumbarkita –': a brand written in lower case
    if not parts or any(_is_sentence(p) for p in parts):
        return None
    if len(parts) == 1:
        part = parts[0]
        glued = PLACE_GLUED_TO_BRAND.fullmatch(part)
        if glued and _is_place(glued.group(1), lexicon):
            return glued.group(2), glued.group(1)  # 'PADANGKlikpositif': the space was lost
        if _is_label(part) and not known_outlet(part, lexicon) and not _is_place(part, lexicon):
            return None  # a label, unless the whole of it is a place ('PADANG PARIAMAN –')
        if is_domain(part) or known_outlet(part, lexicon):
            return part, None
        if _is_place(part, lexicon) or not _brand_like(part):
            return None, part  # 'LONDON –', 'Alahan Panjang –': a place the lexicon need not know
        return part, None
    first, last = parts[0], parts[-1]
    for outlet, place in ((first, ", ".join(parts[1:])), (last, ", ".join(parts[:-1]))):
        if is_domain(outlet) or (known_outlet(outlet, lexicon) and not _is_place(outlet, lexicon)):
            return outlet, place  # 'Liputan6.com, Washington, DC': the place keeps both parts
    if _is_place(first, lexicon) and not _is_place(last, lexicon):
        return last, first
    if _is_place(last, lexicon) and not _is_place(first, lexicon):
        return first, last
    if first.isupper() and not last.isupper():
        return last, first
    return last, first


# a day written where a dateline's brand may stand: '17/3', '12/3/2026', '12 Maret 2026'
DAY_WRITTEN = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?")
WEEKDAY_AFTER = re.compile(r"\s*,?\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)$")
PLACE_GLUED_TO_BRAND = re.compile(r"([A-Z]{3,}(?: [A-Z]{3,})*)([A-Z][a-z][\w.]*)")


def _brand_like(text: str) -> bool:
    """Written as a brand, not a place: a domain, camel case ('TABIRkota', 'detikNews'), a digit
    ('Liputan6') or a dot; 'LONDON' and 'Alahan Panjang' are places."""
    return bool(re.search(r"[\d.]|[a-z][A-Z]|^[A-Z]{2,}[a-z]", text))


def _strip_date(text: str) -> str:
    """'SURABAYA, 14 Agustus 2025', 'Jakarta, 10/6': the place without the day written after it."""
    return WRITTEN_DAY_AFTER.sub(
        "", re.sub(r"\s*,?\s*\d{1,2}/\d{1,2}(/\d{2,4})?$", "", text)
    ).strip()


WRITTEN_DAY_AFTER = re.compile(r"\s*,\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}$")


def _is_sentence(part: str) -> bool:
    """A lower-case word (not a domain, not a brand like 'detikNews' or a misread 'lBC') means the
    text before the dash is prose, not a dateline."""
    for word in part.split():
        if (
            word[:1].islower()
            and not is_domain(word)
            and word not in ("se", "dan")
            and not re.search(r"[A-Z]", word)
        ):
            return True
    return False


def _lower_case_brand(part: str) -> bool:
    """One word in lower case that no dictionary holds ('sumbarkita'); 'kemarin' is prose."""
    return part.isalnum() and part.islower() and not in_dictionary(part)


def _is_label(part: str) -> bool:
    """A section label glued to the lead ('PILKADA FAKFAK 2024 –'): a year or a menu word opens or closes it."""
    words = part.split()
    menu = page_words().menu
    return bool(re.fullmatch(r"(?:19|20)\d{2}", words[-1])) or (
        len(words) > 1 and (words[0].lower() in menu or part.lower() in menu)
    )  # 'INFO NASIONAL –': a paid channel's label, the whole of it a menu entry


def _is_place(text: str, lexicon: Lexicon) -> bool:
    """Whether the whole of `text` names a known place (region, capital, town)."""
    hits = lexicon.places.scan(text)
    if not hits:
        return False
    start, end, _ = hits[0]
    toks = tokens_with_spans(text)
    return len(hits) == 1 and start == toks[0][1] and end == toks[-1][2]


def _leading_place(rest: str, lexicon: Lexicon) -> tuple[str | None, str]:
    """'Solok, Rapat koordinasi ...' after 'Outlet –': the place is the first comma-ended phrase."""
    match = LEADING_PLACE.match(rest)
    if not match:
        return None, rest
    phrase = match.group(1)
    words = phrase.split()
    if _is_place(phrase, lexicon) or (
        len(words) <= 3
        and not any(w.lower().strip(".") in WEEKDAYS for w in words)
        and not _names_office(phrase, lexicon)
        and not _opens_with_a_name_or_word(phrase, lexicon)
    ):
        return phrase, rest[match.end() :]
    return None, rest


def _opens_with_a_name_or_word(phrase: str, lexicon: Lexicon) -> bool:
    """'Outlet - Budi Santoso, ...' and 'Outlet - Pelatih Tim X, ...' open the lead with its
    subject, not a place: a known given name or a derived everyday word that opens no known
    place."""
    toks = tokens_with_spans(phrase)
    if not toks or lexicon.places.match_at(toks, 0) or lexicon.foreign_places.match_at(toks, 0):
        return False
    first = toks[0][0]
    # a derived word ('Pelatih', 'Penyerang'): places' names are roots ('Tanjung', 'Muara')
    return first in lexicon.name_tokens or (is_common_word(first) and not in_dictionary(first))


def _names_office(phrase: str, lexicon: Lexicon) -> bool:
    toks = tuple(t for t, _, _ in tokens_with_spans(phrase))
    return any(toks[: len(h)] == h for h in lexicon.heads) or any(
        toks[: len(a)] == a for a in lexicon.acting
    )


MISREAD_CAPITAL_I = re.compile(r"^l(?=[A-Z]{2,}\b)")  # 'lBC' for 'IBC': a capital I typed as l


def _dateline(outlet_text: str | None, place: str | None, rest: str, lexicon: Lexicon) -> Dateline:
    if outlet_text:
        outlet_text = MISREAD_CAPITAL_I.sub("I", outlet_text)
    publisher = outlet_text
    if outlet_text and "/" in outlet_text and not is_domain(outlet_text):
        first = outlet_text.split("/")[0].strip()
        if known_outlet(first, lexicon):
            publisher = first  # 'Antara/PRNewswire': a release the agency published
    outlet = make_outlet(publisher, lexicon) if publisher else None
    return Dateline(outlet, outlet_text, display_place(place) if place else None, rest)


def display_place(place: str) -> str:
    """'SOLOK' -> 'Solok'; places written in mixed case keep their spelling."""
    place = place.strip(" ,.")
    if place.isupper():
        return " ".join(
            w if re.fullmatch(r"[IVX]+", w) else "-".join(p.capitalize() for p in w.split("-"))
            for w in place.split()
        )
    return place
