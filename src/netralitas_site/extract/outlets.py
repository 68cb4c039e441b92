"""Which outlet a text names as its own: a brand written in a dateline or a credit (outlets.yaml,
with a brand's section brands) and the cues of a self-reference when there is no dateline."""

from __future__ import annotations

import re

from slugify import slugify

from ..lexicon import Lexicon, outlet_key
from ..model import Line, Outlet
from .text import line_key, page_words

DOMAIN = re.compile(
    r"^[\w\-]+(?:\.[\w\-]+)*\.(?:com|id|co|net|org|news|info|tv|my\.id|or\.id|go\.id|web\.id|co\.id|online|site|xyz|media|today|asia)$",
    re.IGNORECASE,
)


def is_domain(text: str) -> bool:
    return bool(DOMAIN.match(text.strip()))


SECTION_BRAND_MIN = 4  # a brand this long at least opens a section brand ('detik' + 'Jabar')


def known_outlet(text: str, lexicon: Lexicon) -> dict | None:
    """The known outlet a written brand names: exactly, or as a section brand ('detikSumbagsel' is
    detik's) of an outlet whose sections write themselves that way (section_brands in outlets.yaml)."""
    key = outlet_key(text)
    found = lexicon.outlets_by_key.get(key)
    if found is None and re.match(
        r"l[A-Z]", text.strip()
    ):  # 'lBC': a lower-case L typed for a capital I
        found = lexicon.outlets_by_key.get("i" + key[1:])
    if found is not None or len(key) <= SECTION_BRAND_MIN or " " in text.strip():
        return found
    letters = re.sub(r"[^0-9A-Za-z]", "", text)
    if letters.lower() != key[: len(letters)]:
        return None  # accents or other letters: not a written brand
    for end in range(min(len(key), len(letters)) - 1, SECTION_BRAND_MIN - 1, -1):
        outlet = lexicon.outlets_by_key.get(key[:end])
        # 'detikinet' (the brand in lower case) and 'TribunLampung' (the section capitalised), not 'Tribunal'
        if (
            outlet is not None
            and outlet.get("section_brands")
            and (letters[:end].islower() or letters[end].isupper())
            and not CAPITAL_AFTER_LOWER.search(letters, end + 1)  # 'detikcomFoto': glued words
            and key[:end] != outlet_key(outlet["name"])  # a section follows 'detik', not 'detikcom'
        ):
            return outlet
    return None


def make_outlet(written: str, lexicon: Lexicon) -> Outlet | None:
    """An Outlet from the way a dateline or credit writes it; known outlets get their canonical name."""
    written = written.strip(" .-–—")
    if not written or line_key(written) in page_words().not_outlets:
        return None  # 'Sumber: Ilustrasi': a photo credit's word, not a newsroom
    known = known_outlet(written, lexicon)
    domain = written.lower() if is_domain(written) else None
    if known:
        domain = known.get("domain") or domain
    # The name stays as the text writes it ('KOMPAS.com', 'METRO'); the id and domain come from
    # the known outlet, so every spelling of one outlet lands on one outlet page.
    return Outlet(
        id=slugify(domain or (known or {}).get("name") or written), name=written, domain=domain
    )


# Where a text names its own outlet outside the dateline. A reporter's self-reference: 'Pantauan
# Okezone di lokasi', 'kata dia kepada Tempo', 'saat dihubungi Liputan6.com', 'pembaca detikcom',
# 'kepada wartawan, termasuk Okezone'.
SELF_CUE = re.compile(
    r"(?i:pantauan|kepada|dihubungi|dikonfirmasi|ditemui|diwawancarai|pembaca|wartawan,?\s*termasuk|wartawan"
    r"|jurnalis|reporter|dirangkum|dihimpun"
    r"|redaksi|dilihat|diterima|catatan|tim)(?:\s+oleh)?\s*([A-Za-z][\w.\-]*)"
)  # 'dirangkum oleh Okezone' too


# The same network's section cited as a source or named as the reporter: 'dilansir detikJateng',
# 'tayang di detikBali', 'terpopuler detikTravel', 'didapat detikTravel'.
# Only a section brand counts here: 'dilansir Antara' or 'dikutip dari Kompas.com' cites another outlet.
SECTION_CUE = re.compile(
    r"(?i:dilansir(?:\s*dari)?|melansir|dikutip(?:\s*(?:dari|oleh))?|disitat(?:\s*dari)?|mengutip|diberitakan"
    r"|(?:naik|tayang|terbit)\s*di|terpopuler|didapat|termasuk)"
    r"\s*([A-Za-z][\w.\-]*)"
)


# The paper's own photographer: '(Rudi Hartono/detikcom)'.
PHOTO_CREDIT = re.compile(
    r"\(\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}\s*/\s*([A-Za-z][\w.\-]*)\s*\)"
)


SELF_CUE_WORDS = (
    "pantauan",
    "kepada",
    "dihubungi",
    "dikonfirmasi",
    "ditemui",
    "diwawancarai",
    "pembaca",
    "wartawan",
    "jurnalis",
    "reporter",
    "dirangkum",
    "dihimpun",
    "redaksi",  # 'pengetesan redaksi detikOto'
    "dilihat",  # 'dalam video tersebut, dilihat detikcom'
    "diterima",  # 'keterangan tertulis yang diterima detikOto'
    "catatan",  # 'dalam catatan detikcom'
    "tim",  # 'tim Tempo mendengar'
)


# A photo's credit written inline, without brackets: 'Foto/dok Okezone', 'Foto/detikcom'.
INLINE_CREDIT = re.compile(r"(?i:foto|dok)\s*/\s*(?:(?i:dok)\.?\s+)?([A-Za-z][\w.\-]*)")


SECTION_CUE_WORDS = (
    "dilansir",
    "melansir",
    "dikutip",
    "mengutip",
    "diberitakan",
    "naik",
    "tayang",
    "terbit",
    "terpopuler",
    "disitat",  # 'disitat dari detikEdu'
    "didapat",  # 'fakta yang didapat detikTravel'
    "termasuk",  # 'kata dia kepada pewarta, termasuk detikSport'
)


# Words a scraped page glues to the brand after a cue ('kepadaTempodi kantornya').
GLUED_AFTER_BRAND = ("di", "saat", "pada", "ketika", "usai", "melalui", "lewat", "dalam", "dan")


def self_named_outlet(
    body: tuple[Line, ...], lexicon: Lexicon, credits_only: bool = False
) -> Outlet | None:
    """The outlet a text without a dateline names as its own: a reporter's self-reference, the
    same network's section cited, its photographer's credit (`credits_only`: just that, for the
    captions set aside as boilerplate). News agencies (agency: true in outlets.yaml) talk to
    every newsroom, so 'kepada Antara' names no outlet."""
    text = " ".join(line.text for line in body)
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ('İ'): keep the offsets
        lowered = "".join(c.lower()[:1] for c in text)
    found: list[tuple[int, str]] = []
    cues = (
        (SELF_CUE, False, SELF_CUE_WORDS),
        (SECTION_CUE, True, SECTION_CUE_WORDS),
        (PHOTO_CREDIT, False, ("(",)),
        (INLINE_CREDIT, False, ("foto/", "dok/", "foto /")),
    )
    for cue, sections_only, words in cues[2:] if credits_only else cues:
        for match in _cue_matches(cue, words, text, lowered):
            written = _written_brand(match.group(1), lexicon)
            outlet = known_outlet(written, lexicon) if written else None
            if written is None or outlet is None or outlet.get("agency"):
                continue
            if sections_only and not (
                outlet.get("section_brands") and _is_section(written, outlet)
            ):
                continue
            found.append((match.start(), written))
            break
    if not found:
        return None
    return make_outlet(min(found)[1], lexicon)


def _cue_matches(cue: re.Pattern, words: tuple[str, ...], text: str, lowered: str):
    """The matches of `cue` at the places its first words are written, in text order: a substring
    search finds them faster than the pattern's alternation tried at every character."""
    starts = []
    for word in words:
        at = lowered.find(word)
        while at != -1:
            if not at or not lowered[at - 1].isalnum():
                starts.append(at)
            at = lowered.find(word, at + 1)
    for start in sorted(starts):
        match = cue.match(text, start)
        if match:
            yield match


CAPITAL_AFTER_LOWER = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _written_brand(token: str, lexicon: Lexicon) -> str | None:
    """The brand in a token after a cue: 'detikBali.' -> 'detikBali', 'Tempodi' -> 'Tempo',
    'detikcomsaat' -> 'detikcom'. A brand the outlets list spells out wins over a section brand
    read into the same letters ('detikcomdi' is no section 'comdi')."""
    token = token.strip(".-")
    sentence_end = re.match(
        r"(.+?)\.(?=[A-Z][a-z])", token
    )  # 'Okezone.Karena': the next sentence glued on
    # 'OkezoneKarena': the next sentence's first word glued on, longest first
    candidates = [token] + ([sentence_end.group(1)] if sentence_end else [])
    candidates += [token[: m.start()] for m in reversed(list(CAPITAL_AFTER_LOWER.finditer(token)))]
    for candidate in candidates:
        for written in (candidate, _without_glued_word(candidate)):
            if written and lexicon.outlets_by_key.get(outlet_key(written)):
                return written
        if known_outlet(candidate, lexicon):
            return candidate  # a section brand: 'detikOto'
    return None


def _without_glued_word(token: str) -> str | None:
    """'Tempodi' -> 'Tempo': a word a scraped page glued to the brand after it."""
    for glued in GLUED_AFTER_BRAND:
        if token.endswith(glued) and len(token) > len(glued) + 3:
            return token[: -len(glued)]
    return None


def _is_section(written: str, outlet: dict) -> bool:
    """'detikJabar' is a section of detik; 'detikcom' and 'detik.com' are the network itself."""
    own = {outlet_key(outlet["name"]), outlet_key(outlet.get("domain") or "")}
    return outlet_key(written) not in own
