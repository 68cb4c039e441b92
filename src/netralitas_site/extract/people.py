"""One official per person an article names: its mentions merged (short forms, nicknames,
misspellings of one name), each person's role described (normalized role, institution, region)
and the names its quotes are attributed by."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..model import OfficialMention
from .name_forms import NAME_PREFIXES, same_person_written_differently
from .names import _shouted, person_key
from .quotes import Speaker
from .regions import (
    regions_named,
    resolve_hits,
)
from .role_words import PLACE_HEADS, Mention, RolePhrase
from .roles import alias_forms
from .text import fold, one_edit_apart


@dataclass(slots=True)
class _Person:
    key: str
    name: str
    degrees: list[str]
    role: RolePhrase | None
    line: int
    spellings: list[str]


def merge_mentions(mentions: list[Mention], region_ids: list[str], lexicon: Lexicon):
    """One OfficialMention per person; a short form ('Akbar') joins the full name it abbreviates."""
    people: dict[str, _Person] = {}
    for mention in mentions:
        if mention.name is None:
            continue
        name = mention.name
        key = person_key(name.name)
        key = _known_key(key, people, mention.role, lexicon) or key
        if " " not in key and key in people:
            # 'Ketua Bawaslu X, Agus' and 'Kordiv Bawaslu Y, Agus': one word names two people
            # when their offices are written with places apart (neither the other's province)
            key = _namesake_key(key, people, mention.role, lexicon, tuple(region_ids))
        person = people.get(key)
        spellings = [name.name] + ([name.with_adat] if name.with_adat else [])
        if person is None:
            people[key] = _Person(
                key, name.name, list(name.degrees), mention.role, mention.line, spellings
            )
            continue
        person.spellings.extend(s for s in spellings if s not in person.spellings)
        if len(person_key(name.name)) > len(person.key):  # 'Akbar' first, 'Akbar Ali' later
            person.name = name.name
            if " " not in person.key:  # one word first ('Rudy'): the full name is the person's key
                person.key = person_key(name.name)
        for degree in name.degrees:
            if degree not in person.degrees:
                person.degrees.append(degree)
        if mention.role is not None and _more_specific(mention.role, person.role, lexicon):
            person.role = mention.role
    default_region = region_ids[0] if region_ids else None
    result = [
        _official(p, default_region, lexicon, tuple(region_ids))
        for p in sorted(people.values(), key=lambda p: p.line)
    ]
    return result, _unheld_offices(mentions, result, default_region, lexicon)


def _namesake_key(
    key: str,
    people: dict[str, _Person],
    role: RolePhrase | None,
    lexicon: Lexicon,
    subjects: tuple[str, ...],
) -> str:
    """The key of the one-word name's person whose office's place is this office's, a new key
    (the name and the place) when the offices' places lie apart; else `key`."""
    here = _own_place(role, lexicon, subjects)
    if here is None:
        return key
    there = _own_place(people[key].role, lexicon, subjects)
    if there is None or there == here:
        return key
    regions = lexicon.regions
    if here in (regions[there].province, there) or there == regions[here].province:
        return key
    return f"{key} @{here}"


def _own_place(role: RolePhrase | None, lexicon: Lexicon, subjects: tuple[str, ...]) -> str | None:
    """The region an office's own words name (no story's region carried to it), or None."""
    return role_region(role, None, lexicon, subjects) if role and role.region_hits else None


GENERIC_ROLES = {None, "Ketua", "Kepala", "Anggota", "Sekretaris", "Wakil Ketua"}


def _more_specific(new: RolePhrase, old: RolePhrase | None, lexicon: Lexicon) -> bool:
    """A later 'Ketua Bawaslu Kabupaten Solok' replaces an earlier bare 'Ketua'."""
    if old is None or (old.past and not new.past):
        return True  # an old post ('yang sebelumnya menjabat X') yields to a current one
    return (
        describe_role(old, None, lexicon)[0] in GENERIC_ROLES
        and describe_role(new, None, lexicon)[0] not in GENERIC_ROLES
    )


def _unheld_offices(mentions, officials, default_region, lexicon: Lexicon) -> list[tuple[str, str]]:
    """Heads of a named region mentioned without a person, whose holder the article does not name."""
    held = {
        (o.role_normalized.split()[-1] if o.role_normalized else None, o.region) for o in officials
    }
    held |= {(o.role_normalized, o.region) for o in officials}
    offices: list[tuple[str, str]] = []
    for mention in mentions:
        if mention.name is not None or mention.role is None or not mention.role.region_hits:
            continue
        normalized, _, region = describe_role(mention.role, default_region, lexicon)
        if normalized not in lexicon.region_heads or region is None:
            continue
        region_name = lexicon.regions[region].name
        base = normalized.replace("Wakil ", "")
        if (normalized, region_name) in held or (base.split()[-1], region_name) in held:
            continue
        if all(region != r for _, r in offices):
            offices.append((normalized, region))
    return offices


def _known_key(
    key: str, people: dict[str, _Person], role: RolePhrase | None, lexicon: Lexicon
) -> str | None:
    """'akbar' -> 'akbar ali' when exactly one person of the article is written that way and the
    roles agree; 'Wakil Bupati X, Taufik' is not the 'Bupati Y, Taufik Yunus' of the same page."""
    if key in people:
        return key
    tokens = key.split()
    shorter = [
        k
        for k in people
        if k.split()[: len(tokens)] == tokens or k.split()[-len(tokens) :] == tokens
    ]
    longer = [  # 'Akbar' first, 'Akbar Ali' later; 'Presiden Chakwera', then 'Lazarus Chakwera'
        k
        for k in people
        if tokens[: len(k.split())] == k.split()
        or (len(k.split()) == 1 < len(tokens) and tokens[-1] == k)
    ]
    similar = [
        k
        for k in people
        if same_person_written_differently(tokens, k.split())
        and not (len(tokens) == 1 and _bodies_apart(people[k].role, role, lexicon))
    ]
    for matches in (shorter, longer, similar):
        if len(matches) == 1 and _same_role(people[matches[0]].role, role, lexicon):
            return matches[0]
    nicknames = [
        k
        for k in people
        if len(tokens) == 1
        and _nickname_of(tokens[0], k.split())
        and not _bodies_apart(people[k].role, role, lexicon)
    ]
    if len(nicknames) == 1 and _same_office(people[nicknames[0]].role, role, lexicon):
        return nicknames[0]
    # 'Bupati Iron' where one 'Bupati Solok Rudi Hartono' is named: a region has one head at a
    # time, and a one-word name beside the bare office is that head's nickname ('Rudi Hartono'
    # named after 'Bupati Iron' joins him the same way); 'Gubernur DKI Sutiyoso', his region
    # written, may be another time's head
    heads = [
        k
        for k in people
        if (len(tokens) == 1) == (" " in k)
        and _bare(role if len(tokens) == 1 else people[k].role)
        and _same_head(people[k].role, role, lexicon)
    ]
    if len(heads) == 1:
        return heads[0]
    # 'Mentan Rudi' of 'Menteri Pertanian Andi Rudi Hartono': a middle word of one full name
    middles = [k for k in people if len(tokens) == 1 and tokens[0] in k.split()[1:-1]]
    if len(middles) == 1 and _same_office(people[middles[0]].role, role, lexicon):
        return middles[0]
    return None


def _nickname_of(word: str, name: list[str]) -> bool:
    """'mirza' of 'rahmat mirzani djausal': the start of one word of a longer name; 'manturv' of
    'denis manturov': one of its words misspelt by a letter; 'jokowi' of 'joko widodo': the first
    syllables of its first two words run together."""
    if len(word) < 4:
        return False
    if any(
        part != word and (part.startswith(word) or (len(word) >= 6 and one_edit_apart(word, part)))
        for part in name
    ):
        return True
    return len(name) >= 2 and any(
        name[0].startswith(word[:i]) and name[1].startswith(word[i:])
        for i in range(2, len(word) - 1)
    )  # 'jokowi' of 'joko widodo'


def _same_office(a: RolePhrase | None, b: RolePhrase | None, lexicon: Lexicon) -> bool:
    """Both hold the same specific office ('Gubernur Mirza' and 'Gubernur Lampung Rahmat Mirzani'):
    a nickname joins a person only on that evidence."""
    if a is None or b is None:
        return False
    na, _, ra = describe_role(a, None, lexicon)
    nb, _, rb = describe_role(b, None, lexicon)
    return na == nb and na not in GENERIC_ROLES and (ra is None or rb is None or ra == rb)


def _bare(role: RolePhrase | None) -> bool:
    return role is not None and not role.region_hits


def _same_head(a: RolePhrase | None, b: RolePhrase | None, lexicon: Lexicon) -> bool:
    """Both are the head (or deputy head) of the same region, or of a region one leaves unsaid."""
    if a is None or b is None or a.head != b.head:  # the same office is written the same way
        return False
    na, _, ra = describe_role(a, None, lexicon)
    nb, _, rb = describe_role(b, None, lexicon)
    return na == nb and na in lexicon.region_heads and (ra is None or rb is None or ra == rb)


def _bodies_apart(a: RolePhrase | None, b: RolePhrase | None, lexicon: Lexicon) -> bool:
    """'Kuwu Desa Karangampel, Tarsono' and 'Kuwu Desa Dadap, Warsono': one-word names a letter
    apart whose offices name two bodies (neither's words within the other's) are two people."""
    if a is None or b is None:
        return False
    one = describe_role(a, None, lexicon)[1]
    two = describe_role(b, None, lexicon)[1]
    if not one or not two:
        return False
    words_one, words_two = set(fold(one).split()), set(fold(two).split())
    return not (words_one <= words_two or words_two <= words_one)


def _same_role(a: RolePhrase | None, b: RolePhrase | None, lexicon: Lexicon) -> bool:
    if a is None or b is None or a.past or b.past:
        return True  # an old post is no other office now
    na, _, ra = describe_role(a, None, lexicon)
    nb, _, rb = describe_role(b, None, lexicon)
    if na in GENERIC_ROLES or nb in GENERIC_ROLES:
        return True
    return na == nb and (ra is None or rb is None or ra == rb)


def _official(
    person: _Person, default_region: str | None, lexicon: Lexicon, subjects: tuple[str, ...] = ()
) -> OfficialMention:
    normalized, institution, region = (
        describe_role(person.role, default_region, lexicon, subjects)
        if person.role
        else (None, None, default_region)
    )
    return OfficialMention(
        key=person.key,
        name=person.name,
        degrees=tuple(person.degrees),
        role=person.role.written if person.role else None,
        role_normalized=normalized,
        institution=institution,
        region=lexicon.regions[region].name if region else None,
        line=person.line,
        aliases=tuple(s for s in person.spellings if s != person.name),
    )


def describe_role(
    role: RolePhrase, default_region: str | None, lexicon: Lexicon, subjects: tuple[str, ...] = ()
):
    """(normalized role, institution, region id) of a role phrase; `subjects`: the article's
    subject regions, which settle a place name two regions share."""
    region = role_region(role, default_region, lexicon, subjects)
    phrase = role.head + (" " + fold(role.rest) if role.rest else "")
    normalized, institution = None, None
    rule = lexicon.role_rule(phrase)
    if rule is not None:
        if region == default_region and (
            _national_office(rule)
            or (
                not rule.vertical
                and not role.region_hits
                and lexicon.national_bodies.match(phrase) is not None
            )
        ):
            region = None  # 'Anggota DPR RI', 'Menteri Keuangan', 'Deputi ... KASN': not the story's region
        normalized = rule.role
        region_name = lexicon.regions[region].name if region else ""
        rest = role.rest or ""
        institution = rule.institution.format(rest=rest, region=region_name).strip() or None
        if institution:
            first, _, after = institution.partition(" ")
            if after.split(" ", 1)[0].lower() == first.lower():
                institution = after  # 'Camat Kecamatan X': 'Kecamatan X', the unit's word once
        if role.acting:  # every acting post keeps its word: "Pelaksana Tugas Deputi"
            normalized = f"{role.acting} {rule.role}"
        if normalized == "Kepala Lembaga" and regions_named(role.written, lexicon):
            normalized = "Kepala"  # 'Kepala Basarnas Bali': a national body's office in a region, not its head
    return normalized, institution, region


NATIONAL_ROLES = frozenset(
    {
        "Presiden",
        "Wakil Presiden",
        "Menteri",
        "Wakil Menteri",
        "Direktur Jenderal",
        "Kepala Lembaga",
    }
)


def _national_office(rule) -> bool:
    """An office of the Republic (a fixed national body, a minister, the President): it has no
    region unless its phrase names one. A regional or vertical office (a police chief) keeps the
    story's region when its phrase names none."""
    return not rule.vertical and ("{" not in rule.institution or rule.role in NATIONAL_ROLES)


def role_region(
    role: RolePhrase, default_region: str | None, lexicon: Lexicon, subjects: tuple[str, ...] = ()
) -> str | None:
    level = lexicon.level_by_head.get(role.head.replace(" ", ""))
    named = regions_named(role.written, lexicon) if role.region_hits else frozenset()
    for written_hits in role.region_hits:
        hits = [
            h for h in written_hits if h.region in named
        ]  # not 'Sumber' of 'Sumber Daya Manusia'
        if not hits or (
            role.head in PLACE_HEAD_SET
            and _another_towns_namesake(role, hits, default_region, subjects)
        ):
            continue
        chosen = resolve_hits(hits, level, lexicon)
        strong = [h for h in chosen if h.strength != "kecamatan"]
        if len(strong) == 1:
            return strong[0].region
        if len(chosen) == 1:
            region = lexicon.regions[chosen[0].region]
            return region.id
        if default_region in {h.region for h in chosen}:
            return default_region
        # 'Kasatpol PP Banjar' in a story of Kabupaten Banjar and Kota Banjarbaru
        among = {h.region for h in chosen if h.region in subjects}
        if len(among) == 1:
            return among.pop()
    return _of_the_level(default_region, level, lexicon)


PLACE_HEAD_SET = frozenset(PLACE_HEADS)


def _another_towns_namesake(role: RolePhrase, hits, default_region, subjects) -> bool:
    """'Lurah Purwodadi' in a story of Gunungkidul: a village's or a local unit's name that is
    only a town or a kecamatan elsewhere ('capital', 'kecamatan') names no other region; the
    story's holds it."""
    return (
        default_region is not None
        and all(h.strength in ("capital", "kecamatan") for h in hits)
        and not any(h.region == default_region or h.region in subjects for h in hits)
    )


def _of_the_level(region: str | None, level: str | None, lexicon: Lexicon) -> str | None:
    """The article's region for an office written without a place, at the office's level: a
    bare 'Gubernur' in a story about Kota Padang is the province's governor; a bare 'Bupati' in
    a story about a province names no regency."""
    if region is None or level is None or lexicon.regions[region].type == level:
        return region
    if level == "provinsi":
        return lexicon.regions[region].province
    return None


def speakers_of(officials: list[OfficialMention]) -> list[Speaker]:
    """Every written form a quote may use for each official: the name and its aliases, any part
    of the name no other official of the article shares ('Farid' of 'Muhammad Farid Wajdi',
    "Sa'duddin"), the role as written, and the bare office ('kata Kapolda') when only one holds it."""
    parts_of = {o.key: _name_parts(o.name) for o in officials}
    counts: dict[str, int] = {}
    for parts in parts_of.values():
        for part in set(parts):
            counts[part] = counts.get(part, 0) + 1
    heads: dict[str, int] = {}
    for o in officials:
        if o.role:
            heads[o.role.split()[0]] = heads.get(o.role.split()[0], 0) + 1
    out = []
    whole = {o.name for o in officials}  # 'Syafrizal' the Bupati's whole name, not his wife's part
    holders = Counter(o.role_normalized for o in officials)
    for o in officials:
        written = [o.name, *o.aliases]
        written += [p for p in parts_of[o.key] if counts[p] == 1 and p not in whole]
        if o.role:
            written.append(o.role)
            head = o.role.split()[0]
            if heads[head] == 1 and len(head) > 3 and head[0].isupper():
                written.append(head.capitalize() if _shouted(head) else head)  # 'BUPATI X, A'
                written += _short_offices(o.role, head)
            if holders[o.role_normalized] == 1:
                written += SHORT_TITLES.get(o.role_normalized or "", ())  # 'kata Wagub'
        forms = alias_forms(written)
        if forms:
            out.append(Speaker(o.key, forms))
    return out


# the short titles news gives a head of region and his deputy, when the article has one of each
SHORT_TITLES = {
    "Wakil Gubernur": ("Wagub",),
    "Wakil Bupati": ("Wabup",),
    "Wakil Wali Kota": ("Wawali", "Wawako"),
    "Wali Kota": ("Wako", "Walkot"),
    "Sekretaris Daerah": ("Sekda",),
}
SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z-]{1,15})\)")


def _short_offices(role: str, head: str) -> list[str]:
    """The office by the short form its role gives in brackets: 'Kepala BKN' of 'Kepala Badan
    Kepegawaian Negara (BKN)', and 'MenPANRB' alone (a person's title; 'BKN' alone names the
    body)."""
    if "(" not in role:
        return []
    out = []
    for short in SHORT_FORM.findall(role):
        out.append(f"{head} {short}")
        if short.startswith(TITLE_OPENINGS) and not short.isupper():
            out.append(short)  # 'MenPANRB', 'Kadisdik'; not a body's 'Baleg' or 'Bappeda'
    return out


TITLE_OPENINGS = ("Men", "Wamen", "Ka", "Dir", "Sek", "Wagub", "Wabup", "Wawali")


def _name_parts(name: str) -> list[str]:
    """Contiguous parts of a name that can stand for the person: 'Lalu Sahnan', 'Sahnan', 'Sahnan Wirajaya'."""
    words = name.split()
    parts = []
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            part = words[i:j]
            if len(part) == len(words):
                continue
            if len(part) == 1 and (len(part[0]) < 3 or fold(part[0]) in NAME_PREFIXES):
                continue
            parts.append(" ".join(part))
    return parts
