"""Words a text writes between an office and its holder ('Menteri Keuangan saat itu, Budi'):
the holder still follows them."""

from __future__ import annotations

import re

# When the office was held, between it and its holder: the holder of that time
WHEN_HELD = re.compile(
    r"\)?\s*,?\s+(?:(?:saat|ketika|kala|waktu|pada\s+saat)\s+itu|saat\s+ini|(?:periode|tahun)\s+\d{4}(?:\s*[-–]\s*\d{4})?)"
    r"\s*,\s*"
    # 'Menteri X yang saat itu menjabat, Budi', 'Kapolres X yang baru, AKBP Budi'
    r"|\)?\s+yang\s+(?:(?:(?:saat|ketika|kala|waktu)\s+itu\s+|kini\s+|masih\s+)?menjabat|baru|lama)"
    r"\s*,\s*"
    # 'Bupati X periode 2021-2025 Budi', 'Presiden terpilih Budi': no comma before the name
    r"|\s+(?:(?:periode|masa\s+jabatan)\s+\d{4}\s*[-–]\s*\d{4}|terpilih)\s+(?=[A-Z])"
)


# What the holder is known as, in lower case between the office and the name
KNOWN_AS = re.compile(
    r"\)?\s+yang\s+(?:juga\s+)?(?:dikenal|disebut|dijuluki)\s+(?:sebagai\s+)?(?:[a-z]+\s+){0,3}[a-z]+\s*,\s*"
)


# Where the office sits, between it and its holder ('Kepala Dewan X di Gedung Putih, Budi')
COMPANY_WORDS = frozenset({"bank", "pt", "cv", "perseroan", "tbk", "group", "grup"})  # not there
AT_PLACE = re.compile(r"\)?\s+di\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*\s*,\s*")


# An aside between dashes ('Wakil Ketua Komisi II –komisi urusan pemerintahan– Budi'): a
# clause about the office, opening in lower case or with the office's body, before its holder
DASH_ASIDE = re.compile(r"\s*[–—-]\s*[A-Za-z][^–—\-\n.]{5,100}?\s*[–—-]\s+(?=[A-Z])")


# The seat's electoral district or faction ('Anggota DPRD X dari daerah pemilihan Y, Budi',
# '... dari Fraksi Partai Z, Budi'): the member still follows
SEAT_FROM = re.compile(
    r"\)?\s+(?:dari|asal)\s+(?:daerah\s+pemilihan|dapil|fraksi|partai)\b[^,.;()“”\"]{1,60},\s*"
)


# The duty the office carries, between it and its holder ('Sekretaris Daerah X selaku Ketua
# TAPD, Budi'): the holder is named for the office written first
IN_CHARGE_AS = re.compile(  # 'selaku Ketua TAPD,', 'selaku juru bicara Panitia Khusus (Pansus),'
    r"\s+selaku\s+(?:[\w(][\w.()/-]*\s+){0,7}[\w(][\w.()/-]*\s*,\s*"
)


# A clause about the holder between the office and the name ('Mantan Ketua X yang kini mengajar
# di sebuah kampus di Palembang, Dr. Budi', 'camat yang ikut diperiksa, Budi'): lower-case words
# and places after 'di', 'ke', 'dari'; a clause that brings in someone else ('didampingi',
# 'bersama', 'dan') is no such clause
HOLDER_CLAUSE = re.compile(
    r"\s+yang(?:\s+(?:di|ke|dari)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?|\s+[a-z][\w\-]*){1,12}?\s*,\s*(?=[A-Z])"
)
OTHERS_IN_CLAUSE = re.compile(r"\b(?:didampingi|mendampingi|bersama|dan|serta|oleh|menggantikan)\b")


def _holder_clause(text: str, end: int) -> re.Match | None:
    clause = HOLDER_CLAUSE.match(text, end)
    return None if clause is None or OTHERS_IN_CLAUSE.search(clause.group()) else clause


# The office pointed back to before its holder ('Kepala Biro Humas BKN tersebut, Budi'), or
# another of its holders ('Anggota Pansus lainnya, Budi')
POINTED = re.compile(r"\)?\s+(?:tersebut|lainnya)\s*,\s*(?=[A-Z])")


def _held_by_written(text: str) -> bool:
    return "dijabat" in text or "ditempati" in text or "diisi" in text  # HELD_BY's verbs


HELD_BY = re.compile(  # 'Menteri Agama yang saat itu dijabat Budi', 'Dirut PT X masih dijabat Budi'
    r"\)?\s*,?\s+(?:yang\s+)?(?:(?:saat|ketika|kala|waktu)\s+itu\s+|kini\s+|masih\s+|sebelumnya\s+)?"
    r"(?:dijabat|ditempati|diisi)(?:\s+oleh)?\s+"
)


def words_before_holder(text: str, end: int) -> re.Match | None:
    """The words at `end` (right after an office) that stand between it and its holder:
    'Menteri Keuangan saat itu, Budi', 'Bupati X periode 1958-1960, Budi', 'Direktur Utama Bank
    X tahun 2019, Budi' (the holder of that time), 'mantan pejabat MA yang dikenal sebagai
    makelar perkara, Budi' (what the holder is known as), 'Kepala Dewan X di Gedung Putih, Budi'
    (where the office sits), 'Menteri Agama yang saat itu dijabat Budi'."""
    return (
        WHEN_HELD.match(text, end)
        or KNOWN_AS.match(text, end)
        or AT_PLACE.match(text, end)
        or (SEAT_FROM.match(text, end) if " dari " in text or " asal " in text else None)
        or (IN_CHARGE_AS.match(text, end) if " selaku " in text else None)
        or (_holder_clause(text, end) if " yang " in text else None)
        or (POINTED.match(text, end) if " tersebut" in text or " lainnya" in text else None)
        or (HELD_BY.match(text, end) if _held_by_written(text) else None)
        or (DASH_ASIDE.match(text, end) if "–" in text or "—" in text else None)
    )
