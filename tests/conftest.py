"""Shared fixtures: the lexicon, and sites built once per session into temporary folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS_DIR = REPO / "articles"
MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "browser" in item.path.parts:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def lexicon():
    from netralitas_site.lexicon import load_lexicon

    return load_lexicon()


def build(articles: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run the real command line, the way a user does."""
    return subprocess.run(
        [
            sys.executable,
            str(REPO / "build.py"),
            "--articles",
            str(articles),
            "--out",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
    )


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed-site") / "site"
    result = build(SEEDS_DIR, out, "--base-url", "https://arsip.example.org/netralitas")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def synthetic_corpus(tmp_path_factory) -> tuple[Path, Path]:
    """The corpus of `make_corpus.py --n 300 --seed 7`: (articles folder, truth folder)."""
    if not MAKE_CORPUS.is_file():
        message = f"{MAKE_CORPUS} not found (shared/ must sit beside the repo)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    root = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [
            sys.executable,
            str(MAKE_CORPUS),
            "--n",
            "300",
            "--seed",
            "7",
            "--out",
            str(root / "txt"),
            "--truth-dir",
            str(root / "truth"),
            "--quiet",
        ],
        check=True,
    )
    return root / "txt", root / "truth"
