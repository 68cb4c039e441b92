"""Build settings, passed explicitly from the command line to every stage that needs them.

Values come from the defaults below, then `site.yaml` (siteconfig.py), then command-line flags.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
REPO_TEMPLATES = PACKAGE_ROOT.parent.parent / "templates"


@dataclass(frozen=True)
class SiteConfig:
    articles_dir: Path = Path("articles")
    output_dir: Path = Path("site")
    base_url: str = ""
    templates_dir: Path | None = None
    strict: bool = False
    jobs: int | None = None
    quiet: bool = False
    title: str = "Arsip Netralitas ASN"
    description: str = "Arsip berita tentang netralitas aparatur sipil negara (ASN) dalam pilkada, dengan pejabat, kutipan, media dan wilayahnya."
    language: str = "id"
    feeds: bool = True  # write feed.xml (Atom) and link it from the pages
    per_page: int = 20  # items on a listing page (latest articles on the home page, pagination)
    config_file: Path | None = None  # the site.yaml these settings were read from, if any

    def templates(self) -> Path:
        """The templates folder: as given, else ./templates, else the one beside the package source."""
        if self.templates_dir:
            return self.templates_dir
        local = Path("templates")
        return local if (local / "base.html").is_file() else REPO_TEMPLATES
