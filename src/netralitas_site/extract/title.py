"""Find the headline: the first line when it reads as one, else a title derived from the lead."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Line
from .dateline import read_dateline
from .text import first_sentence

MAX_TITLE_WORDS = 40
DERIVED_MAX_CHARS = 90


def find_title(body: tuple[Line, ...], lexicon: Lexicon) -> tuple[str, bool, tuple[Line, ...], tuple[Line, ...]]:
    """(title, derived, body without title and kicker, removed kicker lines)."""
    if not body:
        return "", True, body, ()
    first = body[0]
    if first.text.startswith("# "):  # a Markdown heading
        return first.text[2:].strip(), False, body[1:], ()
    if len(body) > 1 and _is_kicker(first.text) and _is_headline(body[1].text, lexicon):
        return body[1].text, False, body[2:], (first,)
    if len(body) > 1 and _is_headline(first.text, lexicon):
        return first.text, False, body[1:], ()
    return derive_title(body, lexicon), True, body, ()


def _is_kicker(text: str) -> bool:
    """A section label above the headline: 'Sumbar', 'Politik', 'Pilkada 2024'."""
    return len(text.split()) <= 3 and not re.search(r"[.,:;!?]$", text)


def _is_headline(text: str, lexicon: Lexicon) -> bool:
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or text.endswith((".", ",", ";", ":")):
        return False
    return read_dateline(text, lexicon) is None


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
