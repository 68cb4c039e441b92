"""Descriptions of the open data that tools read: a JSON Schema (draft 2020-12) for each kind of
JSON file, a Frictionless data package for the CSV files, and Datasette's metadata for the
database. The tables' parts come from tables.py, so a column is described once.
"""

from __future__ import annotations

from typing import Any

from .tables import TABLES, Table

DRAFT = "https://json-schema.org/draft/2020-12/schema"
LICENCE_NOTE = (
    "Article texts and quotes belong to their outlets and are archived for research and citation; "
    "the data extracted from them (dates, officials, roles, regions, outlets) may be reused with "
    "attribution to the archive."
)
SCHEMA_FOLDER = "data/schema"

_S = {"type": "string"}
_NS = {"type": ["string", "null"]}
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_NDATE = {"type": ["string", "null"], "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_BOOL = {"type": "boolean"}
_STRINGS = {"type": "array", "items": _S}


def _object(properties: dict, optional: tuple[str, ...] = ()) -> dict:
    """An object with exactly these keys (every one present unless `optional`)."""
    return {
        "type": "object",
        "properties": properties,
        "required": [k for k in properties if k not in optional],
        "additionalProperties": False,
    }


def _array(items: dict) -> dict:
    return {"type": "array", "items": items}


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


_DEFS = {
    "article": _object(
        {
            "id": _S,
            "source": _S,
            "page": _S,
            "title": _S,
            "title_derived": _BOOL,
            "date": _NDATE,
            "date_text": _NS,
            "date_method": _S,
            "date_flags": _STRINGS,
            "outlet": {"oneOf": [{"type": "null"}, _object({"id": _S, "name": _S, "domain": _NS})]},
            "dateline": _NS,
            "regions": _array(_object({"id": _S, "name": _S})),
            "officials": _array(
                _object(
                    {
                        "id": _S,
                        "name": _S,
                        "degrees": _STRINGS,
                        "degrees_here": _STRINGS,
                        "role": _NS,
                        "role_normalized": _NS,
                        "institution": _NS,
                        "region": _NS,
                        "aliases": _STRINGS,
                        "recognised": _BOOL,
                    }
                )
            ),
            "offices": _array(
                _object({"role": _S, "region": _S, "holder": _NS, "inferred": _BOOL})
            ),
            "quotes": _array(
                _object({"speaker": _NS, "text": _S, "line": {"type": ["integer", "null"]}})
            ),
            "byline": _object({"author": _NS, "editor": _NS, "initials": _NS}),
            "boilerplate": _STRINGS,
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "corrected": _STRINGS,
            "url": _NS,  # the original page, where known
            "accessed": {
                "type": ["string", "null"],
                "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$",
            },
        },
        optional=("url", "accessed"),
    ),
    "official": _object(
        {
            "id": _S,
            "name": _S,
            "degrees": _STRINGS,
            "spellings": _STRINGS,
            "page": _S,
            "roles": _array(
                _object(
                    {
                        "article": _S,
                        "date": _NDATE,
                        "role": _NS,
                        "role_normalized": _NS,
                        "institution": _NS,
                        "region": _NS,
                    }
                )
            ),
            "articles": _STRINGS,
            "quotes": _array(_object({"article": _S, "text": _S})),
            "inferred": _array(
                _object({"article": _S, "date": _NDATE, "office": _NS, "region": _NS})
            ),
        }
    ),
    "article_summary": _object(
        {"id": _S, "title": _S, "date": _NDATE, "date_inferred": _BOOL, "outlet": _NS, "page": _S}
    ),
    "csl_date": _object(
        {
            "date-parts": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 3,
                    "items": {"type": "integer"},
                },
            },
            "circa": _BOOL,
        },
        optional=("circa",),
    ),
    "csl_item": _object(
        {
            "id": _S,
            "type": {"const": "article-newspaper"},
            "title": _S,
            "author": _array(_object({"literal": _S})),
            "container-title": _S,
            "issued": {"$ref": "#/$defs/csl_date"},
            "URL": _S,
            "accessed": {"$ref": "#/$defs/csl_date"},
            "archive": _S,
            "archive_location": _S,
            "language": _S,
            "note": _S,
        },
        optional=("author", "container-title", "issued", "accessed"),
    ),
}

_DOCUMENTS = {
    "articles": (
        "data/articles.json",
        "Every article as extracted (README, 'Open data').",
        {"schema": {"const": "netralitas-site/articles/1"}, "articles": _array(_ref("article"))},
        ("article",),
    ),
    "officials": (
        "data/officials.json",
        "Every official across the archive, with their roles per article.",
        {"schema": {"const": "netralitas-site/officials/1"}, "officials": _array(_ref("official"))},
        ("official",),
    ),
    "outlets": (
        "data/outlets.json",
        "Every outlet with its articles.",
        {
            "schema": {"const": "netralitas-site/outlets/1"},
            "outlets": _array(
                _object({"id": _S, "name": _S, "domain": _NS, "page": _S, "articles": _STRINGS})
            ),
        },
        (),
    ),
    "regions": (
        "data/regions.json",
        "Every region articles name, with its articles.",
        {
            "schema": {"const": "netralitas-site/regions/1"},
            "regions": _array(
                _object(
                    {
                        "id": _S,
                        "name": _S,
                        "type": _S,
                        "province": _NS,
                        "page": _S,
                        "articles": _STRINGS,
                    }
                )
            ),
        },
        (),
    ),
    "official": (
        "pejabat/<id>/data.json",
        "One official's record and their articles.",
        {
            "schema": {"const": "netralitas-site/official/1"},
            "official": _ref("official"),
            "articles": _array(
                _object({"id": _S, "title": _S, "date": _NDATE, "outlet": _NS, "page": _S})
            ),
        },
        ("official",),
    ),
    "article": (
        "artikel/<id>/data.json",
        "One article's record (as in articles.json), its citation and provenance.",
        {
            "schema": {"const": "netralitas-site/article/1"},
            "article": _ref("article"),
            "date_inferred": _BOOL,
            "url": _NS,
            "accessed": _NDATE,
            "citation": _ref("csl_item"),
        },
        ("article", "csl_item", "csl_date"),
    ),
    "outlet": (
        "media/<id>/data.json",
        "One outlet and its articles, newest first.",
        {
            "schema": {"const": "netralitas-site/outlet/1"},
            "outlet": _object(
                {
                    "id": _S,
                    "name": _S,
                    "domain": _NS,
                    "page": _S,
                    "first_seen": _NDATE,
                    "last_seen": _NDATE,
                }
            ),
            "articles": _array(_ref("article_summary")),
        },
        ("article_summary",),
    ),
    "region": (
        "wilayah/<id>/data.json",
        "One region (a province with its kabupaten/kota) and its articles, newest first.",
        {
            "schema": {"const": "netralitas-site/region/1"},
            "region": _object({"id": _S, "name": _S, "type": _S, "province": _NS, "page": _S}),
            "articles": _array(_ref("article_summary")),
            "direct": _STRINGS,
        },
        ("article_summary",),
    ),
}


def json_schemas() -> dict[str, dict]:
    """Schema name -> JSON Schema document, for every kind of JSON file the build publishes."""
    out = {}
    for name, (path, description, properties, defs) in _DOCUMENTS.items():
        document = {
            "$schema": DRAFT,
            "$id": f"{name}.schema.json",
            "title": f"netralitas-site {name} ({path})",
            "description": description,
            **_object(properties),
        }
        if defs:
            document["$defs"] = {d: _DEFS[d] for d in _with_nested(defs)}
        out[name] = document
    out["citations"] = {
        "$schema": DRAFT,
        "$id": "citations.schema.json",
        "title": "netralitas-site citations (data/citations.json, artikel/<id>/cite.json)",
        "description": "CSL-JSON items, one per article, as Zotero and pandoc import them.",
        "type": "array",
        "items": _ref("csl_item"),
        "$defs": {d: _DEFS[d] for d in ("csl_item", "csl_date")},
    }
    return out


def _with_nested(names: tuple[str, ...]) -> list[str]:
    return list(names) + (["csl_date"] if "csl_item" in names and "csl_date" not in names else [])


def schema_path(name: str) -> str:
    return f"{SCHEMA_FOLDER}/{name}.schema.json"


def schema_name_of(path: str) -> str | None:
    """Which schema the published JSON file at site path `path` follows; None for other files."""
    parts = path.split("/")
    if len(parts) == 2 and parts[0] == "data" and parts[1].endswith(".json"):
        stem = parts[1].removesuffix(".json")
        return "citations" if stem == "citations" else stem if stem in _DOCUMENTS else None
    if len(parts) == 3 and parts[2] in ("data.json", "cite.json"):
        kinds = {
            "pejabat": "official",
            "artikel": "article",
            "media": "outlet",
            "wilayah": "region",
        }
        if parts[2] == "cite.json":
            return "citations" if parts[0] == "artikel" else None
        return kinds.get(parts[0])
    return None


# Frictionless data package (https://specs.frictionlessdata.io/): the CSV files, typed and keyed


def data_package(site: dict) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "netralitas-archive",
        "title": site["title"],
        "description": f"{site['description']} {LICENCE_NOTE}".strip(),
        **({"homepage": site["base_url"] + "/"} if site.get("base_url") else {}),
        "resources": [_resource(table) for table in TABLES],
    }


_FRICTIONLESS_TYPES = {
    "string": "string",
    "integer": "integer",
    "boolean": "boolean",
    "date": "date",
}


def _resource(table: Table) -> dict:
    fields = []
    for column in table.csv_columns():
        field: dict[str, Any] = {
            "name": column.name,
            "type": _FRICTIONLESS_TYPES[column.type],
            "description": column.description,
        }
        if column.type == "boolean":
            field.update(trueValues=["true"], falseValues=["false"])
        if column.required:
            field["constraints"] = {"required": True}
        fields.append(field)
    schema = {"fields": fields, "primaryKey": list(table.primary_key), "missingValues": [""]}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": [fk.column],
                "reference": {
                    "resource": "" if fk.table == table.name else fk.table,
                    "fields": [fk.target],
                },
            }
            for fk in table.foreign_keys
        ]
    return {
        "name": table.name,
        "path": table.csv_path.removeprefix("data/"),
        "profile": "tabular-data-resource",
        "title": table.name,
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",
        "dialect": {"delimiter": ",", "quoteChar": '"', "header": True},
        "schema": schema,
    }


# Datasette (https://docs.datasette.io/en/stable/metadata.html): `datasette data/` opens the
# database with these titles and descriptions

_FACETS = {
    "articles": ["outlet", "date_method", "date_inferred"],
    "mentions": ["role_normalized", "region"],
    "quotes": ["speaker"],
    "officials": ["role_normalized", "region"],
    "regions": ["type", "province"],
}


def datasette_metadata(site: dict, database: str = "archive") -> dict:
    tables = {}
    for table in TABLES:
        entry = {
            "description": table.description,
            "columns": {c.name: c.description for c in table.columns},
        }
        if table.label:
            entry["label_column"] = table.label
        if table.name in _FACETS:
            entry["facets"] = _FACETS[table.name]
        if any(c.name == "date" for c in table.columns):
            entry["sort_desc"] = "date"
        tables[table.name] = entry
    metadata = {
        "title": site["title"],
        "description": site["description"],
        "license": LICENCE_NOTE,
        "source": "netralitas-site: news articles saved as text, extracted into records",
        "databases": {
            database: {"title": site["title"], "description": site["description"], "tables": tables}
        },
    }
    if site.get("base_url"):
        metadata["source_url"] = site["base_url"] + "/"
    return metadata
