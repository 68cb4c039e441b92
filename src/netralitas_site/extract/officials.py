"""Find officials in article text: a role phrase ("Pjs. Bupati Solok") and the person holding it.

Handles "ROLE, NAME, DEGREES", "ROLE NAME, DEGREES", "ROLE NAME verb ...", attendance lists that
chain several of these with commas, and offices named without a person ("ditegaskan Bupati Solok").
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from ..lexicon import Lexicon
from ..model import Line
from .common_words import in_dictionary, is_common_word
from .glued import line_tokens
from .holders import _holder, _trim_holder
from .lists import (
    LIST_ITEM,
    _list_item,
    _members_after,
    _other_members,
    _pairs_split,
    candidate_pairs,
)
from .names import ParsedName, Stream, parse_name
from .posts_after import _names_before_roles, _role_after_name
from .public_posts import (
    PLAIN_STORY,
    StoryContext,
    _is_public,
    body_opens_holder,
    named_by_body,
    story_context,
)
from .role_words import LOWER_COURTESY, Mention, RolePhrase, _token_after
from .roles import DOCUMENT_WORDS, counted, role_at, second_office
from .speakers import (
    _points_back,
    _with_implied_roles,
    everyday_words,
    officers_by_rank,
    speakers_without_role,
)
from .text import TOKEN_WORD, fold, tokens_with_spans
from .title import title_case
from .units import holder_after_unit, holder_past_everyday_words, unit_list_goes_on


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
    texts = {line.number: line.text for line in lines}
    if any(_points_back(m, texts, lexicon, story) for m in out):
        # a speaker gets an office only from one pointing back: without one, none is sought
        speakers = speakers_without_role(lines, lexicon, out, everyday)
        if speakers:
            out.extend(_with_implied_roles(speakers, out, lines, lexicon, story))
    out.extend(officers_by_rank(lines, lexicon, out))
    out.extend(candidate_pairs(lines, lexicon))
    return _without_units_words(_without_glued_tails(out, lines, lexicon), lines, lexicon)


def holder_is_a_word(stream: Stream, name: ParsedName, lexicon: Lexicon) -> bool:
    """'Kepala Sektor', 'Gubernur Lepas 250 Pelari': one everyday word right after the office,
    with no comma, title or rank before it, is the sentence's word; 'Gubernur X, Samudra' and
    'Laksma Damai' are people."""
    folded = fold(name.name)
    return (
        " " not in name.name
        and not name.degrees
        and stream.sep(name.start) == " "
        and stream.fold(name.start - 1) not in LOWER_COURTESY  # 'Gubernur X pak Samudra'
        and folded not in lexicon.name_tokens
        and folded not in lexicon.everyday_name_words
        and folded not in lexicon.figure_names
        and in_dictionary(folded)
    )


# Relatives, aides, lawyers and private helpers of an office's holder: 'istri Gubernur Jambi,
# Sinta' and 'ajudan Gubernur Jambi, Sinta' name the wife and the aide, not the governor ('ajudan
# Gubernur Jambi Budi Santoso' names the governor)
RELATIVES = frozenset(
    {"istri", "suami", "anak", "putra", "putri", "menantu", "adik", "kakak", "ayah", "ibunda"}
    | {"ayahanda", "keluarga", "kerabat", "pengacara", "sopir", "pembantu", "cucu", "keponakan"}
    | {"ajudan", "staf", "staff", "protokol", "rombongan"}
    | {"hukum", "kuasa"}  # 'kuasa hukum Menteri X, Y': the minister's lawyer
)


def _a_relative_of_the_holder(stream: Stream, k: int, role: RolePhrase, name: ParsedName) -> bool:
    """Whether the name right after the office's comma is a relative's of its holder (not after
    the time it was held: 'cucu Bupati X periode 1958-1960, Budi' names the governor)."""
    return (
        k > 0
        and stream.fold(k - 1) in RELATIVES
        and not (stream.is_cap(k - 1) and stream.fold(k - 1) in ("putra", "putri"))  # names too
        and stream.sep(k) == " "
        and name.start == role.end
        and stream.sep(name.start).strip().startswith(",")
    )


def _without_units_words(
    mentions: list[Mention], lines: tuple[Line, ...], lexicon: Lexicon
) -> list[Mention]:
    """Holders whose first words are the unit's or its place's, written before the name without a
    comma ('Kepala Bandara Sukamaju Budi Santoso' read as 'Sukamaju Budi Santoso'): the name
    starts at the first word the article writes again without them ('kata Budi')."""
    text = None
    out = []
    texts = {line.number: line.text for line in lines}
    for mention in mentions:
        name = mention.name
        words = name.name.split() if name is not None and mention.role is not None else []
        if (
            len(words) >= 2
            and _unit_word(words[0], lexicon)
            and not _a_headline(texts.get(mention.line, ""))  # 'Menteri X Ancam Budi': a verb
        ):
            if text is None:
                text = "\n".join(line.text for line in lines)
            start = _name_starts_at(words, text, lexicon)
            if start and name is not None:
                mention = replace(mention, name=replace(name, name=" ".join(words[start:])))
        out.append(mention)
    return out


def _a_headline(text: str) -> bool:
    """Whether a line is written as a headline is: every word capitalised."""
    return title_case([w for w in text.split() if any(c.isalnum() for c in w)])


def _unit_word(word: str, lexicon: Lexicon) -> bool:
    """An everyday word or a place's, never a name's ('Bandara', 'Sukamaju', 'Kelautan')."""
    folded = fold(word)
    return (
        folded not in lexicon.name_tokens
        and folded not in lexicon.everyday_name_words
        and folded not in lexicon.figure_names
        and (is_common_word(folded) or lexicon.places.match_at(((folded, 0, 0),), 0) is not None)
    )


def _name_starts_at(words: list[str], text: str, lexicon: Lexicon) -> int:
    """The index of the name's first word after the unit's words, or 0: every word before it a
    unit's, every word from it on a name's and no place's, and the article writing its first
    word again without the word before it. One word is a name's only after two of the unit's ('Kepala
    Pos Pengamatan Gunung Budiarto'), never a public figure's ('Sinta Prabowo' is not Prabowo)."""
    for start in range(1, len(words)):
        if not _unit_word(words[start - 1], lexicon):
            return 0
        rest = [fold(w) for w in words[start:]]
        if any(
            (is_common_word(w) and w not in lexicon.name_tokens)
            or lexicon.places.match_at(((w, 0, 0),), 0) is not None
            for w in rest
        ):
            continue
        if len(rest) == 1 and (start < 2 or rest[0] in lexicon.figure_names):
            continue
        again = re.finditer(rf"(?<!\w){re.escape(words[start])}(?!\w)", text)
        if any(not text[: m.start()].rstrip().endswith(words[start - 1]) for m in again):
            return start
    return 0


def _glue_evident(tail: str, text: str, name: ParsedName, lexicon: Lexicon) -> bool:
    """Whether the word after the name in its line shows the tail is a word of its own: an
    office after 'dan' ('... Hartonodan Gubernur Bali'), a place after 'di' ('Petrovdi kota X')."""
    following = text[name.char_end :].split(None, 1)
    if not following:
        return False
    word = fold(following[0])
    if tail == "dan":
        return word in lexicon.role_first
    return tail == "di" and word in PLACES_AFTER_DI


PLACES_AFTER_DI = frozenset(
    {"kota", "kabupaten", "provinsi", "desa", "kantor", "gedung", "istana", "sela", "tengah"}
    | {"hadapan", "depan", "lokasi", "sana", "sini", "rumah", "jalan", "kawasan", "wilayah"}
)


# Short words a scraped page glues to the name before them ('Budi Santosodan', 'Putinserta'):
# too short, or too often a name's own ending, to be cut wherever they stand (`split_glued`);
# the first ones end no name, the others only when the text writes the name without them
SHORT_TAILS = ("serta", "akan", "dan", "di", "ke", "yang", "ini", "itu", "pun")
NEVER_NAME_ENDINGS = ("serta", "akan")
STEM_LETTERS = 3


def _without_glued_tails(
    mentions: list[Mention], lines: tuple[Line, ...], lexicon: Lexicon
) -> list[Mention]:
    """Names whose last word is another word of the text with a short word glued to it: the
    article writes the name without it elsewhere ('Rudi Hartono'), or an office follows the glued
    'dan' ('Rudi Hartonodan Gubernur Bali X'), so the tail is no part of it."""
    text = None
    texts = {line.number: line.text for line in lines}
    out = []
    for mention in mentions:
        name = mention.name
        figure = _figure_glued_inside(name.name, lexicon) if name is not None else None
        if name is not None and figure is not None:
            name = replace(name, name=figure)  # 'Budi Santosodi Balai Kota': a figure's name
            mention = replace(mention, name=name)
        last = name.name.rsplit(" ", 1)[-1] if name is not None else ""
        tail = next(
            (t for t in SHORT_TAILS if last.endswith(t) and len(last) - len(t) >= STEM_LETTERS),
            None,
        )
        if name is not None and tail is not None:
            if text is None:
                text = "\n".join(line.text for line in lines)
            stem = last[: -len(tail)]
            if (
                tail in NEVER_NAME_ENDINGS
                or re.search(rf"\b{re.escape(stem)}\b", text)
                or fold(name.name[: -len(tail)]) in lexicon.figure_names  # 'Joko Widododan'
                or _glue_evident(tail, texts.get(mention.line, ""), name, lexicon)
            ):
                name = replace(name, name=name.name[: -len(tail)])
                mention = replace(mention, name=name)
        elif name is not None and len(last) >= LONG_WORD and fold(last) not in lexicon.name_tokens:
            if text is None:
                text = "\n".join(line.text for line in lines)
            alone = _stem_written_alone(last, text, lexicon)
            if alone:
                mention = replace(
                    mention, name=replace(name, name=name.name[: len(alone) - len(last)])
                )
        out.append(mention)
    return out


def _figure_glued_inside(name: str, lexicon: Lexicon) -> str | None:
    """A public figure's name with a short word glued to its last word inside a longer run
    ('Joko Widodoke Surabaya', 'Joko Widodoatau Jokowi'): the figure's name, or None."""
    words = name.split()
    for i, word in enumerate(words[:-1]):
        for tail in (*SHORT_TAILS, *FUNCTION_WORDS):
            if word.endswith(tail) and len(word) - len(tail) >= STEM_LETTERS:
                stem = " ".join([*words[:i], word[: -len(tail)]])
                if fold(stem) in lexicon.figure_names:
                    return stem
    return None


# Words that join a sentence, never a name's ending ('Hartonoagar', 'Hartonoresignatau')
FUNCTION_WORDS = (
    "agar",
    "atau",
    "untuk",
    "dengan",
    "bahwa",
    "karena",
    "ketika",
    "sebagai",
    "kepada",
)
LONG_WORD = 9  # a name's last word this long may be a name with a page's words glued on


def _stem_written_alone(last: str, text: str, lexicon: Lexicon) -> str | None:
    """'Hartonoresmiakan': the longest start of the word that the text writes as a word of its
    own ('Hartono'), when what follows it opens with a word the text writes in lower case
    ('resmi') and is no name's word: a sentence's words that a scraped page glued to the name."""
    stems = set(re.findall(rf"\b{re.escape(last[:STEM_LETTERS])}[a-z]*\b", text))
    for stem in sorted(stems, key=len, reverse=True):
        rest = last[len(stem) :]
        if (
            len(stem) >= STEM_LETTERS + 1
            and len(rest) >= STEM_LETTERS + 1
            and last.startswith(stem)
            and fold(rest) not in lexicon.name_tokens
            and (
                rest.startswith(FUNCTION_WORDS)
                or rest.endswith(FUNCTION_WORDS)
                or any(
                    rest.startswith(word)
                    for word in re.findall(rf"\b{re.escape(rest[:STEM_LETTERS])}[a-z]*\b", text)
                )
            )
        ):
            return stem
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


def mentions_in_line(
    line: Line,
    lexicon: Lexicon,
    everyday: Container[str] = frozenset(),
    story: StoryContext = PLAIN_STORY,
) -> list[Mention]:
    toks = line_tokens(line.text, lexicon)
    firsts = lexicon.role_first
    if firsts.isdisjoint(map(TOKEN_WORD, toks)):
        return []  # most lines: no word opens an office
    candidates = [i for i, tok in enumerate(toks) if tok[0] in firsts]  # role_at is None elsewhere
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
        second = second_office(stream, role, lexicon)
        if (
            second is not None
        ):  # 'Menteri X sekaligus Juru Bicara Y Budi': the first office is the post
            name, second = _holder(stream, second, lexicon)
            role = replace(role, end=second.end)
        else:
            name, role = _holder(stream, role, lexicon)
        if name is not None and (
            unit_list_goes_on(stream, name, lexicon)
            or (not stream.is_cap(k) and counted(stream, k))
        ):
            name = None  # 'tiga kepala desa, A, B': a counted office's holders are listed only
        if name is not None:
            name, role = _trim_holder(stream, name, role, lexicon, everyday)
        if name is not None:
            name, role = holder_past_everyday_words(stream, name, role, lexicon) or (name, role)
        if name is None and stream.is_cap(k):  # 'Direktur X Direktorat Y (DY) KPD Budi menilai'
            name, role = holder_after_unit(stream, role, lexicon, everyday) or (None, role)
        if name is not None and (
            _a_relative_of_the_holder(stream, k, role, name)
            or holder_is_a_word(stream, name, lexicon)
        ):
            name = None
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
        if (
            not stream.is_cap(k)
            and (name is None or len(name.name.split()) < 2)
            and not (_set_off_by_commas(stream, name) and _in_a_legislature(role))
            and not any(len(member.name.split()) >= 2 for member in members)
        ):
            # 'anggota DPR' in passing: only a named holder makes a lower-case office count; the
            # office inside it is no one's either ('staf khusus Menteri X, yakni A dan B')
            done = max(done, role.end)
            continue
        public = (
            _is_public(role, lexicon, story)
            and not named_by_body(role, name, story, lexicon)
            and not body_opens_holder(role, name, lexicon)
        )
        if members and public:
            out.extend(Mention(member, role, line.number) for member in members)
            name = members[-1]
        elif public:
            out.append(Mention(name, role, line.number))
        else:  # a party's or an association's post: no official, and its places name no government
            # (its holder's name stays covered by it: no speaker's role is looked for elsewhere)
            held_to = max(role.end, name.end) if name is not None else role.end
            out.append(Mention(None, replace(role, region_hits=(), end=held_to), line.number))
        end = max(role.end, name.end if name else 0, k + 1)
        if name:
            end = max(end, _token_after(stream, name.char_end))
        covered.update(range(k, end))
        done = end
    if out:
        out = _pairs_split(stream, out)
        out.extend(_other_members(stream, out, line.number, lexicon, everyday, story))
    if role_starts:
        out.extend(
            _names_before_roles(stream, covered, role_starts, line.number, lexicon, story, everyday)
        )
    return out


def _set_off_by_commas(stream: Stream, name: ParsedName | None) -> bool:
    """'anggota DPRD Kota X, Hartono, menabrak ...', 'anggota DPR RI, Hartono (HT), ...': a
    one-word name between commas right after the office, its initials in brackets or not, is
    its holder, named as such."""
    return (
        name is not None
        and stream.sep(name.start).strip() == ","
        and INITIALS_THEN_COMMA.match(stream.text, name.char_end) is not None
    )


INITIALS_THEN_COMMA = re.compile(r"\s*(?:\([A-Z]{1,4}\)\s*)?,")


LEGISLATURES = frozenset({"dpr", "dprd", "dpd", "mpr"})


def _in_a_legislature(role: RolePhrase) -> bool:
    """'anggota DPRD Kota X', 'anggota DPD RI': a seat in a legislature, named by its body."""
    return not LEGISLATURES.isdisjoint(fold(role.written).split())


RELATED = re.compile(r"\bBaca\s+[Jj]uga\s*:\s*")
RELATED_CHARS = 120  # about the length of a linked headline glued into a paragraph


def _related_headlines(text: str) -> list[tuple[int, int]]:
    """Where a page glued a 'Baca juga: <headline>' link into a paragraph: the headline's people
    belong to another story. The paragraph goes on after it, so only its first words are left out."""
    if "aca" not in text:
        return []
    return [(m.end(), m.end() + RELATED_CHARS) for m in RELATED.finditer(text) if m.start()]
