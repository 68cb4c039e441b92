"""Apply what the user wrote in front matter or a side file: a given field always wins.

Every field is validated; a problem names the file and the line of the key. A field that cannot
be used is ignored and the extracted value stays, so the article still builds from its text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from slugify import slugify

from .extract.dateline import make_outlet
from .extract.names import person_key
from .lexicon import Lexicon
from .model import Article, Byline, DateFound, OfficialMention, Region
from .problems import Problem, error

FIELDS = ("id", "title", "date", "outlet", "dateline", "regions", "officials", "author", "editor", "initials")


def apply_corrections(article: Article, fields: dict, where: str | None, lexicon: Lexicon) -> tuple[Article, list[Problem]]:
    """`fields` is {key: (value, line)} as read by sources.parse_fields_file."""
    problems: list[Problem] = []
    changed: list[str] = []
    where = where or article.source
    for key, (value, line) in fields.items():
        handler = HANDLERS.get(key)
        if handler is None:
            problems.append(error(where, line, "unknown-field", f"unknown field '{key}'; known fields: {', '.join(FIELDS)}"))
            continue
        try:
            article = handler(article, value, lexicon)
        except ValueError as exc:
            problems.append(error(where, line, "bad-field", f"field '{key}': {exc}; the extracted value is kept"))
            continue
        changed.append(key)
    if changed:
        article = replace(article, corrected=tuple(changed))
    return article, problems


def _text(value, what: str = "text") -> str:
    if not isinstance(value, (str, int, float)) or isinstance(value, bool) or not str(value).strip():
        raise ValueError(f"expected {what}, got {value!r}")
    return str(value).strip()


def _id(article: Article, value, lexicon: Lexicon) -> Article:
    slug = slugify(_text(value))
    if not slug:
        raise ValueError(f"{value!r} gives an empty id")
    return replace(article, id=slug)


def _title(article: Article, value, lexicon: Lexicon) -> Article:
    return replace(article, title=_text(value), title_derived=False)


def _date(article: Article, value, lexicon: Lexicon) -> Article:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"'{value}' is not a date written YYYY-MM-DD") from None
    if not isinstance(value, dt.date):
        raise ValueError(f"expected a date written YYYY-MM-DD, got {value!r}")
    return replace(article, date=DateFound(value, article.date.text, "front-matter", article.date.line))


def _outlet(article: Article, value, lexicon: Lexicon) -> Article:
    if isinstance(value, dict):
        unknown = set(value) - {"name", "domain"}
        if unknown:
            raise ValueError(f"unknown outlet keys {sorted(unknown)} (use name, domain)")
        outlet = make_outlet(_text(value.get("name"), "an outlet name"), lexicon)
        if value.get("domain"):
            outlet = replace(outlet, domain=_text(value["domain"]).lower(), id=slugify(_text(value["domain"])))
    else:
        outlet = make_outlet(_text(value, "an outlet name"), lexicon)
    return replace(article, outlet=outlet)


def _dateline(article: Article, value, lexicon: Lexicon) -> Article:
    return replace(article, dateline=_text(value))


def _regions(article: Article, value, lexicon: Lexicon) -> Article:
    items = value if isinstance(value, list) else [value]
    regions = []
    for item in items:
        region = find_region(_text(item, "a region name"), lexicon)
        if region is None:
            raise ValueError(f"unknown region '{item}' (write e.g. 'Kabupaten Solok' or 'Kota Solok')")
        regions.append(region)
    return replace(article, regions=tuple(regions))


def find_region(name: str, lexicon: Lexicon) -> Region | None:
    wanted = slugify(name)
    for entry in lexicon.regions.values():
        if wanted in (entry.id, slugify(entry.name)):
            return Region(entry.id, entry.name)
    return None


def _officials(article: Article, value, lexicon: Lexicon) -> Article:
    if not isinstance(value, list):
        raise ValueError("expected a list of officials, each with at least a name")
    officials = []
    for item in value:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or "name" not in item:
            raise ValueError(f"each official needs a name, got {item!r}")
        unknown = set(item) - {"name", "degrees", "role", "role_normalized", "institution", "region"}
        if unknown:
            raise ValueError(f"unknown official keys {sorted(unknown)}")
        name = _text(item["name"], "a name")
        degrees = item.get("degrees") or []
        if not isinstance(degrees, list):
            raise ValueError("degrees must be a list")
        officials.append(
            OfficialMention(
                key=person_key(name), name=name, degrees=tuple(str(d) for d in degrees),
                role=item.get("role"), role_normalized=item.get("role_normalized") or item.get("role"),
                institution=item.get("institution"), region=item.get("region"), line=0,
            )
        )
    keys = {o.key for o in officials}
    quotes = tuple(q if q.speaker in keys else replace(q, speaker=None) for q in article.quotes)
    return replace(article, officials=tuple(officials), quotes=quotes)


def _byline_field(name: str):
    def handler(article: Article, value, lexicon: Lexicon) -> Article:
        values = {"author": article.byline.author, "editor": article.byline.editor, "initials": article.byline.initials}
        values[name] = _text(value)
        return replace(article, byline=Byline(**values))

    return handler


HANDLERS = {
    "id": _id,
    "title": _title,
    "date": _date,
    "outlet": _outlet,
    "dateline": _dateline,
    "regions": _regions,
    "officials": _officials,
    "author": _byline_field("author"),
    "editor": _byline_field("editor"),
    "initials": _byline_field("initials"),
}
