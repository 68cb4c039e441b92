/* Search page. One index (search_index.py), loaded as classic scripts so that it works opened
   from disk (file://, where fetch() and WebAssembly are refused) and served alike: the same
   address gives the same results, in the same order, with the same count, both ways.
   fold/words/stem below are the rules of search_index.py, letter for letter.
   The address holds the whole search (q, pejabat, media, wilayah, tahun, bulan, dari, sampai,
   jenis, halaman): pages of results and facet links are plain links.
   Results are built with DOM methods, never innerHTML. */
(function () {
  "use strict";

  /* ---- text: the same rules as search_index.py ---- */
  var SHORTEST = 4;
  var PREFIXES = [["meng", "", false], ["meny", "s", false], ["mem", "p", true], ["mem", "", false], ["men", "t", true],
    ["men", "", false], ["me", "", false], ["peng", "", false], ["peny", "s", false], ["pem", "p", true],
    ["pem", "", false], ["pen", "t", true], ["pen", "", false], ["ber", "", false], ["ter", "", false],
    ["per", "", false], ["di", "", false], ["ke", "", false], ["se", "", false], ["pe", "", false]];
  var ENDINGS = [["kah", "lah", "pun"], ["nya", "ku", "mu"]];
  var SUFFIXES = ["kan", "an", "i"];
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(s) { return fold(s).match(/[a-z0-9]+/g) || []; }
  function ends(w, suffix) { return w.length - suffix.length >= SHORTEST && w.slice(-suffix.length) === suffix; }
  function stem(w) {
    if (w.length <= SHORTEST || !/^[a-z]+$/.test(w)) return w;
    ENDINGS.forEach(function (group) {
      for (var i = 0; i < group.length; i++) { if (ends(w, group[i])) { w = w.slice(0, -group[i].length); break; } }
    });
    for (var i = 0; i < PREFIXES.length; i++) {
      var p = PREFIXES[i];
      if (w.indexOf(p[0]) !== 0) continue;
      var rest = w.slice(p[0].length);
      if (p[2] && !(rest && "aiueo".indexOf(rest.charAt(0)) !== -1)) continue;
      if (p[1].length + rest.length >= SHORTEST) w = p[1] + rest;
      break;
    }
    for (var j = 0; j < SUFFIXES.length; j++) { if (ends(w, SUFFIXES[j])) { w = w.slice(0, -SUFFIXES[j].length); break; } }
    return w;
  }
  function queryTerms(q) {
    var out = [];
    words(q).forEach(function (w) { var s = stem(w); if (out.indexOf(s) === -1) out.push(s); });
    return out;
  }
  function fnv1a(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h;
  }
  window.netralitasText = { fold: fold, words: words, stem: stem, terms: queryTerms };

  var cfg = document.getElementById("search-config");
  var form = document.getElementById("cari");
  if (!cfg || !form) return;
  var d = cfg.dataset;
  var status = document.getElementById("status");
  var list = document.getElementById("hasil");
  var facetsBox = document.getElementById("facets");
  var pagerBox = document.getElementById("halaman-hasil");
  var PAGE = +d.pageSize || 50;
  var FACET_TOP = 8;
  var KEYS = ["q", "pejabat", "media", "wilayah", "tahun", "bulan", "dari", "sampai", "jenis"];
  var MASKS = 32, WEIGHTS = [[1, 5], [2, 4], [4, 3], [8, 2], [16, 1]];
  var dateFormat = null;
  try {
    dateFormat = new Intl.DateTimeFormat(d.lang === "id" ? "id-ID" : "en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  } catch (e) { dateFormat = null; }

  /* ---- loading the index's parts with <script> (works from file://) ---- */
  var parts = {};
  window.NETRALITAS_SEARCH_PART = function (name, data) { parts[name] = data; };
  var base = d.index.replace(/index\.js$/, "");
  var loading = {};
  function script(name, src) {
    if (parts[name]) return Promise.resolve(parts[name]);
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = src;
        s.onload = function () { parts[name] ? resolve(parts[name]) : reject(new Error(name)); };
        s.onerror = function () { delete loading[name]; reject(new Error(name)); };
        document.head.appendChild(s);
      });
    }
    return loading[name];
  }
  var metaLoad = null;
  function meta() {
    if (window.NETRALITAS_SEARCH) return Promise.resolve(window.NETRALITAS_SEARCH);
    if (!metaLoad) {
      metaLoad = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = d.index;
        s.onload = function () { window.NETRALITAS_SEARCH ? resolve(window.NETRALITAS_SEARCH) : reject(new Error("index")); };
        s.onerror = function () { metaLoad = null; reject(new Error("index")); };
        document.head.appendChild(s);
      });
    }
    return metaLoad;
  }
  /* index.js assigns window.NETRALITAS_SEARCH rather than calling the part function */
  function part(kind, n) { return script(kind + n, base + kind + "/" + n + ".js"); }

  /* ---- the search: search_index.search, step for step ---- */
  function dateNumber(text) { var t = (text || "").replace(/-/g, ""); return /^\d+$/.test(t) ? +t : 0; }
  function find(m, state) {
    var terms = queryTerms(state.q);
    var wanted = {};
    if (state.pejabat) {
      var f = fold(state.pejabat);
      m.officials.forEach(function (name, n) { if (fold(name).indexOf(f) !== -1) wanted[n] = true; });
    }
    var outlet = state.media ? m.outlets.indexOf(state.media) : -1;
    var region = state.wilayah ? m.regions.indexOf(state.wilayah) : -1;
    var dated = state.tahun || state.bulan || state.dari || state.sampai;
    var month = dateNumber(state.bulan), since = dateNumber(state.dari), until = dateNumber(state.sampai);
    function keeps(doc, byOfficials) {
      if (byOfficials && state.pejabat && !m.p[doc].some(function (o) { return wanted[o]; })) return false;
      if (state.media && (outlet < 0 || m.o[doc] !== outlet)) return false;
      if (state.wilayah && (region < 0 || m.r[doc].indexOf(region) === -1)) return false;
      var day = m.d[doc];
      if (dated && !day) return false;
      if (state.tahun && String(Math.floor(day / 10000)) !== state.tahun) return false;
      if (state.bulan && Math.floor(day / 100) !== month) return false;
      if (state.dari && day < since) return false;
      if (state.sampai && day > until) return false;
      return true;
    }
    var shards = {};
    terms.forEach(function (t) { shards[fnv1a(t) % m.shards] = true; });
    return Promise.all(Object.keys(shards).map(function (n) { return part("t", n); })).then(function () {
      function postings(kind, t) { var p = parts["t" + (fnv1a(t) % m.shards)]; return (p && p[kind][t]) || []; }
      var out = [], n, i;
      if (state.jenis === "kutipan") {
        var found = null;
        terms.forEach(function (t) {
          var have = {}, prev = -1;
          postings("q", t).forEach(function (delta) { prev += delta; have[prev] = true; });
          if (found === null) found = have;
          else Object.keys(found).forEach(function (k) { if (!have[k]) delete found[k]; });
        });
        var candidates = found === null ? null : Object.keys(found).map(Number).sort(function (a, b) { return a - b; });
        var total = candidates ? candidates.length : m.qa.length;
        for (i = 0; i < total; i++) {
          n = candidates ? candidates[i] : i;
          if (keeps(m.qa[n], false) && (!state.pejabat || wanted[m.qs[n]])) out.push(n);
        }
        return out;
      }
      if (!terms.length) {
        for (n = 0; n < m.d.length; n++) if (keeps(n, true)) out.push(n);
        return out;
      }
      var scores = null;
      terms.forEach(function (t) {
        var found = {}, prev = -1;
        postings("d", t).forEach(function (v) {
          prev += Math.floor(v / MASKS);
          var bits = v % MASKS, s = 0;
          WEIGHTS.forEach(function (w) { if (bits & w[0]) s += w[1]; });
          found[prev] = s;
        });
        if (scores === null) scores = found;
        else {
          var both = {};
          Object.keys(found).forEach(function (k) { if (k in scores) both[k] = scores[k] + found[k]; });
          scores = both;
        }
      });
      out = Object.keys(scores).map(Number).filter(function (k) { return keeps(k, true); });
      out.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      return out;
    });
  }

  function facets(m, docs) {
    var counts = { media: {}, pejabat: {}, wilayah: {}, tahun: {} };
    function add(kind, key) { counts[kind][key] = (counts[kind][key] || 0) + 1; }
    docs.forEach(function (doc) {
      if (m.o[doc] >= 0) add("media", m.outlets[m.o[doc]]);
      m.p[doc].forEach(function (o) { add("pejabat", m.officials[o]); });
      m.r[doc].forEach(function (r) { add("wilayah", m.regions[r]); });
      if (m.d[doc]) add("tahun", String(Math.floor(m.d[doc] / 10000)));
    });
    return counts;
  }

  /* ---- drawing ---- */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function say(text, count) {
    status.textContent = "";
    if (count === undefined) { status.textContent = text; return; }
    var at = text.indexOf("{n}");
    var n = el("strong", null, count.toLocaleString(d.lang === "id" ? "id-ID" : "en-GB"));
    n.setAttribute("data-result-count", String(count));
    status.appendChild(document.createTextNode(text.slice(0, at)));
    status.appendChild(n);
    status.appendChild(document.createTextNode(text.slice(at + 3)));
  }
  function showDate(day) {
    if (!day) return d.tUndated;
    var when = new Date(Date.UTC(Math.floor(day / 10000), Math.floor(day / 100) % 100 - 1, day % 100, 12));
    return dateFormat ? dateFormat.format(when) : String(day);
  }
  function href(path) { return d.root + d.prefix + path; }
  function markText(parent, text, typed) {
    var f = fold(text), pos = 0;
    while (pos < text.length) {
      var next = -1, len = 0;
      typed.forEach(function (w) {
        var at = f.indexOf(w, pos);
        while (at > 0 && /[a-z0-9]/.test(f.charAt(at - 1))) at = f.indexOf(w, at + 1);
        if (at !== -1 && (next === -1 || at < next)) { next = at; len = w.length; }
      });
      if (next === -1) break;
      parent.appendChild(document.createTextNode(text.slice(pos, next)));
      parent.appendChild(el("mark", null, text.slice(next, next + len)));
      pos = next + len;
    }
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }
  function address(state, changes) {
    var query = new URLSearchParams();
    KEYS.forEach(function (k) {
      var v = k in changes ? changes[k] : state[k];
      if (v) query.set(k, v);
    });
    var page = changes.halaman || 1;
    if (page > 1) query.set("halaman", String(page));
    return "index.html?" + query.toString();
  }
  function link(text, url, cls) { var a = el("a", cls, text); a.href = url; return a; }
  function contentLang(e) { if (d.lang !== "id") e.lang = "id"; return e; }

  function drawArticles(m, state, docs, typed) {
    var chunks = {};
    docs.forEach(function (doc) { chunks[Math.floor(doc / m.docChunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return part("d", c); })).then(function () {
      docs.forEach(function (doc) {
        var row = parts["d" + Math.floor(doc / m.docChunk)][doc % m.docChunk];
        var li = el("li", "result");
        li.appendChild(contentLang(link(row[0], href("artikel/" + row[1] + "/index.html"), "card-title")));
        li.appendChild(el("p", "meta", showDate(m.d[doc]) + (m.o[doc] >= 0 ? " · " + m.outlets[m.o[doc]] : "")));
        if (m.p[doc].length) li.appendChild(el("p", "people", m.p[doc].map(function (o) { return m.officials[o]; }).join(", ")));
        var ex = contentLang(el("p", "excerpt"));
        markText(ex, row[2], typed);
        li.appendChild(ex);
        list.appendChild(li);
      });
    });
  }
  function drawQuotes(m, state, quotes, typed) {
    var chunks = {};
    quotes.forEach(function (n) { chunks["k" + Math.floor(n / m.quoteChunk)] = true; chunks["d" + Math.floor(m.qa[n] / m.docChunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return part(c.charAt(0), c.slice(1)); })).then(function () {
      quotes.forEach(function (n) {
        var quote = parts["k" + Math.floor(n / m.quoteChunk)][n % m.quoteChunk];
        var doc = m.qa[n], row = parts["d" + Math.floor(doc / m.docChunk)][doc % m.docChunk];
        var li = el("li", "result quote-result");
        var bq = contentLang(el("blockquote"));
        var p = el("p");
        markText(p, quote[0], typed);
        bq.appendChild(p);
        li.appendChild(bq);
        var who = el("p", "meta");
        var speaker = m.qs[n];
        if (speaker >= 0) who.appendChild(link(m.officials[speaker], href("pejabat/" + m.officialIds[speaker] + "/index.html"), "speaker"));
        else who.appendChild(el("span", "speaker", d.tNoSpeaker));
        who.appendChild(document.createTextNode(" · " + showDate(m.d[doc]) + (m.o[doc] >= 0 ? " · " + m.outlets[m.o[doc]] : "")));
        li.appendChild(who);
        var source = el("p", "people");
        source.appendChild(contentLang(link(row[0], href("artikel/" + row[1] + "/index.html" + (quote[1] ? "#" + quote[1] : "")), "card-title")));
        li.appendChild(source);
        list.appendChild(li);
      });
    });
  }
  function drawFacets(m, state, docs) {
    facetsBox.textContent = "";
    if (state.jenis === "kutipan" || !docs.length) { facetsBox.hidden = true; return; }
    var counts = facets(m, docs);
    [["media", d.tMedia], ["pejabat", d.tPejabat], ["wilayah", d.tWilayah], ["tahun", d.tTahun]].forEach(function (f) {
      var key = f[0], entries = Object.keys(counts[key]).map(function (k) { return [k, counts[key][k]]; });
      if (!entries.length) return;
      entries.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
      var box = el("section");
      box.appendChild(el("h3", null, f[1]));
      var ul = el("ul");
      entries.slice(0, FACET_TOP).forEach(function (e) {
        var li = el("li");
        if (state[key] === e[0]) li.appendChild(el("strong", null, e[0]));
        else li.appendChild(link(e[0], address(state, (function () { var c = {}; c[key] = e[0]; return c; })())));
        var n = el("span", "meta", " " + e[1].toLocaleString(d.lang === "id" ? "id-ID" : "en-GB"));
        n.setAttribute("data-facet-count", String(e[1]));
        li.appendChild(n);
        ul.appendChild(li);
      });
      box.appendChild(ul);
      facetsBox.appendChild(box);
    });
    facetsBox.hidden = !facetsBox.childNodes.length;
  }
  function drawPager(state, total, page) {
    pagerBox.textContent = "";
    var count = Math.max(1, Math.ceil(total / PAGE));
    if (count < 2) { pagerBox.hidden = true; return; }
    pagerBox.hidden = false;
    pagerBox.appendChild(el("p", "meta", d.tPage.replace("{n}", page).replace("{count}", count)));
    var ul = el("ul", "inline");
    function item(node) { var li = el("li"); li.appendChild(node); ul.appendChild(li); }
    if (page > 1) { var prev = link("← " + d.tPrev, address(state, { halaman: page - 1 })); prev.rel = "prev"; item(prev); }
    var shown = [1, count], n;
    for (n = Math.max(1, page - 2); n <= Math.min(count, page + 2); n++) shown.push(n);
    shown = shown.filter(function (v, i) { return shown.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    shown.forEach(function (v, i) {
      if (i && v - shown[i - 1] > 1) { var gap = el("li", null, "…"); gap.setAttribute("aria-hidden", "true"); ul.appendChild(gap); }
      var a = link(String(v), address(state, { halaman: v }));
      if (v === page) a.setAttribute("aria-current", "page");
      item(a);
    });
    if (page < count) { var next = link(d.tNext + " →", address(state, { halaman: page + 1 })); next.rel = "next"; item(next); }
    pagerBox.appendChild(ul);
  }

  /* ---- the form and the address ---- */
  function fromForm() {
    var state = {};
    KEYS.forEach(function (k) {
      var field = form.elements[k];
      if (!field) return;
      state[k] = (field.value || "").trim();
    });
    if (state.jenis === "artikel") state.jenis = "";
    return state;
  }
  function fromAddress() {
    var params = new URLSearchParams(location.search), state = {};
    KEYS.forEach(function (k) { state[k] = (params.get(k) || "").trim(); });
    if (state.jenis === "artikel") state.jenis = "";
    return { state: state, page: Math.max(1, parseInt(params.get("halaman"), 10) || 1) };
  }
  function fill(state) {
    KEYS.forEach(function (k) {
      var field = form.elements[k];
      if (!field) return;
      if (k === "jenis") { form.querySelectorAll("input[name=jenis]").forEach(function (r) { r.checked = r.value === (state.jenis || "artikel"); }); }
      else field.value = state[k] || "";
    });
  }
  var running = 0;
  function run(state, page) {
    var mine = ++running;
    var any = KEYS.some(function (k) { return state[k] && k !== "jenis"; }) || state.jenis === "kutipan";
    list.textContent = "";
    facetsBox.hidden = true;
    pagerBox.hidden = true;
    if (!any) { say(d.tEmpty); return; }
    say(d.tBusy);
    var typed = words(state.q);
    meta().then(function (m) {
      return find(m, state).then(function (found) {
        if (mine !== running) return;
        var last = Math.max(1, Math.ceil(found.length / PAGE));
        if (page > last) page = last;
        var shown = found.slice((page - 1) * PAGE, page * PAGE);
        var quotes = state.jenis === "kutipan";
        var draw = quotes ? drawQuotes : drawArticles;
        return draw(m, state, shown, typed).then(function () {
          if (mine !== running) return;
          say(quotes ? d.tFoundQuotes : d.tFound, found.length);
          list.setAttribute("start", String((page - 1) * PAGE + 1));
          drawFacets(m, state, quotes ? [] : found);
          drawPager(state, found.length, page);
        });
      });
    }).catch(function () { if (mine === running) say(d.tBroken); });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var state = fromForm();
    try { history.pushState(null, "", address(state, {})); } catch (e) { /* some file:// setups refuse */ }
    run(state, 1);
  });
  window.addEventListener("popstate", function () { var a = fromAddress(); fill(a.state); run(a.state, a.page); });
  var start = fromAddress();
  fill(start.state);
  run(start.state, start.page);
})();
