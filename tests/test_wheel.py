"""The package as a user installs it: a wheel in a fresh virtual environment builds the sample
articles from a folder outside the repository (the templates travel inside the package)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO, SEEDS_DIR


def run(*args, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    )
    return result


def test_an_installed_wheel_builds_the_sample_articles_outside_the_repository(tmp_path):
    # a copy of what the wheel is made from, so building it writes nothing into the checkout
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    shutil.copytree(
        REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--quiet",
        "--wheel-dir",
        tmp_path / "dist",
        source,
        cwd=tmp_path,
    )
    [wheel] = (tmp_path / "dist").glob("netralitas_site-*.whl")

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path)

    project = tmp_path / "proyek"  # a user's folder: articles only, no templates, no site.yaml
    shutil.copytree(SEEDS_DIR, project / "articles")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "NETRALITAS_CACHE")
    }
    where = run(
        python,
        "-c",
        "import netralitas_site; print(netralitas_site.__file__)",
        cwd=project,
        env=env,
    ).stdout
    assert Path(where.strip()).is_relative_to(venv), (
        where
    )  # the installed copy, not the repository's
    result = run(venv / "bin" / "netralitas-site", "build", "--quiet", cwd=project, env=env)
    assert "built 5 articles" in result.stdout and "Traceback" not in result.stderr
    site = project / "site"
    assert "Artikel terbaru" in (site / "index.html").read_text("utf-8")
    assert (site / "artikel" / "004-0987cee8ea61e4de" / "index.html").is_file()
    assert (site / "static" / "style.css").is_file() and (site / "en" / "index.html").is_file()
