"""The holder of the office a headline opens with, named alone as the lead's subject: 'Gubernur
Sumbar Tinjau Jalan Longsor' over 'Yudhi Arfianto meninjau jalan ...'. News writes the office
once, in the headline, and the name once, in the lead; neither line alone names an official."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import Lexicon
from ..model import Line
from .glued import line_tokens
from .names import Stream, parse_name, reads_as_a_name
from .role_words import Mention
from .roles import role_at
from .text import SENTENCE_END, fold

# the lead's verb right after its subject: 'meninjau', 'diminta', 'bertemu', 'terpilih'
VERB = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}")
# a capitalised name of two words or more, then that verb
SUBJECT_THEN_VERB = re.compile(r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,4}\s+" + VERB.pattern)
HEADS_OF_THE_NATION = ("presiden", "wakil presiden")


def headline_holder(
    title: str, lead: Line | None, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """[the lead's subject holding the headline's office], or [] when the office is no region's
    head or the nation's, the body names a holder of it, the lead's sentence writes the office's
    word again (its subject is then someone else), or the headline names a holder (a known given
    name after the office). The cheap tests of the two lines' shapes come first."""
    if lead is None or not title:
        return []
    first = fold(title.split(maxsplit=1)[0])
    if first not in lexicon.role_first:
        return []  # most headlines open with no office's word
    sentence = SENTENCE_END.split(lead.text, maxsplit=1)[0]
    if not SUBJECT_THEN_VERB.match(sentence) or first in fold(sentence).split():
        return []  # no name opens the lead, or the lead writes the office: its subject is another
    stream = Stream(title, line_tokens(title, lexicon))
    role = role_at(stream, 0, lexicon)
    if role is None or not (role.region_hits or role.head in HEADS_OF_THE_NATION):
        return []
    if any(
        m.name is not None and m.role is not None and m.role.head == role.head for m in mentions
    ):
        return []  # the story names a holder of the office itself
    if role.end < len(stream) and stream.fold(role.end) in lexicon.name_tokens:
        return []  # 'Gubernur Sumbar Mahyeldi Tinjau ...': the headline names its holder
    subject = Stream(sentence, line_tokens(sentence, lexicon))
    if role_at(subject, 0, lexicon) is not None:
        return []
    name = parse_name(subject, 0, lexicon)
    if (
        name is None
        or len(name.name.split()) < 2
        or not reads_as_a_name(name.name, lexicon)
        or lexicon.places.match_at(subject.toks, 0) is not None
        or name.end >= len(subject)
        or subject.sep(name.end) != " "
        or not VERB.fullmatch(subject.raw(name.end))
    ):
        return []
    return [Mention(name, replace(role, span=(0, 0)), lead.number)]
