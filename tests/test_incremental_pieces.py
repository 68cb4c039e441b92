"""The files made from every article (open data, citations, the search index) are joined from
per-article pieces kept in the build cache (exports/pieces.py, SiteFiles.remembered): a rebuild
makes again the pieces whose inputs changed, and ends exactly where a build from scratch ends."""

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from test_incremental_tools import article_id, cold, corpus_copy, tree

N = 60

# the files every article has a share of (and the search index's parts, cari/)
DATA_FILES = (
    "data/articles.json",
    "data/articles.csv",
    "data/mentions.csv",
    "data/quotes.csv",
    "data/article_regions.csv",
    "data/archive.sqlite",
    "data/citations.ris",
    "data/citations.bib",
    "data/citations.json",
)


@pytest.fixture
def corpus(synthetic_corpus, tmp_path) -> Path:
    return corpus_copy(synthetic_corpus[0], tmp_path / "articles", N)


@pytest.fixture
def made(monkeypatch) -> list[str]:
    """Ids of the articles whose pieces a build makes (not taken from the cache)."""
    from netralitas_site.site import assemble

    ids: list[str] = []
    original = assemble.article_piece
    monkeypatch.setattr(
        assemble, "article_piece", lambda a, *rest: (ids.append(a.id), original(a, *rest))[1]
    )
    return ids


def build(corpus: Path, out: Path, **settings) -> None:
    """A build in this process (the monkeypatched functions are the ones used)."""
    from netralitas_site.config import SiteConfig
    from netralitas_site.pipeline import build_site

    settings = {"jobs": 1, **settings}
    build_site(SiteConfig(articles_dir=corpus, output_dir=out, quiet=True, **settings))


def read(out: Path) -> dict[str, bytes]:
    files = {p: (out / p).read_bytes() for p in DATA_FILES}
    search = (p for p in (out / "cari").rglob("*.js") if p.is_file())
    files.update({p.relative_to(out).as_posix(): p.read_bytes() for p in search})
    return files


def rows(out: Path, table: str) -> list[dict]:
    with open(out / f"data/{table}.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def replace_title(path: Path, title: str) -> None:
    first, rest = path.read_text("utf-8").split("\n", 1)
    path.write_text(title + "\n" + rest, "utf-8")


def test_an_edit_makes_again_its_own_pieces_only_and_reaches_every_data_file(
    corpus, tmp_path, made
):
    out = tmp_path / "site"
    build(corpus, out)
    assert len(made) == N
    quoted = {r["article_id"] for r in rows(out, "quotes") if r["speaker_id"]}
    regions = {r["article_id"] for r in rows(out, "article_regions")}
    name = next(p.name for p in sorted(corpus.iterdir()) if article_id(p.name) in quoted & regions)
    ident = article_id(name)
    before = read(out)
    made.clear()
    replace_title(corpus / name, "Judul Suntingan Redaksi Yang Baru")
    build(corpus, out)
    assert made == [ident]
    after = read(out)
    title_files = [p for p in DATA_FILES if "mentions" not in p and "quotes" not in p]
    for path in title_files:
        if path != "data/article_regions.csv":  # its rows have no title
            assert b"Judul Suntingan Redaksi Yang Baru" in after[path], path
    assert {p for p in before if before[p] != after[p]} >= {
        *title_files,
        *(p for p in after if p.startswith("cari/d/")),
    } - {"data/article_regions.csv"}
    with sqlite3.connect(out / "data/archive.sqlite") as db:
        assert db.execute("SELECT title FROM articles WHERE id = ?", (ident,)).fetchone() == (
            "Judul Suntingan Redaksi Yang Baru",
        )
    assert tree(out) == cold(corpus, tmp_path / "cold")

    # its officials, quotes' speakers and regions: every table's rows of it change
    record = next(
        a
        for a in json.loads((out / "data/articles.json").read_text("utf-8"))["articles"]
        if a["id"] == ident
    )
    speaker = next(q["speaker"] for q in record["quotes"] if q["speaker"])
    spelled = next(o["name"] for o in record["officials"] if o["id"] == speaker)
    region = record["regions"][0]["name"]
    text = (corpus / name).read_text("utf-8")
    text = text.replace(spelled, "Zulkarnaen Testing").replace(region, "Kota Padang")
    (corpus / name).write_text(text, "utf-8")
    before = read(out)
    build(corpus, out)
    after = read(out)
    tables = {p for p in DATA_FILES if "citations" not in p}  # citations name no official
    assert {p for p in DATA_FILES if before[p] != after[p]} == tables
    assert any(
        r["speaker"] == "Zulkarnaen Testing" and r["article_id"] == ident
        for r in rows(out, "quotes")
    )
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_adding_renaming_and_deleting_articles_join_the_pieces_in_archive_order(
    corpus, synthetic_corpus, tmp_path, made
):
    out = tmp_path / "site"
    build(corpus, out)
    names = sorted(p.name for p in corpus.iterdir())
    extra = sorted(synthetic_corpus[0].iterdir())[N]
    (corpus / extra.name).write_bytes(extra.read_bytes())
    (corpus / names[3]).rename(corpus / ("renamed-" + names[3]))
    (corpus / names[9]).unlink()
    made.clear()
    build(corpus, out)
    assert sorted(made) == sorted([article_id(extra.name), article_id("renamed-" + names[3])])
    ids = [a["id"] for a in json.loads((out / "data/articles.json").read_text("utf-8"))["articles"]]
    assert article_id(names[9]) not in ids and article_id(extra.name) in ids
    assert tree(out) == cold(corpus, tmp_path / "cold")


def officials_by_articles(out: Path) -> list[dict]:
    officials = json.loads((out / "data/officials.json").read_text("utf-8"))["officials"]
    return sorted(officials, key=lambda o: (-len(set(o["articles"])), o["id"]))


def test_curation_and_corrections_reach_the_pieces_of_the_articles_that_read_them(
    corpus, tmp_path, made
):
    """A merge in curation.yaml changes the ids and merged names that articles left untouched
    show; a correction of one article's official changes the degrees others show."""
    out = tmp_path / "site"
    build(corpus, out)
    first, second = officials_by_articles(out)[:2]
    (corpus / "curation.yaml").write_text(f"merge:\n  - [{second['id']}, {first['id']}]\n", "utf-8")
    made.clear()
    build(corpus, out)
    assert set(made) >= set(first["articles"]) | set(second["articles"])
    assert len(made) < N
    assert tree(out) == cold(corpus, tmp_path / "cold")

    official = officials_by_articles(out)[2]
    source = next(
        a["source"]
        for a in json.loads((out / "data/articles.json").read_text("utf-8"))["articles"]
        if a["id"] == official["articles"][0]
    )
    spelling = official["spellings"][0] if official["spellings"] else official["name"]
    (corpus / source).with_suffix(".yaml").write_text(
        f"officials:\n  - {{name: {spelling}, degrees: [S.Sos., M.Si.]}}\n", "utf-8"
    )
    made.clear()
    build(corpus, out)
    degrees = {
        tuple(o["degrees"])
        for a in json.loads((out / "data/articles.json").read_text("utf-8"))["articles"]
        for o in a["officials"]
        if o["id"] == official["id"]
    }
    assert len(degrees) == 1 and {"S.Sos.", "M.Si."} <= set(*degrees)  # merged: every article
    assert len(set(official["articles"])) > 1
    assert set(made) >= set(official["articles"])
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_a_setting_or_a_new_program_makes_every_piece_again(corpus, tmp_path, made, monkeypatch):
    from netralitas_site import pipeline

    out = tmp_path / "site"
    build(corpus, out)
    made.clear()
    build(corpus, out, base_url="https://arsip.contoh.id")
    assert len(made) == N
    assert b"https://arsip.contoh.id/artikel/" in (out / "data/citations.ris").read_bytes()
    assert tree(out) == cold(corpus, tmp_path / "cold", "--base-url", "https://arsip.contoh.id")
    made.clear()
    build(corpus, out, base_url="https://arsip.contoh.id")
    assert made == []  # the no-op rebuild
    monkeypatch.setattr(pipeline, "code_digest", lambda: "another program")
    (corpus / sorted(p.name for p in corpus.iterdir())[0]).touch()  # not a no-op build
    build(corpus, out, base_url="https://arsip.contoh.id")
    assert len(made) == N


def test_a_piece_is_keyed_on_everything_it_reads_from_the_archive(corpus, tmp_path):
    """Change what the rest of the archive tells an article (its officials' merged names, their
    degrees, the holders of the offices it names): every article whose pieces come out different
    must have a different key (piece_inputs), or a rebuild would keep its old pieces."""
    from dataclasses import replace

    from netralitas_site.config import SiteConfig
    from netralitas_site.engine.keys import Fingerprint
    from netralitas_site.exports.files import _article_files
    from netralitas_site.exports.pieces import article_piece, piece_inputs
    from netralitas_site.pipeline import load_archive
    from netralitas_site.site.assemble import site_context
    from netralitas_site.site.search_index import index_piece

    config = SiteConfig(articles_dir=corpus, output_dir=tmp_path / "site")
    archive, _ = load_archive(config)
    site = site_context(config)

    def pieces(archive) -> dict[str, tuple]:
        """Per article: what its piece and its own files (data.json, cite.*; keyed on the
        piece's key, exports/files.entity_file_groups) hold, and the piece's key."""
        return {
            a.id: (
                (
                    article_piece(a, archive, site),
                    index_piece(archive, a),
                    list(_article_files(a, archive, site, "id", ["d", "r", "b", "c"])),
                ),
                Fingerprint().of(piece_inputs(a, archive)),
            )
            for a in archive.articles
        }

    ids = sorted(archive.officials)
    changes = {
        "names": {
            "officials": {
                i: replace(o, name=o.name + " Baru") for i, o in archive.officials.items()
            }
        },
        "degrees": {
            "officials": {
                i: replace(o, degrees=[*o.degrees, "S.T."]) for i, o in archive.officials.items()
            }
        },
        "holders": {
            "office_holders": {
                k: ids[(ids.index(v) + 1) % len(ids)] for k, v in archive.office_holders.items()
            }
        },
    }
    before = pieces(archive)
    for what, change in changes.items():
        after = pieces(replace(archive, **change))
        differ = [i for i in before if before[i][0] != after[i][0]]
        assert differ or (what == "holders" and not archive.office_holders), what
        assert [i for i in differ if before[i][1] == after[i][1]] == [], what


def kept_keys(path: Path) -> set[str]:
    """The keys of the pieces pieces.sqlite holds: in its kept batches (their layout), none
    left in single rows, and every batch of the layout kept for every part."""
    import pickle

    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM parts").fetchone() == (0,)
        (data,) = db.execute("SELECT value FROM meta WHERE name = 'layout'").fetchone()
        count, layout = pickle.loads(data)
        rows = set(db.execute("SELECT key, part FROM batches"))
    assert rows == {(batch, part) for batch in layout for part in range(count)}
    return {key for keys in layout.values() for key in keys}


def test_pieces_made_beside_the_pages_are_kept_and_a_damaged_cache_is_made_again(corpus, tmp_path):
    """With two jobs the pieces are made in the forked process beside the pages (Beside): it
    writes them to pieces.sqlite itself, and the next build reads them there."""
    out = tmp_path / "site"
    pieces = tmp_path / "site.cache" / "pieces.sqlite"
    build(corpus, out, jobs=2)
    assert len(kept_keys(pieces)) == N
    replace_title(corpus / sorted(p.name for p in corpus.iterdir())[4], "Judul Lain Dari Redaksi")
    build(corpus, out, jobs=2)
    assert tree(out) == cold(corpus, tmp_path / "cold")
    assert len(kept_keys(pieces)) == N  # the old one dropped
    pieces.write_bytes(b"not a database" * 100)
    replace_title(corpus / sorted(p.name for p in corpus.iterdir())[5], "Judul Ketiga Redaksi")
    build(corpus, out, jobs=2)
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_the_data_files_are_written_a_batch_of_pieces_at_a_time(corpus, tmp_path, monkeypatch):
    """The process that makes the data files never holds every piece: they are written to
    pieces.sqlite as they are made and each file reads its part of them back BATCH at a time
    (engine/pieces.py). Two at a time gives the bytes a build from scratch gives, cold and after
    an edit."""
    from netralitas_site.engine import pieces

    monkeypatch.setattr(pieces, "BATCH", 2)
    sizes: list[int] = []
    held: list = []
    put, parts, finish = pieces.PieceCache.put, pieces.PieceCache.parts, pieces.Pieces.finish
    monkeypatch.setattr(
        pieces.PieceCache,
        "put",
        lambda self, items: (sizes.append(len(items)), put(self, items))[1],
    )
    monkeypatch.setattr(
        pieces.PieceCache,
        "parts",
        lambda self, part, keys: (sizes.append(len(keys)), parts(self, part, keys))[1],
    )
    monkeypatch.setattr(
        pieces.Pieces, "finish", lambda self: (held.append(self.held), finish(self))[1]
    )
    out = tmp_path / "site"
    build(corpus, out)
    assert tree(out) == cold(corpus, tmp_path / "cold")
    assert max(sizes) == 2 and len(sizes) > N and held == [None]
    replace_title(corpus / sorted(p.name for p in corpus.iterdir())[7], "Judul Baru Dari Redaksi")
    sizes.clear()
    build(corpus, out)
    assert tree(out) == cold(corpus, tmp_path / "cold")
    assert max(sizes) <= 2 and held == [None, None]


def test_pieces_are_made_in_memory_only_where_none_can_be_written(corpus, tmp_path, monkeypatch):
    """A cache that cannot be written (a full disk) still gives the right bytes."""
    from netralitas_site.engine import pieces

    monkeypatch.setattr(pieces.PieceCache, "put", lambda self, items: False)
    out = tmp_path / "site"
    build(corpus, out)
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_an_articles_own_files_are_made_again_with_its_piece_only(corpus, tmp_path, monkeypatch):
    """An article's data.json and citation files are keyed on its piece's key: an edit makes
    those of the edited article again, and no others, and they hold the edit."""
    from netralitas_site.exports import files

    made: list[str] = []
    original = files._article_files
    monkeypatch.setattr(
        files, "_article_files", lambda a, *rest: (made.append(a.id), original(a, *rest))[1]
    )
    out = tmp_path / "site"
    build(corpus, out)
    assert len(made) == N
    name = sorted(p.name for p in corpus.iterdir())[3]
    ident = article_id(name)
    made.clear()
    replace_title(corpus / name, "Judul Berkas Sendiri Yang Baru")
    build(corpus, out)
    assert made == [ident]
    data = json.loads((out / f"artikel/{ident}/data.json").read_text("utf-8"))
    assert data["article"]["title"] == "Judul Berkas Sendiri Yang Baru"
    assert b"Judul Berkas Sendiri Yang Baru" in (out / f"artikel/{ident}/cite.ris").read_bytes()
    assert tree(out) == cold(corpus, tmp_path / "cold")


def test_an_edit_reads_the_kept_batches_and_puts_together_its_own_batch_only(
    corpus, synthetic_corpus, tmp_path, monkeypatch, made
):
    """Each batch's part is kept as one row (engine/pieces.py): an edit reads the others as
    they are and puts its batch together from the last build's batch and its new piece; an
    added or removed article shifts the batches after it, put together from the kept ones
    without making their pieces again. The bytes are a build from scratch's."""
    from netralitas_site.engine import pieces

    monkeypatch.setattr(pieces, "BATCH", 4)
    writes: list[str] = []
    singles: list[list[str]] = []
    put_batch, parts = pieces.PieceCache.put_batch, pieces.PieceCache.parts
    monkeypatch.setattr(
        pieces.PieceCache,
        "put_batch",
        lambda self, key, part, values: (writes.append(key), put_batch(self, key, part, values))[1],
    )
    monkeypatch.setattr(
        pieces.PieceCache,
        "parts",
        lambda self, part, keys: (singles.append(keys), parts(self, part, keys))[1],
    )
    out = tmp_path / "site"
    store = tmp_path / "site.cache" / "pieces.sqlite"
    build(corpus, out)
    parts_count = len(writes) // (N // 4)
    assert len(writes) == parts_count * (N // 4) and parts_count > 10
    names = sorted(p.name for p in corpus.iterdir())
    writes.clear(), singles.clear(), made.clear()
    replace_title(corpus / names[6], "Judul Batch Yang Disunting")
    build(corpus, out)
    assert len(made) == 1 and len(set(writes)) == 1 and len(writes) == parts_count
    assert all(len(keys) == 1 for keys in singles if keys)  # the new piece's own row only
    assert tree(out) == cold(corpus, tmp_path / "cold")
    assert len(kept_keys(store)) == N

    extra = sorted(synthetic_corpus[0].iterdir())[N]
    (corpus / extra.name).write_bytes(extra.read_bytes())
    (corpus / names[20]).unlink()
    writes.clear(), made.clear()
    build(corpus, out)
    assert made == [article_id(extra.name)]
    assert tree(out) == cold(corpus, tmp_path / "cold")
    assert len(kept_keys(store)) == N

    with sqlite3.connect(store) as db:  # a damaged batch: its pieces are made again
        db.execute("UPDATE batches SET data = x'00' WHERE rowid = (SELECT min(rowid) FROM batches)")
    replace_title(corpus / names[30], "Judul Ketiga Yang Disunting")
    build(corpus, out)
    assert tree(out) == cold(corpus, tmp_path / "cold")
