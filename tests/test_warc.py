"""Web archives (WARC, .warc.gz, WACZ) as articles: one record per article page, its address
and capture time from the archive, everything else counted in one note, damage reported with
the record where reading stopped while the records before it build."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from netralitas_site.config import SiteConfig
from netralitas_site.pipeline import build_site, load_archive
from test_webpages import PAGES, news_page

CAPTURED = "2024-11-07T03:04:05Z"


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]], gz: bool = True) -> bytes:
    """records: (address, status line, payload, content type)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for url, status, payload, content_type in records:
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            http_headers=http,
            warc_headers_dict={"WARC-Date": CAPTURED},
        )
        writer.write_record(record)
    data = buffer.getvalue()
    path.write_bytes(data)
    return data


INDEX_ITEMS = [
    "Bupati Solok Ingatkan ASN Jaga Netralitas Selama Kampanye Pilkada",
    "Harga Cabai Merah Naik Lagi di Pasar Raya Padang",
    "Jalan Lintas Sumatra Longsor, Arus Kendaraan Dialihkan ke Jalur Lain",
    "Festival Pacu Jawi Dibuka Akhir Pekan Ini di Tanah Datar",
    "Bawaslu Temukan Tiga Pelanggaran Netralitas Pegawai Kecamatan",
] * 3


def mixed_records() -> list[tuple[str, str, bytes, str]]:
    home = b"<html><head><meta property='og:type' content='website'></head><body><ul><li><a href='/a'>Satu</a></li></ul></body></html>"
    index = (
        "<html><head><meta property='og:type' content='article'><title>Indeks Berita</title></head><body><h1>Indeks</h1><ul>"
        + "".join(f"<li><a href='/b{n}'>{item}</a></li>" for n, item in enumerate(INDEX_ITEMS))
        + "</ul></body></html>"
    ).encode()
    return [
        (
            "https://kabaminang.com/berita/satu",
            "200 OK",
            news_page().encode(),
            "text/html; charset=utf-8",
        ),
        ("https://kabaminang.com/", "200 OK", home, "text/html"),
        ("https://kabaminang.com/indeks", "200 OK", index, "text/html"),
        ("https://kabaminang.com/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n0000", "image/png"),
        ("https://kabaminang.com/app.js", "200 OK", b"var x = 1;", "application/javascript"),
        ("https://kabaminang.com/lama", "301 Moved Permanently", b"", "text/html"),
        (
            "https://kabaminang.com/berita/dua",
            "200 OK",
            news_page(
                title="Wakil Bupati Solok Minta Camat Awasi Pegawai",
                canonical="https://kabaminang.com/kanonik/dua",
            ).encode(),
            "text/html",
        ),
    ]


def test_each_article_page_of_a_warc_is_a_record_with_the_archives_address(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_warc(folder / "rayapan.warc.gz", mixed_records())
    archive, report = load_archive(SiteConfig(articles_dir=folder))
    urls = sorted(a.url for a in archive.articles)
    assert urls == [
        "https://kabaminang.com/berita/dua",
        "https://kabaminang.com/berita/satu",
    ]  # the WARC's, not the canonical
    assert {a.accessed for a in archive.articles} == {datetime(2024, 11, 7, 3, 4, 5, tzinfo=UTC)}
    assert {a.source for a in archive.articles} == {
        "rayapan.warc.gz#https://kabaminang.com/berita/satu",
        "rayapan.warc.gz#https://kabaminang.com/berita/dua",
    }
    assert len({a.id for a in archive.articles}) == 2
    notes = [p for p in report.problems if p.severity == "note"]
    assert len(notes) == 1 and notes[0].path == "rayapan.warc.gz"
    assert (
        "2 article(s) read" in notes[0].message and "5 record(s) not articles" in notes[0].message
    )
    assert "2 pages that are not articles" in notes[0].message
    assert report.count == 0  # counted, not reported one by one


@pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/corpora/html absent")
def test_a_warc_of_real_saved_pages_builds_one_article_per_page(tmp_path):
    pages = sorted(PAGES.glob("*.html"))[::4]  # seven outlets' layouts
    folder = tmp_path / "articles"
    folder.mkdir()
    records = [
        (f"https://arsip.example/{p.stem}", "200 OK", p.read_bytes(), "text/html; charset=utf-8")
        for p in pages
    ]
    write_warc(folder / "halaman.warc.gz", records)
    result = build_site(
        SiteConfig(articles_dir=folder, output_dir=tmp_path / "site", quiet=True), cache_dir=False
    )
    assert result.articles == len(pages)
    archive, _ = load_archive(SiteConfig(articles_dir=folder))
    assert sorted(a.url for a in archive.articles) == sorted(url for url, *_ in records)
    assert all(a.title and not a.title_derived and a.date.value for a in archive.articles)


def test_a_cut_off_warc_keeps_the_records_before_the_cut_and_names_the_record(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    data = write_warc(tmp_path / "full.warc.gz", mixed_records())
    (folder / "putus.warc.gz").write_bytes(data[: len(data) - 200])
    (folder / "baik.html").write_text(
        news_page(title="Pasar Raya Dibuka Lagi Setelah Diperbaiki"), encoding="utf-8"
    )
    archive, report = load_archive(SiteConfig(articles_dir=folder))
    assert sorted(a.source for a in archive.articles) == [
        "baik.html",
        "putus.warc.gz#https://kabaminang.com/berita/satu",
    ]
    (damage,) = [p for p in report.problems if p.severity == "error"]
    assert (
        damage.path == "putus.warc.gz"
        and "https://kabaminang.com/berita/dua" in damage.message
        and "cut off" in damage.message
    )


def test_a_gzip_member_cut_in_half_is_reported(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    data = write_warc(tmp_path / "full.warc.gz", mixed_records()[:1] * 1 + mixed_records()[5:])
    (folder / "separuh.warc.gz").write_bytes(data[: len(data) * 3 // 4])
    archive, report = load_archive(SiteConfig(articles_dir=folder))
    assert len(archive.articles) == 1
    assert any(
        p.severity == "error" and p.path == "separuh.warc.gz" and p.code.startswith("warc-")
        for p in report.problems
    )


def test_a_warc_named_gz_that_is_not_gzip_is_read_with_a_warning(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_warc(folder / "polos.warc.gz", mixed_records(), gz=False)
    archive, report = load_archive(SiteConfig(articles_dir=folder))
    assert len(archive.articles) == 2
    assert [p.code for p in report.problems if p.severity == "warning"] == ["warc-not-gzip"]


def test_a_file_that_is_no_web_archive_is_named_and_the_rest_builds(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bukan.warc").write_text("ini bukan arsip web\n", encoding="utf-8")
    (folder / "rusak.wacz").write_bytes(b"PK\x03\x04 rusak")
    (folder / "baik.html").write_text(news_page(), encoding="utf-8")
    result = build_site(
        SiteConfig(articles_dir=folder, output_dir=tmp_path / "site", quiet=True), cache_dir=False
    )
    assert result.articles == 1
    errors = {p.path: p.message for p in result.report.problems if p.severity == "error"}
    assert set(errors) == {"bukan.warc", "rusak.wacz"}
    assert "not a web archive" in errors["bukan.warc"] and "WACZ" in errors["rusak.wacz"]


def test_a_wacz_is_read_through_its_warcs(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    data = write_warc(tmp_path / "data.warc.gz", mixed_records())
    with zipfile.ZipFile(folder / "koleksi.wacz", "w") as wacz:
        wacz.writestr("archive/data.warc.gz", data)
        wacz.writestr("datapackage.json", "{}")
    archive, _ = load_archive(SiteConfig(articles_dir=folder))
    assert sorted(a.url for a in archive.articles) == [
        "https://kabaminang.com/berita/dua",
        "https://kabaminang.com/berita/satu",
    ]


def test_a_warc_is_keyed_by_its_bytes_and_rebuilt_when_it_changes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_warc(folder / "rayapan.warc.gz", mixed_records()[:1])
    config = SiteConfig(articles_dir=folder, output_dir=tmp_path / "site", quiet=True)
    assert build_site(config).extracted == 1
    assert build_site(config).extracted == 0
    write_warc(folder / "rayapan.warc.gz", mixed_records())
    again = build_site(config)
    assert again.articles == 2 and again.extracted == 2
