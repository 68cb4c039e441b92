"""Write the site into the output folder: all at once or not at all, only files we made.

The new version of the site is put together in a spare folder beside the output folder
(`<out>.cache/spare/`) and swapped in by one atomic exchange of the two folders at the very end
(Linux `renameat2(RENAME_EXCHANGE)`), so a crash or kill at any moment leaves either the old
site or the new one, never a mix. The spare folder is the previous version of the site: after the
exchange it holds the old tree, which the next build updates in place. Files that did not change
are hard links to the live ones, so they are never rewritten (their mtime stays) and a rebuild
costs what changed, not the size of the site.

A manifest in the output folder (`.netralitas-manifest.json`) lists the files the build made.
Anything else in the output folder is the user's: it is carried into every new version as it is
(hard-linked), never replaced and never removed; a page that would overwrite one is not written.

This module runs one version from the lock to the swap (SiteWriter); the files are staged by
stage.py, the manifest and the user's files told apart by manifest.py, what a version no longer
holds removed by prune.py, and the folders and paths it may use checked by output_paths.py.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import shutil
import stat as stat_mod
import time
from pathlib import Path

from .manifest import (
    MANIFEST,
    PENDING,
    read_manifest,
    read_pending,
    remove_stray_temps,
    user_entries,
    write_manifest,
)
from .output_paths import OutputError, parent_folders, safe_rel
from .prune import prune, prune_empty, prune_listed
from .stage import Stage, ensure_parent, remove_path
from .stopping import signals_held

SPARE = "spare"
ASIDE = "previous"
JOURNAL = "swap.json"
CONTENTS_LIVE = "contents-live.json"
CONTENTS_SPARE = "contents-spare.json"
LOCK = "lock"


class SiteWriter:
    """One new version of the site: `open`, then `stage.put`/`stage.keep` for every file (from
    any process), then `commit` with the list of files, or `abort`."""

    def __init__(self, out_dir: Path, cache_dir: Path | None = None, staged: bool = True):
        self.out = Path(os.path.realpath(out_dir))
        self.cache_dir = cache_dir
        self.staged = staged and cache_dir is not None
        self.stage: Stage | None = None
        self.notes: list[str] = []  # how the output was written when it could not be staged
        self.user_files: list[str] = []
        self.user_dirs: list[str] = []
        self._lock_fd: int | None = None
        self.generated: set[str] = set()
        self.fresh = False
        self.spare_contents: set[str] | None = (
            None  # what the spare folder holds, when known without a walk
        )

    @property
    def _cache(self) -> Path:
        """The cache folder, for what only a staged build or the lock uses: neither is without one."""
        assert self.cache_dir is not None
        return self.cache_dir

    def open(self, records: dict[str, tuple] | None = None) -> Stage:
        """Lock the output folder and prepare the spare one; `records` are what the cache knows
        of the live files (see Stage.records)."""
        self.lock()
        return self.prepare(records)

    def lock(self) -> set[str]:
        """Take the output folder (one build at a time), finish a swap a killed build left, and
        read the manifest: the files the last build made."""
        if self.out.exists() and not self.out.is_dir():
            raise OutputError(f"output folder {self.out} is a file; choose another --out")
        if self.cache_dir is not None:
            try:
                self.cache_dir.mkdir(parents=True, exist_ok=True)
                ignore = self.cache_dir / ".gitignore"
                if (
                    not ignore.exists()
                ):  # never committed by mistake, whatever the repository ignores
                    ignore.write_text(
                        "# made by netralitas-site: a cache, safe to delete\n*\n", "utf-8"
                    )
                self._lock()
                self._recover()
            except OSError as exc:
                self._unlock()
                self.notes.append(
                    f"cache folder {self.cache_dir} cannot be used ({exc.strerror or exc}); "
                    "files are replaced one by one"
                )
                self.cache_dir, self.staged = None, False
        self.generated = read_manifest(self.out) | read_pending(self.out)
        return self.generated

    def prepare(self, records: dict[str, tuple] | None = None) -> Stage:
        """Find the user's files in the output folder and make the spare folder ready."""
        generated = self.generated
        self.user_files, self.user_dirs, strays = user_entries(self.out, set(generated))
        remove_stray_temps(self.out, strays)
        blocked = (
            frozenset(self.user_files)
            | frozenset(self.user_dirs)
            | {p for f in self.user_files for p in parent_folders(f)}
        )
        root = str(self.out)
        if (
            self.staged
            and self.out.exists()
            and (
                os.path.ismount(self.out) or os.stat(self.out).st_dev != os.stat(self._cache).st_dev
            )
        ):
            self.notes.append(
                f"{self.out} is on another file system than {self.cache_dir}; files are replaced one by one"
            )
            self.staged = False
        if self.staged:
            spare = self._cache / SPARE
            try:
                if spare.is_symlink() or (spare.exists() and not spare.is_dir()):
                    remove_path(str(spare))
                spare.mkdir(exist_ok=True)
                self.spare_contents = self._recorded_contents(spare)
                remove_path(
                    str(spare / MANIFEST)
                )  # spare is being changed: its manifest no longer holds
                with os.scandir(spare) as entries:
                    self.fresh = (
                        next(entries, None) is None
                    )  # nothing to prune after a build from scratch
                root = str(spare)
            except OSError as exc:
                self.notes.append(
                    f"could not prepare {spare} ({exc.strerror or exc}); files are replaced one by one"
                )
                self.staged = False
        else:
            self.out.mkdir(parents=True, exist_ok=True)
        self.stage = Stage(
            root,
            str(self.out),
            blocked,
            frozenset(self.user_files),
            frozenset(generated),
            records or {},
        )
        return self.stage

    def commit(self, files) -> None:
        """Make the staged version, holding the generated `files` (paths), the site."""
        stage = self.stage
        assert stage is not None  # made by open()
        if self.staged:
            keep = set(files) | set(self.user_files) | {MANIFEST}
            if self.spare_contents is not None:  # first what this version does not hold, so
                # that nothing of an older one stands where the user's files go
                prune_listed(Path(stage.root), self.spare_contents - keep, set(self.user_dirs))
            elif not self.fresh:
                prune(Path(stage.root), keep, set(self.user_dirs))
            for rel in self.user_dirs:
                ensure_parent(stage.root, rel + "/.")
            carried = []
            for rel in self.user_files:
                ensure_parent(stage.root, rel)
                if (
                    stage._link(os.path.join(stage.live, rel), os.path.join(stage.root, rel))
                    is not None
                ):
                    carried.append(rel)
                elif os.path.lexists(
                    os.path.join(stage.live, rel)
                ):  # never swap in a version without it
                    raise OutputError(
                        f"could not carry your file {rel} into the new version of the site "
                        f"({stage.root}); the site is left as it was"
                    )
            self.user_files = carried  # the others were removed by the user during the build
            keep = set(files) | set(carried) | {MANIFEST}
            write_manifest(Path(stage.root), files)
            self._record_contents(keep | {d + "/" for d in self.user_dirs})
            if self.out.exists():
                os.chmod(stage.root, stat_mod.S_IMODE(os.stat(self.out).st_mode))
            self._swap(Path(stage.root))
        else:
            for rel in sorted(set(stage.generated) - set(files)):
                if safe_rel(rel) and rel not in stage.blocked:
                    target = self.out / rel
                    if target.is_file() and not target.is_symlink():
                        target.unlink()
                        prune_empty(target.parent, self.out)
            write_manifest(self.out, files)
            remove_path(str(self.out / PENDING))
        self._unlock()

    def abort(self) -> None:
        """Give the folder up unfinished. Writing in place, the temporary files of this build (its
        workers are stopped by now) are removed: only they could be half written."""
        if self.stage is not None and self.stage.in_place:
            remove_stray_temps(
                self.out,
                user_entries(self.out, read_manifest(self.out) | read_pending(self.out))[2],
            )
        self._unlock()

    # What each version holds, so that updating the spare folder needs no walk of its ~30,000
    # files: `live` is the version just swapped in, `spare` the one before it (now in the spare
    # folder). The record is trusted only while the spare folder still has the manifest that
    # version was committed with: a build that touched it and was killed removed that first.
    def _recorded_contents(self, spare: Path) -> set[str] | None:
        try:
            record = json.loads((self._cache / CONTENTS_SPARE).read_text("utf-8"))
            manifest = (spare / MANIFEST).read_bytes()
        except (OSError, ValueError):
            return None
        if (
            not isinstance(record, dict)
            or record.get("manifest") != hashlib.sha256(manifest).hexdigest()
        ):
            return None
        return set(record.get("contents", []))

    def _record_contents(self, contents: set[str]) -> None:
        assert self.stage is not None  # called by commit()
        manifest = (Path(self.stage.root) / MANIFEST).read_bytes()
        live, spare = self._cache / CONTENTS_LIVE, self._cache / CONTENTS_SPARE
        try:
            remove_path(str(spare))
            if live.exists():  # after the swap, the live version is the spare one: with the files
                # the user put in it while it was live (found by `prepare`), which its record lacks
                record = json.loads(live.read_text("utf-8"))
                record["contents"] = sorted(
                    set(record["contents"])
                    | set(self.user_files)
                    | {d + "/" for d in self.user_dirs}
                )
                tmp = spare.with_suffix(".tmp")
                tmp.write_text(json.dumps(record), "utf-8")
                os.replace(tmp, spare)
                remove_path(str(live))
            tmp = live.with_suffix(".tmp")
            tmp.write_text(
                json.dumps(
                    {"manifest": hashlib.sha256(manifest).hexdigest(), "contents": sorted(contents)}
                ),
                "utf-8",
            )
            os.replace(tmp, live)
        except (OSError, ValueError, KeyError, TypeError):
            remove_path(str(live))
            remove_path(str(spare))

    def _swap(self, spare: Path) -> None:
        with signals_held():  # Ctrl+C, SIGTERM or SIGHUP takes effect once the folders are swapped, never between renames
            self._swap_now(spare)

    def _swap_now(self, spare: Path) -> None:
        if not self.out.exists():
            self.out.parent.mkdir(parents=True, exist_ok=True)
            os.rename(spare, self.out)
            return
        try:
            exchange(spare, self.out)
            return
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM, 0):
                raise
        journal = self._cache / JOURNAL  # no atomic exchange here: three renames and a journal
        aside = self._cache / ASIDE
        remove_path(str(aside))
        journal.write_text(json.dumps({"aside": str(aside)}), "utf-8")
        os.rename(self.out, aside)
        os.rename(spare, self.out)
        os.rename(aside, spare)
        journal.unlink()

    def _recover(self) -> None:
        """Finish a swap a killed build left half done (only without an atomic exchange)."""
        journal = self._cache / JOURNAL
        if not journal.exists():
            return
        aside, spare = self._cache / ASIDE, self._cache / SPARE
        if not self.out.exists() and spare.is_dir():
            os.rename(spare, self.out)
        if aside.exists():
            if spare.exists():
                shutil.rmtree(aside, ignore_errors=True)
            else:
                os.rename(aside, spare)
        journal.unlink()

    def _lock(self) -> None:
        import fcntl

        fd = os.open(self._cache / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + float(os.environ.get("NETRALITAS_LOCK_WAIT", "10"))
        while True:  # workers of a killed build hold the lock until they have noticed
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise OutputError(
                        f"another build is writing {self.out}; wait for it to finish"
                    ) from None
                time.sleep(0.1)
        self._lock_fd = fd

    def _unlock(self) -> None:
        """Forget the descriptor before closing it: a stop signal raised right after the close
        unwinds into abort(), which must not close it (or another file given its number) again."""
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            os.close(fd)


def exchange(a: Path, b: Path) -> None:
    """Swap two folders atomically (Linux renameat2 RENAME_EXCHANGE); OSError where unsupported."""
    libc = _libc()
    func = getattr(libc, "renameat2", None) if libc else None
    if func is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    at_fdcwd, rename_exchange = -100, 2
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


_LIBC: list = []


def _libc():
    if not _LIBC:
        try:
            _LIBC.append(ctypes.CDLL(None, use_errno=True))
        except OSError:
            _LIBC.append(None)
    return _LIBC[0]


def static_files(static_dir: Path | None) -> dict[str, bytes]:
    out = {}
    if static_dir and static_dir.is_dir():
        for path in sorted(static_dir.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                out["static/" + path.relative_to(static_dir).as_posix()] = path.read_bytes()
    return out
