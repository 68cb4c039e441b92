"""What an article page shows: the clean text with officials linked, quotes with speakers,
provenance (how the date was found, source file, SHA-256), a citation, related articles and
the same story in other outlets."""

from __future__ import annotations

from markupsafe import Markup

from ..archive import Archive
from ..body import article_body_html, plain_text, quote_anchor
from ..cards import Cards, date_is_inferred
from ..exports.citations import citation_of, citation_paths
from ..model import Article
from ..related import Relations
from ..urls import (
    absolute_url,
    article_path,
    day_path,
    official_path,
    outlet_path,
    region_path,
    relative_url,
)
from .jsonld import news_article
from .topics import article_topics


def article_view(
    article: Article, archive: Archive, cards: Cards, relations: Relations, site: dict
) -> dict:
    page = article_path(article.id)
    officials, seen = [], set()
    names: dict[str, str] = {}  # spelling -> link to the official's page
    for o in article.officials:
        official_id = archive.official_of[(article.id, o.key)]
        path = official_path(official_id)
        href = relative_url(
            path, page
        )  # the same from en/artikel/...: every language mirrors the tree
        for spelling in (o.name, *o.aliases):
            names.setdefault(spelling, href)
        if official_id not in seen:
            seen.add(official_id)
            officials.append(
                {
                    "name": archive.officials[official_id].name,
                    "path": path,
                    "role": o.role,
                    "role_normalized": o.role_normalized,
                    "region": o.region,
                    "degrees": o.degrees,
                }
            )
    by_key = {o.key: o for o in article.officials}
    quotes = []
    by_line: dict[int, list[tuple[str, str]]] = {}  # line -> (quote, speaker's name)
    for n, q in enumerate(article.quotes, 1):
        speaker = by_key.get(q.speaker) if q.speaker else None
        speaker_id = archive.official_of.get((article.id, speaker.key)) if speaker else None
        name = archive.officials[speaker_id].name if speaker_id else None
        quotes.append(
            {
                "text": q.text,
                "speaker": name,
                "path": official_path(speaker_id) if speaker_id else None,
                "line": q.line,
                "anchor": quote_anchor(article, q.line),
                "n": n,
            }
        )
        by_line.setdefault(q.line, []).append((q.text, name or ""))
    value = article.date.value
    offices = []
    for role, region_id in article.offices:
        holder = archive.office_holders.get((article.id, role, region_id))
        entry = archive.regions.get(region_id)
        offices.append(
            {
                "role": role,
                "region": entry[0].name if entry else region_id,
                "holder": archive.officials[holder].name if holder else None,
                "path": official_path(holder) if holder else None,
            }
        )
    return {
        "article": article,
        "body_html": Markup(article_body_html(article, names, by_line)),
        "officials": officials,
        "offices": offices,
        "quotes": quotes,
        "outlet_path": outlet_path(article.outlet.id) if article.outlet else None,
        "regions": [(r.name, region_path(r.id)) for r in article.regions],
        "topics": article_topics(article),
        "date": {
            "value": value,
            "text": article.date.text,
            "method": article.date.method,
            "flags": article.date.flags,
            "inferred": date_is_inferred(article),
            "day_path": day_path(value) if value else None,
        },
        "cite_url": absolute_url(site["base_url"], page) if site["base_url"] else page,
        "citation": citation_of(article, site),
        "cite_files": dict(zip(("ris", "bib", "json"), citation_paths(article.id))),
        "related": cards.of(relations.related.get(article.id, [])),
        "same_story": [(cards[i], score) for i, score in relations.same_story.get(article.id, [])],
        "jsonld": news_article(article, archive, site, page),
        "og_type": "article",
        "description": _description(article),
    }


def article_inputs(article: Article, archive: Archive, cards: Cards, relations: Relations) -> tuple:
    """Everything `article_view` reads besides the site settings, without making the view: an
    incremental build keys the page on it and skips unchanged pages for a fraction of the cost
    (the view renders the body). Keep it in step with `article_view`: what the view reads from the
    archive must be here (tests/test_incremental.py compares incremental and cold builds)."""
    speakers = {o.key for o in article.officials} | {q.speaker for q in article.quotes if q.speaker}
    officials = []
    for key in sorted(speakers):
        official_id = archive.official_of.get((article.id, key))
        officials.append(
            (key, official_id, archive.officials[official_id].name if official_id else None)
        )
    offices = []
    for role, region_id in article.offices:
        holder = archive.office_holders.get((article.id, role, region_id))
        entry = archive.regions.get(region_id)
        offices.append(
            (
                role,
                region_id,
                entry[0].name if entry else None,
                holder,
                archive.officials[holder].name if holder else None,
            )
        )
    return (
        article,
        officials,
        offices,
        cards.of(relations.related.get(article.id, [])),
        [(cards[i], score) for i, score in relations.same_story.get(article.id, [])],
    )


def _description(article: Article) -> str:
    text = plain_text(article)[:400] or article.title
    return text if len(text) <= 155 else text[:154].rsplit(" ", 1)[0] + "…"


def article_deps(article: Article, relations: Relations) -> tuple[str, ...]:
    """The article, and the ones its page lists (related, same story): their titles are shown."""
    shown = relations.related.get(article.id, []) + [
        i for i, _ in relations.same_story.get(article.id, [])
    ]
    return (article.id, *sorted(set(shown) - {article.id}))
