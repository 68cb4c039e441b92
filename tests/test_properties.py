"""Property tests on the loader with hostile input (derandomized, so CI sees the same cases)."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from netralitas_site.extract.article import extract_article
from netralitas_site.sources.read import read_source

NEWSY = st.lists(
    st.sampled_from(
        [
            "Kabaminang.com – Solok, ",
            "SOLOK, binews.id - ",
            "Pjs. Bupati Solok, Dr. Drs. Akbar Ali, AP, M. Si, ",
            "Rabu, 06 November 2024",
            "Kamis (22/10)",
            "(31/2/2024)",
            "“",
            "”",
            ",” ujar ",
            "Baca juga : ",
            "Read More:\n",
            "- 1 ",
            "(TKB)",
            "\n",
            "\n\n",
            " ",
            "Kabupaten ",
            "Kota ",
            "Camat ",
            "Sekda ",
            "H. ",
            "SH, MH",
            "---\n",
            ": ",
            "\u200b",
            "\u00a0",
            "\r\n",
            "\x00",
            "é",
            "ASN",
            "(",
            ")",
            "–",
            "-",
            ".",
            ",",
        ]
    ),
    max_size=60,
).map("".join)


def load(tmp_path, data: bytes, lexicon):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    source, problems = read_source(path, "a.txt")
    if source is None:
        assert problems
        return None
    article, more = extract_article(source, lexicon)
    return article


@settings(
    derandomize=True, max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_record_or_a_problem(tmp_path, lexicon, data):
    load(tmp_path, data, lexicon)


@settings(
    derandomize=True, max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(NEWSY)
@example("---\n---\n")  # an empty front matter: its two lines are metadata, not lost text
def test_news_like_fragments_never_crash_and_lose_no_line(tmp_path, lexicon, text):
    article = load(tmp_path, text.encode("utf-8"), lexicon)
    if article is None:
        return
    from netralitas_site.extract.text import split_lines
    from netralitas_site.sources.decode import decode_bytes, normalise_newlines

    original = {
        line.number
        for line in split_lines(normalise_newlines(decode_bytes(text.encode("utf-8"))[0]))
    }
    kept = {line.number for line in article.body} | {line.number for line in article.boilerplate}
    source, _ = read_source(tmp_path / "a.txt", "a.txt")
    front_matter = set(range(1, source.body_start_line))  # '---' lines and the fields between them
    lost = original - kept - front_matter
    assert len(lost) <= (0 if article.title_derived else 1), (
        "only the headline line leaves body and boilerplate"
    )
    for official in article.officials:
        assert official.name.strip() and official.key
