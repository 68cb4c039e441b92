"""Read `site.yaml` into a SiteConfig: every key checked, every error named as `file:line`.

Precedence: SiteConfig defaults, then the file, then command-line flags (`overrides`). Paths in
the file are relative to the file's folder, so `--config other/site.yaml` works from anywhere.
All errors are collected before failing, so one run shows every mistake in the file.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from .config import PerLanguage, SiteConfig
from .problems import Problem, error
from .sources.fields import parse_fields_file
from .urls import LANGUAGES

DEFAULT_FILE = Path("site.yaml")
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


class ConfigError(Exception):
    """The configuration cannot be used; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def _text(value) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {_show(value)}")
    return value.strip()


def _nonempty(value) -> str:
    text = _text(value)
    if not text:
        raise ValueError("must not be empty")
    return text


def _flag(value) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {_show(value)}")
    return value


def _count(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"expected a whole number of at least 1, got {_show(value)}")
    return value


def _language(value) -> str:
    text = _text(value)
    if not LANGUAGE.match(text):
        raise ValueError(f"expected a language code such as 'id' or 'en', got {_show(value)}")
    if text not in LANGUAGES:
        raise ValueError(
            f"'{text}' is not a language of the interface; choose one of {', '.join(LANGUAGES)}"
        )
    return text


def _per_language(read):
    """A reader for a text that is either the same for every language or a mapping of
    language -> text (`title: {id: Arsip Netralitas, en: Neutrality Archive}`)."""

    def read_value(value):
        if not isinstance(value, dict):
            return read(value)
        if not value:
            raise ValueError(
                "expected text, or a text per language such as {id: ..., en: ...}; got an empty mapping"
            )
        texts = []
        for lang, text in value.items():
            if lang not in LANGUAGES:
                raise ValueError(
                    f"unknown language {_show(lang)}; the interface languages are {', '.join(LANGUAGES)}"
                )
            try:
                texts.append((lang, read(text)))
            except ValueError as exc:
                raise ValueError(f"'{lang}': {exc}") from None
        return PerLanguage(tuple(texts))

    return read_value


def base_url_error(url: str) -> str | None:
    """Why `url` cannot be a base URL, or None; an empty base URL is allowed (no absolute links)."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"expected an absolute http(s) URL such as https://example.org/arsip, got {url!r}"
    if parts.query or parts.fragment:
        return f"a base URL has no '?' or '#' part, got {url!r}"
    return None


def _base_url(value) -> str:
    text = _text(value)
    problem = base_url_error(text)
    if problem:
        raise ValueError(problem)
    return text


def _folder(value) -> Path:
    return Path(_nonempty(value))


def _optional_folder(value) -> Path | None:
    return None if value is None else _folder(value)


# key in site.yaml -> (SiteConfig field, reader that validates and converts the value)
KEYS = {
    "title": ("title", _per_language(_nonempty)),
    "description": ("description", _per_language(_text)),
    "base_url": ("base_url", _base_url),
    "language": ("language", _language),
    "articles": ("articles_dir", _folder),
    "output": ("output_dir", _folder),
    "templates": ("templates_dir", _optional_folder),
    "feeds": ("feeds", _flag),
    "per_page": ("per_page", _count),
    "page_size": ("page_size", _count),
}
PATH_FIELDS = ("articles_dir", "output_dir", "templates_dir")


def _show(value) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a mapping"
    return repr(value)


def read_site_file(path: Path) -> dict:
    """SiteConfig field -> value from one site.yaml; raises ConfigError with every problem."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            [
                error(
                    str(path),
                    None,
                    "config-unreadable",
                    f"cannot read the configuration file: {exc}",
                )
            ]
        ) from None
    fields, problems = parse_fields_file(text, str(path))
    values = {}
    for key, (value, line) in fields.items():
        if key not in KEYS:
            problems.append(error(str(path), line, "config-unknown-key", _unknown(key)))
            continue
        name, reader = KEYS[key]
        try:
            values[name] = reader(value)
        except ValueError as exc:
            problems.append(error(str(path), line, "config-bad-value", f"'{key}': {exc}"))
    if problems:
        raise ConfigError(problems)
    for name in PATH_FIELDS:
        if values.get(name) is not None and not values[name].is_absolute():
            values[name] = path.parent / values[name]
    return values


def _unknown(key: str) -> str:
    close = difflib.get_close_matches(key, KEYS, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown key '{key}'{hint}; known keys: {', '.join(KEYS)}"


def load_config(config_file: Path | None = None, **overrides) -> SiteConfig:
    """SiteConfig from `config_file` (default ./site.yaml when present) and the flags given.

    Overrides whose value is None were not given on the command line and do not count.
    """
    path = config_file
    if path is None and DEFAULT_FILE.is_file():
        path = DEFAULT_FILE
    values: dict = {}
    if path is not None:
        if not path.is_file():
            raise ConfigError(
                [error(str(path), None, "config-missing", "configuration file not found")]
            )
        values = read_site_file(path)
        values["config_file"] = path
    values.update({name: value for name, value in overrides.items() if value is not None})
    return replace(SiteConfig(), **values)
