"""Interface translations: Indonesian is the source language of the templates; other languages
come from Babel catalogs in `locale/<lang>/LC_MESSAGES/messages.po`.

The .po files are the only thing kept in the repository: they are compiled to .mo in memory at
build time, so a translator edits one text file and nothing binary can go stale.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "id"


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalog for `lang`; the source language (and an unknown one) translate to themselves."""
    path = catalog_path(lang)
    if lang == SOURCE_LANGUAGE or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer)


def template_messages(templates_dir: Path) -> dict[str, list[str]]:
    """Every translatable string in the templates -> where it is used ('file:line')."""
    from babel.messages.extract import extract_from_dir

    found: dict[str, list[str]] = {}
    method_map = [("**.html", "jinja2.ext:babel_extract")]
    options = {
        "**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}
    }
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(templates_dir), method_map, options
    ):
        msgid = message if isinstance(message, str) else message[0]
        found.setdefault(msgid, []).append(f"{filename}:{lineno}")
    return found


def missing_translations(templates_dir: Path, lang: str) -> list[str]:
    """Template strings the `lang` catalog has no translation for."""
    with catalog_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    return sorted(
        m
        for m in template_messages(templates_dir)
        if not ((message := catalog.get(m)) and message.string)
    )
