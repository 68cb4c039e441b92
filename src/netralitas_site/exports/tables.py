"""The archive as flat tables, one value per cell: articles, officials, mentions (article x
official), quotes, regions, outlets and article_regions; here, what each table is (its columns'
names, types and descriptions, its keys and indexes), and in rows.py what its rows hold.

One definition serves every tabular output (the CSV files, the SQLite database, the Frictionless
data package and the Datasette metadata), so a column is named, typed and described once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: (
        str  # string | integer | boolean | date (Frictionless types; SQLite stores TEXT or INTEGER)
    )
    description: str
    required: bool = False
    in_csv: bool = (
        True  # the article text is in the database only: a spreadsheet cell holds 32,767 characters
    )


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    target: str = "id"


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[str, ...] = ()  # columns looked up or faceted on
    label: str | None = None  # the column that names a row (Datasette shows it for foreign keys)

    @property
    def csv_path(self) -> str:
        return f"data/{self.name}.csv"

    def csv_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.in_csv)


def _c(name: str, type_: str, description: str, **options) -> Column:
    return Column(name, type_, description, **options)


PAGE = "address of the entity's page in the archive (absolute when the site has a base URL)"

ARTICLES = Table(
    "articles",
    "One row per article, newest first.",
    (
        _c("id", "string", "stable id from the file path", required=True),
        _c(
            "date",
            "date",
            "publication date YYYY-MM-DD; empty when the text has no usable date (never invented)",
        ),
        _c("title", "string", "the headline, or a title derived from the lead", required=True),
        _c("outlet", "string", "name of the outlet"),
        _c("dateline", "string", "the place the story was filed from"),
        _c(
            "source",
            "string",
            "path of the article file relative to the articles folder",
            required=True,
        ),
        _c("sha256", "string", "SHA-256 of the file's bytes", required=True),
        _c(
            "page",
            "string",
            "address of the article's page in the archive (absolute when the site has a base URL)",
            required=True,
        ),
        _c("date_text", "string", "the span of text the date was read from"),
        _c(
            "date_method",
            "string",
            "how the date was found: full, numeric, numeric-two-digit-year, published, weekday-year, "
            "weekday-year-archive, weekday-year-clues, front-matter, garbled, none",
            required=True,
        ),
        _c(
            "date_inferred",
            "boolean",
            "true when the year was not written but inferred (weekday-year methods)",
            required=True,
        ),
        _c(
            "date_flags",
            "string",
            "doubts about the date, space-separated: weekday-conflict, garbled, year-ambiguous",
        ),
        _c("title_derived", "boolean", "true when the file had no headline", required=True),
        _c("outlet_id", "string", "id of the outlet (outlets.id)"),
        _c("outlet_domain", "string", "the outlet's web domain"),
        _c("author", "string", "author named in the credits"),
        _c("editor", "string", "editor named in the credits"),
        _c("initials", "string", "reporter's closing initials"),
        _c("url", "string", "address of the original page, when known"),
        _c("accessed", "date", "when the original page was saved, when known"),
        _c("regions_count", "integer", "subject regions (article_regions)", required=True),
        _c("officials_count", "integer", "officials named (mentions)", required=True),
        _c("quotes_count", "integer", "quotes (quotes)", required=True),
        _c("text", "string", "the clean text of the article", in_csv=False),
    ),
    ("id",),
    (ForeignKey("outlet_id", "outlets"),),
    ("date", "outlet_id", "date_method"),
    "title",
)

OFFICIALS = Table(
    "officials",
    "One row per person across the archive; role, institution and region as last written (mentions has every one).",
    (
        _c("id", "string", "the official's id across the archive", required=True),
        _c("name", "string", "name without degrees, honorifics or ranks", required=True),
        _c("degrees", "string", "titles and degrees seen, in order, comma-separated"),
        _c("role", "string", "latest role as written"),
        _c("role_normalized", "string", "latest role in the controlled vocabulary"),
        _c("institution", "string", "latest institution"),
        _c("region", "string", "region of the latest office (canonical name)"),
        _c("region_id", "string", "id of that region (regions.id)"),
        _c("first_seen", "date", "date of the first article naming them"),
        _c("last_seen", "date", "date of the latest article naming them"),
        _c("articles", "integer", "articles naming them", required=True),
        _c("quotes", "integer", "quotes attributed to them", required=True),
        _c("page", "string", PAGE, required=True),
    ),
    ("id",),
    (ForeignKey("region_id", "regions"),),
    ("region_id", "role_normalized"),
    "name",
)

MENTIONS = Table(
    "mentions",
    "One row per article x official: the role as written there. An office named without a person "
    "('Bupati Solok') linked to its holder by the curated office-holder facts is a row with inferred = true.",
    (
        _c("article_id", "string", "articles.id", required=True),
        _c("official_id", "string", "officials.id", required=True),
        _c(
            "name",
            "string",
            "the name as written in the article (for an inferred holder, the curated name)",
            required=True,
        ),
        _c("degrees", "string", "titles and degrees written in this article, comma-separated"),
        _c("role", "string", "role as written"),
        _c("role_normalized", "string", "role in the controlled vocabulary"),
        _c("institution", "string", "institution as written"),
        _c("region", "string", "canonical name of the office's region"),
        _c("region_id", "string", "regions.id"),
        _c("date", "date", "the article's date"),
        _c("date_inferred", "boolean", "the article's year was inferred", required=True),
        _c("outlet_id", "string", "outlets.id of the article"),
        _c(
            "line",
            "integer",
            "line of the article file where the official is first named; 0: in the headline only",
        ),
        _c(
            "inferred",
            "boolean",
            "the official is not named: the office is, and the curated facts give its holder",
            required=True,
        ),
        _c(
            "recognised",
            "boolean",
            "named without an office beside the name here; the archive's other articles make the "
            "full name an official's, or the person is a public figure (figures.yaml)",
            required=True,
        ),
    ),
    ("article_id", "official_id"),
    (
        ForeignKey("article_id", "articles"),
        ForeignKey("official_id", "officials"),
        ForeignKey("region_id", "regions"),
        ForeignKey("outlet_id", "outlets"),
    ),
    ("official_id", "role_normalized", "region_id", "date"),
)

QUOTES = Table(
    "quotes",
    "One row per quote, in the order of the article.",
    (
        _c("article_id", "string", "articles.id", required=True),
        _c("n", "integer", "position of the quote in the article, from 1", required=True),
        _c("speaker_id", "string", "officials.id of the speaker; empty when unknown"),
        _c("speaker", "string", "the speaker's name"),
        _c("text", "string", "the quoted words", required=True),
        _c("line", "integer", "line of the article file the quote is on"),
        _c("anchor", "string", "the paragraph's anchor on the article page (#baris-N)"),
        _c("date", "date", "the article's date"),
        _c(
            "page",
            "string",
            "address of the paragraph on the article page (absolute when the site has a base URL)",
            required=True,
        ),
    ),
    ("article_id", "n"),
    (ForeignKey("article_id", "articles"), ForeignKey("speaker_id", "officials")),
    ("speaker_id", "date"),
)

REGIONS = Table(
    "regions",
    "Regions named by articles or as an official's region, with the provinces above them (canonical names).",
    (
        _c("id", "string", "region id", required=True),
        _c(
            "name",
            "string",
            "canonical name: 'Kabupaten Solok', 'Kota Solok', 'Provinsi Sumatera Barat'",
            required=True,
        ),
        _c("type", "string", "provinsi, kabupaten or kota", required=True),
        _c("province_id", "string", "regions.id of its province; empty for a province"),
        _c("province", "string", "name of its province"),
        _c("articles", "integer", "articles naming the region as a subject", required=True),
        _c("first_seen", "date", "date of the first article naming it"),
        _c("last_seen", "date", "date of the latest article naming it"),
        _c("page", "string", "address of the region's page in the archive; empty when it has none"),
    ),
    ("id",),
    (ForeignKey("province_id", "regions"),),
    ("province_id", "type"),
    "name",
)

OUTLETS = Table(
    "outlets",
    "One row per outlet.",
    (
        _c("id", "string", "outlet id", required=True),
        _c("name", "string", "the outlet's name", required=True),
        _c("domain", "string", "its web domain"),
        _c("articles", "integer", "articles from the outlet", required=True),
        _c("first_seen", "date", "date of its first article"),
        _c("last_seen", "date", "date of its latest article"),
        _c("page", "string", PAGE, required=True),
    ),
    ("id",),
    label="name",
)

ARTICLE_REGIONS = Table(
    "article_regions",
    "One row per article x subject region.",
    (
        _c("article_id", "string", "articles.id", required=True),
        _c("region_id", "string", "regions.id", required=True),
        _c("region", "string", "canonical name of the region", required=True),
        _c("date", "date", "the article's date"),
    ),
    ("article_id", "region_id"),
    (ForeignKey("article_id", "articles"), ForeignKey("region_id", "regions")),
    ("region_id",),
)

TABLES = (ARTICLES, OFFICIALS, MENTIONS, QUOTES, REGIONS, OUTLETS, ARTICLE_REGIONS)
