"""Whether a word is an everyday Indonesian word, read from PySastrawi's dictionary of root words
(about 30,000, from the KBBI) through its stemmer: 'Bimbingan' is 'bimbing', 'Pembangunan' is
'bangun'. A run of such words after an office is a unit's or a slogan's name, not a person's."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from typing import TYPE_CHECKING

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

if TYPE_CHECKING:
    from ..lexicon import Lexicon


_STEMMER: list[Stemmer] = []  # made once a process, with the lexicon (load_dictionary)
_ROOTS: list[Container[str]] = []  # its root words, asked without a call through the stemmer


def load_dictionary() -> None:
    """Read the 30,000 root words once, before a build forks its workers (who share them), and
    stem a word of each affix once: the stemmer compiles its rules' patterns on first use, which
    each worker would otherwise do again."""
    if not _STEMMER:
        stemmer = Stemmer(ArrayDictionary(StemmerFactory().get_words()))
        for word in AFFIX_SAMPLES:
            stemmer.stem(word)
        _STEMMER.append(stemmer)
        _ROOTS.append(stemmer.get_dictionary().words)


# Words with the prefixes and suffixes the stemmer's rules tell apart (no text's words)
AFFIX_SAMPLES = (
    "membangunkan",
    "memperbaiki",
    "menyapu",
    "mengambil",
    "menerangkan",
    "mengkaji",
    "dibangunnya",
    "diperbaiki",
    "bermainlah",
    "berkelanjutan",
    "belajar",
    "bekerja",
    "terlihatkah",
    "terbangun",
    "pembangunan",
    "pengetahuan",
    "penyanyi",
    "pelajar",
    "perbaikan",
    "kebersamaan",
    "sebagian",
    "ketahuilah",
    "mempunyai",
    "pertanyaan",
)


def _stemmer() -> Stemmer:
    load_dictionary()
    return _STEMMER[0]


@lru_cache(maxsize=1 << 16)
def is_common_word(folded: str) -> bool:
    """Whether the folded word, or its root once affixes are stripped, is in the dictionary."""
    if not folded.isalpha():
        return False
    if in_dictionary(folded):
        return True
    # stemming is slow (milliseconds): only a word with an affix may have a root in the dictionary
    return AFFIXED.search(folded) is not None and in_dictionary(_stemmer().stem(folded))


AFFIXED = re.compile(r"^(?:me|di|be|te|pe|ke|se)|(?:an|kan|i|nya|lah|kah|pun)$")


def in_dictionary(folded: str) -> bool:
    """Whether the folded word itself, as written, is a root word of the dictionary ('mandiri')."""
    if not _ROOTS:
        load_dictionary()
    return folded in _ROOTS[0]  # the hot path asks this for many words: no calls beneath it


def all_common_words(words: list[str], lexicon: Lexicon) -> bool:
    """Whether two or more folded words are all everyday words and none is known from real names
    (the candidates' list, public figures): 'Peduli Pantai Bersih' is a forum's name, 'Puspa Indah
    Lestari' may be a person's when one of its words is a name's."""
    return len(words) >= 2 and all(
        w not in lexicon.name_tokens and w not in lexicon.everyday_name_words and is_common_word(w)
        for w in words
    )
