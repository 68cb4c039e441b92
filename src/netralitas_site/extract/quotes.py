"""Direct quotes and who said them.

Attribution forms: '“…,” ujar Akbar Ali.', '“…,” kata Bupati Agam Akbar Ali.', '“…,” jelasnya.'
(the previous speaker), 'Akbar Ali mengatakan, “…”' and 'Sementara itu, ROLE, NAME, menegaskan, “…”'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Line, Quote

QUOTED = re.compile(r"[“\"]([^“”\"]{8,}?)[”\"]")
VERBS = (
    "ujar|kata|ungkap|tegas|tutur|jelas|pesan|tambah|imbuh|sebut|terang|papar|ucap|lanjut|ajak|"
    "pinta|harap|tandas|pungkas|urai|beber|sambung|timpal|seru|akui|klaim|nilai|katakan"
)
AFTER_NAMED = re.compile(r"^\s*,?\s*(?:" + VERBS + r")\s+(?P<who>[^;“”\"]{2,80})", re.IGNORECASE)
AFTER_PRONOUN = re.compile(r"^\s*,?\s*(?:" + VERBS + r")nya\b|^\s*,?\s*(?:kata|ujar)\s+(?:dia|ia|beliau)\b", re.IGNORECASE)
SAID_BEFORE = re.compile(
    r"(?P<who>[^“”\"]{2,200}?)\s*,?\s+(?:mengatakan|menegaskan|mengungkapkan|menyampaikan|menjelaskan|"
    r"menuturkan|menyebutkan|menerangkan|mengimbau|meminta|berpesan|berharap|mengajak|menambahkan|"
    r"memaparkan|mengingatkan)\s*,?\s*(?:bahwa\s*,?\s*)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Speaker:
    key: str
    pattern: re.Pattern  # any written form of the person: full name, aliases, role phrases


def find_quotes(lines: tuple[Line, ...], speakers: list[Speaker]) -> tuple[Quote, ...]:
    out: list[Quote] = []
    previous: str | None = None
    for index, line in enumerate(lines):
        for m in QUOTED.finditer(line.text):
            text = m.group(1).strip().rstrip(",").strip()
            context = [ln.text for ln in lines[max(0, index - 2) : index]] + [line.text[: m.start()]]
            speaker = _speaker_after(line.text[m.end() :], speakers, last_named(context, speakers) or previous)
            if speaker is _UNSET:
                speaker = _speaker_before(line.text[: m.start()], speakers)
            speaker = None if speaker is _UNSET else speaker
            out.append(Quote(text=text, speaker=speaker, line=line.number))
            if speaker:
                previous = speaker
    return tuple(out)


_UNSET = object()


def last_named(texts: list[str], speakers: list[Speaker]) -> str | None:
    """The official named last before a quote ('Ferdinal menambahkan, ...' then '“…,” katanya.'),
    looking back through the paragraph and the two before it; quoted speech itself does not count."""
    for text in reversed(texts):
        text = QUOTED.sub(lambda m: " " * len(m.group()), text)
        found = _identify(text, speakers, last=True)
        if found:
            return found
    return None


def _speaker_after(after: str, speakers: list[Speaker], previous: str | None):
    if AFTER_PRONOUN.match(after):
        return previous
    m = AFTER_NAMED.match(after)
    if m:
        return _identify(m.group("who"), speakers)
    return _UNSET


def _speaker_before(before: str, speakers: list[Speaker]):
    m = SAID_BEFORE.search(before)
    if m:
        return _identify(m.group("who"), speakers, last=True)
    return _UNSET


def _identify(text: str, speakers: list[Speaker], last: bool = False) -> str | None:
    """The speaker named first in `text` after a quote, or last before one (nearest the verb)."""
    found = []
    for speaker in speakers:
        for m in speaker.pattern.finditer(text):
            found.append((m.start(), -m.end(), speaker.key))
    if not found:
        return None
    found.sort()
    if last:
        return max(found, key=lambda f: -f[1])[2]
    return found[0][2]
