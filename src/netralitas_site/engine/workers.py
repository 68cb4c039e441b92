"""Worker processes that end with the build: stopped and waited for when it is stopped, killed by
the kernel when it dies outright; their results in the order of the items, however many ran."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import cast

from .pagefind_run import die_with_parent
from .stopping import STOP_SIGNALS, signals_held

GRACE = 1.0  # seconds a stopped worker has to end before it is killed


def worker_signals(parent: int | None = None) -> None:
    """A worker's signals: Ctrl+C and SIGHUP (sent to the whole process group by a terminal) are
    the build's to handle (it stops the workers), and SIGTERM, which the build sends to stop
    them, ends a worker at once and quietly. A worker starts with these blocked (forked inside
    `signals_held(block=True)`), so none of the build's handlers ever runs in it; one that came
    meanwhile acts now. `parent`: the build's pid; the worker dies with it (`die_with_parent`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        die_with_parent(parent)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


class Workers:
    """Worker processes applying `job` to items, the results in the items' order (`map`); used as
    a context manager, which stops them (`stop`) however the block is left.

    Not multiprocessing.Pool: its workers take their tasks under one shared lock, and a worker
    killed while holding it (SIGTERM sent to the whole process group, a worker killed by the
    system) leaves `Pool.terminate` and the interpreter's exit waiting for it forever, holding
    the build's stdout and stderr open; its three threads in the build's process also make
    forking unsafe. Here each worker has a pipe of its own and the build's process runs no thread."""

    def __init__(self, context, count: int, job):
        self.processes: list = []
        self.pipes: list = []
        try:
            for _ in range(count):
                with signals_held(
                    block=True
                ):  # a stop arriving now acts once the worker is held here
                    mine, theirs = context.Pipe()
                    process = context.Process(
                        target=_serve, args=(job, theirs, os.getpid()), daemon=True
                    )
                    self.pipes.append(mine)
                    process.start()
                    self.processes.append(process)
                    theirs.close()
        except BaseException:
            self.stop()
            raise

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def map(self, items: Iterable) -> Iterator:
        """`job(item)` for each item, in order; a worker's exception is raised here."""
        items = list(items)
        todo = iter(range(len(items)))
        done: dict[int, object] = {}
        busy: dict = {}  # pipe -> index of the item its worker is on
        idle = list(self.pipes)
        following = 0
        while following < len(items):
            while idle:
                index = next(todo, None)
                if index is None:
                    break
                pipe = idle.pop()
                pipe.send(items[index])
                busy[pipe] = index
            while following not in done:
                for pipe in cast(
                    "list[Connection]", wait(list(busy))
                ):  # some of the pipes it was given
                    try:
                        ok, value = pipe.recv()
                    except EOFError:
                        raise RuntimeError(
                            "a worker process ended unexpectedly "
                            f"(exit codes {[p.exitcode for p in self.processes]})"
                        ) from None
                    if not ok:
                        raise value
                    done[busy.pop(pipe)] = value
                    idle.append(pipe)
                if idle and len(done) + len(busy) < len(items):
                    break  # give the idle workers more to do first
            while following in done:
                yield done.pop(following)
                following += 1

    def stop(self) -> None:
        """End every worker, whatever it is doing, and wait for it."""
        stop_processes(self.processes)
        for pipe in self.pipes:
            pipe.close()


def stop_processes(processes) -> None:
    """SIGTERM (a worker's ends it at once), SIGKILL for any still there after `GRACE`, and wait
    for each: a stopped build leaves no process behind."""
    for process in processes:
        if process.exitcode is None:
            process.terminate()
    deadline = time.monotonic() + GRACE
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.exitcode is None:
            process.kill()
            process.join()


def _serve(job, pipe, parent: int) -> None:
    """A worker: `job(item)` for each item the pipe brings, until the build closes it."""
    worker_signals(parent)
    while True:
        try:
            item = pipe.recv()
        except (EOFError, OSError):
            return
        try:
            reply = (True, job(item))
        except Exception as exc:
            import traceback

            exc.add_note("in a worker process:\n" + traceback.format_exc(limit=8))
            reply = (False, exc)
        try:
            pipe.send(reply)
        except (EOFError, OSError):
            return
        except Exception:  # the exception could not be pickled
            import traceback

            pipe.send((False, RuntimeError(traceback.format_exc(limit=8))))


def can_fork() -> bool:
    """Forking a process that runs other threads (the dev server) can deadlock the child."""
    return (
        os.name == "posix"
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )
