"""The values a correction may give, checked: text, dates, and the regions, roles and degrees the
lexicon knows (with the names a typo could have meant); a value that cannot be used raises
Unusable. Also what a field's handler is given besides the article (Given)."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from functools import lru_cache

from slugify import slugify

from ..extract.text import fold, tokens_with_spans
from ..lexicon import Lexicon, _data
from ..model import Region
from ..problems import Problem, did_you_mean, suggestion

NAME_CUTOFF = 0.75  # names share long prefixes ("Kabupaten ..."): only close ones are suggested


class Unusable(ValueError):
    """A correction that cannot be used; `at` is the path of the offending value inside the field."""

    def __init__(self, message: str, at: tuple = ()):
        super().__init__(message)
        self.at = at


@dataclass
class Given:
    """What a field's handler needs besides the article: the lexicon, the other fields, and
    where to put problems about values inside the field."""

    lexicon: Lexicon
    fields: dict
    problems: list[Problem] = field(default_factory=list)


def text_value(value, what: str = "text", at: tuple = ()) -> str:
    if (
        not isinstance(value, (str, int, float))
        or isinstance(value, bool)
        or not str(value).strip()
    ):
        raise Unusable(f"expected {what}, got {value!r}", at)
    return str(value).strip()


def parse_date(value, at: tuple = ()) -> dt.date:
    """A date written YYYY-MM-DD that exists (2024-02-31 does not)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise Unusable(f"'{value}' is not a date written YYYY-MM-DD", at) from None
    if not isinstance(value, dt.date):
        raise Unusable(f"expected a date written YYYY-MM-DD, got {value!r}", at)
    return value


def find_region(name: str, lexicon: Lexicon) -> Region | None:
    """The region a canonical name or id names ('Kabupaten Solok', 'kota-solok'), any case."""
    wanted = slugify(name)
    for entry in lexicon.regions.values():
        if wanted in (entry.id, slugify(entry.name)):
            return Region(entry.id, entry.name)
    return None


def region_named(name: str, lexicon: Lexicon, at: tuple = ()) -> Region:
    """`find_region`, or Unusable with the names it could have meant."""
    region = find_region(name, lexicon)
    if region is not None:
        return region
    raise Unusable(f"unknown region '{name}'{region_hint(name, lexicon) or REGION_EXAMPLE}", at)


REGION_EXAMPLE = " (write e.g. 'Kabupaten Solok' or 'Kota Solok')"
REGION_KINDS = {
    "kabupaten": "kabupaten",
    "kab": "kabupaten",
    "kota": "kota",
    "provinsi": "provinsi",
    "prov": "provinsi",
}


def region_hint(name: str, lexicon: Lexicon) -> str:
    """The regions a mistyped name could mean, compared on the name without 'Kabupaten', 'Kota' or
    'Provinsi' (which every name shares, so 'Kabupaten Atlantis' is not near 'Kabupaten Malang'):
    'Kabupaten Soolok' -> 'Kabupaten Solok', 'Solok' -> 'Kabupaten Solok' or 'Kota Solok',
    'Kabupaten Padang' -> 'Kota Padang'."""
    words = fold(name).split()
    kind = REGION_KINDS.get(words[0]) if len(words) > 1 else None
    rest = " ".join(words[1:] if kind else words)
    by_short: dict[str, list] = {}
    for entry in lexicon.regions.values():
        by_short.setdefault(fold(entry.short), []).append(entry)
    close = difflib.get_close_matches(rest, list(by_short), n=1, cutoff=NAME_CUTOFF)
    if not close:
        return ""
    entries = by_short[close[0]]
    same_kind = [e for e in entries if e.type == kind]
    return suggestion(sorted(e.name for e in (same_kind or entries)))


def role_vocabulary(lexicon: Lexicon) -> dict[str, str]:
    """folded -> canonical of every normalized role offices.yaml can give: each rule's role, and
    and each of them held acting ('Penjabat Sementara Bupati', 'Pelaksana Tugas Deputi')."""
    acting = sorted(set(lexicon.acting.values()))
    roles: dict[str, str] = {}
    for rule in lexicon.role_rules:
        for role in [rule.role, *(f"{a} {rule.role}" for a in acting)]:
            roles.setdefault(fold(role), role)
    return roles


def role_named(name: str, lexicon: Lexicon, at: tuple = ()) -> str:
    """The canonical normalized role for `name` (any case or accents), or Unusable with a suggestion."""
    vocabulary = role_vocabulary(lexicon)
    canonical = vocabulary.get(fold(name))
    if canonical is None:
        written_as = role_of(
            name, lexicon
        )  # 'Sekda', 'Pjs Bupati Solok': what the rules make of it
        hint = (
            suggestion([written_as])
            if written_as
            else did_you_mean(name, vocabulary.values(), fold, n=1, cutoff=NAME_CUTOFF)
        )
        raise Unusable(
            f"'{name}' is not a role of the vocabulary (src/netralitas_site/data/offices.yaml){hint}",
            at,
        )
    return canonical


def role_of(written: str, lexicon: Lexicon) -> str | None:
    """The normalized role of a role as written ('Pjs Bupati Solok' -> 'Penjabat Sementara Bupati'),
    by offices.yaml's rules, or None when no rule knows it."""
    words = [t for t, _, _ in tokens_with_spans(written)]
    acting = None
    for sequence, normalized in lexicon.acting_by_first.get(words[0], ()) if words else ():
        if tuple(words[: len(sequence)]) == sequence:
            acting, words = normalized, words[len(sequence) :]
            break
    rule = lexicon.role_rule(" ".join(words)) if words else None
    if rule is None:
        return None
    return f"{acting} {rule.role}" if acting else rule.role


@lru_cache(maxsize=1)
def known_degrees() -> tuple[str, ...]:
    """Every title and degree degrees.yaml writes, for suggestions."""
    doc = _data("degrees.yaml")  # the lexicon keeps them as a pattern; suggestions need the forms
    return tuple(doc.get("pre_name", [])) + tuple(doc.get("post_name", []))


def is_known_degree(degree: str, lexicon: Lexicon) -> bool:
    if degree in lexicon.pre_name or degree.rstrip(".") in {
        d.rstrip(".") for d in lexicon.pre_name
    }:
        return True
    return lexicon.post_name.fullmatch(degree) is not None or tuple(degree.split()) in lexicon.ranks
