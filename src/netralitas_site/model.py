"""Plain records passed between the stages: sources -> extract -> archive -> pages.

Slotted: a 100,000-article archive holds millions of these (some 30 per article), and a slot
costs a pointer where a per-instance __dict__ costs a hundred bytes and more.
"""

from __future__ import annotations

import datetime as dt  # for fields beside one named `date`, which hides the type in the class body
import sys
from dataclasses import dataclass, fields
from datetime import date, datetime
from operator import attrgetter


def pickled_as_fields(*shared: str):
    """Class decorator: pickle a record as its class and field values, rebuilt through __init__
    (faster than a slotted dataclass's own state methods, and smaller); the strings of the
    `shared` fields are interned on the way in.

    Records reach the build process pickled (from the workers, from the cache), and unpickling
    makes a new string per record: the same role, region or outlet name once per article."""

    def decorate(cls):
        order = tuple(f.name for f in fields(cls))
        values = (
            attrgetter(*order) if len(order) > 1 else (lambda record: (getattr(record, order[0]),))
        )
        if shared:
            _SHARED[cls] = tuple(i for i, name in enumerate(order) if name in shared)
            cls.__reduce__ = lambda self: (_rebuild, (cls, values(self)))
        else:
            cls.__reduce__ = lambda self: (cls, values(self))
        return cls

    return decorate


_SHARED: dict[type, tuple[int, ...]] = {}


def _rebuild(cls, values):
    values = list(values)
    for i in _SHARED[cls]:
        values[i] = _interned(values[i])
    return cls(*values)


def _interned(value):
    if type(value) is str:
        return sys.intern(value)
    if type(value) is tuple and all(type(v) is str for v in value):
        return tuple(map(sys.intern, value))
    return value


@pickled_as_fields()
@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of an article with its 1-based line number in the file."""

    number: int
    text: str


@pickled_as_fields()
@dataclass(frozen=True, slots=True)
class SourceFile:
    """An article file as read from disk, before any extraction."""

    path: str  # path as given on disk
    rel_path: str  # '/'-separated, relative to the articles folder
    text: str  # decoded body text (front matter removed)
    sha256: str  # of the raw bytes
    body_start_line: int  # line number in the file of the first line of `text`
    fields: dict  # front matter / side file fields: {key: fields.Field (value, file, lines)}
    fields_path: str | None = None  # where `fields` came from
    is_markdown: bool = False
    page: PageFacts | None = None  # a web page's own metadata (saved page, web archive record)


@pickled_as_fields()
@dataclass(frozen=True, slots=True)
class PageFacts:
    """What a web page says about itself, beside its text: read from its metadata (og:, JSON-LD,
    canonical link), its headings, and where it came from (a web archive's record). Each value
    names where it was read, so a record can say which was used."""

    title: str | None = None
    title_from: str | None = None  # 'og:title', 'h1', 'JSON-LD headline' ...
    published: date | None = None  # local date in Asia/Jakarta
    published_text: str | None = None  # the value as the page writes it
    published_from: str | None = None  # 'article:published_time', 'JSON-LD datePublished' ...
    outlet_names: tuple[
        str, ...
    ] = ()  # as the page names itself: og:site_name, JSON-LD publisher ...
    author: str | None = None
    url: str | None = (
        None  # the page's own address: canonical, og:url, the saved-from or archived address
    )
    url_from: str | None = None
    accessed: datetime | None = None  # when it was saved or captured (UTC)
    hosts: tuple[str, ...] = ()  # hosts of the addresses the page gives for itself, for its outlet
    address_date: date | None = None  # a date written in the address (/read/2016/02/23/)
    boilerplate: tuple[
        Line, ...
    ] = ()  # the page's text around the article: menus, sidebars, footers
    record_id: str | None = None  # the article id a web archive's record gets (from its address)


@pickled_as_fields("text", "method")
@dataclass(frozen=True, slots=True)
class DateFound:
    """The article's date and where it came from; value None means no date in the text."""

    value: date | None
    text: str | None  # the span of text the date was read from
    method: str  # full | numeric | weekday-year | weekday-year-archive | front-matter | none ...
    line: int | None = None
    flags: tuple[str, ...] = ()  # e.g. weekday-conflict, year-ambiguous
    candidates: tuple[int, ...] = ()  # years still possible when the year was not written
    preferred: tuple[int, ...] = ()  # the candidates the text's clues favour
    month_day: tuple[int, int] | None = None  # of a year-less date


@pickled_as_fields("id", "name", "domain")
@dataclass(frozen=True, slots=True)
class Outlet:
    id: str
    name: str
    domain: str | None


@pickled_as_fields()
@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split from the titles and degrees written around it."""

    name: str  # without degrees, honorifics or ranks: "Akbar Ali"
    degrees: tuple[str, ...]  # as written, in order: ("Dr.", "Drs.", "AP", "M. Si")


@pickled_as_fields("key", "name", "degrees", "role", "role_normalized", "institution", "region")
@dataclass(frozen=True, slots=True)
class OfficialMention:
    """One official as found in one article (several mentions merged)."""

    key: str  # identity key within the archive
    name: str
    degrees: tuple[str, ...]
    role: str | None  # as written: "Pjs. Bupati Solok"
    role_normalized: str | None  # controlled vocabulary: "Penjabat Sementara Bupati"
    institution: str | None
    region: str | None  # canonical region name
    line: int
    aliases: tuple[str, ...] = ()  # other spellings seen in the same article
    recognised: bool = False  # named without an office here; an official by the archive's other articles (recognised.py)


@pickled_as_fields("speaker")
@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None  # official key, or None when unknown
    line: int


@pickled_as_fields("author", "editor", "initials")
@dataclass(frozen=True, slots=True)
class Byline:
    author: str | None = None
    editor: str | None = None
    initials: str | None = None


@pickled_as_fields("id", "name")
@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: str


@pickled_as_fields("dateline")
@dataclass(frozen=True, slots=True)
class Article:
    """One article as an extracted, dated record."""

    id: str
    source: str  # path relative to the articles folder
    sha256: str
    title: str
    title_derived: bool
    date: DateFound
    outlet: Outlet | None
    dateline: str | None
    regions: tuple[Region, ...]
    officials: tuple[OfficialMention, ...]
    quotes: tuple[Quote, ...]
    byline: Byline
    body: tuple[Line, ...]  # clean paragraphs
    boilerplate: tuple[Line, ...]  # removed lines, kept
    is_markdown: bool = False
    offices: tuple[tuple[str, str], ...] = ()  # (role as written, region) named without a holder
    corrected: tuple[str, ...] = ()  # fields set by the user
    url: str | None = None  # the original page's address, where known
    accessed: dt.date | datetime | None = (
        None  # when the original was saved, captured or fetched (UTC)
    )
    tags: tuple[
        str, ...
    ] = ()  # subjects the article is filed under (front matter or side file `tags:`)
    case: str | None = None  # the violation case it covers (`case:`)
