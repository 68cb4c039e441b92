"""A council's commission named without its council: 'Anggota Komisi II, A' in a story that names
'Komisi II DPRD Kota X' is a member of that council's commission."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Line
from .role_words import Mention

BARE_COMMISSION = re.compile(r"^Komisi\s+(?:[IVX]+|[A-E]|\d{1,2})$")


def commissions_with_their_house(mentions: list[Mention], lines: tuple[Line, ...]) -> list[Mention]:
    """The mentions, each bare commission given the house the story names it with ('DPRD', 'DPR
    RI'); a commission the story names with no house, or with two, is left as written."""
    if not any(m.role is not None and BARE_COMMISSION.match(m.role.rest) for m in mentions):
        return mentions  # most stories: none
    text = "\n".join(line.text for line in lines)
    out = []
    for mention in mentions:
        role = mention.role
        if role is not None and BARE_COMMISSION.match(role.rest):
            houses = set(re.findall(re.escape(role.rest) + r"\s+(DPRD|DPRK|DPR\s+RI|DPR)\b", text))
            if len(houses) == 1:
                house = houses.pop()
                role = replace(role, rest=f"{role.rest} {house}")  # as written stays as written
                mention = replace(mention, role=role)
        out.append(mention)
    return out
