"""Text primitives shared by the extractors: lines with their numbers, words with their offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter

import yaml

from ..model import Line

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
HAS_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
OTHER_SPACE = re.compile(
    r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)  # a space of SPACES that is not ' '

DASHES = "-–—‒―"


def clean_line(text: str) -> str:
    """One line with invisible characters removed and runs of spaces (NBSP too) folded."""
    if text.isascii():  # NFC and the invisible characters leave ASCII alone; single spaces stay
        return (SPACES.sub(" ", text) if "\t" in text or "  " in text else text).strip()
    text = unicodedata.normalize("NFC", text)
    if HAS_INVISIBLE.search(text):
        text = text.translate(INVISIBLE)
    if "  " in text or OTHER_SPACE.search(text):  # else every run of spaces is one ' ' already
        text = SPACES.sub(" ", text)
    return text.strip()


def split_lines(text: str, first_line: int = 1) -> tuple[Line, ...]:
    """Non-empty lines of `text`, numbered as in the file."""
    out = []
    for offset, raw in enumerate(text.split("\n")):
        cleaned = clean_line(raw)
        if cleaned:
            out.append(Line(first_line + offset, cleaned))
    return tuple(out)


# A line that ends a sentence, a quote or a clause; a paragraph's last line ends so
LINE_END = re.compile(r"[.!?:;\"”“']\s*$")  # the plain form of `ends_a_line`
LINE_END_MARKS = frozenset(".!?:;\"”“'")


def ends_a_line(text: str) -> bool:
    """A sentence's or a clause's end mark closes the text (spaces after it aside): LINE_END, as
    one look at the last character rather than a search through the whole line."""
    return text.rstrip()[-1:] in LINE_END_MARKS


# A line that opens a list item or a bullet: an item of its own, never a fragment
ITEM_START = re.compile(r"^(?:[-•*–·▪]\s*|\d{1,2}[.)]\s|\d{1,2}\s+(?=[A-Z]))")
BRACKETED = re.compile(r"^\(.*\)$")  # a line in brackets is whole ('(abc/def)', a caption)
FRAGMENT_WORDS = 4  # a line this short inside a sentence is a link's text or the words between


def join_fragments(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Sentences a scraped page broke around its links ('ditujukan kepada Presiden' / 'Prancis' /
    'Emmanuel Macron' / 'dan Putra Mahkota'), or a copy hard-wrapped, as one line each again: an
    office on one line and its holder's name two lines down are one phrase. A line joins the one
    before it when that one ends no sentence and either is a fragment (a few words) or is
    continued by one (a fragment, or a line that opens in lower case or with a comma or a
    bracket). The joined line keeps the first line's number."""
    out: list[Line] = []
    wrapped = _hard_wrapped(lines)
    last = -1  # the number of the last line joined into out[-1]
    for line in lines:
        if out and (
            _continues(out[-1].text, line.text)
            or (wrapped and line.number == last + 1 and _wrapped_inside(out[-1].text, line.text))
        ):
            previous = out[-1]
            glue = "" if line.text[:1] in ",.;:)" or previous.text.endswith("(") else " "
            out[-1] = Line(previous.number, previous.text + glue + line.text)
        else:
            out.append(line)
        last = line.number
    return tuple(out)


WRAP_WIDTH = 100  # a copy hard-wrapped has few lines longer than this (one in LONG_SHARE of its
# lines longer than half of it: a page's menus and labels do not count) ...
LONG_SHARE = 10
WRAPPED_ENDS = (
    3  # ... and this many lines at least that end inside a sentence, the next line under them
)


def _hard_wrapped(lines: tuple[Line, ...]) -> bool:
    """A copy whose paragraphs a hard wrap cut into lines ('... dipimpin Kapolres X AKBP' /
    'Budi Santoso, Senin' / '(2/2/2026).'): every line short, and lines that end inside a
    sentence with the paragraph going on right under them. Scraped pages, a line a paragraph,
    have long lines."""
    if len(lines) < WRAPPED_ENDS + 1:
        return False
    long_lines, most = 0, len(lines) // LONG_SHARE
    for line in lines:  # a scraped page's first long lines end the count
        if len(line.text) > WRAP_WIDTH:
            long_lines += 1
            if long_lines > most:
                return False
    prose = sum(len(line.text) > WRAP_WIDTH // 2 for line in lines) if long_lines else 0
    if long_lines > prose // LONG_SHARE:
        return False  # a line or two longer: a headline or caption pasted inside the wrapped text
    inside = 0
    for a, b in zip(lines, lines[1:]):
        if a.number + 1 == b.number and len(a.text) > WRAP_WIDTH // 2 and not ends_a_line(a.text):
            inside += 1
            if inside >= WRAPPED_ENDS:
                return True
    return False


def _wrapped_inside(before: str, text: str) -> bool:
    """In a hard-wrapped copy, the line under one that ends inside a sentence goes on with it,
    unless it opens an item of a list."""
    return not ends_a_line(before) and not ITEM_START.match(text)


def _continues(before: str, text: str) -> bool:
    stripped = before.rstrip()
    end = stripped[-1:]
    if end in LINE_END_MARKS:  # a sentence's end, unless a title or a quote ends the line
        if end == ".":  # 'Bupati X, Drs.' / 'Budi Santoso, M.Si.': a wrap after the title
            return bool(
                before.endswith(TITLE_ENDINGS)
                and TITLE_AT_END.search(before, max(0, len(before) - 8))
                and text[:1].isupper()
            )
        # '“…,”' / 'kata Nurul.': the attribution under its quote
        return text[:1].islower() and stripped.endswith(CLOSING_QUOTES)
    if ITEM_START.match(text) or BRACKETED.match(before):
        return False
    if NAME_TAIL.match(text) and before[-1:].isalpha():
        return True  # 'Sekda Budi' / 'Santoso, S.H., M.Si, ...': a name cut by a hard line wrap
    if before.islower() and text.islower():
        return False  # a page's tags ('gubernur banten' / 'pemprov banten'): a list, no sentence
    if text[:1].islower() or text[:1] in ",.;:)":
        return True
    if ITEM_START.match(before):
        return False  # '5. Budi Santoso' is a whole item; the sentence after it is not its text
    return before.count(" ") < FRAGMENT_WORDS or text.count(" ") < FRAGMENT_WORDS


CLOSING_QUOTES = ("”", ',"', '."', '!"', '?"')  # a straight mark closes after punctuation
# a title written before a name, ending a line: its name opens the next ('..., Drs.' / 'Budi');
# '1446 H.' is a year of the Hijra
TITLE_WORDS = (
    "Drs",
    "Dra",
    "Dr",
    "Hj",
    "H",
    "Ir",
    "Prof",
    "drg",
    "drh",
    "dr",
    "KH",
    "Tgk",
    "Pdt",
    "Rd",
)
TITLE_ENDINGS = tuple(f"{word}." for word in TITLE_WORDS)  # sought first, at the line's end
TITLE_AT_END = re.compile(r"(?:^|[\s,])(?<!\d\s)(?:" + "|".join(TITLE_WORDS) + r")\.$")
# A name's last word and its degrees opening a line: 'Santoso, S.H., M.Si', 'Santoso, SE, MM'
NAME_TAIL = re.compile(
    r"[A-Z][a-z']+,\s*(?:[SDM]\.\s?[A-Z]|Dr\.?\s|Drs\.?\s|Ir\.?\s|S[HE],|M[MH],|MSi\b|SSTP\b|S\.?STP\b)"
)


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a line: `text` as written (a trailing dot kept), with its character span."""

    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


WORD = re.compile(r"[\w’'`]+(?:[.\-/’'][\w’']+)*\.?|[^\w\s]", re.UNICODE)


def words(text: str) -> list[Word]:
    """Words and punctuation marks of a line, in order."""
    return [Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII form used for comparing names: 'Akbar  ALI' -> 'akbar ali'."""
    if text.isascii():  # no decomposition or accents to drop; ’ is not ASCII
        return " ".join(FOLD_WORD.findall(text.lower().replace("'", "").replace("`", "")))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'`]", "", text.lower())
    return " ".join(FOLD_WORD.findall(text))


FOLD_WORD = re.compile(r"[a-z0-9]+")


NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")  # a letter or digit outside ASCII


def may_hold(text: str, stems: tuple[str, ...]) -> bool:
    """False only when none of `stems` (lower-case ASCII) is written in `text` in any case: a cheap
    look before a case-blind search for words that hold them. Where every letter is ASCII, lower()
    compares exactly as the search does; elsewhere (a long s, a dotted I) the answer is True."""
    if not (text.isascii() or not NON_ASCII_WORD_CHAR.search(text)):
        return True
    lowered = text.lower()
    return any(stem in lowered for stem in stems)


def words_pattern(words) -> str:
    """A regex group matching any of `words`, written as a trie ('me(?:minta|nilai)'): the regex
    engine tries the branches of an alternation one by one at every position of a line, so a
    shared prefix is compared once instead of once per word. It matches the same words as
    `(?:w1|w2|...)`; of two words that both fit ('menyebut', 'menyebutkan') the longer is tried
    first, so follow it with what settles which one is meant (a word boundary)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branches(node: dict) -> str:
        alternatives = [
            re.escape(char) + branches(child) for char, child in sorted(node.items()) if char
        ]
        if not alternatives:
            return ""
        body = (
            alternatives[0]
            if len(alternatives) == 1 and "" not in node
            else "(?:" + "|".join(alternatives) + ")"
        )
        return body + "?" if "" in node else body  # a word that ends where a longer one goes on

    return "(?:" + branches(trie) + ")"


SENTENCE_END = re.compile(r"(?<=[.!?])[”\"']?\s+(?=[“\"A-Z0-9])")


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph (abbreviations like 'Dr.' may end it early; callers accept that)."""
    parts = SENTENCE_END.split(text, maxsplit=1)
    return parts[0]


@dataclass(frozen=True, slots=True)
class PageWords:
    """Words of a page's furniture (data/page_words.yaml), lower-cased."""

    menu: frozenset[str]
    share: frozenset[str]
    headline_labels: tuple[
        str, ...
    ]  # longest first, so 'konten bersponsor' wins over a shorter label
    stamp: frozenset[str]
    not_outlets: frozenset[str]
    contents: frozenset[str]  # the label of a table of contents ('daftar isi')
    # labels cut off only when written in capitals before a space or glued ('VIDEOBupati ...');
    # before a colon they are the headline's own words ('FOTO: ...', as a page's title keeps them)
    capital_labels: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def page_words() -> PageWords:
    """Loaded once per process: the lists are data, the rules that use them live in the extractors."""
    doc = (
        yaml.load(
            resources.files("netralitas_site")
            .joinpath("data", "page_words.yaml")
            .read_text("utf-8"),
            Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
        )
        or {}
    )

    def words_of(key: str) -> list[str]:
        return [str(w).lower() for w in doc.get(key, [])]

    labels = tuple(sorted(words_of("headline_labels"), key=len, reverse=True))
    return PageWords(
        frozenset(words_of("menu_words")),
        frozenset(words_of("share_words")),
        labels,
        frozenset(words_of("stamp_words")),
        frozenset(words_of("not_outlets")),
        frozenset(words_of("contents_labels")),
        tuple(sorted(words_of("capital_headline_labels"), key=len, reverse=True)),
    )


def line_key(text: str) -> str:
    """A whole line as page-word lists hold it: lower case, spaces folded, a closing colon dropped."""
    return " ".join(text.lower().split()).rstrip(" :")


TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
ASCII_TOKEN = re.compile(r"[a-z0-9]+")
TOKEN_WORD = itemgetter(0)  # the folded word of a token
MATCH_SPAN = re.Match.span


@lru_cache(
    maxsize=1024
)  # officials, regions and datelines tokenize the same lines of an article; ~5 MB
def tokens_with_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """Folded word tokens of `text` with their character spans in `text` (shared: do not mutate)."""
    # Words all ASCII (most lines; curly quotes and dashes are no word characters): lower() is the
    # whole fold, and TOKEN is [a-z0-9]+ then; lower() keeps every other character one non-word
    # character, so the spans hold.
    if text.isascii() or not NON_ASCII_WORD_CHAR.search(text):
        lowered = text.lower()
        return tuple(
            [
                (lowered[start:end], start, end)
                for start, end in map(MATCH_SPAN, ASCII_TOKEN.finditer(lowered))
            ]
        )
    return general_tokens(text)


def general_tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """`tokens_with_spans` for any text: the path its ASCII shortcut must agree with."""
    out = []
    for m in TOKEN.finditer(text):
        word = m.group()
        folded = word.lower() if word.isascii() else fold(word).replace(" ", "")
        if folded:
            out.append((folded, m.start(), m.end()))
    return tuple(out)


# Small words a headline writes in lower case between its capitalised ones
CONNECTORS = {
    "di",
    "dan",
    "ke",
    "dari",
    "untuk",
    "yang",
    "dengan",
    "pada",
    "bagi",
    "jelang",
    "soal",
    "atas",
    "oleh",
    "usai",
    "hingga",
    "sebagai",
    "agar",
    "demi",
    "tak",
    "tidak",
    "akan",
    "vs",
    "&",
    "-",
    "–",
}

TITLE_CASE_MIN_WORDS = 4


def another_headline(text: str) -> bool:
    """A line written as a headline is (every word capitalised, three words or more, no sentence
    closing it) inside a story's text: another story's, listed beside it on the page ('Gubernur
    Tinjau Banjir di Solok'), whose people are not this story's."""
    stripped = text.rstrip().rstrip("'\"”’")  # a headline may close on a quotation
    if not stripped or stripped[-1] in HEADLINE_NOT_AFTER or LIST_POST.search(stripped):
        return False  # 'Budi Santoso sebagai Direktur Utama', '2. ...': a list's item, no headline
    words = [w for w in stripped.split() if any(c.isalnum() for c in w)]
    return HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] and title_case(words)


HEADLINE_NOT_AFTER = ".!?,;:"
LIST_POST = re.compile(r" (?:sebagai|selaku) |^\s*\d{1,2}\.\s")  # a list's item is the text's own
HEADLINE_WORDS = (3, 20)


def title_case(words: list[str]) -> bool:
    """Every word capitalised but the small connecting ones ('di', 'agar'): a headline's casing."""
    return len(words) >= TITLE_CASE_MIN_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS for w in words
    )


def one_edit_apart(a: str, b: str) -> bool:
    """Two different words one letter added, dropped or changed apart ('Tjahjono', 'Tjahhjono')."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def last_of(matches):
    """The last of an iterator's items (a regex's last match before a point), or None."""
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


# the months as Indonesian writes them: before a year, no part of a name
MONTH_WORDS = frozenset(
    [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ]
)
