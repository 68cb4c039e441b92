"""Split a person's name from the titles, ranks and degrees written around it, on the folded
tokens of one line (`text.tokens_with_spans`), so that officials, regions and quotes agree on
positions. The identity rule lives here too: `person_key`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon import Lexicon
from ..word_patterns import ABSTRACT_NOUN
from .common_words import all_common_words, in_dictionary, is_common_word
from .text import MONTH_WORDS, fold

PARTICLES = {"bin", "binti", "nan", "van", "de", "da", "der", "al", "el", "br", "boru"}  # br: Batak


@dataclass(frozen=True, slots=True)
class ParsedName:
    name: str  # personal name (with an adat title if written after it)
    degrees: tuple[str, ...]
    start: int  # first token index (titles included)
    end: int  # token index after the name (degrees not included)
    char_end: int  # character offset after the degrees
    with_adat: str | None = None  # "Yulfitra Dt. Bagindo Sati" when an adat title follows the name


class Stream:
    """Folded tokens of one line with the raw text around them."""

    __slots__ = ("text", "toks")

    def __init__(self, text: str, toks: tuple[tuple[str, int, int], ...]):
        self.text = text
        self.toks = toks

    def __len__(self) -> int:
        return len(self.toks)

    def fold(self, k: int) -> str:
        toks = self.toks
        return toks[k][0] if 0 <= k < len(toks) else ""

    def raw(self, k: int) -> str:
        _, s, e = self.toks[k]
        return self.text[s:e]

    def written(self, start: int, end: int) -> str:
        """The text of tokens start..end-1 as written, with a space where a scraped page had
        glued two words together ('KetuaThe Fed' reads 'Ketua The Fed')."""
        if start + 1 == end or all(
            self.toks[i - 1][2] != self.toks[i][1] for i in range(start + 1, end)
        ):
            return self.text[self.toks[start][1] : self.toks[end - 1][2]]
        parts = [self.raw(start)]
        for i in range(start + 1, end):
            parts.append(self.sep(i) or " ")
            parts.append(self.raw(i))
        return "".join(parts)

    def sep(self, k: int) -> str:
        """Text between token k-1 and token k (the line start for k == 0, the line end for k == len)."""
        toks = self.toks
        if 0 < k < len(toks):
            return self.text[toks[k - 1][2] : toks[k][1]]
        if k <= 0:
            return self.text[: toks[0][1]] if toks else self.text
        return self.text[toks[-1][2] :]

    def is_cap(self, k: int) -> bool:
        return self.text[self.toks[k][1]].isupper()  # a token is never empty

    def is_acronym(self, k: int) -> bool:
        raw = self.raw(k)
        return len(raw) >= 2 and raw.isupper() and raw.isalpha()

    def seq_at(self, k: int, seq: tuple[str, ...], allow: str = " .()") -> int | None:
        """End index when tokens from k spell `seq` with only characters of `allow` between them."""
        if k + len(seq) > len(self.toks):
            return None
        for offset, part in enumerate(seq):
            if self.toks[k + offset][0] != part:
                return None
            if offset and self.sep(k + offset).strip(
                allow
            ):  # a character outside `allow` stops the strip
                return None
        return k + len(seq)


NAME_PARTS_READ = 6  # no name runs longer; a longer run of capitals holds other words too


def parse_name(stream: Stream, k: int, lexicon: Lexicon) -> ParsedName | None:
    """A name starting at token k, with pre-name titles and post-name degrees; None if none."""
    start = k
    degrees: list[str] = []
    k = _skip_courtesy(stream, k, lexicon)
    k, titles = _pre_titles(stream, k, lexicon)
    degrees.extend(titles)
    name_start = k
    parts: list[str] = []
    adat_start = None
    while k < len(stream) and len(parts) < NAME_PARTS_READ:
        sep = stream.sep(k)
        if k > name_start and not (
            _joins_name(sep, stream.raw(k - 1))
            or (sep[:1] == ")" and _aside_closes(stream, start, k))
        ):
            break
        raw, folded = stream.raw(k), stream.fold(k)
        if folded in PARTICLES and parts and k + 1 < len(stream) and stream.is_cap(k + 1):
            parts.append(raw)
            k += 1
            continue
        if parts and (sep in ("'", "’", "`") or (sep == "-" and raw.isalpha() and raw.islower())):
            parts[-1] += sep + raw  # "Sa'duddin", 'Jae-myung'
            k += 1
            continue
        if (
            not stream.is_cap(k)
            or (parts and _starts_degree(stream, k, lexicon))
            or _starts_role(stream, k, lexicon)
        ):
            break  # a degree never comes first: 'ST Burhanuddin' is a name
        if folded in CURRENCIES:
            break  # 'menyuap Budi Santoso Rp 600 juta'
        if folded in MONTH_WORDS and re.fullmatch(
            r"(?:19|20)\d\d", stream.raw(k + 1) if k + 1 < len(stream) else ""
        ):
            break  # 'Dewan Gubernur Juni 2025': a month, not a name
        if parts and folded in lexicon.never_after_name:
            break  # 'Presiden Prabowo Bersama Mensesneg': a word of the sentence written with a capital
        if parts and (raw in lexicon.adat_markers or raw.rstrip(".") in lexicon.adat_markers):
            adat_start = len(parts)
            parts.append(raw + ("." if stream.sep(k + 1).startswith(".") else ""))
            k += 1
            while (
                k < len(stream)
                and stream.sep(k).strip(" .") == ""
                and (stream.is_cap(k) or stream.fold(k) == "nan")
                and len(parts) < 9
            ):
                if _starts_degree(stream, k, lexicon) or _starts_role(stream, k, lexicon):
                    break
                parts.append(stream.raw(k))
                k += 1
            break
        abbreviated = (len(raw) == 1 or folded in NAME_ABBREVIATIONS) and stream.sep(
            k + 1
        ).startswith(".")
        parts.append(raw + ("." if abbreviated else ""))
        k += 1
    if not parts or not _plausible(parts, lexicon):
        return None
    if all(_shouted(p) or len(p.rstrip(".")) == 1 for p in parts) and _shouted(parts[0]):
        parts = [_normal_case(p) for p in parts]  # 'DEDI F. MULYADI' -> 'Dedi F. Mulyadi'
    char_end = stream.toks[k - 1][2]
    if len(parts[-1]) == 2 and parts[-1].endswith("."):
        char_end += 1
    post, char_end = _post_degrees(stream.text, char_end, lexicon)
    degrees.extend(post)
    personal = parts[:adat_start] if adat_start else parts
    full = " ".join(parts) if adat_start else None
    return ParsedName(" ".join(personal), tuple(degrees), start, k, char_end, full)


CURRENCIES = {"rp", "usd", "us"}
NAME_ABBREVIATIONS = {
    "br",  # 'Herlina Br. Damanik': boru, the Batak particle, with its stop
    "muh",
    "moh",
    "mhd",
    "muhd",
    "mochd",
    "moch",
    "abd",
    "ach",
    "mch",
    "sy",
    "st",
    "ny",
    "dg",  # Daeng, a Bugis-Makassar title inside the name: 'Muh. Syahrir Dg. Bali'
    "kgs",  # Kiagus and Masagus (Palembang), Tubagus (Banten): 'Kgs. M. Arif', 'Tb. Ahmad'
    "mgs",
    "tb",
}


def _joins_name(sep: str, previous: str) -> bool:
    """Only spaces (or the dot of an initial or 'Muh.', 'Abd.') may separate the words of one name."""
    if sep in (" ", "-", "'", "’", ""):
        return True  # '' only between the parts of a glued word ('BudiSantoso')
    return bool(
        sep in (". ", ".")
        and (len(previous) == 1 and previous.isupper() or fold(previous) in NAME_ABBREVIATIONS)
    )


def _aside_closes(stream: Stream, start: int, k: int) -> bool:
    """'(Presiden AS Franklin) Roosevelt': a bracket opened before the office closes in the name."""
    if stream.sep(k).strip() != ")" or not stream.is_cap(k) or is_common_word(stream.fold(k)):
        return False
    text, before = stream.text, stream.toks[start][1]
    opened = text.rfind("(", 0, before)
    return opened > text.rfind(")", 0, before) and text[opened + 1 : before].strip() != ""


def _skip_courtesy(stream: Stream, k: int, lexicon: Lexicon) -> int:
    while k < len(stream):
        if honorific_at(stream, k):
            k += 2
        elif stream.raw(k) in lexicon.courtesy and stream.sep(k + 1).strip(" .") == "":
            k += 1
        else:
            break
    return k


def honorific_at(stream: Stream, k: int) -> bool:
    """'Yang Mulia' (His or Her Excellency) before a name: a form of address, no part of it."""
    return (
        stream.toks[k][0] == "yang"
        and stream.raw(k) == "Yang"
        and k + 1 < len(stream)
        and stream.raw(k + 1) == "Mulia"
        and stream.sep(k + 1) == " "
    )


def _pre_titles(stream: Stream, k: int, lexicon: Lexicon) -> tuple[int, list[str]]:
    """Titles and ranks before the name: 'Dr. Drs.', 'H.', 'Kolonel Inf', 'AKBP'."""
    titles: list[str] = []
    while k < len(stream):
        raw = stream.raw(k)
        titled = raw in lexicon.pre_name or raw + "." in lexicon.pre_name  # most words: neither
        dotted = raw + "." if titled and stream.sep(k + 1).startswith(".") else raw
        if (
            titled
            and dotted in lexicon.pre_name
            and k + 1 < len(stream)
            and stream.sep(k + 1).strip(" .,") == ""
            and not (
                len(raw) == 1 and stream.sep(k + 1) == "." and len(stream.raw(k + 1)) == 1
            )  # 'H.P. Sanghvi': initials, not Haji
        ):
            titles.append(dotted)
            k += 1
            continue
        rank = rank_at(stream, k, lexicon)
        if rank:
            titles.append(" ".join(stream.raw(j) for j in range(k, rank)))
            k = rank
            continue
        break
    return k, titles


def rank_at(stream: Stream, k: int, lexicon: Lexicon) -> int | None:
    for rank in lexicon.ranks_by_first.get(stream.raw(k), ()):
        end = k + len(rank)
        if end < len(stream) and all(stream.raw(k + i) == part for i, part in enumerate(rank)):
            if not all(stream.sep(k + i) == " " for i in range(1, len(rank))):
                continue
            end = _after_rank(stream, end, lexicon)
            if stream.sep(end) in (" ", ". ", ") ", ".) "):  # 'Komjen Pol. Wahyu', '(Purn.) A'
                return end
    return None


def _after_rank(stream: Stream, end: int, lexicon: Lexicon) -> int:
    """The token after a rank's brackets and force: 'Kolonel Laut (P) Hariyanto' (the corps),
    'Laksamana Pertama (Laksma) Budi' (the short form), 'Letjen TNI (Purn) Budi' (retired),
    'Marsekal Muda TNI Budi' (the force)."""
    while end + 1 < len(stream):
        if (
            stream.sep(end) == " ("
            and stream.sep(end + 1) in (") ", ".) ")  # '(Purn.)'
            and (
                len(stream.raw(end)) <= 4
                or stream.raw(end) in lexicon.ranks_by_first
                or (len(stream.raw(end)) <= 7 and stream.raw(end).istitle())
                or stream.fold(end) == "purn"
            )
        ) or (
            stream.sep(end) in (" ", ". ", ") ")
            and (stream.raw(end) in FORCES or stream.fold(end) == "purn")  # 'Purn' unbracketed too
            and stream.sep(end + 1) in (" ", ". ", " (")
        ):
            end += 1
        else:
            break
    return end


FORCES = frozenset({"TNI", "Pol", "Polri"})


def _starts_degree(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'SH' in 'Edisar SH, M. Hum' and 'MSi' in 'Gita Ariadi MSi' start the degrees; a name word
    like 'Sony' or 'Mars' does not (a degree written without dots has two capitals)."""
    raw = stream.raw(k)
    capitals = sum(map(str.isupper, raw))
    if not (
        raw.isupper()
        or capitals >= 2
        or "." in stream.text[stream.toks[k][1] : stream.toks[k][2] + 1]
    ):
        return False
    m = lexicon.post_name.match(stream.text, stream.toks[k][1])
    if not m:
        return False
    if raw.isupper() and len(raw) <= 4 or "." in m.group():
        return True
    return capitals >= 2 and m.end() == stream.toks[k][2] and len(raw) <= 5  # 'MSi', 'MPd', 'SSos'


def _shouted(part: str) -> bool:
    """A word written in capitals that is longer than an initialism ('DEDI', not 'ST' or 'H.')."""
    letters = part.rstrip(".")
    return letters.isupper() and len(letters) >= 3


def _normal_case(part: str) -> str:
    if not _shouted(part):
        return part
    return "-".join(w[:1] + w[1:].lower() for w in part.split("-"))


def _starts_role(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    heads = lexicon.heads_by_first.get(stream.fold(k))
    return heads is not None and any(stream.seq_at(k, head) for head in heads)


def _plausible(parts: list[str], lexicon: Lexicon) -> bool:
    """Words read as a name that are one: no institution, place type, heading verb, 'Nomor'."""
    folded = [fold(p) for p in parts]
    if (
        folded[0] in lexicon.not_first_words
        or folded[0] in PARTICLES
        or not lexicon.never_in_names.isdisjoint(folded)
    ):
        return False
    if all(p.isupper() and len(p) <= 4 for p in parts):
        return False  # an acronym, not a name
    if len(parts) == 1 and (
        (parts[0],) in lexicon.ranks_by_first.get(parts[0], ()) or parts[0] in lexicon.pre_name
    ):
        return False  # 'Kasatlantas X, Kompol , menjelaskan', '..., Drs.' cut off: a title alone
    return any(len(f) > 1 for f in folded)


DEGREE_SEP = re.compile(r"\s*[,.]?\s*")
NAME_WORD_AFTER = re.compile(r" +[A-Z][a-z]{2,}")


def _post_degrees(text: str, pos: int, lexicon: Lexicon) -> tuple[list[str], int]:
    """Degrees after the name: ', AP, M. Si' / ', SH. M.Hum' / ',SH,MH' / ' M.Pd, Ph.D'."""
    found: list[str] = []
    while True:
        gap = DEGREE_SEP.match(text, pos)
        if gap is None:  # the pattern matches the empty string: never None
            break
        at = gap.end()
        if not found and "," not in gap.group() and text[pos:at].strip() != "":
            break
        initials = lexicon.post_name_initials
        if initials is not None and text[at : at + 1] not in initials:
            break  # no degree starts with this letter
        m = lexicon.post_name.match(text, at)
        if not m or (not found and _opens_next_name(text, m.end(), lexicon)):
            break  # ', ST Budi Santoso': initials opening the next name, not a degree
        found.append(m.group() if m.group().startswith("Ph") else m.group().rstrip("."))
        pos = m.end()
    return found, pos


def _opens_next_name(text: str, pos: int, lexicon: Lexicon) -> bool:
    """A name's word after a degree's letters ('ST Budi'); not an office ('ST Kepala Dinas')."""
    word = NAME_WORD_AFTER.match(text, pos)
    if word is None:
        return False
    folded = fold(word.group().strip())
    return folded not in lexicon.heads_by_first and folded not in lexicon.institution_words


BODY_NOUN = re.compile(ABSTRACT_NOUN)  # 'Keterlibatan', 'Pembangunan'


def reads_as_a_name(spelling: str, lexicon: Lexicon, strict: bool = True) -> bool:
    """No body's or sentence's word, no acronym of three letters or more, no digit: 'PT Mulia Raya',
    'CAIR LA' and 'Himpunan Pengusaha Muda' are not people, whatever one reading made of them.
    `strict`: no word of any body's name either ('Alam', 'Utama' and 'Anom' also end real names,
    so a name read next to an office in the article itself is held to the looser test: one body's
    word at most that no known name holds: 'Nur Alam', 'Laksana Tri Handoko')."""
    words = spelling.split()
    if not words or any(map(str.isdigit, spelling)):
        return False
    folded = [fold(w) for w in words]
    if folded[0] in lexicon.not_first_words or not lexicon.never_in_names.isdisjoint(folded):
        return False
    if strict and any(
        w in lexicon.institution_words for w in folded if not (w == "i" and len(folded) > 1)
    ):
        return False
    if sum(body_word(w, lexicon) for w in folded) >= 2:
        return False  # 'Ulang Perdata Khusus Komisi Yudisial Budi', 'Perwakilan Komisi'
    if BODY_NOUN.fullmatch(folded[0]) and folded[0] not in lexicon.name_tokens:
        return False  # 'Keterlibatan Abral': a sentence's abstract noun opens no name
    if all_common_words(folded, lexicon):
        return False  # 'Bimbingan Manasik', 'Peduli Pantai Bersih': a unit's or a slogan's words
    if len(folded) > 1 and folded[-1] in PLACE_ENDS:
        return False  # 'Banguntapan Selatan': a place's name, ended by its compass word
    if (
        len(words) == 2
        and NUMBERED.fullmatch(words[1])
        and " ".join(folded) not in lexicon.figure_names
    ):
        return (
            False  # 'Sukamaju II': a numbered village's name; a monarch's is known ('Elizabeth II')
        )
    if len(folded) == 1 and _an_everyday_word(folded[0], lexicon):
        return False  # 'Intinya', 'Periode', 'Ymenuturkan': a sentence's word, no one's name
    return not any(
        len(w) >= 3 and w.isupper() and w.isalpha() for w in words
    )  # 'ST Burhanuddin', 'Muhammad AR' are names


# Compass words that end a place's name and never a person's ('Timur' is a given name too)
PLACE_ENDS = frozenset({"utara", "selatan", "tengah", "barat", "tenggara"})
NUMBERED = re.compile(r"I{1,3}|IV|V|VI{1,3}|IX|X")  # a place's or a monarch's number
GLUED_LETTER_REST = 6  # letters after a capital glued to an everyday word ('Ijumlah')
GLUED_LETTERS = "aiueoy"  # an acronym's last letter glued to a word ('SBYmenuturkan')
DERIVED_MIN = 7  # letters of a prefixed everyday word ('Melaporkan', 'Tertentu')
PREFIXES = ("me", "di", "be", "te", "pe", "ke", "se")


def _an_everyday_word(word: str, lexicon: Lexicon) -> bool:
    """A one-word name that is an everyday word with a prefix or '-nya', or one with an
    acronym's last letter glued before it, and no known name's word. A name the stemmer merely
    reads as a root with a suffix ('Darsan', 'Jamili') is kept: one-word names often are."""
    if known_name_word(word, lexicon):
        return False
    rest = word[1:]
    return _derived(word) or (
        word[0] in GLUED_LETTERS
        and len(rest) >= GLUED_LETTER_REST
        and rest not in lexicon.name_tokens
        and (in_dictionary(rest) or _derived(rest))
    )


OLD_SPELLING = {"dj": "j", "tj": "c", "sj": "sy", "nj": "ny", "j": "y", "oe": "u", "ch": "kh"}
OLD_LETTERS = re.compile("|".join(sorted(OLD_SPELLING, key=len, reverse=True)))


def modern_spelling(folded: str) -> str:
    """A name written in the old spelling, as the candidates' list would write it ('fadjar' ->
    'fajar', 'tjahjo' -> 'cahyo'): names keep the old spelling, the list mostly does not."""
    return OLD_LETTERS.sub(lambda m: OLD_SPELLING[m.group()], folded)


def body_word(folded: str, lexicon: Lexicon) -> bool:
    """A body's word no known name holds ('Perwakilan', not 'Utama' or the Balinese 'I')."""
    return (
        folded in lexicon.institution_words
        and folded != "i"
        and not known_name_word(folded, lexicon)
    )


def known_name_word(folded: str, lexicon: Lexicon) -> bool:
    """A word real names are known to hold: a candidate's, an everyday word that is a name too,
    a public figure's. Such a word is never read as a sentence's or a unit's."""
    return (
        folded in lexicon.name_tokens
        or folded in lexicon.everyday_name_words
        or folded in lexicon.figure_names
    )


def _derived(word: str) -> bool:
    """An everyday word with a prefix or '-nya' ('Mengatakan', 'Intinya'): never a name. A root
    as written ('Samudra', 'Damai') may be one: see officials.holder_is_a_word."""
    derived = word.endswith("nya") or (len(word) >= DERIVED_MIN and word.startswith(PREFIXES))
    return derived and is_common_word(word)


def person_key(name: str) -> str:
    """The identity of a person: folded personal name without adat title ('Gusmal Dt Rajo Lelo' -> 'gusmal')."""
    words = []
    for word in name.split():
        if word.rstrip(".") in ("Dt", "Datuak", "Datuk", "Datu"):
            break
        words.append(word)
    return fold(" ".join(words)) or fold(name)
