"""A web page's own metadata over what its text gave. Pure: record, facts and lexicon in, record out.

The headline, date, outlet and author a page states in its metadata win over the extractor's
guesses from the text; where the page's date and the text's differ, the page's is used, the
record's date says so (method 'page-metadata', flag 'page-conflict') and a warning names both.
"""

from __future__ import annotations

from dataclasses import replace

from slugify import slugify

from ..lexicon import Lexicon
from ..model import Article, Byline, DateFound, Outlet, PageFacts
from ..problems import Problem, warning
from .outlets import known_outlet, make_outlet

# What the text's extraction warns of, settled once the page gives the value.
SETTLED_BY_TITLE = {"title-doubtful"}
SETTLED_BY_DATE = {"no-date", "date-garbled", "date-weekday-conflict", "date-line-discarded"}
SETTLED_BY_OUTLET = {"no-outlet"}
SECOND_LEVEL = ("co", "or", "go", "ac", "web", "my", "sch", "net", "com")


def apply_page_facts(
    article: Article, problems: list[Problem], facts: PageFacts, lexicon: Lexicon
) -> tuple[Article, list[Problem]]:
    settled: set[str] = set()
    changes: dict = {
        "boilerplate": tuple(
            sorted(article.boilerplate + facts.boilerplate, key=lambda line: line.number)
        )
    }
    if facts.title:
        changes.update(title=facts.title, title_derived=False)
        settled |= SETTLED_BY_TITLE
    date, more = page_date(article.date, facts, article.source)
    if date is not article.date:
        changes["date"] = date
        settled |= SETTLED_BY_DATE
    outlet = page_outlet(facts, article.outlet, lexicon)
    if outlet is not None:
        changes["outlet"] = outlet
        settled |= SETTLED_BY_OUTLET
    if facts.author:
        changes["byline"] = (
            replace(article.byline, author=facts.author)
            if article.byline
            else Byline(author=facts.author)
        )
    if facts.url:
        changes["url"] = facts.url
    if facts.accessed:
        changes["accessed"] = facts.accessed
    if facts.record_id:
        changes["id"] = facts.record_id
    kept = [p for p in problems if p.code not in settled]
    return replace(article, **changes), kept + more


def page_date(found: DateFound, facts: PageFacts, rel: str) -> tuple[DateFound, list[Problem]]:
    """The page's publication date over the text's; the text's date (its visible stamp) stands
    when the metadata has none, and a date in the page's address when neither has one."""
    if facts.published is None:
        if found.value is None and facts.address_date is not None:
            return DateFound(facts.address_date, facts.url, "page-address"), []
        return found, []
    flags: tuple[str, ...] = ()
    problems = []
    if found.value is not None and found.value != facts.published:
        flags = ("page-conflict",)
        problems.append(
            warning(
                rel,
                found.line,
                "date-conflict",
                f"the page's {facts.published_from} ('{facts.published_text}') gives {facts.published.isoformat()}, "
                f"its text ('{found.text}') gives {found.value.isoformat()}; the page's date is used",
            )
        )
    text = f"{facts.published_from}: {facts.published_text}"
    return DateFound(facts.published, text, "page-metadata", None, flags), problems


def page_outlet(facts: PageFacts, from_text: Outlet | None, lexicon: Lexicon) -> Outlet | None:
    """The outlet the page names itself by (og:site_name, JSON-LD publisher), when the lexicon
    knows it; else the outlet its address belongs to (a section's host is its outlet's); else the
    one the text's dateline names; else the page's own name for itself or its address's site."""
    for name in facts.outlet_names:
        known = known_outlet(name, lexicon)
        if known is not None:
            return _known(known, name)
    for host in facts.hosts:
        labels = host.split(".")
        for start in range(len(labels) - 1):
            known = known_outlet(".".join(labels[start:]), lexicon)
            if known is not None:
                return _known(known, ".".join(labels[start:]))
    if from_text is not None:
        return None  # the text's stands
    for name in facts.outlet_names:
        outlet = make_outlet(name, lexicon)
        if outlet is not None:
            return outlet
    if facts.hosts:
        return make_outlet(site_domain(facts.hosts[0]), lexicon)
    return None


def _known(known: dict, written: str) -> Outlet:
    domain = known.get("domain")
    name = known.get("name") or written
    return Outlet(id=slugify(domain or name), name=name, domain=domain)


def site_domain(host: str) -> str:
    """'regional.kompas.com' -> 'kompas.com', 'news.example.co.id' -> 'example.co.id'."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
