"""Live reload in a real browser: an edited article shows up in the open page by itself."""

import shutil
import time
from pathlib import Path

import pytest

from netralitas_site.config import SiteConfig
from netralitas_site.dev.serve import DevServer

REPO = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO / "articles"
ARTICLE = "004_0987cee8ea61e4de.txt"
ARTICLE_PAGE = "artikel/004-0987cee8ea61e4de/index.html"
RELOAD_BUDGET_MS = 2000
CSP = (
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
    "style-src 'self'; img-src 'self'\">"
)


@pytest.fixture
def site_sources(tmp_path):
    """Copies of the seed articles and the templates, free to edit and break."""
    shutil.copytree(SEEDS_DIR, tmp_path / "articles")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    return tmp_path / "articles", tmp_path / "templates"


@pytest.fixture
def dev_server(site_sources):
    articles, templates = site_sources
    config = SiteConfig(
        articles_dir=articles, templates_dir=templates, base_url="https://example.org/arsip"
    )
    server = DevServer(config, port=0, log=lambda line: None)
    server.start()
    yield server
    server.stop()


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def seconds_until_shown(page, text: str, edit) -> float:
    started = time.perf_counter()
    edit()
    page.wait_for_function(
        "t => document.body.innerText.includes(t)", arg=text, timeout=RELOAD_BUDGET_MS
    )
    return time.perf_counter() - started


def test_edited_article_appears_without_a_manual_reload(dev_server, page):
    """Within 2 seconds of saving, the open article page shows the new sentence."""
    page.goto(dev_server.url + ARTICLE_PAGE)
    assert page.url.startswith("http://127.0.0.1:") and "/arsip/artikel/" in page.url
    latencies = []
    for n in range(3):
        sentence = f"Kalimat baru nomor {n} dari editor arsip."
        latencies.append(
            seconds_until_shown(
                page,
                sentence,
                lambda sentence=sentence: append(
                    dev_server.config.articles_dir / ARTICLE, f"\n{sentence}\n"
                ),
            )
        )
    print(f"reload latency: {', '.join(f'{s * 1000:.0f} ms' for s in latencies)}")
    assert max(latencies) < RELOAD_BUDGET_MS / 1000


def test_reload_works_under_a_strict_content_security_policy(site_sources, page):
    """Pages that allow only the site's own scripts still reload and show problems."""
    articles, templates = site_sources
    base = templates / "base.html"
    base.write_text(base.read_text("utf-8").replace("<head>", "<head>\n" + CSP, 1), "utf-8")
    blocked = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    config = SiteConfig(
        articles_dir=articles, templates_dir=templates, base_url="https://example.org/arsip"
    )
    with DevServer(config, port=0, log=lambda line: None) as server:
        page.goto(server.url + ARTICLE_PAGE)
        assert CSP.split(" content")[0] in page.content()
        sentence = "Kalimat di bawah kebijakan keamanan konten."
        seconds_until_shown(page, sentence, lambda: append(articles / ARTICLE, f"\n{sentence}\n"))
        (articles / "rusak.md").write_text("---\ndate: 2024-02-31\n---\n\nTeks singkat.\n", "utf-8")
        page.wait_for_selector("#netralitas-dev-problems li", timeout=5000)
    assert blocked == []


def test_broken_article_shows_its_problem_over_the_page(dev_server, page):
    """The page stays up and lists the build's errors until they are fixed."""
    page.goto(dev_server.url)
    broken = dev_server.config.articles_dir / "rusak.md"
    broken.write_text("---\ndate: 2024-02-31\nwarna: merah\n---\n\nTeks berita singkat.\n", "utf-8")
    overlay = page.locator("#netralitas-dev-problems")
    overlay.wait_for(timeout=5000)
    assert "2 galat" in overlay.inner_text()
    items = overlay.locator("li").all_inner_texts()
    assert any(
        "rusak.md:2: error: field 'date'" in item for item in items
    )  # the path as the command line prints it
    assert any("rusak.md:3: error: unknown field 'warna'" in item for item in items)
    assert page.locator("h1, .site-title").first.is_visible()  # the site is still there underneath
    broken.unlink()
    overlay.wait_for(state="detached", timeout=5000)


def test_crashing_build_shows_the_error_page_and_recovers(dev_server, page):
    """A broken template: the error page, then the site again once the template is fixed."""
    page.goto(dev_server.url + ARTICLE_PAGE)
    base = dev_server.config.templates() / "base.html"
    good = base.read_text("utf-8")
    base.write_text(good.replace("</head>", "{% if %}</head>", 1), "utf-8")
    page.wait_for_function("() => document.title === 'Build gagal'", timeout=5000)
    shown = page.inner_text("pre")
    assert f"{base}:" in shown and ": error: template syntax:" in shown and "Traceback" not in shown
    base.write_text(good, "utf-8")
    page.wait_for_function("() => document.title !== 'Build gagal'", timeout=5000)
    assert "/arsip/artikel/004-0987cee8ea61e4de/" in page.url and page.locator("h1").count() == 1
