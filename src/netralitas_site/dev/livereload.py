"""Live reload for `serve`: the script, the tag injected into served HTML, and the error page.

Nothing here is ever written into the built site. The script is an external same-origin file
and polls with same-origin <script> requests (long-polling), so it keeps working under a
Content-Security-Policy that allows only the site's own scripts, whatever it says about
connections. It draws the build's problems over the page with CSSOM styles (allowed by CSP).
"""

from __future__ import annotations

import html
import json

DEV_DIR = "__netralitas/"

RELOAD_JS = r"""/* netralitas-site serve: reloads the page after each build and shows the build's problems.
   Served only by the dev server; never part of the built site. */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me) { return; }
  var base = me.src.replace(/reload\.js(?:[?#].*)?$/, "");
  var build = me.getAttribute("data-build");
  var server = me.getAttribute("data-server");
  var drawn = false;

  window.__netralitasDev = function (state) {
    if (String(state.build) !== build || state.server !== server) {
      window.location.reload();
      return;
    }
    if (!drawn) {
      drawn = true;
      draw(state);
    }
    ask(true, 0);
  };

  function ask(wait, delay) {
    window.setTimeout(function () {
      var tag = document.createElement("script");
      tag.src = base + "build.js?since=" + encodeURIComponent(build) + "&server=" + encodeURIComponent(server) +
        (wait ? "&wait=1" : "") + "&t=" + Date.now();
      tag.onload = function () { tag.remove(); };
      tag.onerror = function () { tag.remove(); ask(false, 1000); };
      (document.head || document.documentElement).appendChild(tag);
    }, delay);
  }

  function draw(state) {
    var lines = state.problems || [];
    if (!lines.length) { return; }
    var box = document.createElement("aside");
    box.id = "netralitas-dev-problems";
    box.setAttribute("role", "status");
    box.style.cssText = "position:fixed;right:1rem;bottom:1rem;z-index:2147483647;max-width:min(52rem,calc(100vw - 2rem));" +
      "max-height:60vh;overflow:auto;background:#fff8e1;color:#1a1a1a;border:2px solid #a35a00;border-radius:6px;" +
      "padding:.5rem .75rem;font:14px/1.45 system-ui,sans-serif;box-shadow:0 2px 12px rgba(0,0,0,.3);text-align:left";
    var head = document.createElement("div");
    head.style.cssText = "display:flex;gap:.75rem;align-items:center;justify-content:space-between";
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.textContent = state.problem_count + " masalah dalam build" + (state.errors ? " (" + state.errors + " galat)" : "");
    toggle.style.cssText = "font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Tutup";
    close.style.cssText = "font:inherit;cursor:pointer";
    close.onclick = function () { box.remove(); };
    head.appendChild(toggle);
    head.appendChild(close);
    var list = document.createElement("ul");
    list.style.cssText = "margin:.5rem 0 0;padding-left:1.25rem;font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap";
    lines.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
    });
    list.hidden = !state.errors;
    toggle.setAttribute("aria-expanded", String(!list.hidden));
    toggle.onclick = function () {
      list.hidden = !list.hidden;
      toggle.setAttribute("aria-expanded", String(!list.hidden));
    };
    box.appendChild(head);
    box.appendChild(list);
    document.body.appendChild(box);
  }

  // Polls start after the load event: a script still loading would hold the page's load back.
  if (document.readyState === "complete") {
    ask(false, 0);
  } else {
    window.addEventListener("load", function () { ask(false, 0); });
  }
}());
"""


def reload_tag(prefix: str, build: int, server: str) -> bytes:
    """The <script> tag the dev server adds to each HTML page it serves."""
    src = html.escape(f"{prefix}{DEV_DIR}reload.js", quote=True)
    return f'<script src="{src}" data-build="{build}" data-server="{html.escape(server)}"></script>'.encode()


def inject(page: bytes, tag: bytes) -> bytes:
    """`page` with `tag` just before the last </body>, or at the end when there is none."""
    at = page.lower().rfind(b"</body>")
    return page + tag if at == -1 else page[:at] + tag + page[at:]


def state_script(state: dict) -> bytes:
    """The answer to a poll: a call of the page's callback with the build state."""
    return f"window.__netralitasDev && window.__netralitasDev({json.dumps(state, ensure_ascii=False)});\n".encode()


def error_page(message: str, tag: bytes) -> bytes:
    """Shown for every page while the last build failed; reloads itself when a build succeeds."""
    body = f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Build gagal</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a}}
pre{{background:#fff0f0;border:2px solid #b00020;padding:1rem;overflow:auto;white-space:pre-wrap}}</style></head>
<body><h1>Build gagal</h1>
<p>Server tetap berjalan. Perbaiki masalah di bawah ini dan simpan berkas; halaman dimuat ulang sendiri.</p>
<pre>{html.escape(message)}</pre>
</body></html>
"""
    return inject(body.encode("utf-8"), tag)
