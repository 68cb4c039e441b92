"""site.yaml: read, validated with file:line errors, overridden by flags."""

import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from conftest import REPO, SEEDS_DIR
from netralitas_site.config import PerLanguage, SiteConfig, in_language
from netralitas_site.siteconfig import KEYS, ConfigError, load_config, read_site_file


def write(folder: Path, text: str, name: str = "site.yaml") -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def messages(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        read_site_file(path)
    return [str(p) for p in caught.value.problems]


def test_shipped_site_yaml_holds_the_archive_defaults():
    """The repository's site.yaml changes nothing a plain build relies on."""
    config = load_config(REPO / "site.yaml")
    defaults = SiteConfig()
    assert config.title == "Arsip Netralitas ASN" and config.language == "id"
    assert config.description == defaults.description
    assert config.base_url == "" and config.feeds is True and config.per_page == 20
    assert config.articles_dir == REPO / "articles" and config.output_dir == REPO / "site"


def test_every_key_maps_to_a_config_field():
    """Each site.yaml key sets a real SiteConfig field."""
    names = {f.name for f in fields(SiteConfig)}
    assert {name for name, _ in KEYS.values()} <= names


def test_unknown_key_names_file_line_and_suggests(tmp_path):
    """A misspelt key is an error at its line, with the key it probably meant."""
    path = write(tmp_path, "title: Arsip\nlanguage: id\ntitel: Arsip lain\n")
    [message] = messages(path)
    assert message.startswith(f"{path}:3: error: unknown key 'titel' (did you mean 'title'?)")
    assert "known keys: title, description, base_url" in message


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("per_page: ten", "'per_page': expected a whole number of at least 1, got 'ten'"),
        ("per_page: 0", "'per_page': expected a whole number of at least 1, got 0"),
        ("per_page: true", "'per_page': expected a whole number of at least 1, got True"),
        ("feeds: yes please", "'feeds': expected true or false, got 'yes please'"),
        ("title: [a, b]", "'title': expected text, got a list"),
        ("title: ''", "'title': must not be empty"),
        ("language: Bahasa Indonesia", "'language': expected a language code such as 'id' or 'en'"),
        ("base_url: example.org/arsip", "'base_url': expected an absolute http(s) URL"),
        ("output: 12", "'output': expected text, got 12"),
    ],
)
def test_wrong_type_is_an_error_at_its_line(tmp_path, line, expected):
    """Wrong types and values are named with file, line and what was expected."""
    path = write(tmp_path, f"# settings\n{line}\n")
    [message] = messages(path)
    assert message.startswith(f"{path}:2: error: {expected}")


def test_every_error_is_reported_at_once(tmp_path):
    """One run shows every mistake in the file, not only the first."""
    path = write(tmp_path, "titel: x\nfeeds: 1\nper_page: -3\n")
    assert [m.split(": error:")[0] for m in messages(path)] == [
        f"{path}:1",
        f"{path}:2",
        f"{path}:3",
    ]


def test_broken_yaml_and_duplicate_keys_name_the_line(tmp_path):
    path = write(tmp_path, "title: Arsip\nlanguage: [id\n")
    [message] = messages(path)
    assert message.startswith(f"{path}:3: error: YAML could not be read")
    path = write(tmp_path, "title: a\ntitle: b\n")
    assert messages(path) == [f"{path}:2: error: key 'title' is given twice; the first one is used"]


def test_top_level_must_be_a_mapping(tmp_path):
    path = write(tmp_path, "- title\n")
    assert messages(path)[0].startswith(f"{path}:1: error: expected 'key: value' lines")


def test_empty_file_means_defaults(tmp_path):
    assert load_config(write(tmp_path, "# nothing yet\n")).title == SiteConfig().title


def test_paths_are_relative_to_the_file(tmp_path):
    """--config elsewhere/site.yaml finds its folders beside the file, not the current folder."""
    (tmp_path / "proj").mkdir()
    path = write(tmp_path / "proj", "articles: teks\noutput: publik\ntemplates: tema\n")
    config = load_config(path)
    assert config.articles_dir == tmp_path / "proj" / "teks"
    assert config.output_dir == tmp_path / "proj" / "publik"
    assert config.templates_dir == tmp_path / "proj" / "tema"
    assert config.config_file == path


def test_flags_override_the_file_and_none_means_not_given(tmp_path):
    path = write(tmp_path, "base_url: https://example.org/arsip\nper_page: 5\n")
    config = load_config(path, base_url="https://other.example/x", output_dir=None)
    assert config.base_url == "https://other.example/x"
    assert config.output_dir == SiteConfig().output_dir and config.per_page == 5
    assert load_config(path, base_url="").base_url == ""


def test_default_file_is_read_from_the_current_folder(tmp_path, monkeypatch):
    write(tmp_path, "title: Arsip Uji\n")
    monkeypatch.chdir(tmp_path)
    assert load_config().title == "Arsip Uji"
    (tmp_path / "site.yaml").unlink()
    assert load_config().title == SiteConfig().title


def test_missing_config_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nope.yaml")
    assert str(caught.value) == f"{tmp_path / 'nope.yaml'}: error: configuration file not found"


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "netralitas_site", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_build_reports_config_errors_with_exit_2(tmp_path):
    """A broken site.yaml stops the build before anything is written: bad usage."""
    write(tmp_path, "title: Arsip\nlanguage: id\nper_page: banyak\n")
    result = run_cli(tmp_path, "build", "--articles", str(SEEDS_DIR))
    assert result.returncode == 2
    assert (
        "site.yaml:3: error: 'per_page': expected a whole number of at least 1, got 'banyak'"
        in result.stderr
    )
    assert not (tmp_path / "site").exists()


def test_build_uses_site_yaml_and_flags_win(tmp_path):
    """Title, base URL and output folder come from site.yaml; --out overrides the folder."""
    write(
        tmp_path,
        f"title: Arsip Uji Coba\nbase_url: https://example.org/uji\narticles: {SEEDS_DIR}\noutput: keluaran\n",
    )
    result = run_cli(tmp_path, "build", "--quiet")
    assert result.returncode == 0, result.stderr
    assert "-> keluaran/" in result.stdout
    home = (tmp_path / "keluaran" / "index.html").read_text("utf-8")
    assert "Arsip Uji Coba" in home and 'href="https://example.org/uji/index.html"' in home
    result = run_cli(tmp_path, "build", "--quiet", "--out", "lain", "--config", "site.yaml")
    assert result.returncode == 0 and (tmp_path / "lain" / "index.html").is_file()


def test_unknown_config_option_is_bad_usage(tmp_path):
    result = run_cli(tmp_path, "build", "--config", str(tmp_path / "missing.yaml"))
    assert result.returncode == 2 and "configuration file not found" in result.stderr


def test_an_unknown_interface_language_is_named(tmp_path):
    """A well-formed code the interface has no translation for is an error, naming the choices."""
    path = write(tmp_path, "title: Arsip\nlanguage: fr\n")
    assert messages(path) == [
        f"{path}:2: error: 'language': 'fr' is not a language of the interface; choose one of id, en"
    ]


def test_title_and_description_per_language(tmp_path):
    path = write(
        tmp_path,
        "title:\n  id: Arsip Uji\n  en: Test Archive\ndescription: {en: About the archive.}\n",
    )
    config = load_config(path)
    assert isinstance(config.title, PerLanguage) and isinstance(config.description, PerLanguage)
    assert (
        in_language(config.title, "en", "id") == "Test Archive"
        and in_language(config.title, "id", "id") == "Arsip Uji"
    )
    assert in_language(config.description, "id", "id") == "About the archive."  # the only one given
    assert (
        in_language(load_config(write(tmp_path, "title: Satu Judul\n")).title, "en", "id")
        == "Satu Judul"
    )
    path = write(tmp_path, "title: {id: Arsip, fr: Archives}\ndescription: {}\n")
    assert messages(path) == [
        f"{path}:1: error: 'title': unknown language 'fr'; the interface languages are id, en",
        f"{path}:2: error: 'description': expected text, or a text per language such as {{id: ..., en: ...}}; got an empty mapping",
    ]
    assert messages(write(tmp_path, "title: {en: ''}\n")) == [
        f"{tmp_path / 'site.yaml'}:1: error: 'title': 'en': must not be empty"
    ]


def test_english_at_the_root_with_a_title_per_language(tmp_path):
    """`language: en` puts the English pages at the root and the Indonesian ones under id/; each
    shows its own title; every internal link still lands on a file."""
    from test_build import internal_refs

    write(
        tmp_path,
        f"title: {{id: Arsip Uji Coba, en: Test Archive}}\nlanguage: en\narticles: {SEEDS_DIR}\n"
        "base_url: https://example.org/uji\n",
    )
    result = run_cli(tmp_path, "build", "--quiet")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    home, home_id = (
        (site / "index.html").read_text("utf-8"),
        (site / "id" / "index.html").read_text("utf-8"),
    )
    assert home.startswith('<!DOCTYPE html>\n<html lang="en">') and home_id.startswith(
        '<!DOCTYPE html>\n<html lang="id">'
    )
    assert "<title>Test Archive</title>" in home and "Latest articles" in home
    assert "<title>Arsip Uji Coba</title>" in home_id and "Artikel terbaru" in home_id
    assert not (site / "en").exists()
    article = "artikel/004-0987cee8ea61e4de/index.html"
    assert "Thursday, 22 October 2020" in (site / article).read_text("utf-8")
    assert "Kamis, 22 Oktober 2020" in (site / "id" / article).read_text("utf-8")
    assert 'hreflang="x-default" href="https://example.org/uji/index.html"' in home
    assert 'href="id/index.html" hreflang="id" lang="id">Bahasa Indonesia</a>' in home
    assert 'href="../index.html" hreflang="en" lang="en">English</a>' in home_id
    assert "<title>Test Archive</title>" in (site / "feed.xml").read_text("utf-8")
    assert 'data-prefix="id/"' in (site / "id" / "cari" / "index.html").read_text("utf-8")
    assert 'data-prefix=""' in (site / "cari" / "index.html").read_text("utf-8")
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        if page.name == "404.html":
            continue  # links from the site's path on the host (test_build checks them)
        for tag, attr, ref in internal_refs(page):
            target = (page.parent / ref.split("#")[0]).resolve()
            assert target.is_file() and target.is_relative_to(site.resolve()), (
                f"{page.relative_to(site)}: {tag} {attr}={ref}"
            )
