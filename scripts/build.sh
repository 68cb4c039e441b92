#!/usr/bin/env bash
# Set up (first run only) and build the site from articles/ into site/. Extra arguments go to build.py.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec "$ROOT/.venv/bin/python" build.py "$@"
