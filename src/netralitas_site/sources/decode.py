"""Bytes to text as a reader means it: UTF-8, UTF-16 and Windows-1252 told apart (line by line
when they are mixed), mojibake repaired, control characters removed; with notes on what was done."""

from __future__ import annotations

import bisect
import re

BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x7fELF",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\xd0\xcf\x11\xe0",
    b"SQLite format 3",
    b"OggS",
    b"ID3",
    b"RIFF",
    b"\x00\x00\x01\x00",
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0/C1 controls but tab and newline


def decode_bytes(raw: bytes) -> tuple[str | None, str | None]:
    """Text from bytes, and a note when it was not plain UTF-8; None when it is not text.

    UTF-8 with or without BOM; UTF-16 and UTF-32 with a BOM, UTF-16 without one (told by the zero
    bytes of its ASCII characters). A file that is not UTF-8 as a whole is read line by line:
    UTF-8 where a line is, Windows-1252 where it is not (text pasted from several pages mixes
    them). UTF-8 that was once read as Windows-1252 ('â€œ' for '“') is repaired where that is
    unambiguous. NUL bytes of an 8-bit file are dropped."""
    text, notes, _ = decode_with_notes(raw)
    return text, "; ".join(note for _, note in notes) or None


def decode_with_notes(raw: bytes) -> tuple[str | None, list[tuple[int | None, str]], int]:
    """(text, [(line, note)], NUL bytes dropped)."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return raw.decode("utf-32", errors="replace"), [], 0
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), [], 0
    if raw.startswith(BINARY_MAGIC):
        return None, [], 0
    sample = raw[:4096]
    nuls = sample.count(b"\x00")
    if sample and nuls > len(sample) // 10:
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            return None, [], 0
        text = raw[: len(raw) - len(raw) % 2].decode(utf16, errors="replace")
        return text, [(None, f"read as {utf16.upper()} (no byte order mark)")], 0
    nuls = raw.count(b"\x00")
    raw = raw.replace(b"\x00", b"")
    notes: list[tuple[int | None, str]] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, legacy = decode_lines(raw)
        if _looks_binary(text):
            return None, [], 0
        wording = "lines {} are" if len(legacy) > 1 else "line {} is"
        notes.append(
            (
                legacy[0],
                wording.format(compact_numbers(legacy)) + " not valid UTF-8; read as Windows-1252",
            )
        )
    text, repaired = repair_mojibake(text)
    if repaired:
        count, lines, example = repaired
        notes.append(
            (
                lines[0],
                f"{count} sequence(s) of UTF-8 once read as Windows-1252 repaired ('{example[0]}' -> "
                f"'{example[1]}') on line{'s' * (len(lines) > 1)} {compact_numbers(lines)}",
            )
        )
    return text, notes, nuls


# Windows-1252 as browsers read it: its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
# taken as the Latin-1 code points, so no byte is lost or turned into '\ufffd'.
CP1252 = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0x100)}
CP1252_TABLE = str.maketrans({chr(b): c for b, c in CP1252.items() if c != chr(b)})
LINE_BREAK = re.compile(rb"(\r\n|\r|\n)")


def decode_lines(raw: bytes) -> tuple[str, list[int]]:
    """Bytes decoded line by line: UTF-8 where a line is valid UTF-8, Windows-1252 where it is
    not; (text, numbers of the lines read as Windows-1252). Lines are numbered as the text's."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    parts = LINE_BREAK.split(raw)
    out, legacy = [], []
    for index in range(0, len(parts), 2):
        line = parts[index]
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("latin-1").translate(CP1252_TABLE))
            legacy.append(index // 2 + 1)
        if index + 1 < len(parts):
            out.append(parts[index + 1].decode("ascii"))
    return "".join(out), legacy


# UTF-8 once read as Windows-1252: the two or three Windows-1252 characters of one UTF-8 letter or
# punctuation mark. Only sequences whose repair is a Latin letter, a Latin-1 sign or typographic
# punctuation are repaired: Indonesian text never writes 'Ã' or 'â' before Windows-1252 punctuation.
_TAIL = "".join(CP1252[b] for b in range(0x80, 0xC0))
MOJIBAKE = re.compile(
    "[\u00c2-\u00c5]["
    + re.escape(_TAIL)
    + "]|\u00e2["
    + re.escape("".join(CP1252[b] for b in range(0x80, 0x85)))
    + "]["
    + re.escape(_TAIL)
    + "]"
)
_BYTE_OF = {c: b for b, c in CP1252.items()}


def _repaired(sequence: str) -> str | None:
    try:
        char = bytes(_BYTE_OF[c] for c in sequence).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    point = ord(char)
    return (
        char
        if 0xA0 <= point <= 0x17F
        or 0x2010 <= point <= 0x2027
        or 0x2030 <= point <= 0x203A
        or char in "€™"
        else None
    )


def repair_mojibake(text: str) -> tuple[str, tuple[int, list[int], tuple[str, str]] | None]:
    """`text` with 'â€œ' made '“' again (and the like); (text, (count, line numbers, an example))."""
    if (
        "\u00c2" not in text
        and "\u00c3" not in text
        and "\u00c4" not in text
        and "\u00c5" not in text
        and "\u00e2" not in text
    ):
        return text, None
    found: list[tuple[int, str, str]] = []

    def fix(match: re.Match) -> str:
        char = _repaired(match.group())
        if char is None:
            return match.group()
        found.append((match.start(), match.group(), char))
        return char

    repaired = MOJIBAKE.sub(fix, text)
    if not found:
        return text, None
    starts = [0] + [m.end() for m in TEXT_LINE_BREAK.finditer(text)]
    lines = sorted({bisect.bisect_right(starts, start) for start, _, _ in found})
    return repaired, (len(found), lines, found[0][1:])


TEXT_LINE_BREAK = re.compile("\r\n|\r|\n")


def compact_numbers(numbers: list[int]) -> str:
    """'3-5, 9, 12' for [3, 4, 5, 9, 12]."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def _utf16_without_bom(sample: bytes) -> str | None:
    half = len(sample) // 2 or 1
    even = sample[0::2].count(b"\x00")
    odd = sample[1::2].count(b"\x00")
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    odd = len(CONTROL.findall(sample)) + sample.count("\ufffd")
    return odd > max(8, len(sample) // 20)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_controls(text: str) -> tuple[str, int, int | None]:
    """Remove control characters (NUL, escape codes...) that no article means and XML forbids;
    (text, how many, line of the first)."""
    first = CONTROL.search(text)
    if first is None:
        return text, 0, None
    line = text.count("\n", 0, first.start()) + 1
    cleaned, count = CONTROL.subn("", text)
    return cleaned, count, line
