"""Domain vocabulary loaded once per build from the package's data files.

Degrees, offices, regions and outlets live in `data/*.yaml`; this module turns them into
lookup structures (the rules that make patterns of word lists are in `word_patterns.py`).
Nothing here knows a particular person, region or outlet by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Generic, TypeVar

import yaml
from slugify import slugify

from .extract.common_words import load_dictionary
from .extract.text import fold, tokens_with_spans, words_pattern
from .word_patterns import (
    GLUED_VERB,
    BodyWords,
    any_glue,
    country_names,
    degree_initials,
    degree_pattern,
)

Payload = TypeVar("Payload")  # what a PhraseIndex finds for a phrase: a region hit, a name, ...


@dataclass
class PhraseIndex(Generic[Payload]):
    """Finds known multi-word phrases in text, longest match first, by folded tokens."""

    # first token -> [(length, {phrase tokens: payloads})], longest first
    by_first: dict[str, list[tuple[int, dict[tuple[str, ...], list[Payload]]]]] = field(
        default_factory=dict
    )

    def add(self, phrase: str, payload: Payload) -> None:
        toks = tuple(t for t, _, _ in tokens_with_spans(phrase))
        if not toks:
            return
        buckets = self.by_first.setdefault(toks[0], [])
        for length, phrases in buckets:
            if length == len(toks):
                phrases.setdefault(toks, []).append(payload)
                return
        buckets.append((len(toks), {toks: [payload]}))
        buckets.sort(key=lambda bucket: -bucket[0])

    def scan(self, text: str) -> list[tuple[int, int, list[Payload]]]:
        """Non-overlapping matches as (start_char, end_char, payloads of the longest phrase);
        a place is a proper noun, so the match must start with a capital letter or digit."""
        toks = tokens_with_spans(text)
        return [
            (toks[i][1], toks[i + length - 1][2], payloads)
            for i, length, payloads in self.scan_tokens(text, toks)
        ]

    def scan_tokens(self, text: str, toks) -> list[tuple[int, int, list[Payload]]]:
        """`scan` as (first token index, number of tokens, payloads)."""
        by_first = self.by_first
        out = []
        end = 0
        for i in [
            i for i, tok in enumerate(toks) if tok[0] in by_first
        ]:  # most words start no place
            if i < end:
                continue
            first = text[toks[i][1]]
            found = self.match_at(toks, i) if first.isupper() or first.isdigit() else None
            if found:
                length, payloads = found
                out.append((i, length, payloads))
                end = i + length
        return out

    def match_at(self, toks, i):
        """(length, payloads) of the longest phrase starting at token i, or None."""
        buckets = self.by_first.get(toks[i][0])
        if not buckets:
            return None
        words = tuple([t[0] for t in toks[i : i + buckets[0][0]]])  # buckets are longest first
        for length, phrases in buckets:
            if length <= len(words):
                payloads = phrases.get(words[:length])
                if payloads:
                    return length, payloads
        return None


@dataclass(frozen=True, slots=True)
class RegionEntry:
    id: str
    name: str
    short: str
    type: str  # provinsi | kabupaten | kota
    province: str | None  # province id
    capital: str | None


@dataclass(frozen=True, slots=True)
class RegionHit:
    """A place named in text: which region, and how strongly the words pick it."""

    region: str  # region id
    strength: str  # explicit | short | variant | capital | kecamatan


@dataclass(frozen=True, slots=True)
class RoleRule:
    pattern: re.Pattern
    role: str
    institution: str
    vertical: bool = False


@dataclass(
    eq=False
)  # one per build, compared by identity: hashable, so extractors can memoize per lexicon
class Lexicon:
    pre_name: frozenset[str]
    ranks: tuple[tuple[str, ...], ...]
    post_name: re.Pattern
    adat_markers: frozenset[str]
    courtesy: frozenset[str]
    acting: dict[tuple[str, ...], str]  # folded written tokens -> normalized acting word
    heads: tuple[tuple[str, ...], ...]  # folded token sequences, longest first
    institution_words: frozenset[str]  # folded
    role_rules: tuple[RoleRule, ...]
    region_heads: frozenset[str]
    head_level: dict[str, str]
    heads_by_first: dict[str, tuple[tuple[str, ...], ...]]
    acting_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    ranks_by_first: dict[str, tuple[tuple[str, ...], ...]]
    regions: dict[str, RegionEntry]
    places: PhraseIndex[RegionHit]
    outlets_by_key: dict[str, dict]
    name_tokens: frozenset[str] = (
        frozenset()
    )  # folded words seen in real people's names (names.yaml)
    not_first_words: frozenset[str] = frozenset()  # folded words that never open a name
    everyday_name_words: frozenset[str] = frozenset()  # names' words that are everyday words too
    # figures.yaml: (name, short forms, a name many people bear, office)
    figures: tuple[tuple[str, tuple[str, ...], bool, str], ...] = ()
    figure_names: frozenset[str] = frozenset()  # their names and short forms, folded
    named_after_people: frozenset[str] = frozenset()  # 'Bandara', 'Jalan': a thing named after one
    never_in_names: frozenset[str] = frozenset()  # folded words that are never part of a name
    foreign_places: PhraseIndex[str] = field(
        default_factory=PhraseIndex
    )  # countries and foreign cities in roles
    foreign_cities: frozenset[str] = frozenset()  # folded: the cities and states among them
    not_role_after: frozenset[str] = (
        frozenset()
    )  # 'Peraturan Gubernur', 'Kantor Bupati': an office in a thing's name
    glued_tail: re.Pattern = re.compile(
        r"(?!)"
    )  # a lower-case word glued to the capitalised word before it
    never_after_name: frozenset[str] = (
        frozenset()
    )  # folded words that end a name when written with a capital ('Bersama')
    not_public: re.Pattern = re.compile(
        r"(?!)"
    )  # folded role phrases of posts that are no public office
    state_companies: frozenset[str] = (
        frozenset()
    )  # folded words naming a state-owned company ('pertamina', 'perum')
    national_bodies: re.Pattern = re.compile(
        r"(?!)"
    )  # folded role phrases of an office in a body of the Republic ('deputi ... kasn')
    post_name_initials: frozenset[str] | None = (
        None  # the letters post_name can start with (None: any)
    )
    role_first: frozenset[str] = field(init=False)  # folded words a role phrase can start with
    level_by_head: dict[str, str] = field(
        init=False
    )  # head_level keyed by folded head without spaces
    one_word_heads: frozenset[str] = field(init=False)
    glued_places: frozenset[str] = field(
        init=False
    )  # 'waykanan': a place of several words written as one
    glued_any: re.Pattern = field(init=False)  # whether a line may hold glued words (glued.py)
    _rules_of: dict[str, RoleRule | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.role_first = frozenset(self.heads_by_first) | frozenset(self.acting_by_first)
        self.level_by_head = {
            fold(head).replace(" ", ""): level for head, level in self.head_level.items()
        }
        self.one_word_heads = frozenset(h[0] for h in self.heads if len(h) == 1)
        self.glued_places = frozenset(
            "".join(phrase)
            for buckets in self.places.by_first.values()
            for length, phrases in buckets
            if length > 1
            for phrase in phrases
        )
        self.glued_any = any_glue(self.glued_tail)
        self._rules_of = {}

    def role_rule(self, phrase: str) -> RoleRule | None:
        """The first rule whose pattern finds the folded role phrase; remembered, since an archive
        names the same few offices over and over."""
        if phrase not in self._rules_of:
            if len(self._rules_of) > 50_000:
                self._rules_of.clear()
            self._rules_of[phrase] = next(
                (r for r in self.role_rules if r.pattern.search(phrase)), None
            )
        return self._rules_of[phrase]

    def region(self, region_id: str | None) -> RegionEntry | None:
        return self.regions.get(region_id) if region_id else None


def province_of(lexicon: Lexicon):
    """A canonical region name -> the name of its province (a province is its own)."""
    by_name = {entry.name: entry for entry in lexicon.regions.values()}

    def province(region: str | None) -> str | None:
        entry = by_name.get(region) if region else None
        if entry is None:
            return region
        if entry.province and entry.province in lexicon.regions:
            return lexicon.regions[entry.province].name
        return entry.name

    return province


def _optional_pattern(doc: dict, key: str) -> re.Pattern:
    """The data's pattern at `key`, or one that matches nothing when the data has none."""
    return re.compile(doc[key]) if doc.get(key) else re.compile(r"(?!)")


def _data(name: str):
    text = resources.files("netralitas_site").joinpath("data", name).read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


# Noble titles that open a name and that news often leaves out ('Andi Rudi Hartono' is written
# 'Rudi Hartono')
NOBLE_TITLES = ("Andi", "Teuku", "Tengku", "Raden")


def _short_forms(figure: dict) -> tuple[str, ...]:
    """A figure's short forms: those figures.yaml gives, and the name without its noble title."""
    shorts = tuple(figure.get("short") or ())
    first, _, rest = figure["name"].partition(" ")
    if first in NOBLE_TITLES and len(rest.split()) >= 2 and rest not in shorts:
        shorts += (rest,)
    return shorts


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    load_dictionary()  # the everyday words' dictionary, read with the rest of the data
    degrees = _data("degrees.yaml")
    offices = _data("offices.yaml")
    regions_doc = _data("regions.yaml")
    outlets_doc = _data("outlets.yaml")
    names_doc = _data("names.yaml")
    figures = tuple(
        (f["name"], _short_forms(f), bool(f.get("shared_name")), f["office"])
        for f in _data("figures.yaml")["figures"]
    )

    acting = {}
    for normalized, forms in offices["acting"].items():
        for form in forms:
            acting[tuple(t for t, _, _ in tokens_with_spans(form))] = normalized
    heads = sorted(
        {tuple(t for t, _, _ in tokens_with_spans(h)) for h in offices["heads"]},
        key=len,
        reverse=True,
    )
    rules = tuple(
        RoleRule(
            re.compile(r["match"]),
            r["role"],
            r.get("institution", "{rest}"),
            bool(r.get("vertical")),
        )
        for r in offices["normalize"]
    )
    regions, places = build_regions(regions_doc)
    outlets: dict[str, dict] = {}
    for outlet in outlets_doc.get("outlets", []):
        for key in [outlet["name"], outlet.get("domain") or "", *outlet.get("aliases", [])]:
            if key:
                outlets.setdefault(outlet_key(key), outlet)
    return Lexicon(
        pre_name=frozenset(degrees["pre_name"]),
        ranks=tuple(sorted((tuple(r.split()) for r in degrees["ranks"]), key=len, reverse=True)),
        post_name=degree_pattern(degrees["post_name"]),
        post_name_initials=degree_initials(degrees["post_name"]),
        adat_markers=frozenset(degrees["adat_markers"]),
        courtesy=frozenset(degrees["courtesy"]),
        acting=acting,
        heads=tuple(heads),
        institution_words=BodyWords(
            (fold(w) for w in offices["institution_words"] + offices.get("state_companies", [])),
            frozenset(fold(t) for t in names_doc["given_name_tokens"]),
        ),
        role_rules=rules,
        region_heads=frozenset(offices["region_heads"]),
        head_level=dict(offices["head_level"]),
        heads_by_first=_by_first(heads),
        acting_by_first=_by_first_pairs(acting),
        ranks_by_first=_by_first(
            sorted((tuple(r.split()) for r in degrees["ranks"]), key=len, reverse=True)
        ),
        regions=regions,
        places=places,
        outlets_by_key=outlets,
        name_tokens=frozenset(fold(t) for t in names_doc["given_name_tokens"]),
        not_first_words=frozenset(fold(t) for t in names_doc["not_first_words"]),
        everyday_name_words=frozenset(fold(t) for t in names_doc["everyday_name_words"]),
        figures=figures,
        figure_names=frozenset(
            fold(spelling) for name, shorts, *_ in figures for spelling in (name, *shorts)
        ),
        named_after_people=frozenset(fold(w) for w in names_doc["named_after_people"]),
        never_in_names=frozenset(fold(t) for t in names_doc["never_in_names"]),
        foreign_places=_phrases([*offices.get("foreign_places", []), *country_names()]),
        foreign_cities=frozenset(fold(c) for c in offices.get("foreign_cities", [])),
        not_role_after=frozenset(fold(w) for w in offices.get("not_role_after", [])),
        not_public=_optional_pattern(offices, "not_public"),
        state_companies=frozenset(fold(w) for w in offices.get("state_companies", [])),
        national_bodies=_optional_pattern(offices, "national_bodies"),
        never_after_name=frozenset(fold(w) for w in names_doc["glued_words"]),
        glued_tail=re.compile(  # the capital first: a search skips to the capitals (glued.GLUED_CAPITALS)
            r"[A-Z](?:([a-z]{2,}?)"
            + words_pattern(names_doc["glued_words"])
            + "|"
            + GLUED_VERB
            + r")\b"
        ),  # a group ends where the glued word starts
    )


def _phrases(phrases: list[str]) -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for phrase in phrases:
        index.add(phrase, phrase)
    return index


def _by_first(sequences) -> dict:
    out: dict[str, list] = {}
    for seq in sequences:
        out.setdefault(seq[0], []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


def _by_first_pairs(mapping: dict) -> dict:
    out: dict[str, list] = {}
    for seq, value in sorted(mapping.items(), key=lambda item: -len(item[0])):
        out.setdefault(seq[0], []).append((seq, value))
    return {k: tuple(v) for k, v in out.items()}


def outlet_key(name: str) -> str:
    """'KOMPAS.com', 'Kompas.com' and 'kompas.com' share a key; so do 'BiNews' and 'binews.id'."""
    name = re.sub(
        r"(\.(com|id|co|net|org|info|tv|or|web|my|go|ac|sch|online|news))+$",
        "",
        name.strip().lower(),
    )
    return fold(name).replace(" ", "")


# Capitals whose names are also everyday words ("Aparatur Sipil Negara", "Jalan Raya").
COMMON_WORDS = {
    "negara",
    "raya",
    "baru",
    "tengah",
    "timur",
    "barat",
    "utara",
    "selatan",
    "kota",
    "pusat",
    "sentral",
    "bandar",
    "pasar",
    "kampung",
    "tanjung",
    "muara",
    "sungai",
    "bukit",
    "batu",
    "air",
    "lubuk",
    "teluk",
}


def build_regions(doc: dict) -> tuple[dict[str, RegionEntry], PhraseIndex[RegionHit]]:
    regions: dict[str, RegionEntry] = {}
    places: PhraseIndex[RegionHit] = PhraseIndex()
    for p in doc.get("provinces", []):
        entry = RegionEntry(p["id"], p["name"], p["short"], "provinsi", None, p.get("capital"))
        regions[entry.id] = entry
        short = p["short"]
        for form in (
            p["name"],
            f"Provinsi {short}",
            f"Prov. {short}",
            f"Prov {short}",
            f"Pemprov {short}",
            f"Pemerintah Provinsi {short}",
        ):
            places.add(form, RegionHit(entry.id, "explicit"))
        places.add(short, RegionHit(entry.id, "short"))
        for variant in p.get("variants", []):
            places.add(variant, RegionHit(entry.id, "variant"))
            places.add(f"Pemprov {variant}", RegionHit(entry.id, "explicit"))
            places.add(f"Provinsi {variant}", RegionHit(entry.id, "explicit"))
    for r in doc.get("regencies", []):
        entry = RegionEntry(
            r["id"], r["name"], r["short"], r["type"], r.get("province"), r.get("capital")
        )
        regions[entry.id] = entry
        names = [r["short"], *r.get("variants", [])]
        prefixes: tuple[str, ...]
        if r["type"] == "kabupaten":
            prefixes = ("Kabupaten", "Kab.", "Kab", "Pemkab", "Pemerintah Kabupaten", "Pemda")
        else:
            prefixes = ("Kota", "Pemko", "Pemkot", "Pemerintah Kota", "Kota Administrasi")
        for name in names:
            for prefix in prefixes:
                places.add(f"{prefix} {name}", RegionHit(entry.id, "explicit"))
        places.add(r["name"], RegionHit(entry.id, "explicit"))
        places.add(r["short"], RegionHit(entry.id, "short"))
        for variant in r.get("variants", []):
            places.add(variant, RegionHit(entry.id, "variant"))
        for capital in [r.get("capital"), *r.get("capital_variants", [])]:
            if capital and fold(capital) != fold(r["short"]) and fold(capital) not in COMMON_WORDS:
                places.add(capital, RegionHit(entry.id, "capital"))
        for kecamatan in r.get("kecamatan", []):
            places.add(kecamatan, RegionHit(entry.id, "kecamatan"))
    return regions, places


def region_slug(name: str) -> str:
    return slugify(name)
