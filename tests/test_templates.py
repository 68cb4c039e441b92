"""Templates: a user's folder overrides the shipped one file by file, both key the build, and a
broken template is named by file and line, never with a traceback."""

import pickle
import shutil
import urllib.error
import urllib.request
from pathlib import Path

from conftest import SEEDS_DIR, build
from netralitas_site.config import SHIPPED_TEMPLATES, SiteConfig
from netralitas_site.dev.serve import DevServer
from netralitas_site.pipeline import _site_key, template_static_files
from netralitas_site.problems import error
from netralitas_site.site.render import TemplateFailure

ARTICLE_PAGE = "artikel/004-0987cee8ea61e4de/index.html"
MARK = '<p class="tema-saya">Tema buatan redaksi</p>'


def own_base(folder: Path, edit=None) -> Path:
    """`folder` holding only a base.html: the shipped one with a mark of the user's in its footer."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (
        (SHIPPED_TEMPLATES / "base.html")
        .read_text("utf-8")
        .replace("</footer>", MARK + "\n</footer>")
    )
    text = edit(text) if edit else text
    (folder / "base.html").write_text(text, "utf-8")
    return folder / "base.html"


def line_of(path: Path, needle: str) -> int:
    return next(
        n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line
    )


def test_a_folder_with_only_base_html_overrides_it_and_the_rest_falls_back(tmp_path):
    theme = tmp_path / "tema"
    own_base(theme)
    out = tmp_path / "site"
    result = build(SEEDS_DIR, out, "--templates", str(theme))
    assert result.returncode == 0, result.stderr
    home = (out / "index.html").read_text("utf-8")
    assert (
        MARK in home and "Artikel terbaru" in home
    )  # the user's base around the shipped home.html
    assert MARK in (out / ARTICLE_PAGE).read_text("utf-8") and MARK in (
        out / "en" / ARTICLE_PAGE
    ).read_text("utf-8")
    assert {p.name for p in (out / "static").iterdir()} >= {"style.css", "search.js", "favicon.svg"}
    # the user's folder is an input of the build: emptying it brings the shipped base back
    (theme / "base.html").unlink()
    result = build(SEEDS_DIR, out, "--templates", str(theme))
    assert result.returncode == 0, result.stderr
    assert MARK not in (out / "index.html").read_text("utf-8") and MARK not in (
        out / ARTICLE_PAGE
    ).read_text("utf-8")
    assert sorted(p.name for p in theme.iterdir()) == []  # nothing written into the user's folder


def test_a_static_file_of_the_users_replaces_the_shipped_one_only(tmp_path):
    theme = tmp_path / "tema"
    (theme / "static").mkdir(parents=True)
    (theme / "static" / "style.css").write_text("body { color: #123456; }\n", "utf-8")
    out = tmp_path / "site"
    result = build(SEEDS_DIR, out, "--templates", str(theme))
    assert result.returncode == 0, result.stderr
    assert (out / "static" / "style.css").read_text("utf-8") == "body { color: #123456; }\n"
    shipped = SHIPPED_TEMPLATES / "static"
    assert (out / "static" / "search.js").read_bytes() == (shipped / "search.js").read_bytes()
    assert (out / "static" / "favicon.svg").read_bytes() == (shipped / "favicon.svg").read_bytes()


def test_an_output_folder_inside_the_users_templates_is_refused(tmp_path):
    theme = tmp_path / "tema"
    own_base(theme)
    result = build(SEEDS_DIR, theme / "site", "--templates", str(theme))
    assert result.returncode == 2 and "overlap" in result.stderr
    assert sorted(p.name for p in theme.iterdir()) == ["base.html"]


def test_a_missing_templates_folder_is_bad_usage(tmp_path):
    result = build(SEEDS_DIR, tmp_path / "site", "--templates", str(tmp_path / "tidak-ada"))
    assert (
        result.returncode == 2
        and f"templates folder not found: {tmp_path / 'tidak-ada'}" in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_each_folder_of_the_search_path_keys_the_build(tmp_path):
    """Editing the user's folder or the one it falls back to changes what every page is keyed on."""
    user, shipped = tmp_path / "tema", tmp_path / "bawaan"
    shutil.copytree(SHIPPED_TEMPLATES, shipped)
    own_base(user)
    config = SiteConfig(templates_dir=user)
    first = _site_key(config, (user, shipped))
    (shipped / "home.html").write_text(
        (shipped / "home.html").read_text("utf-8") + "<!-- diubah -->\n", "utf-8"
    )
    second = _site_key(config, (user, shipped))
    (user / "home.html").write_text("{% extends 'base.html' %}\n", "utf-8")
    third = _site_key(config, (user, shipped))
    assert len({first, second, third}) == 3
    (shipped / "static" / "search.js").write_text("/* diganti */\n", "utf-8")
    assert _site_key(config, (user, shipped)) != third
    assert template_static_files((user, shipped))["static/search.js"] == b"/* diganti */\n"


def test_the_search_path_puts_the_users_folder_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert SiteConfig().template_folders() == (SHIPPED_TEMPLATES,)  # no ./templates here
    (tmp_path / "templates").mkdir()
    assert SiteConfig().template_folders() == (Path("templates"), SHIPPED_TEMPLATES)
    assert SiteConfig(templates_dir=tmp_path / "x").template_folders() == (
        tmp_path / "x",
        SHIPPED_TEMPLATES,
    )
    assert SiteConfig(templates_dir=SHIPPED_TEMPLATES).template_folders() == (SHIPPED_TEMPLATES,)


def test_a_syntax_error_is_named_by_file_and_line_and_the_live_site_is_kept(tmp_path):
    theme = tmp_path / "tema"
    out = tmp_path / "site"
    assert build(SEEDS_DIR, out).returncode == 0
    before = (out / "index.html").read_bytes()
    base = own_base(theme, lambda text: text.replace('<main id="isi">', '<main id="isi">{% if %}'))
    result = build(SEEDS_DIR, out, "--templates", str(theme))
    assert result.returncode == 1
    assert f"{base}:{line_of(base, '{% if %}')}: error: template syntax:" in result.stderr, (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert (out / "index.html").read_bytes() == before


def test_an_undefined_attribute_is_named_at_the_template_line(tmp_path):
    theme = tmp_path / "tema"
    base = own_base(theme, lambda text: text.replace(MARK, "<p>{{ site.penerbit.nama }}</p>"))
    result = build(SEEDS_DIR, tmp_path / "site", "--templates", str(theme))
    assert result.returncode == 1
    assert f"{base}:{line_of(base, 'site.penerbit.nama')}: error: " in result.stderr, result.stderr
    assert "'penerbit'" in result.stderr and "Traceback" not in result.stderr


def test_an_error_in_a_rendering_worker_reaches_the_build_as_a_problem(tmp_path, synthetic_corpus):
    """Enough pages to render in worker processes: the failure crosses the process boundary."""
    articles, _ = synthetic_corpus
    theme = tmp_path / "tema"
    theme.mkdir()
    article = theme / "article.html"
    text = (SHIPPED_TEMPLATES / "article.html").read_text("utf-8")
    article.write_text(
        text.replace("{% block content %}", "{% block content %}{{ article.rubrik.nama }}", 1),
        "utf-8",
    )
    result = build(articles, tmp_path / "site", "--templates", str(theme), "--jobs", "2", "--quiet")
    assert result.returncode == 1
    assert f"{article}:{line_of(article, 'article.rubrik.nama')}: error: " in result.stderr, (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_a_template_failure_survives_pickling():
    failure = TemplateFailure([error("tema/base.html", 3, "template-error", "'x' is undefined")])
    again = pickle.loads(pickle.dumps(failure))
    assert (
        again.problems == failure.problems
        and str(again) == "tema/base.html:3: error: 'x' is undefined"
    )


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def test_serve_shows_a_template_error_and_keeps_serving(tmp_path):
    theme = tmp_path / "tema"
    base = own_base(theme, lambda text: text.replace(MARK, "<p>{{ site.penerbit.nama }}</p>"))
    logs = []
    dev = DevServer(
        SiteConfig(articles_dir=SEEDS_DIR, templates_dir=theme), port=0, log=logs.append
    )
    try:
        dev.start()
        failure = dev.rebuilder.outcome.failure
        assert failure and failure.startswith(
            f"{base}:{line_of(base, 'site.penerbit.nama')}: error: "
        ), failure
        assert "Traceback" not in failure and "Traceback" not in "\n".join(logs)
        status, page = fetch(dev.url + "index.html")
        assert (
            status == 500 and f"{base.name}:{line_of(base, 'site.penerbit.nama')}: error:" in page
        )
        own_base(theme)  # fixed
        outcome = dev.rebuild("base.html changed")
        assert outcome.failure is None
        status, page = fetch(dev.url + "index.html")
        assert status == 200 and MARK in page
    finally:
        dev.stop()
