"""Offices written with a short form the story itself defines: 'Dinas Pemberdayaan Masyarakat
dan Desa (DPMD) ... Kepala DPMD, A' is a Kepala Dinas, though the vocabulary knows no 'DPMD'."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import OfficialMention

# A body's full name and its short form in brackets right after it; the short form opens with
# the body word's letter ('Dinas Syariat Islam (DSI)', 'Badan Perencanaan ... (Bappeda)')
DEFINED = re.compile(
    r"\b(Dinas|Badan|Kantor|Bagian|Bidang|Seksi)((?:[ ,]+(?:[A-Z][\w'’-]*|dan|serta|&)){1,12})"
    r"\s*\(([A-Z][A-Za-z]{2,11})\)"
)
HEAD_OF = re.compile(r"\bKepala\s+([A-Z][A-Za-z]{2,11})\b")


def with_defined_bodies(officials: list[OfficialMention], text: str) -> list[OfficialMention]:
    """A 'Kepala' (or an acting one) of a short form the text defines as a Dinas, a Badan...:
    the head of that kind of body."""
    if "(" not in text or not any(
        o.role_normalized and o.role_normalized.endswith("Kepala") for o in officials
    ):
        return officials  # most articles: nothing to settle
    kinds = {short: kind for kind, _, short in DEFINED.findall(text) if short[0] == kind[0]}
    out = []
    for official in officials:
        head = HEAD_OF.search(official.role or "")
        kind = kinds.get(head.group(1)) if head else None
        if kind and official.role_normalized and official.role_normalized.split()[-1] == "Kepala":
            official = replace(official, role_normalized=f"{official.role_normalized} {kind}")
        out.append(official)
    return out
