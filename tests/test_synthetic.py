"""The generated corpus of shared/bench (make_corpus.py --n 300 --seed 7): every field exact."""

import subprocess
import sys

from conftest import REPO
from synthetic import FIELDS, score


def test_every_field_exact_on_every_synthetic_article(synthetic_corpus, tmp_path):
    articles, truth = synthetic_corpus
    out = tmp_path / "site"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "build.py"),
            "--articles",
            str(articles),
            "--out",
            str(out),
            "--quiet",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    correct, total, misses = score(out, truth)
    assert total == 300
    assert misses == [], f"{len(misses)} mismatches, first: {misses[:5]}"
    assert correct == dict.fromkeys(FIELDS, 300)
