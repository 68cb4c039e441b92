"""The forms one person's name takes in an article: a first name used alone is an alias of the
full name ('Akbar' of 'Akbar Ali'), and an official named by one word is the person the text
names in full with it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import Lexicon
from ..model import OfficialMention
from .common_words import is_common_word
from .names import reads_as_a_name
from .quotes import QUOTED, is_word_char
from .text import fold, last_of, one_edit_apart


def with_short_forms(officials: list[OfficialMention], text: str) -> list[OfficialMention]:
    """Record 'Akbar' as an alias of 'Akbar Ali' when the text (the prose's lines joined) uses
    the first name alone."""
    firsts = [o.name.split()[0] for o in officials]
    out = []
    for official, first in zip(officials, firsts):
        parts = official.name.split()
        unique_first = (
            len(parts) > 1
            and firsts.count(first) == 1
            and len(first) > 2
            and first not in official.aliases
            and first.lower() not in NAME_PREFIXES  # 'Lalu', 'Andi', 'Siti': no one's name alone
        )
        if unique_first and _alone(first, " ".join(parts[1:]), text):
            official = replace(official, aliases=official.aliases + (first,))
        out.append(official)
    return out


# 'yang akrab disapa Ampon Li', 'biasa dipanggil dengan sapaan Kang Asep': a person's nickname
NICKNAME = re.compile(
    r"\b(?:akrab|biasa|kerap|sering|karib)\s+(?:di)?(?:sapa|panggil)"
    r"(?:\s+dengan)?(?:\s+(?:sapaan|panggilan|nama))?\s+[\"“'‘]?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
NICKNAME_CUES = ("disapa", "dipanggil")
NICKNAME_REACH = 400  # characters before 'pria yang akrab disapa X' where the official is named
SENTENCE_START = re.compile(r"[.!?\n]\s*")
NAME_RUN = re.compile(r"(?<=[\w,] )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+")  # not a sentence's first word


def with_nicknames(officials: list[OfficialMention], text: str) -> list[OfficialMention]:
    """'A, yang akrab disapa Kang Dimas,', 'sosok yang biasa disapa Uda Rendra itu': the nickname is
    an alias of the official the sentence names before it, or whom an epithet ('pria yang',
    'politisi yang') points back at: the official named last, outside quotes, just before. A
    sentence that names someone else there ('B atau yang akrab disapa X') gives no official
    a nickname, nor does an everyday word or a nickname another official bears."""
    if not officials or not any(cue in text for cue in NICKNAME_CUES):
        return officials
    prose = QUOTED.sub(lambda m: " " * len(m.group()), text)  # what people say names no subject
    out = list(officials)
    for match in NICKNAME.finditer(prose):
        nick = match.group(1)
        if any(nick == o.name or nick in o.aliases for o in out) or (
            " " not in nick and is_common_word(nick.lower())
        ):
            continue
        opening = last_of(SENTENCE_START.finditer(prose, 0, match.start()))
        sentence = opening.end() if opening else 0
        last = [_last_written(o, prose, match.start()) for o in out]
        best = max(last)
        if best < sentence and (
            NAME_RUN.search(prose, sentence, match.start()) or best < match.start() - NICKNAME_REACH
        ):
            continue  # someone else's nickname, or an official named too far back
        if best < 0:
            continue
        owner = last.index(best)
        window = prose[max(0, match.start() - NICKNAME_REACH) : match.start()]
        if any(
            len(word) > 2
            and word not in out[owner].name
            and re.search(rf"\b{re.escape(word)}\b", window)
            for word in nick.split()
        ):
            continue  # 'KH Ahmad Rendra ... sang kiai, biasa disapa Gus Rendra': the other man's
        out[owner] = replace(out[owner], aliases=out[owner].aliases + (nick,))
    return out


def _last_written(official: OfficialMention, text: str, before: int) -> int:
    return max(text.rfind(form, 0, before) for form in (official.name, *official.aliases))


def with_full_names(
    officials: list[OfficialMention], text: str, lexicon: Lexicon
) -> list[OfficialMention]:
    """'Rahmad, yang menjabat Kepala Dinas X' after 'Turut hadir Rahmad Syafii': an official
    named by one word is the person the text names in full with that word first or last, when
    it names exactly one such (and no other official holds that name); the word stays an alias.
    `text`: the prose's lines joined."""
    if all(" " in o.name for o in officials):
        return officials
    taken: set[str] | None = None  # the officials' folded names, made when first needed
    out = []
    for official in officials:
        word = official.name
        if (
            " " not in word
            and len(word) > 2
            and word.lower() not in NAME_PREFIXES
            and text.count(word) > 1  # written once, it is written in full nowhere
        ):
            fulls = {
                f for f in _runs_around(word, text, lexicon) if _full_name_of(f, word, lexicon)
            }
            if fulls:
                taken = taken or {fold(o.name) for o in officials}
                fulls = {f for f in fulls if fold(f) not in taken}
            if len(fulls) == 1:
                full = fulls.pop()
                official = replace(official, name=full, aliases=(word, *official.aliases))
        out.append(official)
    return _one_word_into_full_names(out)


def _one_word_into_full_names(officials: list[OfficialMention]) -> list[OfficialMention]:
    """'Kedatangan Menteri Ratna' beside the minister 'Ratna Widyaningsih': an official named by
    one word that is the first or last word of exactly one other official's name, in an office of
    the same kind (or none), is that official; the word becomes an alias."""
    out = list(officials)
    for official in officials:
        word = official.name
        if " " in word or word.lower() in NAME_PREFIXES:
            continue
        holders = [
            o for o in out if " " in o.name and word in (o.name.split()[0], o.name.split()[-1])
        ]
        if len(holders) != 1 or not _same_kind(official.role_normalized, holders[0]):
            continue
        full = holders[0]
        if word not in full.aliases:
            out[out.index(full)] = replace(full, aliases=(*full.aliases, word))
        out.remove(official)
    return out


def _same_kind(role: str | None, other: OfficialMention) -> bool:
    if role is None or other.role_normalized is None:
        return True
    kind = [w for w in role.split() if w not in ACTING_WORDS][:1]
    return kind == [w for w in other.role_normalized.split() if w not in ACTING_WORDS][:1]


ACTING_WORDS = frozenset({"Pelaksana", "Tugas", "Harian", "Penjabat", "Sementara"})


def _runs_around(word: str, text: str, lexicon: Lexicon):
    """The runs of capitalised words (two to four) that `word` opens or closes, each a run of
    its own (`_stands_alone`): found from the word's places in the text, not by reading it all."""
    i = text.find(word)
    while i != -1:
        end = i + len(word)
        if (not i or not text[i - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            before = (
                RUN_BEFORE.search(text, max(0, i - 80), i) if _capital_before(text, i) else None
            )
            after = RUN_AFTER.match(text, end)
            if (before is None) != (after is None):
                start = before.start() if before is not None else i
                run = " ".join(text[start : after.end() if after is not None else end].split())
                if run.count(" ") <= 3 and _stands_alone(text, start, lexicon):
                    yield run
        i = text.find(word, end)


def _capital_before(text: str, i: int) -> bool:
    """Whether a capitalised word stands right before position `i` (one space between): most
    places of a name follow a lower-case word ('kata Budi'), and no run is sought there."""
    if i < 2 or text[i - 1] != " ":
        return False
    k = text.rfind(" ", 0, i - 1)
    return text[k + 1 : k + 2].isupper()


RUN_BEFORE = re.compile(r"(?:[A-Z][a-z'’\-]+[ ]+)+\Z")  # capitalised words right before a place
RUN_AFTER = re.compile(r"(?:[ ]+[A-Z][a-z'’\-]+)+")  # ... and right after it


def _stands_alone(text: str, start: int, lexicon: Lexicon) -> bool:
    """A run of capitals starting here is a name of its own: not glued to a word before it
    ('I/Bukit Barisan') nor after an office written in lower case ('hakim Agung X')."""
    if start and text[start - 1] not in " \n\t(“\"'":
        return False
    words = text[max(0, start - 30) : start].split()
    return not words or fold(words[-1]) not in lexicon.role_first


def _full_name_of(spelling: str, word: str, lexicon: Lexicon) -> bool:
    """Whether a run of capitalised words around `word` is that person's full name: its other
    words are all known names' words ('Syafii', not 'Kombes', 'Pak', 'Jakarta' nor 'Menurut')."""
    return reads_as_a_name(spelling, lexicon) and all(
        w == word or (fold(w) in lexicon.name_tokens and fold(w) not in lexicon.role_first)
        for w in spelling.split()
    )


def _alone(first: str, rest: str, text: str) -> bool:
    r"""Whether `first` stands in `text` as a word not followed by `rest` (regex
    `(?<![\w.])first(?!\s+rest)(?!\w)`, without compiling a pattern per official), nor by
    another capitalised word: 'Asep Saepulloh' is someone else's name, not 'Asep' alone."""
    i = text.find(first)
    while i != -1:
        end = i + len(first)
        opens = not i or not (is_word_char(text[i - 1]) or text[i - 1] == ".")
        closes = end == len(text) or not is_word_char(text[end])
        if opens and closes:
            after = end
            while after < len(text) and text[after].isspace():
                after += 1
            if not (after > end and text.startswith(rest, after)) and not _a_capital_after(
                text, end
            ):
                return True
        i = text.find(first, i + 1)
    return False


def _a_capital_after(text: str, end: int) -> bool:
    """A capital letter after spaces at `end` (regex ` +[A-Z]`): another word of a name."""
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    return after > end and after < len(text) and "A" <= text[after] <= "Z"


NAME_PREFIXES = {
    "muhammad",
    "muh",
    "moh",
    "mhd",
    "m",
    "ahmad",
    "andi",
    "lalu",
    "baiq",
    "raden",
    "r",
    "i",
    "ni",
    "abdul",
    "siti",
    "nur",
    "h",
    "hj",
}


def same_person_written_differently(a: list[str], b: list[str]) -> bool:
    """'Frans Manafe' ~ 'Fransiskus Xaverius Manafe' (same last name, first name shortened),
    'Sugianto' ~ 'Sugiyanto', 'Candra' ~ 'Chandra' (one letter apart in a long name) and 'AA Ayu
    Laksmi' ~ 'Anak Agung Ayu Laksmi' (a Balinese title's initials)."""
    if len(a) != len(b) and (a[0] in TITLE_INITIALS or b[0] in TITLE_INITIALS):
        return _spelt_out(a) == _spelt_out(b)
    if (
        len(a) > 1
        and len(b) > 1
        and a[-1] == b[-1]
        and len(a[0]) >= 3
        and (b[0].startswith(a[0]) or a[0].startswith(b[0]))
    ):
        return True
    if (
        len(a) == len(b) > 1
        and a[1:] == b[1:]
        and a[0][:3] == b[0][:3]
        and a[0] != b[0]
        and _edit_distance(a[0], b[0], len(a[0]) // 4) <= len(a[0]) // 4
    ):
        return True  # 'Filianingsih Hendarta' ~ 'Filiniangsih Hendarta': letters swapped in a long given name
    if len(a) != len(b) and (_words_in_order(a, b) or _words_in_order(b, a)):
        return True  # 'Lalu Suhardi' ~ 'Lalu Ahmad Suhardi Wiraguna': the middle words left out
    one, two = " ".join(a), " ".join(b)
    return (
        len(one) >= 6
        and len(two) >= 6
        and (one_edit_apart(one, two) or (len(a) > 1 and _one_swap_apart(one, two)))
    )


def _words_in_order(short: list[str], full: list[str]) -> bool:
    """Two or more words of a longer name, in its order, the last one a surname-like word of
    three letters or more ('Ngurah Partha' of 'I Gusti Ngurah Bagus Partha Adnyana'). A longer
    run with a word twice was read across a glued line ('Mayjen TNI A B A'): no name to join."""
    if not 2 <= len(short) < len(full) or len(short[-1]) < 3 or len(set(full)) < len(full):
        return False
    words = iter(full)
    return all(word in words for word in short)


# Balinese and Lombok titles opening a name, written as their initials
TITLE_INITIALS = {
    "aa": ["anak", "agung"],
    "ign": ["i", "gusti", "ngurah"],
    "iga": ["i", "gusti", "ayu"],
    "igk": ["i", "gusti", "ketut"],
    "igb": ["i", "gusti", "bagus"],
    "igm": ["i", "gusti", "made"],
    "igp": ["i", "gusti", "putu"],
}


def _spelt_out(words: list[str]) -> list[str]:
    return TITLE_INITIALS.get(words[0], words[:1]) + words[1:]


def _one_swap_apart(a: str, b: str) -> bool:
    """Two letters side by side swapped ('Helembo' ~ 'Helmebo'), in a name of two words or more."""
    if len(a) != len(b) or a == b:
        return False
    i = 0
    while a[i] == b[i]:  # most pairs differ in their first letter
        i += 1
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, cut short at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[:], i
        for j, cb in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]
