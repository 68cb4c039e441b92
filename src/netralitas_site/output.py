"""Write the site into the output folder: only inside it, only files we made, unchanged files untouched.

A manifest of generated files lets a rebuild remove pages that no longer exist without ever
touching a file the user put in the output folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath

MANIFEST = ".netralitas-manifest.json"


class OutputError(Exception):
    """The output folder cannot be used; nothing was written."""


def check_output_dir(out_dir: Path, protected: list[Path]) -> None:
    out = out_dir.resolve()
    for folder in protected:
        folder = folder.resolve()
        if out == folder or folder.is_relative_to(out) or out.is_relative_to(folder):
            raise OutputError(f"output folder {out_dir} would overlap {folder}; choose another --out")


def safe_target(out_dir: Path, rel: str) -> Path:
    """The file for site path `rel`, refusing anything that would land outside `out_dir`."""
    pure = PurePosixPath(rel)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or ":" in pure.parts[0]:
        raise OutputError(f"refusing to write outside the output folder: {rel!r}")
    target = out_dir.joinpath(*pure.parts)
    if not target.resolve().is_relative_to(out_dir.resolve()):
        raise OutputError(f"refusing to write outside the output folder: {rel!r}")
    return target


def write_site(files: dict[str, bytes], out_dir: Path, static_dir: Path | None) -> int:
    """Write `files` (site path -> bytes) and the static assets; returns the number of files changed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    all_files = dict(files)
    if static_dir and static_dir.is_dir():
        for path in sorted(static_dir.rglob("*")):
            if path.is_file():
                all_files["static/" + path.relative_to(static_dir).as_posix()] = path.read_bytes()
    changed = 0
    for rel in sorted(all_files):
        target = safe_target(out_dir, rel)
        data = all_files[rel]
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp-netralitas")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        changed += 1
    _remove_stale(out_dir, set(all_files))
    (out_dir / MANIFEST).write_text(json.dumps(sorted(all_files), indent=0) + "\n", "utf-8")
    return changed


def _remove_stale(out_dir: Path, current: set[str]) -> None:
    manifest = out_dir / MANIFEST
    if not manifest.is_file():
        return
    try:
        previous = set(json.loads(manifest.read_text("utf-8")))
    except (ValueError, OSError):
        return
    for rel in sorted(previous - current):
        try:
            target = safe_target(out_dir, rel)
        except OutputError:
            continue
        if target.is_file():
            target.unlink()
            _prune_empty(target.parent, out_dir)


def _prune_empty(folder: Path, out_dir: Path) -> None:
    while folder != out_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


