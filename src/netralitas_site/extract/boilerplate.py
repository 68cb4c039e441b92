"""Separate the article's own text from what the page put around it.

Related-article inserts, menus, counters, ads, share prompts and credit lines are removed from
the body; every removed line is returned so that nothing the article file held is lost.
"""

from __future__ import annotations

import re

from ..model import Line
from .stamps import is_stamp
from .text import CONNECTORS, line_key, page_words

# A line starting with one of these is a related-article insert: the line goes, the body goes on.
INSERT = re.compile(
    r"^(baca juga|baca pula|bacaan lainnya|baca berita selengkapnya|selengkapnya baca|cek artikel|"
    r"lihat juga|simak juga|simak berita|simak video|video\s*:\s*|saksikan (?:juga )?video|tonton (?:juga )?video|\[gambas:|baca:|baca selengkapnya|klik untuk baca|artikel terkait\s*:|"
    r"berita terkait\s*:|baca artikel)(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))",  # 'Baca jugaGubernur ...'
    re.IGNORECASE,
)
# A line that is one of these opens a list of related links: it and the list items after it go.
LIST_HEADER = re.compile(
    r"^(read more|berita terkait|artikel terkait|berita lainnya|pos terkait|postingan terkait|"
    r"mungkin anda menyukai|lihat berita lainnya|artikel pilihan|terkait|"
    r"(?:berita\s+)?(?:terkini|terbaru|pilihan|terpopuler(?:\s+[^\s:]+){0,3})|pilihan redaksi|"
    r"paling banyak dibaca|"
    r"rekomendasi(?:\s+[^\s:]+){0,3}|baca juga|tags?|tag|topik|populer|berita populer|editor'?s? pick|related posts?|"
    r"you may also like|lainnya|more stories|news feed)\s*:?$",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"^(?:[-•*–·]\s*|\d{1,2}[.)]\s+|\d{1,2}\s+(?=[A-Z]))")
# A line that ends the article: everything from it on is page furniture.
# A roundup's sentence introducing the list of the most read stories, each an other story's
# headline: 'Berikut berita terpopuler lainnya:'
ROUNDUP_INTRO = re.compile(r"\b[Bb]erikut (?:artikel|berita)\s+terpopuler\w*(?:\s+\w+)?\s*:\s*$")
TAIL = re.compile(
    r"^(read entire article|continue reading|baca artikel selengkapnya|kembali ke artikel)\b",
    re.IGNORECASE,
)
# Single lines of page furniture.
FURNITURE = re.compile(
    r"^(\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago(\s+\d+)?|"
    r"\d+\s+(detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(yang\s+)?lalu(\s+\d+)?|"
    r"advertisement|iklan|scroll to continue.*|scroll untuk melanjutkan.*|remove ads|"
    r"share( it| this)?|bagikan( berita| artikel)?|kirim komentar|isi komentar sepenuhnya.*|"
    r"tulis komentar.*|baca berita tanpa iklan.*|anda bisa menjadi kolumnis.*|skip to content|"
    r"menu|mode gelap|tidak ada hasil|lihat semua hasil|beranda|home|(home|beranda)\s*[/›>»|].*|"
    r"halaman\s*:.*|halaman\s+\d+(\s+dari\s+\d+)?|\d+\s+dari\s+\d+\s+halaman|previous page.*|next page.*|"
    r"copyright\s*©.*|©.*|hak\s+cipta\s*©.*|"
    r"follow .*|ikuti (kami|berita).*|dapatkan update berita.*|simak berita lainnya.*|"
    r"baca artikel .* lainnya di .*|(\(\s*)?foto\s*:.*|keterangan (gambar|foto)\s*:.*|antara foto/.*|"
    r"header img|thumbnail .*|sumber foto\s*:.*|ilustrasi\s*:.*|"
    r"(reading time|waktu baca)\s*:.*|\d+\s+(mins?|menit)\s+(read|baca)|(tags?|topik)\s*:.*)$",
    re.IGNORECASE,
)
# Furniture lines that may open with anything. Apart from FURNITURE since a case-blind regex
# scans slowly: these are tried only on lines that hold the words ('ſ' is a case-blind 's').
FURNITURE_ANYWHERE = re.compile(
    r"^(.*google news.*|.*whatsapp channel.*|.*saluran whatsapp.*)$", re.IGNORECASE
)
FURNITURE_WORDS = ("google news", "whatsapp channel", "saluran whatsapp")
AD_ALT = re.compile(r"\(\s*\d{2,5}\s*[x×]\s*\d{2,5}\s*(piksel|pixel|px)?\s*\)", re.IGNORECASE)
CREDIT = re.compile(
    r"^(penulis|editor|reporter|pewarta|redaktur|jurnalis|kontributor|laporan|wartawan|"
    r"penyunting|fotografer|foto|sumber|oleh|publisher|uploader)\s*:\s*\S",
    re.IGNORECASE,
)
CREDIT_PIPE = re.compile(
    r"^(penulis|reporter|pewarta|jurnalis)\s*:.*\|\s*editor\s*:", re.IGNORECASE
)
# "(TKB)", "(tend).", "(Mak Itam)", "(rel)", "(***)" closing the last paragraph.
CLOSING_INITIALS = re.compile(r"(?:(?<=[.!?”\"])\s*|\s+)\(\s*([^()]{1,32}?)\s*\)\.?\s*$")
INITIALS_ONLY = re.compile(r"^\(?\s*([^()]{1,32}?)\s*\)?\.?$")
STARS = re.compile(r"^[*#=~_\-\s]+$")


def is_insert(text: str) -> bool:
    return bool(INSERT.match(text))


# A hit counter or share count standing alone: '1.229 Views', 'Dibaca 2.345 kali', '13Shares', '5k'.
COUNTER = re.compile(
    r"^(?:(?:telah\s+)?(?:dibaca|dilihat|views?|pembaca)\s*:?\s*[\d.,]+\s*[kKrRbB]?\s*(?:kali|x)?|"
    r"[\d.,]+\s*[kKrRbB]?\s*(?:views?|kali dibaca|kali|dibaca|dilihat|shares?|komentar|comments?|likes?)?)$",
    re.IGNORECASE,
)


def is_furniture(text: str) -> bool:
    return bool(
        FURNITURE.match(text)
        or _furniture_anywhere(text)
        or AD_ALT.search(text)
        or STARS.match(text)
    )


def is_page_button(text: str) -> bool:
    """A share button or a counter on a line of its own (page_words.yaml share_words)."""
    if len(text) > 40:
        return False
    return line_key(text) in page_words().share or bool(COUNTER.match(text))


def _furniture_anywhere(text: str) -> bool:
    folded = text.lower().replace("ſ", "s")
    first, second, third = FURNITURE_WORDS  # spelt out: no generator for every line
    return (first in folded or second in folded or third in folded) and bool(
        FURNITURE_ANYWHERE.match(text)
    )


def is_credit(text: str) -> bool:
    return bool(CREDIT.match(text) or CREDIT_PIPE.match(text))


INLINE_INSERT = re.compile(
    r"(?:(?<=[.!?”\"])|^)\s*(baca juga|baca pula|baca)\s*:\s*", re.IGNORECASE
)


def split_inline_insert(text: str) -> tuple[str, str | None]:
    """'... kata dia. Baca juga: Wali Kota Tinjau Banjir Sementara itu, warga ...' -> the
    paragraph without the insert, and the insert. The inserted headline is title case; it ends
    where running text (lower-case words) starts, less the capitalised word opening that text."""
    match = (
        INLINE_INSERT.search(text) if ":" in text and "baca" in text.lower() else None
    )  # cheap test first
    if not match or match.start() == 0 and match.end() == len(text):
        return text, None
    words = list(re.finditer(r"\S+", text[match.end() :]))
    end = len(words)
    for i in range(len(words) - 1):
        a, b = words[i].group(), words[i + 1].group()
        if _running(a) and _running(b):
            end = max(i - 1, 1)
            break
    if end >= len(words):
        return text, None  # the rest of the line is the inserted headline: a whole-line insert
    cut = match.end() + words[end].start()
    insert = text[match.start() : cut].strip()
    kept = (text[: match.start()].rstrip() + " " + text[cut:].lstrip()).strip()
    return kept, insert


def _running(word: str) -> bool:
    bare = word.strip(",.;:()“”\"'")
    return bool(bare) and bare[0].islower() and bare.lower() not in CONNECTORS


def split_boilerplate(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
    """(body, removed): every line lands in exactly one of the two (a line with an insert glued
    into it lands in both: its text in the body, the insert in removed)."""
    body: list[Line] = []
    removed: list[Line] = []
    in_list = bulleted = tags = False
    story_begun = False  # a line of prose kept: what follows is the story, not the page's top
    for index, line in enumerate(lines):
        text = line.text
        inserted = INSERT.match(text) is not None
        if not inserted:
            kept, insert = split_inline_insert(text)
            if insert:
                removed.append(Line(line.number, insert))
                line = Line(line.number, kept)
                text = kept
                inserted = is_insert(text)
        if TAIL.match(text):
            removed.extend(lines[index:])
            break
        if in_list and not bulleted and _dated_headline(lines, index):
            in_list = False  # a headline with its stamp: the page's article starts here, not a link
        if (
            in_list
            and not bulleted
            and not story_begun
            and index
            and (line.number > lines[index - 1].number + 1)
        ):
            in_list = False  # a sidebar's list above the story ends at a blank line: the headline
        if in_list and (
            LIST_ITEM.match(text) if bulleted else _headline_like(text) or (tags and _tag(text))
        ):
            removed.append(line)
            continue
        in_list = tags = False
        if LIST_HEADER.match(text) and _followed_by_items(lines, index):
            removed.append(line)
            in_list = True
            # 'Tags' / 'Buleleng' / 'Pilkada Buleleng': a word or two a line
            tags = bool(TAG_HEADER.match(text))
            # a bulleted list ends at the first line without a bullet; a plain one at the first sentence
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            bulleted = bool(LIST_ITEM.match(following))
        elif "erikut" in text and ROUNDUP_INTRO.search(text):  # the word first: most lines lack it
            body.append(line)  # 'Berikut berita terpopuler lainnya:' closes the story
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            in_list = bulleted = bool(LIST_ITEM.match(following))  # other stories' headlines
        elif _dateline_dash(text, body):
            body.append(line)
        elif (
            inserted or is_furniture(text) or is_page_button(text) or is_credit(text)
        ) and not photo_headline(text, story_begun):
            removed.append(line)
        elif (
            index
            and lines[index - 1].text[:1] in "iIaAsS"  # AD_LABEL's first letters: most lines fail
            and _under_an_ad_label(lines, index)
            and ((text[:1] in "SU" and GREETING_AD.match(text)) or _over_an_ad_label(lines, index))
        ):
            removed.append(line)  # 'Iklan' / 'Ucapan Selamat Hari ... dari Bupati X': an ad
        else:
            body.append(line)
            story_begun = story_begun or len(text) > STORY_LINE_CHARS
    body, initials = strip_closing_initials(body)
    removed.extend(initials)
    removed.sort(key=lambda line: line.number)
    return tuple(body), tuple(removed)


# a greeting bought as an advertisement: 'Ucapan Selamat Hari Jadi ... dari ...'
GREETING_AD = re.compile(r"(?:Ucapan\s+)?Selamat\s+(?:[A-Z]\w*|\d)", re.IGNORECASE)
AD_LABEL = re.compile(r"(?:iklan|advertisement|ads|sponsored)\s*$", re.IGNORECASE)


def _under_an_ad_label(lines: tuple[Line, ...], index: int) -> bool:
    return index > 0 and AD_LABEL.match(lines[index - 1].text) is not None


def _over_an_ad_label(lines: tuple[Line, ...], index: int) -> bool:
    """'ADVERTISEMENT' / any line / 'ADVERTISEMENT': the line the two labels frame is the ad."""
    return index + 1 < len(lines) and AD_LABEL.match(lines[index + 1].text) is not None


DATELINE_DASH_WITHIN = (
    30  # body lines (a table of contents included) above a dash that may close a dateline
)
DATELINE_PLACE_WORDS = 4


def _dateline_dash(text: str, body: list[Line]) -> bool:
    """A dash alone on its line under a short capitalised line near the top ('Jakarta' / '-' /
    the lead): the end of a dateline whose parts each had a tag of their own, not a separator."""
    if text not in ("-", "–", "—") or not body or len(body) > DATELINE_DASH_WITHIN:
        return False
    above = body[-1].text
    return above[:1].isupper() and len(above.split()) <= DATELINE_PLACE_WORDS


def _dated_headline(lines: tuple[Line, ...], index: int) -> bool:
    """A line with a publication stamp under it, or the stamp itself."""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return is_stamp(lines[index].text) or bool(following) and is_stamp(following)


def _followed_by_items(lines: tuple[Line, ...], index: int) -> bool:
    """A list header counts only when list items, headlines (or the end) follow it; a tags'
    header, when a tag does."""
    rest = lines[index + 1 : index + 2]
    return (
        not rest
        or bool(LIST_ITEM.match(rest[0].text))
        or _headline_like(rest[0].text)
        or lines[index].text.endswith(":")
        or (bool(TAG_HEADER.match(lines[index].text)) and _tag(rest[0].text))
    )


TAG_HEADER = re.compile(r"^(?:tags?|topik|kata kunci)\s*:?$", re.IGNORECASE)
TAG_WORDS = 4


def _tag(text: str) -> bool:
    """A tag on its own line: a few words, no sentence's mark."""
    return 0 < len(text.split()) <= TAG_WORDS and not text.endswith((".", ",", ":", '"', "”"))


STORY_LINE_CHARS = 150  # a line this long is prose


def photo_headline(text: str, story_begun: bool = True) -> bool:
    """'FOTO: Warga Sukamaju Panen Raya di Musim Kemarau': a gallery's headline, its label
    in capitals before a headline of words in title case; 'Foto: ANTARA/Budi' and 'Foto: Warga
    antre beras' are a credit and a caption. 'VIDEO: ...' above the story is a video's headline
    (in the story, another story's video)."""
    label = "FOTO:" if text.startswith("FOTO:") else "VIDEO:" if text.startswith("VIDEO:") else ""
    if not label or (label == "VIDEO:" and story_begun):
        return False
    words = text[len(label) :].split()
    return (
        len(words) >= PHOTO_HEADLINE_WORDS
        and "/" not in text
        and sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) * 2 > len(words)
    )


PHOTO_HEADLINE_WORDS = 4


def _headline_like(text: str) -> bool:
    """Another article's headline in a related list: short, no closing punctuation, no quote."""
    words = text.split()
    return (
        2 <= len(words) <= 25
        and not text.endswith((".", "”", '"', ":", ","))
        and not text.startswith(("“", '"'))
    )


def strip_closing_initials(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """Reporter initials at the end of the text: '(TKB)' becomes boilerplate, the sentence stays."""
    if not body:
        return body, []
    last = body[-1]
    alone = re.fullmatch(r"\(\s*[^()]{1,32}\s*\)\.?|\*{3}", last.text)
    if alone and not DATE_IN_BRACKETS.fullmatch(last.text.strip("(). ")):
        return body[:-1], [last]
    match = CLOSING_INITIALS.search(last.text)
    if match and _looks_like_initials(match.group(1), last.text[: match.start()]):
        kept = Line(last.number, last.text[: match.start()].rstrip())
        return body[:-1] + [kept], [Line(last.number, match.group(0).strip())]
    return body, []


DATE_IN_BRACKETS = re.compile(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?")


def _looks_like_initials(token: str, before: str) -> bool:
    """'(tend)' or '(Mak Itam)' after a finished sentence, not '(ASN)' inside one, and never a
    date ('pada Selasa (9/3/2021).' closes a sentence with its bracket)."""
    if DATE_IN_BRACKETS.fullmatch(token):
        return False
    if before.rstrip().endswith((".", "!", "?", "”", '"')):
        return True
    return bool(re.search(r"[a-z/*]", token)) and len(token.split()) <= 3


def closing_initials(removed: tuple[Line, ...]) -> str | None:
    """The reporter initials among removed lines, without their parentheses."""
    for line in reversed(removed):
        match = re.fullmatch(r"\(\s*([^()]{1,32}?)\s*\)\.?", line.text)
        if match:
            return match.group(1)
    return None
