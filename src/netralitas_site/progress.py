"""A progress bar on stderr for builds that take a while; silent for quick builds, with --quiet,
and when stderr is not a terminal (CI logs, pipes, tests).

No background thread: the bar is redrawn from `advance`, at most ten times a second, so worker
processes can be forked safely while it is shown.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress as Bar
    from rich.progress import TaskID

SHOW_AFTER = 2.0  # seconds; shorter builds never show a bar
REDRAW = 0.1


class Progress:
    def __init__(self, enabled: bool = True, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = enabled and _is_terminal(self.stream)
        self.started = time.monotonic()
        self._bar: Bar | None = None
        self._task: TaskID | None = None
        self._stage = ("", 0)
        self._done = 0
        self._drawn = 0.0

    def stage(self, label: str, total: int) -> None:
        """Start counting a new stage of `total` steps."""
        self._stage = (label, total)
        self._done = 0
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, description=label, total=max(total, 1), completed=0)
            self._draw(force=True)

    def advance(self, steps: int = 1) -> None:
        self._done += steps
        if not self.enabled:
            return
        now = time.monotonic()
        if self._bar is None and now - self.started >= SHOW_AFTER:
            self._open()
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=self._done)
            self._draw()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def _open(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        label, total = self._stage
        self._bar = Bar(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(file=self.stream),
            auto_refresh=False,
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task(label, total=max(total, 1), completed=self._done)

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._drawn >= REDRAW:
            self._drawn = now
            assert self._bar is not None  # drawn only while the bar is shown
            self._bar.refresh()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
