"""A holder written after a body's name the vocabulary lacks: 'Kepala Badan Tektonika Kementerian
ESDM Budi Santoso', 'Direktur Utama PT Kilang Pertamina Nasional (KPN) Rudi Hartono'.
The office's reading stops at the first unknown word; the rest of the body's name and the person
then share one capitalised run, which is cut after the body's last word."""

from __future__ import annotations

from ..lexicon import Lexicon
from .capitals import _shouted_name
from .common_words import is_common_word
from .names import ParsedName, Stream, parse_name
from .role_words import RolePhrase, _capital_run, _extend_with_run
from .text import fold


def name_after_body(
    stream: Stream, role: RolePhrase, k: int, run_end: int, lexicon: Lexicon
) -> tuple[ParsedName, RolePhrase] | None:
    """(holder, the office with the body's words) when the run k..run_end after `role` ends with a
    person after the body's last word, or a short form in brackets follows it and then a person."""
    last = max((i for i in range(k, run_end - 1) if _body_word(stream, i, lexicon)), default=None)
    if last is not None:
        name = parse_name(stream, last + 1, lexicon)
        if _a_person(name, run_end, lexicon):
            assert name is not None
            return name, _extend_with_run(stream, role, last + 1, lexicon)
    after = run_end + 1  # '(KPN) Rudi ...': the body's short form, then its holder
    if (
        after < len(stream)
        and stream.sep(run_end).strip() == "("
        and stream.is_acronym(run_end)
        and stream.sep(after).strip() == ")"
        and stream.is_cap(after)
    ):
        name = parse_name(stream, after, lexicon)
        end = _capital_run(stream, after)
        if _a_person(name, end, lexicon) or _a_foreign_person(name, end, lexicon):
            assert name is not None
            return name, _extend_with_run(stream, role, after, lexicon)
    return None


def _a_foreign_person(name: ParsedName | None, end: int, lexicon: Lexicon) -> bool:
    """After a body's short form in brackets, two or three words that no known name, dictionary
    or body holds: a name our lists lack ('(BEA) Tomas Moreno')."""
    if name is None or name.end != end:
        return False
    words = [fold(w) for w in name.name.split()]
    return (
        2 <= len(words) <= 3
        and not any(is_common_word(w) or w in lexicon.institution_words for w in words)
        and not lexicon.places.match_at(((words[0], 0, 0),), 0)
        and not lexicon.foreign_places.match_at(((words[0], 0, 0),), 0)
    )


def _body_word(stream: Stream, i: int, lexicon: Lexicon) -> bool:
    folded = stream.fold(i)
    return (
        folded in lexicon.institution_words
        or folded in lexicon.never_in_names
        or folded in lexicon.state_companies
        or (
            stream.is_acronym(i)
            and len(stream.raw(i)) >= 3
            and not _shouted_name(stream, i, lexicon)
        )
    )


def _a_person(name: ParsedName | None, end: int, lexicon: Lexicon) -> bool:
    """Two words or more up to the run's end, one of them a word of known names, none of them
    a body's word ('Gunung Salak', 'Lingkar Nusa' name no one)."""
    if name is None or name.end != end:
        return False
    written = name.name.split()
    words = [fold(w) for w in written]
    return (
        len(words) >= 2
        and any(w in lexicon.name_tokens for w in words)
        and not any(w in lexicon.institution_words or w in lexicon.never_in_names for w in words)
        and not any(w.isupper() and len(w) > 1 for w in written)  # 'BI Rudi ...': a body's
        and not lexicon.places.match_at(((words[0], 0, 0),), 0)  # 'Bandung Rudi ...': a place's
    )
