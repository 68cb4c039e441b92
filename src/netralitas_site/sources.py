"""Find article files, read and decode them, and split off front matter and side files.

Only this module reads the articles folder; it never writes to it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath

import yaml

from .model import SourceFile
from .problems import Problem, error, warning

ARTICLE_SUFFIXES = (".txt", ".md")
SIDE_SUFFIXES = (".yaml", ".yml")
ARCHIVE_FILES = ("curation.yaml", "curation.yml")  # archive-wide curation, not an article
BACKUP_ENDINGS = ("~", ".bak", ".swp", ".orig", ".tmp")


def discover_sources(articles_dir: Path) -> tuple[list[SourceFile], list[Problem]]:
    """Every article under `articles_dir` in a stable order, plus problems with skipped files."""
    root = articles_dir.resolve()
    sources: list[SourceFile] = []
    problems: list[Problem] = []
    for path in sorted(_walk(root, problems), key=lambda p: p.relative_to(root).as_posix()):
        rel = path.relative_to(root).as_posix()
        source, more = read_source(path, rel)
        problems.extend(more)
        if source is not None:
            sources.append(source)
    return sources, problems


def _walk(root: Path, problems: list[Problem]):
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        if any(part.startswith((".", "_")) for part in path.relative_to(root).parts):
            if path.is_file():
                problems.append(warning(rel, None, "skipped-hidden", "hidden file skipped"))
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            problems.append(warning(rel, None, "skipped-symlink", "symlink pointing outside the articles folder not followed"))
            continue
        if not path.is_file():
            continue
        name = path.name
        if name.endswith(BACKUP_ENDINGS):
            problems.append(warning(rel, None, "skipped-backup", "editor backup file skipped"))
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path
        elif path.suffix.lower() in SIDE_SUFFIXES:
            if name not in ARCHIVE_FILES and not _has_article(path):
                problems.append(warning(rel, None, "orphan-side-file", "side file has no article next to it"))
        else:
            problems.append(warning(rel, None, "skipped-not-article", "not an article (.txt or .md), skipped"))


def _has_article(side: Path) -> bool:
    return any(side.with_suffix(s).exists() for s in ARTICLE_SUFFIXES)


def read_source(path: Path, rel: str) -> tuple[SourceFile | None, list[Problem]]:
    """Read one article file; None with a problem when it cannot be an article."""
    problems: list[Problem] = []
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    text, decode_problem = decode_bytes(raw)
    if decode_problem:
        problems.append(warning(rel, None, "encoding", decode_problem))
    if text is None:
        problems.append(error(rel, None, "binary-file", "looks like a binary file, not text; skipped"))
        return None, problems
    text = normalise_newlines(text)
    if not text.strip():
        problems.append(error(rel, None, "empty-file", "file is empty; skipped"))
        return None, problems
    fields, body, body_start, fm_problems = split_front_matter(text, rel)
    problems.extend(fm_problems)
    fields_path = rel if fields else None
    side = _side_file(path)
    if side is not None:
        side_rel = str(PurePosixPath(rel).with_suffix(side.suffix))
        side_fields, side_problems = parse_fields_file(side.read_text("utf-8", errors="replace"), side_rel)
        problems.extend(side_problems)
        for key, value in side_fields.items():
            fields.setdefault(key, value)  # front matter wins over the side file
        fields_path = fields_path or side_rel
    return (
        SourceFile(
            path=str(path),
            rel_path=rel,
            text=body,
            sha256=digest,
            body_start_line=body_start,
            fields=fields,
            fields_path=fields_path,
            is_markdown=path.suffix.lower() == ".md",
        ),
        problems,
    )


def _side_file(path: Path) -> Path | None:
    for suffix in SIDE_SUFFIXES:
        side = path.with_suffix(suffix)
        if side.is_file():
            return side
    return None


def decode_bytes(raw: bytes) -> tuple[str | None, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), None
    sample = raw[:4096]
    if sample.count(b"\x00") > len(sample) // 10 and sample:
        return None, None
    raw = raw.replace(b"\x00", b"")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "not valid UTF-8; read as Windows-1252"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, rel: str) -> tuple[dict, str, int, list[Problem]]:
    """YAML front matter between '---' lines at the top; returns (fields, body, body_start_line, problems)."""
    if not text.startswith("---\n"):
        return {}, text, 1, []
    end = text.find("\n---", 3)
    while end != -1 and text[end + 4 : end + 5] not in ("\n", ""):
        end = text.find("\n---", end + 4)
    if end == -1:
        return {}, text, 1, [error(rel, 1, "front-matter", "front matter starts with '---' but never ends; read as text")]
    block = text[4 : end + 1]
    body = text[end + 4 :].lstrip("\n")
    consumed = text[: len(text) - len(body)]
    fields, problems = parse_fields_file(block, rel, line_offset=1)
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
            raise yaml.composer.ComposerError(None, None, "YAML aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)


def parse_fields_file(text: str, rel: str, line_offset: int = 0) -> tuple[dict, list[Problem]]:
    """Top-level mapping of a YAML document as {key: (value, line)}."""
    try:
        node = yaml.compose(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        return {}, [error(rel, line, "bad-yaml", f"YAML could not be read: {reason}")]
    if node is None:
        return {}, []
    if not isinstance(node, yaml.MappingNode):
        return {}, [error(rel, node.start_mark.line + 1 + line_offset, "bad-yaml", "expected 'key: value' lines")]
    loader = _LineLoader("")
    fields: dict = {}
    problems: list[Problem] = []
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1 + line_offset
        key = str(key_node.value)
        if key in fields:
            problems.append(error(rel, line, "duplicate-key", f"key '{key}' is given twice; the first one is used"))
            continue
        try:
            value = loader.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:
            problems.append(error(rel, line, "bad-yaml", f"value of '{key}' could not be read: {exc}"))
            continue
        fields[key] = (value, line)
    return fields, problems
