"""`netralitas-site eval DIR [--json]` is parsed and handed to evaluate.run_eval."""

import sys
import types
from pathlib import Path

import pytest

from netralitas_site.commands.cli import main


@pytest.fixture
def calls(monkeypatch):
    seen = []
    fake = types.ModuleType("netralitas_site.commands.evaluate")

    def run_eval(folder, as_json=False, **extra):
        seen.append((folder, as_json, extra))
        return 7

    fake.run_eval = run_eval
    monkeypatch.setitem(sys.modules, "netralitas_site.commands.evaluate", fake)
    return seen


def test_eval_dispatches_with_the_folder_and_json_flag(calls):
    assert main(["eval", "labeled"]) == 7
    assert main(["eval", "labeled", "--json"]) == 7
    assert main(["eval", "labeled", "-v"]) == 7
    assert calls == [
        (Path("labeled"), False, {}),
        (Path("labeled"), True, {}),
        (Path("labeled"), False, {"verbose": True}),
    ]


def test_eval_needs_a_folder(calls):
    with pytest.raises(SystemExit) as exited:
        main(["eval"])
    assert exited.value.code == 2 and calls == []
