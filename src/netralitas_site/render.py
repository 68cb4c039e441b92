"""The Jinja environment: autoescaped, strict, with relative `url` links and Indonesian dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape

from .urls import relative_url

LOCALE = "id"


@pass_context
def _url(context, target: str) -> str:
    return relative_url(target, context["page_path"])


def long_date(value: date | None, locale: str = LOCALE) -> str:
    """'Rabu, 6 November 2024' (Babel, never the OS locale)."""
    if value is None:
        return "tanpa tanggal" if locale == "id" else "undated"
    return format_date(value, "EEEE, d MMMM y", locale=locale)


def short_date(value: date | None, locale: str = LOCALE) -> str:
    if value is None:
        return "—"
    return format_date(value, "d MMM y", locale=locale)


def month_name(value: date, locale: str = LOCALE) -> str:
    return format_date(value, "MMMM y", locale=locale)


def make_environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["url"] = _url
    env.filters["long_date"] = long_date
    env.filters["short_date"] = short_date
    env.filters["month_name"] = month_name
    return env


def render_page(env: Environment, template: str, page_path: str, context: dict) -> str:
    return env.get_template(template).render(page_path=page_path, **context)
