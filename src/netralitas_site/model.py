"""Plain records passed between the stages: sources -> extract -> archive -> pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Line:
    """One non-empty line of an article with its 1-based line number in the file."""

    number: int
    text: str


@dataclass(frozen=True)
class SourceFile:
    """An article file as read from disk, before any extraction."""

    path: str  # path as given on disk
    rel_path: str  # '/'-separated, relative to the articles folder
    text: str  # decoded body text (front matter removed)
    sha256: str  # of the raw bytes
    body_start_line: int  # line number in the file of the first line of `text`
    fields: dict  # front matter / side file fields: {key: (value, line)}
    fields_path: str | None = None  # where `fields` came from
    is_markdown: bool = False


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    domain: str | None


@dataclass(frozen=True)
class PersonName:
    """A person's name split from the titles and degrees written around it."""

    name: str  # without degrees, honorifics or ranks: "Akbar Ali"
    degrees: tuple[str, ...]  # as written, in order: ("Dr.", "Drs.", "AP", "M. Si")


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # official key, or None when unknown
    line: int


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    editor: str | None = None
    initials: str | None = None


@dataclass(frozen=True)
class Region:
    id: str
    name: str


@dataclass(frozen=True)
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
