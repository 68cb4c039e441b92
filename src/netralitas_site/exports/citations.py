"""Citations of the archived articles in the formats reference managers import (Zotero, Mendeley,
EndNote, BibTeX/biblatex, pandoc): RIS, BibTeX and CSL-JSON, one entry per article.

A citation names the author, the outlet, the title, the date (an inferred year is said to be
inferred: `circa` in CSL-JSON, a note in RIS and BibTeX), the original page's address and when it
was saved (when the record knows them), and the archive's page. Nothing here reads the clock:
the files are the same for every build of the same input.
"""

from __future__ import annotations

import datetime as dt  # not `from datetime import date`: the field `date` hides that name in Citation's body
import re
from dataclasses import dataclass
from typing import Any

from ..cards import date_is_inferred
from ..i18n import translations
from ..model import Article
from ..urls import article_path
from .rows import page_url, source_accessed, source_url

CITATION_FILES = ("cite.ris", "cite.bib", "cite.json")  # beside each article's page
ARCHIVE_CITATIONS = ("data/citations.ris", "data/citations.bib", "data/citations.json")


@dataclass(frozen=True)
class Citation:
    """What a reference to one archived article holds."""

    id: str
    title: str
    author: str | None
    outlet: str | None
    date: dt.date | None
    date_inferred: bool
    url: str | None  # the original page
    accessed: dt.date | None  # when the original page was saved
    archive: str  # the archive's title
    archive_url: str  # the article's page in the archive (absolute when the site has a base URL)
    language: str = "id"


def citation_of(article: Article, site: dict) -> Citation:
    return Citation(
        id=article.id,
        title=article.title,
        author=article.byline.author,
        outlet=article.outlet.name if article.outlet else None,
        date=article.date.value,
        date_inferred=date_is_inferred(article),
        url=source_url(article),
        accessed=source_accessed(article),
        archive=site["title"],
        archive_url=page_url(site, article_path(article.id)),
    )


def citation_paths(article_id: str) -> list[str]:
    folder = article_path(article_id).rpartition("/")[0]
    return [f"{folder}/{name}" for name in CITATION_FILES]


def _note(citation: Citation, lang: str) -> str:
    """What the fields cannot say: the date's year was inferred, and where the article is archived."""
    gettext = translations(lang).gettext
    parts = []
    if citation.date_inferred:
        parts.append(gettext("Tahun tanggal diperkirakan, tidak tertulis di teks."))
    parts.append(
        gettext("Diarsipkan di %(archive)s: %(url)s")
        % {"archive": citation.archive, "url": citation.archive_url}
    )
    return " ".join(parts)


# RIS: one tag per line, "TY  - " first and "ER  - " last (tags as Zotero reads them for NEWS)


def ris(citation: Citation, lang: str = "id") -> str:
    lines = [("TY", "NEWS")]
    if citation.author:
        lines.append(("AU", citation.author))
    lines.append(("TI", citation.title))
    if citation.outlet:
        lines.append(("T2", citation.outlet))
    if citation.date:
        lines.append(("PY", str(citation.date.year)))
        lines.append(("DA", citation.date.strftime("%Y/%m/%d/")))
    lines.append(("UR", citation.url or citation.archive_url))
    if citation.url:
        lines.append(("L2", citation.archive_url))
    if citation.accessed:
        lines.append(("Y2", citation.accessed.strftime("%Y/%m/%d/")))
    lines += [
        ("DB", citation.archive),
        ("LA", citation.language),
        ("ID", citation.id),
        ("N1", _note(citation, lang)),
    ]
    return "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines) + "ER  - \r\n"


# BibTeX (biblatex fields where BibTeX has none: date, urldate); read by Zotero, JabRef, pandoc

_BIB_SPECIAL = re.compile(r"[\\{}&%$#_~^]")
_BIB_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bibtex(citation: Citation, lang: str = "id") -> str:
    fields = []
    if citation.author:
        fields.append(
            ("author", "{" + _bib_escape(citation.author) + "}")
        )  # one name as written: no first/last split
    fields.append(("title", _bib_escape(citation.title)))
    if citation.outlet:
        fields.append(("journal", _bib_escape(citation.outlet)))
    if citation.date:
        fields += [
            ("date", citation.date.isoformat()),
            ("year", str(citation.date.year)),
            ("month", str(citation.date.month)),
            ("day", str(citation.date.day)),
        ]
    fields.append(("url", _bib_url(citation.url or citation.archive_url)))
    if citation.accessed:
        fields.append(("urldate", citation.accessed.isoformat()))
    fields += [
        ("langid", "indonesian" if citation.language == "id" else citation.language),
        ("note", _bib_escape(_note(citation, lang))),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@article{{{_bib_key(citation.id)},\n{body}\n}}\n"


def _bib_escape(text: str) -> str:
    return _BIB_SPECIAL.sub(lambda m: _BIB_ESCAPES[m.group(0)], _one_line(text))


def _bib_url(url: str) -> str:
    """A URL as BibTeX reads it verbatim: only what would unbalance the braces is escaped."""
    return _one_line(url).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def _bib_key(article_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", article_id) or "article"


# CSL-JSON: what citeproc processors (Zotero, pandoc, citeproc-js) read


def csl(citation: Citation, lang: str = "id") -> dict:
    item: dict[str, Any] = {"id": citation.id, "type": "article-newspaper", "title": citation.title}
    if citation.author:
        item["author"] = [{"literal": citation.author}]
    if citation.outlet:
        item["container-title"] = citation.outlet
    if citation.date:
        item["issued"] = {
            "date-parts": [[citation.date.year, citation.date.month, citation.date.day]]
        }
        if citation.date_inferred:
            item["issued"]["circa"] = True
    item["URL"] = citation.url or citation.archive_url
    if citation.accessed:
        item["accessed"] = {
            "date-parts": [[citation.accessed.year, citation.accessed.month, citation.accessed.day]]
        }
    item["archive"] = citation.archive
    item["archive_location"] = citation.archive_url
    item["language"] = citation.language
    item["note"] = _note(citation, lang)
    return item


def _one_line(text: str) -> str:
    return " ".join(str(text).split())
