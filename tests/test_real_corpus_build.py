"""The whole real corpus (6,366 articles of ../shared/corpora/news-dev.jsonl) builds.

Text as scraped from eight national outlets, nobody's fixture: split lines, ads, datelines with
the dash lost, empty titles, no-break spaces, 38,000-character pages. One article that makes
the extractor raise would stop a user's build; here every one must come through as an article
(or as a reported problem), and the export must hold them all.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from netralitas_site.config import SiteConfig
from netralitas_site.pipeline import build_site

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))
import realset

CORPUS = realset.CORPORA / "news-dev.jsonl"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CORPUS.is_file(), reason="../shared/corpora is not beside the repository"
    ),
]


def test_every_real_article_builds_without_an_exception(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    ids = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            (articles / f"{record['id']}.txt").write_text(realset.article_text(record), "utf-8")
            ids.append(record["id"])
    started = time.perf_counter()
    result = build_site(
        SiteConfig(articles_dir=articles, output_dir=tmp_path / "site", quiet=True), cache_dir=False
    )
    seconds = time.perf_counter() - started
    print(
        f"built {result.articles} real articles, {result.pages} pages, {result.problems} problems in {seconds:.1f} s"
    )
    exported = json.loads((tmp_path / "site" / "data" / "articles.json").read_text("utf-8"))
    records = exported["articles"] if isinstance(exported, dict) else exported
    assert len(ids) == 6366
    assert result.articles == len(records) == len(ids)
    assert not [p for p in result.report.problems if p.code == "extract-failed"]
