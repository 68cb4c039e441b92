"""Problems found while building, and the one place that formats them for people."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    severity: str  # "error" | "warning"
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


def _order(p: Problem):
    return (p.path, p.line or 0, p.severity != "error", p.code, p.message)


def error(path: str, line: int | None, code: str, message: str) -> Problem:
    return Problem(path, line, "error", code, message)


def warning(path: str, line: int | None, code: str, message: str) -> Problem:
    return Problem(path, line, "warning", code, message)


class Report:
    """Collects problems during a build; groups repeats when printed."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def extend(self, problems) -> None:
        self.problems.extend(problems)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

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
            out.append(f"... and {len(group)} more '{code}' {group[0].severity}s in {files} file{'s' * (files != 1)}")
        return out

    def summary(self) -> str:
        """'3 errors, 2 warnings' (or 'no problems')."""
        unique = set(self.problems)
        errors = sum(p.severity == "error" for p in unique)
        warnings = len(unique) - errors
        if not unique:
            return "no problems"
        return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"

    @property
    def count(self) -> int:
        return len(self.problems)
