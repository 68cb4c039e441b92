"""The shortcuts taken for speed give what the plain forms they replace give."""

import dataclasses
import pickle
import random
import re
import unicodedata

import pytest

from netralitas_site.extract import (
    boilerplate,
    date_years,
    dateline,
    dates,
    glued,
    officials,
    posts_after,
    speakers,
)
from netralitas_site.extract.boilerplate import is_furniture
from netralitas_site.extract.glued import line_tokens
from netralitas_site.extract.name_forms import _alone
from netralitas_site.extract.names import Stream
from netralitas_site.extract.public_posts import story_context
from netralitas_site.extract.quotes import Speaker
from netralitas_site.extract.text import (
    clean_line,
    fold,
    general_tokens,
    tokens_with_spans,
    words_pattern,
)
from netralitas_site.model import (
    Article,
    Byline,
    DateFound,
    Line,
    OfficialMention,
    Outlet,
    Quote,
    Region,
)

PIECES = [
    "Akbar",
    "Ali",
    "Akbar Ali",
    "akbar",
    " ",
    "  ",
    "\t",
    ".",
    ",",
    "_",
    "’",
    "'",
    "`",
    "é",
    "İ",
    "ſ",
    "K",
    "\u200b",
    "\u00a0",
    "Bupati",
    "Solok",
    "(16/11/2024)",
    "Senin",
    "6 November 2024",
    "June 19, 2024",
    "Jum'at",
    "2020",
    "x",
    "1",
]


def texts(seed: int, n: int = 400):
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_speaker_spans_are_the_regex_alternation():
    forms_list = [
        ("Akbar Ali", "Akbar", "Ali"),
        ("Ali",),
        ("Bupati Solok", "Bupati"),
        ("x", "xx"),
        ("İ", "Akbar"),
    ]
    for forms in forms_list:
        forms = tuple(sorted(set(forms), key=len, reverse=True))
        pattern = re.compile(r"(?<![\w])({})(?![\w])".format("|".join(re.escape(f) for f in forms)))
        for text in texts(1):
            assert Speaker("k", forms).spans(text) == [m.span() for m in pattern.finditer(text)], (
                forms,
                text,
            )


@pytest.mark.parametrize(
    "first, rest", [("Akbar", "Ali"), ("Ali", "Akbar Ali"), ("x", "1"), ("Solok", "Bupati")]
)
def test_first_name_alone_is_the_regex(first, rest):
    pattern = re.compile(
        rf"(?<![\w.]){re.escape(first)}(?!\s+{re.escape(rest)})(?! +[A-Z])(?![\w])"
    )  # not followed by its rest, nor by another capitalised word (another person's name)
    for text in texts(2):
        assert _alone(first, rest, text) == bool(pattern.search(text)), text


def _plain_fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'`]", "", text.lower())
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _plain_clean(text):
    text = unicodedata.normalize("NFC", text).translate(
        dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
    )
    return re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", text).strip()


def test_tokens_fold_and_clean_line_agree_with_their_plain_forms():
    from netralitas_site.extract.text import LINE_END, ends_a_line

    for text in texts(3, 1000) + [t + end for t in texts(4, 200) for end in ('."  ', "”", ":\t")]:
        assert ends_a_line(text) == bool(LINE_END.search(text)), text
    for text in texts(3, 1000):
        assert tokens_with_spans(text) == general_tokens(text), text
        assert fold(text) == _plain_fold(text), text
        assert clean_line(text) == _plain_clean(text), text


YEAR_PIECES = [
    "1",
    "2",
    "9",
    "0",
    "8",
    "4",
    "19",
    "20",
    "1990",
    "2049",
    "2050",
    "1979",
    "/",
    ".",
    ",",
]
DASH_PIECES = ["-", "--", "–", "—", "‒", "―", " ", "  ", "\t", "A", "a", "“", '"', "\n"]


def test_year_and_dash_patterns_are_their_plain_forms():
    """YEAR and DASH open with a character a search can skip to; the plain forms open with a
    lookbehind or a space run, which the search tries at every character."""
    plain_year = re.compile(r"(?<![\d/.,])(?:19[89]\d|20[0-4]\d)(?![\d/.,]\d)")
    plain_dash = re.compile(r"\s*(?:—–|–—|-{2,}|[–—‒―]+|\s-\s|-(?=\s|$)|\s-(?=[A-Z“\"]))\s*")
    rng = random.Random(7)
    for pieces, fast, plain in (
        (YEAR_PIECES + PIECES, date_years.YEAR, plain_year),
        (DASH_PIECES + PIECES, dateline.DASH, plain_dash),
    ):
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            spans = [m.span() for m in fast.finditer(text)]
            assert spans == [m.span() for m in plain.finditer(text)], text


def test_patterns_opened_by_their_words_first_letters_are_their_plain_forms():
    """A lookahead of the first letters lets a search skip the characters no word of the
    pattern starts with; it must name every word's first letter."""
    from netralitas_site.extract import article, byline, lists, regions, story_days

    rng = random.Random(11)
    for pattern in (
        story_days.ATTRIBUTION,
        byline.AUTHOR,
        byline.EDITOR,
        article.ATTENDING,
        regions.ATTENDING,
        lists.OTHER_MEMBERS,
    ):
        opening = re.match(r"\(\?=\[([a-z]+)\]\)", pattern.pattern)
        assert opening, pattern.pattern
        plain = re.compile(pattern.pattern[opening.end() :], pattern.flags)
        words = set(re.findall(r"[a-z]{2,}", plain.pattern))
        pieces = [*words, *(w.upper() for w in words), " ", ": ", ", ", "x", "|", "seperti "]
        for _ in range(500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], text


def _plain_date_mentions(line):
    found, taken = [], []
    for pattern, kind in (
        (dates.NUMERIC, "numeric"),
        (dates.ENGLISH, "full"),
        (dates.WRITTEN, "full"),
        (dates.BARE_NUMERIC, "numeric"),
    ):
        for m in pattern.finditer(line.text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            mention = dates._mention(m, kind, line.number)
            if mention is not None:
                taken.append((m.start(), m.end()))
                found.append((m.start(), mention))
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]


def test_date_prefilters_drop_no_date():
    for text in texts(4, 1500) + [
        "Rabu, 06 November 2024",
        "Sabtu (16/11/2024)",
        "Wednesday, June 19, 2024",
        "Kamis (22/10)",
    ]:
        line = Line(3, text)
        assert dates.date_mentions(line) == _plain_date_mentions(line), text


def _article():
    return Article(
        id="a",
        source="a.txt",
        sha256="0" * 64,
        title="T",
        title_derived=False,
        date=DateFound(
            None, "Kamis (22/10)", "weekday-year", 2, (), (2020, 2015), (2020,), (10, 22)
        ),
        outlet=Outlet("binews-id", "BiNews", "binews.id"),
        dateline="Solok",
        regions=(Region("kab-solok", "Kabupaten Solok"),),
        officials=(
            OfficialMention(
                "akbar ali",
                "Akbar Ali",
                ("SH", "M.Si"),
                "Pjs. Bupati Solok",
                "Penjabat Sementara Bupati",
                "Pemerintah Kabupaten Solok",
                "Kabupaten Solok",
                2,
                ("Akbar",),
            ),
        ),
        quotes=(Quote("Netral.", "akbar ali", 3),),
        byline=Byline(author="Imel"),
        body=(Line(2, "Solok – ..."), Line(3, "“Netral,” kata Akbar.")),
        boilerplate=(Line(9, "(Mak Itam)"),),
        offices=(("Bupati", "kab-solok"),),
    )


def test_records_pickle_replace_and_stay_frozen():
    article = _article()
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert copy == article and repr(copy) == repr(article)
    copy = pickle.loads(pickle.dumps(article))
    other = pickle.loads(pickle.dumps(article))
    assert (
        copy.officials[0].role_normalized is other.officials[0].role_normalized
    )  # shared, not copied
    assert dataclasses.replace(article, id="b").id == "b"
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.id = "c"
    assert not hasattr(article, "__dict__")


def test_furniture_split_is_the_one_regex():
    whole = re.compile(
        boilerplate.FURNITURE.pattern.replace(
            "|©.*|", "|©.*|.*google news.*|.*whatsapp channel.*|.*saluran whatsapp.*|", 1
        ),
        re.IGNORECASE,
    )
    assert whole.pattern != boilerplate.FURNITURE.pattern
    rng = random.Random(5)
    words = [
        "Google News",
        "GOOGLE NEWS",
        "google neWſ",
        "WhatsApp Channel",
        "saluran whatsapp",
        "Saluran WhatſApp",
        "Iklan",
        "Home / Berita",
        "\n",
        " ",
        "ikuti kami",
        "x",
        "©",
        "Foto: Antara",
        "2 jam lalu",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 4)))
        assert is_furniture(text) == bool(
            whole.match(text) or boilerplate.AD_ALT.search(text) or boilerplate.STARS.match(text)
        ), text


def test_glued_patterns_match_where_their_plain_forms_do(lexicon):
    """GLUED_CAPITALS and glued_tail open with the capital their branches shared; the groups now
    start after it and end where they ended."""
    plain_capitals = re.compile(r"[A-Z](?<=[a-z][A-Z])|[A-Z]{2}[a-z]")
    plain_tail = re.compile(
        r"(?:([A-Z][a-z]{2,}?)"
        + words_pattern(sorted(lexicon.never_after_name))
        + r"|([A-Z][a-z]{3,}?)(?=[a-z]{7})(?:mem|men|meng|meny|me|ber|ter)[a-z]{4,})\b"
    )
    rng = random.Random(6)
    words = [*PIECES, "Budi", "BudiSantoso", "RIPrabowo", "mengatakan", "Subianto", "untuk"]
    words += ["mencabut", "pun", "Pemberantasan", "KPU", "menyampaikan", "ter", "ber", "Ab", "Z"]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        capitals = glued.GLUED_CAPITALS.search(text)
        assert (capitals is None) == (plain_capitals.search(text) is None), text
        assert (lexicon.glued_tail.search(text) is None) == (plain_tail.search(text) is None), text
        for pos in range(len(text) + 1):
            tail, plain = lexicon.glued_tail.fullmatch(text, pos), plain_tail.fullmatch(text, pos)
            assert (tail is None) == (plain is None), (text, pos)
            if tail and plain:
                group = 1 if plain.group(1) is not None else 2
                assert tail.group(group) is not None and tail.end(group) == plain.end(group)


def test_rank_words_are_tokens_of_their_line(lexicon):
    """officers_by_rank reads RANK_WORD only on lines that hold a rank's first word as a token."""
    rank_tokens = {word.lower() for word in lexicon.ranks_by_first}
    rng = random.Random(7)
    words = [*PIECES, *sorted(lexicon.ranks_by_first), "AKBPx", "xKolonel", "Ⅳ", "ǅ"]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        if any(word in lexicon.ranks_by_first for word in speakers.RANK_WORD.findall(text)):
            assert not rank_tokens.isdisjoint(t for t, _, _ in tokens_with_spans(text)), text


def test_no_office_after_a_name_is_missed(lexicon):
    """_names_before_roles reads no name after the last office _role_after_name could take (after
    a comma, a bracket or a post's word, OLD_POST, NEW_POST, FORMER_POST): at
    every office (not the line's first token) and every place a name could end before it, the text
    between that the patterns accept puts the office at or before that last one."""
    posts = (posts_after.OLD_POST, posts_after.NEW_POST, posts_after.FORMER_POST)
    post_words = sorted({w for p in posts for w in re.findall(r"[a-z]{2,}", p.pattern)})
    words = [*PIECES, "Bupati", "Kepala", "Dinas", "Wakil", "Budi", "Santoso", "Budisebagai"]
    words += ["ſebagai", "kını", "KİNİ", "EKſ", "xmantan", ", ", "\n", "\u2028", "(", ")", ";"]
    words += post_words  # a word added to a pattern is tried too
    rng = random.Random(8)
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    for word in post_words:
        for form in (word, word.upper(), word.capitalize()):
            for before in ("", ", ", ", yang ", ", sebelumnya ", " kini ", " jabatan "):
                lines.append(f"Budi Santoso{before}{form} Bupati Solok")
    for text in lines:
        stream = Stream(text, line_tokens(text, lexicon))
        reach = posts_after._last_office_after_a_name(stream, lexicon)
        for r in range(1, len(stream)):
            if stream.fold(r) not in lexicon.role_first:
                continue
            for pos in range(stream.toks[r][1] + 1):
                between = text[pos : stream.toks[r][1]]
                if between.strip() in (",", "(") or any(p.match(between) for p in posts):
                    assert r <= reach, (text, pos, r)


def test_speakers_get_offices_only_from_one_pointing_back(lexicon):
    """find_mentions seeks the speakers without an office only when an office points back at one:
    without such an office, the speakers it would find give no mention."""
    rng = random.Random(9)
    sentences = [
        "“Kami siap bekerja,” kata Budi Santoso.",
        "Budi Santoso mengatakan, pembangunan harus merata.",
        "Gubernur Riau itu meminta warga tenang.",
        "Hal itu disampaikan sang Bupati dalam rapat.",
        "Presiden ke-7 itu hadir.",
        "Budi Santoso (Kepala Dinas Pendidikan) itu berharap.",
        "Bupati Agam Rahmat Hidayat menyampaikan bahwa Rano berharap.",
        "“Netral,” ujar Rano. “Tentu,” ujar Rano.",
        "Ketua DPP Partai Maju tersebut berharap.",
    ]
    for _ in range(300):
        lines = tuple(
            Line(i + 1, " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3))))
            for i in range(rng.randint(1, 4))
        )
        found = officials.find_mentions(lines, lexicon)
        texts = {line.number: line.text for line in lines}
        story = story_context(lines, lexicon)
        if not any(speakers._points_back(m, texts, lexicon, story) for m in found):
            quoted = speakers.speakers_without_role(lines, lexicon, found)
            implied = speakers._with_implied_roles(quoted, found, lines, lexicon, story)
            assert implied == [], lines
