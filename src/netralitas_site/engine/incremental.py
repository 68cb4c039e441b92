"""Render only the pages whose content changed, over worker processes, straight to disk.

Each page is keyed by a digest of its context (what the template is given) together with the
code and the templates: a page whose key is the one recorded for the live file is not rendered
again, and its file is carried over untouched. Keying on the context rather than on the list of
articles a page shows is what makes this safe: an official's page also changes when another
article spells the official's name differently, and the context holds the merged name.

Other files made from a part of the archive only (each official's feed and data file, the
officials' open data) are keyed the same way, on what they are made from (`SiteFiles.keyed`).

Rendered pages go to disk as they are made (`SiteFiles`), so memory holds the records, never the
site's HTML. Workers are forked after the archive is built and inherit it; they return small
tuples, in page order, so the result does not depend on how many workers ran.

Every process the build starts ends with it (`Beside` here; `Workers` and `worker_signals` in
workers.py): stopped and waited for when the build is stopped, killed by the kernel when the
build dies outright.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from ..problems import Problem, error
from . import collector
from .keys import PLAIN, Fingerprint, Keyed, digest
from .pieces import PieceCache, Pieces
from .stage import Stage
from .stopping import signals_held
from .workers import Workers, can_fork, stop_processes, worker_signals

CHUNK = 48  # pages per task: enough to amortise the round trip, small enough to balance
PARALLEL_FROM = 400  # pages; fewer are rendered in the build's own process

# (page, envs, its context or None to make it) -> the page's bytes: the site's renderer
# (site.render_one), given by the caller so that the engine imports no stage
Render = Callable[[Any, dict, dict | None], bytes]


class SiteFiles(MutableMapping):
    """Site path -> bytes, kept on disk in the staged version of the site rather than in memory."""

    def __init__(
        self,
        stage: Stage,
        base_key: str = "",
        fingerprint: Fingerprint | None = None,
        pieces: PieceCache | None = None,
    ):
        self.stage = stage
        self.pieces = pieces  # the cache of the pieces `remembered` makes
        self.base_key = base_key  # code, templates and settings: what every file depends on
        self.fingerprint = fingerprint or Fingerprint()
        self.entries: dict[
            str, tuple[int, int, int]
        ] = {}  # path -> (inode, size, mtime_ns) of the staged file
        self.file_keys: dict[
            str, str
        ] = {}  # path -> key of what the page was made from (not `keys`: Mapping's)
        self.held: dict[
            str, bytes
        ] = {}  # pages a user's file stands in the way of: kept in memory, not written
        self.order: dict[str, None] = {}
        self.written = 0
        self.problems: list[Problem] = []

    def record(
        self, path: str, identity: tuple[int, int, int], written: bool, key: str | None = None
    ) -> None:
        self.order[path] = None
        self.entries[path] = identity
        if key:
            self.file_keys[path] = key
        self.written += written

    def blocked(self, path: str, data: bytes) -> None:
        self.order[path] = None
        self.held[path] = data
        self.problems.append(
            error(
                path,
                None,
                "output-conflict",
                "a file or folder the build did not make is in the way in the output folder; "
                "it is kept and this page is not written",
            )
        )

    def page_records(self) -> dict[str, tuple]:
        """path -> (key, inode, size, mtime_ns) of every page made from a known context."""
        return {
            path: (key, *self.entries[path])
            for path, key in self.file_keys.items()
            if path in self.entries
        }

    def signature(self) -> str:
        """The staged version's files by path and identity: equal signatures, untouched files."""
        return digest(*(f"{p}\t{self.entries[p]}" for p in sorted(self.entries)))

    def keyed(self, paths: list[str], inputs, make) -> None:
        """Files made from nothing but `inputs` (with the code, templates and settings): carried
        over while the live ones were made from the same inputs, else `make()` yields each one's
        (path, bytes or an iterable of bytes) to write. The keys go with the pages' keys."""
        key = digest(self.base_key, "files", *paths, self.fingerprint.of(inputs))
        kept = []
        for path in paths:
            identity = self.stage.keep(path, key)
            if identity is None:
                break
            kept.append(identity)
        else:
            for path, identity in zip(paths, kept):
                self.record(path, identity, False, key)
            return
        for path, data in make():
            if isinstance(data, bytes):
                self[path] = data
            else:
                self.stream(path, data)
            if path in self.entries:
                self.file_keys[path] = key

    def remembered(self, items: list, inputs, make) -> Pieces:
        """`make(item)` of each item, read back part by part (Pieces), each taken from the cache
        of pieces while `inputs(item)` (with the code, templates and settings) is what it was
        made from. One call a build: `finish` forgets the pieces it did not use."""
        if self.pieces is None:
            return Pieces(items, make)
        keys = [digest(self.base_key, "piece", self.fingerprint.of(inputs(i))) for i in items]
        return Pieces(items, make, self.pieces, keys)

    def __setitem__(self, path: str, data: bytes) -> None:
        result = self.stage.put(path, data)
        if result is None:
            self.blocked(path, data)
            return
        self.file_keys.pop(path, None)
        self.record(path, result[1], result[0])

    def stream(self, path: str, chunks) -> None:
        """`files[path] = b"".join(chunks)`, written as the chunks are made."""
        if not self.stage.allowed(path):
            self.blocked(path, b"".join(chunks))
            return
        result = self.stage.put_stream(path, chunks)
        assert result is not None  # None only where not allowed, checked above
        self.file_keys.pop(path, None)
        self.record(path, result[1], result[0])

    def __getitem__(self, path: str) -> bytes:
        if path in self.held:
            return self.held[path]
        if path not in self.entries:
            raise KeyError(path)
        return self.stage.read(path)

    def __delitem__(self, path: str) -> None:
        del self.order[path]
        if self.entries.pop(path, None) is not None and self.stage.root != self.stage.live:
            os.unlink(os.path.join(self.stage.root, path))  # in place, the commit removes it
        self.held.pop(path, None)
        self.file_keys.pop(path, None)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.order))

    def __len__(self) -> int:
        return len(self.order)

    def __contains__(self, path: object) -> bool:
        return path in self.order

    def state(self) -> tuple:
        """What this mapping knows of the files written through it (they are on disk), to be
        taken over by another process's mapping (`take`)."""
        return (
            list(self.order),
            self.entries,
            self.file_keys,
            self.held,
            self.written,
            self.problems,
        )

    def take(self, state: tuple) -> None:
        order, entries, keys, held, written, problems = state
        self.order.update(dict.fromkeys(order))
        self.entries.update(entries)
        self.file_keys.update(keys)
        self.held.update(held)
        self.written += written
        self.problems.extend(problems)


class PageRenderer:
    """`site_files(render_pages=...)`: keys every page, renders the changed ones into the stage
    with `render` (site.render_one)."""

    def __init__(
        self,
        stage: Stage,
        base_key: str,
        known: dict[int, str],
        jobs: int,
        progress=None,
        clock=None,
        *,
        render: Render,
        keyed: Keyed = PLAIN,
        pieces: PieceCache | None = None,
    ):
        self.render = render
        self.pieces = pieces  # the cache of the data files' pieces (SiteFiles.remembered)
        self.keyed = keyed  # the record types page keys write short (keys.Keyed)
        self.stage = stage
        self.base_key = base_key  # code, templates and settings
        self.known = known  # id(article object) -> its extraction key
        self.jobs = jobs
        self.progress = progress
        self.clock = clock
        self.rendered = 0

    def beside(self, make) -> Beside | None:
        """Start `make(files)` in a forked process now, while this one plans and renders the
        pages; None where the build runs in one process (then make them after the pages)."""
        if self.jobs <= 1 or not can_fork():
            return None
        return Beside(make, self._files())

    def __call__(self, pages, envs) -> SiteFiles:
        if self.clock:
            self.clock.lap("plan")
        collector.resume_for_rendering()  # the archive frozen (not walked, nor copied by forked workers)
        files = self._files()
        if self.progress:
            self.progress.stage("pages", len(pages))
        results = self._results(pages, envs)
        try:
            for chunk in results:
                for path, key, result, rendered in chunk:
                    self.rendered += bool(rendered)
                    if result is None:
                        files.blocked(path, rendered)
                    else:
                        files.record(path, result[1], result[0], key)
                if self.progress:
                    self.progress.advance(len(chunk))
        finally:
            results.close()  # the workers stopped and waited for now, not when the generator is collected
        if self.clock:
            self.clock.lap("pages")
        return files

    def _files(self) -> SiteFiles:
        return SiteFiles(
            self.stage, self.base_key, Fingerprint(self.known, self.keyed), self.pieces
        )

    def _results(self, pages, envs):
        global _JOB
        _JOB = (pages, envs, self.stage, self.base_key, self.known, self.render, self.keyed)
        ranges = [(start, min(start + CHUNK, len(pages))) for start in range(0, len(pages), CHUNK)]
        try:
            if self.jobs <= 1 or len(pages) < PARALLEL_FROM or not can_fork():
                yield from map(_render_range, ranges)
                return
            with Workers(multiprocessing.get_context("fork"), self.jobs, _render_range) as workers:
                yield from workers.map(ranges)
        finally:
            _JOB = None


BESIDE_PREFIX = "netralitas-beside-"  # then the build's pid (pagefind_index.remove_stale_folders)


class Beside:
    """Files made in a forked process while the build's own process plans and renders pages:
    the open data and the officials' files need the archive, not the pages. `join(files)` waits
    for it and takes what it wrote into `files`; an error in it fails the build."""

    def __init__(self, make, files: SiteFiles):
        context = multiprocessing.get_context("fork")
        self.receive = self.process = None
        # the process's temporary files (the database's scratch copy) go in a folder this
        # process owns and removes: a stopped process ends at once, without its own clean-up
        self.scratch = tempfile.mkdtemp(prefix=f"{BESIDE_PREFIX}{os.getpid()}-")
        try:
            with signals_held(block=True):  # a stop arriving now acts once the process is held here
                self.receive, send = context.Pipe(duplex=False)
                self.process = context.Process(
                    target=_beside, args=(make, files, send, os.getpid(), self.scratch), daemon=True
                )
                self.process.start()
                send.close()
        except BaseException:
            self.close()
            raise

    def join(self, files: SiteFiles) -> None:
        assert (
            self.receive is not None and self.process is not None
        )  # both made by __init__, else it raised
        try:
            outcome, value = self.receive.recv()
        except EOFError:
            outcome, value = (
                "error",
                f"the process ended without a result (exit code {self.process.exitcode})",
            )
        finally:
            self.close()
        if outcome == "error":
            raise RuntimeError(f"making the open data and the officials' files failed:\n{value}")
        files.take(value)

    def close(self) -> None:
        """Stop the process if it still runs (the build failed or was stopped), and wait for it."""
        if self.process is not None:
            stop_processes([self.process])
        if self.receive is not None:
            self.receive.close()
        shutil.rmtree(self.scratch, ignore_errors=True)


def _beside(make, files: SiteFiles, send, parent: int, scratch: str) -> None:
    worker_signals(parent)
    tempfile.tempdir = scratch
    message: tuple[str, object]
    try:
        make(files)
        message = ("done", files.state())
    except BaseException:
        import traceback

        message = ("error", traceback.format_exc(limit=8))
    send.send(message)
    send.close()


# (pages, envs, stage, base key, known articles, renderer, keyed types), inherited by forked workers
_JOB: tuple[list, dict, Stage, str, dict[int, str], Render, Keyed] | None = None
_FINGERPRINT: list[Fingerprint] = []


def _render_range(bounds: tuple[int, int]):
    """[(path, key, (written, identity) or None, rendered)] for pages[start:end]; `rendered` is
    False for a page kept as it was, and the page's bytes when a user's file is in its way."""
    assert _JOB is not None  # set by PageRenderer._results for the ranges it renders
    pages, envs, stage, base_key, known, render, keyed = _JOB
    if not _FINGERPRINT or _FINGERPRINT[0].known is not known:
        _FINGERPRINT[:] = [Fingerprint(known, keyed)]
    fingerprint = _FINGERPRINT[0]
    out: list[tuple[str, str, tuple[bool, tuple[int, int, int]] | None, bool | bytes]] = []
    last = (None, "")  # the language versions of a page share their inputs, and are neighbours
    for page in pages[bounds[0] : bounds[1]]:
        context = None
        if page.make_inputs is not None:
            if last[0] is not page.make_inputs:
                last = (page.make_inputs, fingerprint.of(page.make_inputs()))
            key = digest(base_key, page.path, page.template, "inputs", last[1])
        else:
            context = page.make_context()
            key = digest(base_key, page.path, page.template, fingerprint.of(context))
        kept = stage.keep(page.path, key)
        if kept is not None:
            out.append((page.path, key, (False, kept), False))
            continue
        data = render(page, envs, context)
        result = stage.put(page.path, data)
        out.append((page.path, key, result, True if result is not None else data))
    return out
