"""Watch the articles (corrections and curation live beside them), the templates (the user's
folder and the shipped one it falls back to) and site.yaml.

Article and template folders are watched with watchfiles; site.yaml is checked by its size and
modification time on every wake-up (at most half a second apart), which also notices a file
that is created or replaced by an editor's atomic save.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import watchfiles

if TYPE_CHECKING:
    from .serve import DevServer

WAKE_MS = 250  # how often the watch loop wakes without changes, to check site.yaml and stop
QUIET_MS = 50  # a burst of saves ends after this long without events


class Watcher:
    def __init__(self, server: DevServer, config_path: Path | None) -> None:
        self.server = server
        self.config_path = config_path
        self.ready = threading.Event()  # set once the folders are watched
        self._stop = threading.Event()
        self._before_start: list[tuple[str, int, int]] | None = None

    def snapshot(self) -> None:
        """Remember the files as the first build sees them; edits made before the watch is set up
        are then caught by comparing at the first wake-up."""
        self._before_start = self._tree()

    def stop(self) -> None:
        self._stop.set()

    def folders(self) -> list[Path]:
        config = self.server.config
        return [config.articles_dir, *config.template_folders()]

    def run(self) -> None:
        """Rebuild after each burst of changes until stopped; survives folders that vanish."""
        stamp = self._config_stamp()
        while not self._stop.is_set():
            try:
                stamp = self._watch(stamp)
            except Exception as exc:  # e.g. the articles folder was removed: say so, try again
                self.server.log(f"watching stopped ({exc}); trying again")
                self._stop.wait(1.0)

    def _watch(self, stamp):
        folders = [f for f in self.folders() if f.is_dir()]
        for changes in watchfiles.watch(
            *folders,
            stop_event=self._stop,
            yield_on_timeout=True,
            rust_timeout=WAKE_MS,
            step=QUIET_MS,
            raise_interrupt=False,
        ):
            if not self.ready.is_set():
                if (
                    not changes
                    and self._before_start is not None
                    and self._tree() != self._before_start
                ):
                    changes = {(None, "files")}
                self.ready.set()
            new_stamp = self._config_stamp()
            config_changed = new_stamp != stamp
            stamp = new_stamp
            moved = config_changed and self.server.config_changed()
            if changes or config_changed:
                self.server.changed(
                    self._reason(changes, config_changed),
                    None if config_changed else sorted({path for _, path in changes}),
                )
            if moved:
                return stamp  # watch the new folders
        return stamp

    def _reason(self, changes, config_changed: bool) -> str:
        names = sorted({Path(path).name for _, path in changes})
        if config_changed:
            names.insert(0, self.config_path.name if self.config_path else "site.yaml")
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        return f"{shown} changed"

    def _tree(self) -> list[tuple[str, int, int]]:
        """(path, size, mtime) of every file watched."""
        files: list[tuple[str, int, int]] = []
        for folder in self.folders():
            files.extend((str(p), *_stat(p)) for p in sorted(folder.rglob("*")) if p.is_file())
        return files

    def _config_stamp(self):
        path = self.config_path
        try:
            info = path.stat() if path is not None else None
        except OSError:
            return None
        return None if info is None else (info.st_mtime_ns, info.st_size, info.st_ino)


def _stat(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (-1, -1)
    return info.st_size, info.st_mtime_ns
