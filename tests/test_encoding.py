"""Mixed encodings: a file pasted together from several pages (some lines UTF-8, some Windows-1252)
is read line by line, and UTF-8 once read as Windows-1252 ('â€œ') is repaired, each with one warning."""

import json
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from netralitas_site.problems import Report
from netralitas_site.sources.decode import (
    CP1252_TABLE,
    compact_numbers,
    decode_bytes,
    decode_lines,
)
from netralitas_site.sources.read import read_source

UTF8 = "“ASN harus netral,” ujar Bupati – kata Café."
CP1252 = "“Kami siap mengawasi,” kata Ketua Bawaslu — Rp 5 juta, 20° …"


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 the way browsers read it (0x9D of '”' kept as U+009D)."""
    return text.encode("utf-8").decode("latin-1").translate(CP1252_TABLE)


def printed(problems) -> list[str]:
    report = Report()
    report.extend(problems)
    return report.lines(max_per_code=100)


def test_each_line_is_read_in_its_own_encoding_with_one_warning(tmp_path):
    raw = (
        b"\n".join(
            [
                "Judul Berita Campuran".encode("ascii"),  # 1
                b"",
                UTF8.encode("utf-8"),  # 3
                CP1252.encode("cp1252"),  # 4
                CP1252.encode("cp1252"),  # 5
                UTF8.encode("utf-8"),  # 6
                CP1252.encode("cp1252"),  # 7
            ]
        )
        + b"\n"
    )
    (tmp_path / "campur.txt").write_bytes(raw)
    source, problems = read_source(tmp_path / "campur.txt", "campur.txt")
    assert (
        source.text
        == "\n".join(["Judul Berita Campuran", "", UTF8, CP1252, CP1252, UTF8, CP1252]) + "\n"
    )
    assert printed(problems) == [
        "campur.txt:4: warning: lines 4-5, 7 are not valid UTF-8; read as Windows-1252"
    ]


def test_the_five_bytes_windows_1252_leaves_undefined_are_not_lost(tmp_path):
    text, legacy = decode_lines(b"caf\xe9 \x81\x8d\x8f\x90\x9d \x93ok\x94")
    assert text == "café \x81\x8d\x8f\x90\x9d “ok”" and legacy == [1]
    assert "\ufffd" not in text


def test_windows_line_endings_keep_line_numbers():
    text, legacy = decode_lines(b"satu\r\ndua\r\n\x93tiga\x94\rempat \xe2\x80\x93\n")
    assert text == "satu\r\ndua\r\n“tiga”\rempat –\n" and legacy == [3]


def test_mojibake_in_a_utf8_file_is_repaired_with_a_warning(tmp_path):
    broken = mojibake("“ASN harus netral,” ujar Bupati – Café.")
    assert broken.startswith("â€œ")
    (tmp_path / "rusak.txt").write_text(f"Judul\n\nBaris benar: “kutipan”.\n\n{broken}\n", "utf-8")
    source, problems = read_source(tmp_path / "rusak.txt", "rusak.txt")
    assert (
        source.text
        == "Judul\n\nBaris benar: “kutipan”.\n\n“ASN harus netral,” ujar Bupati – Café.\n"
    )
    assert printed(problems) == [
        "rusak.txt:5: warning: 4 sequence(s) of UTF-8 once read as Windows-1252 repaired ('â€œ' -> '“') on line 5"
    ]


def test_only_unambiguous_mojibake_is_repaired():
    # 'â€' without its third character, and 'Ã' before a plain space: not the sure sign of a
    # UTF-8 character read as Windows-1252, left as written (and no warning)
    for text in ("Ini â€ terpotong", "Kata Ã lalu spasi", "é“” berurutan", "Â, dan â€x"):
        assert decode_bytes(text.encode("utf-8")) == (text, None)


def test_utf16_and_plain_utf8_are_not_touched():
    assert decode_bytes("“Netral” – Café".encode("utf-16")) == ("“Netral” – Café", None)
    assert decode_bytes("“Netral” – Café".encode()) == ("“Netral” – Café", None)


def test_a_side_file_in_windows_1252_is_read_with_a_warning(tmp_path):
    (tmp_path / "berita.txt").write_text(
        "Judul\n\nKabaminang.com – Solok, Rabu, 06 November 2024 – Isi berita.\n", "utf-8"
    )
    (tmp_path / "berita.yaml").write_bytes("author: Imel\ntitle: “Judul” Café\n".encode("cp1252"))
    source, problems = read_source(tmp_path / "berita.txt", "berita.txt")
    assert source.fields["title"].value == "“Judul” Café"
    assert printed(problems) == [
        "berita.yaml:2: warning: line 2 is not valid UTF-8; read as Windows-1252"
    ]


def test_compact_line_numbers():
    assert compact_numbers([9, 3, 4, 5, 12, 13]) == "3-5, 9, 12-13"
    assert compact_numbers([7]) == "7"


def test_the_build_publishes_a_mixed_file_without_mojibake(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    head = (
        "Bupati Ingatkan ASN Jaga Netralitas\n\nKabaminang.com – Solok, Rabu, 06 November 2024 – Bupati Solok, "
        "Hendra Wijaya, membuka rapat netralitas ASN.\n\n"
    )
    (articles / "campur.txt").write_bytes(
        head.encode("utf-8")
        + "“Kami akan menindak tegas,” kata Hendra Wijaya.\n".encode("cp1252")
        + mojibake("Ia menyebut “netral” sebagai kunci.\n").encode("utf-8")
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "netralitas_site",
            "build",
            "--articles",
            "articles",
            "--out",
            "site",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "articles/campur.txt:5: warning: line 5 is not valid UTF-8; read as Windows-1252"
        in result.stderr.splitlines()
    )
    assert (
        "articles/campur.txt:6: warning: 2 sequence(s) of UTF-8 once read as Windows-1252 repaired ('â€œ' -> '“') on line 6"
        in result.stderr.splitlines()
    )
    page = (tmp_path / "site/artikel/campur/index.html").read_text("utf-8")
    assert "â€" not in page and "\ufffd" not in page
    assert "sebagai kunci" in page and "menindak tegas" in page
    record = json.loads((tmp_path / "site/data/articles.json").read_text("utf-8"))["articles"][0]
    assert [q["speaker"] for q in record["quotes"]] == ["hendra-wijaya"]


# --- property: any mix of UTF-8 and Windows-1252 lines reads back as written -------------------

CP1252_CHARS = "".join(
    sorted(
        {bytes([b]).decode("cp1252", errors="ignore") for b in range(0x20, 0x100)} - {"", "\x7f"}
    )
)
# The repair of 'â€œ' changes text only where 'Â', 'Ã', 'Ä', 'Å' or 'â' precede Windows-1252 punctuation,
# which no Indonesian text writes; the whole reader is checked on text without those five letters,
# the line decoder alone on every character.
INTENDED_CHARS = "".join(c for c in CP1252_CHARS if c not in "ÂÃÄÅâ")


def mixed_lines(chars: str):
    line = st.text(alphabet=chars, max_size=40)
    return st.lists(st.tuples(line, st.booleans()), min_size=1, max_size=12)


def encoded(lines) -> bytes:
    """Each line in UTF-8, or in Windows-1252 when asked for and that is not valid UTF-8 (the
    only lines the rule can tell apart: Windows-1252 that happens to be valid UTF-8 is UTF-8)."""
    out = []
    for text, legacy in lines:
        data = text.encode("cp1252") if legacy else text.encode("utf-8")
        if legacy:
            try:
                data.decode("utf-8")
                data = text.encode("utf-8")
            except UnicodeDecodeError:
                pass
        out.append(data)
    return b"\n".join(out)


@settings(derandomize=True, max_examples=400, deadline=None)
@given(mixed_lines(CP1252_CHARS))
def test_any_mix_of_lines_decodes_to_the_intended_text(lines):
    text, legacy = decode_lines(encoded(lines))
    assert text == "\n".join(t for t, _ in lines)
    assert all(
        not line[1] or number in legacy or line[0].isascii() or _is_utf8(line[0].encode("cp1252"))
        for number, line in enumerate(lines, 1)
    )


@settings(derandomize=True, max_examples=400, deadline=None)
@given(mixed_lines(INTENDED_CHARS))
def test_the_reader_round_trips_mixed_files(lines):
    text, note = decode_bytes(encoded(lines))
    assert text == "\n".join(t for t, _ in lines)
    assert note is None or "read as Windows-1252" in note


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
