"""Whether a role phrase is a public office: not a party's, an association's, a company's or a
club's post, weighed with what the whole article says about its bodies (`story_context`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon
from ..model import Line
from .common_words import in_dictionary
from .names import ParsedName
from .role_words import RolePhrase
from .text import fold


@dataclass(frozen=True, slots=True)
class StoryContext:
    """What the whole article says about posts that one line leaves ambiguous (`story_context`)."""

    party_boards: bool = False  # a bare 'DPD' is a party's regional board
    state_subsidiary: bool = False  # a 'PT' the text names is a state company's subsidiary
    company_board: bool = False  # the text is about a company's board of directors
    companies: frozenset[str] = frozenset()  # folded names of the private companies the text names
    club: bool = False  # the text is about a sports club: its president or directors hold no office
    # the text names a sports federation: a training field's head is its ('Kabid Binpres')
    federation: bool = False


PLAIN_STORY = StoryContext()


def _is_public(role: RolePhrase, lexicon: Lexicon, story: StoryContext = PLAIN_STORY) -> bool:
    """Whether the post is a public office: not a party board's, an association's or a coalition's,
    not a private company's ('Direktur PT X' unless X is a state company or the text makes it a
    state company's subsidiary), and not a bare 'DPD' in a story about a party's boards."""
    folded = fold(role.written)
    if _not_public(folded, lexicon.not_public):
        return False
    words = folded.split()
    if (
        ("pt" in words or "cv" in words or PRIVATE_HEADS.match(folded))
        and not story.state_subsidiary
        and not names_state_company(words, lexicon)
    ):
        return False  # 'Presiden Direktur', 'CEO': titles of private companies (a state company's head is its 'Direktur Utama')
    if _company_director(role, words, story, lexicon):
        return False  # 'Direktur Keuangan' of a company, a state one too: only its head counts
    if role.head in SCHOOL_HEADS and not PRIVATE_SCHOOL.isdisjoint(words):
        return False  # 'Kepala SDS X', 'Kepala SMA Y Islamic School': a private school's head
    if _private_body(role, words, story, lexicon):
        return False  # 'Direktur Utama Perseroan', the president of a club
    if _titled_president(role, lexicon):
        return False  # 'Wakil Presiden Penjualan': a company's vice president, not a state's
    if folded.startswith("direktur eksekutif") and EXECUTIVE_BODIES.isdisjoint(words):
        return False  # a think tank's or a firm's executive director, not a central bank's
    return not (story.party_boards and "dpd" in words and not SENATE_WORDS.search(folded))


@lru_cache(maxsize=1024)  # a role is judged again for each reading of its line
def _not_public(folded: str, not_public: re.Pattern) -> bool:
    """`lexicon.not_public` (a party's, an association's, a university's post...) matches."""
    return not_public.match(folded) is not None


def names_state_company(words: list[str], lexicon: Lexicon) -> bool:
    """Whether folded words name a state company: by a word of its own ('Pertamina'), or by an
    everyday word that opens the company's name ('PT Bank Mandiri', 'Dirut Semen Padang'), not
    one inside another company's ('PT Cahaya Karya Mandiri Tbk')."""
    return any(
        w in lexicon.state_companies
        and (not in_dictionary(w) or i == 0 or words[i - 1] in COMPANY_LEADS)
        for i, w in enumerate(words)
    )


COMPANY_LEADS = frozenset({"pt", "bank", "utama", "direktur", "dirut", "komisaris", "ceo"})


def _company_director(
    role: RolePhrase, words: list[str], story: StoryContext, lexicon: Lexicon
) -> bool:
    """A director below a company's head: of a board the story is about, of a state company, of
    a 'PT'. A directorate's head in a ministry ('Direktur Jenderal', 'Direktorat') is none. Any
    other post of a state company too ('Kepala Cabang PT Pelni Sukamaju', 'Deputi Operasional PT
    Pelindo'): only its head ('Direktur Utama') is an official."""
    if not GOVERNMENT_WORDS.isdisjoint(words):
        return False
    if role.head == "direktur":
        return (
            story.company_board
            or not lexicon.state_companies.isdisjoint(words)
            or "pt" in words
            or COMPANY_FUNCTION.match(fold(role.rest)) is not None
        )
    if role.head == "deputi" and COMPANY_DEPUTY.match(fold(role.rest)):
        return True  # 'Deputi Operasional Kanwil X': a company's regional office, below its head
    return role.head in COMPANY_STAFF and names_state_company(words, lexicon)


# A company's director of a business function, below its head ('Direktur Keuangan X'): no
# government body has such a director outside the bodies GOVERNMENT_WORDS names.
COMPANY_FUNCTION = re.compile(
    r"(?:keuangan|operasional|pemasaran|komersial|sdm|sumber daya manusia|bisnis|teknik|produksi"
    r"|niaga|human capital|manajemen risiko|kepatuhan|ritel|korporasi|pengembangan (?:usaha|bisnis)"
    r"|perencanaan bisnis)\b"
)


# A company's deputy of a business line; a state body's deputies have finance ('Deputi Keuangan
# SKK Migas') and fields of their own
COMPANY_DEPUTY = re.compile(r"(?:operasional|bisnis|pemasaran|niaga|ritel)\b")


COMPANY_STAFF = frozenset({"kepala", "deputi", "wakil direktur", "manajer", "general manager"})


def _private_body(
    role: RolePhrase, words: list[str], story: StoryContext, lexicon: Lexicon
) -> bool:
    """A company's or a club's director or president: the office names a company the text calls a
    'PT' ('PT Sinar Jaya Tbk (SJT)' ... 'Dirut SJT'), the company itself ('Perseroan') or a stock
    exchange, or it is a bare office or one naming no place in a story about a club. Nothing of a
    state company, a government body or a region counts."""
    if not GOVERNMENT_WORDS.isdisjoint(words) or not lexicon.state_companies.isdisjoint(words):
        return False
    if not story.companies.isdisjoint(words):
        return True  # the company the text names as a 'PT', though a place bears its ticker
    if role.region_hits:
        return False
    if not PRIVATE_BODIES.isdisjoint(words):
        return True
    if story.federation and FEDERATION_FIELD_HEAD.fullmatch(fold(role.written)):
        return True  # 'Kabid Binpres' in a story about a badminton federation: the federation's
    return (
        story.club
        and role.head in CLUB_HEADS
        and bool(role.rest)
        and not _names_a_country(role, lexicon)
    )


def _names_a_country(role: RolePhrase, lexicon: Lexicon) -> bool:
    """'Presiden Prancis', 'Direktur Jenderal IAEA': the office is a state's or a public body's."""
    toks = tuple((w, 0, 0) for w in re.findall(r"\w+", fold(role.rest)))
    return not NATIONAL_WORDS.isdisjoint(w for w, _, _ in toks) or any(
        lexicon.foreign_places.match_at(toks, i) for i in range(len(toks))
    )


def _titled_president(role: RolePhrase, lexicon: Lexicon) -> bool:
    """A president whose office names no state: 'Presiden' and 'Wakil Presiden' alone, with a
    country, a place, 'RI' or an ordinal ('ke-7', 'Pertama') are a state's; 'Wakil Presiden
    Pemasaran X' or 'Presiden Federasi X' is a company's or a federation's title."""
    if role.head not in ("presiden", "wakil presiden") or not role.rest.strip() or role.region_hits:
        return False
    rest = fold(role.rest).split()
    if ORDINAL_WORDS.intersection(rest) or any(w.startswith("ke-") for w in rest):
        return False
    return not _names_a_country(role, lexicon) or _names_a_body_too(rest, lexicon)


def _names_a_body_too(rest: list[str], lexicon: Lexicon) -> bool:
    """'Presiden Klub Motor Jaya Indonesia', 'Presiden Sinar Pesawat Asia Tenggara': beside the country,
    words naming no state (a state's are 'Republik', 'Federasi', 'Otoritas'...), or a city."""
    toks = tuple((w, 0, 0) for w in re.findall(r"\w+", " ".join(rest).split("(")[0]))
    k = 0
    while k < len(toks):
        match = lexicon.foreign_places.match_at(toks, k)
        if match is not None and fold(match[1][0]) in lexicon.foreign_cities:
            return True  # 'Presiden Barcelona': a club's, cities have no president
        if match is not None:
            k += match[0]
        elif toks[k][0] in STATE_WORDS or not toks[k][0].isalpha():
            k += 1
        else:
            return True
    return False


ORDINAL_WORDS = frozenset({"ke", "pertama", "kedua", "ketiga", "terpilih", "negeri", "wapres"})


NATIONAL_WORDS = frozenset({"ri", "indonesia", "republik", "negara"})
# Words of a state's or a union of states' name or chamber ('Presiden Senat Kamboja')
STATE_WORDS = NATIONAL_WORDS | {
    *("federasi", "federal", "otoritas", "rakyat", "demokratik", "islam", "kerajaan", "uni"),
    *("senat", "parlemen", "dewan", "majelis", "komisi"),
}


def named_by_body(
    role: RolePhrase, name: ParsedName | None, story: StoryContext, lexicon: Lexicon
) -> bool:
    """A bare 'Dirut' or 'Presiden' whose holder opens with a company's or a club's name ('Dirut
    Sinar Jaya Budi', 'Presiden Klub Maju Budi'): the body's name read as the person's, in a story
    that names the company as a 'PT' or is about a club (where a holder opening with no name's
    word is the club)."""
    if name is None or role.head not in CORPORATE_HEADS:
        return False
    if role.end - role.start != len(role.head.split()):
        return False
    first = fold(name.name.split()[0])
    return first in story.companies or (
        story.club and role.head in CLUB_HEADS and first not in lexicon.name_tokens
    )


def body_opens_holder(role: RolePhrase, name: ParsedName | None, lexicon: Lexicon) -> bool:
    """'Ketua PP Ormas Maju Budi': the holder opens with the word of a body that holds no public
    post, so the office is that body's ('Ketua PP' of the mass organisation), not a state's."""
    if name is None:
        return False
    first = fold(name.name.split()[0])
    return first not in lexicon.name_tokens and bool(
        lexicon.not_public.match(fold(role.written) + " " + fold(name.name))
    )  # 'Presiden World Boxing ...': the body's words may run on past the first


CORPORATE_HEADS = frozenset(
    {"direktur", "direktur utama", "dirut", "presiden", "wakil presiden", "ceo"}
)


CLUB_HEADS = frozenset({"direktur", "presiden", "wakil presiden"})


# A sports federation's national or regional body ('PP PBSI', 'KONI Jabar'): an association, so a
# field's head in a story naming one and no government body is the federation's
SPORTS_NAMES = (
    *("PBSI", "PSSI", "PBVSI", "PELTI", "PASI", "PRSI", "PERBASI", "Perbasi", "PBFI", "PORDASI"),
    *("Pordasi", "KONI", "NOC", "NPC", "NPCI", "FIFA", "BWF", "FIBA", "FIVB", "IOC"),
)
SPORTS_BODY = re.compile(rf"\b(?:{'|'.join(SPORTS_NAMES)})\b")


def _names_a_federation(text: str) -> bool:
    """Whether the text names a sports federation, looked for only in a text naming a training
    field (a field head is read as a federation's only then: FEDERATION_FIELD_HEAD), and by plain
    substrings before the pattern (most texts name none: the pattern alone cost 4% of extraction)."""
    return (
        ("inpres" in text or "restasi" in text)
        and any(name in text for name in SPORTS_NAMES)
        and SPORTS_BODY.search(text) is not None
    )


FEDERATION_FIELD_HEAD = re.compile(
    r"(?:kabid|(?:kepala|ketua) bidang) (?:binpres|pembinaan (?:dan )?(?:peningkatan )?prestasi)"
    r"(?: (?:pp|pengurus pusat))?(?: [a-z]*(?:pbsi|pssi|pbvsi|pelti|pasi|prsi|perbasi|pbfi|pordasi))?"
)


SCHOOL_HEADS = frozenset({"kepala", "kepsek", "kepala sekolah"})
# A private school by its kind's short name ('SDS': swasta; 'SDK', 'SMAK': Catholic or Christian;
# 'SDIT': Islamic, of a foundation) or its words: its head is no civil servant. A state school is
# 'SDN', 'SMAN', 'SLBN'.
PRIVATE_SCHOOL = frozenset(
    {"sds", "smps", "smas", "smks", "sdk", "smpk", "smak", "smkk", "sdit", "smpit", "smait", "slb"}
    | {"swasta", "yayasan", "islamic", "school", "international"}
)


PRIVATE_BODIES = frozenset(
    {"perseroan", "tbk", "bursa", "bei", "idx", "group", "grup", "holdings"}
)  # a company, a business group, an exchange


EXECUTIVE_BODIES = frozenset({"bi", "departemen", "ojk", "lps", "bpjs", "bapanas", "bpdpks"})


GOVERNMENT_WORDS = frozenset(
    {"jenderal", "direktorat", "kementerian", "kemenkeu", "badan", "dinas", "ditjen", "rsud"}
    | {"komisi", "otoritas"}  # a regulator of an exchange ('Komisi Sekuritas dan Bursa')
)


PRIVATE_HEADS = re.compile(
    r"(?:(?:wakil )?presiden (?:direktur|director|komisaris)|presdir|komisaris utama|ceo|chief \w+ officer)\b"
)


SENATE_WORDS = re.compile(r"\bdpd[ -]?ri\b|dewan perwakilan daerah|senator")


PARTY_STORY = re.compile(r"\b(?:DPP|DPW|DPC|[Pp]artai)\b")


SENATE_STORY = re.compile(r"\bDPD[ -]?RI\b|Dewan Perwakilan Daerah|\b[Ss]enator\b")


BOARD_STORY = re.compile(
    r"\b(?:[Dd]ireksi|RUPS|[Rr]apat [Uu]mum [Pp]emegang [Ss]aham|[Dd]ewan [Kk]omisaris)\b"
)


BOARD_WORDS = ("ireksi", "RUPS", "emegang", "omisaris")  # BOARD_STORY's words, found by substring


SUBSIDIARY = re.compile(r"\banak (?:usaha|perusahaan)\b[^.\n]{0,80}", re.IGNORECASE)


def story_context(lines: tuple[Line, ...], lexicon: Lexicon) -> StoryContext:
    """What the whole text says about ambiguous posts: a bare 'DPD' is a party's regional board when
    the text names a party's boards (DPP, DPW, DPC, 'Partai') and never the senate (DPD RI, Dewan
    Perwakilan Daerah, senator); a 'PT' is a state company's when the text calls it the subsidiary
    of one ('anak usaha PT Aneka Tambang (Antam)'); a story about a board of directors ('direksi',
    'RUPS') names company directors, of whom only the head ('Direktur Utama') is an official."""
    text = "\n".join(line.text for line in lines)  # the substrings hold no line break
    party = "DPD" in text
    company = "PT" in text
    board = any(word in text for word in BOARD_WORDS)
    club = "lub" in text or "elatih" in text
    federation = _names_a_federation(text)
    if not party and not company and not board and not club and not federation:
        return PLAIN_STORY
    board = board and BOARD_STORY.search(text) is not None
    party = party and PARTY_STORY.search(text) is not None and SENATE_STORY.search(text) is None
    subsidiary = company and any(
        lexicon.state_companies.intersection(fold(m.group()).split()) or "BUMN" in m.group()
        for m in SUBSIDIARY.finditer(text)
    )
    return StoryContext(
        party_boards=party,
        state_subsidiary=subsidiary,
        company_board=board,
        companies=_private_companies(text, lexicon) if company and not subsidiary else frozenset(),
        club=club and CLUB_STORY.search(text) is not None,
        federation=federation,
    )


def _private_companies(text: str, lexicon: Lexicon) -> frozenset[str]:
    """The words the text names its private companies by: the first word of a 'PT' company's name
    and the short form in brackets after it ('PT Sinar Jaya Abadi Tbk (SJA)': 'sinar', 'sja').
    A state company's words name none ('PT Tambang Raya (Persero) (TR)' ... 'PT TR'), nor do a
    body's or a place's."""
    private: set[str] = set()
    state: set[str] = set()
    for m in COMPANY_NAME.finditer(text):
        words = fold(m.group(1)).split()
        short = [words[0], fold(m.group(2) or "")]
        if lexicon.state_companies.intersection(words) or m.group(2) in ("Persero", "Perseroda"):
            state.update(short)
        else:
            private.update(
                w
                for w in short
                if len(w) > 2
                and w not in lexicon.institution_words
                and (not _a_place(w, lexicon) or (w == short[1] and m.group(2).isupper()))
            )  # a ticker in capitals is the company's even where a place bears it: '(TOBA)'
    return frozenset(private - state)


def _a_place(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.glued_places or lexicon.places.match_at(((word, 0, 0),), 0) is not None


COMPANY_NAME = re.compile(r"\bPT\.? ?((?:[A-Z][\w&-]*\.? ?){1,6})(?:\((\w+)\))?")


CLUB_STORY = re.compile(r"\b(?:[Kk]lub|[Pp]elatih)\b")
