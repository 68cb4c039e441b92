"""Where the build may write: output and cache folders of their own, and site paths that stay
inside the output folder."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath


class OutputError(Exception):
    """The output folder cannot be used; nothing was written."""


def check_output_dir(out_dir: Path, protected: list[Path]) -> None:
    out = out_dir.resolve()
    if out.exists() and not out.is_dir():
        raise OutputError(f"output folder {out_dir} is a file; choose another --out")
    if out == Path(out.anchor) or out == Path.home().resolve():
        raise OutputError(f"refusing to use {out} as the output folder; choose a folder of its own")
    for folder in protected:
        folder = folder.resolve()
        if out == folder or folder.is_relative_to(out) or out.is_relative_to(folder):
            raise OutputError(
                f"output folder {out_dir} would overlap {folder}; choose another --out"
            )
        cache = cache_dir_for(out_dir)
        if cache.is_relative_to(folder) or folder.is_relative_to(cache):
            raise OutputError(f"cache folder {cache} would overlap {folder}; choose another --out")


def cache_dir_for(out_dir: Path) -> Path:
    """`<out>.cache` beside the (real) output folder: on the same file system, never published."""
    real = Path(os.path.realpath(out_dir))
    return real.with_name(real.name + ".cache")


_PLAIN_REL = re.compile(
    r"[a-z0-9_][a-z0-9_.-]*(?:/[a-z0-9_][a-z0-9_.-]*)*"
)  # what almost every site path is


def safe_rel(rel: str) -> bool:
    """A site path that stays inside the output folder: relative, no '..', no drive or scheme."""
    if _PLAIN_REL.fullmatch(rel):  # no segment starts with a dot, no colon, no backslash: safe
        return True
    pure = PurePosixPath(rel)
    return (
        bool(pure.parts)
        and not pure.is_absolute()
        and ".." not in pure.parts
        and "\\" not in rel
        and ":" not in pure.parts[0]
        and "\0" not in rel
        and rel == pure.as_posix()
    )


def safe_target(out_dir: Path, rel: str) -> Path:
    """The file for site path `rel`, refusing anything that would land outside `out_dir`."""
    if not safe_rel(rel):
        raise OutputError(f"refusing to write outside the output folder: {rel!r}")
    target = out_dir.joinpath(*PurePosixPath(rel).parts)
    if not target.resolve().is_relative_to(out_dir.resolve()):
        raise OutputError(f"refusing to write outside the output folder: {rel!r}")
    return target


def parent_folders(rel: str):
    parts = rel.split("/")
    for i in range(1, len(parts)):
        yield "/".join(parts[:i])
