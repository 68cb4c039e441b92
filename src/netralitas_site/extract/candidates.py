"""Election candidates named as a pair: 'paslon nomor urut 2, Budi Santoso-Andi Saputra', and
the pairs a sentence lists after one another ('A-B, C-D, serta E-F')."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Line
from .glued import line_tokens
from .lists import _hyphen_pair
from .names import ParsedName, Stream, parse_name
from .role_words import Mention, RolePhrase, _token_after

CANDIDATE_PAIR = re.compile(
    r"\b(?:(?:pasangan\s+(?:bakal\s+)?calon|paslon|bapaslon|pasangan)\s+(?:yang\s+[a-z]+\s+)?"
    # the offices they run for, when a number follows ('... Wali Kota dan Wakil Wali Kota X nomor urut 3, A-B')
    r"(?:(?:[\w.]+\s+){1,8}?(?=(?:nomor|no\.)\s*(?:urut\s*)?\d))?"
    r"(?:(?:nomor\s+urut|nomor|no\.)\s*\d+\s*,?\s*)?"
    r"|(?:nomor|no\.)\s+urut\s*\d+\s*,\s*)"  # '..., dan nomor urut 2, C-D': the next pair
    r"(?:(?:adalah|yakni|yaitu|ialah)\s*:?\s*)?(?=[A-Z])",  # 'Pasangan nomor urut 1 adalah A-B'
    re.IGNORECASE,
)
# 'Calon Bupati Gianyar nomor urut 2, A, ...': one candidate named after the ballot number
BALLOT_NAMED = re.compile(
    r"\bCalon\s+(?:Wakil\s+)?(?:Bupati|Wali\s+Kota|Gubernur)(?:\s+[A-Z][\w-]*){0,3}"
    r"\s+nomor\s+urut\s+\d{1,2}\s*,\s*(?=[A-Z])"
)
NEXT_PAIR = re.compile(r"\s*,?\s*(?:(?:dan|serta)\s+)?(?=[A-Z])")  # 'A-B, C-D, serta E-F'


def candidate_pairs(lines: tuple[Line, ...], lexicon: Lexicon) -> list[Mention]:
    """'paslon nomor urut 2, Budi Santoso-Andi Saputra': the two candidates of an election pair
    (a head of region and a deputy) written joined by a hyphen, each a candidate."""
    out: list[Mention] = []
    for line in lines:
        text = line.text
        if "urut" not in text and "asangan" not in text and "aslon" not in text:
            continue  # most lines name no candidates' pair (a substring search is the cheapest)
        stream = None
        intros = list(CANDIDATE_PAIR.finditer(text)) if "-" in text else []
        for intro in intros + list(BALLOT_NAMED.finditer(text)):
            stream = stream or Stream(text, line_tokens(text, lexicon))
            k = _token_after(stream, intro.end())
            if k >= len(stream) or stream.toks[k][1] != intro.end():
                continue
            name = parse_name(stream, k, lexicon)
            pair: tuple[ParsedName, ...] | None
            if intro.re is BALLOT_NAMED:  # one candidate, after the office and the number
                pair = (name,) if name is not None else None
            else:
                pair = _hyphen_pair(stream, name, lexicon) if name is not None else None
            if pair is None and name is not None:
                pair = _dashed_pair(stream, name, lexicon)
            if pair is None:
                continue
            pairs = list(pair)
            while (nxt := NEXT_PAIR.match(text, pairs[-1].char_end)) is not None:
                j = _token_after(stream, nxt.end())
                more = parse_name(stream, j, lexicon) if j < len(stream) else None
                more_pair = _hyphen_pair(stream, more, lexicon) if more is not None else None
                if more_pair is None:
                    break
                pairs.extend(more_pair)
            role = RolePhrase(
                written=intro.group().strip(" ,"),
                acting=None,
                head="calon",
                rest="",
                region_hits=(),
                start=_token_after(stream, intro.start()),
                end=k,
                span=(intro.start(), stream.toks[k - 1][2]),
            )
            out.extend(Mention(person, role, line.number) for person in pairs)
    return out


# 'Drs. A, M.Si - B, S.H.': a pair's names with their degrees, set apart by a spaced dash
SPACED_DASH = re.compile(r"\s+[-–]\s+")


def _dashed_pair(
    stream: Stream, name: ParsedName, lexicon: Lexicon
) -> tuple[ParsedName, ParsedName] | None:
    dash = SPACED_DASH.match(stream.text, name.char_end)
    if dash is None:
        return None
    k = _token_after(stream, dash.end())
    deputy = parse_name(stream, k, lexicon) if k < len(stream) else None
    return (name, deputy) if deputy is not None else None
