#!/usr/bin/env bash
# Set up (first run only) and lint: ruff's checks and formatting over the code and tests, mypy over
# the package (configured in pyproject.toml). Fails on any finding; `ruff format` and
# `ruff check --fix` settle most of them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" test
cd "$ROOT"
PATHS=(src tests bench build.py)
"$ROOT/.venv/bin/ruff" check "${PATHS[@]}"
"$ROOT/.venv/bin/ruff" format --check "${PATHS[@]}"
"$ROOT/.venv/bin/mypy"
