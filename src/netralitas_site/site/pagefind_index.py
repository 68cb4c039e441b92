"""Pagefind's index of the archive, one bundle per shard (search_shards.py), made again only for
the shards whose documents changed.

A shard is keyed by a digest of its documents' inputs (search.document_inputs), the document
template, the code, the Pagefind binary and its flags. Its files are recorded in the build cache
with that key, as pages are (the pages table, through the output stage): while the key holds and
the live files are untouched, the next build carries them over as they are (hard links), without
rendering a document or running Pagefind, so an edit re-indexes one shard. The other shards have
their documents rendered straight to a temporary folder and indexed one after another by one
child process (pagefind_run.py) while the site's pages render.

Not Pagefind's Python service API: it reads one reply per 0.1 s and stalls on replies over 2 MiB,
too slow and fragile for thousands of pages. A failure (no Pagefind binary, say) is a warning and
ships no bundle at all: the site still searches with the shipped fallback index.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..engine import pagefind_run
from ..engine.keys import code_digest, digest
from ..engine.manifest import pid_running
from ..engine.stopping import signals_held
from ..problems import Problem, warning
from ..urls import PAGEFIND_DIR, SEARCH, article_path
from .pagefind_bundle import canonical
from .search import DOCUMENT_TEMPLATE, document_inputs, render_document
from .search_shards import Shard, folder_of, shards

# Pagefind's own UIs are not used (static/search.js draws the results), so they are not shipped;
# the index is Indonesian only (--force-language id).
SKIP = (
    "pagefind-ui",
    "pagefind-modular-ui",
    "pagefind-component-ui",
    "pagefind-highlight",
    "playground",
    "wasm.unknown",
)
RUNTIME = ("pagefind.js", "pagefind-worker.js", "wasm.")  # loaded from the primary bundle only
TIMEOUT = (
    3600  # seconds for every shard of one build (each has its own limit, pagefind_run.TIMEOUT)
)
FOLDER_PREFIX = "netralitas-pagefind-"  # then the build's pid: the temporary folder of the documents and bundles
# every temporary folder a build makes, each name followed by the build's pid
BUILD_FOLDER_PREFIXES = (FOLDER_PREFIX, "netralitas-beside-")  # incremental.BESIDE_PREFIX
STALE_AFTER = 24 * 3600  # seconds: older folders of builds no longer running are removed
GRACE = 1.0  # seconds the indexer has to stop its Pagefind and end before both are killed


def remove_stale_folders(root: str, now: float | None = None) -> None:
    """A build killed outright (SIGKILL, out of memory, a power cut) cannot remove its temporary
    folder (5 MB for 300 articles, growing with the archive). The next build removes the ones
    whose build is no longer running and that are a day old (a pid can be another container's,
    where /tmp is shared: the age keeps a running build's folder safe)."""
    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        prefix = next((p for p in BUILD_FOLDER_PREFIXES if entry.name.startswith(p)), "")
        pid = entry.name[len(prefix) :].split("-", 1)[0] if prefix else ""
        try:
            if (
                pid.isdigit()
                and entry.is_dir(follow_symlinks=False)
                and not pid_running(int(pid))
                and now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            ):
                shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:
            continue


def remove_own_folders(root: str) -> None:
    """The temporary folders of this build (named with its pid), removed as a stopped build
    ends: a stop arriving in the instant between a folder's making and its owner holding it
    would otherwise leave it behind."""
    mine = tuple(f"{prefix}{os.getpid()}-" for prefix in BUILD_FOLDER_PREFIXES)
    try:
        entries = [e for e in os.scandir(root) if e.name.startswith(mine)]
    except OSError:
        return
    for entry in entries:
        shutil.rmtree(entry.path, ignore_errors=True)


class PagefindIndex:
    """Starts indexing the shards that changed when made; `finish(files)` waits for it and puts
    every shard's files into the site's files."""

    def __init__(self, archive, env, stage=None):
        """`stage`: the output stage of an incremental build (stage.Stage), whose records tell
        which shards the live site holds, made from which key; None indexes every shard."""
        self.archive = archive
        self.problem: Problem | None = None
        self.process: subprocess.Popen | None = None
        self.folder: tempfile.TemporaryDirectory | None = None
        self.recorded = recorded_shards(stage)
        self.keys: dict[str, str] = {}
        self.carried: list[Shard] = []
        self.made: list[Shard] = []
        try:
            self._begin(env)
        except (
            BaseException
        ):  # stopped (Ctrl+C, SIGTERM): the caller never holds this object to close it
            self.close()
            raise

    def _begin(self, env) -> None:
        remove_stale_folders(tempfile.gettempdir())
        with signals_held():  # a stop arriving between making the folder and holding it acts after
            self.folder = tempfile.TemporaryDirectory(
                prefix=f"{FOLDER_PREFIX}{os.getpid()}-", ignore_cleanup_errors=True
            )
        try:
            self.executable = _executable()
            self.template = env.get_template(DOCUMENT_TEMPLATE)
            base = digest(
                code_digest(),
                env.loader.get_source(env, DOCUMENT_TEMPLATE)[0],
                _identity(self.executable),
                *pagefind_run.FLAGS,
            )
            for shard in shards(self.archive.articles):
                inputs = self._inputs(shard)
                self.keys[shard.folder] = shard_key(base, shard, inputs)
                if self.recorded.get(shard.folder, ("",))[0] == self.keys[shard.folder]:
                    self.carried.append(shard)
                else:
                    self._write_documents(shard, inputs)
                    self.made.append(shard)
            self._start(self.made)
        except Exception as exc:
            self._fail(exc)

    def finish(self, files) -> list[Problem]:
        """Put every shard's files into `files` (site path -> bytes; the incremental build's
        disk-backed mapping keeps carried files as they are); the problems, if any."""
        try:
            if self.problem is None:
                self._wait()
                late = [
                    shard
                    for shard in self.carried
                    if not carry(files, *self.recorded[shard.folder])
                ]
                if late:  # their live files were changed or removed since the last build
                    for shard in late:
                        self._write_documents(shard, self._inputs(shard))
                    self._start(late)
                    self._wait()
                for shard in self.made + late:
                    self._put(files, shard)
        except Exception as exc:
            self._fail(exc)
            for path in [p for p in files if p.startswith(PAGEFIND_DIR)]:
                del files[path]  # all of Pagefind or none of it
        finally:
            self.close()
        return [self.problem] if self.problem else []

    def close(self) -> None:
        """Stop the indexer if it still runs, wait for it, and remove the temporary folder."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # the runner stops the Pagefind it runs, waits for it and ends
            try:
                self.process.wait(GRACE)
            except subprocess.TimeoutExpired:  # the runner and its Pagefind, killed (it is alive:
                try:  # its session is not another one of the same number)
                    os.killpg(self.process.pid, signal.SIGKILL)
                except (AttributeError, OSError):
                    self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()
        deadline = time.monotonic() + GRACE
        while (
            self.folder is not None
        ):  # a Pagefind being killed may still add a file as the folder is removed
            self.folder.cleanup()
            if not os.path.exists(self.folder.name) or time.monotonic() > deadline:
                break
            time.sleep(0.02)

    def _inputs(self, shard: Shard) -> list[tuple[str, tuple]]:
        return [(article_path(a.id), document_inputs(self.archive, a)) for a in shard.articles]

    def _write_documents(self, shard: Shard, inputs: list[tuple[str, tuple]]) -> None:
        site = self._documents(shard)
        for path, values in inputs:
            target = site.joinpath(*path.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(render_document(self.template, values))

    def _start(self, todo: list[Shard]) -> None:
        """Start the indexer over `todo` (self.process), in a session of its own: a terminal's
        Ctrl+C is the build's to handle, which stops the indexer (`close`)."""
        self.process = None
        if not todo:
            return
        folders = [str(f) for shard in todo for f in (self._documents(shard), self._bundle(shard))]
        with signals_held():  # a stop arriving while it starts acts once it is held in self.process
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    pagefind_run.__file__,
                    "--parent",
                    str(os.getpid()),
                    str(self.executable),
                    *folders,
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                start_new_session=os.name == "posix",
            )

    def _wait(self) -> None:
        if self.process is None:
            return
        output, _ = self.process.communicate(timeout=TIMEOUT)
        if self.process.returncode != 0:
            raise RuntimeError(output.strip()[-500:] or f"exit {self.process.returncode}")

    def _put(self, files, shard: Shard) -> None:
        out = self._bundle(shard)
        bundle = canonical(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                if p.is_file()
            }
        )
        for rel, data in sorted(bundle.items()):
            if not rel.startswith(SKIP) and (shard.primary or not rel.startswith(RUNTIME)):
                put_recorded(files, shard.folder + rel, data, self.keys[shard.folder])

    def _documents(self, shard: Shard) -> Path:
        assert self.folder is not None  # made first thing in _begin
        return Path(self.folder.name, "documents", str(shard.number))

    def _bundle(self, shard: Shard) -> Path:
        assert self.folder is not None  # made first thing in _begin
        return Path(self.folder.name, "bundles", str(shard.number))

    def _fail(self, exc) -> None:
        self.problem = warning(
            SEARCH, None, "search-index", f"Pagefind could not index the site: {exc}"
        )


def shard_key(base: str, shard: Shard, inputs: list[tuple[str, tuple]]) -> str:
    """What a shard's bundle is made from: `base` (code, template, Pagefind), its folder and the
    inputs of its documents, each by path."""
    return digest(
        base,
        shard.folder,
        *(
            path
            + "\t"
            + hashlib.blake2b(pickle.dumps(values, protocol=5), digest_size=16).hexdigest()
            for path, values in inputs
        ),
    )


def recorded_shards(stage) -> dict[str, tuple[str, list[str]]]:
    """Shard folder -> (key, its files) as the last build recorded them, for shards made from one key."""
    found: dict[str, dict[str, list[str]]] = {}
    for path, record in (stage.records if stage is not None else {}).items():
        folder = folder_of(path)
        if folder is not None:
            found.setdefault(folder, {}).setdefault(record[0], []).append(path)
    return {
        folder: next(iter(by_key.items())) for folder, by_key in found.items() if len(by_key) == 1
    }


def carry(files, key: str, paths: list[str]) -> bool:
    """Keep a shard's live files, untouched, in the new version of the site (with the key they
    were made from); False, keeping none, when one was changed or removed since."""
    stage = getattr(files, "stage", None)
    if stage is None:
        return False
    kept: list[str] = []
    for path in paths:
        identity = stage.keep(path, key)
        if identity is None:
            for done in kept:
                del files[done]
            return False
        files.record(path, identity, False, key)
        kept.append(path)
    return True


def put_recorded(files, path: str, data: bytes, key: str) -> None:
    """`files[path] = data`, remembered as made from `key` where the build records that
    (incremental.SiteFiles), so that the next build can carry the file over."""
    stage = getattr(files, "stage", None)
    if stage is None:
        files[path] = data
        return
    result = stage.put(path, data)
    if result is None:
        files.blocked(path, data)
    else:
        files.record(path, result[1], result[0], key)


def _executable() -> Path:
    from pagefind.service import get_executable

    executable = get_executable()
    if executable is None:
        raise FileNotFoundError("no Pagefind binary (pip install 'pagefind[extended]')")
    return executable


def _identity(executable: Path) -> str:
    st = os.stat(executable)
    return f"{executable}:{st.st_size}:{st.st_mtime_ns}"
