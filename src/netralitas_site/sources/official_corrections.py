"""Corrections of an article's officials: `officials:` and `officials_replace:`.

`officials:` patches the extracted list rather than replacing it: each entry is matched to an
extracted official (by id, name or alias) and changes only the fields it gives, so correcting
one official never drops the others or the speakers of their quotes. Entries naming nobody
extracted add an official, `remove: true` drops one, `officials_replace: true` drops every
official the list does not name; a quote that loses its speaker that way is always reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from slugify import slugify

from ..extract.names import person_key
from ..extract.text import fold
from ..model import Article, OfficialMention
from ..problems import did_you_mean, error, warning
from .correction_values import (
    NAME_CUTOFF,
    Given,
    Unusable,
    is_known_degree,
    known_degrees,
    region_named,
    role_named,
    role_of,
    text_value,
)
from .decode import compact_numbers
from .fields import Field

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


def patch_officials(article: Article, item: Field, given: Given) -> Article:
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


def _replace_flag(given: Given) -> bool:
    item = given.fields.get("officials_replace")
    return item is not None and item.value is True


def check_officials_replace(article: Article, item: Field, given: Given) -> Article:
    """Read with `officials:`; here only checked, so that a typo is not silently a patch."""
    if not isinstance(item.value, bool):
        raise Unusable(f"expected true or false, got {item.value!r}")
    if item.value and "officials" not in given.fields:
        raise Unusable("there is no 'officials:' list to replace the extracted officials with")
    return article


def _entry(index: int, raw, item: Field, given: Given) -> _Entry | None:
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
                setattr(entry, key, text_value(raw[key], "an id" if key == "id" else "a name"))
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
                    None if raw[key] is None else text_value(raw[key], f"the {key} as written")
                )
            except Unusable as exc:
                bad(f"{entry.label}: '{key}': {exc}", key)
    if raw.get("role_normalized") is not None:
        try:
            entry.changes["role_normalized"] = role_named(
                text_value(raw["role_normalized"], "a role"), lexicon
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
                text_value(raw["region"], "a region name"), lexicon
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


def _degrees(value, entry: _Entry, index: int, item: Field, given: Given) -> tuple[str, ...] | None:
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
        if not is_known_degree(degree, given.lexicon):
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
