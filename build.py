#!/usr/bin/env python3
"""Build the archive site: `python build.py [--articles DIR] [--out DIR] [--base-url URL] [--strict] [--jobs N] [--quiet]`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from netralitas_site.commands.cli import main

if __name__ == "__main__":
    sys.exit(main(["build", *sys.argv[1:]]))
