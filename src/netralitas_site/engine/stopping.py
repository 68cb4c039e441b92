"""Stop signals held back while a build does what must not be cut in two: a swap of folders, the
start of a child process."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager
from types import FrameType
from typing import Any

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
    set its own (`workers.worker_signals`). (Python runs signal handlers in the main thread
    only, so a build in another thread, the dev server's, is not interrupted by them at all.)
    SIGKILL cannot be held: the journal finishes such a swap (`SiteWriter._recover`)."""
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
