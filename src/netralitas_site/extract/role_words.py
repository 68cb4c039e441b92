"""The words and shapes a role phrase is read with: an office's and a mention's records, the word
lists, and the small tests on one token or run (a title, a capitalised run, a Balinese name)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING

from .common_words import is_common_word
from .names import ParsedName, Stream
from .text import fold

if TYPE_CHECKING:  # types only: the words here need no vocabulary loaded
    from ..lexicon import Lexicon, RegionHit

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
    past: bool = False  # an old post ('A, yang sebelumnya menjabat X'): yields to a current one


@dataclass(frozen=True, slots=True)
class Mention:
    """A person with a role, or a role without a person (name None)."""

    name: ParsedName | None
    role: RolePhrase | None
    line: int


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


LOWER_BODIES = frozenset({"pemerintah", "kementerian", "departemen", "komisi"})


def _names_a_body(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """Whether token k, right after an office written in lower case, names whose office it is: an
    acronym ('juru bicara KPK'), a body's word written with a capital ('juru bicara Departemen
    Luar Negeri') or a government, ministry or committee and its name ('juru bicara pemerintah
    Israel', 'juru bicara kementerian luar negeri Iran', 'anggota komisi XIII DPR')."""
    if stream.is_acronym(k):
        return True
    if stream.is_cap(k):
        return stream.fold(k) in lexicon.institution_words
    if stream.fold(k) not in LOWER_BODIES:
        return False
    after = lower_body_end(stream, k, lexicon)
    return after < len(stream) and stream.sep(after) == " " and stream.is_cap(after)


LOWER_FIELD_WORDS = 3  # 'kementerian luar negeri': a ministry's field written in lower case


def lower_body_end(stream: Stream, k: int, lexicon: Lexicon) -> int:
    """After 'kementerian' (or another of LOWER_BODIES) written in lower case and the field words
    after it, also in lower case ('juru bicara kementerian luar negeri Iran X'): where the body's
    name goes on."""
    end = k + 1
    while (
        end < min(len(stream), k + 1 + LOWER_FIELD_WORDS)
        and stream.sep(end) == " "
        and not stream.is_cap(end)
        and stream.fold(end) in lexicon.institution_words
    ):
        end += 1
    return end


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
    return not INSTITUTION_TYPES.isdisjoint([t[0] for t in stream.toks[max(start, 0) : k]])


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
        if i > k and "," in stream.sep(i) and folded in lexicon.role_first:
            break  # ', Menteri X': the next person of a list, not the field's next word
        if folded in ("dan", "serta"):
            if _starts_role_at(stream, i + 1, lexicon):
                break  # '... dan Menteri Pertanian B': the next person's office
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


# A police or army unit named after its place ('Polsek Lembahsari'; 'Polres Solok' has a region)
UNIT_PLACE_TYPES = ("polsek", "polres", "polresta", "koramil", "kodim")
PLACE_TYPES: tuple[str, ...] = (
    "kecamatan",
    "kabupaten",
    "kota",
    "provinsi",
    "desa",
    "kelurahan",
    "nagari",
    "jorong",
    "dusun",
    "sektor",  # 'Kepolisian Sektor Lembahsari': a police sector is named after its place
    "resor",
    *UNIT_PLACE_TYPES,
)


LOWER_COURTESY = frozenset({"pak", "bapak", "bu", "ibu"})


BODY_PAIRS = frozenset(
    {
        ("mahkamah", "agung"),
        ("kejaksaan", "agung"),
        ("jaksa", "agung"),
        ("mahkamah", "militer"),
        ("metro", "jaya"),
        ("gedung", "putih"),
        ("karang", "taruna"),
        ("pangdam", "jaya"),
        ("kodam", "jaya"),
    }
    # 'Direktur Penerangan Agama Islam', 'Dirjen Bimas Kristen': a faith names the body's field
    | {
        (field, faith)
        for field in ("agama", "pendidikan", "masyarakat", "bimas", "penerangan")
        for faith in ("islam", "kristen", "katolik", "hindu", "buddha", "budha", "konghucu")
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
    ranks = lexicon.ranks_by_first.get(raw)
    return ranks is not None and any(  # most words open no rank
        all(k + i < len(stream) and stream.raw(k + i) == part for i, part in enumerate(rank))
        for rank in ranks
    )


def _is_head_word(folded: str, lexicon: Lexicon) -> bool:
    return folded in lexicon.one_word_heads and folded not in ("ketua", "anggota", "kepala")


def _rest_text(stream: Stream, idx: list[int], hits) -> str:
    in_place = {i for s, e, _ in hits for i in range(s, e)}
    return " ".join(stream.raw(i) for i in idx if i not in in_place)


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
    """'drg.' and 'dr.' open a name in lower case, and so does 'drh' without its dot before a
    capitalised word."""
    raw = stream.raw(k)
    if raw + "." not in lexicon.pre_name:
        return False
    return stream.sep(k + 1).startswith(".") or (
        raw in lexicon.pre_name
        and raw.islower()
        and k + 1 < len(stream)
        and stream.sep(k + 1) == " "
        and stream.is_cap(k + 1)
    )


def _capital_run(stream: Stream, k: int, lexicon: Lexicon | None = None) -> int:
    """Index after the run of capitalised words, separated by single spaces, that starts at k;
    a rank or title ('Kombes Pol', 'Dr.') ends the run: a person's name starts there. Words a
    scraped page glued together ('PolrestaSukamaju') go on the run like spaced ones."""
    j = k + 1
    while j < len(stream) and stream.is_cap(j) and stream.sep(j) in (" ", ""):
        if lexicon is not None and _opens_name(stream, j, lexicon):
            break
        j += 1
    return j


def _extend_with_run(
    stream: Stream, role: RolePhrase, run_end: int, lexicon: Lexicon
) -> RolePhrase:
    extra = stream.text[stream.toks[role.end][1] : stream.toks[run_end - 1][2]]
    sep = stream.sep(role.end).strip()
    joiner = {",": ", ", "&": " & "}.get(sep, " ")  # 'Kerajinan Rumah, Tenun', 'Tanah & Ruang'
    written = f"{role.written}{joiner}{extra}".strip()
    # '(SEC' read to its last word: the short form's bracket closes with it
    closing = _closing(stream, run_end) if written.count("(") > written.count(")") else ""
    return RolePhrase(
        written=written + closing,
        acting=role.acting,
        head=role.head,
        rest=f"{role.rest}{joiner}{extra}".strip(" ,") + closing,
        region_hits=role.region_hits,
        start=role.start,
        end=run_end,
        span=(role.span[0], stream.toks[run_end - 1][2]),
    )


ITEM_POST = re.compile(  # '(home post), untuk X', ', dari OLD POST menjadi NEW POST'
    r"[\s,;]*(?:\([^()]{0,120}\)[\s,;]*)?(?:dari\s+[^;()]{1,120}?\s+(?=menjadi\s))?"
    r"(?:untuk|sebagai|menjadi|dilantik\s+(?:sebagai|menjadi))\s+",
    re.IGNORECASE,
)


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
            or (folded in lexicon.name_tokens and folded not in lexicon.institution_words)
            or _opens_name(stream, j, lexicon)
            or _starts_role_at(stream, j, lexicon)
        ):  # the cheap tests first
            return False
    return False


def _field_word(folded: str, lexicon: Lexicon) -> bool:
    """A body's word, or an everyday word no known name holds ('Hewan', 'Menular'): a word of a
    body's field after 'dan' when all of them are, up to a comma or a bracket (the dictionary
    holds given names too: 'Dito', 'Maman')."""
    return folded in lexicon.institution_words or (
        folded not in lexicon.name_tokens and is_common_word(folded)
    )


LEGISLATURES = frozenset({"dpr", "dprd", "dprk", "dpra", "dprp", "dpd", "mpr"})  # short forms


def _after_field_word(stream: Stream, k: int, role_start: int | None, lexicon: Lexicon) -> bool:
    """'Bidang X' or 'Bidang Pengembangan X': token k follows 'Bidang' or 'Urusan' and the body's
    words after it, inside this role."""
    j = k - 1
    while j > (role_start or 0) and stream.fold(j) in lexicon.institution_words:
        if stream.fold(j) in FIELD_WORDS:
            return True
        j -= 1
    return stream.fold(j) in FIELD_WORDS


def _matched_brackets(written: str) -> str:
    """'Dirut) PT X' -> 'Dirut PT X': an office read from inside a bracketed short form keeps no
    closing bracket whose opening one lies before it."""
    if ")" not in written or written.count(")") <= written.count("("):
        return written
    out, depth = [], 0
    for char in written:
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                continue
            depth -= 1
        out.append(char)
    return " ".join("".join(out).split())
