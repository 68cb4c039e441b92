"""Hostile article text and front matter never run in the reader's browser.

Articles are written by others: their text, titles, names, quotes and front matter may carry
<script>, event handlers, javascript: links, '</title>' or '-->'. The built pages must show them
as text (autoescaped) or drop them (nh3 after Markdown), and no page may run inline script."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import build

TXT = """Sumbar
Bupati Tegaskan </title><script>alert('t1')</script> Netralitas --> <!-- ASN
Kabaminang.com – Solok, Rabu, 06 November 2024 — Pjs. Bupati Solok, Dr. Akbar Ali <script>alert('b1')</script>, menyampaikan arahan <img src=x onerror=alert('b2')> serta <a href="javascript:alert('b3')">klik</a> kepada ASN.
“Kepada ASN, jangan mau terpengaruh <script>alert('q1')</script> --> <svg onload=alert('q2')> selama Pilkada ini,” ujar Akbar Ali.
Paragraf lain menyebut javascript:alert('b4') dan </textarea></pre></title></script> --> selesai.
"""

TXT_SIDE = """title: "Judul samping </title><script>alert('s1')</script> -->"
author: "\\" onload=\\"alert('s2')"
officials:
  - name: "Budi <script>alert('s3')</script> Santoso"
    role: "Bupati <b onmouseover=alert('s4')>Solok</b>"
"""

MD = """---
title: "Judul <script>alert('m1')</script> </title> --> <!--"
date: 2024-11-07
outlet: "Media <img src=x onerror=alert('m2')>"
dateline: "<svg/onload=alert('m3')>"
regions: [Kabupaten Solok]
---
Kabaminang.com – Solok, Kamis (07/11/2024) - Isi berita dengan [tautan](javascript:alert('m4')) dan <img src=x onerror="alert('m5')">.

<script>alert('m6')</script>

<iframe src="javascript:alert('m7')"></iframe> <a href="javascript:alert('m8')" onclick="alert('m9')">klik</a> <div style="background:url(javascript:alert('m10'))">x</div>

<!-- komentar --> --> <form action="javascript:alert('m11')"><button formaction="javascript:alert('m12')">x</button></form>

[relatif](../../index.html) [data](data:text/html,<script>alert('m13')</script>) <object data="javascript:alert('m14')"></object>

# Judul di badan <script>alert('m15')</script>
"""

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href"}


class Audit(HTMLParser):
    """Everything in a page that could run: scripts, handlers, dangerous URLs, embedding tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts, self.findings, self._script = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name.startswith("on"):
                self.findings.append(f"<{tag} {name}=...>")
            if (
                name in URL_ATTRIBUTES
                and value
                and re.match(r"\s*(javascript|data|vbscript):", value, re.I)
            ):
                self.findings.append(f"<{tag} {name}={value!r}>")
            if name == "style":
                self.findings.append(f"<{tag} style=...>")
        embedding = (
            tag in ("iframe", "object", "embed", "img", "base", "form", "button")
            and attrs.get("role") != "search"
        )
        if embedding and not (tag == "button" and attrs.get("type") == "submit"):
            self.findings.append(f"<{tag}>")
        if (
            tag == "svg" and attrs.get("role") != "img" and attrs.get("aria-hidden") != "true"
        ):  # the site's own charts
            self.findings.append("<svg>")
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            self.findings.append("<meta refresh>")
        if tag == "script":
            self._script = [attrs, ""]

    def handle_endtag(self, tag):
        if tag == "script" and self._script:
            self.scripts.append(tuple(self._script))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    articles = root / "articles"
    articles.mkdir()
    (articles / "001_hostile.txt").write_text(TXT, "utf-8")
    (articles / "001_hostile.yaml").write_text(TXT_SIDE, "utf-8")
    (articles / "002_hostile.md").write_text(MD, "utf-8")
    (articles / "003_plain.txt").write_text(
        TXT.replace("Bupati Tegaskan", "Wabup Tegaskan"), "utf-8"
    )
    out = root / "site"
    result = build(articles, out, "--base-url", "https://example.org/arsip")
    assert result.returncode == 0, result.stderr
    return out


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_page_carries_runnable_markup(hostile_site):
    pages = html_pages(hostile_site)
    assert len(pages) > 20
    for page in pages:
        audit = Audit()
        audit.feed(page.read_text("utf-8"))
        rel = page.relative_to(hostile_site).as_posix()
        assert audit.findings == [], f"{rel}: {audit.findings}"
        for attrs, body in audit.scripts:
            if attrs.get("type") == "application/ld+json":
                assert "<" not in body and "-->" not in body, rel
                json.loads(body)
            else:  # the one script the site has: the search page's own file, no inline code
                assert attrs.get("src", "").endswith("static/search.js") and not body.strip(), (
                    f"{rel}: {attrs}"
                )
        raw_title = re.search(r"<title>(.*?)</title>", page.read_text("utf-8"), re.S).group(1)
        assert "<" not in raw_title and ">" not in raw_title, rel


def test_hostile_text_is_shown_as_text(hostile_site):
    pages = [
        p
        for p in html_pages(hostile_site)
        if "/artikel/" in p.as_posix() and "/en/" not in p.as_posix()
    ]
    texts = "\n".join(p.read_text("utf-8") for p in pages)
    bodies = "\n".join(re.findall(r'<div class="body"[^>]*>(.*?)\n  </div>', texts, re.S))
    assert bodies
    assert (
        "&lt;script&gt;alert(&#39;t1&#39;)&lt;/script&gt;" in texts
        or "&lt;script&gt;alert(&#39;s1&#39;)" in texts
    )
    assert "&lt;script&gt;alert(&#39;q1&#39;)&lt;/script&gt;" in texts
    for marker in ("m4", "m6", "m7", "m8", "m9", "m11", "m13", "m14"):  # dropped by the sanitizer
        assert f"alert('{marker}')" not in bodies and f"alert(&#39;{marker}&#39;)" not in bodies


def test_every_page_opens_without_running_injected_code(watched_page, hostile_site):
    page = watched_page
    for path in html_pages(hostile_site):
        if path.name == "404.html":
            continue  # built with a base URL, it loads its stylesheet from the host's path (test_not_found.py)
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
    page.goto((hostile_site / "cari/index.html").as_uri() + "?q=alert")
    page.wait_for_function("() => document.querySelectorAll('#hasil li').length > 0")
    assert page.problems == []


def test_served_search_results_run_nothing(watched_page, hostile_site, static_host):
    """Pagefind's excerpts of hostile text are drawn as text with <mark>, over http."""
    root = static_host(hostile_site)
    page = watched_page
    page.goto(root + "cari/index.html?q=script")
    page.wait_for_function("() => document.querySelectorAll('#hasil li').length > 0")
    assert page.locator("#hasil script, #hasil img, #hasil svg, #hasil [onerror]").count() == 0
    assert page.problems == []
