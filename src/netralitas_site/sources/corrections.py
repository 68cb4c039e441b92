"""Apply what the user wrote in front matter or a side file: a given field always wins.

Every value is validated, nested ones too; a problem names the file and the line of the value
(with a suggestion when the value looks like a typo of a known one). A value that cannot be
used is ignored and the extracted one stays, so the article still builds from its text.

`officials:` patches the extracted list rather than replacing it: each entry is matched to an
extracted official (by id, name or alias) and changes only the fields it gives, so correcting
one official never drops the others or the speakers of their quotes. Entries naming nobody
extracted add an official, `remove: true` drops one, `officials_replace: true` drops every
official the list does not name; a quote that loses its speaker that way is always reported.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from urllib.parse import urlsplit

from slugify import slugify

from ..extract.dateline import make_outlet
from ..extract.names import person_key
from ..extract.text import fold
from ..lexicon import Lexicon, _data, tokens_with_spans
from ..model import Article, Byline, DateFound, OfficialMention, Region
from ..problems import Problem, did_you_mean, error, suggestion, warning
from .decode import compact_numbers
from .fields import Field

FIELDS = (
    "id",
    "title",
    "date",
    "outlet",
    "dateline",
    "regions",
    "officials",
    "officials_replace",
    "author",
    "editor",
    "initials",
    "url",
    "accessed",
    "status",
    "tags",
    "case",
)
PROVENANCE = (
    "url",
    "accessed",
    "status",
)  # where the article came from: facts about the source, not corrections
OFFICIAL_KEYS = (
    "id",
    "name",
    "degrees",
    "role",
    "role_normalized",
    "institution",
    "region",
    "remove",
)
NAME_CUTOFF = 0.75  # names share long prefixes ("Kabupaten ..."): only close ones are suggested


class Unusable(ValueError):
    """A correction that cannot be used; `at` is the path of the offending value inside the field."""

    def __init__(self, message: str, at: tuple = ()):
        super().__init__(message)
        self.at = at


@dataclass
class _Given:
    """What a field's handler needs besides the article: the lexicon, the other fields, and
    where to put problems about values inside the field."""

    lexicon: Lexicon
    fields: dict
    problems: list[Problem] = field(default_factory=list)


def apply_corrections(
    article: Article, fields: dict, where: str | None, lexicon: Lexicon
) -> tuple[Article, list[Problem]]:
    """`fields` is {key: sources.Field} as read by sources.parse_fields ((value, line) pairs, as
    sources.parse_fields_file gives, are read as fields of the file `where`)."""
    where = where or article.source
    fields = {key: _as_field(value, where) for key, value in fields.items()}
    given = _Given(lexicon, fields)
    changed: list[str] = []
    for key, item in fields.items():
        handler = HANDLERS.get(key)
        if handler is None:
            given.problems.append(
                error(
                    item.path,
                    item.line,
                    "unknown-field",
                    f"unknown field '{key}'{did_you_mean(key, FIELDS)}; known fields: {', '.join(FIELDS)}",
                )
            )
            continue
        try:
            corrected = handler(article, item, given)
        except Unusable as exc:
            given.problems.append(
                error(
                    item.path,
                    item.line_of(*exc.at),
                    "bad-field",
                    f"field '{key}': {exc}; the extracted value is kept",
                )
            )
            continue
        if corrected is not article:
            article = corrected
            if key not in PROVENANCE:
                changed.append(key)
    if changed:
        article = replace(article, corrected=tuple(changed))
    return article, given.problems


def _as_field(value, where: str) -> Field:
    if isinstance(value, Field):
        return value
    value, line = value
    return Field(value, line, where)


def _text(value, what: str = "text", at: tuple = ()) -> str:
    if (
        not isinstance(value, (str, int, float))
        or isinstance(value, bool)
        or not str(value).strip()
    ):
        raise Unusable(f"expected {what}, got {value!r}", at)
    return str(value).strip()


def _id(article: Article, item: Field, given: _Given) -> Article:
    slug = slugify(_text(item.value))
    if not slug:
        raise Unusable(f"{item.value!r} gives an empty id")
    return replace(article, id=slug)


def _title(article: Article, item: Field, given: _Given) -> Article:
    return replace(article, title=_text(item.value), title_derived=False)


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


def _date(article: Article, item: Field, given: _Given) -> Article:
    day = parse_date(item.value)
    return replace(
        article, date=DateFound(day, article.date.text, "front-matter", article.date.line)
    )


def _outlet(article: Article, item: Field, given: _Given) -> Article:
    value = item.value
    if isinstance(value, dict):
        unknown = [k for k in value if k not in ("name", "domain")]
        if unknown:
            raise Unusable(
                f"unknown outlet key '{unknown[0]}'{did_you_mean(str(unknown[0]), ('name', 'domain'))} "
                "(use name, domain)",
                (unknown[0],),
            )
        outlet = make_outlet(_text(value.get("name"), "an outlet name", ("name",)), given.lexicon)
        if outlet is not None and value.get("domain"):  # no outlet: reported below
            domain = _text(value["domain"], "a domain", ("domain",))
            outlet = replace(outlet, domain=domain.lower(), id=slugify(domain))
    else:
        outlet = make_outlet(_text(value, "an outlet name"), given.lexicon)
    if outlet is None:
        raise Unusable(f"{value!r} is not an outlet name")
    return replace(article, outlet=outlet)


def _dateline(article: Article, item: Field, given: _Given) -> Article:
    return replace(article, dateline=_text(item.value))


def _regions(article: Article, item: Field, given: _Given) -> Article:
    """Every region must be known; one that is not leaves the extracted regions (all reported)."""
    items = item.value if isinstance(item.value, list) else [item.value]
    regions, bad = [], False
    for index, name in enumerate(items):
        at = (index,) if isinstance(item.value, list) else ()
        try:
            regions.append(region_named(_text(name, "a region name", at), given.lexicon, at))
        except Unusable as exc:
            bad = True
            given.problems.append(
                error(
                    item.path,
                    item.line_of(*exc.at),
                    "bad-field",
                    f"field 'regions': {exc}; the extracted regions are kept",
                )
            )
    return article if bad else replace(article, regions=tuple(regions))


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
    'Penjabat Sementara Bupati' and the like for the offices that can be held acting."""
    acting = sorted(set(lexicon.acting.values()))
    roles: dict[str, str] = {}
    for rule in lexicon.role_rules:
        for role in [rule.role, *(f"{a} {rule.role}" for a in acting if rule.acting)]:
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
    return f"{acting} {rule.role}" if acting and rule.acting else rule.role


@lru_cache(maxsize=1)
def known_degrees() -> tuple[str, ...]:
    """Every title and degree degrees.yaml writes, for suggestions."""
    doc = _data("degrees.yaml")  # the lexicon keeps them as a pattern; suggestions need the forms
    return tuple(doc.get("pre_name", [])) + tuple(doc.get("post_name", []))


def _is_known_degree(degree: str, lexicon: Lexicon) -> bool:
    if degree in lexicon.pre_name or degree.rstrip(".") in {
        d.rstrip(".") for d in lexicon.pre_name
    }:
        return True
    return lexicon.post_name.fullmatch(degree) is not None or tuple(degree.split()) in lexicon.ranks


# --- officials -----------------------------------------------------------------------------


@dataclass
class _Entry:
    """One entry of `officials:`, validated: who it names and what it changes."""

    index: int
    line: int
    id: str | None = None
    name: str | None = None
    remove: bool = False
    changes: dict = field(default_factory=dict)  # OfficialMention field -> value

    @property
    def label(self) -> str:
        return f"official {self.index + 1} ('{self.name or self.id}')"


def _officials(article: Article, item: Field, given: _Given) -> Article:
    if not isinstance(item.value, list):
        raise Unusable("expected a list of officials, each with an id or a name")
    replace_all = _replace_flag(given)
    extracted = list(article.officials)
    patched: dict[int, OfficialMention] = {}  # index in extracted -> the official as corrected
    claimed: dict[int, int] = {}  # index in extracted -> line of the entry that names it
    added: list[OfficialMention] = []
    dropped: dict[str, int] = {}  # key of a removed official -> line that removed it
    renamed: dict[str, str] = {}  # old key -> new key
    problems = given.problems

    def report(entry_line: int, message: str, severity=error, code="bad-official") -> None:
        problems.append(severity(item.path, entry_line, code, f"field 'officials': {message}"))

    for index, raw in enumerate(item.value):
        entry = _entry(index, raw, item, given)
        if entry is None:
            continue
        matches = _matching(extracted, entry)
        if len(matches) > 1:
            names = " and ".join(
                f"'{extracted[i].name}' (id {slugify(extracted[i].key)})" for i in matches
            )
            report(
                entry.line, f"{entry.label} matches both {names}; give the 'id' of the one you mean"
            )
            continue
        if not matches:
            new = _unmatched(entry, extracted, report)
            if new is not None:
                added.append(new)
            continue
        i = matches[0]
        if i in claimed:
            report(
                entry.line,
                f"{entry.label} names '{extracted[i].name}' again, already corrected on line {claimed[i]}; "
                "this entry is not used",
            )
            continue
        claimed[i] = entry.line
        if entry.remove:
            dropped[extracted[i].key] = entry.line
            continue
        official = _patched(extracted[i], entry)
        taken = {o.key for j, o in enumerate(extracted) if j != i} | {o.key for o in added}
        if official.key != extracted[i].key and official.key in taken:
            report(
                entry.line,
                f"{entry.label}: the name '{official.name}' is another official of this article; "
                "remove one of them instead",
            )
            continue
        if official.key != extracted[i].key:
            renamed[extracted[i].key] = official.key
        patched[i] = official

    if replace_all:
        replace_line = given.fields["officials_replace"].line
        for i, official in enumerate(extracted):
            if i not in claimed:
                dropped[official.key] = replace_line
    officials = [patched.get(i, o) for i, o in enumerate(extracted) if o.key not in dropped]
    if not patched and not added and not dropped:
        return article
    keys = {o.key for o in officials}
    for new in added:
        if new.key not in keys:
            officials.append(new)
            keys.add(new.key)
    quotes = []
    orphaned: dict[
        int, list[int]
    ] = {}  # line of the removal -> lines of the quotes it leaves without a speaker
    for quote in article.quotes:
        speaker = renamed.get(quote.speaker, quote.speaker) if quote.speaker is not None else None
        if quote.speaker in dropped:
            orphaned.setdefault(dropped[quote.speaker], []).append(quote.line)
            speaker = None
        quotes.append(quote if speaker == quote.speaker else replace(quote, speaker=speaker))
    for line, quote_lines in orphaned.items():
        names = ", ".join(f"'{o.name}'" for o in extracted if dropped.get(o.key) == line)
        report(
            line,
            f"removing {names} leaves {len(quote_lines)} quote{'s' * (len(quote_lines) != 1)} of "
            f"{article.source} without a speaker (line{'s' * (len(quote_lines) != 1)} {compact_numbers(quote_lines)})",
            warning,
            "quote-without-speaker",
        )
    return replace(article, officials=tuple(officials), quotes=tuple(quotes))


def _replace_flag(given: _Given) -> bool:
    item = given.fields.get("officials_replace")
    return item is not None and item.value is True


def _officials_replace(article: Article, item: Field, given: _Given) -> Article:
    """Read with `officials:`; here only checked, so that a typo is not silently a patch."""
    if not isinstance(item.value, bool):
        raise Unusable(f"expected true or false, got {item.value!r}")
    if item.value and "officials" not in given.fields:
        raise Unusable("there is no 'officials:' list to replace the extracted officials with")
    return article


def _entry(index: int, raw, item: Field, given: _Given) -> _Entry | None:
    """An entry validated value by value; a bad value is reported at its line and left out, and
    the entry's other values still apply. None when the entry cannot name anyone."""
    line = item.line_of(index)

    def bad(message: str, *at) -> None:
        given.problems.append(
            error(item.path, item.line_of(index, *at), "bad-field", f"field 'officials': {message}")
        )

    if isinstance(raw, str):
        raw = {"name": raw}
    if not isinstance(raw, dict):
        bad(f"official {index + 1}: expected a name or '{{name: ..., role: ...}}', got {raw!r}")
        return None
    entry = _Entry(index, line)
    for key in raw:
        if key not in OFFICIAL_KEYS:
            bad(
                f"official {index + 1}: unknown key '{key}'{did_you_mean(str(key), OFFICIAL_KEYS)}; "
                f"keys: {', '.join(OFFICIAL_KEYS)}",
                key,
            )
    for key in ("id", "name"):
        if key in raw:
            try:
                setattr(entry, key, _text(raw[key], "an id" if key == "id" else "a name"))
            except Unusable as exc:
                bad(f"official {index + 1}: '{key}': {exc}", key)
    if entry.id is None and entry.name is None:
        if "id" not in raw and "name" not in raw:
            bad(f"official {index + 1} needs an 'id' or a 'name' to say who it is")
        return None
    if "remove" in raw:
        if not isinstance(raw["remove"], bool):
            bad(f"{entry.label}: 'remove' is true or false, got {raw['remove']!r}", "remove")
            return None
        entry.remove = raw["remove"]
    lexicon = given.lexicon
    for key in ("role", "institution"):
        if key in raw:
            try:
                entry.changes[key] = (
                    None if raw[key] is None else _text(raw[key], f"the {key} as written")
                )
            except Unusable as exc:
                bad(f"{entry.label}: '{key}': {exc}", key)
    if raw.get("role_normalized") is not None:
        try:
            entry.changes["role_normalized"] = role_named(
                _text(raw["role_normalized"], "a role"), lexicon
            )
        except Unusable as exc:
            bad(
                f"{entry.label}: 'role_normalized': {exc}; the extracted one is kept",
                "role_normalized",
            )
    elif "role_normalized" in raw:
        entry.changes["role_normalized"] = None
    elif entry.changes.get("role"):
        derived = role_of(entry.changes["role"], lexicon)
        if derived:
            entry.changes["role_normalized"] = derived
    if raw.get("region") is not None:
        try:
            entry.changes["region"] = region_named(
                _text(raw["region"], "a region name"), lexicon
            ).name
        except Unusable as exc:
            bad(f"{entry.label}: {exc}; the extracted region is kept", "region")
    elif "region" in raw:
        entry.changes["region"] = None
    if "degrees" in raw:
        degrees = _degrees(raw["degrees"], entry, index, item, given)
        if degrees is not None:
            entry.changes["degrees"] = degrees
    if entry.id is not None and entry.name is not None:
        entry.changes["name"] = entry.name  # with an id, the name is a correction of the name
    if entry.remove and entry.changes:
        given.problems.append(
            warning(
                item.path,
                item.line_of(index, "remove"),
                "bad-field",
                f"field 'officials': {entry.label} is removed; its other values are not used",
            )
        )
    return entry


def _degrees(
    value, entry: _Entry, index: int, item: Field, given: _Given
) -> tuple[str, ...] | None:
    """Degrees as a list of texts; one no degrees.yaml form matches is kept, with a warning
    (degrees are many, but 'M.Hm' for 'M.Hum' is a typo worth seeing)."""
    values = value if isinstance(value, list) else [value] if value is not None else []
    degrees = []
    for k, degree in enumerate(values):
        at = (index, "degrees", k) if isinstance(value, list) else (index, "degrees")
        if (
            not isinstance(degree, (str, int, float))
            or isinstance(degree, bool)
            or not str(degree).strip()
        ):
            given.problems.append(
                error(
                    item.path,
                    item.line_of(*at),
                    "bad-field",
                    f"field 'officials': {entry.label}: a degree is text, got {degree!r}; "
                    "the extracted degrees are kept",
                )
            )
            return None
        degree = str(degree).strip()
        if not _is_known_degree(degree, given.lexicon):
            hint = did_you_mean(degree, known_degrees(), n=1, cutoff=0.7)
            given.problems.append(
                warning(
                    item.path,
                    item.line_of(*at),
                    "unknown-degree",
                    f"field 'officials': {entry.label}: '{degree}' is not a known title or degree{hint}; kept as written",
                )
            )
        degrees.append(degree)
    return tuple(degrees)


def _matching(extracted: list[OfficialMention], entry: _Entry) -> list[int]:
    """Indexes of the extracted officials the entry names: by id (the official's key as a slug)
    when it gives one, else by name or alias, compared without case or accents."""
    if entry.id is not None:
        wanted = slugify(entry.id)
        return [i for i, o in enumerate(extracted) if slugify(o.key) == wanted]
    assert entry.name is not None  # _entry gives every entry an id or a name
    wanted_name, wanted_key = fold(entry.name), person_key(entry.name)
    return [
        i
        for i, o in enumerate(extracted)
        if wanted_key == o.key or wanted_name in {fold(o.name), *map(fold, o.aliases)}
    ]


def _unmatched(entry: _Entry, extracted: list[OfficialMention], report) -> OfficialMention | None:
    """An entry that names nobody extracted: a new official, or a problem when it cannot be one."""
    names = [o.name for o in extracted]
    if entry.id is not None and entry.name is None:
        hint = did_you_mean(entry.id, [slugify(o.key) for o in extracted])
        known = ", ".join(slugify(o.key) for o in extracted) or "none"
        report(
            entry.line,
            f"{entry.label}: no official with id '{entry.id}' in this article{hint}; ids: {known}",
        )
        return None
    assert entry.name is not None  # _entry gives every entry an id or a name
    if entry.remove:
        hint = did_you_mean(entry.name, names, fold, cutoff=NAME_CUTOFF)
        report(entry.line, f"{entry.label}: there is no '{entry.name}' to remove{hint}")
        return None
    hint = did_you_mean(entry.name, names, fold, cutoff=NAME_CUTOFF)
    if hint:
        report(
            entry.line,
            f"{entry.label} names nobody found in the text, so it is added as a new official{hint}",
            warning,
            "new-official",
        )
    changes = entry.changes
    return OfficialMention(
        key=person_key(entry.name),
        name=entry.name,
        degrees=changes.get("degrees", ()),
        role=changes.get("role"),
        role_normalized=changes.get("role_normalized"),
        institution=changes.get("institution"),
        region=changes.get("region"),
        line=0,
    )


def _patched(official: OfficialMention, entry: _Entry) -> OfficialMention:
    """The official with the entry's changes; a new name (given with an id) is a new identity
    key, so that the official joins the same person of the other articles."""
    official = replace(official, **entry.changes)
    if "name" in entry.changes:
        official = replace(official, key=person_key(official.name))
    return official


def _byline_field(name: str):
    def handler(article: Article, item: Field, given: _Given) -> Article:
        values = {
            "author": article.byline.author,
            "editor": article.byline.editor,
            "initials": article.byline.initials,
        }
        values[name] = _text(item.value)
        return replace(article, byline=Byline(**values))

    return handler


def _url(article: Article, item: Field, given: _Given) -> Article:
    """The original page's address: an absolute http(s) address."""
    value = _text(item.value, "a web address")
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        host = None
    if parts.scheme.lower() not in ("http", "https") or not host or any(c.isspace() for c in value):
        raise Unusable(
            f"'{value}' is not a web address (write the whole address, starting with https:// or http://)"
        )
    return replace(article, url=value)


def _accessed(article: Article, item: Field, given: _Given) -> Article:
    """When the original was read: a date (YYYY-MM-DD) or a time (2024-11-06T08:15:02Z, UTC
    when no zone is written)."""
    value = item.value
    if isinstance(value, dt.datetime):
        stamp = value
    elif isinstance(value, dt.date):
        return replace(article, accessed=value)
    elif isinstance(value, str) and len(value.strip()) == 10:
        return replace(article, accessed=parse_date(value))
    else:
        try:
            stamp = dt.datetime.fromisoformat(
                str(value).strip().replace("Z", "+00:00").replace("z", "+00:00")
            )
        except ValueError:
            raise Unusable(
                f"'{value}' is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM:SSZ)"
            ) from None
    stamp = stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)
    return replace(article, accessed=stamp)


def _status(article: Article, item: Field, given: _Given) -> Article:
    """The HTTP status the page was fetched with (`add` writes it): kept in the side file as a
    record of the fetch, checked, and not part of the article."""
    if (
        isinstance(item.value, bool)
        or not isinstance(item.value, int)
        or not 100 <= item.value <= 599
    ):
        raise Unusable(f"expected an HTTP status code (a number such as 200), got {item.value!r}")
    return article


def _tags(article: Article, item: Field, given: _Given) -> Article:
    """Subjects the article is filed under (one text, or a list), each listed once."""
    items = item.value if isinstance(item.value, list) else [item.value]
    tags = [
        _text(tag, "a tag", (index,) if isinstance(item.value, list) else ())
        for index, tag in enumerate(items)
    ]
    return replace(article, tags=tuple(dict.fromkeys(tags)))


def _case(article: Article, item: Field, given: _Given) -> Article:
    """The violation case the article covers: the articles that name one case alike make its page."""
    return replace(article, case=_text(item.value, "a case name"))


HANDLERS = {
    "id": _id,
    "title": _title,
    "date": _date,
    "outlet": _outlet,
    "dateline": _dateline,
    "regions": _regions,
    "officials": _officials,
    "officials_replace": _officials_replace,
    "author": _byline_field("author"),
    "editor": _byline_field("editor"),
    "initials": _byline_field("initials"),
    "url": _url,
    "accessed": _accessed,
    "status": _status,
    "tags": _tags,
    "case": _case,
}
