"""Two builds of the same input are byte-identical, whatever the hash seed, the order the file
system lists the files in, the clock, or whether the build came from the cache."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO, SEEDS_DIR
from test_incremental_tools import corpus_copy, tree


def build_with(articles: Path, out: Path, **env) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "build.py"),
            "--articles",
            str(articles),
            "--out",
            str(out),
            "--quiet",
            "--base-url",
            "https://arsip.example.org/",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **env},
    )
    assert result.returncode == 0, result.stderr


def mixed_corpus(synthetic_corpus, folder: Path, reverse: bool) -> Path:
    """Seed articles and 40 synthetic ones, created in forward or reverse order (so the
    directory lists them differently), with file times that differ between the two copies."""
    folder.mkdir()
    sources = sorted(SEEDS_DIR.iterdir()) + sorted(synthetic_corpus[0].iterdir())[:40]
    for path in reversed(sources) if reverse else sources:
        shutil.copyfile(path, folder / path.name)
    return folder


# Two officials of one name in two provinces, each seen once with a third: a tie in that
# official's 'appears with' list, which a set's order must not settle
NAMESAKES = [
    (
        "namesake-solok.txt",
        "Bupati Solok Bahas Netralitas ASN\n\nSolok - Gubernur Sumatera Barat Hendra Wijaya "
        "bertemu Bupati Solok Andi Saputra di Solok, Senin (3/6/2024). Keduanya membahas "
        "netralitas aparatur sipil negara menjelang pilkada.\n",
    ),
    (
        "namesake-pekanbaru.txt",
        "Wali Kota Pekanbaru Terima Kunjungan\n\nPekanbaru - Wali Kota Pekanbaru Andi Saputra "
        "menerima Gubernur Sumatera Barat Hendra Wijaya di Pekanbaru, Selasa (4/6/2024). "
        "Pertemuan itu membahas kerja sama kedua daerah.\n",
    ),
]


def test_same_input_same_bytes_under_different_hash_seeds_and_listing_orders(
    synthetic_corpus, tmp_path
):
    a = mixed_corpus(synthetic_corpus, tmp_path / "a-articles", reverse=False)
    b = mixed_corpus(synthetic_corpus, tmp_path / "b-articles", reverse=True)
    build_with(a, tmp_path / "a", PYTHONHASHSEED="0")
    build_with(b, tmp_path / "b", PYTHONHASHSEED="4242")
    build_with(b, tmp_path / "c", PYTHONHASHSEED="random", SOURCE_DATE_EPOCH="86400")
    first = tree(tmp_path / "a")
    assert first == tree(tmp_path / "b")
    assert first == tree(tmp_path / "c")
    assert ".netralitas-manifest.json" in first


def test_namesakes_seen_with_one_official_are_listed_in_the_same_order_under_every_seed(
    tmp_path,
):
    """A tie between two officials of one name on a third's 'appears with' list is settled by
    their ids, not by the order a set of article ids happens to have under a hash seed."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in NAMESAKES:
        (articles / name).write_text(text, encoding="utf-8")
    pages = set()
    for seed in ("0", "1", "2", "3"):
        build_with(articles, tmp_path / seed, PYTHONHASHSEED=seed)
        pages.add((tmp_path / seed / "pejabat" / "hendra-wijaya" / "index.html").read_bytes())
    assert len(pages) == 1


def test_cached_rebuild_equals_cold_build_under_another_seed(synthetic_corpus, tmp_path):
    articles = corpus_copy(synthetic_corpus[0], tmp_path / "articles", 30)
    build_with(articles, tmp_path / "site", PYTHONHASHSEED="1")
    (articles / sorted(os.listdir(articles))[0]).unlink()
    build_with(articles, tmp_path / "site", PYTHONHASHSEED="2")
    build_with(articles, tmp_path / "cold", PYTHONHASHSEED="3", NETRALITAS_CACHE="off")
    assert tree(tmp_path / "site") == tree(tmp_path / "cold")


def test_feed_and_sitemap_times_come_from_the_articles_not_the_clock(tmp_path):
    build_with(SEEDS_DIR, tmp_path / "site")
    feed = (tmp_path / "site/feed.xml").read_text("utf-8")
    assert "<updated>2024-11-16T00:00:00Z</updated>" in feed  # the newest article
    undated = tmp_path / "undated"
    undated.mkdir()
    (undated / "a.txt").write_text(
        "Judul Tanpa Tanggal\n\nTeks berita tanpa tanggal sama sekali.\n", "utf-8"
    )
    build_with(undated, tmp_path / "u1")
    feed = (tmp_path / "u1/feed.xml").read_text("utf-8")
    import datetime as dt

    assert dt.date.today().isoformat() not in feed
    assert tree(tmp_path / "u1")["feed.xml"] == tree(tmp_path / "u1")["feed.xml"]


RENDERED = """
import sys
from pathlib import Path
from netralitas_site.config import SiteConfig
from netralitas_site.pipeline import build_site
config = SiteConfig(articles_dir=Path(sys.argv[1]), output_dir=Path(sys.argv[2]), quiet=True,
                    page_size=4, per_page=4)
print(build_site(config).rendered)
"""


def rendered_under_seed(articles: Path, out: Path, seed: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", RENDERED, str(articles), str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1])


def test_a_rebuild_under_another_hash_seed_renders_no_page_again(synthetic_corpus, tmp_path):
    """Page keys do not depend on the hash seed: with pages of four articles, months and
    officials' listings run over several pages and hold the set of headings anchored on each,
    which once made every listing page's key change with each new process."""
    articles = corpus_copy(synthetic_corpus[0], tmp_path / "articles", 40)
    out = tmp_path / "site"
    assert rendered_under_seed(articles, out, "1") > 0
    first = sorted(articles.iterdir())[0]
    os.utime(first, (first.stat().st_atime, first.stat().st_mtime + 5))  # not an unchanged build
    assert rendered_under_seed(articles, out, "2") == 0
