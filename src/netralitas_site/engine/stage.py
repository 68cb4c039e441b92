"""The spare folder a new version of the site is put together in, file by file: a file equal to
the live one is a hard link to it, never rewritten."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import stat as stat_mod
from dataclasses import dataclass, field
from pathlib import Path

from .manifest import PENDING, temp_name
from .output_paths import parent_folders, safe_rel


@dataclass
class Stage:
    """Where the new version is put together; plain data, so forked workers can write into it."""

    root: str  # the spare folder (or the output folder itself when it cannot be staged)
    live: str  # the output folder
    blocked: frozenset[str] = (
        frozenset()
    )  # user files and folders a generated file must not replace
    blocked_dirs: frozenset[str] = (
        frozenset()
    )  # user files standing where a generated folder would be
    generated: frozenset[str] = frozenset()  # the live files this program made (manifest)
    records: dict[str, tuple] = field(
        default_factory=dict
    )  # path -> (key, inode, size, mtime_ns) when last made
    made: set[str] = field(
        default_factory=set, repr=False
    )  # folders known to exist in root (per process)
    in_place: bool = field(init=False, repr=False)  # root is the output folder: nothing to link
    # root and live with a separator after them: a site path is joined to them by `+`
    root_prefix: str = field(init=False, repr=False)
    live_prefix: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.in_place = os.path.abspath(self.root) == os.path.abspath(self.live)
        self.root_prefix = os.path.join(self.root, "")
        self.live_prefix = os.path.join(self.live, "")

    def put(self, rel: str, data: bytes) -> tuple[bool, tuple[int, int, int]] | None:
        """Stage `data` at `rel`: (written, (inode, size, mtime_ns)); a file equal to the live one
        is a hard link to it instead (not rewritten). None when a user's file stands in the way."""
        if not self.allowed(rel):
            return None
        target = os.path.join(self.root, rel)
        live = os.path.join(self.live, rel)
        if rel in self.generated and _same_bytes(live, data):
            st = self._link(live, target)
            if st is not None:
                return False, file_identity(st)
        self._note_new(rel)
        self._parent(rel)
        tmp = temp_name(target)
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
        return True, file_identity(os.stat(target))

    def put_stream(self, rel: str, chunks) -> tuple[bool, tuple[int, int, int]] | None:
        """`put` for a file made in pieces (an iterable of bytes), never held whole in memory."""
        if not self.allowed(rel):
            return None
        target = os.path.join(self.root, rel)
        live = os.path.join(self.live, rel)
        self._note_new(rel)
        self._parent(rel)
        tmp = temp_name(target, "-stream")
        with open(tmp, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
        if rel in self.generated and _same_file_bytes(live, tmp):
            st = self._link(live, target)
            if st is not None:
                remove_path(tmp)
                return False, file_identity(st)
        os.replace(tmp, target)
        return True, file_identity(os.stat(target))

    def _note_new(self, rel: str) -> None:
        """Writing in place, a file the manifest does not list is noted before it is written: a
        build stopped before it writes its manifest leaves files that are still known as made by
        this program, not taken for the user's by the next build (which would never update them)."""
        if self.in_place and rel not in self.generated:
            fd = os.open(
                os.path.join(self.live, PENDING), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644
            )
            try:
                os.write(
                    fd, (json.dumps(rel) + "\n").encode("utf-8")
                )  # one write: appends never interleave
            finally:
                os.close(fd)

    def keep(self, rel: str, key: str) -> tuple[int, int, int] | None:
        """Carry the live file into the new version untouched when it was made from `key` and has
        not been changed since; else None, and it must be made again."""
        recorded = self.records.get(rel)
        if (
            recorded is None
            or recorded[0] != key
            or rel not in self.generated
            or not self.allowed(rel)
        ):
            return None
        live = self.live_prefix + rel  # os.path.join: `rel` is relative (allowed)
        try:
            st = os.lstat(live)
        except OSError:
            return None
        identity = file_identity(st)
        if not stat_mod.S_ISREG(st.st_mode) or identity != tuple(recorded[1:]):
            return None
        target = self.root_prefix + rel
        if not self.in_place:  # most often the spare folder holds this very file already
            try:
                there = os.lstat(target)
                if there.st_ino == st.st_ino and there.st_dev == st.st_dev:
                    return identity
            except OSError:
                pass
        linked = self._link(live, target, st)
        return file_identity(linked) if linked else None

    def _parent(self, rel: str) -> None:
        folder = rel.rpartition("/")[0]
        if folder not in self.made:
            ensure_parent(self.root, rel)
            self.made.add(folder)

    def allowed(self, rel: str) -> bool:
        """`rel` stays inside the output folder and no user's file stands in its way. Called for
        every file of every build (74,000 at 10,000 articles): the folders above it are looked
        at only when the user has a file where a folder of the site goes, which is rare."""
        if rel in self.blocked:
            return False
        if self.blocked_dirs and any(p in self.blocked_dirs for p in parent_folders(rel)):
            return False
        return safe_rel(rel)

    def read(self, rel: str) -> bytes:
        with open(os.path.join(self.root, rel), "rb") as f:
            return f.read()

    def _link(
        self, live: str, target: str, st: os.stat_result | None = None
    ) -> os.stat_result | None:
        """Make `target` the very file `live` is (hard link; a copy keeping its times where links
        are not possible). In place (root == live) there is nothing to do. `st`: `live`'s lstat,
        when the caller has just made it."""
        if st is None:
            try:
                st = os.lstat(live)
            except OSError:
                return None
        if self.in_place:
            return st
        try:
            there = os.lstat(target)
            if (there.st_ino, there.st_dev) == (st.st_ino, st.st_dev):
                return st
            if stat_mod.S_ISDIR(
                there.st_mode
            ):  # an older version's folder where this one has a file
                remove_path(target)
        except (FileNotFoundError, NotADirectoryError):
            pass
        except OSError:
            return None
        self._parent(os.path.relpath(target, self.root))
        tmp = temp_name(target)
        try:
            remove_path(tmp)
            try:
                os.link(live, tmp, follow_symlinks=False)
            except OSError:
                if os.path.islink(live):
                    os.symlink(os.readlink(live), tmp)
                else:
                    shutil.copy2(live, tmp)
            os.replace(tmp, target)
            return os.lstat(target)
        except OSError:
            remove_path(tmp)
            return None


def live_identity(out: Path, rel: str) -> tuple[int, int, int] | None:
    try:
        return file_identity(os.lstat(out / rel))
    except OSError:
        return None


def file_identity(st: os.stat_result) -> tuple[int, int, int]:
    """What tells one version of a file from another without reading it (not ctime: linking changes it)."""
    return st.st_ino, st.st_size, st.st_mtime_ns


def ensure_parent(root: str, rel: str) -> None:
    """Create the folders above `rel` in our own tree, clearing anything left in their way."""
    folder = os.path.dirname(os.path.join(root, rel))
    try:
        os.makedirs(folder, exist_ok=True)
        return
    except (FileExistsError, NotADirectoryError):
        pass
    path = root
    for part in os.path.dirname(rel).split("/"):
        path = os.path.join(path, part)
        if os.path.islink(path) or (os.path.exists(path) and not os.path.isdir(path)):
            remove_path(path)
        os.makedirs(path, exist_ok=True)


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        st = os.stat(path)
        if st.st_size != len(data) or not stat_mod.S_ISREG(st.st_mode):
            return False
        with open(path, "rb") as f:
            return f.read() == data
    except OSError:
        return False


def _same_file_bytes(a: str, b: str) -> bool:
    try:
        return os.path.isfile(a) and not os.path.islink(a) and filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def remove_path(path: str) -> None:
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.unlink(path)
    except FileNotFoundError:
        pass
