"""The names of the mentions an article's lines gave, mended where a scraped page or a unit's
long name bent them: a word glued to a name by a lost space cut off ('Budi Santosodan'), a
figure's name with a sentence's word glued inside ('Joko Widodoke'), and a unit's everyday or
place words written before the holder without a comma cut away ('Kepala Balai Karantina Hewan
Budiarto Santoso ... kata Budiarto')."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import Lexicon
from ..model import Line
from .common_words import in_dictionary, is_common_word
from .names import ParsedName, body_word, known_name_word
from .role_words import BALINESE_PAIRS, BODY_PAIRS, Mention
from .text import ends_a_line, fold, title_case


def without_units_words(
    mentions: list[Mention], lines: tuple[Line, ...], lexicon: Lexicon
) -> list[Mention]:
    """Holders whose first words are the unit's or its place's, written before the name without a
    comma ('Kepala Bandara Sukamaju Budi Santoso' read as 'Sukamaju Budi Santoso'): the name
    starts at the first word the article writes again without them ('kata Budi')."""
    text = None
    out = []
    texts = {line.number: line.text for line in lines}
    for mention in mentions:
        name = mention.name
        words = name.name.split() if name is not None and mention.role is not None else []
        if (
            len(words) >= 2
            and (_unit_word(words[0], lexicon) or body_word(fold(words[0]), lexicon))
            and not _a_headline(texts.get(mention.line, ""))  # 'Menteri X Ancam Budi': a verb
        ):
            if text is None:
                text = "\n".join(line.text for line in lines)
            start = (
                _unit_word(words[0], lexicon) and _name_starts_at(words, text, lexicon)
            ) or _after_body_words(words, lexicon)
            if start and name is not None:
                mention = replace(mention, name=replace(name, name=" ".join(words[start:])))
        out.append(mention)
    return out


def _after_body_words(words: list[str], lexicon: Lexicon) -> int:
    """The index after a body's words that open a holder's name ('Komnas Perempuan Sinta Dewi',
    'Stasiun Meteorologi Budi Santoso'): two of them or more, no known name's word before the
    last of them, and two words or more after it; else 0."""
    folded = [fold(w) for w in words]
    if tuple(folded[:2]) in BALINESE_PAIRS:
        return 0  # 'Anak Agung Gede Mahendra': a name's own opening words
    body = [i for i, w in enumerate(folded) if body_word(w, lexicon)]
    if not body:
        return 0
    start = body[-1] + 1
    if start < len(folded) and (folded[start - 1], folded[start]) in BODY_PAIRS:
        start += 1  # 'Mahkamah Agung': 'Agung' is the body's, not a name's
    if (
        len(words) - start < 2
        or len(body) < 2
        or any(known_name_word(w, lexicon) for w in folded[:start])
    ):
        return 0
    return start


def _a_headline(text: str) -> bool:
    """Whether a line is written as a headline is: every word capitalised."""
    return title_case([w for w in text.split() if any(c.isalnum() for c in w)])


def _unit_word(word: str, lexicon: Lexicon) -> bool:
    """An everyday word or a place's, never a name's ('Bandara', 'Sukamaju', 'Kelautan')."""
    folded = fold(word)
    return not known_name_word(folded, lexicon) and (
        is_common_word(folded) or _a_place_word(folded, lexicon)
    )


def _a_place_word(folded: str, lexicon: Lexicon) -> bool:
    return lexicon.places.match_at(((folded, 0, 0),), 0) is not None


def _name_starts_at(words: list[str], text: str, lexicon: Lexicon) -> int:
    """The index of the name's first word after the unit's words, or 0: every word before it a
    unit's, every word from it on a name's and no place's, and the article writing its first
    word again without the word before it. One word is a name's only after two of the unit's ('Kepala
    Pos Pengamatan Gunung Budiarto'), never a public figure's ('Sinta Prabowo' is not Prabowo)."""
    for start in range(1, len(words)):
        if not _unit_word(words[start - 1], lexicon):
            return 0
        rest = [fold(w) for w in words[start:]]
        if any(
            (is_common_word(w) and w not in lexicon.name_tokens) or _a_place_word(w, lexicon)
            for w in rest
        ):
            continue
        if len(rest) == 1 and (start < 2 or rest[0] in lexicon.figure_names):
            continue
        again = re.finditer(rf"(?<!\w){re.escape(words[start])}(?!\w)", text)
        if any(not text[: m.start()].rstrip().endswith(words[start - 1]) for m in again):
            return start
    return 0


def _glue_evident(tail: str, text: str, name: ParsedName, lexicon: Lexicon) -> bool:
    """Whether the word after the name in its line shows the tail is a word of its own: an
    office after 'dan' ('... Hartonodan Gubernur Bali'), a place after 'di' ('Petrovdi kota X')."""
    following = text[name.char_end :].split(None, 1)
    if not following:
        return False
    word = fold(following[0])
    if tail == "dan":
        return word in lexicon.role_first
    return tail == "di" and word in PLACES_AFTER_DI


PLACES_AFTER_DI = frozenset(
    {"kota", "kabupaten", "provinsi", "desa", "kantor", "gedung", "istana", "sela", "tengah"}
    | {"hadapan", "depan", "lokasi", "sana", "sini", "rumah", "jalan", "kawasan", "wilayah"}
)


# Short words a scraped page glues to the name before them ('Budi Santosodan', 'Putinserta'):
# too short, or too often a name's own ending, to be cut wherever they stand (`split_glued`);
# the first ones end no name, the others only when the text writes the name without them
SHORT_TAILS = ("serta", "akan", "dan", "di", "ke", "yang", "ini", "itu", "pun")
NEVER_NAME_ENDINGS = ("serta", "akan")
STEM_LETTERS = 3


def without_glued_tails(
    mentions: list[Mention], lines: tuple[Line, ...], lexicon: Lexicon
) -> list[Mention]:
    """Names whose last word is another word of the text with a short word glued to it: the
    article writes the name without it elsewhere ('Rudi Hartono'), or an office follows the glued
    'dan' ('Rudi Hartonodan Gubernur Bali X'), so the tail is no part of it."""
    text = None
    texts = {line.number: line.text for line in lines}
    out = []
    for mention in mentions:
        name = mention.name
        figure = (
            _figure_glued_inside(name.name, lexicon) or _figure_glued_after(name.name, lexicon)
            if name is not None
            else None
        )
        if name is not None and figure is not None:
            name = replace(name, name=figure)  # 'Budi Santosodi Balai Kota': a figure's name
            mention = replace(mention, name=name)
        last = name.name.rsplit(" ", 1)[-1] if name is not None else ""
        if name is not None and _ends_its_clause(name, texts.get(mention.line, "")):
            out.append(mention)  # 'Muhammad Sahnun Jayadi, S.E.,': no word glued before a comma
            continue
        tail = next(
            (t for t in SHORT_TAILS if last.endswith(t) and len(last) - len(t) >= STEM_LETTERS),
            None,
        )
        if name is not None and tail is not None:
            if text is None:
                text = "\n".join(line.text for line in lines)
            stem = last[: -len(tail)]
            if (
                tail in NEVER_NAME_ENDINGS
                or re.search(rf"\b{re.escape(stem)}\b", text)
                or fold(name.name[: -len(tail)]) in lexicon.figure_names  # 'Joko Widododan'
                or _glue_evident(tail, texts.get(mention.line, ""), name, lexicon)
            ):
                name = replace(name, name=name.name[: -len(tail)])
                mention = replace(mention, name=name)
        elif name is not None and len(last) >= LONG_WORD and fold(last) not in lexicon.name_tokens:
            if text is None:
                text = "\n".join(line.text for line in lines)
            alone = _stem_written_alone(last, text, lexicon)
            if alone:
                mention = replace(
                    mention, name=replace(name, name=name.name[: len(alone) - len(last)])
                )
        out.append(mention)
    return out


def _ends_its_clause(name, line: str) -> bool:
    """The name is followed by its degrees, a comma or a full stop: a sentence's word glued to it
    would stand before the next word, not there."""
    return bool(name.degrees) or line[name.char_end : name.char_end + 1] in (",", ".")


def _figure_glued_inside(name: str, lexicon: Lexicon) -> str | None:
    """A public figure's name with a short word glued to its last word inside a longer run
    ('Joko Widodoke Surabaya', 'Joko Widodoatau Jokowi'): the figure's name, or None."""
    words = name.split()
    for i, word in enumerate(words[:-1]):
        for tail in (*SHORT_TAILS, *FUNCTION_WORDS):
            if word.endswith(tail) and len(word) - len(tail) >= STEM_LETTERS:
                stem = " ".join([*words[:i], word[: -len(tail)]])
                if fold(stem) in lexicon.figure_names:
                    return stem
    return None


def _figure_glued_after(name: str, lexicon: Lexicon) -> str | None:
    """A public figure's name with a dictionary word glued to its end ('Joko Widodoawal'): the
    figure's name, or None."""
    last = name.rsplit(" ", 1)[-1]
    if " " not in name or len(last) < 2 * STEM_LETTERS or not name.isascii():
        return None
    folded = name.lower()
    for tail in range(STEM_LETTERS, len(last) - STEM_LETTERS + 1):
        if folded[:-tail] in lexicon.figure_names and in_dictionary(folded[-tail:]):
            return name[:-tail]
    return None


# Words that join a sentence, never a name's ending ('Hartonoagar', 'Hartonoresignatau')
FUNCTION_WORDS = (
    "agar",
    "atau",
    "untuk",
    "dengan",
    "bahwa",
    "karena",
    "ketika",
    "sebagai",
    "kepada",
)
LONG_WORD = 9  # a name's last word this long may be a name with a page's words glued on


def _stem_written_alone(last: str, text: str, lexicon: Lexicon) -> str | None:
    """'Hartonoresmiakan': the longest start of the word that the text writes as a word of its
    own ('Hartono'), when what follows it opens with a word the text writes in lower case
    ('resmi') or is a dictionary word ('divonis'), and is no name's word: a sentence's words that
    a scraped page glued to the name."""
    stems = set(re.findall(rf"\b{re.escape(last[:STEM_LETTERS])}[a-z]*\b", text))
    for stem in sorted(stems, key=len, reverse=True):
        rest = last[len(stem) :]
        if (
            len(stem) >= STEM_LETTERS + 1
            and len(rest) >= STEM_LETTERS + 1
            and last.startswith(stem)
            and fold(rest) not in lexicon.name_tokens
            and (
                rest.startswith(FUNCTION_WORDS)
                or rest.endswith(FUNCTION_WORDS)
                or is_common_word(fold(rest))
                or any(
                    rest.startswith(word)
                    for word in re.findall(rf"\b{re.escape(rest[:STEM_LETTERS])}[a-z]*\b", text)
                )
            )
        ):
            return stem
    return None


def without_cut_off_names(mentions: list[Mention], lines: tuple[Line, ...]) -> list[Mention]:
    """A copy cut off in the middle of its last sentence ('... ujar Camat X, Afr'): one word the
    cut leaves at the very end is no name; its office stays, held by no one the text names."""
    if not lines or ends_a_line(lines[-1].text):
        return mentions
    last = lines[-1]
    text = last.text.rstrip()
    return [
        replace(mention, name=None)
        if mention.name is not None
        and mention.line == last.number
        and " " not in mention.name.name
        and text.endswith(mention.name.name)
        and mention.name.char_end >= len(text)
        else mention
        for mention in mentions
    ]
