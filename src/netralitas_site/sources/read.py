"""Find article files, read and decode them, and split off front matter and side files.

Only this module reads the articles folder; it never writes to it. Whatever is in the folder,
the build goes on: a file that cannot be an article is skipped with a problem naming it, and a
file that can is read as well as it can be (odd encodings, control characters, huge sizes).
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from pathlib import Path, PurePosixPath

import yaml

from ..model import SourceFile
from ..problems import Problem, error, warning

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")  # a saved web page (webpages.py)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES
WEB_ARCHIVE_ENDINGS = (
    ".warc",
    ".warc.gz",
    ".wacz",
)  # web archives: one article per page they hold (warc.py)
SIDE_SUFFIXES = (".yaml", ".yml")
ARCHIVE_FILES = ("curation.yaml", "curation.yml")  # archive-wide curation, not an article
BACKUP_ENDINGS = ("~", ".bak", ".swp", ".swo", ".orig", ".tmp", ".rej", ".part", ".crdownload")
MAX_BYTES = 1 << 20  # of one article the extractor sees; a news article is a few kB
MAX_PAGE_BYTES = 20 << 20  # of a saved web page, whose markup is most of it
MAX_SIDE_BYTES = 256 << 10
BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x7fELF",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\xd0\xcf\x11\xe0",
    b"SQLite format 3",
    b"OggS",
    b"ID3",
    b"RIFF",
    b"\x00\x00\x01\x00",
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0/C1 controls but tab and newline


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


@dataclass(frozen=True)
class SourceRef:
    """An article file found in the folder, before it is read: enough to decide whether the
    cached record for it can be used."""

    path: str  # on disk
    rel: str  # '/'-separated, relative to the articles folder
    side: str | None  # side file on disk (.yaml/.yml beside it), if any
    stat: str  # size and times of the file and its side file: unchanged means unread


def discover_sources(articles_dir: Path) -> tuple[list[SourceFile], list[Problem]]:
    """Every article under `articles_dir` read, in a stable order, plus problems with skipped files."""
    refs, problems = list_sources(articles_dir)
    sources: list[SourceFile] = []
    for ref in refs:
        if is_web_archive(ref.rel):
            from .warc import read_web_archive

            read = read_web_archive(Path(ref.path), ref.rel)
            sources.extend(read.sources)
            problems.extend(read.problems)
            continue
        source, more = read_ref(ref)
        problems.extend(more)
        if source is not None:
            sources.append(source)
    return sources, problems


def list_sources(articles_dir: Path) -> tuple[list[SourceRef], list[Problem]]:
    """The article files under `articles_dir`, sorted by path whatever the file system's order;
    hidden files, backups, non-articles and symlinks leaving the folder are skipped and reported."""
    root = Path(os.path.realpath(articles_dir))
    problems: list[Problem] = []
    refs = []
    for path, rel in _walk(root, problems):
        side = _side_file(path)
        refs.append(SourceRef(str(path), rel, str(side) if side else None, _stat_key(path, side)))
    refs.sort(key=lambda r: r.rel)
    problems.sort(key=lambda p: (p.path, p.code))
    return refs, problems


def _walk(root: Path, problems: list[Problem]):
    for folder, dirs, files in os.walk(root, followlinks=False):
        base = Path(folder)
        kept = []
        for name in sorted(dirs):
            rel = _printable(_rel(base / name, root))
            if _saved_page_files(base, name):
                continue  # the images and scripts of a page saved 'complete': part of the page, not articles
            if name.startswith((".", "_")):
                problems.append(warning(rel, None, "skipped-hidden", "hidden folder skipped"))
            elif (base / name).is_symlink():
                problems.append(
                    warning(rel, None, "skipped-symlink", "symlinked folder not followed")
                )
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            path = base / name
            rel = _rel(path, root)
            reason = _skip_reason(path, name, root)
            if reason:
                code, message = reason
                problems.append(warning(_printable(rel), None, code, message))
            elif path.suffix.lower() in ARTICLE_SUFFIXES or is_web_archive(name):
                yield path, rel


def _saved_page_files(base: Path, name: str) -> bool:
    """'page_files' beside 'page.html': what a browser saves with a page saved 'complete'."""
    stem = name[: -len("_files")] if name.endswith("_files") else ""
    return bool(stem) and any((base / (stem + suffix)).is_file() for suffix in PAGE_SUFFIXES)


def is_web_archive(name: str) -> bool:
    return name.lower().endswith(WEB_ARCHIVE_ENDINGS)


def _printable(rel: str) -> str:
    """A path as text even when its name is not valid UTF-8 (the bad bytes shown as '\ufffd')."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _skip_reason(path: Path, name: str, root: Path) -> tuple[str, str] | None:
    """Why a file is not an article (code, message), or None when it is one or a side file."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "skipped-name", "file name is not valid UTF-8; rename the file to include it"
    if name.startswith((".", "_")):
        return "skipped-hidden", "hidden file skipped"
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(root):
            return "skipped-symlink", "symlink pointing outside the articles folder not followed"
        if not target.is_file():
            return "skipped-symlink", "symlink to a missing file or a folder skipped"
    elif not path.is_file():
        return "skipped-special", "not a regular file, skipped"
    if name.endswith(BACKUP_ENDINGS) or (name.startswith("#") and name.endswith("#")):
        return "skipped-backup", "editor backup file skipped"
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES or is_web_archive(name):
        return None
    if suffix in SIDE_SUFFIXES:
        if name in ARCHIVE_FILES and path.parent == root:
            return None
        if not any(path.with_suffix(s).exists() for s in ARTICLE_SUFFIXES):
            return "orphan-side-file", "side file has no article next to it"
        return None
    return (
        "skipped-not-article",
        "not an article (.txt, .md, a saved page .html or a web archive .warc/.warc.gz/.wacz), skipped",
    )


def _side_file(path: Path) -> Path | None:
    if is_web_archive(path.name):
        return None  # its records are corrected nowhere: a side file names one article
    for suffix in SIDE_SUFFIXES:
        side = path.with_suffix(suffix)
        if side.is_file() and (
            not side.is_symlink()
            or Path(os.path.realpath(side)).is_relative_to(Path(os.path.realpath(path.parent)))
        ):
            return side
    return None


def _stat_key(path: Path, side: Path | None) -> str:
    parts = []
    for p in (path, side):
        if p is None:
            parts.append("-")
            continue
        try:
            st = os.stat(p)
        except OSError:
            parts.append("?")
            continue
        parts.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}")
    return "|".join(parts)


def read_ref(ref: SourceRef) -> tuple[SourceFile | None, list[Problem]]:
    return read_source(Path(ref.path), ref.rel, Path(ref.side) if ref.side else None)


def read_source(
    path: Path, rel: str, side: Path | None | bool = True
) -> tuple[SourceFile | None, list[Problem]]:
    """Read one article file; None with a problem when it cannot be an article. `side`: the side
    file to use, None for none, True to look for one beside the file."""
    problems: list[Problem] = []
    is_page = path.suffix.lower() in PAGE_SUFFIXES
    try:
        raw, digest, size = read_capped(path, MAX_PAGE_BYTES if is_page else MAX_BYTES)
    except OSError as exc:
        return None, [error(rel, None, "unreadable", f"could not be read: {exc.strerror or exc}")]
    if is_page:
        return _read_page_file(path, rel, side, raw, digest, size)
    if size > MAX_BYTES:
        raw = _cut_at_line(raw)
        lines = raw.count(b"\n") + 1
        problems.append(
            warning(
                rel,
                None,
                "too-large",
                f"file is {size / (1 << 20):.1f} MB; only its first "
                f"{MAX_BYTES >> 20} MB ({lines} lines) are read as the article",
            )
        )
    text, notes, nuls = _decode(raw)
    if text is None:
        problems.append(
            error(rel, None, "binary-file", "looks like a binary file, not text; skipped")
        )
        return None, problems
    problems.extend(warning(rel, line, "encoding", note) for line, note in notes)
    text = normalise_newlines(text)
    text, removed, line = strip_controls(text)
    if nuls:
        problems.append(warning(rel, None, "control-characters", f"{nuls} NUL byte(s) removed"))
    if removed:
        problems.append(
            warning(
                rel,
                line,
                "control-characters",
                f"{removed} control character(s) (NUL and the like) removed",
            )
        )
    if not text.strip():
        if text:
            problems.append(error(rel, None, "empty-file", "file has only white space; skipped"))
        else:
            problems.append(error(rel, None, "empty-file", "file is empty; skipped"))
        return None, problems
    fields, body, body_start, fm_problems = split_front_matter(text, rel)
    problems.extend(fm_problems)
    fields_path, side_problems = _with_side_fields(path, rel, side, fields)
    problems.extend(side_problems)
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


def _with_side_fields(
    path: Path, rel: str, side: Path | None | bool, fields: dict
) -> tuple[str | None, list[Problem]]:
    """Add the side file's fields to `fields` (the front matter's, which win); (where the fields
    came from, problems)."""
    problems: list[Problem] = []
    fields_path = rel if fields else None
    if side is True:
        side = _side_file(path)
    if side:
        side_rel = str(PurePosixPath(rel).with_suffix(side.suffix))
        side_fields, side_problems = read_fields_file(side, side_rel)
        problems.extend(side_problems)
        for key, value in side_fields.items():
            if (
                key in fields
            ):  # front matter wins over the side file; said, so no edit is lost unseen
                problems.append(
                    warning(
                        side_rel,
                        value.line,
                        "overridden-field",
                        f"'{key}' is also given in the front matter of {rel} (line {fields[key].line}), which wins; this one is not used",
                    )
                )
            else:
                fields[key] = value
        fields_path = fields_path or (side_rel if side_fields else None)
    return fields_path, problems


def _read_page_file(
    path: Path, rel: str, side, raw: bytes, digest: str, size: int
) -> tuple[SourceFile | None, list[Problem]]:
    """A saved web page: its text and metadata (webpages.py), and its side file's fields."""
    from .webpages import read_page

    if size > MAX_PAGE_BYTES:
        return None, [
            error(
                rel,
                None,
                "too-large",
                f"page is {size / (1 << 20):.1f} MB, more than {MAX_PAGE_BYTES >> 20} MB "
                "(a saved news page is far smaller: save it as 'HTML only' or with SingleFile); skipped",
            )
        ]
    page = read_page(raw, rel, digest, str(path))
    problems = list(page.problems)
    if page.source is None:
        return None, problems
    fields: dict = {}
    fields_path, side_problems = _with_side_fields(path, rel, side, fields)
    return replace(page.source, fields=fields, fields_path=fields_path), problems + side_problems


def read_capped(path: Path, limit: int) -> tuple[bytes, str, int]:
    """(first `limit` bytes, SHA-256 of the whole file, its size), holding at most `limit` bytes."""
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        expected = os.fstat(f.fileno()).st_size
        head = f.read(min(limit, expected + 1))  # read(n) allocates n bytes: ask for what is there
        if len(head) < limit and len(head) > expected:
            head += f.read(limit - len(head))
        sha.update(head)
        size = len(head)
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            sha.update(chunk)
            size += len(chunk)
    return head, sha.hexdigest(), size


def _cut_at_line(raw: bytes) -> bytes:
    """End a cut-off file at its last whole line, and on a whole UTF-16 code unit."""
    cut = raw.rfind(b"\n")
    if cut > len(raw) // 2:
        raw = raw[: cut + 1]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) and len(raw) % 2:
        raw = raw[:-1]
    return raw


def read_fields_file(side: Path, side_rel: str) -> tuple[dict[str, Field], list[Problem]]:
    text, problems = read_yaml_text(side, side_rel, "side file")
    if text is None:
        return {}, problems
    fields, more = parse_fields(text, side_rel)
    return fields, problems + more


def read_yaml_text(path: Path, rel: str, what: str) -> tuple[str | None, list[Problem]]:
    """The text of a side file or curation.yaml, decoded like an article (mixed encodings line
    by line, with a warning); None with an error when it cannot be used."""
    try:
        raw, _, size = read_capped(path, MAX_SIDE_BYTES)
    except OSError as exc:
        return None, [error(rel, None, "unreadable", f"could not be read: {exc.strerror or exc}")]
    if size > MAX_SIDE_BYTES:
        return None, [
            error(
                rel,
                None,
                "too-large",
                f"{what} is {size >> 10} kB, more than {MAX_SIDE_BYTES >> 10} kB; not used",
            )
        ]
    text, notes, _ = _decode(raw)
    if text is None:
        return None, [
            error(rel, None, "binary-file", "looks like a binary file, not YAML; not used")
        ]
    text, _, _ = strip_controls(normalise_newlines(text))
    return text, [warning(rel, line, "encoding", note) for line, note in notes]


def decode_bytes(raw: bytes) -> tuple[str | None, str | None]:
    """Text from bytes, and a note when it was not plain UTF-8; None when it is not text.

    UTF-8 with or without BOM; UTF-16 and UTF-32 with a BOM, UTF-16 without one (told by the zero
    bytes of its ASCII characters). A file that is not UTF-8 as a whole is read line by line:
    UTF-8 where a line is, Windows-1252 where it is not (text pasted from several pages mixes
    them). UTF-8 that was once read as Windows-1252 ('â€œ' for '“') is repaired where that is
    unambiguous. NUL bytes of an 8-bit file are dropped."""
    text, notes, _ = _decode(raw)
    return text, "; ".join(note for _, note in notes) or None


def _decode(raw: bytes) -> tuple[str | None, list[tuple[int | None, str]], int]:
    """(text, [(line, note)], NUL bytes dropped)."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return raw.decode("utf-32", errors="replace"), [], 0
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), [], 0
    if raw.startswith(BINARY_MAGIC):
        return None, [], 0
    sample = raw[:4096]
    nuls = sample.count(b"\x00")
    if sample and nuls > len(sample) // 10:
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            return None, [], 0
        text = raw[: len(raw) - len(raw) % 2].decode(utf16, errors="replace")
        return text, [(None, f"read as {utf16.upper()} (no byte order mark)")], 0
    nuls = raw.count(b"\x00")
    raw = raw.replace(b"\x00", b"")
    notes: list[tuple[int | None, str]] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, legacy = decode_lines(raw)
        if _looks_binary(text):
            return None, [], 0
        wording = "lines {} are" if len(legacy) > 1 else "line {} is"
        notes.append(
            (
                legacy[0],
                wording.format(compact_numbers(legacy)) + " not valid UTF-8; read as Windows-1252",
            )
        )
    text, repaired = repair_mojibake(text)
    if repaired:
        count, lines, example = repaired
        notes.append(
            (
                lines[0],
                f"{count} sequence(s) of UTF-8 once read as Windows-1252 repaired ('{example[0]}' -> "
                f"'{example[1]}') on line{'s' * (len(lines) > 1)} {compact_numbers(lines)}",
            )
        )
    return text, notes, nuls


# Windows-1252 as browsers read it: its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
# taken as the Latin-1 code points, so no byte is lost or turned into '\ufffd'.
CP1252 = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0x100)}
CP1252_TABLE = str.maketrans({chr(b): c for b, c in CP1252.items() if c != chr(b)})
LINE_BREAK = re.compile(rb"(\r\n|\r|\n)")


def decode_lines(raw: bytes) -> tuple[str, list[int]]:
    """Bytes decoded line by line: UTF-8 where a line is valid UTF-8, Windows-1252 where it is
    not; (text, numbers of the lines read as Windows-1252). Lines are numbered as the text's."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    parts = LINE_BREAK.split(raw)
    out, legacy = [], []
    for index in range(0, len(parts), 2):
        line = parts[index]
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("latin-1").translate(CP1252_TABLE))
            legacy.append(index // 2 + 1)
        if index + 1 < len(parts):
            out.append(parts[index + 1].decode("ascii"))
    return "".join(out), legacy


# UTF-8 once read as Windows-1252: the two or three Windows-1252 characters of one UTF-8 letter or
# punctuation mark. Only sequences whose repair is a Latin letter, a Latin-1 sign or typographic
# punctuation are repaired: Indonesian text never writes 'Ã' or 'â' before Windows-1252 punctuation.
_TAIL = "".join(CP1252[b] for b in range(0x80, 0xC0))
MOJIBAKE = re.compile(
    "[\u00c2-\u00c5]["
    + re.escape(_TAIL)
    + "]|\u00e2["
    + re.escape("".join(CP1252[b] for b in range(0x80, 0x85)))
    + "]["
    + re.escape(_TAIL)
    + "]"
)
_BYTE_OF = {c: b for b, c in CP1252.items()}


def _repaired(sequence: str) -> str | None:
    try:
        char = bytes(_BYTE_OF[c] for c in sequence).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    point = ord(char)
    return (
        char
        if 0xA0 <= point <= 0x17F
        or 0x2010 <= point <= 0x2027
        or 0x2030 <= point <= 0x203A
        or char in "€™"
        else None
    )


def repair_mojibake(text: str) -> tuple[str, tuple[int, list[int], tuple[str, str]] | None]:
    """`text` with 'â€œ' made '“' again (and the like); (text, (count, line numbers, an example))."""
    if (
        "\u00c2" not in text
        and "\u00c3" not in text
        and "\u00c4" not in text
        and "\u00c5" not in text
        and "\u00e2" not in text
    ):
        return text, None
    found: list[tuple[int, str, str]] = []

    def fix(match: re.Match) -> str:
        char = _repaired(match.group())
        if char is None:
            return match.group()
        found.append((match.start(), match.group(), char))
        return char

    repaired = MOJIBAKE.sub(fix, text)
    if not found:
        return text, None
    starts = [0] + [m.end() for m in TEXT_LINE_BREAK.finditer(text)]
    lines = sorted({bisect.bisect_right(starts, start) for start, _, _ in found})
    return repaired, (len(found), lines, found[0][1:])


TEXT_LINE_BREAK = re.compile("\r\n|\r|\n")


def compact_numbers(numbers: list[int]) -> str:
    """'3-5, 9, 12' for [3, 4, 5, 9, 12]."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def _utf16_without_bom(sample: bytes) -> str | None:
    half = len(sample) // 2 or 1
    even = sample[0::2].count(b"\x00")
    odd = sample[1::2].count(b"\x00")
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    odd = len(CONTROL.findall(sample)) + sample.count("\ufffd")
    return odd > max(8, len(sample) // 20)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_controls(text: str) -> tuple[str, int, int | None]:
    """Remove control characters (NUL, escape codes...) that no article means and XML forbids;
    (text, how many, line of the first)."""
    first = CONTROL.search(text)
    if first is None:
        return text, 0, None
    line = text.count("\n", 0, first.start()) + 1
    cleaned, count = CONTROL.subn("", text)
    return cleaned, count, line


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
