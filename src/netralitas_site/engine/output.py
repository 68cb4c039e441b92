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
"""

from __future__ import annotations

import ctypes
import errno
import filecmp
import hashlib
import json
import os
import re
import shutil
import signal
import stat as stat_mod
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import FrameType
from typing import Any

MANIFEST = ".netralitas-manifest.json"
PENDING = (
    ".netralitas-pending"  # in place: the files a build writes that the manifest does not list yet
)
SPARE = "spare"
ASIDE = "previous"
JOURNAL = "swap.json"
CONTENTS_LIVE = "contents-live.json"
CONTENTS_SPARE = "contents-spare.json"
LOCK = "lock"


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

    def __post_init__(self) -> None:
        self.in_place = os.path.abspath(self.root) == os.path.abspath(self.live)

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
                return False, _identity(st)
        self._note_new(rel)
        self._parent(rel)
        tmp = temp_name(target)
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
        return True, _identity(os.stat(target))

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
                _remove(tmp)
                return False, _identity(st)
        os.replace(tmp, target)
        return True, _identity(os.stat(target))

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
        live = os.path.join(self.live, rel)
        try:
            st = os.lstat(live)
        except OSError:
            return None
        if not stat_mod.S_ISREG(st.st_mode) or _identity(st) != tuple(recorded[1:]):
            return None
        linked = self._link(live, os.path.join(self.root, rel), st)
        return _identity(linked) if linked else None

    def _parent(self, rel: str) -> None:
        folder = rel.rpartition("/")[0]
        if folder not in self.made:
            _ensure_parent(self.root, rel)
            self.made.add(folder)

    def allowed(self, rel: str) -> bool:
        return (
            safe_rel(rel)
            and rel not in self.blocked
            and not any(p in self.blocked_dirs for p in _parents(rel))
        )

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
                _remove(target)
        except (FileNotFoundError, NotADirectoryError):
            pass
        except OSError:
            return None
        self._parent(os.path.relpath(target, self.root))
        tmp = temp_name(target)
        try:
            _remove(tmp)
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
            _remove(tmp)
            return None


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
        self.user_files, self.user_dirs, strays = _user_entries(self.out, set(generated))
        remove_stray_temps(self.out, strays)
        blocked = (
            frozenset(self.user_files)
            | frozenset(self.user_dirs)
            | {p for f in self.user_files for p in _parents(f)}
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
                    _remove(str(spare))
                spare.mkdir(exist_ok=True)
                self.spare_contents = self._recorded_contents(spare)
                _remove(
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
                _prune_listed(Path(stage.root), self.spare_contents - keep, set(self.user_dirs))
            elif not self.fresh:
                _prune(Path(stage.root), keep, set(self.user_dirs))
            for rel in self.user_dirs:
                _ensure_parent(stage.root, rel + "/.")
            carried = []
            for rel in self.user_files:
                _ensure_parent(stage.root, rel)
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
                        _prune_empty(target.parent, self.out)
            write_manifest(self.out, files)
            _remove(str(self.out / PENDING))
        self._unlock()

    def abort(self) -> None:
        """Give the folder up unfinished. Writing in place, the temporary files of this build (its
        workers are stopped by now) are removed: only they could be half written."""
        if self.stage is not None and self.stage.in_place:
            remove_stray_temps(
                self.out,
                _user_entries(self.out, read_manifest(self.out) | read_pending(self.out))[2],
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
            _remove(str(spare))
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
                _remove(str(live))
            tmp = live.with_suffix(".tmp")
            tmp.write_text(
                json.dumps(
                    {"manifest": hashlib.sha256(manifest).hexdigest(), "contents": sorted(contents)}
                ),
                "utf-8",
            )
            os.replace(tmp, live)
        except (OSError, ValueError, KeyError, TypeError):
            _remove(str(live))
            _remove(str(spare))

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
        _remove(str(aside))
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


STOP_SIGNALS = (
    signal.SIGINT,
    signal.SIGTERM,
    signal.SIGHUP,
)  # what stops a build (cli.stop_on_terminate)


@contextmanager
def signals_held(block: bool = False):
    """Hold Ctrl+C, SIGTERM and SIGHUP back for the duration: their handlers raise in the middle
    of whatever runs, and a swap of three renames must not stop after one, nor a child process be
    started without the build holding it (and so stopping it). One that arrives is acted on when
    the block is done. `block`: also block them in this thread, so that a process forked inside
    starts with them blocked and cannot run the build's handlers; it unblocks them once it has
    set its own (`incremental.worker_signals`). (Python runs signal handlers in the main thread
    only, so a build in another thread, the dev server's, is not interrupted by them at all.)
    SIGKILL cannot be held: the journal finishes such a swap (`_recover`)."""
    blocked = set()
    if block and hasattr(signal, "pthread_sigmask"):
        blocked = set(STOP_SIGNALS) - signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    if threading.current_thread() is not threading.main_thread():
        try:
            yield
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)
        return
    arrived: list[int] = []
    previous: dict[int, Callable[[int, FrameType | None], Any] | int] = {}
    for signum in STOP_SIGNALS:
        handler = signal.getsignal(signum)
        if handler is not None:  # None: set outside Python, cannot be put back
            previous[signum] = handler
            signal.signal(signum, lambda number, frame: arrived.append(number))
    try:
        yield
    finally:
        if blocked:  # first, so that one pending in the kernel is recorded like the others
            signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)
        for number, handler in previous.items():
            signal.signal(number, handler)
        if arrived:
            handler = previous[arrived[0]]
            if callable(handler):
                handler(arrived[0], None)  # Ctrl+C's KeyboardInterrupt, the build's SIGTERM handler
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), arrived[0])


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


def live_identity(out: Path, rel: str) -> tuple[int, int, int] | None:
    try:
        return _identity(os.lstat(out / rel))
    except OSError:
        return None


def _identity(st: os.stat_result) -> tuple[int, int, int]:
    """What tells one version of a file from another without reading it (not ctime: linking changes it)."""
    return st.st_ino, st.st_size, st.st_mtime_ns


def write_site(
    files: dict[str, bytes], out_dir: Path, static_dir: Path | None, cache_dir: Path | None = None
) -> int:
    """Write `files` (site path -> bytes) and the static assets as one new version of the site;
    returns the number of files written (unchanged ones are not)."""
    writer = SiteWriter(out_dir, cache_dir if cache_dir is not None else cache_dir_for(out_dir))
    stage = writer.open()
    try:
        all_files = dict(files)
        all_files.update(static_files(static_dir))
        done, changed = [], 0
        for rel in sorted(all_files):
            result = stage.put(rel, all_files[rel])
            if result is None:
                continue
            done.append(rel)
            changed += result[0]
        writer.commit(done)
    except BaseException:
        writer.abort()
        raise
    return changed


def static_files(static_dir: Path | None) -> dict[str, bytes]:
    out = {}
    if static_dir and static_dir.is_dir():
        for path in sorted(static_dir.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                out["static/" + path.relative_to(static_dir).as_posix()] = path.read_bytes()
    return out


def _user_entries(out: Path, generated: set[str]) -> tuple[list[str], list[str], list[str]]:
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


def _prune_listed(root: Path, remove: set[str], keep_dirs: set[str]) -> None:
    """`_prune` when what to remove is known: those files, then their folders left empty. A path
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
            folders.update(_parents(rel))
    for folder in sorted(folders - keep_dirs, key=lambda f: -f.count("/")):
        if safe_rel(folder):
            try:
                os.rmdir(os.path.join(root, folder))  # only when empty
            except OSError:
                pass


def _prune(root: Path, keep: set[str], keep_dirs: set[str]) -> None:
    """Remove from the spare folder everything the new version does not hold."""
    for folder, dirs, names in os.walk(root, topdown=False):
        rel_folder = os.path.relpath(folder, root)
        rel_folder = "" if rel_folder == "." else rel_folder.replace(os.sep, "/") + "/"
        for name in names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            if rel_folder + name not in keep:
                _remove(os.path.join(folder, name))
        if rel_folder and rel_folder.rstrip("/") not in keep_dirs:
            try:
                os.rmdir(folder)  # only when empty
            except OSError:
                pass


def _prune_empty(folder: Path, out_dir: Path) -> None:
    while folder != out_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _parents(rel: str):
    parts = rel.split("/")
    for i in range(1, len(parts)):
        yield "/".join(parts[:i])


def _ensure_parent(root: str, rel: str) -> None:
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
            _remove(path)
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


def _remove(path: str) -> None:
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.unlink(path)
    except FileNotFoundError:
        pass
