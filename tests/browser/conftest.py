"""Debian's chromium driven by Playwright; no browser download (CI installs the `chromium` package)."""

import os
import shutil
import threading
from contextlib import ExitStack, contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--allow-file-access-from-files",
]


def chromium_path() -> str | None:
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


@pytest.fixture(scope="session")
def playwright_driver():
    path = chromium_path()
    if path is None:
        message = "Debian chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright, path


@pytest.fixture(scope="session")
def browser(playwright_driver):
    playwright, path = playwright_driver
    browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


SUB_PATH = "/arsip/"


class SubPathHandler(SimpleHTTPRequestHandler):
    """Serves the site folder under SUB_PATH only, like a host publishing it at a sub-path."""

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / ".no-such-file")
        return super().translate_path("/" + path[len(SUB_PATH) :])

    def log_message(self, *args):
        pass


@contextmanager
def serve(folder: Path):
    """`folder` over http://127.0.0.1:<port>/arsip/ from a thread in this process; yields the root URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SubPathHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def served_seed_site(seed_site):
    """The seed site as a static host under a sub-path serves it."""
    with serve(seed_site) as root:
        yield root


@pytest.fixture
def static_host():
    """A function serving a folder under /arsip/ for the rest of the test; returns the root URL."""
    with ExitStack() as stack:
        yield lambda folder: stack.enter_context(serve(folder))


@pytest.fixture(params=["file", "http"])
def site(request, seed_site):
    """The built seed site as a reader meets it: opened from disk, or served under /arsip/.
    `site.url(path)` is the address of a page; `site.mode` is 'file' or 'http'."""
    if request.param == "file":
        return SiteUnderTest("file", seed_site.resolve().as_uri() + "/", seed_site)
    return SiteUnderTest("http", request.getfixturevalue("served_seed_site"), seed_site)


class SiteUnderTest:
    def __init__(self, mode: str, root: str, folder: Path):
        self.mode, self.root, self.folder = mode, root, folder

    def url(self, path: str) -> str:
        return self.root + path


@pytest.fixture(scope="session")
def reader_browser(playwright_driver):
    """Chromium as readers run it: without --allow-file-access-from-files, so a page opened from
    disk cannot fetch() its neighbours, exactly as for a user double-clicking index.html."""
    playwright, path = playwright_driver
    args = [a for a in CHROMIUM_ARGS if a != "--allow-file-access-from-files"]
    browser = playwright.chromium.launch(executable_path=path, args=args, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def watched_page(reader_browser):
    """A page that records dialogs, uncaught errors and console errors (CSP violations included)."""
    context = reader_browser.new_context()
    page = context.new_page()
    page.problems = []
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: page.problems.append(f"pageerror: {e}"))
    page.on(
        "console",
        lambda m: (
            page.problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning")
            else None
        ),
    )
    yield page
    context.close()
