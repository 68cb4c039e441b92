"""Everything the site is made of, as files: rendered pages, feeds, sitemap and open data."""

from __future__ import annotations

from pathlib import Path

from .archive import Archive
from .config import SiteConfig
from .exports import export_files
from .feeds import atom_feed, sitemap
from .pages import plan_pages
from .problems import Report
from .render import make_environment, render_page
from .urls import FEED


def site_files(archive: Archive, config: SiteConfig, templates: Path, report: Report) -> tuple[dict[str, bytes], int]:
    """(site path -> bytes, number of HTML pages)."""
    site = site_context(config)
    env = make_environment(templates)
    files: dict[str, bytes] = {}
    for page in plan_pages(archive, site):
        files[page.path] = render_page(env, page.template, page.path, page.make_context()).encode("utf-8")
    pages = len(files)
    files.update(export_files(archive))
    files[FEED] = atom_feed(archive, site)
    files["sitemap.xml"] = sitemap(list(files), archive, site)
    return files, pages


def site_context(config: SiteConfig) -> dict:
    return {
        "title": config.title,
        "description": config.description,
        "base_url": config.base_url.rstrip("/"),
        "language": config.language,
        "id": "arsip-netralitas",
    }
