"""Reading the markup a web page describes itself with: meta elements, JSON-LD objects and the
text of an element."""

from __future__ import annotations

import json


def meta_tags(root) -> dict[str, str]:
    """meta elements by property, name or itemprop (lower case), the first non-empty value."""
    out: dict[str, str] = {}
    for element in root.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                out.setdefault(key, content)
    return out


def json_ld_items(root) -> list[dict]:
    """Every object of the page's JSON-LD blocks (lists and @graph flattened); a block that is not
    valid JSON is left out."""
    items: list[dict] = []
    for script in root.xpath(
        "//script[translate(@type, 'LDJSON', 'ldjson')='application/ld+json']"
    ):
        raw = (script.text or "").strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            value = stack.pop(0)
            if isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, dict):
                items.append(value)
                if isinstance(value.get("@graph"), list):
                    stack.extend(value["@graph"])
    return items


def ld_types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def ld_text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if isinstance(value, (str, int, float)) and str(value).strip():
        return " ".join(str(value).split())
    return None


def text_of(element) -> str | None:
    if element is None:
        return None
    text = " ".join(element.text_content().split())
    return text or None
