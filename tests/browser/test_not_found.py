"""The 404 page as a static host shows it: at whatever depth the missing address was (GitHub Pages
and most hosts serve /404.html for every miss). Built with a base URL, its links and stylesheet
start from the site's path on the host, so it is styled and its links work at any depth."""

import io
import threading
from http import HTTPStatus
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from browser.conftest import SUB_PATH, SubPathHandler
from conftest import SEEDS_DIR, build


class HostWith404(SubPathHandler):
    """Like a static host: a missing file under the site's path gets the site's 404.html."""

    def send_head(self):
        if Path(self.translate_path(self.path)).exists():
            return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@pytest.fixture(scope="module")
def hosted(tmp_path_factory):
    out = tmp_path_factory.mktemp("hosted") / "site"
    result = build(
        SEEDS_DIR, out, "--quiet", "--base-url", "https://example.org" + SUB_PATH.rstrip("/")
    )
    assert result.returncode == 0, result.stderr
    server = ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: HostWith404(*a, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "missing", ["tidak-ada.html", "artikel/tidak-ada/", "pejabat/a/b/c/d.html", "en/artikel/x/y/"]
)
def test_a_missing_address_at_any_depth_gets_a_working_404_page(page, hosted, missing):
    response = page.goto(hosted + missing)
    assert response.status == 404
    assert page.locator("h1").inner_text() in ("Halaman tidak ditemukan", "Page not found")
    assert page.evaluate("getComputedStyle(document.querySelector('.bar')).display") == "flex", (
        "the stylesheet is loaded"
    )
    page.locator("main a").first.click()  # "beranda": the home page
    page.wait_for_url(hosted + "index.html")
    assert page.locator("h1").count() == 1 and page.title().startswith("Arsip")
