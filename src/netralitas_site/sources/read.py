"""Find article files and read them: their text decoded (decode.py), front matter and side files
split off as fields (fields.py).

Only this module reads the articles folder; it never writes to it. Whatever is in the folder,
the build goes on: a file that cannot be an article is skipped with a problem naming it, and a
file that can is read as well as it can be (odd encodings, control characters, huge sizes).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from ..model import SourceFile
from ..problems import Problem, error, warning
from .decode import decode_with_notes, normalise_newlines, strip_controls
from .fields import Field, parse_fields, split_front_matter

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


def ref_again(ref: SourceRef) -> SourceRef:
    """The same article file as it is on disk now: its side file looked for and both stat'd again
    (the dev server reads an edited file without listing the whole folder)."""
    path = Path(ref.path)
    side = _side_file(path)
    return SourceRef(ref.path, ref.rel, str(side) if side else None, _stat_key(path, side))


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
    text, notes, nuls = decode_with_notes(raw)
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
    text, notes, _ = decode_with_notes(raw)
    if text is None:
        return None, [
            error(rel, None, "binary-file", "looks like a binary file, not YAML; not used")
        ]
    text, _, _ = strip_controls(normalise_newlines(text))
    return text, [warning(rel, line, "encoding", note) for line, note in notes]
