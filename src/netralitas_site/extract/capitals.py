"""Words written in capitals after an office: a person's name shouted ('DEDI MULYADI', 'ST
Burhanuddin') or a body's acronym ('BPBD', 'BAPPEDA'), told apart by name evidence and by how
the word reads."""

from __future__ import annotations

from ..lexicon import Lexicon
from .names import Stream


def _shouted_name(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'DEDI' in 'Gubernur Jawa Barat DEDI MULYADI' and 'ST' in 'Jaksa Agung ST Burhanuddin': a name
    word written in capitals, or initials before a name word, not an institution's acronym."""
    folded = stream.fold(k)
    if folded in lexicon.institution_words:
        return False
    if k > 0 and stream.sep(k) == " " and stream.fold(k - 1) in lexicon.state_companies:
        return False  # 'PT Pertamina EP': the letters name the company's unit, not initials
    if len(folded) >= 4 and folded in lexicon.name_tokens:
        return True
    if _spoken_capitals(folded, lexicon) and (
        (k + 1 < len(stream) and stream.sep(k + 1) == " " and _shouted_word(stream, k + 1, lexicon))
        or (k > 0 and stream.sep(k) == " " and _shouted_word(stream, k - 1, lexicon))
    ):
        return True  # 'EPYARDI ASDA': two words in capitals that read as words, not acronyms
    return (
        len(folded) == 2
        and k + 1 < len(stream)
        and stream.sep(k + 1) == " "
        and stream.fold(k + 1) in lexicon.name_tokens
    )


def _spoken_capitals(folded: str, lexicon: Lexicon) -> bool:
    """A word in capitals that reads as a word, not an acronym: four letters or more, two of
    them vowels, and no body's or state company's short name."""
    return (
        len(folded) >= 4
        and folded.isalpha()
        and sum(folded.count(v) for v in "aiueo") >= 2
        and folded not in lexicon.institution_words
        and folded not in lexicon.state_companies
    )


def _shouted_word(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    raw = stream.raw(k)
    return (
        raw.isupper()
        and len(raw) >= 3
        and (stream.fold(k) in lexicon.name_tokens or _spoken_capitals(stream.fold(k), lexicon))
    )
