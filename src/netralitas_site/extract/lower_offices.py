"""When an office written in lower case is an office: a count before it ('tiga kepala desa'), a
name, a country or a court's person after it ('hakim Budi Santoso'); 'anggota keluarga' is none."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .common_words import in_dictionary, is_common_word
from .names import Stream

# One-word offices of a court that, in lower case, are the office before a person's name ('kata
# hakim Budi Santoso', 'jaksa Budi Santoso'); in capitals 'Hakim' is a name's word too
COURT_HEADS = frozenset({"hakim", "jaksa"})


# A count before an office ('dua mantan staf khusus Menteri X', 'tiga kepala desa'): its holders
# are listed after it, in lower case as in capitals
COUNT_WORDS = frozenset(
    {"dua", "tiga", "empat", "lima", "enam", "tujuh", "para", "sejumlah", "majelis"}
)
FORMER_WORDS = frozenset({"mantan", "eks", "bekas", "orang"})


def counted(stream: Stream, k: int) -> bool:
    """Whether a count stands before the office at k, past 'mantan' or 'orang'."""
    k -= 1
    while k >= 0 and stream.fold(k) in FORMER_WORDS:
        k -= 1
    return k >= 0 and (stream.fold(k) in COUNT_WORDS or stream.fold(k).isdigit())  # '2 mantan'


def _a_country_follows(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'anggota parlemen Eropa', 'perdana menteri Jepang': an office of two words in lower case
    before the country or region whose it is."""
    return (
        stream.sep(k) == " "
        and stream.is_cap(k)
        and lexicon.foreign_places.match_at(stream.toks, k) is not None
    )


def _a_name_follows(stream: Stream, k: int, run_end: int, lexicon: Lexicon) -> bool:
    """'hakim anggota Budi Santoso', 'kepala desa Budi Santoso': a person's name of two words
    or more right after an office of two words written in lower case."""
    run = range(k, min(run_end, k + 4))
    return (
        len(run) >= 2
        and not is_common_word(stream.fold(k))
        and stream.fold(k) not in lexicon.institution_words
        and any(stream.fold(i) in lexicon.name_tokens for i in run)
    )


def _a_run_of_names(stream: Stream, k: int, run_end: int, lexicon: Lexicon) -> bool:
    """'hakim Budi Santoso': two or more capitalised words after a one-word office in lower case,
    none a body's, a place's or an everyday word, or one of them a name's word."""
    run = range(k, min(run_end, k + 4))
    return _a_name_follows(stream, k, run_end, lexicon) or (
        len(run) >= 2
        and lexicon.places.match_at(stream.toks, k) is None
        and not any(
            stream.fold(i) in lexicon.institution_words or in_dictionary(stream.fold(i))
            for i in run
        )
    )


# the office's holders listed after it, past a clause about them ('camat yang ikut diperiksa, yakni A
# dan B', 'kepala desa yang dipanggil masing-masing A, B'): in lower case, an office all the same
# (lists.MEMBERS_INTRO reads the holders themselves from the same words)
LISTING = (
    r"(?:\s+yang(?:\s+[a-z][\w-]*){1,4}?)?"
    r"\s*,?\s*(?:di\s?antaranya|antara\s+lain|yakni|yaitu|masing-masing)\s*:?\s*"
)
HOLDERS_LISTED = re.compile(LISTING + r"[A-Z]")


def holders_listed(stream: Stream, head_end: int) -> bool:
    """Whether the holders of the office ending before token `head_end` are listed after it (not
    of a word for any official: 'pejabat yang dilantik, yakni A untuk Kabupaten X' names each
    one's own office)."""
    return (
        stream.fold(head_end - 1) not in ANY_OFFICIAL
        and HOLDERS_LISTED.match(stream.text, stream.toks[head_end - 1][2]) is not None
    )


ANY_OFFICIAL = frozenset({"pejabat", "petugas", "pegawai", "staf", "anggota", "aparatur"})


# a holder after a comma, past 'lainnya' ('Anggota pansus lainnya, Budi')
HOLDER_AFTER_COMMA = re.compile(r"(?:\s+lainnya)?\s*,\s*(?:[A-Z]|H\.|Hj\.)")


def holder_after_comma(stream: Stream, unit_end: int) -> bool:
    """Whether a holder's name follows the unit ending before token `unit_end` after a comma."""
    return HOLDER_AFTER_COMMA.match(stream.text, stream.toks[unit_end - 1][2]) is not None
