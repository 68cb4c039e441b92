"""`netralitas-site add`: pages fetched from a server on 127.0.0.1 (the only address these tests
reach; every loop is bounded), stored exactly as received with a side file, a message and no
file for each address that fails, one request a second to a host, and `serve` picks up a page
as soon as it is added."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from netralitas_site.commands.cli import main
from netralitas_site.commands.fetch import USER_AGENT
from netralitas_site.config import SiteConfig
from netralitas_site.dev.serve import DevServer
from test_webpages import PAGES, news_page

REPO = Path(__file__).resolve().parent.parent
SLOW_SECONDS = 2.0
TIMEOUT = "0.5"


class Site(BaseHTTPRequestHandler):
    """Pages by path; /lama redirects, /lambat answers after the client gave up, /gambar.png is
    an image, anything else is 404. Every request is logged with its time and user agent."""

    pages: dict[str, bytes] = {}
    log: list[tuple[float, str, str]] = []

    def do_GET(self):
        self.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        if self.path == "/lama":
            self._send(301, b"", "text/html", [("Location", "/berita/satu")])
        elif self.path == "/lambat":
            time.sleep(SLOW_SECONDS)
            self._send(200, news_page().encode(), "text/html")
        elif self.path == "/gambar.png":
            self._send(200, b"\x89PNG\r\n\x1a\n0000", "image/png")
        elif self.path in self.pages:
            self._send(200, self.pages[self.path], "text/html; charset=utf-8")
        else:
            self._send(404, b"<html><body>Tidak ditemukan</body></html>", "text/html")

    def _send(self, status, body, content_type, headers=()):
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on a slow answer

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    pages = {
        "/berita/satu": news_page().encode("utf-8"),
        "/berita/dua": news_page(
            title="Wakil Bupati Solok Minta Camat Awasi Pegawai",
            meta_time="2024-11-08T02:00:00Z",
            canonical=None,
        ).encode("utf-8"),
    }
    if PAGES.is_dir():
        for path in sorted(PAGES.glob("*.html"))[:3]:
            pages[f"/nyata/{path.stem}"] = path.read_bytes()
    handler = type("Handler", (Site,), {"pages": pages, "log": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    server.handler = handler
    yield server
    server.shutdown()
    server.server_close()


def test_add_stores_pages_as_received_and_names_every_failure(site, tmp_path, capsys):
    articles = tmp_path / "articles"
    base = site.base
    code = main(
        [
            "add",
            f"{base}/berita/satu",
            f"{base}/lama",
            f"{base}/berita/dua",
            f"{base}/hilang",
            f"{base}/lambat",
            f"{base}/gambar.png",
            "kabaminang.com/tanpa-skema",
            "--articles",
            str(articles),
            "--timeout",
            TIMEOUT,
            "--retries",
            "0",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 1
    stored = sorted(p.name for p in articles.iterdir())
    assert stored == [
        "2024-11-06-bupati-solok-ingatkan-asn-jaga-netralitas.html",
        "2024-11-06-bupati-solok-ingatkan-asn-jaga-netralitas.yaml",
        "2024-11-08-wakil-bupati-solok-minta-camat-awasi-pegawai.html",
        "2024-11-08-wakil-bupati-solok-minta-camat-awasi-pegawai.yaml",
    ]
    page = articles / stored[0]
    assert page.read_bytes() == site.handler.pages["/berita/satu"]  # exactly as received
    side = yaml.safe_load((articles / stored[1]).read_text(encoding="utf-8"))
    assert side["url"] == f"{base}/berita/satu" and side["status"] == 200
    assert side["accessed"].endswith("Z")
    assert (
        f"{base}/lama: already added as" in out
    )  # the redirect leads to a page added a moment before
    assert f"{base}/hilang: error: HTTP 404 Not Found; nothing written" in err
    assert f"{base}/lambat: error: timed out" in err
    assert f"{base}/gambar.png: error: not HTML (the server sent image/png)" in err
    assert "kabaminang.com/tanpa-skema: error: not a web address" in err
    assert "added 2 page(s), 4 failed" in out
    assert all(
        agent == USER_AGENT and "netralitas-site/" in agent for _, _, agent in site.handler.log
    )
    times = [t for t, _, _ in site.handler.log]
    assert all(b - a >= 0.95 for a, b in zip(times, times[1:]))  # one request a second to the host


def test_a_redirect_is_stored_under_the_address_it_led_to_and_never_overwrites(
    site, tmp_path, capsys
):
    articles = tmp_path / "articles"
    articles.mkdir()
    taken = articles / "2024-11-06-bupati-solok-ingatkan-asn-jaga-netralitas.html"
    taken.write_text("milik pengguna", encoding="utf-8")
    assert main(["add", f"{site.base}/lama", "--articles", str(articles)]) == 0
    out, _ = capsys.readouterr()
    assert taken.read_text(encoding="utf-8") == "milik pengguna"
    side = yaml.safe_load(
        (articles / "2024-11-06-bupati-solok-ingatkan-asn-jaga-netralitas-2.yaml").read_text(
            encoding="utf-8"
        )
    )
    assert side["url"] == f"{site.base}/berita/satu"
    assert f"from {site.base}/berita/satu" in out
    assert main(["add", f"{site.base}/berita/satu", "--articles", str(articles)]) == 0  # once only
    assert len(list(articles.glob("*.html"))) == 2


def test_addresses_from_a_file_and_no_such_host(site, tmp_path, capsys, monkeypatch):
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if host == "tidak-ada.example":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    listing = tmp_path / "alamat.txt"
    listing.write_text(
        f"# daftar\n{site.base}/berita/dua\n\nhttp://tidak-ada.example/berita\n", encoding="utf-8"
    )
    articles = tmp_path / "articles"
    assert main(["add", "--from", str(listing), "--articles", str(articles), "--retries", "0"]) == 1
    _, err = capsys.readouterr()
    assert (
        "http://tidak-ada.example/berita: error: no such host: tidak-ada.example; nothing written"
        in err
    )
    assert len(list(articles.glob("*.html"))) == 1
    assert (
        main(["add", "--from", str(tmp_path / "tidak-ada.txt"), "--articles", str(articles)]) == 2
    )
    assert main(["add", "--articles", str(articles)]) == 2


@pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/corpora/html absent")
def test_real_pages_added_build_with_their_address(site, tmp_path, capsys):
    from netralitas_site.pipeline import load_archive

    articles = tmp_path / "articles"
    real = [path for path in site.handler.pages if path.startswith("/nyata/")]
    assert main(["add", *(site.base + path for path in real), "--articles", str(articles)]) == 0
    archive, report = load_archive(SiteConfig(articles_dir=articles))
    assert sorted(a.url for a in archive.articles) == sorted(
        site.base + path for path in real
    )  # the side file's
    assert all(a.accessed is not None and not a.corrected for a in archive.articles)
    assert [p for p in report.problems if p.severity == "error"] == []


def test_serve_picks_up_a_newly_added_page(site, tmp_path, capsys):
    articles = tmp_path / "articles"
    shutil.copytree(REPO / "articles", articles)
    logs: list[str] = []
    dev = DevServer(
        SiteConfig(articles_dir=articles, templates_dir=REPO / "templates"), port=0, log=logs.append
    )
    dev.start()
    try:
        assert main(["add", f"{site.base}/berita/dua", "--articles", str(articles)]) == 0
        page = f"{dev.url}artikel/2024-11-08-wakil-bupati-solok-minta-camat-awasi-pegawai/"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(page, timeout=5) as response:
                    body = response.read().decode("utf-8")
                break
            except OSError:
                assert time.monotonic() < deadline, (
                    f"the added page was not served; log: {logs[-5:]}"
                )
                time.sleep(0.2)
        assert (
            "Wakil Bupati Solok Minta Camat Awasi Pegawai" in body
            and f'href="{site.base}/berita/dua"' in body
        )
    finally:
        dev.stop()
