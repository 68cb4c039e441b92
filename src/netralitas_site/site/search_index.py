"""The search index the search page uses, opened from disk or served: one index, one tokenisation
and one stemmer, so the same address gives the same results, in the same order, with the same
count, from file:// and over http.

Browsers refuse fetch() and WebAssembly on pages opened from disk, so everything is a classic
script that a <script src> can load there too, in parts loaded on demand:

- `cari/index.js`: the lists of outlets, officials and regions, and per article its date, outlet,
  officials and regions as numbers (filters and facet counts need them for every article), per
  quote its article and speaker; and the number of term shards.
- `cari/t/<n>.js`: term shards. Every stem of every article's title, people, places, quotes and
  full text maps to its articles (with the fields it is in, for ranking) and to the quotes that
  hold it; a stem's shard follows from an FNV-1a hash of it, so a query loads one shard a word.
- `cari/d/<n>.js`, `cari/k/<n>.js`: titles, ids and opening text of articles, and quote texts,
  in chunks: only those of the results on the page shown are loaded.

`fold`, `words` and `stem` here and in static/search.js are the same rules; `search` is the
reference the browser tests hold both modes to. Articles are numbered in archive order (newest
first), so a lower number is a newer article and every tie breaks the same way.
"""

from __future__ import annotations

import json
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from ..archive import Archive
from ..body import plain_text, quote_anchor

INDEX = "cari/index.js"
PART_PREFIX = "cari/"
DOCS_PER_CHUNK = 500
QUOTES_PER_CHUNK = 1000
POSTINGS_PER_SHARD = 40_000  # ~200 KB of script a shard
MAX_SHARDS = 512
SNIPPET = 240
# fields of an article a word can be in, and how much a word found there weighs in the ranking
FIELDS = (("title", 1, 5), ("people", 2, 4), ("place", 4, 3), ("quotes", 8, 2), ("text", 16, 1))
MASKS = 32  # postings are delta * MASKS + the fields' bits
TEXT_BIT = 16
WORD = re.compile(r"[a-z0-9]+")
COMBINING = re.compile(r"[\u0300-\u036f]")
PREFIXES = (  # (prefix, what replaces it, the letter after it must be a vowel); first match wins
    ("meng", "", False),
    ("meny", "s", False),
    ("mem", "p", True),
    ("mem", "", False),
    ("men", "t", True),
    ("men", "", False),
    ("me", "", False),
    ("peng", "", False),
    ("peny", "s", False),
    ("pem", "p", True),
    ("pem", "", False),
    ("pen", "t", True),
    ("pen", "", False),
    ("ber", "", False),
    ("ter", "", False),
    ("per", "", False),
    ("di", "", False),
    ("ke", "", False),
    ("se", "", False),
    ("pe", "", False),
)
PARTICLES = ("kah", "lah", "pun")
POSSESSIVES = ("nya", "ku", "mu")
SUFFIXES = ("kan", "an", "i")
VOWELS = "aiueo"
SHORTEST = 4  # a stem never gets shorter than this


def fold(text: str) -> str:
    """Lower case without accents (what the browser's normalize('NFD') and toLowerCase() give)."""
    if text.isascii():
        return text.lower()
    return COMBINING.sub("", unicodedata.normalize("NFD", text)).lower()


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light Indonesian stemming: a particle, a possessive, one prefix and one suffix, never
    below SHORTEST letters; words of digits and short words stay as they are."""
    if len(word) <= SHORTEST or not word.isalpha():
        return word
    for group in (PARTICLES, POSSESSIVES):
        for suffix in group:
            if word.endswith(suffix) and len(word) - len(suffix) >= SHORTEST:
                word = word[: -len(suffix)]
                break
    for prefix, replacement, before_vowel in PREFIXES:
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            if before_vowel and not (rest and rest[0] in VOWELS):
                continue
            if len(replacement) + len(rest) >= SHORTEST:
                word = replacement + rest
            break
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= SHORTEST:
            word = word[: -len(suffix)]
            break
    return word


def stems(text: str) -> set[str]:
    return set(map(stem, words(text)))


def query_terms(query: str) -> list[str]:
    """The stems a query asks for, each once, in the order typed."""
    return list(dict.fromkeys(stem(w) for w in words(query)))


def fnv1a(text: str) -> int:
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


@dataclass(frozen=True)
class SearchIndex:
    """The whole index in memory: what the files hold, before they are written."""

    outlets: list[str]
    officials: list[str]  # names, as on their pages (two namesakes are two entries)
    official_ids: list[str]
    regions: list[str]
    dates: list[int]  # YYYYMMDD, 0 when undated
    doc_outlet: list[int]  # -1 when unknown
    doc_officials: list[list[int]]
    doc_regions: list[list[int]]
    docs: list[list]  # [title, article id, opening text]
    quote_doc: list[int]
    quote_speaker: list[int]  # -1 when unknown
    quotes: list[list]  # [text, anchor or ""]
    postings: dict[str, array]  # stem -> article number * MASKS + fields' bits, in article order
    quote_postings: dict[str, array]  # stem -> quote numbers

    @property
    def shard_count(self) -> int:
        total = sum(len(p) for p in self.postings.values()) + sum(
            len(p) for p in self.quote_postings.values()
        )
        count = 1
        while count < MAX_SHARDS and total > count * POSTINGS_PER_SHARD:
            count *= 2
        return count


def build_index(archive: Archive, pieces: Iterable[tuple] | None = None) -> SearchIndex:
    """The index of the archive; `pieces`: each article's `index_piece`, in archive order, when
    the caller has them (kept between builds: only those of changed articles are made again),
    read one at a time."""
    if pieces is None:
        pieces = [index_piece(archive, a) for a in archive.articles]
    ranked = sorted(archive.officials.values(), key=lambda o: (o.name.casefold(), o.name, o.id))
    outlets = sorted({o.name for o, _ in archive.outlets.values()}, key=lambda n: (n.casefold(), n))
    regions = sorted({r.name for r, _ in archive.regions.values()}, key=lambda n: (n.casefold(), n))
    index = SearchIndex(
        outlets,
        [o.name for o in ranked],
        [o.id for o in ranked],
        regions,
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        defaultdict(_postings),
        defaultdict(_postings),
    )
    numbers = (
        {o.id: n for n, o in enumerate(ranked)},
        {name: n for n, name in enumerate(outlets)},
        {name: n for n, name in enumerate(regions)},
    )
    for number, piece in enumerate(pieces):
        _add_piece(index, number, piece, numbers)
    return index


def index_piece(archive: Archive, article) -> tuple:
    """What the index holds of one article, less its number in the archive: (date, outlet name,
    official ids, region names, [title, id, opening text], its stems joined by spaces, each
    stem's fields' bits, [(quote, anchor, speaker id, the quote's stems joined by spaces)])."""
    body = plain_text(article)
    day = article.date.value
    bits = _term_bits(archive, article, body)
    quotes = []
    for quote in article.quotes:
        speaker = archive.official_of.get((article.id, quote.speaker)) if quote.speaker else None
        anchor = quote_anchor(article, quote.line) or ""
        quotes.append((quote.text, anchor, speaker, " ".join(sorted(stems(quote.text)))))
    return (
        day.year * 10000 + day.month * 100 + day.day if day else 0,
        article.outlet.name if article.outlet else None,
        sorted({archive.official_of[(article.id, o.key)] for o in article.officials}),
        [r.name for r in article.regions],
        [
            article.title,
            article.id,
            body if len(body) <= SNIPPET else body[:SNIPPET].rsplit(" ", 1)[0] + "…",
        ],
        " ".join(bits),
        bytes(bits.values()),
        quotes,
    )


def _postings() -> array:
    """A term's postings as 4-byte integers, not a list of tuples: an archive's postings run to
    millions (1.9 million at 10,000 articles, 115 MB as tuples against 8 MB)."""
    return array("i")


def _add_piece(index: SearchIndex, number: int, piece: tuple, numbers: tuple) -> None:
    """An article's facets as numbers (the filters' data), its text, its terms posted as
    number * MASKS + the bits of their fields, and its quotes."""
    official_number, outlet_number, region_number = numbers
    day, outlet, officials, regions, doc, terms, bits, quotes = piece
    index.dates.append(day)
    index.doc_outlet.append(outlet_number.get(outlet, -1) if outlet is not None else -1)
    index.doc_officials.append(sorted({official_number[i] for i in officials}))
    index.doc_regions.append(sorted({region_number[r] for r in regions if r in region_number}))
    index.docs.append(doc)
    base = number * MASKS
    postings = index.postings
    for term, bit in zip(terms.split(), bits):  # each term's postings grow in article order
        postings[term].append(base + bit)
    for text, anchor, speaker, quote_terms in quotes:
        quote_number = len(index.quotes)
        index.quote_doc.append(number)
        index.quote_speaker.append(official_number.get(speaker, -1) if speaker is not None else -1)
        index.quotes.append([text, anchor])
        for term in quote_terms.split():
            index.quote_postings[term].append(quote_number)


def _term_bits(archive: Archive, article, body: str) -> dict[str, int]:
    """Every stem of the article's fields -> the bits of the fields it is in."""
    names, spellings = people(archive, article)
    texts = {
        "title": article.title,
        "people": " ".join([*names, *spellings]),
        "place": " ".join(
            [
                article.outlet.name if article.outlet else "",
                article.dateline or "",
                *(r.name for r in article.regions),
                *article.tags,
                article.case or "",
            ]
        ),
        "quotes": " ".join(q.text for q in article.quotes),
    }
    bits = dict.fromkeys(stems(body), TEXT_BIT)  # the largest field first, at C speed
    for field, bit, _ in FIELDS:
        if field != "text":
            for s in stems(texts[field]):
                bits[s] = bits.get(s, 0) | bit
    return bits


def people(archive: Archive, article) -> tuple[list[str], list[str]]:
    """(officials' names as on their pages, the other spellings the article uses)."""
    names: list[str] = []
    spellings: list[str] = []
    for o in article.officials:
        record = archive.officials[archive.official_of[(article.id, o.key)]]
        if record.name not in names:
            names.append(record.name)
        spellings.extend(s for s in (o.name, *o.aliases) if s not in spellings)
    return names, [s for s in spellings if s not in names]


def _script(name: str, data) -> bytes:
    return f"NETRALITAS_SEARCH_PART({json.dumps(name)},{_json(data)});\n".encode()


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _unpack(posting: int) -> tuple[int, int]:
    """(article number, fields' bits) of a posting."""
    return divmod(posting, MASKS)


def _deltas(numbers) -> list[int]:
    out, previous = [], -1
    for n in numbers:
        out.append(n - previous)
        previous = n
    return out


def index_files(index: SearchIndex) -> Iterator[tuple[str, bytes]]:
    """(site path, bytes) of every file of the index."""
    shards = index.shard_count
    meta = {
        "v": 1,
        "shards": shards,
        "docChunk": DOCS_PER_CHUNK,
        "quoteChunk": QUOTES_PER_CHUNK,
        "outlets": index.outlets,
        "officials": index.officials,
        "officialIds": index.official_ids,
        "regions": index.regions,
        "d": index.dates,
        "o": index.doc_outlet,
        "p": index.doc_officials,
        "r": index.doc_regions,
        "qa": index.quote_doc,
        "qs": index.quote_speaker,
    }
    yield INDEX, f"window.NETRALITAS_SEARCH={_json(meta)};\n".encode()
    parts: list[dict] = [{"d": {}, "q": {}} for _ in range(shards)]
    for term in sorted(index.postings):
        postings = index.postings[term]
        # (number - the previous number) * MASKS + bits: the posting less the previous one's
        # number * MASKS (the first one's previous number is -1)
        parts[fnv1a(term) % shards]["d"][term] = [
            posting - previous // MASKS * MASKS
            for previous, posting in zip(chain((-MASKS,), postings), postings)
        ]
    for term in sorted(index.quote_postings):
        parts[fnv1a(term) % shards]["q"][term] = _deltas(index.quote_postings[term])
    for n, part in enumerate(parts):
        yield f"{PART_PREFIX}t/{n}.js", _script(f"t{n}", part)
    for n in range(0, max(len(index.docs), 1), DOCS_PER_CHUNK):
        yield (
            f"{PART_PREFIX}d/{n // DOCS_PER_CHUNK}.js",
            _script(f"d{n // DOCS_PER_CHUNK}", index.docs[n : n + DOCS_PER_CHUNK]),
        )
    for n in range(0, max(len(index.quotes), 1), QUOTES_PER_CHUNK):
        yield (
            f"{PART_PREFIX}k/{n // QUOTES_PER_CHUNK}.js",
            _script(f"k{n // QUOTES_PER_CHUNK}", index.quotes[n : n + QUOTES_PER_CHUNK]),
        )


@dataclass(frozen=True)
class Query:
    """What a search address asks for (the search page's parameters)."""

    q: str = ""
    official: str = ""  # pejabat: officials whose name holds it (type to find)
    outlet: str = ""  # media
    region: str = ""  # wilayah
    year: str = ""  # tahun
    month: str = ""  # bulan, YYYY-MM
    since: str = ""  # dari, YYYY-MM-DD
    until: str = ""  # sampai, YYYY-MM-DD
    quotes: bool = False  # jenis=kutipan: the quotes themselves


def _date_number(text: str) -> int:
    digits = text.replace("-", "")
    return int(digits) if digits.isdigit() else 0


def search(index: SearchIndex, query: Query) -> list[int]:
    """The article numbers (or quote numbers) a query finds, in the order the page lists them:
    by score when words were typed (a word's weight is that of the fields it is in), then
    newest first; by date alone when only filters were chosen."""
    terms = query_terms(query.q)
    officials = {
        n
        for n, name in enumerate(index.officials)
        if query.official and fold(query.official) in fold(name)
    }

    def keeps(doc: int, by_officials: bool = True) -> bool:
        if by_officials and query.official and not officials.intersection(index.doc_officials[doc]):
            return False
        if query.outlet and (
            index.doc_outlet[doc] < 0 or index.outlets[index.doc_outlet[doc]] != query.outlet
        ):
            return False
        if query.region and query.region not in {index.regions[r] for r in index.doc_regions[doc]}:
            return False
        day = index.dates[doc]
        if (query.year or query.month or query.since or query.until) and not day:
            return False
        if query.year and str(day // 10000) != query.year:
            return False
        if query.month and day // 100 != _date_number(query.month):
            return False
        if query.since and day < _date_number(query.since):
            return False
        return not (query.until and day > _date_number(query.until))

    if query.quotes:
        found: set[int] | None = None
        for term in terms:
            have = set(index.quote_postings.get(term, ()))
            found = have if found is None else found & have
        candidates = sorted(found) if found is not None else range(len(index.quotes))
        return [
            n
            for n in candidates
            if keeps(index.quote_doc[n], by_officials=False)
            and (not query.official or index.quote_speaker[n] in officials)
        ]
    if not terms:
        return [n for n in range(len(index.dates)) if keeps(n)]
    weights = {bit: weight for _, bit, weight in FIELDS}
    scores: Counter | None = None
    for term in terms:
        hits: Counter[int] = Counter()
        for number, bits in map(_unpack, index.postings.get(term, ())):
            hits[number] = sum(w for bit, w in weights.items() if bits & bit)
        scores = (
            hits
            if scores is None
            else Counter({n: scores[n] + s for n, s in hits.items() if n in scores})
        )
    assert scores is not None  # terms is not empty
    return sorted((n for n in scores if keeps(n)), key=lambda n: (-scores[n], n))


def facet_counts(index: SearchIndex, docs: list[int]) -> dict[str, Counter]:
    """How many of the articles found each outlet, official, region and year has."""
    counts: dict[str, Counter[str]] = {
        "media": Counter(),
        "pejabat": Counter(),
        "wilayah": Counter(),
        "tahun": Counter(),
    }
    for doc in docs:
        if index.doc_outlet[doc] >= 0:
            counts["media"][index.outlets[index.doc_outlet[doc]]] += 1
        counts["pejabat"].update(index.officials[o] for o in index.doc_officials[doc])
        counts["wilayah"].update(index.regions[r] for r in index.doc_regions[doc])
        if index.dates[doc]:
            counts["tahun"][str(index.dates[doc] // 10000)] += 1
    return counts
