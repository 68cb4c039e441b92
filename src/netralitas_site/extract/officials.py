"""Find officials in article text: a role phrase ("Pjs. Bupati Solok") and the person holding it.

Handles "ROLE, NAME, DEGREES", "ROLE NAME, DEGREES", "ROLE NAME verb ...", attendance lists that
chain several of these with commas, and offices named without a person ("ditegaskan Bupati Solok").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass, replace
from operator import itemgetter

from ..lexicon import TOKEN_WORD, Lexicon, RegionHit, tokens_with_spans
from ..model import Line
from .names import ParsedName, Stream, line_tokens, parse_name, person_key, rank_at, reads_as_a_name
from .quotes import is_word_char
from .text import fold, words_pattern

ROLE_SEP_OK = " ()-/&"


@dataclass(frozen=True, slots=True)
class RolePhrase:
    written: str  # as in the text: "Pjs. Bupati Solok"
    acting: str | None  # "Penjabat Sementara"
    head: str  # the phrase without acting word and region, folded: "bupati"
    rest: str  # institution words after the head, as written: "Dinas Pendidikan"
    region_hits: tuple[tuple[RegionHit, ...], ...]  # places named inside the phrase
    start: int
    end: int  # token index after the phrase
    span: tuple[int, int] = (0, 0)  # characters of the line covered by the phrase


@dataclass(frozen=True, slots=True)
class StoryContext:
    """What the whole article says about posts that one line leaves ambiguous (`story_context`)."""

    party_boards: bool = False  # a bare 'DPD' is a party's regional board
    state_subsidiary: bool = False  # a 'PT' the text names is a state company's subsidiary


PLAIN_STORY = StoryContext()


@dataclass(frozen=True, slots=True)
class Mention:
    """A person with a role, or a role without a person (name None)."""

    name: ParsedName | None
    role: RolePhrase | None
    line: int


def find_mentions(lines: tuple[Line, ...], lexicon: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    everyday = everyday_words(lines)
    story = story_context(lines, lexicon)
    headings: list[RolePhrase] = []  # offices without a holder in the lines before a list
    for index, line in enumerate(lines):
        found = mentions_in_line(line, lexicon, everyday, story)
        if found and index + 1 < len(lines) and found[-1].name is None:
            wrapped = _holder_on_next_line(
                line, found[-1], lines[index + 1 : index + 3], lexicon, story
            )
            if wrapped is not None:
                found[-1] = wrapped
        item = LIST_ITEM.match(line.text)
        if item:
            person = _list_item(
                line, item.end(), found, headings[-1] if headings else None, lexicon, everyday
            )
            if person is not None:
                found.append(person)
        elif line.text.strip():
            headings = (
                headings[-1:]
                + [m.role for m in found if m.name is None and m.role is not None][-1:]
            )
        out.extend(found)
    speakers = speakers_without_role(lines, lexicon, out, everyday)
    if speakers:
        out.extend(_with_implied_roles(speakers, out, lines, lexicon, story))
    out.extend(officers_by_rank(lines, lexicon, out))
    out.extend(candidate_pairs(lines, lexicon))
    return _without_glued_tails(out, lines)


# Short words a scraped page glues to the name before them ('Budi Santosodan', 'Putinserta'):
# too short, or too often a name's own ending, to be cut wherever they stand (`split_glued`);
# the first ones end no name, the others only when the text writes the name without them
SHORT_TAILS = ("serta", "akan", "dan", "di", "ke", "yang", "ini", "itu", "pun")
NEVER_NAME_ENDINGS = ("serta", "akan")
STEM_LETTERS = 3


def _without_glued_tails(mentions: list[Mention], lines: tuple[Line, ...]) -> list[Mention]:
    """Names whose last word is another word of the text with a short word glued to it: the
    article writes the name without it elsewhere ('Fadli Zon'), so the tail is no part of it."""
    text = None
    out = []
    for mention in mentions:
        name = mention.name
        last = name.name.rsplit(" ", 1)[-1] if name is not None else ""
        tail = next(
            (t for t in SHORT_TAILS if last.endswith(t) and len(last) - len(t) >= STEM_LETTERS),
            None,
        )
        if name is not None and tail is not None:
            if text is None:
                text = "\n".join(line.text for line in lines)
            stem = last[: -len(tail)]
            if tail in NEVER_NAME_ENDINGS or re.search(rf"\b{re.escape(stem)}\b", text):
                name = replace(name, name=name.name[: -len(tail)])
                mention = replace(mention, name=name)
        out.append(mention)
    return out


def officers_by_rank(
    lines: tuple[Line, ...], lexicon: Lexicon, found: list[Mention]
) -> list[Mention]:
    """People written with a police or military rank and no office beside them ('Mayjen TNI Budi
    Santoso, jenderal Kopassus ...'): an officer in post is an official. Once each, and not someone
    found already (an office elsewhere in the text names the same person)."""
    known = {fold(m.name.name) for m in found if m.name is not None}
    out: list[Mention] = []
    for line in lines:
        if not any(word in lexicon.ranks_by_first for word in RANK_WORD.findall(line.text)):
            continue
        stream = Stream(line.text, line_tokens(line.text, lexicon))
        for k in range(len(stream)):
            if stream.raw(k) not in lexicon.ranks_by_first or not rank_at(stream, k, lexicon):
                continue
            name = parse_name(stream, k, lexicon)
            if (
                name is None
                or len(name.name.split()) < 2
                or not reads_as_a_name(name.name, lexicon, strict=False)
            ):
                continue
            key = fold(name.name)
            if key in known or _short_form_of(key, known):
                continue
            known.add(key)
            out.append(Mention(name, None, line.number))
    return out


RANK_WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")


LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*▪·–])\s*(?=[A-Z])")
ITEM_POST = re.compile(
    r"[\s,;]*(?:\([^()]{0,120}\)[\s,;]*)?(?:untuk|sebagai|menjadi|dilantik\s+(?:sebagai|menjadi))\s+",
    re.IGNORECASE,
)


def _list_item(
    line: Line,
    start: int,
    found: list[Mention],
    heading: RolePhrase | None,
    lexicon: Lexicon,
    everyday: Container[str] = frozenset(),
) -> Mention | None:
    """One item of an appointment or installation list: '2. NAME (home post), untuk Pjs. Bupati X;',
    'NAME untuk Kabupaten X, yang sebelumnya menjabat ...', or a bare 'NAME' under a heading that
    names the office ('... melantik lima Pjs Bupati:'). The item's place is the office's region."""
    text = line.text
    stream = Stream(text, line_tokens(text, lexicon))
    k = _token_after(stream, start)
    if k >= len(stream) or any(
        m.name is not None and m.name.start <= k < m.name.end for m in found
    ):
        return None
    name = parse_name(stream, k, lexicon)
    if (
        name is None
        or (len(name.name.split()) < 2 and not name.degrees)
        or role_at(stream, k, lexicon) is not None
    ):
        return None
    words = [fold(w) for w in name.name.split()]
    if any(
        w in lexicon.institution_words or w in lexicon.never_in_names or w in everyday
        for w in words
    ) or not any(w in lexicon.name_tokens for w in words):
        return None  # an item that names a thing ('Cek Fakta'), not a person
    post = ITEM_POST.match(text, name.char_end)
    role = None
    if post:
        r = _token_after(stream, post.end())
        role = role_at(stream, r, lexicon) if r < len(stream) else None
        if role is None and heading is not None and r < len(stream) and stream.is_cap(r):
            place = lexicon.places.match_at(stream.toks, r)
            if place:  # 'untuk Kabupaten Solok': the heading's office in this place
                end = r + place[0]
                role = RolePhrase(  # no office is written here: the place's words count as the text's own
                    written=f"{heading.written} {text[stream.toks[r][1] : stream.toks[end - 1][2]]}",
                    acting=heading.acting,
                    head=heading.head,
                    rest=heading.rest,
                    region_hits=(tuple(place[1]),),
                    start=r,
                    end=end,
                    span=(stream.toks[r][1], stream.toks[r][1]),
                )
    if role is None:
        if heading is None:
            return None
        role = replace(
            heading, region_hits=()
        )  # a bare name under the heading: its office, place unknown
    return Mention(name, role, line.number)


ANAPHOR_AFTER = re.compile(
    r"\s*(?:itu|ini|tersebut|yang\s[^.,;“”\"]{0,40}?\s(?:ini|itu|tersebut))\b"
)
ANAPHOR_BEFORE = re.compile(r"\b(?:sang|selaku|sebagai)\s+$", re.IGNORECASE)


def _with_implied_roles(
    speakers: list[Mention],
    found: list[Mention],
    lines: tuple[Line, ...],
    lexicon: Lexicon,
    story: StoryContext = PLAIN_STORY,
) -> list[Mention]:
    """A speaker the text names without an office is an official only when the text gives them one:
    an office pointing back at the person named last ('Budi Santoso ... Gubernur Bengkulu itu',
    'sang Bupati', 'Gubernur yang akrab disapa Budi ini'). Party cadres, experts and residents
    who are quoted stay out."""
    texts = {line.number: line.text for line in lines}
    order = [line.number for line in lines]
    implied: dict[int, Mention] = {}
    for mention in found:
        role = mention.role
        if (
            mention.name is not None
            or role is None
            or not _is_public(role, lexicon, story)
            or _numbered_holder(role)
        ):
            continue
        text = texts.get(mention.line, "")
        if not (
            ANAPHOR_AFTER.match(text, role.span[1]) or ANAPHOR_BEFORE.search(text, 0, role.span[0])
        ):
            continue
        best = None  # (line position, character) of the speaker named last before the office
        for index, speaker in enumerate(speakers):
            if speaker.name is None:
                continue
            where = _last_named_before(speaker.name.name, texts, order, mention.line, role.span[0])
            if where is not None and (best is None or where > best[0]):
                best = (where, index)
        if best is not None and best[1] not in implied:
            implied[best[1]] = Mention(speakers[best[1]].name, role, speakers[best[1]].line)
    return [implied[i] for i in sorted(implied)]


def _numbered_holder(role: RolePhrase) -> bool:
    """'Presiden ke-7 itu', 'Presiden Pertama itu': one holder in the office's history, not the speaker."""
    words = fold(role.written).split()
    return any(w in ORDINALS for w in words) or any(
        a == "ke" and b.isdigit() for a, b in zip(words, words[1:])
    )


ANAPHOR_REACH = 2  # lines: an office pointing back reaches the paragraph before it, no further


def _last_named_before(
    name: str, texts: dict[int, str], order: list[int], line: int, char: int
) -> tuple[int, int] | None:
    at = order.index(line)
    for back in range(at, max(-1, at - ANAPHOR_REACH - 1), -1):
        number = order[back]
        text = texts[number][:char] if number == line else texts[number]
        found = text.rfind(name)
        if found != -1:
            return (back, found)
    return None


def _holder_on_next_line(
    line: Line,
    mention: Mention,
    following: tuple[Line, ...],
    lexicon: Lexicon,
    story: StoryContext = PLAIN_STORY,
) -> Mention | None:
    """'... Gubernur Jakarta' ending a line and the holder's name opening the next one: a page
    that put the name on a line of its own (a caption, a tag, a lost space). The office's place
    may stand on a line of its own between them."""
    role = mention.role
    if (
        role is None
        or line.text[role.span[1] :].strip(" ,")
        or not following
        or not _is_public(role, lexicon, story)
    ):
        return None
    text = following[0].text
    place = lexicon.places.match_at(tokens_with_spans(text), 0) if text[:1].isupper() else None
    if (
        place
        and len(following) > 1
        and place[0] == len(tokens_with_spans(text))
        and not text[tokens_with_spans(text)[-1][2] :].strip()
    ):
        role = replace(
            role,
            written=f"{role.written} {text.strip()}",
            region_hits=role.region_hits + (tuple(place[1]),),
        )
        text = following[1].text
    if not text[:1].isupper():
        return None
    stream = Stream(text, line_tokens(text, lexicon))
    if not stream.toks or stream.toks[0][1] != 0 or role_at(stream, 0, lexicon) is not None:
        return None
    name = parse_name(stream, 0, lexicon)
    if name is None or (len(name.name.split()) < 2 and not name.degrees):
        return None
    if any(
        fold(w) in lexicon.institution_words for w in name.name.split()
    ) or lexicon.places.match_at(stream.toks, 0):
        return None
    return Mention(name, role, line.number)


CAPITALISED_RUN = r"[A-Z][\w'’.-]*(?:[ ]+(?:[A-Z][\w'’.-]*|bin|binti))*"
SAID_WORDS = frozenset(
    {
        "kata",
        "ujar",
        "ucap",
        "tutur",
        "jelas",
        "ungkap",
        "tegas",
        "imbuh",
        "tambah",
        "terang",
        "papar",
        "lanjut",
        "pungkas",
        "tandas",
    }
)
SAID_BY = re.compile(r"\b" + words_pattern(SAID_WORDS) + r"\s+(" + CAPITALISED_RUN + ")")
SAYS_VERBS = frozenset(
    {
        "mengatakan",
        "menyatakan",
        "menegaskan",
        "mengungkapkan",
        "menyampaikan",
        "menjelaskan",
        "menuturkan",
        "menyebut",
        "menyebutkan",
        "menambahkan",
        "berharap",
        "memastikan",
        "menginstruksikan",
        "mengimbau",
        "meminta",
        "mengaku",
        "menilai",
        "menekankan",
    }
)
SAYS = re.compile("(" + CAPITALISED_RUN + r")\s+" + words_pattern(SAYS_VERBS) + r"\b")
PRONOUNS = {
    "ia",
    "dia",
    "beliau",
    "mereka",
    "kami",
    "kita",
    "saya",
    "pihaknya",
    "hal",
    "itu",
    "ini",
    "sementara",
    "namun",
    "menurut",
    "selain",
    "tetapi",
    "lebih",
    "kemudian",
    "adapun",
    "sebelumnya",
    "selanjutnya",
    "pemerintah",
}


def speakers_without_role(
    lines: tuple[Line, ...],
    lexicon: Lexicon,
    found: list[Mention],
    everyday: Container[str] | None = None,
) -> list[Mention]:
    """People the text quotes or has speak ('kata Rano', 'Budi Santoso menyampaikan') with no role
    beside them: a governor introduced elsewhere, a minister everyone knows, a candidate. Their
    name must read as one (name evidence, no institution, place or everyday words); a single word
    counts only when the text gives it the floor twice. A short form of someone already found
    joins that person when the mentions are merged."""
    known = {fold(m.name.name) for m in found if m.name is not None}
    covered: dict[int, list[tuple[int, int]]] = {}
    for m in found:
        if m.role is not None:
            covered.setdefault(m.line, []).append(
                (m.role.start, max(m.role.end, m.name.end if m.name else 0))
            )
    seen: dict[str, list[Mention]] = {}
    for line in lines:
        text = line.text
        # SAID_BY and SAYS match only where their word stands as a word of the line: a line without
        # one has no speaker (most lines; a name's run is costly to try at every capital)
        toks = tokens_with_spans(text)
        words = set(map(TOKEN_WORD, toks))
        matches = list(_said_by(text, toks)) if not words.isdisjoint(SAID_WORDS) else []
        if not words.isdisjoint(
            SAYS_VERBS
        ):  # SAYS ends at a verb: the line after the last one is not read
            last = max(end for word, _, end in toks if word in SAYS_VERBS)
            matches.extend(
                SAYS.finditer(text, 0, last + 1)
            )  # the character after it too, for the \b
        for m in matches:
            if everyday is None:
                everyday = everyday_words(lines)
            name = _speaker_name(text, m.start(1), lexicon, covered.get(line.number, ()), everyday)
            if name is not None:
                seen.setdefault(fold(name.name), []).append(Mention(name, None, line.number))
    out = []
    for key, mentions in seen.items():
        single = len(key.split()) == 1 and not (mentions[0].name and mentions[0].name.degrees)
        if _short_form_of(key, known) or (single and len(mentions) < 2):
            continue
        out.append(mentions[0])
    return out


def _said_by(text: str, toks):
    """The matches of SAID_BY.finditer(text), tried only where they can open: at a token that is
    a saying word (the pattern starts it at a word boundary and ends it before a space)."""
    end = 0
    for word, start, _ in toks:
        if start >= end and word in SAID_WORDS:
            m = SAID_BY.match(text, start)
            if m:
                yield m
                end = m.end()


PROSE_WORDS = 6  # a shorter line may be a list of lower-case tags ('donald trump'), not prose


def everyday_words(lines: tuple[Line, ...]) -> EverydayWords:
    """Words the article writes in lower case in its sentences: not names, even when a headline or
    a role's run capitalises them."""
    return EverydayWords(
        "\n".join(line.text for line in lines if line.text.count(" ") >= PROSE_WORDS)
    )


class EverydayWords:
    r"""The words of `prose` that regex (?<![\w.])[a-z]{3,}(?!\w) finds, asked one at a time: only a
    few words (of names) are ever asked about, and looking each up costs less than listing all."""

    __slots__ = ("prose", "answers")

    def __init__(self, prose: str):
        self.prose = prose
        self.answers: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        answer = self.answers.get(word)
        if answer is None:
            lower = _written_alone(word, self.prose, 3)
            # a name the article once types in lower case ('kata perry') is still written with a
            # capital more often: it stays a name
            answer = self.answers[word] = lower > 0 and lower >= _written_alone(
                word.capitalize(), self.prose, lower + 1
            )
        return answer


def _written_alone(word: str, text: str, enough: int = 1) -> int:
    """How often `word` (three ASCII letters or more, in lower case or capitalised) stands in `text`
    as a whole word, not after a word character or a dot, not before a word character; counting
    stops at `enough`."""
    if len(word) < 3 or not (word.isascii() and word.isalpha() and word[1:].islower()):
        return 0
    found = 0
    at = text.find(word)
    while at != -1 and found < enough:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before == "." or is_word_char(before)) and not is_word_char(after):
            found += 1
        at = text.find(word, at + 1)
    return found


def _short_form_of(key: str, known: set[str]) -> bool:
    """'taufik' or 'lalu faozan' beside 'muhammad taufik hidayat' / 'lalu muhammad faozan': the words
    are all words of a name already found, the person is known."""
    words = set(key.split())
    return any(words <= set(full.split()) for full in known)


def _speaker_name(
    text: str, start: int, lexicon: Lexicon, covered, everyday: Container[str]
) -> ParsedName | None:
    stream = Stream(text, line_tokens(text, lexicon))
    k = _token_after(stream, start)
    if k >= len(stream) or (k > 0 and stream.is_cap(k - 1) and stream.sep(k) == " "):
        return None  # the run continues a capitalised phrase before it
    if any(a <= k < b or (k == b and not stream.sep(k).strip(" /")) for a, b in covered):
        return None  # part of a role phrase and its holder, already read
    if fold(stream.raw(k)) in everyday and stream.fold(k) not in lexicon.name_tokens:
        k += 1  # 'Sedangkan Budi Santoso': a sentence opens with an everyday word
        if k >= len(stream) or stream.sep(k) != " ":
            return None
    if role_at(stream, k, lexicon) is not None:
        return None  # 'kata Bupati Solok': an office, found with its holder elsewhere
    name = parse_name(stream, k, lexicon)
    if name is None or lexicon.post_name.fullmatch(name.name):
        return None
    words = [fold(w) for w in name.name.split()]
    for i in range(name.start, name.end):
        if (
            lexicon.places.by_first.get(stream.fold(i))
            and lexicon.places.match_at(stream.toks, i)
            or lexicon.foreign_places.match_at(stream.toks, i)
        ):
            return None
    if words[0] in PRONOUNS or any(w in lexicon.institution_words or w in everyday for w in words):
        return None
    if not any(w in lexicon.name_tokens for w in words) and len(words) < 2 and not name.degrees:
        return None  # one unknown word: a name only when the evidence says so
    return name


def mentions_in_line(
    line: Line,
    lexicon: Lexicon,
    everyday: Container[str] = frozenset(),
    story: StoryContext = PLAIN_STORY,
) -> list[Mention]:
    toks = line_tokens(line.text, lexicon)
    firsts = lexicon.role_first
    candidates = [i for i, tok in enumerate(toks) if tok[0] in firsts]  # role_at is None elsewhere
    if not candidates:
        return []
    stream = Stream(line.text, toks)
    out: list[Mention] = []
    covered: set[int] = set()
    role_starts: list[int] = []
    done = 0  # tokens before this belong to a mention already read
    related = _related_headlines(line.text)
    for k in candidates:
        if k < done or (related and any(a <= toks[k][1] < b for a, b in related)):
            continue
        role = role_at(stream, k, lexicon)
        if role is None:
            continue
        role_starts.append(k)
        second = _second_office(stream, role, lexicon)
        if (
            second is not None
        ):  # 'Menteri X sekaligus Juru Bicara Y Budi': the first office is the post
            name, second = _holder(stream, second, lexicon)
            role = replace(role, end=second.end)
        else:
            name, role = _holder(stream, role, lexicon)
        if name is not None:
            name, role = _trim_holder(stream, name, role, lexicon, everyday)
        if name is not None:
            role = _role_after_name(stream, name, lexicon, new_post_only=True) or role
        members = _members_after(stream, role, lexicon, everyday) if name is None else []
        if (
            k > 0
            and stream.fold(k - 1) in DOCUMENT_WORDS
            and stream.sep(k) == " "
            and (name is None or len(name.name.split()) < 2)
        ):
            continue  # 'Peraturan Gubernur Nomor 5' names a document; 'keputusan Presiden Budi Santoso' the person
        if not stream.is_cap(k) and (name is None or len(name.name.split()) < 2):
            continue  # 'anggota DPR' in passing: only a named holder makes a lower-case office count
        if members and _is_public(role, lexicon, story):
            out.extend(Mention(member, role, line.number) for member in members)
            name = members[-1]
        elif _is_public(role, lexicon, story):
            out.append(Mention(name, role, line.number))
        else:  # a party's or an association's post: no official, and its places name no government
            out.append(Mention(None, replace(role, region_hits=()), line.number))
        end = max(role.end, name.end if name else 0, k + 1)
        if name:
            end = max(end, _token_after(stream, name.char_end))
        covered.update(range(k, end))
        done = end
    if out:
        out = _pairs_split(stream, out)
        out.extend(_other_members(stream, out, line.number, lexicon, everyday, story))
    if role_starts:
        out.extend(_names_before_roles(stream, covered, role_starts, line.number, lexicon, story))
    return out


def _pairs_split(stream: Stream, found: list[Mention]) -> list[Mention]:
    """'Wali Kota dan Wakil Wali Kota X, A-B': a head of region and the deputy written as a pair
    joined by a hyphen are two people, the first holding the first office (of the same place),
    not one person called 'A B' holding the second."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        name = second.name
        if (
            first.name is not None
            or first.role is None
            or name is None
            or second.role is None
            or not second.role.head.startswith("wakil")
            or stream.text[first.role.span[1] : second.role.span[0]].strip().lower() != "dan"
        ):
            continue
        pair = _hyphen_pair(stream, name)
        if pair is None:
            continue
        leader, deputy = pair
        role = replace(first.role, region_hits=first.role.region_hits + second.role.region_hits)
        out[i - 1] = Mention(leader, role, first.line)
        out[i] = Mention(deputy, second.role, second.line)
    return out


def _hyphen_pair(stream: Stream, name: ParsedName) -> tuple[ParsedName, ParsedName] | None:
    """'Sachrudin-Maryono', 'Budi Santoso-Andi Saputra' as the two names they join, or None."""
    cut = next((j for j in range(name.start + 1, name.end) if stream.sep(j) == "-"), None)
    if cut is None or not stream.is_cap(cut) or not stream.is_cap(cut - 1):
        return None
    leader = ParsedName(
        " ".join(stream.raw(j) for j in range(name.start, cut)),
        (),
        name.start,
        cut,
        stream.toks[cut - 1][2],
    )
    deputy = replace(name, name=" ".join(stream.raw(j) for j in range(cut, name.end)), start=cut)
    return leader, deputy


CANDIDATE_PAIR = re.compile(
    r"\b(?:pasangan\s+(?:bakal\s+)?calon|paslon|bapaslon|pasangan)\s+"
    r"(?:(?:nomor\s+urut|nomor|no\.)\s*\d+\s*,?\s*)?(?=[A-Z])",
    re.IGNORECASE,
)


def candidate_pairs(lines: tuple[Line, ...], lexicon: Lexicon) -> list[Mention]:
    """'paslon nomor urut 2, Budi Santoso-Andi Saputra': the two candidates of an election pair
    (a head of region and a deputy) written joined by a hyphen, each a candidate."""
    out: list[Mention] = []
    for line in lines:
        if "-" not in line.text:
            continue
        for intro in CANDIDATE_PAIR.finditer(line.text):
            stream = Stream(line.text, line_tokens(line.text, lexicon))
            k = _token_after(stream, intro.end())
            if k >= len(stream) or stream.toks[k][1] != intro.end():
                continue
            name = parse_name(stream, k, lexicon)
            pair = _hyphen_pair(stream, name) if name is not None else None
            if pair is None:
                continue
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
            out.extend(Mention(person, role, line.number) for person in pair)
    return out


OTHER_MEMBERS = re.compile(
    r"\b(?:para\s+)?anggota\s+(?:lain(?:nya)?|yang\s+lain)\s*,?\s*"
    r"(?:seperti|yakni|yaitu|di\s?antaranya|antara\s+lain|ialah|adalah)\s*:?\s*",
    re.IGNORECASE,
)


def _other_members(
    stream: Stream,
    found: list[Mention],
    line_number: int,
    lexicon: Lexicon,
    everyday: Container[str],
    story: StoryContext,
) -> list[Mention]:
    """'Wakil Ketua Komisi II A hadir, serta anggota lainnya seperti B, C, dan D': the people listed
    are members of the body the office before them named."""
    intro = OTHER_MEMBERS.search(stream.text)
    if intro is None:
        return []
    body = next(
        (
            m.role
            for m in reversed(found)
            if m.role is not None
            and m.role.rest
            and m.role.span[1] <= intro.start()
            and _is_public(m.role, lexicon, story)
        ),
        None,
    )
    if body is None:
        return []
    rest = body.rest
    house = re.search(  # 'Dari Komisi VI DPR hadir ...': the body's house, named before
        re.escape(rest) + r"\s+(DPRD?(?:\s+RI)?)\b", stream.text[: intro.start()]
    )
    if house and not re.search(r"\bDPRD?\b", rest):
        rest = f"{rest} {house.group(1)}"
    role = replace(body, written=f"anggota {rest}", acting=None, head="anggota", rest=rest)
    return [
        Mention(name, role, line_number)
        for name in _names_listed(stream, intro.end(), lexicon, everyday)
    ]


RELATED = re.compile(r"\bBaca\s+[Jj]uga\s*:\s*")
RELATED_CHARS = 120  # about the length of a linked headline glued into a paragraph


def _related_headlines(text: str) -> list[tuple[int, int]]:
    """Where a page glued a 'Baca juga: <headline>' link into a paragraph: the headline's people
    belong to another story. The paragraph goes on after it, so only its first words are left out."""
    if "aca" not in text:
        return []
    return [(m.end(), m.end() + RELATED_CHARS) for m in RELATED.finditer(text) if m.start()]


DOCUMENT_WORDS = frozenset(
    {"keputusan", "peraturan", "instruksi", "surat", "edaran", "arahan", "perintah"}
)
MEMBERS_INTRO = re.compile(r"\s*,?\s*(?:di\s?antaranya|antara\s+lain|yakni|yaitu)\s*:?\s*")
MEMBERS_SEP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")


def _members_after(
    stream: Stream, role: RolePhrase, lexicon: Lexicon, everyday: Container[str]
) -> list[ParsedName]:
    """'Anggota DPRD X Fraksi Y di antaranya A, B, dan C': the people an office lists after it hold it.
    Each item must read as a person's name (two words or degrees, no body's or place's words)."""
    intro = MEMBERS_INTRO.match(
        stream.text, stream.toks[role.end - 1][2] + len(_closing(stream, role.end))
    )
    if intro is None:
        return []
    return _names_listed(stream, intro.end(), lexicon, everyday)


def _names_listed(
    stream: Stream, pos: int, lexicon: Lexicon, everyday: Container[str]
) -> list[ParsedName]:
    """The people's names listed from character `pos` on ('A, B, dan C'), up to the first item
    that does not read as a person's name."""
    members: list[ParsedName] = []
    while True:
        k = _token_after(stream, pos)
        if (
            k >= len(stream)
            or stream.toks[k][1] != pos
            or not stream.is_cap(k)
            or role_at(stream, k, lexicon) is not None
        ):
            break
        name = parse_name(stream, k, lexicon)
        if name is None or not _reads_as_person(stream, name, lexicon, everyday):
            break
        members.append(name)
        sep = MEMBERS_SEP.match(stream.text, name.char_end)
        if sep is None or sep.end() == name.char_end:
            break
        pos = sep.end()
    return members


def _reads_as_person(
    stream: Stream, name: ParsedName, lexicon: Lexicon, everyday: Container[str]
) -> bool:
    words = [fold(w) for w in name.name.split()]
    if len(words) < 2 and not name.degrees:
        return False
    if any(w in lexicon.institution_words or w in lexicon.never_in_names for w in words) or all(
        w in everyday for w in words
    ):
        return False
    return not _is_place_run(stream, name.start, name.end, lexicon)


def _trim_holder(
    stream: Stream, name: ParsedName, role: RolePhrase, lexicon: Lexicon, everyday: Container[str]
):
    """The person inside a capitalised run read as a holder: words before it that name the body
    or the place ('Direktur Penyidikan KPK Budi Santoso', 'Duta Besar Rusia Budi') join the role;
    a word the article writes in lower case elsewhere ends the name ('Budi Sebut Kebijakan' in a
    headline). Nothing left, or only a place: no holder."""
    first = _name_token(stream, name)
    if first is None:
        return name, role
    j = first
    titled = first > name.start  # 'AKBP Pratama Adhyasastra': a rank or title opened the name
    while (
        not titled
        and j < name.end - 1
        and _not_a_name_word(stream, j, lexicon, everyday, opening=True)
    ):
        j += 1
    if not titled:
        j = _after_body_words(stream, j, name.end, lexicon)
    cut = j + 1
    while cut < name.end and not _not_a_name_word(stream, cut, lexicon, everyday, opening=False):
        cut += 1
    if j == first and cut == name.end:
        return (None, role) if _is_place_run(stream, first, name.end, lexicon) else (name, role)
    if _not_a_name_word(stream, j, lexicon, everyday, opening=True) or _is_place_run(
        stream, j, cut, lexicon
    ):
        return None, role
    kept = [stream.fold(i) for i in range(j, cut)]
    if (
        j > first
        and any(w in lexicon.institution_words for w in kept)
        and not any(w in lexicon.name_tokens for w in kept)
    ):
        return (
            None,
            role,
        )  # 'Belum Kaji Kebijakan Pendidikan': a headline's words, no name among them
    after_acronym = j > first and stream.is_acronym(j - 1) and len(stream.raw(j - 1)) >= 3
    if (
        cut - j < 2
        and kept[0] not in lexicon.name_tokens
        and not (after_acronym and cut == name.end)
    ):
        return (
            None,
            role,
        )  # one unknown word left: not enough to be a person ('Kemendes PDT Tabrani' is)
    words = name.name.split()[j - first : cut - first]
    trimmed = replace(
        name,
        name=" ".join(words),
        degrees=name.degrees if cut == name.end else (),
        start=j,
        end=cut,
        char_end=name.char_end if cut == name.end else stream.toks[cut - 1][2],
        with_adat=None,
    )
    if j > first and role.end <= first:
        role = _extend_with_run(stream, role, j, lexicon)
    return trimmed, role


def _after_body_words(stream: Stream, j: int, end: int, lexicon: Lexicon) -> int:
    """Where the person starts in a run that still holds the body's words: after the body's last
    acronym when name words follow it ('Penyidikan KPK Budi Santoso', 'Pemasaran Dispar NTB
    Mawardi'), or where a Balinese name opens ('Basarnas Bali I Made Wirawan')."""
    for i in range(end - 2, j - 1, -1):
        if (
            stream.is_acronym(i)
            and not _shouted_name(stream, i, lexicon)
            and (
                any(stream.fold(x) in lexicon.name_tokens for x in range(i + 1, end))
                or (
                    len(stream.raw(i)) >= 3
                    and not any(stream.is_acronym(x) for x in range(i + 1, end))
                )
            )
        ):
            # an acronym of three letters or more inside a name written in normal case ends the
            # body's name ('Kemendes PDT Tabrani'); two letters may be initials ('Ahmad HM Said')
            j = i + 1
            break
    return next((b for b in range(j + 1, end - 1) if _balinese_name(stream, b)), j)


def _name_token(stream: Stream, name: ParsedName) -> int | None:
    """Index of the token where the personal name starts (after titles and ranks)."""
    words = name.name.split()
    if not words:
        return None
    first = fold(words[0]).split()[0] if fold(words[0]) else ""
    for j in range(name.start, name.end):
        if stream.fold(j) == first or fold(words[0]).startswith(stream.fold(j)):
            count = name.end - j
            if count >= len(words):
                return j
    return None


def _not_a_name_word(
    stream: Stream, j: int, lexicon: Lexicon, everyday: Container[str], opening: bool
) -> bool:
    folded = stream.fold(j)
    if folded in lexicon.name_tokens or _balinese_name(stream, j):
        return False
    if folded in everyday or folded in lexicon.never_in_names:
        return True
    if opening:
        return (
            folded in lexicon.not_first_words
            or folded in lexicon.institution_words
            or (stream.is_acronym(j) and not _shouted_name(stream, j, lexicon))
            or bool(lexicon.foreign_places.match_at(stream.toks, j))
        )
    return False


def _is_place_run(stream: Stream, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens start..end are a place: a region of the gazetteer or a foreign place, or one
    word that is a region's name written without its space ('Waykanan')."""
    if end - start == 1 and stream.fold(start) in lexicon.glued_places:
        return True
    for index in (lexicon.places, lexicon.foreign_places):
        match = index.match_at(stream.toks, start)
        if match and start + match[0] >= end:
            return True
    return False


def _is_public(role: RolePhrase, lexicon: Lexicon, story: StoryContext = PLAIN_STORY) -> bool:
    """Whether the post is a public office: not a party board's, an association's or a coalition's,
    not a private company's ('Direktur PT X' unless X is a state company or the text makes it a
    state company's subsidiary), and not a bare 'DPD' in a story about a party's boards."""
    folded = fold(role.written)
    if lexicon.not_public.match(folded):
        return False
    words = folded.split()
    if (
        ("pt" in words or "cv" in words or PRIVATE_HEADS.match(folded))
        and not story.state_subsidiary
        and not lexicon.state_companies.intersection(words)
    ):
        return False  # 'Presiden Direktur', 'CEO': titles of private companies (a state company's head is its 'Direktur Utama')
    return not (story.party_boards and "dpd" in words and not SENATE_WORDS.search(folded))


PRIVATE_HEADS = re.compile(r"(?:presiden direktur|presdir|ceo|chief \w+ officer)\b")
SENATE_WORDS = re.compile(r"\bdpd[ -]?ri\b|dewan perwakilan daerah|senator")
PARTY_STORY = re.compile(r"\b(?:DPP|DPW|DPC|[Pp]artai)\b")
SENATE_STORY = re.compile(r"\bDPD[ -]?RI\b|Dewan Perwakilan Daerah|\b[Ss]enator\b")
SUBSIDIARY = re.compile(r"\banak (?:usaha|perusahaan)\b[^.\n]{0,80}", re.IGNORECASE)


def story_context(lines: tuple[Line, ...], lexicon: Lexicon) -> StoryContext:
    """What the whole text says about ambiguous posts: a bare 'DPD' is a party's regional board when
    the text names a party's boards (DPP, DPW, DPC, 'Partai') and never the senate (DPD RI, Dewan
    Perwakilan Daerah, senator); a 'PT' is a state company's when the text calls it the subsidiary
    of one ('anak usaha PT Aneka Tambang (Antam)')."""
    party = any("DPD" in line.text for line in lines)
    company = any("PT" in line.text for line in lines)
    if not party and not company:
        return PLAIN_STORY
    text = "\n".join(line.text for line in lines)
    party = party and PARTY_STORY.search(text) is not None and SENATE_STORY.search(text) is None
    subsidiary = company and any(
        lexicon.state_companies.intersection(fold(m.group()).split()) or "BUMN" in m.group()
        for m in SUBSIDIARY.finditer(text)
    )
    return StoryContext(party_boards=party, state_subsidiary=subsidiary)


def _second_office(stream: Stream, role: RolePhrase, lexicon: Lexicon) -> RolePhrase | None:
    """The office after 'sekaligus' ('ROLE sekaligus ROLE2 NAME'): the holder follows it."""
    k = role.end
    if k + 1 >= len(stream) or stream.fold(k) != "sekaligus" or stream.sep(k).strip(" )"):
        return None
    return role_at(stream, k + 1, lexicon)


# "Harun Lamasitudju, M.Si sebagai Pjs Gubernur", "Yulianto, M.Si, sebelumnya Kepala Dinas X,
# dilantik menjadi Asisten ...", "Yunaldi Chaniago, Kepala Kesbangpol, mengatakan": the name comes
# first. The new post of an installation is the one after 'menjadi/sebagai/kini'.
NEW_POST = re.compile(
    r"^[^.;“”\"]{0,60}?\b(?:menjadi|sebagai|selaku|kini|kini\s+menjabat|jabatan\s+baru)\s+$",
    re.IGNORECASE,
)
OLD_POST = re.compile(
    r"^\s*,\s*(?:yang\s+)?(?:(?:sebelumnya|semula)(?:\s+menjabat(?:\s+sebagai)?)?|jabatan\s+lama)\s+$",
    re.IGNORECASE,
)
FORMER_POST = re.compile(
    r"^\s*,?\s*(?:mantan|eks|bekas)\s+$", re.IGNORECASE
)  # 'Budi, mantan Kepala Dinas X'


NAME_TO_ROLE_SPAN = 16  # tokens: a name, its degrees and 'sebelumnya ... menjadi' before the role


def _names_before_roles(
    stream: Stream,
    covered: set[int],
    role_starts: list[int],
    line_number: int,
    lexicon: Lexicon,
    story: StoryContext = PLAIN_STORY,
) -> list[Mention]:
    out: list[Mention] = []
    near = {
        k for r in role_starts for k in range(max(0, r - NAME_TO_ROLE_SPAN), r)
    }  # k < r <= k + SPAN
    after = 0  # tokens before this were read as part of a name or role
    for k in sorted(near):
        if k < after:
            continue
        after = k + 1
        if (
            k in covered
            or not (stream.is_cap(k) or _is_title(stream, k, lexicon))
            or (
                k > 0
                and stream.is_cap(k - 1)
                and stream.sep(k) == " "
                and stream.fold(k - 1) not in lexicon.not_first_words
            )
        ):
            continue  # inside a longer capitalised run ('Ketika Bill Clinton ...': a sentence's first word opens none)
        name = parse_name(stream, k, lexicon)
        if name is None or any(i in covered for i in range(k, name.end)):
            continue
        if not name.degrees and len(name.name.split()) < 2:
            # one word is a name only with its office in brackets right after it ('Bu Lusi (Kepala
            # Bapenda)'), and not a word the text uses as a body's
            role = _bracketed_role_after(stream, name, lexicon)
            if role is None or stream.fold(name.end - 1) in lexicon.institution_words:
                continue
        else:
            role = _role_after_name(stream, name, lexicon)
        if role is not None and (
            not _is_public(role, lexicon, story) or _is_place_run(stream, k, name.end, lexicon)
        ):
            role = None  # a party's post, or a place before the office ('lahir di Kota X dan menjadi Wali Kota')
        if role is not None:
            out.append(Mention(name, role, line_number))
            covered.update(range(k, role.end))
            after = role.end
        else:
            after = name.end
    return out


def _role_after_name(
    stream: Stream, name: ParsedName, lexicon: Lexicon, new_post_only: bool = False
) -> RolePhrase | None:
    """The role written right after a name: 'X sebagai ROLE', 'X, ROLE,' or an installation item
    'X, sebelumnya OLD ROLE, dilantik menjadi NEW ROLE' (the new post counts)."""
    pos = name.char_end
    first = _token_after(stream, pos)
    for r in range(first, min(first + 6, len(stream))):
        between = stream.text[pos : stream.toks[r][1]]
        if OLD_POST.match(between):
            old = role_at(stream, r, lexicon)
            if old is None:
                continue  # ', yang sebelumnya menjabat sebagai': the old post starts further on
            return _new_post(stream, old.end, lexicon) or (
                None if new_post_only else old
            )  # a new post the vocabulary lacks: the old one
        if (
            NEW_POST.match(between)
            or (between.strip() == "," and not new_post_only)
            or (FORMER_POST.match(between) and not new_post_only)
        ):
            role = role_at(stream, r, lexicon)
            if role is None:
                continue
            if between.strip() == "," and _holder(stream, role, lexicon)[0] is not None:
                return None  # 'A, Kepala Dinas X, B' is a list: the role belongs to B
            return role
    # 'Budi Santoso (Kepala Dinas X)': the office in brackets, when no new post follows it
    return None if new_post_only else _bracketed_role_after(stream, name, lexicon)


def _bracketed_role_after(stream: Stream, name: ParsedName, lexicon: Lexicon) -> RolePhrase | None:
    """'Budi Santoso (Kepala Dinas Pendidikan)': the office in brackets right after a name."""
    k = _token_after(stream, name.char_end)
    if k >= len(stream) or stream.text[name.char_end : stream.toks[k][1]].strip() != "(":
        return None
    role = role_at(stream, k, lexicon)
    if role is None:
        return None
    after = stream.text[stream.toks[role.end - 1][2] :].lstrip()
    if not after.startswith(")") or ITEM_POST.match(after, 1):
        return None  # '(Kepala Biro X), untuk Pjs. Bupati Y': the home post; the new one follows
    if role.written.count(")") > role.written.count("("):
        role = replace(role, written=role.written[: role.written.rindex(")")].rstrip())
    return role


def _new_post(stream: Stream, k: int, lexicon: Lexicon) -> RolePhrase | None:
    if k >= len(stream):
        return None
    pos = stream.toks[k - 1][2]
    for r in range(k, min(k + 7, len(stream))):  # ', diangkat dalam jabatan baru sebagai ...'
        if NEW_POST.match(stream.text[pos : stream.toks[r][1]]):
            role = role_at(stream, r, lexicon)
            if role is not None:
                return role
    return None


def _token_after(stream: Stream, char: int) -> int:
    """Index of the first token starting at or after `char` (len when none)."""
    return bisect_left(stream.toks, char, key=TOKEN_START)


TOKEN_START = itemgetter(1)


PLACE_HEADS = (
    "camat",
    "lurah",
    "wali nagari",
    "walinagari",
    "kepala desa",
    "kades",
    "kepala puskesmas",
    "kepala kelurahan",
    "hukum tua",
    "kepala kampung",
    "kepala sekolah",
    "kepala sd",
    "kepala sdn",
    "kepala smp",
    "kepala smpn",
    "kepala sma",
    "kepala sman",
    "kepala smk",
    "kepala smkn",
    "kepala mts",
    "kepala man",
    "kepala min",
    "perbekel",
    "geuchik",
    "keuchik",
    "kepala lembang",
    "kapolsek",
    "danramil",
)
PLACE_HEAD_PREFIXES = tuple(
    head + " " for head in PLACE_HEADS
)  # a head and more words ('camat enam lingkung')


def role_at(stream: Stream, k: int, lexicon: Lexicon) -> RolePhrase | None:
    """A role phrase starting at token k: [acting] head [institution words] [region]. An office
    written in lower case counts only with a body's acronym right after it ('juru bicara KPK',
    'mantan komisioner KPU'): 'anggota keluarga' is no office."""
    if (
        k > 0
        and stream.fold(k - 1) in lexicon.not_role_after
        and stream.sep(k) == " "
        and stream.fold(k - 1) not in DOCUMENT_WORDS
    ):
        return None
    lower = not stream.is_cap(k)
    if lower and stream.fold(k - 1) == "untuk":
        return None  # 'PAW untuk anggota DPR X': the post someone was meant to get
    acting, j = None, k
    for seq, normalized in lexicon.acting_by_first.get(stream.fold(k), ()):
        end = stream.seq_at(k, seq)
        if end:
            acting, j = normalized, end
            break
    head_end = None
    for words in lexicon.heads_by_first.get(stream.fold(j), ()):
        head_end = stream.seq_at(j, words, allow=" .-")
        if head_end:
            break
    if head_end is None:
        return None
    if lower:
        if (
            acting
            or head_end >= len(stream)
            or stream.sep(head_end) != " "
            or not (head_end - j >= 3 or _names_a_body(stream, head_end, lexicon))
        ):
            return None  # 'ketua majelis hakim' is an office however it is written
    elif not stream.is_cap(j):
        return None
    if acting and stream.sep(j).strip(" .()") != "":
        return None
    end, hits = _extend_role(stream, head_end, lexicon, role_start=k)
    head = " ".join(stream.fold(i) for i in range(j, head_end))
    rest_tokens = [i for i in range(head_end, end)]
    return RolePhrase(
        written=stream.text[stream.toks[k][1] : stream.toks[end - 1][2]] + _closing(stream, end),
        acting=acting,
        head=head,
        rest=_rest_text(stream, rest_tokens, hits),
        region_hits=tuple(h for _, _, h in hits),
        start=k,
        end=end,
        span=(stream.toks[k][1], stream.toks[end - 1][2]),
    )


LOWER_BODIES = frozenset({"pemerintah", "kementerian", "departemen"})


def _names_a_body(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """Whether token k, right after an office written in lower case, names whose office it is: an
    acronym ('juru bicara KPK'), a body's word written with a capital ('juru bicara Departemen
    Luar Negeri') or a government or ministry and its name ('juru bicara pemerintah Israel')."""
    if stream.is_acronym(k):
        return True
    if stream.is_cap(k):
        return stream.fold(k) in lexicon.institution_words
    return (
        stream.fold(k) in LOWER_BODIES
        and k + 1 < len(stream)
        and stream.sep(k + 1) == " "
        and stream.is_cap(k + 1)
    )


def _closing(stream: Stream, end: int) -> str:
    """Keep a closing parenthesis or the dot of 'Pjs.' that belongs to the phrase."""
    sep = stream.sep(end)
    return ")" if sep.startswith(")") else ""


INSTITUTION_TYPES = {
    "dinas",
    "badan",
    "bidang",
    "divisi",
    "bagian",
    "seksi",
    "subbagian",
    "kantor",
    "biro",
    "direktorat",
    "deputi",
    "komisi",
    "fraksi",
    "sekretariat",
    "satuan",
    "unit",
    "balai",
    "lembaga",
}


def _inside_institution(stream: Stream, start: int, k: int) -> bool:
    """Commas may continue a role only inside the name of a body ('Dinas Kebudayaan, Peninggalan ...')."""
    return any(stream.fold(i) in INSTITUTION_TYPES for i in range(start, k))


def _continues_after_comma(stream: Stream, role_start: int, k: int, lexicon: Lexicon) -> bool:
    folded = stream.fold(k)
    if folded in PLACE_TYPES or folded in INSTITUTION_TYPES:
        return stream.is_cap(k)  # ', Kecamatan Way Panji', ', Direktorat Jenderal ...'
    if _portfolio_list(stream, k, lexicon):
        return True
    return _inside_institution(stream, role_start, k) and _continues_institution(stream, k, lexicon)


def _portfolio_list(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'Menteri Pariwisata, Seni, dan Budaya', 'Usaha Mikro, Kecil dan Menengah': after the comma,
    single capitalised words and commas up to an 'and' whose next word is a body's word: the
    comma lists the post's fields. A name, a rank or another office there ends the post instead
    ('Gubernur Jawa Barat, Dedi Mulyadi dan Wakil Gubernur')."""
    for j in range(k, min(k + 6, len(stream))):
        if stream.fold(j) in ("dan", "serta") and (j > k or stream.sep(j) == ", "):
            nxt = j + 1  # ', dan Budaya': the last field
            return (
                nxt < len(stream)
                and stream.sep(nxt) == " "
                and stream.is_cap(nxt)
                and stream.fold(nxt) in lexicon.institution_words
                and not _opens_name(stream, nxt, lexicon)
                and not _starts_role_at(stream, nxt, lexicon)
                and not _is_head_word(stream.fold(nxt), lexicon)
            )
        if j > k and stream.sep(j) not in (" ", ", "):
            return False
        folded = stream.fold(j)
        if (
            not stream.is_cap(j)
            or _opens_name(stream, j, lexicon)
            or _starts_role_at(stream, j, lexicon)
            or (folded in lexicon.name_tokens and folded not in lexicon.institution_words)
        ):
            return False
    return False


def _extend_role(stream: Stream, k: int, lexicon: Lexicon, role_start: int | None = None):
    """Institution words and places after the head; returns (end, [(start, end, hits)])."""
    hits = []
    role_start = k if role_start is None else role_start
    while k < len(stream):
        sep = stream.sep(k)
        if sep.strip() == "," and _continues_after_comma(stream, role_start, k, lexicon):
            listed = stream.fold(k) not in ("dan", "serta") and _portfolio_list(
                stream, k, lexicon
            )  # not the last field
            k += (
                1  # 'Divisi Pencegahan, Partisipasi Masyarakat, dan Humas': one body, commas inside
            )
            while listed and k < len(stream) and stream.sep(k) == " " and stream.is_cap(k):
                k += 1  # 'Hukum, Hak Asasi Manusia, Imigrasi, dan ...': a field of several words
            if stream.fold(k - 1) in PLACE_TYPES:  # ', Kecamatan Way Panji': the place's own name
                while k < len(stream) and stream.is_cap(k) and stream.sep(k) == " ":
                    k += 1
            continue
        if sep.strip(ROLE_SEP_OK):  # a character outside ROLE_SEP_OK stops the strip
            break
        if (
            "(" in sep
            and stream.is_cap(k)
            and k + 1 < len(stream)
            and stream.sep(k + 1) == " "
            and stream.is_cap(k + 1)
            and ")" in stream.sep(k + 2)
            and (
                stream.is_acronym(k)
                or stream.fold(k) in lexicon.institution_words
                or stream.fold(k) in ("kanwil", "kantor")
                or stream.is_acronym(k + 1)
                or stream.fold(k + 1) in lexicon.institution_words
            )
        ):
            k += 2  # '(BP Tapera)', '(Waketu KND)', '(Irjen Kemenag)' (a rank's word read first): a short name of two words
            continue
        if _opens_name(stream, k, lexicon):
            break  # 'Kapolres Solok AKBP Muari': the rank belongs to the person, not the role
        match = lexicon.places.match_at(stream.toks, k)
        folded, raw = stream.fold(k), stream.raw(k)
        if (
            match
            and stream.is_cap(k)
            and _national(stream, role_start)
            and k + match[0] < len(stream)
            and stream.is_cap(k + match[0])
            and stream.sep(k + match[0]) == " "
            and stream.fold(k + match[0]) not in lexicon.institution_words
        ):
            break  # 'Wakil Menteri Dalam Negeri Bima Arya': a national post has no region; the place word opens a name
        if match and stream.is_cap(k):
            length, payloads = match
            hits.append((k, k + length, tuple(payloads)))
            k += length
            continue
        foreign = lexicon.foreign_places.match_at(stream.toks, k) if stream.is_cap(k) else None
        if foreign:  # 'Presiden Amerika Serikat', 'Wali Kota Los Angeles': no region of ours
            k += foreign[0]
            continue
        if (
            folded in PLACE_TYPES
            and stream.is_cap(k)
            and k + 1 < len(stream)
            and stream.is_cap(k + 1)
            and stream.sep(k + 1) == " "
            and not _opens_name(stream, k + 1, lexicon)
        ):
            k += 2  # 'Kecamatan Banawa', 'Desa Abianbase': a place the gazetteer lacks; more words may be a name
            while (
                k < len(stream)
                and stream.sep(k) == " "
                and re.fullmatch(r"[IVX]+|\d+", stream.raw(k))
                and not _balinese_name(stream, k)
            ):
                k += 1
            continue
        if (
            folded == "untuk"
            and k + 1 < len(stream)
            and stream.is_cap(k + 1)
            and (
                lexicon.foreign_places.match_at(stream.toks, k + 1)
                or lexicon.places.match_at(stream.toks, k + 1)
            )
        ):
            k += 1  # 'Duta Besar RI untuk Rusia', 'Utusan Khusus untuk Timur Tengah': the post's place
            continue
        if (
            folded == "dari"
            and k + 1 < len(stream)
            and stream.is_cap(k + 1)
            and stream.fold(k + 1) in SEAT_WORDS
        ):
            k += 1  # 'Wakil Ketua MPR dari Fraksi PAN', 'Anggota DPR dari Dapil Jabar II': the seat's faction or district
            continue
        if folded == "se" and k + 1 < len(stream):
            k += 1
            continue
        if (
            folded in ("dan", "serta", "&")
            and k + 1 < len(stream)
            and stream.is_cap(k + 1)
            and not _opens_name(stream, k + 1, lexicon)
            and not any(
                stream.seq_at(k + 1, head)
                for head in lexicon.heads_by_first.get(stream.fold(k + 1), ())
            )
        ):
            k += 1
            run_end = _capital_run(stream, k, lexicon)
            last = max(
                (i for i in range(k, run_end) if stream.fold(i) in lexicon.institution_words),
                default=None,
            )
            if last is not None:
                # 'Komunikasi dan Layanan Informasi': the body's name goes on after 'dan', to its last
                # body word; 'Imigrasi dan Pemasyarakatan Agus Andrianto': the holder's name follows it
                k = last + 1
            continue
        if sep == "/" and stream.is_cap(k):
            k += 1  # 'Danrem 032/Wirabraja': the unit's name
            continue
        if (
            "(" in sep
            and stream.is_cap(k)
            and ")" in stream.sep(k + 1)
            and not _bracketed_person(stream, k, lexicon)
        ):
            k += 1  # '(Dinpermasdes)', '(Bawaslu)': the body's short name
            continue
        close = _bracketed_name_end(stream, k) if "(" in sep else None
        if close is not None:
            k = close  # '(National Nutrition Agency/BGN)': the body's name in another language
            continue
        if stream.is_cap(k) and (stream.fold(k - 1), folded) in BODY_PAIRS:
            k += 1  # 'Mahkamah Agung', 'Kejaksaan Agung': 'Agung' is the body's, not a name's
            continue
        if stream.is_cap(k) and folded in ORDINALS:
            k += 1  # 'Presiden Pertama', 'Bupati Kedua': which holder of the office, not a name
            continue
        if (
            folded == "ke"
            and k + 1 < len(stream)
            and stream.sep(k + 1) == "-"
            and stream.raw(k + 1).isdigit()
        ):
            k += 2  # 'Presiden ke-7'
            continue
        if (
            stream.is_cap(k)
            and (
                folded in lexicon.institution_words
                or (stream.is_acronym(k) and not _shouted_name(stream, k, lexicon))
                or _is_head_word(folded, lexicon)
            )
            and not _balinese_name(stream, k)
        ):
            k += 1
            continue
        if raw.isdigit() and len(raw) <= 4:
            k += 1
            continue
        if ROMAN.fullmatch(raw) and (
            stream.fold(k - 1) in INSTITUTION_TYPES
            or stream.fold(k - 1) in lexicon.institution_words
        ):
            k += 1  # 'Komisi X', 'Kodam IX': the body's number
            continue
        if stream.is_cap(k) and stream.fold(k - 1) in FIELD_WORDS:
            last = _last_body_word(stream, k, lexicon)
            if last is not None:
                k = last + 1  # 'Bidang Destinasi dan Infrastruktur Kementerian Pariwisata'
                continue
        if stream.fold(k) in LOWER_BODIES and _names_a_body(stream, k, lexicon):
            k += 1  # 'juru bicara pemerintah Israel': the government whose office it is
            continue
        break
    return k, hits


ROMAN = re.compile(r"[IVXL]{1,5}")
FIELD_WORDS = frozenset({"bidang", "urusan"})
FIELD_SPAN = 10  # tokens a field's name and its body may take after 'Bidang'


def _last_body_word(stream: Stream, k: int, lexicon: Lexicon) -> int | None:
    """The last body's word in the capitalised run after 'Bidang' (its words joined by 'dan' or
    commas): a field's name the vocabulary lacks ('Destinasi') belongs to the office when a body's
    word follows it; the words after that body's last word are its holder's name."""
    last = None
    for i in range(k, min(k + FIELD_SPAN, len(stream))):
        if i > k and stream.sep(i).strip(" ,"):
            break
        folded = stream.fold(i)
        if folded in ("dan", "serta"):
            continue
        if not stream.is_cap(i):
            break
        if folded in lexicon.institution_words:
            last = i
    return last


NATIONAL_HEADS = (
    "presiden",
    "wakil presiden",
    "menteri",
    "wakil menteri",
    "menko",
    "wamen",
    "mendagri",
    "wamendagri",
)


def _national(stream: Stream, role_start: int) -> bool:
    """Whether the office starting at `role_start` is a national one, held for no region."""
    words = " ".join(stream.fold(i) for i in range(role_start, min(role_start + 2, len(stream))))
    return words.startswith(NATIONAL_HEADS) and not words.startswith(("menteri besar",))


DEMONSTRATIVES = frozenset({"tersebut"})
SEAT_WORDS = frozenset({"fraksi", "dapil", "daerah"})
PLACE_TYPES = (
    "kecamatan",
    "kabupaten",
    "kota",
    "provinsi",
    "desa",
    "kelurahan",
    "nagari",
    "jorong",
    "dusun",
)
LOWER_COURTESY = frozenset({"pak", "bapak", "bu", "ibu"})
BODY_PAIRS = frozenset(
    {
        ("mahkamah", "agung"),
        ("kejaksaan", "agung"),
        ("jaksa", "agung"),
        ("mahkamah", "militer"),
        ("metro", "jaya"),
        ("karang", "taruna"),
        ("pangdam", "jaya"),
        ("kodam", "jaya"),
    }
)
ORDINALS = frozenset(
    {
        "pertama",
        "kedua",
        "ketiga",
        "keempat",
        "kelima",
        "keenam",
        "ketujuh",
        "kedelapan",
        "kesembilan",
        "kesepuluh",
    }
)


def _bracketed_name_end(stream: Stream, k: int) -> int | None:
    """Where a bracket of three to six capitalised words or acronyms ends (the token after it), the
    body's name spelt out or translated ('(National Nutrition Agency/BGN)'); None for
    anything else (a person's name is never that long in brackets after an office)."""
    j = k
    while j < len(stream) and j - k < 6 and stream.is_cap(j):
        j += 1
        if ")" in stream.sep(j):
            return j if j - k >= 3 else None
        if stream.sep(j) not in (" ", "/", "-"):
            return None
    return None


def _bracketed_person(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'Mendagri (Rudini)': a single word in brackets after an office is its holder when it reads as
    a given name, not a body's short name ('(Bawaslu)', '(BPBD)')."""
    folded = stream.fold(k)
    return (
        not stream.is_acronym(k)
        and folded in lexicon.name_tokens
        and folded not in lexicon.institution_words
        and not _is_head_word(folded, lexicon)
        and not lexicon.places.match_at(stream.toks, k)
    )


def _continues_institution(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """After a comma inside a role: more institution words, or the region part ('Kecamatan Way Panji')."""
    folded = stream.fold(k)
    if (
        not stream.is_cap(k)
        or _opens_name(stream, k, lexicon)
        or _is_head_word(folded, lexicon)
        or folded in ("kepala", "ketua", "anggota")
    ):
        return False
    if folded in PLACE_TYPES:
        return True
    if folded in lexicon.institution_words and folded not in ("i", "ii", "iii", "iv", "v", "anak"):
        return True
    run_end = _capital_run(
        stream, k
    )  # an unknown run continues the body when 'dan' or a place follows
    return _joined_by_and(stream, run_end, lexicon) or bool(
        lexicon.places.match_at(stream.toks, run_end) if run_end < len(stream) else None
    )


def _shouted_name(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'DEDI' in 'Gubernur Jawa Barat DEDI MULYADI' and 'ST' in 'Jaksa Agung ST Burhanuddin': a name
    word written in capitals, or initials before a name word, not an institution's acronym."""
    folded = stream.fold(k)
    if folded in lexicon.institution_words:
        return False
    if len(folded) >= 4 and folded in lexicon.name_tokens:
        return True
    return (
        len(folded) == 2
        and k + 1 < len(stream)
        and stream.sep(k + 1) == " "
        and stream.fold(k + 1) in lexicon.name_tokens
    )


def _opens_name(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    raw = stream.raw(k)
    if raw + "." in lexicon.pre_name and stream.sep(k + 1).startswith(".") and raw not in ("H",):
        return True
    if (
        len(raw) > 1
        and raw in lexicon.pre_name
        and stream.sep(k + 1) == " "
        and k + 1 < len(stream)
        and stream.is_cap(k + 1)
    ):
        return True  # 'HL Gita', 'Prof Zudan', 'Ir Budi': a title written without its dot
    return any(
        all(k + i < len(stream) and stream.raw(k + i) == part for i, part in enumerate(rank))
        for rank in lexicon.ranks_by_first.get(raw, ())
    )


def _is_head_word(folded: str, lexicon: Lexicon) -> bool:
    return folded in lexicon.one_word_heads and folded not in ("ketua", "anggota", "kepala")


def _rest_text(stream: Stream, idx: list[int], hits) -> str:
    in_place = {i for s, e, _ in hits for i in range(s, e)}
    return " ".join(stream.raw(i) for i in idx if i not in in_place)


def _holder(
    stream: Stream, role: RolePhrase, lexicon: Lexicon
) -> tuple[ParsedName | None, RolePhrase]:
    """The person holding `role`: right after it, or after the comma that follows it."""
    k = role.end
    if k >= len(stream):
        return None, role
    gap = WHEN_HELD.match(stream.text, stream.toks[k - 1][2])
    if gap is not None:  # 'Menteri Keuangan saat itu, Budi' / 'Bupati X periode 1958-1960, Budi'
        j = _token_after(stream, gap.end())
        if j < len(stream) and stream.toks[j][1] == gap.end() and stream.is_cap(j):
            return parse_name(stream, j, lexicon), role
    sep = stream.sep(k)
    if sep.strip() == ")":
        sep = " "  # 'Menteri Dalam Negeri (Mendagri) Tito': the short form closes, the name follows
    if (
        sep.strip() == "."
        and len(stream.raw(k - 1)) == 1
        and stream.raw(k - 1).isupper()
        and stream.sep(k - 1) == "."
    ):
        sep = " "  # 'Wali Kota L.A. Karen': the place's initials end with a dot
    if (
        sep == " "
        and stream.fold(k) in LOWER_COURTESY
        and not stream.is_cap(k)
        and k + 1 < len(stream)
        and stream.sep(k + 1) == " "
        and stream.is_cap(k + 1)
        and role_at(stream, k + 1, lexicon) is None
    ):
        return parse_name(stream, k + 1, lexicon), role  # 'Gubernur Aceh pak Budi'
    if sep.strip() == "(" and stream.is_cap(
        k
    ):  # 'Gubernur Jambi (Hasan Basri)': the holder in brackets
        name = parse_name(stream, k, lexicon)
        closed = name is not None and stream.text[name.char_end :].lstrip().startswith(")")
        words = name.name.split() if name is not None else []
        if (
            name is not None
            and closed
            and (len(words) >= 2 or _bracketed_person(stream, name.start, lexicon))
            and any(fold(w) in lexicon.name_tokens for w in words)
            and not any(
                fold(w) in lexicon.institution_words or (w.isupper() and len(w) > 1) for w in words
            )
        ):
            return name, role
        return None, role
    if sep.strip() == "" and _opens_name(stream, k, lexicon):
        return parse_name(stream, k, lexicon), role
    if sep.strip() == "" and stream.is_cap(k):
        run_end = _capital_run(stream, k, lexicon)
        if (
            run_end < len(stream)
            and stream.sep(run_end) == " "
            and _opens_name(stream, run_end, lexicon)
        ):
            # 'Danrem 102/Panju Panjung Kolonel Czi Benediktus': the run ends the unit's name
            return parse_name(stream, run_end, lexicon), _extend_with_run(
                stream, role, run_end, lexicon
            )
        split = _split_place_and_name(stream, role, k, run_end, lexicon)
        if split != run_end:
            return parse_name(stream, split, lexicon), (
                _extend_with_run(stream, role, split, lexicon) if split > k else role
            )
        while (
            _joined_by_and(stream, run_end, lexicon)
            and not _run_is_a_name(stream, k, run_end, lexicon)
            and not _two_people(stream, k, run_end, lexicon)
        ):
            # 'Bidang Kedaruratan dan Logistik BPBD, Yetti'; not 'Bupati X Budi Santoso serta Direktur Y'
            end, _ = _extend_role(stream, run_end + 1, lexicon)
            role = _extend_with_run(stream, role, max(end, run_end + 2), lexicon)
            k = role.end
            if k >= len(stream) or stream.sep(k).strip() not in ("", ",", ")", "),"):
                return None, role
            if stream.sep(k).strip() in (",", "),"):
                return (
                    parse_name(stream, k, lexicon)
                    if stream.is_cap(k) or _is_title(stream, k, lexicon)
                    else None
                ), role
            run_end = _capital_run(stream, k)
        balinese = next((b for b in range(k, run_end) if _balinese_name(stream, b)), None)
        if balinese is not None and _names_a_place(
            role
        ):  # 'Perbekel Desa X I Made Y': the name starts there
            return parse_name(stream, balinese, lexicon), (
                _extend_with_run(stream, role, balinese, lexicon) if balinese > k else role
            )
        if _names_a_place(
            role
        ):  # 'Camat Enam Lingkung': the words name the place, a name follows a comma
            if (
                run_end < len(stream)
                and stream.sep(run_end) == " "
                and stream.is_cap(run_end)
                and not stream.sep(_capital_run(stream, run_end, lexicon)).strip().startswith(",")
            ):
                return parse_name(stream, run_end, lexicon), _extend_with_run(
                    stream, role, run_end, lexicon
                )
            while (
                run_end < len(stream)
                and stream.sep(run_end) == " "
                and (stream.is_cap(run_end) or stream.raw(run_end).isdigit())
            ):
                run_end += 1  # 'Kepala SD Inpres 11 Sanggeng'
            extended = _extend_with_run(stream, role, run_end, lexicon)
            end, _ = _extend_role(stream, run_end, lexicon)
            if end > run_end:
                extended = _extend_with_run(stream, role, end, lexicon)
            if stream.sep(end).strip().startswith(",") and end < len(stream):
                return parse_name(stream, end, lexicon), extended
            return None, extended
        after = stream.sep(run_end)
        name = parse_name(stream, k, lexicon)
        if (
            name is not None
            and stream.fold(name.end) in DEMONSTRATIVES
            and stream.sep(name.end) == " "
        ):
            return (
                None,
                role,
            )  # 'mantan Presiden Inter Milan tersebut': the run named the body, not a person
        if (
            name is None
        ):  # 'Kepala Kantor Pertanahan Kabupaten Bangka, Ir. Nyoman': the run was the body
            if (
                after.strip().startswith(",")
                and run_end < len(stream)
                and (stream.is_cap(run_end) or _is_title(stream, run_end, lexicon))
            ):
                holder = parse_name(stream, run_end, lexicon)
                if holder is not None:
                    return holder, _extend_with_run(stream, role, run_end, lexicon)
            return None, role
        paren = re.match(
            r"\s*\(\s*[A-Z][\w\-]*\s*\)\s*,\s*$",
            stream.text[stream.toks[run_end - 1][2] : stream.toks[run_end + 1][1]]
            if run_end + 1 < len(stream)
            else "",
        )
        if paren and not _initials_of(stream, k, run_end, stream.fold(run_end)):
            # 'Anggota Dewan Kehormatan Penyelenggara Pemilu (DKPP), Dr. Hamdani'; not 'Wakil Presiden Jusuf Kalla (JK), dia'
            return parse_name(stream, run_end + 1, lexicon), _extend_with_run(
                stream, role, run_end + 1, lexicon
            )
        if (
            after.strip().startswith(",")
            and run_end < len(stream)
            and _role_continues(stream, run_end, name, lexicon, role)
        ):
            extended = _extend_with_run(stream, role, run_end, lexicon)
            return parse_name(stream, run_end, lexicon), extended
        return name, role
    if sep.strip() in (",", "),") and (stream.is_cap(k) or _is_title(stream, k, lexicon)):
        place = lexicon.places.match_at(stream.toks, k) if stream.is_cap(k) else None
        past = k + place[0] if place else k
        if place and past < len(stream) and stream.sep(past).strip() == "," and stream.is_cap(past):
            return parse_name(stream, past, lexicon), _extend_with_run(
                stream, role, past, lexicon
            )  # 'Bupati Agam, Sumatera Barat, Budi'
        return parse_name(stream, k, lexicon), role
    return None, role


# When the office was held, between it and its holder: the holder of that time
WHEN_HELD = re.compile(
    r"\)?\s*,?\s+(?:(?:saat|ketika|kala|waktu|pada\s+saat)\s+itu|periode\s+\d{4}\s*[-–]\s*\d{4})"
    r"\s*,\s*"
)


def _initials_of(stream: Stream, start: int, end: int, short: str) -> bool:
    """'JK' of 'Jusuf Kalla': the short form in brackets is the run's initials, the run is a person."""
    return end - start >= 2 and short == "".join(stream.fold(i)[0] for i in range(start, end))


def _run_is_a_name(stream: Stream, start: int, end: int, lexicon: Lexicon) -> bool:
    """Two or more words opening with a given name and without a body's words: a person, not part of
    a body's name ('Sigit Pamungkas', not 'Tetap Haji' of 'Komite Tetap Haji dan Umrah')."""
    words = [stream.fold(i) for i in range(start, end)]
    return (
        len(words) >= 2
        and words[0] in lexicon.name_tokens
        and not any(w in lexicon.institution_words or w in lexicon.never_in_names for w in words)
    )


def _two_people(stream: Stream, start: int, end: int, lexicon: Lexicon) -> bool:
    """'Komisi VI Andre Rosiade dan Eko Hendro Purnomo': two runs of two or more words joined by
    'dan', neither holding a body's, a place's or a sentence's word, are two people, not one
    body's name ('Kedaruratan dan Logistik')."""
    after = end + 1
    other_end = (
        _capital_run(stream, after, lexicon)
        if after < len(stream) and stream.is_cap(after)
        else after
    )
    if end - start < 2 or other_end - after < 2:
        return False
    words = [stream.fold(i) for i in (*range(start, end), *range(after, other_end))]
    return (
        not any(
            w in lexicon.institution_words
            or w in lexicon.never_in_names
            or w in lexicon.not_first_words
            for w in words
        )
        and not _is_place_run(stream, start, end, lexicon)
        and not _is_place_run(stream, after, other_end, lexicon)
    )


def _split_place_and_name(
    stream: Stream, role: RolePhrase, k: int, run_end: int, lexicon: Lexicon
) -> int:
    """'Perbekel Desa Abianbase I Made Wiranata': after a village head, the place is 'Desa X' (or a
    known place) and the rest of the run is the person; returns where the place part ends."""
    if not _names_a_place(role) or stream.sep(run_end).strip().startswith(","):
        return run_end
    if role.region_hits and run_end - k >= 2:
        return k  # 'Camat Kubung Deni Putra': the place is named already, the run is the person
    if stream.fold(k - 1) in PLACE_TYPES and run_end - k >= 3:
        return k + 1  # 'Perbekel Desa Abianbase I Made Wiranata'
    if run_end - k < 3:
        return run_end
    if stream.fold(k) in PLACE_TYPES:
        return k + 2
    match = lexicon.places.match_at(stream.toks, k)
    if match and run_end - (k + match[0]) >= 2:
        return k + match[0]
    return run_end


BALINESE_NAMES = {
    "made",
    "wayan",
    "nyoman",
    "ketut",
    "gede",
    "putu",
    "komang",
    "kadek",
    "gusti",
    "nengah",
    "luh",
    "agung",
}


BALINESE_PAIRS = {("anak", "agung"), ("ida", "bagus"), ("ida", "ayu")}


def _balinese_name(stream: Stream, k: int) -> bool:
    """'I Made', 'I Gusti', 'Ni Luh', 'Anak Agung', 'Ida Bagus': a Balinese name starts here, not a
    Roman numeral or an institution's word."""
    if stream.raw(k) in ("I", "Ni") and stream.fold(k + 1) in BALINESE_NAMES:
        return True
    return (
        (stream.fold(k), stream.fold(k + 1)) in BALINESE_PAIRS
        and stream.is_cap(k + 1)
        and stream.sep(k + 1) == " "
    )


def _joined_by_and(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'X dan Y' right after a run: the run was part of an institution's name, not a person's."""
    return (
        k + 1 < len(stream)
        and stream.fold(k) in ("dan", "serta")
        and stream.sep(k) == " "
        and stream.is_cap(k + 1)
        and not _opens_name(stream, k + 1, lexicon)
        and not _starts_role_at(stream, k + 1, lexicon)
    )


def _starts_role_at(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    return any(stream.seq_at(k, head) for head in lexicon.heads_by_first.get(stream.fold(k), ()))


def _names_a_place(role: RolePhrase) -> bool:
    phrase = f"{role.head} {fold(role.rest)}".strip()
    return phrase in PLACE_HEADS or phrase.startswith(PLACE_HEAD_PREFIXES)


def _is_title(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'drg.' and 'dr.' open a name in lower case."""
    return stream.raw(k) + "." in lexicon.pre_name and stream.sep(k + 1).startswith(".")


def _capital_run(stream: Stream, k: int, lexicon: Lexicon | None = None) -> int:
    """Index after the run of capitalised words, separated by single spaces, that starts at k;
    a rank or title ('Kombes Pol', 'Dr.') ends the run: a person's name starts there."""
    j = k + 1
    while j < len(stream) and stream.is_cap(j) and stream.sep(j) == " ":
        if lexicon is not None and _opens_name(stream, j, lexicon):
            break
        j += 1
    return j


def _role_continues(
    stream: Stream, k: int, name: ParsedName, lexicon: Lexicon, role: RolePhrase | None = None
) -> bool:
    """'Camat Koto XI Tarusan, H. Budi' - the words before the comma were a place, a name follows it.
    Not when the office named its place already and the run reads as a name ('Gubernur Riau
    Budi Santoso, Ustaz X'): the next item of a list follows."""
    if name.degrees and name.char_end > stream.toks[k - 1][2]:
        return False  # 'Edisar, SH.' - the comma opened the degrees
    if role is not None and role.head in ("presiden", "wakil presiden") and not role.rest:
        return False  # 'Presiden Soekarno, Lapangan ...': a bare President's next word is the name
    if (
        role is not None
        and role.region_hits
        and not _names_a_place(role)
        and _run_is_a_name(stream, name.start, name.end, lexicon)
    ):
        return False
    if (
        role is not None
        and not _names_a_place(role)
        and _names_a_foreign_place(stream, role, lexicon)
    ):
        return False  # 'Perdana Menteri Israel Benjamin Netanyahu, Iran ...': the post's country is named, the run is the name
    if stream.is_cap(k) and _is_place_run(stream, k, _capital_run(stream, k), lexicon):
        return False  # a place follows the comma, not a holder
    if not stream.is_cap(k) or lexicon.post_name.match(stream.text, stream.toks[k][1]):
        return False
    if role_at(stream, k, lexicon) is not None:
        return False  # the next item of a list starts: the run was the name
    nxt = parse_name(stream, k, lexicon)
    if nxt is None:
        return False
    evidence = lexicon.name_tokens
    # 'Sekda X Budi Santoso, Kepala Humas Perhutani': the run was the name, a new item follows
    return not (
        any(fold(w) in evidence for w in name.name.split())
        and not any(fold(w) in evidence for w in nxt.name.split())
    )


def _names_a_foreign_place(stream: Stream, role: RolePhrase, lexicon: Lexicon) -> bool:
    return any(
        lexicon.foreign_places.match_at(stream.toks, i)
        for i in range(role.start, role.end)
        if stream.is_cap(i)
    )


def _extend_with_run(
    stream: Stream, role: RolePhrase, run_end: int, lexicon: Lexicon
) -> RolePhrase:
    extra = stream.text[stream.toks[role.end][1] : stream.toks[run_end - 1][2]]
    return RolePhrase(
        written=f"{role.written} {extra}".strip(),
        acting=role.acting,
        head=role.head,
        rest=f"{role.rest} {extra}".strip(),
        region_hits=role.region_hits,
        start=role.start,
        end=run_end,
        span=(role.span[0], stream.toks[run_end - 1][2]),
    )


def role_key(role: RolePhrase | None) -> str:
    return fold(role.written) if role else ""


def key_of(name: ParsedName) -> str:
    return person_key(name.name)


def alias_forms(aliases: list[str]) -> tuple[str, ...]:
    """The distinct non-empty aliases, longest first: the order a quote's speaker is looked for."""
    return tuple(sorted({a for a in aliases if a}, key=len, reverse=True))
