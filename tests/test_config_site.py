"""site.yaml: read, validated with file:line errors, overridden by flags."""

import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from conftest import REPO, SEEDS_DIR
from netralitas_site.config import SiteConfig
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
    assert [m.split(": error:")[0] for m in messages(path)] == [f"{path}:1", f"{path}:2", f"{path}:3"]


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
    return subprocess.run([sys.executable, "-m", "netralitas_site", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_build_reports_config_errors_with_exit_2(tmp_path):
    """A broken site.yaml stops the build before anything is written: bad usage."""
    write(tmp_path, "title: Arsip\nlanguage: id\nper_page: banyak\n")
    result = run_cli(tmp_path, "build", "--articles", str(SEEDS_DIR))
    assert result.returncode == 2
    assert "site.yaml:3: error: 'per_page': expected a whole number of at least 1, got 'banyak'" in result.stderr
    assert not (tmp_path / "site").exists()


def test_build_uses_site_yaml_and_flags_win(tmp_path):
    """Title, base URL and output folder come from site.yaml; --out overrides the folder."""
    write(tmp_path, f"title: Arsip Uji Coba\nbase_url: https://example.org/uji\narticles: {SEEDS_DIR}\noutput: keluaran\n")
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
