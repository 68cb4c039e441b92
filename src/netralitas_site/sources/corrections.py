"""Apply what the user wrote in front matter or a side file: a given field always wins.

Every value is validated, nested ones too; a problem names the file and the line of the value
(with a suggestion when the value looks like a typo of a known one). A value that cannot be
used is ignored and the extracted one stays, so the article still builds from its text.

`officials:` patches the extracted list rather than replacing it (official_corrections.py);
values are checked against the lexicon in correction_values.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from urllib.parse import urlsplit

from slugify import slugify

from ..extract.outlets import make_outlet
from ..lexicon import Lexicon
from ..model import Article, Byline, DateFound
from ..problems import Problem, did_you_mean, error
from .correction_values import Given, Unusable, parse_date, region_named, text_value
from .fields import Field
from .official_corrections import check_officials_replace, patch_officials

FIELDS = (
    "id",
    "title",
    "date",
    "outlet",
    "dateline",
    "regions",
    "officials",
    "officials_replace",
    "author",
    "editor",
    "initials",
    "url",
    "accessed",
    "status",
    "tags",
    "case",
)
PROVENANCE = (
    "url",
    "accessed",
    "status",
)  # where the article came from: facts about the source, not corrections


def apply_corrections(
    article: Article, fields: dict, where: str | None, lexicon: Lexicon
) -> tuple[Article, list[Problem]]:
    """`fields` is {key: fields.Field} as read by fields.parse_fields ((value, line) pairs, as
    fields.parse_fields_file gives, are read as fields of the file `where`)."""
    where = where or article.source
    fields = {key: _as_field(value, where) for key, value in fields.items()}
    given = Given(lexicon, fields)
    changed: list[str] = []
    for key, item in fields.items():
        handler = HANDLERS.get(key)
        if handler is None:
            given.problems.append(
                error(
                    item.path,
                    item.line,
                    "unknown-field",
                    f"unknown field '{key}'{did_you_mean(key, FIELDS)}; known fields: {', '.join(FIELDS)}",
                )
            )
            continue
        try:
            corrected = handler(article, item, given)
        except Unusable as exc:
            given.problems.append(
                error(
                    item.path,
                    item.line_of(*exc.at),
                    "bad-field",
                    f"field '{key}': {exc}; the extracted value is kept",
                )
            )
            continue
        if corrected is not article:
            article = corrected
            if key not in PROVENANCE:
                changed.append(key)
    if changed:
        article = replace(article, corrected=tuple(changed))
    return article, given.problems


def _as_field(value, where: str) -> Field:
    if isinstance(value, Field):
        return value
    value, line = value
    return Field(value, line, where)


def _id(article: Article, item: Field, given: Given) -> Article:
    slug = slugify(text_value(item.value))
    if not slug:
        raise Unusable(f"{item.value!r} gives an empty id")
    return replace(article, id=slug)


def _title(article: Article, item: Field, given: Given) -> Article:
    return replace(article, title=text_value(item.value), title_derived=False)


def _date(article: Article, item: Field, given: Given) -> Article:
    day = parse_date(item.value)
    return replace(
        article, date=DateFound(day, article.date.text, "front-matter", article.date.line)
    )


def _outlet(article: Article, item: Field, given: Given) -> Article:
    value = item.value
    if isinstance(value, dict):
        unknown = [k for k in value if k not in ("name", "domain")]
        if unknown:
            raise Unusable(
                f"unknown outlet key '{unknown[0]}'{did_you_mean(str(unknown[0]), ('name', 'domain'))} "
                "(use name, domain)",
                (unknown[0],),
            )
        outlet = make_outlet(
            text_value(value.get("name"), "an outlet name", ("name",)), given.lexicon
        )
        if outlet is not None and value.get("domain"):  # no outlet: reported below
            domain = text_value(value["domain"], "a domain", ("domain",))
            outlet = replace(outlet, domain=domain.lower(), id=slugify(domain))
    else:
        outlet = make_outlet(text_value(value, "an outlet name"), given.lexicon)
    if outlet is None:
        raise Unusable(f"{value!r} is not an outlet name")
    return replace(article, outlet=outlet)


def _dateline(article: Article, item: Field, given: Given) -> Article:
    return replace(article, dateline=text_value(item.value))


def _regions(article: Article, item: Field, given: Given) -> Article:
    """Every region must be known; one that is not leaves the extracted regions (all reported)."""
    items = item.value if isinstance(item.value, list) else [item.value]
    regions, bad = [], False
    for index, name in enumerate(items):
        at = (index,) if isinstance(item.value, list) else ()
        try:
            regions.append(region_named(text_value(name, "a region name", at), given.lexicon, at))
        except Unusable as exc:
            bad = True
            given.problems.append(
                error(
                    item.path,
                    item.line_of(*exc.at),
                    "bad-field",
                    f"field 'regions': {exc}; the extracted regions are kept",
                )
            )
    return article if bad else replace(article, regions=tuple(regions))


def _byline_field(name: str):
    def handler(article: Article, item: Field, given: Given) -> Article:
        values = {
            "author": article.byline.author,
            "editor": article.byline.editor,
            "initials": article.byline.initials,
        }
        values[name] = text_value(item.value)
        return replace(article, byline=Byline(**values))

    return handler


def _url(article: Article, item: Field, given: Given) -> Article:
    """The original page's address: an absolute http(s) address."""
    value = text_value(item.value, "a web address")
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        host = None
    if parts.scheme.lower() not in ("http", "https") or not host or any(c.isspace() for c in value):
        raise Unusable(
            f"'{value}' is not a web address (write the whole address, starting with https:// or http://)"
        )
    return replace(article, url=value)


def _accessed(article: Article, item: Field, given: Given) -> Article:
    """When the original was read: a date (YYYY-MM-DD) or a time (2024-11-06T08:15:02Z, UTC
    when no zone is written)."""
    value = item.value
    if isinstance(value, dt.datetime):
        stamp = value
    elif isinstance(value, dt.date):
        return replace(article, accessed=value)
    elif isinstance(value, str) and len(value.strip()) == 10:
        return replace(article, accessed=parse_date(value))
    else:
        try:
            stamp = dt.datetime.fromisoformat(
                str(value).strip().replace("Z", "+00:00").replace("z", "+00:00")
            )
        except ValueError:
            raise Unusable(
                f"'{value}' is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM:SSZ)"
            ) from None
    stamp = stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)
    return replace(article, accessed=stamp)


def _status(article: Article, item: Field, given: Given) -> Article:
    """The HTTP status the page was fetched with (`add` writes it): kept in the side file as a
    record of the fetch, checked, and not part of the article."""
    if (
        isinstance(item.value, bool)
        or not isinstance(item.value, int)
        or not 100 <= item.value <= 599
    ):
        raise Unusable(f"expected an HTTP status code (a number such as 200), got {item.value!r}")
    return article


def _tags(article: Article, item: Field, given: Given) -> Article:
    """Subjects the article is filed under (one text, or a list), each listed once."""
    items = item.value if isinstance(item.value, list) else [item.value]
    tags = [
        text_value(tag, "a tag", (index,) if isinstance(item.value, list) else ())
        for index, tag in enumerate(items)
    ]
    return replace(article, tags=tuple(dict.fromkeys(tags)))


def _case(article: Article, item: Field, given: Given) -> Article:
    """The violation case the article covers: the articles that name one case alike make its page."""
    return replace(article, case=text_value(item.value, "a case name"))


HANDLERS = {
    "id": _id,
    "title": _title,
    "date": _date,
    "outlet": _outlet,
    "dateline": _dateline,
    "regions": _regions,
    "officials": patch_officials,
    "officials_replace": check_officials_replace,
    "author": _byline_field("author"),
    "editor": _byline_field("editor"),
    "initials": _byline_field("initials"),
    "url": _url,
    "accessed": _accessed,
    "status": _status,
    "tags": _tags,
    "case": _case,
}
