"""Credits: author and editor lines, and the reporter initials that close the text."""

from __future__ import annotations

import re

from ..model import Byline, Line
from .boilerplate import closing_initials
from .outlets import known_outlet

AUTHOR = re.compile(
    r"(?=[prjklwo])\b(penulis|reporter|pewarta|jurnalis|kontributor|laporan|wartawan|oleh)\s*:\s*([^|]+?)\s*(?:\||$)",
    re.IGNORECASE,
)
EDITOR = re.compile(
    r"(?=[erp])\b(editor|redaktur|penyunting)\s*:\s*([^|]+?)\s*(?:\||$)", re.IGNORECASE
)


def find_byline(removed: tuple[Line, ...]) -> Byline:
    author = editor = None
    for line in removed:
        if author is None and (m := AUTHOR.search(line.text)):
            author = m.group(2).strip(" .")
        if editor is None and (m := EDITOR.search(line.text)):
            editor = m.group(2).strip(" .")
    return Byline(author=author, editor=editor, initials=closing_initials(removed))


CREDIT_LINE = re.compile(
    r"^(penulis|editor|reporter|pewarta|jurnalis|kontributor|wartawan|penyunting|redaktur|fotografer|oleh|by|laporan)"
    r"\b\s*:?\s*[A-Z]",
    re.IGNORECASE,
)
NAME_DASH_BRAND = re.compile(r"^[A-Z][\w.'’ ]{2,60}?\s[-–|/]\s([A-Za-z][\w.\-]{2,40})$")
DOMAIN_LIKE = re.compile(r"\.[a-z]{2,}$", re.IGNORECASE)


def is_byline(text: str, lexicon=None) -> bool:
    """A credit line: 'Penulis: Imel', 'Editor Budi Santoso', 'Oleh Desca', 'Rizky Putri - detikSumbagsel'.

    A brand after the dash is a domain or written in camel case; a headline with a dash
    ('Solok - Padang Diperbaiki') names no brand."""
    if CREDIT_LINE.match(text) and len(text.split()) <= 8:
        return True
    m = NAME_DASH_BRAND.match(text)
    if m:
        brand = m.group(1)
        if DOMAIN_LIKE.search(brand) or any(c.isupper() for c in brand[1:]) and brand[:1].islower():
            return True
        return (
            lexicon is not None and known_outlet(brand, lexicon) is not None
        )  # 'Budi Santoso - detikinet'

    return False
