"""A hostile articles folder: the build finishes, each bad file gets a clear problem naming it,
and every good article is still in the site and the open data.

The small files are in tests/fixtures/hostile/; encodings, binary, huge and odd files are made
here at run time (nothing of 50 MB is committed).
"""

import json
import os
import random
import re
import shutil
import time
from pathlib import Path

import pytest

from conftest import REPO, build

FIXTURES = REPO / "tests" / "fixtures" / "hostile"
BODY = (
    "{title}\n\nKabaminang.com – Solok, Rabu, 06 November 2024 – Bupati Solok, Epyardi Asda, membuka rapat "
    "netralitas ASN di Arosuka.\n\n“ASN harus netral,” ujar Epyardi Asda.\n"
)


def make_corpus(root: Path) -> Path:
    articles = root / "articles"
    shutil.copytree(FIXTURES, articles)
    enc = articles / "enc"
    enc.mkdir()
    (enc / "bom.txt").write_bytes(b"\xef\xbb\xbf" + BODY.format(title="Dengan BOM UTF-8").encode())
    (enc / "utf16.txt").write_bytes(BODY.format(title="Teks UTF-16").encode("utf-16"))
    (enc / "utf16-tanpa-bom.txt").write_bytes(
        BODY.format(title="Teks UTF-16 Tanpa BOM").encode("utf-16-le")
    )
    (enc / "cp1252.txt").write_bytes(BODY.format(title="Teks Windows Café").encode("cp1252"))
    (enc / "crlf.txt").write_bytes(BODY.format(title="Baris CRLF").replace("\n", "\r\n").encode())
    (enc / "cr.txt").write_bytes(BODY.format(title="Baris CR").replace("\n", "\r").encode())
    (enc / "nul.txt").write_bytes(
        BODY.format(title="Ada NUL").replace("rapat", "ra\x00pat").encode()
    )
    (articles / "kosong.txt").write_bytes(b"")
    (articles / "spasi.txt").write_bytes(b"  \n\t\n   \n")
    (articles / "gambar-bernama-txt.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(3000)
    )
    (articles / "acak.txt").write_bytes(random.Random(2).randbytes(5000))
    filler = (
        "Baris pengisi yang sangat panjang tentang netralitas ASN dan pilkada di daerah. " * 12
        + "\n"
    ).encode()
    with open(articles / "besar.txt", "wb") as f:
        f.write(BODY.format(title="Berkas Lima Puluh Megabita").encode())
        f.write(filler * (50 * (1 << 20) // len(filler) + 1))
    long_line = " ".join(["kata"] * 2000)  # 10,000 characters
    (articles / "baris-panjang.txt").write_text(
        BODY.format(title="Baris Sepuluh Ribu Huruf") + (long_line + "\n") * 3, "utf-8"
    )
    (articles / "tak-terlihat.txt").write_text(
        BODY.format(title="Nama Dengan Huruf Tak Terlihat").replace(
            "Epyardi Asda", "Epy\u200bardi\u00a0Asda"
        ),
        "utf-8",
    )
    (articles / ".tersembunyi.txt").write_text(BODY.format(title="Tersembunyi"), "utf-8")
    (articles / "ok" / "baik.txt~").write_text(BODY.format(title="Cadangan"), "utf-8")
    (articles / "ok" / ".baik.txt.swp").write_bytes(b"b0VIM 9.0")
    (articles / "#simpan-otomatis#").write_text("x", "utf-8")
    (articles / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (articles / "_konsep").mkdir()
    (articles / "_konsep" / "draf.txt").write_text(BODY.format(title="Draf"), "utf-8")
    outside = root / "di-luar"
    outside.mkdir()
    (outside / "rahasia.txt").write_text(BODY.format(title="Rahasia Di Luar"), "utf-8")
    (articles / "tautan-keluar.txt").symlink_to(outside / "rahasia.txt")
    (articles / "folder-luar").symlink_to(outside, target_is_directory=True)
    os.close(
        os.open(os.path.join(os.fsencode(articles), b"nama-\xff.txt"), os.O_CREAT | os.O_WRONLY)
    )
    return articles


GOOD = [
    "ok/baik.txt",
    "enc/bom.txt",
    "enc/utf16.txt",
    "enc/utf16-tanpa-bom.txt",
    "enc/cp1252.txt",
    "enc/crlf.txt",
    "enc/cr.txt",
    "enc/nul.txt",
    "besar.txt",
    "baris-panjang.txt",
    "tak-terlihat.txt",
    "yaml/rusak.md",
    "yaml/jenis-salah.md",
    "yaml/kunci-asing.md",
    "yaml/kunci-ganda.md",
    "yaml/bom-alias.md",
    "yaml/31-februari.md",
    "side/berita.txt",
    "paths/titik.md",
    "paths/mutlak.md",
    "paths/skema.md",
    "collide/a b.txt",
    "collide/a-b.txt",
    "names/aksen.txt",
    "names/tanpa-aksen.txt",
]

EXPECTED = [  # (file, severity, part of the message)
    ("kosong.txt", "error", "file is empty; skipped"),
    ("spasi.txt", "error", "only white space"),
    ("gambar-bernama-txt.txt", "error", "binary file"),
    ("acak.txt", "error", "binary file"),
    ("besar.txt", "warning", "only its first 1 MB"),
    ("enc/cp1252.txt", "warning", "read as Windows-1252"),
    ("enc/utf16-tanpa-bom.txt", "warning", "UTF-16-LE (no byte order mark)"),
    ("enc/nul.txt", "warning", "NUL byte(s) removed"),
    (".tersembunyi.txt", "warning", "hidden file skipped"),
    ("_konsep", "warning", "hidden folder skipped"),
    ("ok/baik.txt~", "warning", "editor backup"),
    ("#simpan-otomatis#", "warning", "editor backup"),
    ("foto.png", "warning", "not an article"),
    ("CATATAN.rst", "warning", "not an article"),
    ("tautan-keluar.txt", "warning", "outside the articles folder not followed"),
    ("folder-luar", "warning", "symlinked folder not followed"),
    ("yatim.yaml", "warning", "side file has no article"),
    ("yaml/rusak.md", "error", "YAML could not be read"),
    ("yaml/bom-alias.md", "error", "aliases are not allowed"),
    ("yaml/kunci-ganda.md", "error", "key 'title' is given twice"),
    ("yaml/kunci-asing.md", "error", "unknown field 'warna'"),
    ("yaml/jenis-salah.md", "error", "field 'title'"),
    ("yaml/31-februari.md", "error", "2024-02-31"),
    ("side/berita.yaml", "error", "YAML could not be read"),
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    articles = make_corpus(root)
    before = sorted(p.name for p in root.iterdir())
    started = time.perf_counter()
    result = build(articles, root / "site")
    return root, articles, result, time.perf_counter() - started, before


def test_the_build_finishes_with_a_summary(hostile):
    root, _, result, seconds, _ = hostile
    assert result.returncode == 0, result.stderr
    assert re.search(r"^built \d+ articles, \d+ pages, \d+ problems in", result.stdout, re.M)
    assert seconds < 120


@pytest.mark.parametrize("path, severity, message", EXPECTED)
def test_each_bad_file_gets_a_problem_naming_it(hostile, path, severity, message):
    stderr = hostile[
        2
    ].stderr  # paths are printed from the current directory: the articles are outside it
    pattern = rf"^{re.escape(str(hostile[1] / path))}(:\d+)?: {severity}: .*{re.escape(message)}"
    assert re.search(pattern, stderr, re.M), (
        f"no '{severity}: ...{message}' for {path} in:\n{stderr}"
    )


def test_problems_are_grouped_with_line_numbers(hostile):
    lines = hostile[2].stderr.splitlines()
    assert all(
        re.match(r"^(\S.*?)(:\d+)?: (error|warning): ", line) or line.startswith("... and ")
        for line in lines
    ), lines
    assert any(line.startswith(f"{hostile[1] / 'yaml/kunci-ganda.md'}:3: error") for line in lines)


def test_every_good_article_is_in_the_site_and_the_export(hostile):
    root = hostile[0]
    records = json.loads((root / "site/data/articles.json").read_text("utf-8"))["articles"]
    sources = {r["source"]: r for r in records}
    for rel in GOOD:
        assert rel in sources, f"{rel} is missing from articles.json"
        assert (root / "site" / sources[rel]["page"]).is_file()
    assert "tautan-keluar.txt" not in sources and not any("rahasia" in s for s in sources)
    assert sources["tak-terlihat.txt"]["officials"][0]["name"] == "Epyardi Asda"
    assert sources["enc/cp1252.txt"]["title"] == "Teks Windows Café"


def test_ids_and_paths_stay_inside_and_unique(hostile):
    root = hostile[0]
    site = root / "site"
    records = json.loads((site / "data/articles.json").read_text("utf-8"))["articles"]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids), ids
    by_source = {r["source"]: r["id"] for r in records}
    assert {by_source["collide/a b.txt"], by_source["collide/a-b.txt"]} == {
        "collide-a-b",
        "collide-a-b-2",
    }
    assert re.search(
        rf"^{re.escape(str(hostile[1] / 'collide/a-b.txt'))}: error: article id 'collide-a-b' is also the id of collide/a b\.txt",
        hostile[2].stderr,
        re.M,
    )
    officials = json.loads((site / "data/officials.json").read_text("utf-8"))["officials"]
    assert len({o["id"] for o in officials}) == len(officials)
    assert sorted(p.name for p in root.iterdir()) == sorted(hostile[4] + ["site", "site.cache"])
    for path in site.rglob("*"):
        assert path.resolve().is_relative_to(site.resolve())
    outlets = json.loads((site / "data/outlets.json").read_text("utf-8"))["outlets"]
    assert all(".." not in o["page"] and not o["page"].startswith("/") for o in outlets)


def test_strict_makes_the_problems_fail_the_build(hostile, tmp_path):
    result = build(hostile[1], tmp_path / "site", "--strict", "--quiet")
    assert result.returncode == 1
    assert re.search(r"^built \d+ articles", result.stdout, re.M)
