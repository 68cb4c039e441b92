"""Remove from a version of the site what it no longer holds, and the folders that leaves empty."""

from __future__ import annotations

import os
import stat as stat_mod
from pathlib import Path

from .output_paths import parent_folders, safe_rel
from .stage import remove_path


def prune_listed(root: Path, remove: set[str], keep_dirs: set[str]) -> None:
    """`prune` when what to remove is known: those files, then their folders left empty. A path
    recorded as a file that is now a folder holds this version's files: it is left alone."""
    folders = set()
    for rel in remove:
        if rel.endswith("/"):
            folders.add(rel.rstrip("/"))
        elif safe_rel(rel):
            path = os.path.join(root, rel)
            try:
                if not stat_mod.S_ISDIR(os.lstat(path).st_mode):
                    os.unlink(path)
            except OSError:  # gone already, or under what is now a file
                pass
            folders.update(parent_folders(rel))
    for folder in sorted(folders - keep_dirs, key=lambda f: -f.count("/")):
        if safe_rel(folder):
            try:
                os.rmdir(os.path.join(root, folder))  # only when empty
            except OSError:
                pass


def prune(root: Path, keep: set[str], keep_dirs: set[str]) -> None:
    """Remove from the spare folder everything the new version does not hold."""
    for folder, dirs, names in os.walk(root, topdown=False):
        rel_folder = os.path.relpath(folder, root)
        rel_folder = "" if rel_folder == "." else rel_folder.replace(os.sep, "/") + "/"
        for name in names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            if rel_folder + name not in keep:
                remove_path(os.path.join(folder, name))
        if rel_folder and rel_folder.rstrip("/") not in keep_dirs:
            try:
                os.rmdir(folder)  # only when empty
            except OSError:
                pass


def prune_empty(folder: Path, out_dir: Path) -> None:
    while folder != out_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
