"""Search, two ways: Pagefind when the site is served, and a small index shipped as a classic
script for pages opened from disk (file://), where Pagefind's fetch() and WebAssembly cannot run.

Pagefind indexes one rendered search document per article (templates/search-document.html), in
a separate process that runs while the site's pages render; the article pages carry the same
data-pagefind-* marks (text, weights, filters for official, outlet, region and year), so running
Pagefind's own CLI over the written site gives the same index. The fallback index holds, per article, what a reader searches for: title, officials and
their spellings, outlet, regions, year, the quotes and the opening text.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from markupsafe import Markup

from .archive import Archive
from .body import plain_text, sanitize_markdown
from .pagefind_bundle import canonical
from .problems import Problem, warning
from .urls import PAGEFIND_DIR, article_path

SNIPPET = 240
PAGEFIND_TIMEOUT = 600  # seconds
# Pagefind's own UIs are not used (static/search.js draws the results), so they are not shipped.
PAGEFIND_SKIP = ("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui", "pagefind-highlight", "playground",
                 "wasm.unknown")  # the index is Indonesian only (--force-language id)


def search_records(archive: Archive, snippet: bool = True) -> list[dict]:
    records = []
    for a in archive.articles:
        names, spellings = [], []
        for o in a.officials:
            record = archive.officials[archive.official_of[(a.id, o.key)]]
            if record.name not in names:
                names.append(record.name)
            spellings.extend(s for s in (o.name, *o.aliases) if s not in spellings)
        body = plain_text(a) if snippet else ""
        records.append({
            "t": a.title,
            "u": article_path(a.id),
            "d": a.date.value.isoformat() if a.date.value else "",
            "o": a.outlet.name if a.outlet else "",
            "n": names,  # officials as on their pages (shown, and what the filter matches)
            "a": [s for s in spellings if s not in names],  # other spellings in the text, searchable
            "r": [r.name for r in a.regions],
            "q": " ".join(q.text for q in a.quotes),
            "s": body if len(body) <= SNIPPET else body[:SNIPPET].rsplit(" ", 1)[0] + "…",
        })
    return records


def search_index_js(archive: Archive) -> bytes:
    """`cari/index.js`: the fallback index as a global, loadable by <script src> from file://."""
    data = json.dumps(search_records(archive), ensure_ascii=False, separators=(",", ":"))
    return ("window.NETRALITAS_SEARCH=" + data + ";\n").encode("utf-8")


def search_filters(archive: Archive) -> dict:
    """The values offered in the search page's filter menus."""
    return {
        "officials": sorted({o.name for o in archive.officials.values()}, key=str.casefold),
        "outlets": sorted({o.name for o, _ in archive.outlets.values()}, key=str.casefold),
        "regions": sorted({r.name for r, _ in archive.regions.values()}, key=str.casefold),
        "years": sorted({a.date.value.year for a in archive.articles if a.date.value}, reverse=True),
    }


def search_documents(archive: Archive, env) -> dict[str, bytes]:
    """One small page per article for Pagefind (templates/search-document.html): the article's
    title, date, text, quotes, officials with their spellings, outlet and regions, marked with the
    same filters, sort and weights as the article page. Rendering it takes a fraction of the full
    page, so indexing can start before the site is rendered and run beside it."""
    template = env.get_template("search-document.html")
    documents = {}
    for record, article in zip(search_records(archive, snippet=False), archive.articles):
        if article.is_markdown:
            body = Markup(sanitize_markdown("\n\n".join(line.text for line in article.body)))
        else:
            body = Markup("\n").join(Markup("<p>%s</p>") % line.text for line in article.body)
        documents[record["u"]] = template.render(
            title=article.title, date=article.date.value, body=body, quotes=[q.text for q in article.quotes],
            officials=record["n"], spellings=record["a"], outlet=record["o"], regions=record["r"],
            dateline=article.dateline,
        ).encode("utf-8")
    return documents


class PagefindJob:
    """Pagefind's indexer (multithreaded Rust, through its CLI) running beside the rest of the build
    on documents written to a temporary folder; `result()` waits for it and returns its bundle as
    site path -> bytes, in a stable order (pagefind_bundle.canonical).

    Not the Python service API: it reads one reply per 0.1 s and stalls on replies over 2 MiB, too
    slow and fragile for thousands of pages. A failure (no Pagefind binary, say) is a warning: the
    site still searches with the shipped fallback index."""

    def __init__(self, documents: dict[str, bytes]):
        self.problem: Problem | None = None
        self.process = None
        self.folder = tempfile.TemporaryDirectory(prefix="netralitas-pagefind-")
        try:
            from pagefind.service import get_executable

            executable = get_executable()
            if executable is None:
                raise FileNotFoundError("no Pagefind binary (pip install 'pagefind[extended]')")
            site = Path(self.folder.name, "site")
            for path, html in documents.items():
                target = site.joinpath(*path.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(html)
            self.process = subprocess.Popen(
                [str(executable), "--site", str(site), "--output-path", str(self._out), "--force-language", "id",
                 "--keep-index-url", "--silent"],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )
        except Exception as exc:
            self._fail(exc)

    @property
    def _out(self) -> Path:
        return Path(self.folder.name, "out")

    def _fail(self, exc) -> None:
        self.problem = warning("cari/index.html", None, "search-index", f"Pagefind could not index the site: {exc}")

    def result(self) -> tuple[dict[str, bytes], list[Problem]]:
        try:
            if self.process is not None:
                output, _ = self.process.communicate(timeout=PAGEFIND_TIMEOUT)
                if self.process.returncode != 0:
                    raise RuntimeError(output.strip()[-500:] or f"exit {self.process.returncode}")
                files = canonical({p.relative_to(self._out).as_posix(): p.read_bytes()
                                   for p in sorted(self._out.rglob("*")) if p.is_file()})
                return {PAGEFIND_DIR + path: content for path, content in sorted(files.items())
                        if not any(path.startswith(skip) for skip in PAGEFIND_SKIP)}, []
        except Exception as exc:
            self._fail(exc)
        finally:
            self.close()
        return {}, [self.problem] if self.problem else []

    def close(self) -> None:
        """Stop the indexer if it still runs and remove the temporary folder."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.folder.cleanup()
