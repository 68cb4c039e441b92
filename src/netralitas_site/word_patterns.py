"""How the vocabulary's word lists become matchers: the degrees written after a name, the words
of bodies' and portfolios' names, a verb glued to the name before it, and countries' names.

Each rule decides what a written word is; `lexicon.load_lexicon` compiles the data files' lists
with them. Nothing here reads a data file.
"""

from __future__ import annotations

import re

# A capital right after a lower-case letter, or an acronym glued to a word ('RIPrabowo'); one
# capital opens both, so a search skips to the capitals (re scans for a leading character set fast)
GLUED_CAPITALS = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|[A-Z][a-z])")
GLUED_DEMONSTRATIVE = re.compile(r"[A-Z][a-z]{3,}(?:ini|itu|masa)\b")  # 'Sumbarini' (glued.py)


def any_glue(glued_tail: re.Pattern) -> re.Pattern:
    """GLUED_CAPITALS, `glued_tail` (lexicon) or GLUED_DEMONSTRATIVE in one search: most lines hold
    none, and one pass over them costs less than three. Compiled with the lexicon, before a build
    forks its workers, not by each of them."""
    return re.compile(
        f"{GLUED_CAPITALS.pattern}|(?:{glued_tail.pattern})|{GLUED_DEMONSTRATIVE.pattern}"
    )


def degree_initials(forms: list[str]) -> frozenset[str] | None:
    """The characters a match of `degree_pattern(forms)` starts with: each form's first letter, as
    written (None when a form has no letter and the pattern could start anywhere)."""
    parts = [[p for p in form.split(".") if p] for form in forms]
    if not all(parts):
        return None
    return frozenset(form_parts[0][0] for form_parts in parts)


def degree_pattern(forms: list[str]) -> re.Pattern:
    """One regex for all post-name degrees: dots optional, a space allowed after a dot."""
    alternatives = set()
    for form in forms:
        parts = [p for p in form.split(".") if p]
        pieces = []
        for part in parts:
            first, rest = (
                re.escape(part[0]),
                "".join(
                    f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in part[1:]
                ),
            )
            pieces.append(first + rest)
        alternatives.add(r"\.?\s?".join(pieces) + r"\.?")
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(ordered) + r")(?![\w\-])")


# An Indonesian abstract noun, ke-...-an or pe(r/n/m/ng/ny/l)-...-an: 'Kebudayaan', 'Pembangunan'
ABSTRACT_NOUN = r"(?:ke|pe)[a-z]{3,}an"


class BodyWords(frozenset):
    """The words of bodies' and portfolios' names: the listed ones, every word built as an
    Indonesian abstract noun ('Kebudayaan', 'Pemasyarakatan', 'Ketenagakerjaan', 'Hilirisasi')
    and every ministry's short name ('Kemenkeu', 'Kemenkoinfra'),
    which names a field and is hardly ever a person's name; words of real names of that shape
    (`names`: names.yaml's given_name_tokens) are kept out."""

    names: frozenset[str]  # set in __new__
    SHAPE = re.compile(ABSTRACT_NOUN + r"|[a-z]{3,}isasi|kemen(?:ko)?[a-z]{2,}")  # 'Kemenkoinfra'

    def __new__(cls, words, names: frozenset[str] = frozenset()):
        made = super().__new__(cls, words)
        made.names = frozenset(n for n in names if cls.SHAPE.fullmatch(n))
        return made

    def __reduce__(self):
        return (BodyWords, (frozenset(self), self.names))

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str)
            and word not in self.names
            and self.SHAPE.fullmatch(word) is not None
        )


# A verb glued to the name before it ('Subiantomencabut', 'Runtuwenememaparkan'): a prefix of
# Indonesian verbs and four letters or more, seven letters in all, after four letters or more
# (a noun's prefix is shorter: 'Pemberantasan' stays whole). Of the candidates' name words, five
# end so ('Prameswati'); a word of a known name is never cut (glued.split_glued). Written for
# after the name's capital, which `lexicon.glued_tail` puts first.
GLUED_VERB = r"([a-z]{3,}?)(?=[a-z]{7})(?:mem|men|meng|meny|me|ber|ter)[a-z]{4,}"


NOT_COUNTRIES = frozenset(
    {"ZZ", "XA", "XB", "EZ", "QO", "DG"}
)  # unknown region, pseudo-accents, euro zone, a person-like atoll


def country_names() -> list[str]:
    """Every country's name in Indonesian, as Babel's CLDR data writes it ('Tanzania', 'Kolombia',
    'Korea Selatan'): 'Presiden Tanzania' names the post's country, not the first word of a name."""
    from babel import Locale

    return sorted(
        name
        for code, name in Locale("id").territories.items()
        if re.fullmatch(r"[A-Z]{2}", code)
        and code not in NOT_COUNTRIES
        and re.fullmatch(r"[^\W\d_][\w' ]*", name)
        and name[0].isupper()
        and len(name.split()) <= 3
    )
