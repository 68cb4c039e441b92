"""`netralitas-site serve`: loopback only, the base URL's sub-path, rebuilds that never kill it."""

import http.client
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, SEEDS_DIR
from netralitas_site import pipeline
from netralitas_site.commands.cli import main
from netralitas_site.config import SiteConfig
from netralitas_site.dev.serve import DevServer, site_prefix
from netralitas_site.siteconfig import load_config

ARTICLE = "004_0987cee8ea61e4de.txt"
ARTICLE_PAGE = "artikel/004-0987cee8ea61e4de/index.html"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR, folder)
    return folder


@pytest.fixture
def server(articles, tmp_path):
    """A dev server on a free loopback port, always stopped."""
    logs = []
    dev = DevServer(
        SiteConfig(
            articles_dir=articles,
            templates_dir=REPO / "templates",
            base_url="https://example.org/arsip",
        ),
        port=0,
        log=logs.append,
    )
    dev.logs = logs
    dev.start()
    assert dev.rebuilder.outcome.failure is None, dev.rebuilder.outcome.failure
    yield dev
    dev.stop()


def fetch(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8"), dict(exc.headers)


def raw_get(server: DevServer, path: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection(
        "127.0.0.1", server._httpd.server_address[1], timeout=10
    )
    connection.request("GET", path)
    return connection.getresponse()


def wait_for(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("base_url", "prefix"),
    [
        ("", "/"),
        ("https://example.org", "/"),
        ("https://example.org/", "/"),
        ("https://example.org/arsip", "/arsip/"),
        ("https://example.org/a/b/", "/a/b/"),
        ("https://example.org/arsip berita", "/arsip%20berita/"),
    ],
)
def test_prefix_comes_from_the_base_url_path(base_url, prefix):
    assert site_prefix(base_url) == prefix


def test_serves_on_loopback_under_the_sub_path(server):
    """127.0.0.1 only; / redirects to the sub-path; pages carry the reload tag."""
    assert server._httpd.server_address[0] == "127.0.0.1"
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/arsip/")
    status, body, headers = fetch(server.url)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert re.search(
        r'<script src="/arsip/__netralitas/reload.js" data-build="1" data-server="\w+"></script></body>',
        body,
    )
    response = raw_get(server, "/")
    assert response.status == 302 and response.headers["Location"] == "/arsip/"
    response = raw_get(server, "/arsip")
    assert response.status == 302 and response.headers["Location"] == "/arsip/"
    status, body, _ = fetch(server.url.replace("/arsip/", "/lain/"))
    assert status == 404 and 'href="/arsip/"' in body


def test_built_files_stay_free_of_dev_code(server):
    """Only responses get the tag; the folder holds exactly what `build` writes."""
    pages = list(server.out_dir.rglob("*.html"))
    assert len(pages) > 20
    assert not [p for p in pages if "__netralitas" in p.read_text("utf-8")]


def test_files_and_folders(server):
    status, _, headers = fetch(server.url + "feed.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/xml")
    status, body, headers = fetch(server.url + "data/articles.json")
    assert (
        status == 200
        and headers["Content-Type"].startswith("application/json")
        and "__netralitas" not in body
    )
    assert headers["Cache-Control"] == "no-store"
    response = raw_get(server, "/arsip/linimasa")
    assert response.status == 302 and response.headers["Location"] == "/arsip/linimasa/"
    status, body, _ = fetch(server.url + "tidak-ada.html")
    assert status == 404 and "Halaman tidak ditemukan" in body and "reload.js" in body


@pytest.mark.parametrize(
    "path",
    ["/arsip/../../etc/passwd", "/arsip/%2e%2e/%2e%2e/etc/passwd", "/arsip/..%2f..%2fetc/passwd"],
)
def test_nothing_outside_the_output_folder(server, path):
    response = raw_get(server, path)
    assert response.status == 404 and b"root:" not in response.read()


def poll_state(server: DevServer, since: int, wait: bool = True) -> str:
    query = f"since={since}&server={server.rebuilder.server_id}" + ("&wait=1" if wait else "")
    return fetch(f"{server.url}__netralitas/build.js?{query}")[1]


def test_reload_script_and_state_endpoint(server):
    status, body, headers = fetch(server.url + "__netralitas/reload.js")
    assert (
        status == 200
        and headers["Content-Type"].startswith("text/javascript")
        and "__netralitasDev" in body
    )
    state = poll_state(server, since=0)
    assert (
        state.startswith("window.__netralitasDev && window.__netralitasDev({")
        and '"build": 1' in state
    )


def test_change_rebuilds_and_wakes_waiting_pages(server, articles):
    """A page waiting on build 1 is answered as soon as build 2 is ready."""
    path = articles / ARTICLE
    started = time.monotonic()
    path.write_text(
        path.read_text("utf-8") + "\nKalimat tambahan dari editor untuk uji.\n", "utf-8"
    )
    state = poll_state(server, since=1)
    assert '"build": 2' in state and time.monotonic() - started < 2
    wait_for(lambda: "Kalimat tambahan dari editor" in fetch(server.url + ARTICLE_PAGE)[1])
    assert any("004_0987cee8ea61e4de.txt changed" in line for line in server.logs)


def test_broken_article_shows_its_problem_and_the_server_keeps_going(server, articles):
    (articles / "rusak.md").write_text(
        "---\ndate: 2024-02-31\n---\n\nTeks berita singkat.\n", "utf-8"
    )
    wait_for(lambda: server.rebuilder.outcome.build >= 2)
    state = poll_state(server, since=0)
    assert "rusak.md:2: error: field 'date'" in state and '"errors": 1' in state
    assert fetch(server.url)[0] == 200
    (articles / "rusak.md").unlink()
    wait_for(
        lambda: server.rebuilder.outcome.problem_count == 0 and server.rebuilder.outcome.build >= 3
    )


def test_crashing_build_shows_the_error_page_until_fixed(server, articles, monkeypatch):
    """A build that raises turns pages into an error page; the next good build brings them back."""
    real = pipeline.build_site

    def crash(config, **kwargs):
        raise RuntimeError("template kaput")

    monkeypatch.setattr(pipeline, "build_site", crash)
    (articles / ARTICLE).touch()
    wait_for(lambda: server.rebuilder.outcome.failure is not None)
    status, body, _ = fetch(server.url + ARTICLE_PAGE)
    assert (
        status == 500
        and "Build gagal" in body
        and "RuntimeError: template kaput" in body
        and "reload.js" in body
    )
    assert fetch(server.url + "static/style.css")[0] == 200  # assets still served
    monkeypatch.setattr(pipeline, "build_site", real)
    (articles / ARTICLE).write_text((articles / ARTICLE).read_text("utf-8") + "\n", "utf-8")
    wait_for(lambda: server.rebuilder.outcome.failure is None)
    assert fetch(server.url + ARTICLE_PAGE)[0] == 200


def test_site_yaml_edits_are_picked_up_and_errors_shown(articles, tmp_path):
    config_file = tmp_path / "site.yaml"
    config_file.write_text(
        f"title: Arsip Satu\narticles: {articles}\ntemplates: {REPO / 'templates'}\n", "utf-8"
    )
    load = lambda: load_config(config_file)  # noqa: E731
    with DevServer(
        load(), port=0, reload_config=load, config_path=config_file, log=lambda line: None
    ) as dev:
        assert "Arsip Satu" in fetch(dev.url)[1]
        config_file.write_text(config_file.read_text("utf-8") + "judul: salah\n", "utf-8")
        wait_for(lambda: dev.rebuilder.outcome.failure is not None)
        status, body, _ = fetch(dev.url)
        assert status == 500 and f"{config_file}:4: error: unknown key &#x27;judul&#x27;" in body
        config_file.write_text(
            config_file.read_text("utf-8").replace("judul: salah\n", "").replace("Satu", "Dua"),
            "utf-8",
        )
        wait_for(lambda: "Arsip Dua" in fetch(dev.url)[1])


def test_temporary_folder_is_removed_and_given_folder_kept(articles, tmp_path):
    config = SiteConfig(articles_dir=articles, templates_dir=REPO / "templates")
    with DevServer(config, port=0, log=lambda line: None) as dev:
        temporary = dev.out_dir.parent
        assert (
            temporary.name.startswith("netralitas-serve-")
            and (dev.out_dir / "index.html").is_file()
        )
    assert not temporary.exists()  # the build's cache beside the output folder included
    with DevServer(config, port=0, out_dir=tmp_path / "pratinjau", log=lambda line: None):
        pass
    assert (tmp_path / "pratinjau" / "index.html").is_file()


def test_port_in_use_is_bad_usage(articles, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--articles", str(articles), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"netralitas-site: error: cannot serve on 127.0.0.1:{port}: "
    ) and err.endswith("try --port 0 for a free port\n")


def test_output_folder_overlapping_the_articles_is_refused(articles, capsys):
    assert main(["serve", "--articles", str(articles), "--port", "0", "--out", str(articles)]) == 2
    assert "overlap" in capsys.readouterr().err


def test_serve_command_prints_the_url_answers_and_stops(articles, tmp_path):
    """The real command: --port 0 prints the URL; SIGTERM stops it and removes its folder."""
    (tmp_path / "site.yaml").write_text(
        f"base_url: https://example.org/arsip\narticles: {articles}\n", "utf-8"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "netralitas_site", "serve", "--port", "0"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        match = re.match(
            r"Serving (http://127\.0\.0\.1:\d+/arsip/) \(built into (.+)/, removed on exit; Ctrl\+C to stop\)$",
            line,
        )
        assert match, line
        status, body, _ = fetch(match.group(1))
        assert status == 200 and "Arsip Netralitas ASN" in body
        folder = Path(match.group(2)).parent
        assert (folder / "site" / "index.html").is_file()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
            raise
    assert code == 0, process.stderr.read()
    assert not folder.exists()
