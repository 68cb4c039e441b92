"""`netralitas-site serve`: build, serve on loopback under the site's sub-path, rebuild on change.

The site is built into a fresh temporary folder (removed on exit) unless an output folder is
given, and served at the path of the base URL (https://example.org/arsip -> /arsip/), so links
behave as they will when published. Only HTML responses get the live-reload tag; the files on
disk are exactly what `build` writes.
"""

from __future__ import annotations

import mimetypes
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from ..config import SiteConfig
from ..engine.output_paths import check_output_dir
from ..urls import site_prefix
from .livereload import DEV_DIR, RELOAD_JS, error_page, inject, reload_tag, state_script
from .rebuilder import Outcome, Rebuilder
from .watcher import Watcher

HOST = "127.0.0.1"  # loopback only: the preview is for the editor, not the network
POLL_SECONDS = 20.0  # how long a page's poll waits for a new build before asking again
TYPES = {
    ".xml": "application/xml",
    ".json": "application/json",
    ".csv": "text/csv",
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html",
    ".txt": "text/plain",
    ".svg": "image/svg+xml",
}


class DevServer:
    """Build once, then serve and rebuild on change until `stop()`; usable as a context manager."""

    def __init__(
        self,
        config: SiteConfig,
        port: int = 8000,
        out_dir: Path | None = None,
        reload_config: Callable[[], SiteConfig] | None = None,
        config_path: Path | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.temporary = out_dir is None
        self.out_dir = out_dir  # a temporary folder is made by start()
        self._temporary_root: Path | None = None
        self.config = config
        self.prefix = site_prefix(config.base_url)
        self.port = port
        self.rebuilder = Rebuilder()
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self._reload_config = reload_config
        self.config_error: str | None = None  # why the edited site.yaml cannot be used
        self._watcher = Watcher(self, config_path)
        self._httpd: DevHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self.ahead: dict[str, bytes] = {}  # pages made ahead of the running build (preview.py)
        self._ahead_lock = threading.Lock()
        self._ahead_made = 0  # how many times pages were made ahead
        self._wanted = threading.Event()  # a build is asked for
        self._busy = threading.Event()  # the build loop is building
        self._reasons: list[str] = []  # why, since the last build started
        self._stopping = threading.Event()

    @property
    def url(self) -> str:
        assert self._httpd is not None  # bound by start()
        return f"http://{HOST}:{self._httpd.server_address[1]}{self.prefix}"

    def start(self) -> DevServer:
        """Bind (fails fast when the port is taken), build once, then serve and watch in threads."""
        try:
            self._httpd = DevHTTPServer((HOST, self.port), Handler, self)
            if self.temporary:  # the build's cache (<out>.cache) then lands inside it too
                self._temporary_root = Path(tempfile.mkdtemp(prefix="netralitas-serve-"))
                self.out_dir = self._temporary_root / "site"
            assert self.out_dir is not None  # given, or the temporary folder just made
            self.config = replace(self.config, output_dir=self.out_dir)
            check_output_dir(
                self.out_dir, [self.config.articles_dir, *self.config.template_folders()]
            )
            self._watcher.snapshot()
            self.rebuild("start")
        except BaseException:
            self.stop()
            raise
        self._spawn(self._httpd.serve_forever, "netralitas-http")
        self._spawn(self._build_loop, "netralitas-build")
        self._spawn(self._watcher.run, "netralitas-watch")
        self._watcher.ready.wait(timeout=5)
        return self

    def _spawn(self, target, name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def changed(self, reason: str, paths: list[str] | None = None) -> None:
        """What the watcher saw change: when `paths` are edits of articles, their pages are shown
        at once, made ahead of the build (dev/preview.py), even while a build runs; then a build
        is asked for (one for every burst of saves made while another runs)."""
        if paths and not self.config_error:
            self._show_ahead(paths, reason)
        with self._ahead_lock:
            self._reasons.append(reason)
        self._wanted.set()

    def _build_loop(self) -> None:
        """Build whenever asked (`changed`), one build at a time, until the server stops."""
        while not self._stopping.is_set():
            if not self._wanted.wait(timeout=0.25):
                continue
            self._busy.set()  # before the request is taken: never idle in between
            try:
                self._wanted.clear()
                with self._ahead_lock:
                    reasons, self._reasons = self._reasons, []
                if reasons and not self._stopping.is_set():
                    self.rebuild("; ".join(dict.fromkeys(reasons)))
            finally:
                self._busy.clear()

    def idle(self) -> bool:
        """No build asked for nor running (what a test or a tool waits for after a save)."""
        return not self._wanted.is_set() and not self._busy.is_set()

    def rebuild(self, reason: str) -> Outcome:
        """Build again, now, in this thread."""
        if self.config_error:  # the error page stays until site.yaml is fixed
            return self.rebuilder.outcome
        made = self._ahead_made
        try:
            outcome = self.rebuilder.build(self.config)
        finally:
            with self._ahead_lock:
                if self._ahead_made == made:  # none made since the build started: it wrote them
                    self.ahead = {}  # (or it failed, and every page shows why)
        if outcome.failure:
            self.log(
                f"build failed ({reason}); the pages show the error:\n{outcome.failure.rstrip()}"
            )
        else:
            for line in outcome.problems:
                self.log(line)
            self.log(f"{outcome.summary} ({reason})")
        return outcome

    def _show_ahead(self, changed: list[str], reason: str) -> None:
        from .preview import article_pages

        resident = self.rebuilder.resident
        if resident is None or self.rebuilder.outcome.failure:
            return
        started = time.perf_counter()
        try:
            pages = article_pages(resident, changed)
        except Exception as exc:  # never in the way of the build that follows
            self.log(
                f"edited pages not made ahead ({type(exc).__name__}: {exc}); the build follows"
            )
            return
        if pages:
            with self._ahead_lock:
                self.ahead = {**self.ahead, **pages}  # with those of earlier saves not built yet
                self._ahead_made += 1
            seconds = time.perf_counter() - started
            summary = f"edited pages shown in {seconds:.2f} s, the site follows ({reason})"
            self.rebuilder.preview(summary)
            self.log(summary)

    def config_changed(self) -> bool:
        """Re-read site.yaml; True when the folders to watch changed. Errors go to the pages."""
        from ..siteconfig import ConfigError

        if self._reload_config is None:
            return False
        assert self.out_dir is not None  # set by start(), before the watcher runs
        try:
            config = replace(self._reload_config(), output_dir=self.out_dir)
        except ConfigError as exc:
            self.config_error = str(exc)
            self.rebuilder.publish(failure=self.config_error)
            self.log(f"configuration not used:\n{exc}")
            return False
        self.config_error = None
        moved = (config.articles_dir, config.template_folders()) != (
            self.config.articles_dir,
            self.config.template_folders(),
        )
        if site_prefix(config.base_url) != self.prefix:
            self.log("the base URL's path changed; restart serve to serve under the new path")
        self.config = config
        return moved

    def stop(self) -> None:
        """Stop serving and watching, release waiting pages, remove the temporary folder."""
        self._watcher.stop()
        self._stopping.set()
        self._wanted.set()
        self.rebuilder.close()
        if self._httpd is not None:
            if any(t.name == "netralitas-http" for t in self._threads):
                self._httpd.shutdown()
            self._httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()
        if self._temporary_root is not None:
            shutil.rmtree(self._temporary_root, ignore_errors=True)

    def __enter__(self) -> DevServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class DevHTTPServer(ThreadingHTTPServer):
    """The HTTP server, knowing its DevServer; a thread per request, none outliving the process."""

    daemon_threads = True

    def __init__(self, address, handler, dev: DevServer) -> None:
        super().__init__(address, handler)
        self.dev = dev


class Handler(BaseHTTPRequestHandler):
    """Files of the built site under the prefix, HTML with the reload tag, and the dev endpoints."""

    server_version = "netralitas-serve"
    server: DevHTTPServer  # the server that made this handler

    def do_GET(self) -> None:
        self.respond(head=False)

    def do_HEAD(self) -> None:
        self.respond(head=True)

    def log_message(self, format, *args) -> None:
        pass

    @property
    def dev(self) -> DevServer:
        return self.server.dev

    def respond(self, head: bool) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        prefix = unquote(self.dev.prefix)
        if f"/{DEV_DIR}" in path:
            return self.dev_file(path.split(f"/{DEV_DIR}", 1)[1], parse_qs(parts.query), head)
        if not (path + "/").startswith(prefix):
            if path == "/":
                return self.redirect(self.dev.prefix)
            return self.not_here(head)
        if path + "/" == prefix:
            return self.redirect(self.dev.prefix)
        self.site_file(path[len(prefix) :], parts.path, head)

    def site_file(self, rel: str, raw_path: str, head: bool) -> None:
        out = self.dev.out_dir
        assert out is not None  # set by start(), before serving
        pieces = [p for p in rel.split("/") if p not in ("", ".")]
        if any(p == ".." or "\\" in p or "\0" in p for p in pieces):
            return self.page_not_found(head)
        target = out.joinpath(*pieces)
        if target.is_dir():
            if not raw_path.endswith("/"):
                return self.redirect(raw_path + "/")
            target = target / "index.html"
        if not target.is_file() or not target.resolve().is_relative_to(out.resolve()):
            return self.page_not_found(head)
        outcome = self.dev.rebuilder.outcome
        if target.suffix == ".html":
            if outcome.failure:
                return self.failed(outcome, head)
            ahead = self.dev.ahead.get(target.relative_to(out).as_posix())
            page = target.read_bytes() if ahead is None else ahead
            return self.send(HTTPStatus.OK, self.with_reload(page, outcome), "text/html", head)
        self.send(HTTPStatus.OK, target.read_bytes(), content_type(target), head)

    def with_reload(self, page: bytes, outcome: Outcome) -> bytes:
        return inject(
            page, reload_tag(self.dev.prefix, outcome.build, self.dev.rebuilder.server_id)
        )

    def failed(self, outcome: Outcome, head: bool) -> None:
        assert outcome.failure is not None  # only a failed build's outcome comes here
        tag = reload_tag(self.dev.prefix, outcome.build, self.dev.rebuilder.server_id)
        self.send(
            HTTPStatus.INTERNAL_SERVER_ERROR, error_page(outcome.failure, tag), "text/html", head
        )

    def page_not_found(self, head: bool) -> None:
        outcome = self.dev.rebuilder.outcome
        if outcome.failure:
            return self.failed(outcome, head)
        assert self.dev.out_dir is not None  # set by start(), before serving
        page = self.dev.out_dir / "404.html"
        body = (
            page.read_bytes()
            if page.is_file()
            else b"<!doctype html><title>404</title><h1>Halaman tidak ditemukan</h1>"
        )
        self.send(HTTPStatus.NOT_FOUND, self.with_reload(body, outcome), "text/html", head)

    def not_here(self, head: bool) -> None:
        prefix = self.dev.prefix
        body = (
            f'<!doctype html><html lang="id"><meta charset="utf-8"><title>404</title>'
            f'<p>Situs ini disajikan di <a href="{prefix}">{prefix}</a> (jalur dari base URL).</p></html>'
        ).encode()
        self.send(HTTPStatus.NOT_FOUND, body, "text/html", head)

    def dev_file(self, name: str, query: dict, head: bool) -> None:
        rebuilder = self.dev.rebuilder
        if name == "reload.js":
            return self.send(HTTPStatus.OK, RELOAD_JS.encode(), "text/javascript", head)
        if name == "build.js":
            outcome = rebuilder.outcome
            if query.get("wait") and not head:
                since = _int(query.get("since", [""])[0])
                outcome = rebuilder.wait(since, query.get("server", [""])[0], POLL_SECONDS)
            return self.send(
                HTTPStatus.OK, state_script(rebuilder.state(outcome)), "text/javascript", head
            )
        self.send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain", head)

    def redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def send(self, status: HTTPStatus, body: bytes, ctype: str, head: bool) -> None:
        if ctype.startswith("text/") or ctype in ("application/xml", "application/json"):
            ctype += "; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the browser went away (a page reloaded mid-poll)


def content_type(path: Path) -> str:
    return (
        TYPES.get(path.suffix.lower())
        or mimetypes.guess_type(path.name)[0]
        or "application/octet-stream"
    )


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return -1
