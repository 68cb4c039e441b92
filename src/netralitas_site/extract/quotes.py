"""Direct quotes and who said them.

Attribution forms: '“…,” ujar Akbar Ali.', '“…,” kata Bupati Agam Akbar Ali.', '“…,” jelasnya.'
(the previous speaker), 'Akbar Ali mengatakan, “…”' and 'Sementara itu, ROLE, NAME, menegaskan, “…”'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Line, Quote
from .text import one_edit_apart

QUOTED = re.compile(r"[“\"]([^“”\"]{8,}?)[”\"]")
VERBS = (
    "ujar|kata|ungkap|tegas|tutur|jelas|pesan|tambah|imbuh|sebut|terang|papar|ucap|lanjut|ajak|"
    "pinta|harap|tandas|pungkas|urai|beber|sambung|timpal|seru|akui|klaim|nilai|katakan"
)
AFTER_NAMED = re.compile(r"^\s*,?\s*(?:" + VERBS + r")\s+(?P<who>[^;“”\"]{2,80})", re.IGNORECASE)
AFTER_PRONOUN = re.compile(
    r"^\s*,?\s*(?:" + VERBS + r")nya\b|^\s*,?\s*(?:kata|ujar)\s+(?:dia|ia|beliau)\b", re.IGNORECASE
)
SAID_BEFORE = re.compile(
    r"(?P<who>[^“”\"]{2,200}?)\s*,?\s+(?:mengatakan|menegaskan|mengungkapkan|menyampaikan|menjelaskan|"
    r"menuturkan|menyebutkan|menerangkan|mengimbau|meminta|berpesan|berharap|mengajak|menambahkan|"
    r"memaparkan|mengingatkan)\s*[,:]?\s*(?:bahwa\s*,?\s*)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Speaker:
    key: str
    forms: tuple[
        str, ...
    ]  # any written form of the person (name, aliases, role phrases), longest first

    def spans(self, text: str, strict: bool = False) -> list[tuple[int, int]]:
        """Where the forms stand as whole words in `text`, as a regex alternation of them (longest
        first, not overlapping) would find them; plain `str.find`, since compiling one pattern
        per official and article cost more than all the searching."""
        found = []
        for order, form in enumerate(self.forms):
            i = text.find(form)
            while i != -1:
                end = i + len(form)
                if (
                    not (i and is_word_char(text[i - 1]))
                    and not (end < len(text) and is_word_char(text[end]))
                    and not (" " not in form and self._another_name_goes_on(text, end, strict))
                    and not (
                        text[i - 2 : i - 1] in BUILDING_LAST_LETTERS  # most words before fail
                        and text[max(0, i - 13) : i].lower().endswith(BUILDING_WORDS)
                    )
                ):
                    found.append((i, order, end))
                i = text.find(form, i + 1)
        found.sort()
        out, pos = [], 0
        for start, _, end in found:
            if start >= pos:  # at one start the longest form wins; a match hides what it covers
                out.append((start, end))
                pos = end
        return out

    def _another_name_goes_on(self, text: str, end: int, strict: bool = False) -> bool:
        """'ujar Asep Saepulloh' where the official is Asep Saepul Rohman: a one-word form followed
        by a capitalised word the official's name lacks is the first word of someone else's."""
        if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
            return False
        word = text[end + 1 :].split(maxsplit=1)[0].strip(".,;:!?\"”'’)").lower()
        if text[text.rfind(" ", 0, end) + 1 : end].lower() not in self.key.split():
            # an office's word ('kata Kepala Bidang X'), not a part of the name; looking back
            # for the last one named (`strict`), another office when a unit's word follows it
            # ('Kepala Desa X' in the story is no mention of the Kepala Dinas)
            return strict and word in UNIT_WORDS

        return word not in NOT_NAME_WORDS and not any(
            word == part or one_edit_apart(word, part) for part in self.key.split()
        )  # 'ujar Heru Tjahhjono': the official's name misspelt


UNIT_WORDS = frozenset(
    {"desa", "seksi", "bidang", "dinas", "badan", "bagian", "kantor", "sekolah", "puskesmas"}
    | {"subbagian", "sub", "unit", "balai", "biro", "kelurahan", "dusun", "urusan", "lingkungan"}
)
# an office named as its building's ('di Kantor Camat X', 'Rumah Dinas Bupati'): no holder named
BUILDING_WORDS = ("kantor ", "gedung ", "rumah dinas ", "pendopo ", "rujab ", "aula ")
BUILDING_LAST_LETTERS = frozenset("rRgGsSoObBaA")
# capitalised words that may follow a speaker's name and are no name's ('kata Asep Senin')
NOT_NAME_WORDS = frozenset(
    {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "di", "saat", "usai"}
)


def is_word_char(char: str) -> bool:
    r"""What the regex class `\w` matches in a str pattern."""
    return char.isalnum() or char == "_"


def find_quotes(lines: tuple[Line, ...], speakers: list[Speaker]) -> tuple[Quote, ...]:
    out: list[Quote] = []
    previous: str | None = None
    signed = -1  # the index of the last line whose last quote had a speaker
    for index, line in enumerate(lines):
        if "“" not in line.text and '"' not in line.text:
            continue  # most lines quote no one
        for m in QUOTED.finditer(line.text):
            text = m.group(1).strip().rstrip(",").strip()
            after = line.text[m.end() :]
            if AFTER_PRONOUN.match(
                after
            ):  # '“…,” jelasnya.': the one named last, else the previous speaker
                named = last_named(_before_quote(lines, index, m.start()), speakers)
                speaker = previous if named is None else named
            else:
                speaker = _speaker_after(after, speakers)
                if speaker is None:  # 'kata Frans' of Fransiskus A: a given name cut short
                    speaker = _cut_short(after, speakers)
                epithet = _epithet(after) if speaker is None else None
                if epithet is not None:  # '“…,” kata politisi asal dapil X itu.'
                    pool = [s for s in speakers if epithet.fits(s)]
                    named = last_named(_before_quote(lines, index, m.start()), pool)
                    speaker = (
                        named
                        if named is not None
                        else next((p.key for p in pool if p.key == previous), None)
                    )
            if speaker is _UNSET:
                speaker = _speaker_before(line.text[: m.start()], speakers)
            if speaker is _UNSET and signed == index - 1 and _whole_line(line.text, m):
                speaker = previous  # a paragraph of quote alone goes on with the last speaker's
            speaker = None if speaker is _UNSET or speaker == NOBODY else speaker
            out.append(Quote(text=text, speaker=speaker, line=line.number))
            if speaker:
                previous = speaker
            signed = index if speaker else -1
    return tuple(out)


def _whole_line(text: str, quote: re.Match) -> bool:
    """The quote is all the line holds (a closing stop aside)."""
    return not text[: quote.start()].strip() and not text[quote.end() :].strip(" .")


_UNSET = object()


def _before_quote(lines: tuple[Line, ...], index: int, start: int) -> list[str]:
    """The paragraph up to a quote and the two before it, where its speaker was named last."""
    return [ln.text for ln in lines[max(0, index - 2) : index]] + [lines[index].text[:start]]


def last_named(texts: list[str], speakers: list[Speaker]) -> str | None:
    """The official named last before a quote ('Ferdinal menambahkan, ...' then '“…,” katanya.'),
    looking back through the paragraph and the two before it; quoted speech itself does not count.
    A private person introduced after the last official ('Budi Santoso (45), warga ...',
    'seorang pedagang, Budi, ...') is the one speaking: nobody the record knows (the empty key,
    and no earlier speaker stands in)."""
    for text in reversed(texts):
        text = QUOTED.sub(lambda m: " " * len(m.group()), text)
        found = _identify(text, speakers, last=True)
        private = PRIVATE_WORD.search(text)  # the words first: most paragraphs introduce no one
        unnamed = "eorang " in text or "alah satu " in text
        if private or unnamed or ", " in text:
            official_end = max((end for s in speakers for _, end in s.spans(text)), default=0)
            if (
                (private and PRIVATE_PERSON.search(text, official_end))
                or (", " in text and INTRODUCED.search(text, official_end))
                or (unnamed and UNNAMED_SOURCE.search(text, official_end))
            ):
                return NOBODY  # 'Koordinator Posko Relawan X, A, mengatakan': no official
        if found:
            return found
    return None


NOBODY = ""  # a speaker the text introduces who is no official
# someone the text does not name, speaking after the last official: 'Seorang ASN muda di Dinas X
# ... mengaku', 'Salah satu ASN yang dilaporkan menyatakan' (then '“…,” ujarnya')
UNNAMED_SOURCE = re.compile(
    r"\b(?<!sebagai )(?:[Ss]eorang|[Ss]alah\s+(?:satu|seorang))\s+[^.;“”\"]{0,120}?\b(?:mengaku|mengatakan|"
    r"menyatakan|menuturkan|mengungkapkan|menyebut|bercerita|berharap|menilai|mengeluhkan)\b"
)
_PRIVATE = (
    r"(?:warga|pedagang|petani|nelayan|guru|mahasiswi?|siswi?|pelajar|penerima|peserta|pasien|"
    r"pengamat|akademisi|dosen|peneliti|"
    r"aktivis|tokoh\s+(?:masyarakat|adat|agama|pemuda)|pemilik|pengusaha|sopir|buruh|karyawan|korban|"
    r"saksi|orang\s+tua|ibu\s+rumah\s+tangga|penjual|pengunjung|penumpang|pemandu|petugas\s+kebersihan)"
)
# experts introduced by their field and employer before their name: 'Ekonom Universitas X, Budi'
_EXPERT = r"(?:Ekonom|Peneliti|Pengamat|Analis|Akademisi|Dosen|Pakar|Aktivis|Pegiat|Guru\s+Besar)"
PRIVATE_WORD = re.compile(
    rf"(?=[wpgnmadtskboieWPGNMADTSKBOIE])(?:{_PRIVATE}|{_EXPERT})"
)  # the words' first letters first: most paragraphs introduce no one
_NAME = r"(?!(?:Karena|Namun|Sementara|Selain|Kemudian|Bahkan|Padahal|Adapun|Akibatnya|Sebaliknya)\b)[A-Z][a-z’']+(?<!nya)(?:\s+[A-Z][a-z’']+){0,3}"
# a private person introduced: a name (and an age) then what they are, 'seorang' and what they
# are then a name, or an expert's field and employer then a name ('Budi Santoso (45), pedagang
# ...', 'seorang pedagang, Budi', 'Peneliti CSIS, Budi'); a name and an age alone may be a
# victim's, who says nothing
PRIVATE_PERSON = re.compile(
    rf"{_NAME}(?:\s*\(\d{{1,3}}(?:\s*tahun)?\))?,\s*(?:(?:seorang|salah\s+seorang)\s+)?{_PRIVATE}\b"
    rf"|\b(?:[Ss]eorang|[Ss]alah\s+seorang)\s+{_PRIVATE}(?:\s+[a-z]+){{0,4}}\s*(?:bernama\s+|,\s*){_NAME}"
    rf"|\b{_PRIVATE}\s+bernama\s+{_NAME}"
    rf"|\b{_EXPERT}\b[^,.;“”\"]{{0,80}},\s*{_NAME}"
)


@dataclass(frozen=True)
class Epithet:
    """A speaker described, not named, after the verb ('orang nomor satu di X itu', 'legislator
    tiga periode tersebut', 'mantan camat itu'): the official named last whom it may describe
    (a legislator's epithet a member of a legislature only)."""

    legislator: bool

    def fits(self, speaker: Speaker) -> bool:
        return not self.legislator or any(LEGISLATURE.search(form) for form in speaker.forms)


# what describes an official: a politician, the head of a place, an officer, a civil servant, a
# post ('mantan camat', 'Kabag X'); it ends with 'itu' or 'tersebut' pointing back ('pejabat AS
# tersebut' is most often an unnamed source, not the official named last)
EPITHET = re.compile(
    r"\s*,?\s*(?:" + VERBS + r")\s+(?:sang\s+)?(?:(?:mantan|eks)\s+)?"
    r"(?:(?P<legislator>politisi|politikus|legislator|wakil\s+rakyat|anggota\s+dewan|anggota\s+DPRD?)"
    r"|orang\s+nomor\s+(?:satu|dua|wahid)|birokrat|perwira|jenderal|komandan"
    r"|(?:camat|bupati|wali\s*kota|gubernur|lurah|kepala|kabag|kadis|sekda|ketua|kapolres|kapolsek|"
    r"direktur|menteri|penjabat|pj|plt)\b)"
    r"[^“”\".;,]{0,60}?\s(?:itu|tersebut)\b",  # no comma: 'kata Direktur X, A, di ... tersebut'
    re.IGNORECASE,
)
LEGISLATURE = re.compile(
    r"\b(?:DPRD?|DPD|MPR|[Dd]ewan|[Ff]raksi|[Kk]omisi|[Bb]anggar|[Pp]ansus|[Ll]egislatif)\b"
)


def _epithet(after: str) -> Epithet | None:
    if " itu" not in after[:90] and " tersebut" not in after[:100]:
        return None  # most attributions name their speaker
    m = EPITHET.match(after)
    return Epithet(legislator=m.group("legislator") is not None) if m else None


# someone introduced between commas and then speaking ('..., Budi Santoso (46), mengaku', '...,
# Dr. Budi Santoso, mengingatkan', '..., I Made Budi, yang diundang ...'), after the last
# official the paragraph names: the one who speaks next, no official the record knows
INTRODUCED = re.compile(
    r",\s*(?:(?:Dr|Prof|Ir|Drs|Dra|H|Hj|KH|Tgk|Ustaz|Pdt|dr|drg)\.?\s+)*"
    r"(?:[A-Z][a-z'’]*\.?)(?:\s+(?:[A-Z][a-z'’]*\.?|bin|binti|van|de)){0,5}"
    r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.)+)*\s*(?:\(\d{1,3}\))?,\s+"
    r"(?:yang|me[a-z]{3,}|ber[a-z]{3,})\b"
)


CUT_NAME = re.compile(r"\s*,?\s*(?:" + VERBS + r")\s+([A-Z][a-z]{3,})\b(?!\s+[A-Z])")


def _cut_short(after: str, speakers: list[Speaker]) -> str | None:
    """The one official a word after the verb begins the name of ('Frans' of 'Fransiskus X')."""
    m = CUT_NAME.match(after)
    if m is None:
        return None
    word = m.group(1).lower()
    owners = {
        s.key for s in speakers for part in s.key.split() if part.startswith(word) and part != word
    }
    return owners.pop() if len(owners) == 1 else None


def _speaker_after(after: str, speakers: list[Speaker]):
    m = AFTER_NAMED.match(after)
    if m:
        return _identify(m.group("who"), speakers)
    return _UNSET


ACCORDING_TO = re.compile(r"\b[Mm]enurut\s+(?P<who>[^,.;“”\"]{2,80}),\s*$")
SAID_TAIL = re.compile(
    SAID_BEFORE.pattern.split(r"\s*,?\s+", 1)[1], re.IGNORECASE
)  # the verb at the end alone
TAIL_REACH = 80  # characters: the verb and the spaces, commas and 'bahwa' after it
WHO_REACH = 200  # SAID_BEFORE's longest speaker


def _speaker_before(before: str, speakers: list[Speaker]):
    if "enurut" in before[-WHO_REACH:]:
        according = ACCORDING_TO.search(before[-WHO_REACH:])
        if according:  # 'Menurut Hendra, “...”'
            return _identify(according.group("who"), speakers, last=True)
    if not SAID_TAIL.search(before[-TAIL_REACH:]):
        return _UNSET  # no verb of saying ends the text: the slow search cannot match
    m = SAID_BEFORE.search(before[-(WHO_REACH + TAIL_REACH + 2) :])
    if m:
        return _identify(m.group("who"), speakers, last=True)
    return _UNSET


def _identify(text: str, speakers: list[Speaker], last: bool = False) -> str | None:
    """The speaker named first in `text` after a quote, or last before one (nearest the verb)."""
    found = []
    for speaker in speakers:
        for start, end in speaker.spans(text, strict=last):
            found.append((start, -end, speaker.key))
    if not found:
        return None
    found.sort()
    if last:
        return max(found, key=lambda f: -f[1])[2]
    return found[0][2]
