"""Build settings, passed explicitly from the command line to every stage that needs them.

Values come from the defaults below, then `site.yaml` (siteconfig.py), then command-line flags.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
SHIPPED_TEMPLATES = PACKAGE_ROOT / "templates"  # inside the package, so an installed copy can build
LOCAL_TEMPLATES = Path("templates")  # a project's own folder, used when present and none is given


@dataclass(frozen=True)
class PerLanguage:
    """A text written once per interface language in site.yaml (`title: {id: ..., en: ...}`);
    a language it does not name gets the root language's text, else the first one written."""

    texts: tuple[tuple[str, str], ...]

    def get(self, lang: str, root: str) -> str:
        found = dict(self.texts)
        for key in (lang, root):
            if key in found:
                return found[key]
        return self.texts[0][1]


def in_language(value: str | PerLanguage, lang: str, root: str) -> str:
    """A setting that may be one text for every language or one per language, for `lang`."""
    return value.get(lang, root) if isinstance(value, PerLanguage) else value


@dataclass(frozen=True)
class SiteConfig:
    articles_dir: Path = Path("articles")
    output_dir: Path = Path("site")
    base_url: str = ""
    templates_dir: Path | None = None
    strict: bool = False
    jobs: int | None = None
    quiet: bool = False
    title: str | PerLanguage = "Arsip Netralitas ASN"
    description: str | PerLanguage = (
        "Arsip berita tentang netralitas aparatur sipil negara (ASN) dalam pilkada, dengan pejabat, kutipan, media dan wilayahnya."
    )
    language: str = (
        "id"  # the interface language at the site's root; the others live under '<lang>/'
    )
    feeds: bool = True  # write feed.xml (Atom) and link it from the pages
    per_page: int = 20  # latest articles on the home page
    page_size: int = 100  # items on each page of a long list (months, officials, outlets, regions, search results)
    config_file: Path | None = None  # the site.yaml these settings were read from, if any

    def template_folders(self) -> tuple[Path, ...]:
        """Where templates are looked up, first match wins: the user's folder (--templates,
        `templates:` in site.yaml, else ./templates when present), then the shipped one. A
        user's folder may hold only the files it changes; the rest come from the package."""
        user = self.templates_dir
        if user is None and LOCAL_TEMPLATES.is_dir():
            user = LOCAL_TEMPLATES
        if user is None or _same_folder(user, SHIPPED_TEMPLATES):
            return (SHIPPED_TEMPLATES,)
        return (user, SHIPPED_TEMPLATES)

    def templates(self) -> Path:
        """The folder a user edits: their own when they have one, else the shipped one."""
        return self.template_folders()[0]


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
