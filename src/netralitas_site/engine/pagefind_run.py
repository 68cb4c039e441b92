"""Run Pagefind's indexer over shard folders one after another: a child process of the build.

`python pagefind_run.py [--parent PID] EXECUTABLE SITE OUT [SITE OUT ...]`. The build starts this
one process and goes on rendering its pages: a thread in the build's own process would stop it
from forking its workers, and one Pagefind at a time keeps memory to what one shard needs (a few
hundred pages, not the whole archive). Standard library only, so it runs as a plain script,
without the package.

It ends with the build: SIGTERM (how the build stops it) stops the running Pagefind and waits
for it first, and with `--parent` this process and its Pagefind are killed by the kernel when the
build dies outright (`die_with_parent`).
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys

FLAGS = ("--force-language", "id", "--keep-index-url", "--silent")
TIMEOUT = 600  # seconds for one shard
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Linux: have the kernel kill this process when its parent ends, even by SIGKILL, which
    gives the parent no chance to stop it (it would live on as an orphan holding the build's
    output and files). The kernel acts only on a death after the call: a parent already gone
    (this process's parent is then another one than `parent`) ends this one now. Elsewhere, the
    check only. Called in the child, right after it starts."""
    prctl = _prctl()
    if prctl is not None:
        prctl(
            PR_SET_PDEATHSIG,
            ctypes.c_ulong(signal.SIGKILL),
            ctypes.c_ulong(0),
            ctypes.c_ulong(0),
            ctypes.c_ulong(0),
        )
    if os.getppid() != parent:
        os._exit(1)


_PRCTL: list = []


def _prctl():
    """libc's prctl (Linux), looked up once: not in a child between fork and exec."""
    if not _PRCTL:
        try:
            _PRCTL.append(
                ctypes.CDLL(None, use_errno=True).prctl
                if sys.platform.startswith("linux")
                else None
            )
        except (OSError, AttributeError):
            _PRCTL.append(None)
    return _PRCTL[0]


def _stop(signum, frame):
    raise SystemExit(128 + signum)  # subprocess.run kills and waits for the running Pagefind


def main(argv: list[str]) -> int:
    if argv[:1] == ["--parent"]:
        die_with_parent(int(argv[1]))
        argv = argv[2:]
    signal.signal(signal.SIGTERM, _stop)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, (signal.SIGTERM,))
    me = os.getpid()
    _prctl()
    executable, *folders = argv
    for site, out in zip(folders[0::2], folders[1::2]):
        done = subprocess.run(
            [executable, "--site", site, "--output-path", out, *FLAGS],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=TIMEOUT,
            preexec_fn=lambda: die_with_parent(me),
        )
        if done.returncode != 0:
            print(done.stdout.strip()[-500:] or f"exit {done.returncode}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
