"""People the text has speak or names without an office beside them: speakers ('kata Budi Santoso'),
officers by their rank, the office an earlier sentence gave them, and the words the article
writes in lower case (no names)."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from ..lexicon import Lexicon
from ..model import Line
from .common_words import in_dictionary
from .glued import line_tokens
from .name_forms import same_person_written_differently
from .names import ParsedName, Stream, parse_name, rank_at, reads_as_a_name
from .public_posts import PLAIN_STORY, StoryContext, _is_public
from .quotes import is_word_char
from .role_words import ORDINALS, Mention, RolePhrase, _token_after
from .roles import role_at
from .text import TOKEN_WORD, fold, tokens_with_spans, words_pattern


def officers_by_rank(
    lines: tuple[Line, ...], lexicon: Lexicon, found: list[Mention]
) -> list[Mention]:
    """People written with a police or military rank and no office beside them ('Mayjen TNI Budi
    Santoso, jenderal Kopassus ...'): an officer in post is an official. Once each, and not someone
    found already (an office elsewhere in the text names the same person)."""
    known = {fold(m.name.name) for m in found if m.name is not None}
    out: list[Mention] = []
    rank_tokens = _rank_tokens(lexicon)
    for line in lines:
        if rank_tokens.isdisjoint(map(TOKEN_WORD, tokens_with_spans(line.text))):
            continue  # a rank RANK_WORD finds is a token of the line too (most lines have none)
        if not any(word in lexicon.ranks_by_first for word in RANK_WORD.findall(line.text)):
            continue
        stream = Stream(line.text, line_tokens(line.text, lexicon))
        for k in range(len(stream)):
            if stream.raw(k) not in lexicon.ranks_by_first:
                continue
            rank_end = rank_at(stream, k, lexicon)
            if not rank_end:
                continue
            if stream.fold(k) in HONOURS:
                continue  # 'Tan Sri', 'Datuk Seri': a state's honour, no officer's rank
            if k > 0 and stream.fold(k - 1) in lexicon.named_after_people:
                continue  # 'Jalan Kapten Budi Santoso': a street named after an officer
            name = parse_name(stream, k, lexicon)
            if name is not None and _opens_with_a_place(stream, rank_end, lexicon):
                continue  # 'Kapten Jepang Budi': a team's captain, no officer's rank
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


def _opens_with_a_place(stream: Stream, start: int, lexicon: Lexicon) -> bool:
    """The words after a rank open with a country's or a region's name: ranks stand before
    people's names, a place there makes the rank word another post's ('Kapten' of a team)."""
    return (
        lexicon.places.match_at(stream.toks, start) is not None
        or lexicon.foreign_places.match_at(stream.toks, start) is not None
    )


# First words of the honours degrees.yaml lists with the ranks (kept with the titles as ranks are)
HONOURS = frozenset({"datuk", "dato", "tan"})


@lru_cache(maxsize=4)  # one lexicon a build: the set is made once, not for every article
def _rank_tokens(lexicon: Lexicon) -> frozenset[str]:
    """The first words of ranks as the tokens of a line hold them (lower case)."""
    return frozenset(word.lower() for word in lexicon.ranks_by_first)


RANK_WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")


ANAPHOR_AFTER = re.compile(
    r"\s*(?:itu|ini|tersebut|yang\s[^.,;“”\"]{0,40}?\s(?:ini|itu|tersebut))\b"
)


ANAPHOR_BEFORE = re.compile(r"\b(?:sang|selaku|sebagai)\s+$", re.IGNORECASE)
QUOTE_OPENING = ('"', "“")  # what stands before a quotation's first word


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
        if role is None or not _points_back(mention, texts, lexicon, story):
            continue
        best = None  # (line position, character) of the speaker named last before the office
        for index, speaker in enumerate(speakers):
            if speaker.name is None:
                continue
            where = _last_named_before(speaker.name.name, texts, order, mention.line, role.span[0])
            if where is not None and (best is None or where > best[0]):
                best = (where, index)
        if best is None:
            named = _named_just_before(mention, texts.get(mention.line, ""), lexicon)
            if named is not None:  # 'Hadir pula Budi Santoso. Ketua Bawaslu X itu menyebut ...'
                implied[len(speakers) + len(implied)] = Mention(named, role, mention.line)
            continue
        if best[1] in implied:
            continue
        if _holder_named_nearer(found, best[0], texts, order, mention):
            continue  # 'Budi menjabat sebagai Menteri ESDM': the office is that holder's
        implied[best[1]] = Mention(speakers[best[1]].name, role, speakers[best[1]].line)
    return [implied[i] for i in sorted(implied)]


def _named_just_before(office: Mention, text: str, lexicon: Lexicon) -> ParsedName | None:
    """The name that closes the sentence right before an office opening the next one ('Hadir
    pula Budi Santoso. Ketua Bawaslu X itu ...'): the person the office points back at, when
    the text gave no speaker before it."""
    assert office.role is not None
    before = text[: office.role.span[0]].rstrip()
    if not before.endswith("."):
        return None
    run = NAME_CLOSING_SENTENCE.search(before)
    if run is None:
        return None
    words = run.group(1).split()
    folded = [fold(w) for w in words]
    if (
        not (
            any(w in lexicon.name_tokens for w in folded)
            or not any(w in lexicon.institution_words for w in folded)  # 'Lim Tjong Hin'
        )
        or any(in_dictionary(w) and w not in lexicon.name_tokens for w in folded)
        or not reads_as_a_name(run.group(1), lexicon)
        or lexicon.places.match_at(tokens_with_spans(run.group(1)), 0) is not None
    ):
        return None  # a name: no everyday word ('Kantor Camat'), no body's or place's words
    stream = Stream(text, line_tokens(text, lexicon))
    k = next((i for i, t in enumerate(stream.toks) if t[1] == run.start(1)), None)
    name = parse_name(stream, k, lexicon) if k is not None else None
    return name if name is not None and name.name == " ".join(words) else None


# two to four capitalised words closing a sentence, after a lower-case word
NAME_CLOSING_SENTENCE = re.compile(r"(?<=[a-z,] )((?:[A-Z][a-z'’\-]+ ){1,3}[A-Z][a-z'’\-]+)\.$")


def _holder_named_nearer(
    found: list[Mention],
    speaker_at: tuple[int, int],
    texts: dict[int, str],
    order: list[int],
    office: Mention,
) -> bool:
    """Whether an official the text already has is named between the speaker and the office."""
    assert office.role is not None
    for other in found:
        if other.name is None or other.role is None:
            continue
        where = _last_named_before(other.name.name, texts, order, office.line, office.role.span[0])
        if where is not None and where > speaker_at:
            return True
    return False


def _points_back(
    mention: Mention, texts: dict[int, str], lexicon: Lexicon, story: StoryContext = PLAIN_STORY
) -> bool:
    """Whether a public office written without a holder points back at the person named last
    ('Gubernur Bengkulu itu', 'sang Bupati'); one holder in the post's history does not."""
    role = mention.role
    if (
        mention.name is not None
        or role is None
        or not _is_public(role, lexicon, story)
        or _numbered_holder(role)
    ):
        return False
    text = texts.get(mention.line, "")
    if ANAPHOR_AFTER.match(text, role.span[1]):
        return True
    before = ANAPHOR_BEFORE.search(text, 0, role.span[0])
    # 'sebagai' opening a quotation ('"Sebagai Ketua PN X menerima ...', an indictment read out)
    # is its sentence's subject's office, not the person named last
    return before is not None and (
        before.group().lower().startswith("sang")
        or text[: before.start()].rstrip()[-1:] not in QUOTE_OPENING
    )


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
            last = next(end for word, _, end in reversed(toks) if word in SAYS_VERBS)
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
    as a whole word, not after a word character, a dot, a hyphen or an apostrophe (the second
    part of 'Suk-yeol' or "Fa'atulo" is a name's), not before a word character; counting stops
    at `enough`."""
    if len(word) < 3 or not (word.isascii() and word.isalpha() and word[1:].islower()):
        return 0
    found = 0
    at = text.find(word)
    while at != -1 and found < enough:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before in ".-'’" or is_word_char(before)) and not is_word_char(after):
            found += 1
        at = text.find(word, at + 1)
    return found


def _short_form_of(key: str, known: set[str]) -> bool:
    """'taufik' or 'lalu faozan' beside 'muhammad taufik hidayat' / 'lalu muhammad faozan': the words
    are all words of a name already found, the person is known; so is a name found written a
    letter apart ('andi budi patape' beside 'andi budi patappe')."""
    words = key.split()
    return any(
        set(words) <= set(full.split())
        or (
            abs(len(full) - len(key)) <= 1
            and full[:1] == key[:1]
            and same_person_written_differently(words, full.split())
        )
        for full in known
    )


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
