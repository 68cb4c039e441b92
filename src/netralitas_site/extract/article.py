"""Turn one source file into an Article record. Pure: text and lexicon in, record out."""

from __future__ import annotations

import re
from dataclasses import replace

from slugify import slugify

from ..lexicon import Lexicon, outlet_key
from ..model import Article, Line, Region, SourceFile
from ..problems import Problem, warning
from .boilerplate import split_boilerplate
from .byline import find_byline
from .commissions import commissions_with_their_house
from .dateline import find_dateline
from .dates import find_date
from .defined_bodies import with_defined_bodies
from .headline_office import headline_holder
from .home_government import home_government_at_work
from .name_forms import with_full_names, with_nicknames, with_short_forms
from .names import person_key, reads_as_a_name
from .officials import find_mentions
from .outlets import known_outlet, make_outlet, self_named_outlet
from .people import merge_mentions, role_region, speakers_of
from .quotes import find_quotes
from .regions import (
    is_appointment,
    office_evidence,
    region_evidence,
    resolve_hits,
    subject_regions,
)
from .role_words import Mention, RolePhrase
from .stamps import stamp_date
from .text import fold, join_fragments, may_hold, split_lines
from .title import find_heading, story_end


def article_id(rel_path: str) -> str:
    """Stable id from the file path: 'sumbar/000_fe48.txt' -> 'sumbar-000-fe48'."""
    stem = rel_path.rsplit(".", 1)[0]
    return slugify(stem) or "artikel"


def extract_article(source: SourceFile, lexicon: Lexicon) -> tuple[Article, list[Problem]]:
    problems: list[Problem] = []
    lines = split_lines(source.text, source.body_start_line)
    body, removed = split_boilerplate(lines)
    heading = find_heading(body, lexicon)
    title, derived, body = heading.title, heading.derived, heading.body
    removed = tuple(sorted(removed + heading.removed, key=lambda line: line.number))

    dateline, lead_index = find_dateline(body, lexicon)
    header: tuple[Line, ...] = ()
    if dateline is not None and lead_index:
        header = body[:lead_index]
        removed = tuple(sorted(removed + header, key=lambda line: line.number))
        body = body[lead_index:]
    prose = join_fragments(body)  # read as sentences; `body` stays as written, line by line
    whole = prose
    furniture = story_end(body, [line.number for line in removed], prose)
    if furniture is not None:  # a page copied whole: other stories' teasers after the story
        prose = tuple(line for line in prose if line.number < furniture)

    published = (
        stamp_date(heading.stamp, "\n".join([line.text for line in prose[:STAMP_YEAR_LINES]]))
        if heading.stamp
        else None
    )
    date = published or find_date(prose, title, header)
    mentions = commissions_with_their_house(find_mentions(prose, lexicon), prose)
    if prose and not derived:
        lead = Line(prose[0].number, dateline.rest if dateline is not None else prose[0].text)
        mentions += headline_holder(title, lead, mentions, lexicon)
    skip = _role_spans(mentions)
    if dateline is not None and prose:  # the filing place is weighed once, as the dateline
        skip.setdefault(prose[0].number, []).append((0, len(body[0].text) - len(dateline.rest)))
    role_regions = [
        role_region(m.role, None, lexicon) if m.role is not None and m.role.region_hits else None
        for m in mentions
    ]
    home = dateline_region(dateline, lexicon)
    scores, governed = region_evidence(
        prose, lexicon, _extra_weights(home, mentions, role_regions, prose, lexicon), skip
    )
    if None in role_regions:  # 'BPBD Banjar' (two regions' name): the one the text names
        role_regions = [
            role_region(m.role, None, lexicon, tuple(scores))
            if region is None and m.role is not None and m.role.region_hits
            else region
            for m, region in zip(mentions, role_regions)
        ]
    for region, weight in _official_regions(mentions, role_regions, prose, lexicon, home).items():
        governed[region] = governed.get(region, 0.0) + weight
    region_ids = subject_regions(scores, lexicon, governed)
    kind = lexicon.regions[home].type if home is not None else None
    if home is not None and not any(lexicon.regions[r].type == kind for r in region_ids):
        # a bare 'Pemkot' is the seat's own government, unless the story is another city's
        at_work = home_government_at_work(prose, home, lexicon)
        if at_work:  # 'AROSUKA - Pemkab menggelar ...': the seat's own government
            governed[home] = governed.get(home, 0.0) + at_work
            scores[home] = scores.get(home, 0.0) + at_work
            region_ids = subject_regions(scores, lexicon, governed)
    officials, offices = merge_mentions(mentions, region_ids, lexicon)
    prose_text = "\n".join([line.text for line in prose])  # the short and full names' search
    officials = with_short_forms(
        with_full_names(
            [o for o in officials if reads_as_a_name(o.name, lexicon, strict=False)],
            prose_text,
            lexicon,
        ),
        prose_text,
    )
    officials = with_defined_bodies(with_nicknames(officials, prose_text), prose_text)
    quotes = find_quotes(prose, speakers_of(officials))
    outlet = dateline.outlet if dateline and dateline.outlet else credited_outlet(removed, lexicon)
    if outlet is None:
        outlet = (
            header_outlet(removed, lexicon)
            or self_named_outlet(whole, lexicon)  # a section's credit may close the page
            or self_named_outlet(removed, lexicon, credits_only=True)
        )
    if outlet is not None and outlet.domain is None and SECTION_BRAND.match(outlet.name):
        outlet = _section_of_a_named_domain(outlet, whole + removed) or outlet
    byline = find_byline(removed)

    rel = source.rel_path
    if date.value is None and "garbled" in date.flags:
        problems.append(
            warning(
                rel,
                date.line,
                "date-garbled",
                f"date '{date.text}' is not a real date; none is used",
            )
        )
    elif date.value is None and not date.candidates:
        problems.append(warning(rel, None, "no-date", "no date found in the text"))
    if "weekday-conflict" in date.flags:
        problems.append(
            warning(
                rel,
                date.line,
                "date-weekday-conflict",
                f"'{date.text}': the weekday does not match the date; the date is kept",
            )
        )
    if outlet is None:
        problems.append(
            warning(
                rel, body[0].number if body else None, "no-outlet", "no outlet found in a dateline"
            )
        )
    problems.extend(warning(rel, line, code, message) for line, code, message in heading.doubts)

    article = Article(
        id=article_id(rel),
        source=rel,
        sha256=source.sha256,
        title=title,
        title_derived=derived,
        date=date,
        outlet=outlet,
        dateline=dateline.place if dateline else None,
        regions=tuple(Region(r, lexicon.regions[r].name) for r in region_ids),
        officials=tuple(officials),
        quotes=quotes,
        byline=byline,
        body=body,
        boilerplate=removed,
        is_markdown=source.is_markdown,
        offices=tuple(offices),
    )
    return article, problems


CREDIT_SOURCE = re.compile(r"^(?:sumber|source)\s*:\s*(.+)$", re.IGNORECASE)
CREDIT_NEWSROOM = re.compile(
    r"^(?:editor|penyunting|redaktur)\s*:\s*(?:tim\s+)?redaksi\s+(\S.{1,40})$", re.IGNORECASE
)
DOMAIN_IN_TEXT = re.compile(
    r"\b([\w\-]+(?:\.[\w\-]+)*\.(?:com|id|co\.id|co|net|news))\b", re.IGNORECASE
)


def credited_outlet(removed: tuple[Line, ...], lexicon: Lexicon):
    """An outlet known only from the credits: 'Sumber: Padangkita.com', '(Rivo/Hantaran.co)',
    'Copyright © ANTARA 2024'. Only a domain or an outlet the lexicon knows counts."""
    for line in removed:
        m = CREDIT_SOURCE.match(line.text) or CREDIT_NEWSROOM.match(line.text)
        if m and not _a_body(m.group(1), lexicon):
            return make_outlet(m.group(1).strip(" ."), lexicon)
    for line in removed:
        m = DOMAIN_IN_TEXT.search(line.text)
        if m and (
            line.text.startswith("(")
            or re.match(r"(?i)(penulis|editor|reporter|copyright|©|hak cipta|logo\s)", line.text)
        ):
            return make_outlet(m.group(1), lexicon)
        footer = FOOTER_BRAND.match(line.text)
        if footer and _brand_shaped(footer.group(1)):
            return make_outlet(footer.group(1), lexicon)  # '© 2026 SigiPos', 'Logo SigiPos'

        words = re.findall(r"[\w.\-]+", line.text)
        if re.match(r"(?i)(copyright|©|editor|redaksi)", line.text):
            for word in words[1:]:
                if len(word) > 3 and lexicon.outlets_by_key.get(outlet_key(word)):
                    return make_outlet(word, lexicon)
    for line in removed:
        brand = _closing_brand(line.text) or _reporters_brand(line.text, lexicon)
        if brand is not None:
            return make_outlet(brand, lexicon)
    return None


# '(Sampit Pos/ard)': the outlet's name and the writer's initials closing the story
CLOSING_CREDIT = re.compile(r"^\(([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\s*/\s*[A-Za-z]{2,5}\)\.?$")
# 'Penulis: A | Editor: B | TimorKini': the outlet's brand closing a credit line
PIPED_CREDIT = re.compile(
    r"^(?:penulis|editor|reporter|pewarta)\s*:.*\|\s*([A-Za-z][\w.\-]{2,40})\s*$", re.I
)
PRESS_WORDS = frozenset(
    {"pos", "post", "news", "ekspres", "express", "times", "tribun", "radar", "online", "warta"}
)


def _closing_brand(text: str) -> str | None:
    """A brand named by a closing credit; a person's name ('(Budi Santoso/ard)') is none."""
    m = CLOSING_CREDIT.match(text) or PIPED_CREDIT.match(text)
    if m is None:
        return None
    brand = m.group(1).strip(" .")
    return brand if _brand_shaped(brand) else None


# 'Laporan Wartawan SukamajuPos.com, Dimas Saputra': the network's byline names the paper the
# reporter writes for (a regional network's own line above its dateline)
REPORTERS_CREDIT = re.compile(
    r"^Laporan\s+(?:[Ww]artawan|[Rr]eporter|[Kk]ontributor|[Jj]urnalis)\s+"
    r"([A-Za-z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})\s*,\s*[A-Z]"
)


def _reporters_brand(text: str, lexicon: Lexicon) -> str | None:
    """The paper of a reporter's credit, when it is a brand or an outlet the lexicon knows."""
    if not text.startswith("Laporan"):
        return None
    m = REPORTERS_CREDIT.match(text)
    if m is None:
        return None
    brand = m.group(1)
    if _brand_shaped(brand) or brand.split()[0] == "Harian" or known_outlet(brand, lexicon):
        return brand
    return None


def _brand_shaped(brand: str) -> bool:
    """A press word in it ('Sampit Pos'), or one word written as a brand ('TimorKini', 'Kabar24')."""
    words = brand.split()
    return any(w.lower() in PRESS_WORDS for w in words) or (
        len(words) == 1 and re.search(r"[a-z][A-Z]|\d|\.", brand) is not None
    )


# a footer's or a logo's brand alone: '© 2026 SigiPos', 'Hak Cipta © 2026 SigiPos. All rights
# reserved', 'Logo SigiPos' (a company, 'PT Sigi Media', is no brand: more words follow)
FOOTER_BRAND = re.compile(
    r"^(?:(?:hak\s+cipta|copyright)\s*)?(?:©\s*(?:copyright\s*)?(?:\d{4}\s*)?|logo\s+)"
    r"([A-Za-z][\w.\-]{2,40}?)\s*(?:[.,|\-–].*|all\s+rights.*)?$",
    re.IGNORECASE,
)


SECTION_BRAND = re.compile(r"([a-z]+\d*)[A-Z]")  # 'kabar9Bengkulu': a brand, then a section's name


def _section_of_a_named_domain(outlet, lines: tuple[Line, ...]):
    """'kabar9Bengkulu' where the text names 'kabar9.com': a section of that outlet, whose
    domain it takes (the name stays as written), as 'detikJabar' is detik.com's."""
    brand = SECTION_BRAND.match(outlet.name)
    assert brand is not None  # the caller matched it
    prefix = brand.group(1).lower()
    for line in lines:
        if prefix in line.text.lower():
            for m in DOMAIN_IN_TEXT.finditer(line.text):
                domain = m.group(1).lower()
                if domain.split(".")[0] == prefix:
                    return replace(outlet, id=slugify(domain), domain=domain)
    return None


def _a_body(name: str, lexicon: Lexicon) -> bool:
    """'Sumber: Pemerintah Kota X', 'Sumber: Humas Polda X': the information's source is a
    government or a body, no outlet."""
    first = fold(name).split()[:1]
    return bool(first) and (first[0] in lexicon.institution_words or first[0] in GOVERNMENT_SOURCES)


GOVERNMENT_SOURCES = frozenset({"pemerintah", "pemkot", "pemkab", "pemprov", "pemko", "humas"})


BYLINE_OUTLET = re.compile(r"^[A-Z][\w.'’ ]{2,60}?\s[-–|]\s([A-Za-z][\w.\-]{2,40})$")
STAMP_OUTLET = re.compile(r"^([\w.\-]+\.(?:com|id|co\.id|co|net))\s*[-–—|]\s*\d")


def header_outlet(removed: tuple[Line, ...], lexicon: Lexicon):
    """The outlet in a page header: 'Rizky Amelia Putri - detikSumbagsel', 'Kompas.com - 08/10/2024, 19:05 WIB'."""
    for line in removed[:12]:
        m = STAMP_OUTLET.match(line.text) or BYLINE_OUTLET.match(line.text)
        if m and not re.fullmatch(r"\d.*", m.group(1)):
            return make_outlet(m.group(1), lexicon)
    return None


STAMP_YEAR_LINES = 8  # lines of the story read for the year a stamp without one leaves out
DATELINE_WEIGHT = 2.0
LEAD_OFFICIAL_WEIGHT = 4.0
OTHER_OFFICIAL_WEIGHT = 2.0
ATTENDING_WEIGHT = 1.0
ATTENDING = re.compile(
    r"(?=[hdmt])\b(hadir|dihadiri|menghadiri|didampingi|mendampingi|disaksikan|turut)\b",
    re.IGNORECASE,
)
ATTENDING_STEMS = ("hadir", "damping", "saksi", "turut")  # in every word of ATTENDING


def _extra_weights(
    home: str | None,
    mentions: list[Mention],
    role_regions: list[str | None],
    body: tuple[Line, ...],
    lexicon: Lexicon,
) -> dict[str, float]:
    """The filing place (`home`: the dateline's regency or city), the lead's official and (a
    little) every other official name regions (`role_regions`: the region each mention's role
    names, `role_region` without a default).

    An official's region counts once, however often the role is repeated: guests listed among
    the attendance must not outweigh the region of the official the lead is about."""
    weights: dict[str, float] = {}
    if home is not None:
        weights[home] = DATELINE_WEIGHT
    lead_line = body[0].number if body else None
    texts = {line.number: line.text for line in body}
    counted: set[str] = set()
    for mention, region in zip(mentions, role_regions):
        if mention.role is None:
            continue
        if not mention.role.region_hits:
            if home is None or not _office_of_its_level(mention.role, home, lexicon):
                continue
            region = home  # 'PAINAN - Bupati Budi ...': the dateline's regency is the office's
        person = person_key(mention.name.name) if mention.name else fold(mention.role.written)
        if region is None or person in counted:
            continue
        lead = mention.line == lead_line and not counted
        counted.add(person)
        weight = (
            LEAD_OFFICIAL_WEIGHT
            if lead or is_appointment(texts.get(mention.line, ""))
            else OTHER_OFFICIAL_WEIGHT
        )
        if not lead and _attending(texts.get(mention.line, ""), mention.role.span[0]):
            weight = (
                ATTENDING_WEIGHT  # 'Turut hadir Bupati Tanah Datar, ...': a guest, not the story
            )
        if _is_vertical(mention.role, lexicon):
            weight /= 4  # a Kapolres names where, not whose government
        weights[region] = weights.get(region, 0.0) + weight
    return weights


def dateline_region(dateline, lexicon: Lexicon) -> str | None:
    """The regency or city the dateline names, when it names one only ('PAINAN': Kabupaten
    Pesisir Selatan, whose seat it is); a province's name is none."""
    if dateline is None or not dateline.place:
        return None
    hits = lexicon.places.scan(dateline.place)
    if len(hits) != 1:
        return None
    chosen = resolve_hits(hits[0][2], None, lexicon)
    if len(chosen) == 1 and lexicon.regions[chosen[0].region].type != "provinsi":
        return chosen[0].region
    return None


def _official_regions(
    mentions: list[Mention],
    role_regions: list[str | None],
    body: tuple[Line, ...],
    lexicon: Lexicon,
    home: str | None = None,
) -> dict[str, float]:
    """How much the offices of the text speak for each region's government ('Bupati Solok',
    'Anggota DPRD Banten'); a vertical office (a police chief) names where, not whose government.
    An office of a regency's or a city's own level written without its place ('Bupati Budi',
    'Sekda') speaks for `home`, the dateline's regency or city: a regional outlet names the
    place once, in the dateline."""
    texts = {line.number: line.text for line in body}
    weights: dict[str, float] = {}
    # an office the text writes with its place once ('Penjabat Sekda Provinsi X') is that
    # place's where it is written without it
    placed = {
        _office_kind(m.role.head, lexicon): region
        for m, region in zip(mentions, role_regions)
        if m.role is not None and m.role.region_hits and region is not None
    }
    for m, region in zip(mentions, role_regions):
        if m.role is None or _is_vertical(m.role, lexicon):
            continue
        if not m.role.region_hits:
            if home is not None and _office_of_its_level(m.role, home, lexicon):
                where = placed.get(_office_kind(m.role.head, lexicon), home) if placed else home
                before = texts.get(m.line, "")[: m.role.span[0]]
                weights[where] = weights.get(where, 0.0) + office_evidence(
                    m.role.written, m.name is not None, before
                )
            continue
        if region is not None:
            before = texts.get(m.line, "")[: m.role.span[0]]
            weights[region] = weights.get(region, 0.0) + office_evidence(
                m.role.written, m.name is not None, before
            )
    return weights


def _office_kind(head: str, lexicon: Lexicon) -> str:
    """One name for an office however it is written ('Sekda', 'Sekretaris Daerah')."""
    rule = lexicon.role_rule(head)
    return rule.role if rule is not None else head


def _office_of_its_level(role: RolePhrase, home: str, lexicon: Lexicon) -> bool:
    """A head of a region of `home`'s level ('Bupati' for a regency) or its secretary, written
    without a place."""
    if role.rest:
        return False  # 'Kepala Dinas Sosial', 'Bupati Agam': the office names more than its level
    if role.head in LEVEL_FREE_HEADS:
        return True
    return lexicon.level_by_head.get(role.head.replace(" ", "")) == lexicon.regions[home].type


LEVEL_FREE_HEADS = frozenset({"sekretaris daerah", "sekda", "sekdakab", "sekdako"})


def _attending(text: str, start: int) -> bool:
    """Whether the role at `start` is named after an attendance word in its paragraph."""
    before = text[:start]
    return may_hold(before, ATTENDING_STEMS) and bool(ATTENDING.search(before))


def _is_vertical(role: RolePhrase, lexicon: Lexicon) -> bool:
    phrase = role.head + (" " + fold(role.rest) if role.rest else "")
    rule = lexicon.role_rule(phrase)
    return bool(rule and rule.vertical)


def _role_spans(mentions: list[Mention]) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for mention in mentions:
        if mention.role is not None:
            spans.setdefault(mention.line, []).append(mention.role.span)
    return spans
