"""Problems found while building, and the one place that formats them for people."""

from __future__ import annotations

import difflib
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    severity: str  # "error" | "warning" | "note" (no action needed; not counted)
    code: str
    message: str
    root: str = (
        ""  # the folder `path` is relative to ("" for the current directory, or `path` absolute)
    )

    def __str__(self) -> str:
        path = shown_path(os.path.join(self.root, self.path) if self.root else self.path)
        where = f"{path}:{self.line}" if self.line else path
        return f"{where}: {self.severity}: {self.message}"


def shown_path(path: str) -> str:
    """A path as a person can open it from where they ran the command: relative to the current
    directory when the file is below it, else absolute. A relative path is taken as already
    relative to the current directory."""
    if not os.path.isabs(path):
        return path
    try:
        here = os.getcwd()
    except OSError:  # the current directory was removed
        return path
    rel = os.path.relpath(path, here)
    return path if rel == os.pardir or rel.startswith(os.pardir + os.sep) else rel


def did_you_mean(
    word: str, choices: Iterable[str], fold=None, n: int = 2, cutoff: float = 0.6
) -> str:
    """' (did you mean 'X'?)' for the choices closest to a mistyped `word`, or ''. `fold` (e.g.
    extract.text.fold) compares case- and accent-insensitively; choices come back as written.
    Long names sharing a prefix ("Kabupaten ...") want a higher `cutoff`."""
    fold = fold or str
    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(fold(choice), choice)
    close = difflib.get_close_matches(fold(word), list(by_fold), n=n, cutoff=cutoff)
    return suggestion(by_fold[c] for c in close)


def suggestion(names: Iterable[str]) -> str:
    """' (did you mean 'A' or 'B'?)', or '' for no names."""
    names = list(names)
    return " (did you mean " + " or ".join(f"'{n}'" for n in names) + "?)" if names else ""


def _order(p: Problem):
    return (p.root, p.path, p.line or 0, p.severity != "error", p.code, p.message)


def error(path: str, line: int | None, code: str, message: str) -> Problem:
    return Problem(path, line, "error", code, message)


def warning(path: str, line: int | None, code: str, message: str) -> Problem:
    return Problem(path, line, "warning", code, message)


def note(path: str, line: int | None, code: str, message: str) -> Problem:
    """What the build did with a file that needs no action (a web archive's pages that are not
    articles, counted): printed with the problems, counted as none."""
    return Problem(path, line, "note", code, message)


class Report:
    """Collects problems during a build; groups repeats when printed."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def extend(self, problems) -> None:
        self.problems.extend(problems)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def anchor(self, folder) -> None:
        """The problems so far name files relative to `folder` (the articles folder): from now
        on they are printed from the current directory, so that `articles/x.yaml:7` can be
        clicked in a terminal or an editor. Problems that already have a folder keep it."""
        root = os.path.abspath(folder)
        self.problems = [
            p if p.root or os.path.isabs(p.path) else replace(p, root=root) for p in self.problems
        ]

    def lines(self, max_per_code: int = 5) -> list[str]:
        """Problems sorted by file and line, each once; of a kind (code) seen more than
        `max_per_code` times the first ones are shown and the rest counted, at the end."""
        shown: dict[str, int] = defaultdict(int)
        hidden: dict[str, list[Problem]] = defaultdict(list)
        out = []
        for p in sorted(set(self.problems), key=_order):
            if shown[p.code] < max_per_code:
                shown[p.code] += 1
                out.append(str(p))
            else:
                hidden[p.code].append(p)
        for code, group in hidden.items():
            files = len({p.path for p in group})
            out.append(
                f"... and {len(group)} more '{code}' {group[0].severity}s in {files} file{'s' * (files != 1)}"
            )
        return out

    def summary(self) -> str:
        """'3 errors, 2 warnings' (or 'no problems')."""
        unique = {p for p in self.problems if p.severity != "note"}
        errors = sum(p.severity == "error" for p in unique)
        warnings = len(unique) - errors
        if not unique:
            return "no problems"
        return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"

    @property
    def count(self) -> int:
        return sum(p.severity != "note" for p in self.problems)
