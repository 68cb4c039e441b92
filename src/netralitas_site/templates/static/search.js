/* Search page: Pagefind when the site is served over http(s), its primary bundle with the other
   shards merged in (data-shards); the index shipped as a classic script (cari/index.js) when the
   page is opened from disk, where fetch() and WebAssembly do not work, or when Pagefind cannot
   load. A listing by filters alone comes from the shipped index too: it is sorted newest first
   across the whole archive, which Pagefind's merged results (ordered by score) cannot be.
   Results are built with DOM methods, never innerHTML. */
(function () {
  "use strict";
  var cfg = document.getElementById("search-config");
  var form = document.getElementById("cari");
  if (!cfg || !form) return;
  var d = cfg.dataset;
  var input = document.getElementById("q");
  var status = document.getElementById("status");
  var list = document.getElementById("hasil");
  var selects = form.querySelectorAll("select[data-filter]");
  var MAX = 50;
  var engine = null;
  var local = null;
  var dateFormat = null;
  try {
    dateFormat = new Intl.DateTimeFormat(d.lang === "id" ? "id-ID" : "en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  } catch (e) { dateFormat = null; }

  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(s) {
    return fold(s).split(/[^a-z0-9]+/).filter(Boolean);
  }
  function say(text) { status.textContent = text; }
  function showDate(iso) {
    if (!iso) return d.tUndated;
    var p = iso.split("-");
    var day = new Date(Date.UTC(+p[0], +p[1] - 1, +p[2], 12));
    return dateFormat ? dateFormat.format(day) : iso;
  }
  function href(url) {
    return d.root + d.prefix + String(url).replace(/^\/+/, "");
  }

  /* Indonesian affixes, stripped when a word is not found as written: "mengimbau" -> "imbau". */
  function stem(w) {
    var s = w.replace(/(nya|lah|kah|kan|an|i)$/, "");
    s = s.replace(/^(meng|meny|mem|men|me|peng|peny|pem|pen|pe|ber|be|ter|di|ke|se)/, "");
    return s.length >= 4 ? s : w;
  }
  function hasWord(text, w) {
    var at = text.indexOf(w);
    while (at !== -1) {
      if (at === 0 || !/[a-z0-9]/.test(text.charAt(at - 1))) return true;
      at = text.indexOf(w, at + 1);
    }
    return false;
  }

  /* ---- the local index (file://, and listings by filters alone) ---- */
  function localEngine() {
    if (local) return local;
    local = new Promise(function (resolve, reject) {
      function ready() {
        var records = (window.NETRALITAS_SEARCH || []).map(function (r) {
          return { r: r, title: fold(r.t), people: fold(r.n.concat(r.a).join(" ")), place: fold([r.o].concat(r.r).join(" ")),
                   quotes: fold(r.q), text: fold(r.s) };
        });
        resolve({ local: true, search: function (q, filters) { return Promise.resolve(searchLocal(records, q, filters)); } });
      }
      if (window.NETRALITAS_SEARCH) return ready();
      var s = document.createElement("script");
      s.src = d.index;
      s.onload = ready;
      s.onerror = function () { local = null; reject(new Error("index")); };
      document.head.appendChild(s);
    });
    return local;
  }
  function searchLocal(records, q, filters) {
    var terms = words(q);
    var hits = [];
    records.forEach(function (rec) {
      var r = rec.r;
      if (filters.pejabat && r.n.indexOf(filters.pejabat) === -1) return;
      if (filters.media && r.o !== filters.media) return;
      if (filters.wilayah && r.r.indexOf(filters.wilayah) === -1) return;
      if (filters.tahun && r.d.slice(0, 4) !== filters.tahun) return;
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var w = terms[i], s = stem(w), found = 0;
        [[rec.title, 5], [rec.people, 4], [rec.place, 3], [rec.quotes, 2], [rec.text, 1]].forEach(function (f) {
          if (hasWord(f[0], w)) found += f[1];
          else if (s !== w && f[0].indexOf(s) !== -1) found += f[1] / 2;
        });
        if (!found) return;
        score += found;
      }
      hits.push({ score: score, r: r });
    });
    hits.sort(function (a, b) { return b.score - a.score || (b.r.d > a.r.d ? 1 : b.r.d < a.r.d ? -1 : 0); });
    return {
      total: hits.length,
      items: hits.slice(0, MAX).map(function (h) {
        return { url: h.r.u, title: h.r.t, date: h.r.d, outlet: h.r.o, people: h.r.n, excerpt: localExcerpt(h.r, terms) };
      })
    };
  }
  function localExcerpt(r, terms) {
    var parts = r.q ? [r.s].concat(r.q.split(/(?<=[.!?])\s+/)) : [r.s];
    var best = parts[0], bestScore = -1;
    parts.forEach(function (p) {
      var f = fold(p), n = terms.filter(function (w) { return f.indexOf(w) !== -1; }).length;
      if (n > bestScore) { best = p; bestScore = n; }
    });
    return { text: best.length > 300 ? best.slice(0, 300) + "…" : best, terms: terms };
  }

  /* ---- Pagefind (served site) ---- */
  function pagefindEngine() {
    return import(new URL(d.pagefind, location.href).href).then(function (pf) {
      /* baseUrl "/": result URLs come back site-relative, and href() puts them under this page's root. */
      var options = { baseUrl: "/", excerptLength: 30 };
      return pf.options(options).then(function () {
        var shards = (d.shards || "").split(" ").filter(Boolean);
        return Promise.all(shards.map(function (s) { return pf.mergeIndex(new URL(s, location.href).href, options); }));
      }).then(function () {
        return { local: false, search: function (q, filters) { return searchPagefind(pf, q, filters); } };
      });
    });
  }
  function searchPagefind(pf, q, filters) {
    var f = {};
    Object.keys(filters).forEach(function (k) { if (filters[k]) f[k] = filters[k]; });
    return pf.search(q, { filters: f }).then(function (res) {
      return Promise.all(res.results.slice(0, MAX).map(function (r) { return r.data(); })).then(function (data) {
        return {
          total: res.results.length,
          items: data.map(function (x) {
            return { url: x.url, title: x.meta.title, date: x.meta.tanggal || "", outlet: (x.filters.media || [])[0] || "",
                     people: x.filters.pejabat || [], excerpt: { html: x.excerpt } };
          })
        };
      });
    });
  }

  function getEngine(q) {
    if (!q || location.protocol === "file:") return localEngine();
    if (!engine) engine = pagefindEngine().catch(function () { return localEngine(); });
    return engine;
  }

  /* ---- drawing results ---- */
  function markText(parent, text, terms) {
    var f = fold(text), pos = 0;
    while (pos < text.length) {
      var next = -1, len = 0;
      terms.forEach(function (w) {
        var at = f.indexOf(w, pos);
        if (at !== -1 && (next === -1 || at < next)) { next = at; len = w.length; }
      });
      if (next === -1) break;
      parent.appendChild(document.createTextNode(text.slice(pos, next)));
      var m = document.createElement("mark");
      m.textContent = text.slice(next, next + len);
      parent.appendChild(m);
      pos = next + len;
    }
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }
  function markHtml(parent, html) {
    /* Pagefind's excerpt is escaped text with <mark>; keep only text and <mark>, whatever it holds. */
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    doc.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeType === 1 && node.nodeName === "MARK") {
        var m = document.createElement("mark");
        m.textContent = node.textContent;
        parent.appendChild(m);
      } else {
        parent.appendChild(document.createTextNode(node.textContent));
      }
    });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function draw(result, note) {
    list.textContent = "";
    result.items.forEach(function (it) {
      var li = el("li", "result");
      var a = el("a", "card-title", it.title);
      a.href = href(it.url);
      if (d.lang !== "id") { a.lang = "id"; }  /* the archive's texts are Indonesian */
      li.appendChild(a);
      li.appendChild(el("p", "meta", showDate(it.date) + (it.outlet ? " · " + it.outlet : "")));
      if (it.people.length) li.appendChild(el("p", "people", it.people.join(", ")));
      var ex = el("p", "excerpt");
      if (d.lang !== "id") { ex.lang = "id"; }
      if (it.excerpt.html !== undefined) markHtml(ex, it.excerpt.html);
      else markText(ex, it.excerpt.text, it.excerpt.terms);
      li.appendChild(ex);
      list.appendChild(li);
    });
    say((result.total ? d.tFound.replace("{n}", result.total) : d.tNone) + (note ? " " + d.tLocal : ""));
  }

  function current() {
    var filters = {};
    selects.forEach(function (s) { filters[s.dataset.filter] = s.value; });
    return { q: input.value.trim(), filters: filters };
  }
  function run() {
    var state = current();
    var any = state.q || Object.keys(state.filters).some(function (k) { return state.filters[k]; });
    if (!any) { list.textContent = ""; say(d.tEmpty); return; }
    say(d.tBusy);
    getEngine(state.q).then(function (eng) {
      /* the note says the page searches the shipped index because Pagefind cannot run here */
      var note = eng.local && (state.q || location.protocol === "file:");
      return eng.search(state.q, state.filters).then(function (res) { draw(res, note); });
    }).catch(function () { say(d.tNone); });
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  selects.forEach(function (s) {
    var v = params.get(s.dataset.filter);
    if (v) s.value = v;
  });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var state = current(), query = new URLSearchParams();
    if (state.q) query.set("q", state.q);
    Object.keys(state.filters).forEach(function (k) { if (state.filters[k]) query.set(k, state.filters[k]); });
    try { history.replaceState(null, "", "?" + query.toString()); } catch (e) { /* some file:// setups refuse */ }
    run();
  });
  run();
})();
