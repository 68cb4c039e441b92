"""Front matter and side files as fields: a YAML mapping read safely, with the line of every
value, so that a correction's problem can point at it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from dataclasses import field as dataclass_field

import yaml

from ..problems import Problem, error


@dataclass(frozen=True, eq=False)
class Field:
    """A correction as the user wrote it: the value, the file it is in (relative to the articles
    folder) and the line of its key, and the line of every value nested in it, so that a message
    can point at the offending value ('region' of the second official), not only at the key."""

    value: object
    line: int
    path: str
    lines: dict = dataclass_field(
        default_factory=dict
    )  # (key or index, ...) -> line, of the nested values

    def line_of(self, *at) -> int:
        """Line of the value at `at` (keys and list indexes inside the field), or of the nearest
        value around it that has one."""
        while at:
            if at in self.lines:
                return self.lines[at]
            at = at[:-1]
        return self.line


def split_front_matter(text: str, rel: str) -> tuple[dict, str, int, list[Problem]]:
    """YAML front matter between '---' lines at the top; returns (fields, body, body_start_line, problems)."""
    if not text.startswith("---\n"):
        return {}, text, 1, []
    end = text.find("\n---", 3)
    while end != -1 and text[end + 4 : end + 5] not in ("\n", ""):
        end = text.find("\n---", end + 4)
    if end == -1:
        return (
            {},
            text,
            1,
            [
                error(
                    rel,
                    1,
                    "front-matter",
                    "front matter starts with '---' but never ends; read as text",
                )
            ],
        )
    block = text[4 : end + 1]
    body = text[end + 4 :].lstrip("\n")
    consumed = text[: len(text) - len(body)]
    fields, problems = parse_fields(block, rel, line_offset=1)
    return fields, body, consumed.count("\n") + 1, problems


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (no billion-laughs) and keeps dates as text, so that a
    date that does not exist (2024-02-31) is reported by the field's check, not as a crash."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


def parse_fields_file(text: str, rel: str, line_offset: int = 0) -> tuple[dict, list[Problem]]:
    """Top-level mapping of a YAML document as {key: (value, line)}."""
    fields, problems = parse_fields(text, rel, line_offset)
    return {key: (f.value, f.line) for key, f in fields.items()}, problems


def parse_fields(
    text: str, rel: str, line_offset: int = 0
) -> tuple[dict[str, Field], list[Problem]]:
    """Top-level mapping of a YAML document as {key: Field}, with the line of every nested value."""
    try:
        node = yaml.compose(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        return {}, [error(rel, line, "bad-yaml", f"YAML could not be read: {reason}")]
    except RecursionError:
        return {}, [error(rel, None, "bad-yaml", "YAML could not be read: nested too deeply")]
    if node is None:
        return {}, []
    if not isinstance(node, yaml.MappingNode):
        return {}, [
            error(
                rel,
                node.start_mark.line + 1 + line_offset,
                "bad-yaml",
                "expected 'key: value' lines",
            )
        ]
    loader = _LineLoader("")
    fields: dict = {}
    problems: list[Problem] = []
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1 + line_offset
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(
                error(rel, line, "bad-yaml", "a key must be a plain word, not a list or mapping")
            )
            continue
        key = str(key_node.value)
        if key in fields:
            problems.append(
                error(
                    rel, line, "duplicate-key", f"key '{key}' is given twice; the first one is used"
                )
            )
            continue
        try:
            value = loader.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
            problems.append(
                error(rel, line, "bad-yaml", f"value of '{key}' could not be read: {exc}")
            )
            continue
        lines: dict = {}
        _value_lines(value_node, (), line_offset, lines)
        fields[key] = Field(_clean_value(value), line, rel, lines)
    return fields, problems


def _value_lines(node, at: tuple, line_offset: int, out: dict) -> None:
    """The line of each value under `node`, keyed by its path of keys and list indexes."""
    out[at] = node.start_mark.line + 1 + line_offset
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                _value_lines(value_node, at + (key_node.value,), line_offset, out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _value_lines(item, at + (index,), line_offset, out)


def _clean_value(value):
    """Strings from YAML with invisible characters removed (zero-width, soft hyphen), so a name
    typed with one is the same name."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value.translate(INVISIBLE))
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_value(v) for k, v in value.items()}
    return value


INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
