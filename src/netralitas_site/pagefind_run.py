"""Run Pagefind's indexer over shard folders one after another: a child process of the build.

`python pagefind_run.py EXECUTABLE SITE OUT [SITE OUT ...]`. The build starts this one process and
goes on rendering its pages: a thread in the build's own process would stop it from forking its
workers, and one Pagefind at a time keeps memory to what one shard needs (a few hundred pages,
not the whole archive). Standard library only, so it runs as a plain script, without the package.
"""

from __future__ import annotations

import subprocess
import sys

FLAGS = ("--force-language", "id", "--keep-index-url", "--silent")
TIMEOUT = 600  # seconds for one shard


def main(argv: list[str]) -> int:
    executable, *folders = argv
    for site, out in zip(folders[0::2], folders[1::2]):
        done = subprocess.run([executable, "--site", site, "--output-path", out, *FLAGS],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT)
        if done.returncode != 0:
            print(done.stdout.strip()[-500:] or f"exit {done.returncode}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
