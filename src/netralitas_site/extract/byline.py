"""Credits: author and editor lines, and the reporter initials that close the text."""

from __future__ import annotations

import re

from ..model import Byline, Line
from .boilerplate import closing_initials

AUTHOR = re.compile(r"\b(penulis|reporter|pewarta|jurnalis|kontributor|laporan|wartawan|oleh)\s*:\s*([^|]+?)\s*(?:\||$)", re.IGNORECASE)
EDITOR = re.compile(r"\b(editor|redaktur|penyunting)\s*:\s*([^|]+?)\s*(?:\||$)", re.IGNORECASE)


def find_byline(removed: tuple[Line, ...]) -> Byline:
    author = editor = None
    for line in removed:
        if author is None and (m := AUTHOR.search(line.text)):
            author = m.group(2).strip(" .")
        if editor is None and (m := EDITOR.search(line.text)):
            editor = m.group(2).strip(" .")
    return Byline(author=author, editor=editor, initials=closing_initials(removed))
