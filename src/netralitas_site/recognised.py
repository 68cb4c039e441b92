"""Officials named without a role: a person the archive knows as an official is one wherever an
article writes their full name.

National news names the President, a minister or a governor without the office as often as with
it ("... kata Pramono Anung di Balai Kota"): extraction, which reads one article, finds a person
only next to an office. The archive knows more: when other articles write an office next to the
same full name, the name is an official's. Only names that cannot be taken for someone else are
used: two words or more, the whole name (not the start of a longer one), written next to an
office in two articles at least (one article's misreading must not spread: on all 6,366 real
articles, 'Arab Saudi', a footballer and a park were each 'officials' once), never a place, and
never a name the archive holds for officials of two provinces (namesakes) or one made only of
common given names ('Budi Santoso'), unless written next to an office in several articles. The mention has no
role and no region in that article: the text gives none. An article whose officials were corrected
(`officials:` in its front matter or side file) is left as the user made it.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .engine.workers import Workers, can_fork
from .extract.common_words import in_dictionary, is_common_word
from .extract.glued import line_tokens, line_words
from .extract.name_forms import same_person_written_differently
from .extract.names import modern_spelling, person_key, reads_as_a_name
from .extract.officials import mentions_in_line
from .extract.people import describe_role
from .extract.text import another_headline, one_edit_apart, tokens_with_spans
from .extract.title import story_end
from .figures import figure_short_forms, figures_by_full_name
from .lexicon import Lexicon, PhraseIndex, province_of
from .model import Article, Line, OfficialMention

# a known name's payload: (key, name, the figure's office or None for a name the archive knows)
Known = tuple[str, str, str | None]

MIN_WORDS = 2
MIN_ARTICLES = 2  # written next to an office in this many articles
COMMON_NAME_ARTICLES = (
    3  # a name of common given names only: written next to an office in this many articles
)
PARALLEL_FROM = 2000  # articles; below, forking workers costs more than it saves
CHUNK = 500  # articles a worker reads per task


def name_known_officials(
    articles: list[Article],
    lexicon: Lexicon,
    jobs: int = 1,
    holders: Sequence[tuple[str, str]] = (),
) -> list[Article]:
    """The articles, each with the archive's known officials its text names without an office
    added to its officials (role, region None); unchanged articles are the same objects. Runs on
    every extracted article before they are merged (archive.build_archive). `jobs`: worker
    processes to read the articles with (a large archive's texts are read in parallel; the
    result is the same). `holders`: (name, office) of the holders curation.yaml's office_holders
    name, known as officials like the public figures."""
    return name_known_officials_again(articles, lexicon, jobs, holders)[0]


@dataclass(frozen=True)
class FoundBefore:
    """What a build found in each article (by a key of the article's text: its extraction key,
    file and id) and the digest of the known names it looked for, kept in the build cache: when
    the known names are the same, an article read before is not read again, so a one-article
    edit reads one article, not the whole archive."""

    known: str = ""
    found: dict[str, tuple[OfficialMention, ...]] = field(default_factory=dict)
    # the known names themselves, for the dev server (`recognised_in_one`); not kept in the cache
    index: PhraseIndex[Known] | None = field(default=None, compare=False, repr=False)

    def __reduce__(self):
        return FoundBefore, (self.known, self.found)


def name_known_officials_again(
    articles: list[Article],
    lexicon: Lexicon,
    jobs: int = 1,
    holders: Sequence[tuple[str, str]] = (),
    keys: Sequence[str | None] = (),
    before: FoundBefore | None = None,
) -> tuple[list[Article], FoundBefore]:
    """`name_known_officials`, reading again only the articles `before` does not hold under
    their key in `keys` (one per article, None: read it); with what was found, to keep."""
    named = _name_known(articles, lexicon, jobs, holders, keys, before, only_if_known=False)
    assert named is not None  # only a call that asks to stop early gets None
    return named


def name_known_officials_if_known(
    articles: list[Article],
    lexicon: Lexicon,
    holders: Sequence[tuple[str, str]],
    keys: Sequence[str | None],
    before: FoundBefore,
) -> list[Article] | None:
    """`name_known_officials_again` when the known names are those `before` was found with, so
    that only the articles without a key are read; None otherwise (every article would be read
    again: the dev server's preview of an edited article does not wait for that)."""
    named = _name_known(articles, lexicon, 1, holders, keys, before, only_if_known=True)
    return None if named is None else named[0]


def _name_known(
    articles: list[Article],
    lexicon: Lexicon,
    jobs: int,
    holders: Sequence[tuple[str, str]],
    keys: Sequence[str | None],
    before: FoundBefore | None,
    only_if_known: bool,
) -> tuple[list[Article], FoundBefore] | None:
    shorts = figure_short_forms(lexicon)
    articles = [figures_by_full_name(article, shorts) for article in articles]
    known = with_figures(known_names(articles, lexicon, province_of(lexicon)), lexicon, holders)
    if not known.by_first:
        return articles, FoundBefore(index=known)
    known_digest = _digest_of(known)
    if only_if_known and (before is None or before.known != known_digest):
        return None
    remembered = before.found if before is not None and before.known == known_digest else {}
    keys = list(keys) or [None] * len(articles)
    todo = [i for i, key in enumerate(keys) if key is None or key not in remembered]
    fresh = dict(zip(todo, _found_in_all([articles[i] for i in todo], known, lexicon, jobs)))
    found = [
        fresh[i] if key is None or i in fresh else remembered[key] for i, key in enumerate(keys)
    ]
    kept = FoundBefore(
        known_digest, {key: more for key, more in zip(keys, found) if key is not None}, known
    )
    return [
        replace(article, officials=article.officials + more) if more else article
        for article, more in zip(articles, found)
    ], kept


def recognised_in_one(article: Article, lexicon: Lexicon, known: PhraseIndex[Known]) -> Article:
    """One article as `name_known_officials` makes it when `known` are the archive's known names
    (FoundBefore.index of the build that read the other articles)."""
    article = figures_by_full_name(article, figure_short_forms(lexicon))
    more = () if "officials" in article.corrected else _known_in(article, known, lexicon)
    return replace(article, officials=article.officials + more) if more else article


def _digest_of(known: PhraseIndex[Known]) -> str:
    """The known names and what each stands for, in one order whatever order they were added in."""
    entries = sorted(
        (phrase, tuple(payloads))
        for buckets in known.by_first.values()
        for _, phrases in buckets
        for phrase, payloads in phrases.items()
    )
    return hashlib.blake2b(repr(entries).encode("utf-8"), digest_size=16).hexdigest()


# (articles, known names, lexicon): what forked workers read (_found_in_range)
_JOB: tuple[list[Article], PhraseIndex[Known], Lexicon] | None = None


def _found_in_all(articles, known, lexicon, jobs: int) -> list[tuple[OfficialMention, ...]]:
    """The known officials each article names without an office, in the articles' order."""
    global _JOB
    ranges = [
        (start, min(start + CHUNK, len(articles))) for start in range(0, len(articles), CHUNK)
    ]
    _JOB = (articles, known, lexicon)
    try:
        if jobs <= 1 or len(articles) < PARALLEL_FROM or not can_fork():
            return [found for bounds in ranges for found in _found_in_range(bounds)]
        workers = min(jobs, len(ranges))
        with Workers(multiprocessing.get_context("fork"), workers, _found_in_range) as pool:
            return [found for chunk in pool.map(ranges) for found in chunk]
    finally:
        _JOB = None


def _found_in_range(bounds: tuple[int, int]) -> list[tuple[OfficialMention, ...]]:
    assert _JOB is not None  # set by _found_in_all for the ranges it reads
    articles, known, lexicon = _JOB
    # an article whose officials the user corrected keeps exactly what the user made of them
    return [
        () if "officials" in article.corrected else _known_in(article, known, lexicon)
        for article in articles[bounds[0] : bounds[1]]
    ]


def known_names(articles: list[Article], lexicon: Lexicon, province_of) -> PhraseIndex[Known]:
    """The full names (and longer spellings) of officials written next to an office, as a phrase
    index whose payload is (key, name, None)."""
    spellings: dict[str, set[str]] = defaultdict(set)
    names: dict[str, Counter] = defaultdict(Counter)
    places: dict[str, set] = defaultdict(set)
    articles_of: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for official in article.officials:
            if official.role_normalized is None:
                continue
            key = official.key
            names[key][official.name] += 1
            articles_of[key].add(article.id)
            if official.region is not None:
                places[key].add(province_of(official.region))
            for spelling in (official.name, *official.aliases):
                if len(spelling.split()) >= MIN_WORDS:
                    spellings[key].add(spelling)
    index: PhraseIndex[Known] = PhraseIndex()
    owners: dict[str, set[str]] = defaultdict(
        set
    )  # folded spelling -> keys (a spelling of two people is used for neither)
    for key, written in spellings.items():
        if len(places[key]) > 1:
            continue  # namesakes: which one an unlabelled mention is cannot be told
        if len(articles_of[key]) < MIN_ARTICLES:
            continue
        for spelling in written:
            words = [w.lower() for w in spelling.split()]
            if not reads_as_a_name(spelling, lexicon) or _is_place(spelling, lexicon):
                continue  # a body, a company or a place read as a person must not spread to other articles
            if (
                all(w.strip(".") in lexicon.name_tokens for w in words)
                and len(articles_of[key]) < COMMON_NAME_ARTICLES
            ):
                continue  # 'Budi Santoso': many people bear it
            owners[person_key(spelling)].add(key)
    for key, written in sorted(spellings.items()):
        name = max(names[key], key=lambda n: (names[key][n], len(n), n))
        for spelling in sorted(written):
            if owners.get(person_key(spelling)) == {key}:
                index.add(spelling, (key, name, None))
    return index


def with_figures(
    known: PhraseIndex[Known], lexicon: Lexicon, holders: Sequence[tuple[str, str]] = ()
) -> PhraseIndex[Known]:
    """The archive's known names and the public figures of figures.yaml (presidents, ministers,
    heads of state), by their full names and the short forms news gives them ('Jokowi'): a figure
    is an official wherever the text names them, in an archive of one article too. So is the
    holder of an office curation.yaml names, by a full name of two words or more. A spelling the
    archive already holds for someone is theirs."""
    curated = [
        (name, (), False, office)
        for name, office in holders
        if len(name.split()) >= MIN_WORDS and reads_as_a_name(name, lexicon, strict=False)
    ]
    for name, shorts, shared, office in (*lexicon.figures, *curated):
        key = person_key(name)
        # a name many people bear ('Budi Santoso'): the figure is known by it only where the
        # archive writes it next to an office (known_names), as any official is
        for spelling in (*(() if shared else (name,)), *shorts):
            toks = tokens_with_spans(spelling)
            match = known.match_at(toks, 0) if toks else None
            if match is None or match[0] != len(toks):
                known.add(spelling, (key, name, office))
    return known


def _is_place(spelling: str, lexicon: Lexicon) -> bool:
    toks = tokens_with_spans(spelling)
    return any(
        (match := index.match_at(toks, 0)) is not None and match[0] == len(toks)
        for index in (lexicon.places, lexicon.foreign_places)
    )


def _known_in(
    article: Article, known: PhraseIndex[Known], lexicon: Lexicon
) -> tuple[OfficialMention, ...]:
    """The known officials the article names without an office, new to its officials."""
    present = [set(o.key.split()) for o in article.officials]
    others: dict[tuple[str, str], bool] = {}  # (short form, figure) -> another person's name
    found: dict[str, OfficialMention] = {}
    held: dict[str, bool] = {}
    offices: dict[
        str, str | None
    ] = {}  # key -> the figure's office (None: a name the archive knows)

    def old(key: str) -> bool:
        """The article holds this person already, perhaps under a shorter name or misspelt, or
        they were found in an earlier line."""
        if key not in held:
            words = set(key.split())
            held[key] = any(words <= have or have <= words for have in present) or any(
                same_person_written_differently(key.split(), o.key.split())
                for o in article.officials
            )  # 'Budi Santtoso' written next to an office is the figure 'Budi Santoso'
        # a figure found without a role is looked for again: a later line may write the office
        return held[key] or (key in found and (found[key].role is not None or not offices[key]))

    # the headline too (as line 0), where a figure is often named alone ('Prabowo Tunda Proyek')
    headline = (Line(0, article.title),) if article.title and not article.title_derived else ()
    furniture = story_end(
        article.body, [line.number for line in article.boilerplate]
    )  # a page copied whole: other stories' teasers after it
    for line in (*headline, *article.body):
        if furniture is not None and line.number >= furniture:
            break
        if _nobody_new(line.text, known, lexicon, old):
            continue
        if line.number and (line.text.startswith("#") or another_headline(line.text)):
            continue  # a page's tag, another story's headline beside this one
        toks = line_tokens(line.text, lexicon)
        matches = list(known.scan_tokens(line.text, toks))
        paired = _hyphen_pairs(line.text, toks, matches)
        for i, length, payloads in matches:
            key, name, office = payloads[0]
            offices[key] = office
            if old(key) or not (
                (i, i + length) in paired
                or _whole_name(line.text, toks, i, length, lexicon, not line.number)
            ):
                continue
            start, end = toks[i][1], toks[i + length - 1][2]
            written = line.text[start:end]
            if person_key(written) != key and _inside_an_officials_name(written, present, lexicon):
                continue  # 'Baiq Sri Mulyani', an official of the article: not the figure
            if person_key(written) != key:
                if (written, name) not in others:  # the body is read once per short form
                    others[written, name] = _another_persons_name(article, written, name)
                if others[written, name]:
                    continue  # 'Prabowo Widyakrisnadi, Direktur PT X ... kata Prabowo': not the figure
            role, normalized, institution = (
                _office_beside(article.body, line, start, end, office, lexicon)
                if office
                else (None, None, None)
            )
            if key in found:  # named again, now beside the office
                if role is not None:
                    found[key] = replace(
                        found[key], role=role, role_normalized=normalized, institution=institution
                    )
                continue
            found[key] = OfficialMention(
                key=key,
                name=name,
                degrees=(),
                role=role,
                role_normalized=normalized,
                institution=institution,
                region=None,
                line=line.number,
                aliases=(written,) if person_key(written) != key else (),
                recognised=True,
            )
    return tuple(found.values())


def _inside_an_officials_name(written: str, present: list[set[str]], lexicon: Lexicon) -> bool:
    """A short form whose words are part of an official's longer name, the other words a name's
    ('Baiq Sri Mulyani'), not a place's or everyday words a misreading joined to it ('Jakarta
    Pasca Trump')."""
    words = set(person_key(written).split())
    return any(
        words < have
        and not any(is_common_word(w) or _is_place(w.title(), lexicon) for w in have - words)
        for have in present
    )


def _another_persons_name(article: Article, short: str, name: str) -> bool:
    """The article writes the figure's short form as the first word of another person's name:
    after it a name's word, no everyday word ('Gibran Saksinya'), that the figure's name lacks
    and does not misspell ('Bahlil Ladahalia' is the figure)."""
    follows = re.compile(r"\b" + re.escape(short) + r"\s+([A-Z][a-z]{2,})")
    figure = person_key(name).split()
    return any(
        not is_common_word(word.lower())
        and not any(_misspelt(person_key(word), part) for part in figure)
        for line in article.body
        for word in follows.findall(line.text)
    )


def _misspelt(word: str, part: str) -> bool:
    """The same name's word, or it with two letters swapped or one letter off."""
    return sorted(word) == sorted(part) or one_edit_apart(word, part)


def _office_beside(
    body: tuple[Line, ...], line: Line, start: int, end: int, office: str, lexicon: Lexicon
) -> tuple[str | None, str | None, str | None]:
    """(role as written, normalized role, institution) of the figure's own office when the text
    writes it beside the name but extraction could not join the two (a lost space or comma, the
    name on the next line: 'Menteri Sosial (Mensos)Budi', 'Ketua Dewan Pembina Partai X, Budi,
    yang kala itu menjabat Presiden RI'): an office of that kind within a few words of the name.
    Else no role: the text gives none."""
    window = line.text[max(0, start - NEAR) : end + NEAR]
    if start <= 2:  # a line that opens with the name may continue its office's line
        before = next(
            (b for b in reversed(body) if b.number < line.number and b.text.strip()), None
        )
        window = (before.text[-NEAR:] + " " if before else "") + window
    for mention in mentions_in_line(Line(line.number, window), lexicon):
        if mention.role is None:
            continue
        normalized, institution, _ = describe_role(mention.role, None, lexicon)
        if normalized == office:
            return mention.role.written, normalized, institution
    return None, None, None


NEAR = 60  # characters around a figure's name where its office may stand


def _nobody_new(text: str, known: PhraseIndex, lexicon: Lexicon, old) -> bool:
    """True when every known name in the line's words is one `old` says the article has: then
    scanning its tokens (`scan_tokens` over `line_tokens`, for each match the first payload's key)
    can add no one. Names here are looked for at every word and in every length, a superset of
    the scan's longest matches, so the answer is never wrong; where the line's words cannot be
    had without its tokens (`line_words` None), False. In most lines that hold a name, it is the
    name of an official the article holds with an office: tokenising the line is then skipped."""
    words = line_words(text, lexicon)
    if words is None:
        return False
    by_first = known.by_first
    if by_first.keys().isdisjoint(words):
        return True  # no known name's first word (most lines), found at C speed
    for i in [i for i, word in enumerate(words) if word in by_first]:
        for length, phrases in by_first[words[i]]:
            payloads = phrases.get(tuple(words[i : i + length]))
            if payloads and not old(payloads[0][0]):
                return False
    return True


def _hyphen_pairs(text: str, toks, matches) -> set[tuple[int, int]]:
    """(start, end) of known names joined by a hyphen to another known name, both written whole
    ('Jokowi-Prabowo', 'Prabowo-Gibran': a pair of figures, each one named)."""
    spans = [(i, i + length) for i, length, _ in matches]
    starts = {start for start, _ in spans}
    pairs: set[tuple[int, int]] = set()
    for start, end in spans:
        if end in starts and text[toks[end - 1][2] : toks[end][1]] == "-":
            pairs.add((start, end))
            pairs.update(span for span in spans if span[0] == end)
    return pairs


def _whole_name(
    text: str, toks, i: int, length: int, lexicon: Lexicon, title_case: bool = False
) -> bool:
    """Every word capitalised, and no name's word joined to either end: 'Budi Santoso' is not
    found inside 'Budi Santoso Wibowo' or 'Agus Budi Santoso' (an office or a sentence's first
    word may stand before it). In a headline, where every word is capitalised, a word after the
    name joins it only when it is a name's word ('Budi Santoso Wibowo', not 'Budi Santoso Tunda
    Proyek'), and a one-word short form that is an everyday word is that word."""
    if not all(
        text[toks[j][1]].isupper() or (j > i and text[toks[j][1] - 1] == "-")
        for j in range(i, i + length)
    ):
        return False  # 'Kim Jong-un': a part after a hyphen may be lower case
    if title_case and length == 1 and in_dictionary(toks[i][0]):
        return False  # 'Ganjar' in a headline: the everyday word (to reward), capitalised there
    end = i + length
    if (
        end < len(toks)
        and text[toks[end - 1][2] : toks[end][1]] in (" ", "-")
        and text[toks[end][1]].isupper()
        and not (title_case and toks[end][0] not in lexicon.name_tokens)
    ):
        return False  # 'Budi Santoso Wibowo', 'Bandara Soekarno-Hatta'
    if (
        length == 1
        and text[toks[i][1] - 1 : toks[i][1]] == "("
        and text[toks[i][2] : toks[i][2] + 1] == ")"
    ):
        return False  # 'Kartu Tani Sejahtera (Modi)': one word in brackets is a short form
    if i == 0:
        return True
    before = text[toks[i - 1][2] : toks[i][1]]
    if before in (" ", "-") and toks[i - 1][0] in lexicon.named_after_people:
        return False  # 'Jalan Budi Santoso': a street, not the person
    initial = toks[i - 1][2] - toks[i - 1][1] == 1 and before in (" ", ". ")
    return not (
        (before in (" ", "-") or initial)
        and text[toks[i - 1][1]].isupper()
        and (
            initial
            or toks[i - 1][0] in lexicon.name_tokens
            or modern_spelling(toks[i - 1][0]) in lexicon.name_tokens
        )
        and toks[i - 1][0] not in lexicon.institution_words
    )  # 'Agus Budi Santoso', 'Agus R. Budi Santoso', 'Fadjar Budi Santoso' (Fajar): another
    # person's name ends there
