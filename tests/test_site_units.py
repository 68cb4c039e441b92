"""The site's building blocks on their own: links, name linking, sanitizing, charts, JSON-LD,
Pagefind canonicalisation and the English catalog."""

import json
import posixpath
import re
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from netralitas_site.body import NameLinker, sanitize_markdown
from netralitas_site.i18n import catalog_path, missing_translations, template_messages
from netralitas_site.site.charts import HEIGHT, LEFT, TOP, WIDTH, weekly_chart
from netralitas_site.site.pagefind_bundle import canonical, read, write
from netralitas_site.site.render import json_ld
from netralitas_site.urls import localized, relative_url, unlocalized

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

segment = st.sampled_from(
    ["a", "b", "en", "artikel", "x-1", "2024"]
)  # folders; a file is never also a folder
site_path = st.lists(segment, min_size=0, max_size=4).map(
    lambda parts: "/".join(parts + ["index.html"])
)


@given(site_path, site_path)
def test_relative_url_agrees_with_posixpath(target, page):
    """The fast prefix arithmetic gives what posixpath.relpath gives, for any two site paths."""
    expected = posixpath.relpath(target, posixpath.dirname(page) or ".")
    assert relative_url(target, page) == expected
    assert relative_url(target + "#x", page) == expected + "#x"


def test_localized_paths_mirror_the_tree():
    assert localized("pejabat/a/index.html", "id") == "pejabat/a/index.html"
    assert localized("pejabat/a/index.html", "en") == "en/pejabat/a/index.html"
    assert unlocalized("en/pejabat/a/index.html") == ("en", "pejabat/a/index.html")
    assert relative_url("en/pejabat/a/index.html", "en/artikel/b/index.html") == relative_url(
        "pejabat/a/index.html", "artikel/b/index.html"
    )


def test_names_are_linked_longest_first_and_only_as_whole_words():
    linker = NameLinker({"Akbar Ali": "a.html", "Akbar": "a.html", "Ali": "b.html"})
    html = linker.link("Dr. Akbar Ali bertemu Akbar, Alimin & Ali <b>")
    assert html == (
        'Dr. <a class="person" href="a.html">Akbar Ali</a> bertemu <a class="person" href="a.html">Akbar</a>, '
        'Alimin &amp; <a class="person" href="b.html">Ali</a> &lt;b&gt;'
    )


def test_names_in_markdown_are_linked_outside_links_and_code_only():
    linker = NameLinker({"Edisar": "e.html"})
    html = linker.link_html(
        '<p>Edisar &amp; <a href="https://x.id/">Edisar</a> <code>Edisar</code></p>'
    )
    assert (
        html
        == '<p><a class="person" href="e.html">Edisar</a> &amp; <a href="https://x.id/">Edisar</a> <code>Edisar</code></p>'
    )


def test_markdown_is_sanitized_after_rendering():
    html = sanitize_markdown(
        "# Judul\n\n[a](javascript:alert(1)) [b](https://example.org/) [c](../x.html) <img src=x onerror=alert(2)>\n\n"
        "<script>alert(3)</script><iframe src=x></iframe><p onclick=alert(4) style='x'>p</p><!-- c -->"
    )
    assert "<h2>Judul</h2>" in html and "<h1" not in html
    assert 'href="https://example.org/"' in html and 'rel="noopener noreferrer nofollow"' in html
    for bad in (
        "javascript:",
        "<img",
        "onerror",
        "<script",
        "alert(3)",
        "<iframe",
        "onclick",
        "style=",
        "<!--",
        "../x.html",
    ):
        assert bad not in html, bad


def test_json_ld_cannot_close_its_script_element():
    text = str(
        json_ld({"headline": "</script><script>alert(1)</script> <!-- & -->", "x": "\u2028"})
    )
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["headline"] == "</script><script>alert(1)</script> <!-- & -->"


def test_weekly_chart_geometry():
    counts = Counter({date(2024, 9, 30): 2, date(2024, 11, 4): 1, date(2024, 11, 11): 4})
    chart = weekly_chart(counts)
    assert (
        chart.weeks == 7
        and chart.total == 7
        and chart.top == 4
        and chart.busiest.week == date(2024, 11, 11)
    )
    for bar in chart.bars:
        assert (
            bar.x >= LEFT
            and bar.x + bar.width <= WIDTH
            and bar.y >= TOP
            and bar.y + bar.height <= HEIGHT
        )
    tallest = max(chart.bars, key=lambda b: b.height)
    assert tallest.count == 4 and tallest.y == TOP
    assert weekly_chart(Counter()) is None


def test_pagefind_filters_are_sorted_and_renamed_by_content():
    meta = [
        "1.5.2",
        [["id_p1", 10]],
        [["a", "z", "id_i1"]],
        [["tahun", "id_f1"], ["media", "id_f2"]],
        [],
        ["title"],
    ]
    files = {
        "pagefind-entry.json": b'{"version":"1.5.2","languages":{"id":{"hash":"id_m1","wasm":"id","page_count":1}}}',
        "pagefind.id_m1.pf_meta": write(meta),
        "filter/id_f1.pf_filter": write(["tahun", [["2024", [0]], ["2020", [1]]]]),
        "filter/id_f2.pf_filter": write(["media", [["b", [1]], ["a", [0]]]]),
    }
    shuffled = dict(files)
    shuffled["pagefind.id_m1.pf_meta"] = write(meta[:3] + [list(reversed(meta[3]))] + meta[4:])
    shuffled["filter/id_f1.pf_filter"] = write(["tahun", [["2020", [1]], ["2024", [0]]]])
    one, two = canonical(files), canonical(shuffled)
    assert one == two
    entry = json.loads(one["pagefind-entry.json"])
    new_meta = read(one[f"pagefind.{entry['languages']['id']['hash']}.pf_meta"])
    assert [name for name, _ in new_meta[3]] == ["media", "tahun"]
    media = read(one[f"filter/{dict(new_meta[3])['media']}.pf_filter"])
    assert media == ["media", [["a", [0]], ["b", [1]]]]


def test_every_template_string_has_an_english_translation():
    assert missing_translations(TEMPLATES, "en") == []


def test_translations_keep_their_placeholders():
    from babel.messages.pofile import read_po

    with catalog_path("en").open("rb") as handle:
        catalog = read_po(handle, locale="en")
    for message in catalog:
        if message.id and message.string:
            assert sorted(re.findall(r"%\(\w+\)s", message.id)) == sorted(
                re.findall(r"%\(\w+\)s", message.string)
            ), message.id
    assert len(template_messages(TEMPLATES)) > 100


def test_a_cache_of_compiled_templates_that_cannot_be_written_never_fails_a_build(tmp_path):
    """Jinja's own cache raises when its folder is gone or not writable; ours compiles again."""
    from conftest import REPO
    from netralitas_site.site.render import make_environment

    folder = tmp_path / "compiled" / "id"
    env = make_environment(REPO / "templates", "id", folder)
    assert folder.is_dir()
    shutil.rmtree(tmp_path / "compiled")
    assert env.get_template("home.html") is not None
    (tmp_path / "compiled").write_text("not a folder", "utf-8")
    env = make_environment(REPO / "templates", "en", tmp_path / "compiled" / "en")
    assert env.bytecode_cache is None and env.get_template("home.html") is not None
