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
        """Problems sorted by file and line; a code seen more than `max_per_code` times is summarised."""
        by_code: dict[str, list[Problem]] = defaultdict(list)
        for p in sorted(self.problems, key=lambda p: (p.path, p.line or 0, p.code)):
            by_code[p.code].append(p)
        out = []
        for code, group in by_code.items():
            out.extend(str(p) for p in group[:max_per_code])
            if len(group) > max_per_code:
                out.append(f"... and {len(group) - max_per_code} more '{code}' problems")
        return out

    @property
    def count(self) -> int:
        return len(self.problems)
