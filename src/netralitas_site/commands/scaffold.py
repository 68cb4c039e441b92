"""`netralitas-site new`: a new article file with front matter, ready for the editor to fill.

The lead is pre-written in the shape the extractors read ("Outlet – Rabu, 6 November 2024 –"),
so the new file builds without problems before the editor has written a word, and the editor
sees how a lead is written.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import yaml
from babel.dates import format_date
from slugify import slugify

MAX_SLUG = 60


class ScaffoldError(Exception):
    """The article file could not be created; nothing was written."""


def parse_date(text: str) -> dt.date:
    """A date written YYYY-MM-DD; ValueError with a message a person can act on otherwise."""
    text = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"'{text}' is not a date written YYYY-MM-DD (e.g. 2024-11-06)")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a day of the calendar") from None


def file_name(title: str, day: dt.date) -> str:
    """'2024-11-06-judul-berita.md': the date first, so a folder listing sorts by date."""
    slug = slugify(title, max_length=MAX_SLUG, word_boundary=True) or "artikel"
    return f"{day.isoformat()}-{slug}.md"


def article_text(title: str, day: dt.date, outlet: str) -> str:
    front = _field("title", title) + f"date: {day.isoformat()}\n" + _field("outlet", outlet)
    written = format_date(day, "EEEE, d MMMM y", locale="id")
    return (
        f"---\n{front}---\n\n"
        f"{outlet} – {written} – Tulis paragraf pembuka di sini: siapa, apa, di mana dan kapan.\n\n"
        "Tulis isi berita di sini, satu paragraf per baris. Kutipan ditulis dengan tanda petik, "
        "lalu siapa yang mengatakannya.\n"
    )


def _field(key: str, value: str) -> str:
    """One `key: value` line, quoted by YAML when the value needs it ('Judul: sub')."""
    return yaml.safe_dump({key: value}, allow_unicode=True, width=10_000)


def create_article(articles_dir: Path, title: str, day: dt.date, outlet: str) -> Path:
    """Write the new file; refuses to replace an existing one (a race included: O_EXCL)."""
    if not title.strip():
        raise ScaffoldError("the title must not be empty")
    if not outlet.strip():
        raise ScaffoldError("--outlet must not be empty")
    path = articles_dir / file_name(title, day)
    data = article_text(title.strip(), day, outlet.strip()).encode("utf-8")
    articles_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise ScaffoldError(
            f"{path} already exists; not overwritten (choose another title or edit that file)"
        ) from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return path
