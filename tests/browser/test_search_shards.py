"""Search in a real browser, served under /arsip/, on a site whose Pagefind index is sharded: a word
found only in one article (of a merged Pagefind shard) is found, and a listing by a filter alone
comes newest first with the right total. The search page uses the site's own index
(search_index.py); Pagefind's shards stay for those who run Pagefind's UI."""

import json
from pathlib import Path

import pytest

from search_form import result_count
from search_form import submit_search as search
from test_incremental_tools import article_id, corpus_copy

UNIQUE = "Zamrudwangi"  # a word no synthetic article uses
UNIQUE_TITLE = "Camat Resmikan Jembatan Zamrudwangi di Lubuk Sikaping"
SHARD_SIZE = 10  # 41 articles: 8 shards


def unique_article(folder: Path, count: int) -> str:
    """Write an article holding UNIQUE under a file name whose id falls in a merged shard."""
    from netralitas_site.site.search_shards import shard_of

    name = next(
        f"zz-{n}.txt"
        for n in range(1000)
        if shard_of(article_id(f"zz-{n}.txt"), count) not in (0, count // 2)
    )
    (folder / name).write_text(
        f"{UNIQUE_TITLE}\n\n"
        "Kabaminang.com – Lubuk Sikaping, Senin (4/11/2024) – Camat Lubuk Sikaping meresmikan jembatan "
        f"{UNIQUE} yang menghubungkan dua nagari di Kabupaten Pasaman.\n\n"
        "Warga menyambut baik jembatan baru itu karena memperpendek jarak ke pasar.\n",
        "utf-8",
    )
    return article_id(name)


@pytest.fixture(scope="module")
def sharded_site(synthetic_corpus, tmp_path_factory):
    from netralitas_site.config import SiteConfig
    from netralitas_site.pipeline import build_site, load_archive
    from netralitas_site.site import search_shards

    root = tmp_path_factory.mktemp("sharded")
    articles = corpus_copy(synthetic_corpus[0], root / "articles", 40)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(search_shards, "SHARD_SIZE", SHARD_SIZE)
        ident = unique_article(articles, search_shards.shard_count(41))
        config = SiteConfig(articles_dir=articles, output_dir=root / "site", quiet=True, jobs=1)
        result = build_site(config, cache_dir=False)
        assert result.problems == 0, [str(p) for p in result.report.problems]
        shards = search_shards.shards(load_archive(config)[0].articles)
    holder = next(s for s in shards if any(a.id == ident for a in s.articles))
    assert len(shards) >= 2 and not holder.primary
    assert (root / "site" / holder.folder / "pagefind-entry.json").is_file()
    return root / "site"


def test_a_word_of_an_article_in_a_merged_shard_is_found(watched_page, sharded_site, static_host):
    page = watched_page
    page.goto(static_host(sharded_site) + "cari/index.html")
    links = search(page, UNIQUE)
    assert links.all_inner_texts() == [UNIQUE_TITLE]
    assert result_count(page) == 1
    links.first.click()
    assert page.locator("h1").inner_text().strip() == UNIQUE_TITLE
    assert page.problems == []


def test_a_listing_by_filter_alone_is_newest_first_with_its_total(
    watched_page, sharded_site, static_host
):
    records = json.loads((sharded_site / "data/articles.json").read_text("utf-8"))["articles"]
    by_outlet: dict[str, list] = {}
    for record in records:
        if record["outlet"]:
            by_outlet.setdefault(record["outlet"]["name"], []).append(record)
    outlet, expected = max(by_outlet.items(), key=lambda kv: (len(kv[1]), kv[0]))
    assert len(expected) >= 3
    dates = {r["page"]: r["date"] or "" for r in records}
    page = watched_page
    page.goto(static_host(sharded_site) + "cari/index.html")
    links = search(page, media=outlet)
    status = page.locator("#status").inner_text()
    assert status.startswith(f"{len(expected)} artikel ditemukan") and "indeks lokal" not in status
    listed = [
        href.split("/arsip/", 1)[1] for href in links.evaluate_all("els => els.map(e => e.href)")
    ]
    assert sorted(listed) == sorted(r["page"] for r in expected)
    shown = [dates[p] for p in listed]
    assert shown == sorted(shown, reverse=True)
    assert page.problems == []
