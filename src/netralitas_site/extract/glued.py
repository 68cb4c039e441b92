"""Words a scraped page glued together by losing a space ("JakartaBudi", "Santosomengatakan",
"DPRD Sumbarini"), cut apart before names and offices are read. McDonald stays whole."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..word_patterns import GLUED_CAPITALS
from .common_words import in_dictionary
from .text import ASCII_TOKEN, NON_ASCII_WORD_CHAR, fold, tokens_with_spans

if TYPE_CHECKING:
    from ..lexicon import Lexicon


# a capitalised word starts, or an acronym that a capitalised word follows ('UtamaBUMDHendri')
# ... or an acronym that ends the word ('UtamaMRT', 'DirekturPT')
CAMEL_CUT = re.compile(
    r"(?<=[a-z])(?=[A-Z][a-z]|[A-Z]{2,}[A-Z][a-z]|[A-Z]{2,}$)|(?<=[A-Z])(?=[A-Z][a-z])"
)


GLUED_AFTER_LOWER = re.compile(
    r"([a-z]{2,})(?=[A-Z][a-z]{2,}|[A-Z]{2,})"
)  # 'atauMendagri', 'kanalNews', 'TNIbernama'


CAMEL_PREFIXES = {
    "Mc",
    "Mac",
    "De",
    "Di",
    "Da",
    "Le",
    "La",
    "Van",
    "Von",
    "Al",
    "El",
    "Ibn",
    "Men",
    "Kemen",
    "Wamen",
}


GLUED_AFTER_PLACES = ("ini", "itu", "masa")


def split_glued(
    text: str, toks: tuple[tuple[str, int, int], ...], lexicon: Lexicon
) -> tuple[tuple[str, int, int], ...]:
    """Tokens of a line with the words a scraped page glued together cut apart: 'JakartaBudi' and
    'BudiSantoso' (a lost space between capitalised words, 'ASDPBudi' after an acronym) and
    'Santosomengatakan' (a name glued to the lower-case word after it). 'McDonald' stays whole.
    Cut words are separated by nothing, which `_joins_name` accepts."""
    if lexicon.glued_any.search(text) is None:
        return toks
    camel = GLUED_CAPITALS.search(text) is not None
    out: list[tuple[str, int, int]] = []
    for index, (folded, start, end) in enumerate(toks):
        raw = text[start:end]
        previous = toks[index - 1][0] if index else ""
        if len(raw) < 5 or not (raw[0].isupper() or (camel and GLUED_AFTER_LOWER.match(raw))):
            out.append((folded, start, end))
            continue
        cuts = [0]
        lower_first = GLUED_AFTER_LOWER.match(raw) if raw[0].islower() else None
        if (
            lower_first
        ):  # 'atauMendagri', 'mendampingiWapres': a word glued to the capitalised one after it
            cuts.append(lower_first.end(1))
        if camel:
            for m in CAMEL_CUT.finditer(raw):
                piece = raw[cuts[-1] : m.start()]
                if (
                    len(piece) >= 3
                    and piece not in CAMEL_PREFIXES
                    or (len(piece) >= 2 and piece.isupper())
                ):
                    cuts.append(m.start())
        tail = lexicon.glued_tail.fullmatch(raw, cuts[-1])
        if (
            tail
            and folded[cuts[-1] :] not in lexicon.name_tokens
            and not in_dictionary(folded[cuts[-1] :])  # 'Dokumentasi' is no 'Doku' + 'mentasi'
            and not (
                text[end : end + 1] in (",", ".")
                and folded.endswith(JOINING_WORDS)  # 'Lapadengan,': no 'dengan' before a comma
            )
        ):
            cuts.append(tail.end(1) if tail.group(1) is not None else tail.end(2))
        elif cut := _place_before_demonstrative(folded[cuts[-1] :], previous, lexicon):
            cuts.append(
                len(raw) - cut
            )  # 'DPRD Sumbarini': the place and 'ini' ('Rini' stays whole)
        if len(cuts) == 1:
            out.append((folded, start, end))
            continue
        for a, b in zip(cuts, cuts[1:] + [len(raw)]):
            piece = raw[a:b]
            out.append(
                (
                    piece.lower() if piece.isascii() else fold(piece).replace(" ", ""),
                    start + a,
                    start + b,
                )
            )
    return tuple(out)


# words that join a sentence's parts and so never stand before a comma or a full stop
JOINING_WORDS = ("dengan", "dan", "yang", "untuk", "agar", "atau", "bahwa", "kepada", "serta")


def _place_before_demonstrative(folded: str, previous: str, lexicon: Lexicon) -> int:
    """'sumbarini', 'jabaritu', 'datarmasa': a region's last word glued to 'ini', 'itu' or 'masa'
    (a page's lost space). Names end so too ('Rini', 'Takamasa'), so only a known place before
    it is cut; the length of the cut word is returned (0: none)."""
    for tail in GLUED_AFTER_PLACES:
        if len(folded) >= len(tail) + 4 and folded.endswith(tail):
            head = folded[: -len(tail)]
            for toks in (((head, 0, 0),), ((previous, 0, 0), (head, 0, 0))):
                match = lexicon.places.match_at(toks, 0)
                if match and match[0] == len(toks):
                    return len(tail)
    return 0


@lru_cache(maxsize=1024)  # officials read a line once per office and once per speaker in it
def line_tokens(text: str, lexicon: Lexicon) -> tuple[tuple[str, int, int], ...]:
    """The tokens of a line with glued words cut apart (`split_glued`; shared: do not mutate)."""
    return split_glued(text, tokens_with_spans(text), lexicon)


def line_words(text: str, lexicon: Lexicon) -> list[str] | None:
    """The folded words of `line_tokens(text)` without their spans, found at C speed, for a
    line whose words are all ASCII and hold no glued words to cut (most lines); None for the
    others. A reader that only asks whether the line holds some words skips making the tokens."""
    if not text.isascii() and NON_ASCII_WORD_CHAR.search(text):
        return None
    if lexicon.glued_any.search(text) is not None:
        return None  # what split_glued would cut
    return ASCII_TOKEN.findall(text.lower())  # tokens_with_spans's ASCII path, without the spans
