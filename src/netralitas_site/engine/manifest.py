"""What in the output folder this program made: the files the manifest lists, those a build
writing in place had begun (the pending list) and its temporary files; the rest is the user's."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from .output_paths import safe_rel

MANIFEST = ".netralitas-manifest.json"
PENDING = (
    ".netralitas-pending"  # in place: the files a build writes that the manifest does not list yet
)


def read_manifest(out: Path) -> set[str]:
    """The files the last build generated in `out` (a sorted JSON list of paths, reproducible)."""
    try:
        data = json.loads((out / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return set()
    if isinstance(data, dict):  # tolerate a manifest written as {"files": ...}
        data = data.get("files", [])
    return {p for p in data if isinstance(p, str)} if isinstance(data, (list, dict)) else set()


def read_pending(out: Path) -> set[str]:
    """The files a build writing in place had begun when it was stopped (see Stage._note_new)."""
    try:
        lines = (out / PENDING).read_text("utf-8", "replace").splitlines()
    except OSError:
        return set()
    found = set()
    for line in lines:
        try:
            rel = json.loads(line)
        except ValueError:  # the last line of a build killed while writing it
            continue
        if isinstance(rel, str) and safe_rel(rel):
            found.add(rel)
    return found


def write_manifest(root: Path, files) -> None:
    tmp = root / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(sorted(files), indent=0, ensure_ascii=False) + "\n", "utf-8")
    os.replace(tmp, root / MANIFEST)


def user_entries(out: Path, generated: set[str]) -> tuple[list[str], list[str], list[str]]:
    """Files (and symlinks) in `out` this program did not make, empty folders, and temporary
    files of this program (`temp_name`, of a file it made: never a user's). One scandir per
    folder, whose entries already know their type."""
    files: list[str] = []
    empty: list[str] = []
    temps: list[str] = []
    if not out.is_dir():
        return files, empty, temps
    pending = [""]
    while pending:
        rel_folder = pending.pop()
        prefix = rel_folder + "/" if rel_folder else ""
        try:
            with os.scandir(os.path.join(out, rel_folder)) as entries:
                listed = list(entries)
        except OSError:
            continue
        for entry in listed:
            rel = prefix + entry.name
            try:
                is_folder = entry.is_dir()  # a link to a folder is the user's: listed, not entered
            except OSError:
                is_folder = False
            if is_folder and not entry.is_symlink():
                pending.append(rel)
            elif _is_our_temp(rel, generated):
                temps.append(rel)
            elif is_folder or (rel not in (MANIFEST, PENDING) and rel not in generated):
                files.append(rel)
        if not listed and rel_folder:
            empty.append(rel_folder)
    return sorted(files), sorted(empty), sorted(temps)


_TEMP_NAME = re.compile(r"(?P<target>.+)\.tmp-(?P<pid>[0-9]+)(?:-stream)?")


def temp_name(target: str, kind: str = "") -> str:
    """Where a file is written before it is renamed into place: beside it, named after the
    writing process, so that one left by a process that no longer runs can be told (`_TEMP_NAME`)."""
    return f"{target}.tmp-{os.getpid()}{kind}"


def _is_our_temp(rel: str, generated: set[str]) -> bool:
    """`rel` is a temporary file this program writes: of a file it made (manifest or pending
    list; a new file is listed before it is written), or of the manifest itself."""
    if rel == MANIFEST + ".tmp":
        return True
    match = _TEMP_NAME.fullmatch(rel)
    return match is not None and match["target"] in generated


def remove_stray_temps(out: Path, temps: list[str]) -> None:
    """Remove the temporary files (`_is_our_temp`) of builds that no longer run: a build killed
    while writing in place leaves them, and nothing else ever would. The output folder is locked,
    so the manifest's is never another build's in progress."""
    for rel in temps:
        match = _TEMP_NAME.fullmatch(rel)
        if match is None or not pid_running(int(match["pid"])) or int(match["pid"]) == os.getpid():
            try:
                os.unlink(os.path.join(out, rel))
            except OSError:
                pass


def pid_running(pid: int) -> bool:
    """A process of this pid exists (zombies included); one of another user's counts as running."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's, or not a pid this system can have: not ours to judge
    return True
