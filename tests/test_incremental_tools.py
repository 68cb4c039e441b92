"""Helpers for the incremental, output, hostile and reproducibility tests (no tests here)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from conftest import build


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (hidden ones too) -> SHA-256 of its bytes."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() or path.is_symlink():
            data = os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
            out[path.relative_to(folder).as_posix()] = hashlib.sha256(data).hexdigest()
    return out


def identities(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file -> (inode, mtime_ns): what tells a rewritten file from an untouched one."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            st = path.stat()
            out[path.relative_to(folder).as_posix()] = (st.st_ino, st.st_mtime_ns)
    return out


def touched(before: dict, after: dict) -> set[str]:
    """Files rewritten, added or removed between two `identities`."""
    return {p for p in set(before) | set(after) if before.get(p) != after.get(p)}


def corpus_copy(source: Path, dest: Path, limit: int | None = None) -> Path:
    dest.mkdir(parents=True)
    for path in sorted(source.iterdir())[:limit]:
        shutil.copy2(path, dest / path.name)
    return dest


def built(articles: Path, out: Path, *extra: str) -> str:
    result = build(articles, out, "--quiet", *extra)
    assert result.returncode == 0, result.stderr
    return result.stderr


def cold(articles: Path, out: Path, *extra: str) -> dict[str, str]:
    """The tree of a build from scratch (no cache, empty output folder)."""
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(Path(str(out) + ".cache"), ignore_errors=True)
    built(articles, out, *extra)
    return tree(out)


def article_id(name: str) -> str:
    from netralitas_site.extract.article import article_id as make

    return make(name)
