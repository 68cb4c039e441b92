"""Merge extracted articles into an archive: one official across articles, dates settled, groups.

Runs after every article is extracted, because some answers need the whole archive: the year
of an undated "Kamis (22/10)" when the text alone cannot tell, and "Akbar" in one article being
the "Akbar Ali" of the others. The officials an article names without an office are added
before, by recognised.py (the pipeline runs it); the curation (sources/curation.py) comes in as
an argument.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from slugify import slugify

from .extract.text import fold
from .lexicon import Lexicon, RegionEntry, province_of
from .model import Article, DateFound, OfficialMention, Outlet, Quote
from .problems import Problem, did_you_mean, error, warning

if TYPE_CHECKING:
    from .sources.curation import Curation


class Appearance(NamedTuple):
    """One article in which an official appears, with the role written there. A named tuple:
    the archive makes one per mention on every build (37,000 at 10,000 articles): the merge took
    0.46 s there with a frozen dataclass, 0.38 s with this."""

    article_id: str
    date: date | None
    role: str | None
    role_normalized: str | None
    institution: str | None
    region: str | None


@dataclass
class OfficialRecord:
    id: str
    name: str
    degrees: list[str] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)
    quotes: list[tuple[str, Quote]] = field(default_factory=list)  # (article id, quote)
    inferred: list[Appearance] = field(
        default_factory=list
    )  # offices named without a person, held per curation

    @property
    def article_ids(self) -> list[str]:
        return [a.article_id for a in self.appearances]


@dataclass
class Archive:
    articles: list[Article]  # newest first; undated last
    by_id: dict[str, Article]
    officials: dict[str, OfficialRecord]
    official_of: dict[tuple[str, str], str]  # (article id, key in article) -> official id
    outlets: dict[str, tuple[Outlet, list[str]]]
    regions: dict[str, tuple[RegionEntry, list[str]]]
    office_holders: dict[tuple[str, str, str], str] = field(
        default_factory=dict
    )  # (article, office, region id) -> official id
    shingles: dict[str, Collection[int]] = field(
        default_factory=dict
    )  # sha256 -> body fingerprints (related.py), from extraction


def build_archive(
    articles: list[Article], lexicon: Lexicon, curation: Curation | None = None
) -> tuple[Archive, list[Problem]]:
    """The archive of `articles` (extracted, with recognised officials added: recognised.py),
    curation.yaml's aliases, merges, splits and office holders applied; and the problems found."""
    problems: list[Problem] = []
    articles, more = resolve_open_years(articles)
    problems.extend(more)
    articles = sorted(articles, key=_newest_first)
    officials, official_of = merge_officials(articles, province_of(lexicon))
    holders: dict[tuple[str, str, str], str] = {}
    if curation is not None:
        problems.extend(apply_curation(curation, officials, official_of, articles))
        holders, more = link_office_holders(curation, officials, articles, lexicon)
        problems.extend(more)
    outlets: dict[str, tuple[Outlet, list[str]]] = {}
    regions: dict[str, tuple[RegionEntry, list[str]]] = {}
    for article in articles:
        if article.outlet:
            outlets.setdefault(article.outlet.id, (article.outlet, []))[1].append(article.id)
        for region in article.regions:
            entry = lexicon.regions.get(region.id)
            if entry:
                regions.setdefault(region.id, (entry, []))[1].append(article.id)
    archive = Archive(
        articles=articles,
        by_id={a.id: a for a in articles},
        officials=officials,
        official_of=official_of,
        outlets=dict(sorted(outlets.items())),
        regions=dict(sorted(regions.items())),
        office_holders=holders,
    )
    return archive, problems


def _newest_first(article: Article):
    value = article.date.value
    return (value is None, -(value.toordinal() if value else 0), article.id)


def resolve_open_years(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """Settle year-less dates the text alone could not: first the candidate year in which the
    archive holds clearly the most dated articles, else the one year the text's clues leave.
    Otherwise the date stays open and the problem says how to correct it."""
    per_year = Counter(a.date.value.year for a in articles if a.date.value)
    problems = []
    out = []
    for article in articles:
        found = article.date
        if found.value is None and found.candidates and found.month_day:
            year, method = _pick_year(found, per_year)
            if year is not None:
                month, day = found.month_day
                article = replace(
                    article, date=replace(found, value=date(year, month, day), method=method)
                )
            else:
                problems.append(
                    warning(
                        article.source,
                        found.line,
                        "date-year-unknown",
                        f"'{found.text}' has no year and the text does not tell which; add 'date:' to correct it",
                    )
                )
        out.append(article)
    return out, problems


def _pick_year(found: DateFound, per_year: Counter) -> tuple[int | None, str]:
    ranked = sorted(found.candidates, key=lambda y: -per_year[y])
    best = ranked[0]
    runner_up = per_year[ranked[1]] if len(ranked) > 1 else 0
    if per_year[best] > runner_up:
        return best, "weekday-year-archive"
    if len(found.preferred) == 1:
        return found.preferred[0], "weekday-year-clues"
    return None, "weekday-year"


def merge_officials(
    articles: list[Article], province_of=None
) -> tuple[dict[str, OfficialRecord], dict[tuple[str, str], str]]:
    """One record per person across the archive, keyed by the folded name; a lone first name
    ('akbar') joins the one multi-word name that starts with it, when there is exactly one.
    A name is not a person: namesakes are told apart by place and office (`namesakes`), with
    `province_of` mapping a canonical region name to its province (None: every region its own)."""
    province_of = province_of or (lambda region: region)
    roles: dict[str, set] = defaultdict(set)
    for article in articles:
        for o in article.officials:
            roles[o.key].add((o.role_normalized, o.region))
    full_by_first: dict[str, set[str]] = defaultdict(set)
    for key in roles:
        parts = key.split()
        if len(parts) > 1:
            full_by_first[parts[0]].add(key)
    canonical = {}
    for key in roles:
        parts = key.split()
        candidates = full_by_first.get(parts[0], set()) if len(parts) == 1 else set()
        if len(candidates) == 1 and _roles_agree(roles[key], roles[next(iter(candidates))]):
            canonical[key] = next(iter(candidates))
        else:
            canonical[key] = key

    by_key: dict[str, list[tuple[Article, object]]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: (a.date.value or date.max, a.id)):
        for official in article.officials:
            by_key[canonical[official.key]].append((article, official))

    records: dict[str, OfficialRecord] = {}
    official_of: dict[tuple[str, str], str] = {}
    used_ids: set[str] = set()
    people = [
        (key, person, place)
        for key in sorted(by_key)
        for person, place in namesakes(by_key[key], province_of, single_name=len(key.split()) == 1)
    ]
    for key, seen, place in people:
        names = Counter(o.name for _, o in seen)
        name = max(names, key=lambda n: (len(n.split()), names[n], n))
        official_id = _unique(
            slugify(f"{key} {place or ''}" if place is not None else key) or "pejabat", used_ids
        )
        record = OfficialRecord(id=official_id, name=name)
        degrees_seen: list[str] = []
        for article, official in seen:
            official_of[(article.id, official.key)] = official_id
            degrees_seen.extend(official.degrees)
            for spelling in (official.name, *official.aliases):
                if spelling not in record.spellings:
                    record.spellings.append(spelling)
            record.appearances.append(
                Appearance(
                    article.id,
                    article.date.value,
                    official.role,
                    official.role_normalized,
                    official.institution,
                    official.region,
                )
            )
        record.degrees = merge_degrees(degrees_seen)
        records[official_id] = record
    for article in articles:
        for quote in article.quotes:
            if quote.speaker and (article.id, quote.speaker) in official_of:
                records[official_of[(article.id, quote.speaker)]].quotes.append((article.id, quote))
    return records, official_of


TERM_SLACK_DAYS = 365


def namesakes(seen: list, province_of, single_name: bool) -> list[tuple[list, str | None]]:
    """The people behind one name: [(their mentions, the place that tells them apart or None)],
    the one with most mentions first (it keeps the plain id, so its page stays where it was).

    Two holders of one name are two people when their places differ and (full names) their
    offices differ in overlapping periods, or (a single name, which many people share) always.
    Merging two people is the worse error: a quote credited to the wrong person. A mention with
    no place joins the person whose office it names; a full name's unplaced mention otherwise
    joins the person with most mentions, a single name's stays a person of its own."""
    place = (lambda o: o.region) if single_name else (lambda o: province_of(o.region))
    by_place: dict[str, list] = defaultdict(list)
    unplaced: list[tuple[Article, OfficialMention]] = []
    for article, official in seen:
        where = place(official)
        (by_place[where] if where else unplaced).append((article, official))
    if len(by_place) <= 1:
        return [(seen, None)]
    groups: list[list] = [[where, mentions] for where, mentions in sorted(by_place.items())]
    if not single_name:
        groups = _join_same_people(groups)
    alone = []
    for mention in unplaced:
        role = mention[1].role_normalized
        holder = next(
            (g for g in groups if role and role in {o.role_normalized for _, o in g[1]}), None
        )
        if holder is None and not single_name:
            holder = max(groups, key=lambda g: len(g[1]))
        if holder is None:
            alone.append(mention)
        else:
            holder[1].append(mention)
    groups.sort(key=lambda g: (-len(g[1]), g[0]))
    people = [(mentions, None if i == 0 else where) for i, (where, mentions) in enumerate(groups)]
    if alone:
        people.append((alone, ""))
    return [
        (sorted(m, key=lambda pair: (pair[0].date.value or date.max, pair[0].id)), where)
        for m, where in people
    ]


def _join_same_people(groups: list[list]) -> list[list]:
    """Join the places of one full name unless their offices differ in overlapping periods
    (a career moves between provinces; nobody holds two different posts in two at once)."""
    joined = True
    while joined and len(groups) > 1:
        joined = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if not _two_people(groups[i][1], groups[j][1]):
                    groups[i][1] = groups[i][1] + groups[j][1]
                    groups[i][0] = min(groups[i][0], groups[j][0])
                    del groups[j]
                    joined = True
                    break
            if joined:
                break
    return groups


def _two_people(one: list, other: list) -> bool:
    offices = [
        {o.role_normalized for _, o in mentions if o.role_normalized} for mentions in (one, other)
    ]
    if not offices[0] or not offices[1] or offices[0] & offices[1]:
        return False
    spans = [
        [a.date.value.toordinal() for a, _ in mentions if a.date.value] for mentions in (one, other)
    ]
    if not spans[0] or not spans[1]:
        return True  # no dates to tell a career from two people: keep them apart
    # a few mentions only sample a term: periods within a year of each other count as overlapping
    return (
        min(spans[0]) <= max(spans[1]) + TERM_SLACK_DAYS
        and min(spans[1]) <= max(spans[0]) + TERM_SLACK_DAYS
    )


def degree_key(degree: str) -> str:
    """'M.Si', 'M. Si' and 'MSi' are one degree; so are 'Dr.' and 'DR.', but 'dr.' (dokter) is not 'Dr.'."""
    bare = degree.replace(".", "").replace(" ", "")
    return bare if bare.startswith("dr") else bare.lower()


def merge_degrees(seen: list[str]) -> list[str]:
    """Each degree once, in the order first seen, written the way the texts write it most often
    (ties: the conventional form, 'Dr.' before 'DR.', 'M.Si' before 'M. Si')."""
    counts = Counter(seen)  # each spelling once, in the order first seen
    forms: dict[str, list[str]] = {}
    for degree in counts:
        forms.setdefault(degree_key(degree), []).append(degree)
    return [
        max(
            group,
            key=lambda f: (
                counts[f],
                sum(c.islower() for c in f),
                " " not in f,
                -group.index(f),
            ),
        )
        for group in forms.values()
    ]


def _roles_agree(short: set, full: set) -> bool:
    """A lone first name joins a full name only if it never held a role the full name did not."""
    named = {r for r in short if r[0] is not None}
    return not named or bool(named & full)


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def apply_curation(
    curation: Curation,
    records: dict[str, OfficialRecord],
    official_of: dict,
    articles: list[Article],
) -> list[Problem]:
    """Aliases, merges and splits from curation.yaml, applied to the merged records in place."""
    problems: list[Problem] = []
    for official_id, (spellings, line) in curation.aliases.items():
        if official_id not in records:
            problems.append(_no_such_official(curation, line, official_id, records))
            continue
        wanted = {fold(s) for s in spellings}
        for other_id in [
            i
            for i, r in records.items()
            if i != official_id and {fold(s) for s in r.spellings} & wanted
        ]:
            _merge_into(records, official_of, official_id, other_id)
        records[official_id].spellings.extend(
            s for s in spellings if s not in records[official_id].spellings
        )
    for ids, line in curation.merges:
        missing = [i for i in ids if i not in records]
        if missing:
            problems.append(_no_such_official(curation, line, missing[0], records))
            continue
        for other_id in ids[1:]:
            _merge_into(records, official_of, ids[0], other_id)
    for official_id, into, line in curation.splits:
        if official_id not in records:
            problems.append(_no_such_official(curation, line, official_id, records))
            continue
        problems.extend(_split(curation, line, records, official_of, official_id, into))
    return problems


def _no_such_official(
    curation: Curation, line: int, official_id: str, records: dict[str, OfficialRecord]
) -> Problem:
    hint = did_you_mean(official_id, records)
    return error(
        curation.path,
        line,
        "unknown-official",
        f"no official with id '{official_id}'{hint} (ids are the last part of pejabat/<id>/ URLs)",
    )


def _merge_into(
    records: dict[str, OfficialRecord], official_of: dict, keep: str, other: str
) -> None:
    if keep == other or other not in records:
        return
    target, source = records[keep], records.pop(other)
    target.appearances = sorted(
        target.appearances + source.appearances, key=lambda a: (a.date or date.max, a.article_id)
    )
    target.quotes += source.quotes
    target.degrees = merge_degrees(target.degrees + source.degrees)
    target.spellings += [s for s in source.spellings if s not in target.spellings]
    for key, value in list(official_of.items()):
        if value == other:
            official_of[key] = keep


def _split(curation, line, records, official_of, official_id, into) -> list[Problem]:
    record = records[official_id]
    own = set(record.article_ids)
    problems = []
    for new_id, article_ids in into.items():
        unknown = [a for a in article_ids if a not in own]
        if unknown:
            problems.append(
                error(
                    curation.path,
                    line,
                    "unknown-article",
                    f"split of '{official_id}': article '{unknown[0]}' does not name this official",
                )
            )
            continue
        if new_id in records:
            problems.append(
                error(
                    curation.path,
                    line,
                    "duplicate-official",
                    f"split of '{official_id}': id '{new_id}' is already used",
                )
            )
            continue
        moved = set(article_ids)
        new = OfficialRecord(id=new_id, name=record.name, spellings=list(record.spellings))
        new.appearances = [a for a in record.appearances if a.article_id in moved]
        new.quotes = [q for q in record.quotes if q[0] in moved]
        new.degrees = list(record.degrees)
        record.appearances = [a for a in record.appearances if a.article_id not in moved]
        record.quotes = [q for q in record.quotes if q[0] not in moved]
        for key in list(official_of):
            if key[0] in moved and official_of[key] == official_id:
                official_of[key] = new_id
        records[new_id] = new
    return problems


def link_office_holders(
    curation: Curation,
    records: dict[str, OfficialRecord],
    articles: list[Article],
    lexicon: Lexicon,
):
    """An office named without a person ('ditegaskan Bupati Solok') links to whoever held it that
    day according to an office-holder fact; the link is marked as inferred."""
    problems: list[
        Problem
    ] = []  # a fact's region and office are checked where curation.yaml is read
    by_name = {fold(r.name): r for r in records.values()}
    used = set(records)
    links: dict[tuple[str, str, str], str] = {}
    for article in articles:
        for office, region_id in article.offices:
            region = lexicon.regions.get(region_id)
            fact = curation.holder_of(office, region.name, article.date.value) if region else None
            if region is None or fact is None:
                continue
            record = by_name.get(fold(fact.holder))
            if record is None:
                record = OfficialRecord(
                    id=_unique(slugify(fact.holder) or "pejabat", used),
                    name=fact.holder,
                    spellings=[fact.holder],
                )
                records[record.id] = record
                by_name[fold(fact.holder)] = record
            record.inferred.append(
                Appearance(article.id, article.date.value, office, office, None, region.name)
            )
            links[(article.id, office, region_id)] = record.id
    return links, problems
