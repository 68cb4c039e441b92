"""schema.org data for search engines and citation tools: NewsArticle and Person.

Written as data blocks (<script type="application/ld+json">, escaped by render.json_ld), never
as executable script. URLs are absolute only when the site's base URL is known.
"""

from __future__ import annotations

from ..archive import Archive, OfficialRecord
from ..model import Article
from ..urls import absolute_url, official_path


def _url(site: dict, path: str) -> str | None:
    return absolute_url(site["base_url"], path) if site["base_url"] else None


def _clean(data: dict) -> dict:
    return {k: v for k, v in data.items() if v not in (None, [], "")}


def news_article(article: Article, archive: Archive, site: dict, page: str) -> dict:
    mentions = []
    for o in article.officials:
        official_id = archive.official_of[(article.id, o.key)]
        mentions.append(
            _clean(
                {
                    "@type": "Person",
                    "name": archive.officials[official_id].name,
                    "jobTitle": o.role,
                    "url": _url(site, official_path(official_id)),
                }
            )
        )
    publisher = None
    if article.outlet:
        publisher = _clean(
            {
                "@type": "Organization",
                "name": article.outlet.name,
                "url": f"https://{article.outlet.domain}/" if article.outlet.domain else None,
            }
        )
    author = (
        {"@type": "Person", "name": article.byline.author} if article.byline.author else publisher
    )
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title[:110],
            "datePublished": article.date.value.isoformat() if article.date.value else None,
            "inLanguage": "id",
            "publisher": publisher,
            "author": author,
            "mentions": mentions,
            "contentLocation": [{"@type": "Place", "name": r.name} for r in article.regions],
            "identifier": {
                "@type": "PropertyValue",
                "propertyID": "sha256",
                "value": article.sha256,
            },
            "url": _url(site, page),
            "mainEntityOfPage": _url(site, page),
            "isBasedOn": getattr(
                article, "url", None
            ),  # the original page this record was made from
            "sameAs": getattr(article, "url", None),
            "isPartOf": _clean(
                {"@type": "WebSite", "name": site["title"], "url": _url(site, "index.html")}
            ),
        }
    )


def person(official: OfficialRecord, site: dict, latest_role: str | None) -> dict:
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": official.name,
            "honorificSuffix": ", ".join(official.degrees) or None,
            "alternateName": [s for s in official.spellings if s != official.name],
            "jobTitle": latest_role,
            "url": _url(site, official_path(official.id)),
        }
    )


def organization(outlet, site: dict) -> dict:
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "NewsMediaOrganization",
            "name": outlet.name,
            "url": f"https://{outlet.domain}/" if outlet.domain else None,
        }
    )
