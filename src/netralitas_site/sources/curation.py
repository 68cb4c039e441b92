"""Archive-wide curation from `curation.yaml` in the articles folder.

What extraction gets wrong about people across the archive is fixed here, without editing any
article: merge officials, split one name into several people, add aliases, and record who held
an office when ("Bupati Solok" on 22 Oct 2020 was Gusmal), so that an office named without a
person links to its holder, marked as inferred.

```yaml
aliases:                      # more spellings of one official (by id, as on the site)
  candra: [Chandra, Haji Chandra]
merge:                        # several ids are one person; the first keeps its id
  - [candra, h-candra]
split:                        # one id is several people: articles moved to new ids
  - id: andi-putra
    into: {andi-putra-padang: [artikel-1, artikel-2]}
office_holders:               # who held an office, from and to (inclusive)
  - {office: Bupati, region: Kabupaten Solok, holder: Gusmal, from: 2016-02-17, to: 2021-02-17}
```
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import yaml

from ..extract.text import fold
from ..lexicon import Lexicon, load_lexicon
from ..problems import Problem, did_you_mean, error, warning
from .correction_values import Unusable, region_named, role_named

KEYS = ("aliases", "merge", "split", "office_holders")
HOLDER_KEYS = ("office", "region", "holder", "from", "to")


@dataclass(frozen=True)
class OfficeHolder:
    office: str  # normalized role, e.g. "Bupati"
    region: str  # canonical region name
    holder: str  # person's name
    start: dt.date
    end: dt.date | None
    line: int


@dataclass
class Curation:
    path: str = "curation.yaml"
    aliases: dict[str, tuple[list[str], int]] = field(
        default_factory=dict
    )  # id -> (spellings, line)
    merges: list[tuple[list[str], int]] = field(default_factory=list)
    splits: list[tuple[str, dict[str, list[str]], int]] = field(default_factory=list)
    holders: list[OfficeHolder] = field(default_factory=list)

    def holder_of(self, office: str, region: str, day: dt.date | None) -> OfficeHolder | None:
        """Who held `office` of `region` on `day`, if a fact says so."""
        if day is None:
            return None
        for fact in self.holders:
            same_office = fold(fact.office) == fold(office) and fold(fact.region) == fold(region)
            if same_office and fact.start <= day and (fact.end is None or day <= fact.end):
                return fact
        return None


CURATION_FILES = ("curation.yaml", "curation.yml")


def load_curation(
    articles_dir, lexicon: Lexicon | None = None
) -> tuple[Curation | None, list[Problem]]:
    """The curation file of an articles folder, if there is one."""
    from .read import read_yaml_text

    for name in CURATION_FILES:
        path = articles_dir / name
        if path.is_file():
            text, problems = read_yaml_text(path, name, "the curation file")
            if text is None:
                return None, problems
            curation, more = parse_curation(text, name, lexicon)
            return curation, problems + more
    return None, []


def parse_curation(
    text: str, path: str, lexicon: Lexicon | None = None
) -> tuple[Curation, list[Problem]]:
    """Read and validate curation YAML; every problem names the file and the line of the value."""
    lexicon = lexicon or load_lexicon()
    curation = Curation(path=path)
    problems: list[Problem] = []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return curation, [
            error(
                path,
                mark.line + 1 if mark else None,
                "bad-yaml",
                f"YAML could not be read: {getattr(exc, 'problem', exc)}",
            )
        ]
    if root is None:
        return curation, []
    if not isinstance(root, yaml.MappingNode):
        return curation, [
            error(path, _line(root), "bad-curation", "expected sections: " + ", ".join(KEYS))
        ]
    for key_node, value in root.value:
        key = key_node.value
        if key not in KEYS:
            problems.append(
                error(
                    path,
                    _line(key_node),
                    "unknown-field",
                    f"unknown section '{key}'{did_you_mean(str(key), KEYS)}; known: {', '.join(KEYS)}",
                )
            )
            continue
        if key == "office_holders":
            problems.extend(_holders(value, curation, path, lexicon))
            continue
        reader = {"aliases": _aliases, "merge": _merge, "split": _split}[key]
        problems.extend(reader(value, curation, path))
    return curation, problems


def _line(node) -> int:
    return node.start_mark.line + 1


def _strings(node, path: str, what: str) -> tuple[list[str] | None, list[Problem]]:
    if isinstance(node, yaml.ScalarNode) and node.value.strip():
        return [node.value.strip()], []
    if isinstance(node, yaml.SequenceNode) and all(
        isinstance(n, yaml.ScalarNode) and n.value.strip() for n in node.value
    ):
        return [n.value.strip() for n in node.value], []
    return None, [
        error(path, _line(node), "bad-curation", f"{what}: expected a name or a list of names")
    ]


def _aliases(node, curation: Curation, path: str) -> list[Problem]:
    if not isinstance(node, yaml.MappingNode):
        return [
            error(
                path,
                _line(node),
                "bad-curation",
                "aliases: expected 'official-id: [spellings]' lines",
            )
        ]
    problems = []
    for key_node, value in node.value:
        names, more = _strings(value, path, f"aliases of '{key_node.value}'")
        problems.extend(more)
        if names:
            curation.aliases[key_node.value] = (names, _line(key_node))
    return problems


def _merge(node, curation: Curation, path: str) -> list[Problem]:
    if not isinstance(node, yaml.SequenceNode):
        return [
            error(
                path, _line(node), "bad-curation", "merge: expected a list of [id, id, ...] groups"
            )
        ]
    problems = []
    for item in node.value:
        ids, more = _strings(item, path, "merge")
        problems.extend(more)
        if ids and len(ids) < 2:
            problems.append(
                error(path, _line(item), "bad-curation", "merge: a group needs at least two ids")
            )
        elif ids:
            curation.merges.append((ids, _line(item)))
    return problems


def _split(node, curation: Curation, path: str) -> list[Problem]:
    if not isinstance(node, yaml.SequenceNode):
        return [error(path, _line(node), "bad-curation", "split: expected a list of {id, into}")]
    problems = []
    for item in node.value:
        fields = _mapping(item)
        if (
            fields is None
            or set(fields) - {"id", "into"}
            or "id" not in fields
            or "into" not in fields
        ):
            problems.append(
                error(
                    path,
                    _line(item),
                    "bad-curation",
                    "split: each item needs 'id' and 'into: {new-id: [article ids]}' only",
                )
            )
            continue
        into_node = fields["into"]
        if not isinstance(into_node, yaml.MappingNode):
            problems.append(
                error(
                    path,
                    _line(into_node),
                    "bad-curation",
                    "split: 'into' maps new ids to lists of article ids",
                )
            )
            continue
        into = {}
        for key_node, value in into_node.value:
            ids, more = _strings(value, path, f"split into '{key_node.value}'")
            problems.extend(more)
            into[key_node.value] = ids or []
        curation.splits.append((fields["id"].value, into, _line(item)))
    return problems


def _holders(node, curation: Curation, path: str, lexicon: Lexicon) -> list[Problem]:
    """Office-holder facts, each value checked: the office against the role vocabulary, the region
    against the lexicon (both made canonical), the dates real and in order. A fact with a bad
    value is reported at that value's line and not used."""
    if not isinstance(node, yaml.SequenceNode):
        return [
            error(
                path,
                _line(node),
                "bad-curation",
                "office_holders: expected a list of {office, region, holder, from, to}",
            )
        ]
    problems = []
    for item in node.value:
        fields = _mapping(item)
        if fields is None:
            problems.append(
                error(
                    path,
                    _line(item),
                    "bad-curation",
                    "office_holders: each item is {office, region, holder, from, to}",
                )
            )
            continue
        unknown = [k for k in fields if k not in HOLDER_KEYS]
        missing = [k for k in ("office", "region", "holder", "from") if k not in fields]
        if unknown or missing:
            detail = (
                f"unknown key '{unknown[0]}'{did_you_mean(unknown[0], HOLDER_KEYS)}"
                if unknown
                else f"missing '{missing[0]}'"
            ) + f"; keys: {', '.join(HOLDER_KEYS)}"
            problems.append(
                error(
                    path,
                    _line(_key_node(item, unknown[0]) if unknown else item),
                    "bad-curation",
                    f"office_holders: {detail}",
                )
            )
            continue
        values, bad = {}, []
        for key in ("office", "region", "holder"):
            value = fields[key]
            if not isinstance(value, yaml.ScalarNode) or not value.value.strip():
                bad.append(
                    error(
                        path,
                        _line(value),
                        "bad-curation",
                        f"office_holders: '{key}' is a name, got {_shown(value)}",
                    )
                )
                continue
            try:
                if key == "office":
                    values[key] = role_named(value.value.strip(), lexicon)
                elif key == "region":
                    values[key] = region_named(value.value.strip(), lexicon).name
                else:
                    values[key] = value.value.strip()
            except Unusable as exc:
                code = "unknown-region" if key == "region" else "unknown-office"
                bad.append(error(path, _line(value), code, f"office_holders: {exc}"))
        start, bad_start = _date(fields["from"], path)
        end, bad_end = (
            _date(fields["to"], path)
            if "to" in fields and not _is_null(fields["to"])
            else (None, [])
        )
        bad += bad_start + bad_end
        if start and end and end < start:
            bad.append(
                error(
                    path,
                    _line(fields["to"]),
                    "bad-date",
                    f"office_holders: 'to' ({end}) is before 'from' ({start})",
                )
            )
        if bad:
            problems.extend(bad)
            continue
        assert start is not None  # _date gives no date only with a problem, and there was none
        if values["office"] not in lexicon.region_heads:
            problems.append(
                warning(
                    path,
                    _line(fields["office"]),
                    "office-never-unnamed",
                    f"office_holders: an office named without its holder is a head of a region "
                    f"({', '.join(sorted(lexicon.region_heads))}); a fact about '{values['office']}' links no article",
                )
            )
        curation.holders.append(
            OfficeHolder(
                values["office"], values["region"], values["holder"], start, end, _line(item)
            )
        )
    return problems


def _key_node(item, key: str):
    return next(k for k, _ in item.value if k.value == key)


def _is_null(node) -> bool:
    """`to: null` or `to:` (a term still running)."""
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _shown(node) -> str:
    return (
        "a list"
        if isinstance(node, yaml.SequenceNode)
        else "a mapping"
        if isinstance(node, yaml.MappingNode)
        else repr(node.value)
    )


def _mapping(node) -> dict | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return {k.value: v for k, v in node.value}


def _date(node, path: str) -> tuple[dt.date | None, list[Problem]]:
    try:
        return dt.date.fromisoformat(node.value.strip()), []
    except (ValueError, AttributeError):
        return None, [
            error(
                path,
                _line(node),
                "bad-date",
                f"'{getattr(node, 'value', node)}' is not a date written YYYY-MM-DD",
            )
        ]
