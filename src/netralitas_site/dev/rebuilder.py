"""Builds for the dev server, and their outcome published to the pages waiting for it.

A build never takes the server down: problems are shown over the page, and a build that raises
(a broken template, a bug) or a broken site.yaml turns every page into an error page until the
next good build. Each outcome bumps a counter that open pages long-poll for.
"""

from __future__ import annotations

import secrets
import threading
import time
import traceback
from dataclasses import dataclass, field

from ..config import SiteConfig
from ..engine import collector
from ..pipeline import Resident


@dataclass(frozen=True)
class Outcome:
    build: int
    problems: list[str] = field(default_factory=list)  # formatted, grouped as the build prints them
    errors: int = 0  # problems of severity "error"
    problem_count: int = 0
    failure: str | None = None  # why the build did not finish (traceback or config errors)
    summary: str = ""
    ahead: bool = False  # pages made ahead of a build are shown; the build still runs


class Rebuilder:
    """Runs one build at a time and lets any number of page requests wait for the next one."""

    def __init__(self) -> None:
        self.server_id = secrets.token_hex(6)
        self.outcome = Outcome(build=0, failure="the first build has not finished yet")
        self._changed = threading.Condition()
        self._build_lock = threading.Lock()
        self._closed = False
        self.resident: Resident | None = None  # what the last build that built anything read

    def build(self, config: SiteConfig) -> Outcome:
        """Build the site; any exception becomes the outcome's failure."""
        from .. import pipeline  # looked up at call time, so a test can replace build_site
        from ..site.render import TemplateFailure
        from . import preview

        with self._build_lock:
            started = time.perf_counter()
            try:
                # started over a site already built, the first build writes nothing: the
                # archive is read all the same, so that the first edit is shown at once
                result = pipeline.build_site(
                    config, keep=True, keep_unchanged=self.resident is None
                )
            except TemplateFailure as exc:  # the user's template: its file and line, no traceback
                return self.publish(failure=str(exc))
            except Exception:  # the dev server must survive anything a build does
                return self.publish(failure=traceback.format_exc(limit=8))
            finally:
                collector.give_back_free_memory()  # the server builds again and again
            if result.resident is not None:  # None: nothing changed, nothing was read
                self.resident = result.resident
                preview.ready(result.resident)
            lines = result.report.lines()
            errors = sum(p.severity == "error" for p in result.report.problems)
            summary = (
                f"built {result.articles} articles, {result.pages} pages, {result.problems} problems "
                f"in {time.perf_counter() - started:.2f} s"
            )
            return self.publish(
                problems=lines, errors=errors, problem_count=result.problems, summary=summary
            )

    def preview(self, summary: str) -> Outcome:
        """Wake every waiting page for pages made ahead of the build (dev/preview.py): the last
        build's problems stay shown until the build that follows reports its own."""
        last = self.outcome
        return self.publish(
            problems=last.problems,
            errors=last.errors,
            problem_count=last.problem_count,
            failure=last.failure,
            summary=summary,
            ahead=True,
        )

    def publish(self, **fields) -> Outcome:
        """Make a new outcome current and wake every waiting page."""
        with self._changed:
            self.outcome = Outcome(build=self.outcome.build + 1, **fields)
            self._changed.notify_all()
            return self.outcome

    def wait(self, since: int, server: str, timeout: float) -> Outcome:
        """The current outcome, once it differs from build `since` of this server (or on timeout)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.outcome.build == since and server == self.server_id and not self._closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
            return self.outcome

    def close(self) -> None:
        """Release every waiting request (the server is stopping)."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def state(self, outcome: Outcome) -> dict:
        """What a page is told about a build."""
        return {
            "server": self.server_id,
            "build": outcome.build,
            "ok": outcome.failure is None,
            "problems": outcome.problems,
            "problem_count": outcome.problem_count,
            "errors": outcome.errors,
            "ahead": outcome.ahead,
        }
