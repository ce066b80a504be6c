/* mtcheck HTML report: the documents table, the document views and keyboard navigation.
   Everything is built with textContent and DOM calls, one page of rows at a time, except
   the highlighted text of a document: that HTML was made and escaped by mtcheck in Python
   (html_highlight.highlight) and is the only markup this script inserts. */
(function () {
  "use strict";
  var PAGE_SIZE = 50;
  // DOC, a row of index.docs: [id, origin, title, language, score|null, error, group, errors, warnings,
  // info, codes], each code being check * 3 + severity (the index in index.severities)
  var ID = 0, ORIGIN = 1, TITLE = 2, LANG = 3, SCORE = 4, ERROR = 5, GROUP = 6, COUNTS = 7, CODES = 10;
  // FINDING, a row of a document's findings: [code, check, severity, message, excerpt, suggestion,
  // line, column, side, segment, confidence, language, evidence [[key, value]...], inText, baselined]
  // ALIGN, a row of a document's align table: [number, source numbers, source html|null|"",
  // similarity|null, band|null, target numbers, target html|null|""] (null: no counterpart)
  var index = JSON.parse(document.getElementById("mt-index").textContent);
  var SEVERITIES = index.severities;
  var docs = index.docs;
  var overview = document.getElementById("overview");
  var view = document.getElementById("docview");
  var tbody = document.querySelector("#docs tbody");
  var byId = new Map();
  var haystack = docs.map(function (d, n) {
    if (!byId.has(d[ID])) byId.set(d[ID], n);
    return (d[ID] + "\n" + d[ORIGIN] + "\n" + d[TITLE]).toLowerCase();
  });
  var state = { q: "", check: -1, sev: -1, group: -1, sort: "score", dir: 1, page: 0 };
  var order = [];     // every document, in the current sort order
  var visible = [];   // the documents that pass the filters, in that order
  var current = -1;   // selected finding in the open document
  var openDoc = -1;
  var overviewScroll = 0;
  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  // bidirectional controls; one planted in the input would reorder the text after it
  var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  var number = new Intl.NumberFormat("en");

  var KEYS = {
    id: function (d) { return d[ID]; }, title: function (d) { return d[TITLE]; },
    lang: function (d) { return d[LANG]; }, score: function (d) { return d[SCORE]; },
    error: function (d) { return d[COUNTS]; }, warning: function (d) { return d[COUNTS + 1]; },
    info: function (d) { return d[COUNTS + 2]; }
  };

  function sortDocs() {
    var key = KEYS[state.sort], dir = state.dir;
    order = docs.map(function (_, n) { return n; });
    order.sort(function (a, b) {
      var x = key(docs[a]), y = key(docs[b]);
      if (x === null || y === null) {  // unreadable documents have no score: always last
        if (x !== y) return x === null ? 1 : -1;
      } else if (x !== y) {
        return dir * (typeof x === "string" ? collator.compare(x, y) : x - y) || a - b;
      }
      return a - b;
    });
  }

  function matches(n) {
    var d = docs[n];
    if (state.group >= 0 && d[GROUP] !== state.group) return false;
    if (state.check >= 0 || state.sev >= 0) {
      var found = d[CODES].some(function (c) {
        return (state.check < 0 || Math.floor(c / 3) === state.check) && (state.sev < 0 || c % 3 === state.sev);
      });
      if (!found) return false;
    }
    return !state.q || haystack[n].indexOf(state.q) >= 0;
  }

  function cell(tr, text, className) {
    return tr.appendChild(element("td", className, text));
  }

  function row(n) {
    var d = docs[n], tr = document.createElement("tr");
    var first = cell(tr);
    var link = element("a", "", d[ID]);
    link.href = "#doc=" + encodeURIComponent(d[ID]);
    first.appendChild(link);
    if (d[ORIGIN] && d[ORIGIN] !== d[ID]) first.appendChild(element("span", "origin", d[ORIGIN]));
    cell(tr, d[TITLE] || "(no title)", d[TITLE] ? "" : "muted");
    cell(tr, d[LANG] || "?");
    var chip = d[SCORE] === null ? element("span", "unreadable", "unreadable") : scoreChip(d[SCORE]);
    if (d[SCORE] === null) chip.title = d[ERROR];
    cell(tr, undefined, "num").appendChild(chip);
    for (var s = 0; s < 3; s++) cell(tr, String(d[COUNTS + s]), d[COUNTS + s] ? "num" : "num zero");
    return tr;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    var start = state.page * PAGE_SIZE, end = Math.min(visible.length, start + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    for (var i = start; i < end; i++) fragment.appendChild(row(visible[i]));
    tbody.replaceChildren(fragment);
    var filtered = visible.length !== docs.length ? " (filtered from " + number.format(docs.length) + ")" : "";
    document.getElementById("f-count").textContent = visible.length
      ? "Showing " + number.format(start + 1) + "\u2013" + number.format(end) + " of " +
        number.format(visible.length) + " documents" + filtered
      : "No document matches these filters" + filtered + ".";
    document.getElementById("p-info").textContent = "page " + (state.page + 1) + " of " + pages;
    document.getElementById("p-prev").disabled = state.page === 0;
    document.getElementById("p-next").disabled = state.page >= pages - 1;
    document.querySelectorAll("#docs th[data-sort]").forEach(function (th) {
      if (th.dataset.sort === state.sort) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }

  function refresh() {
    visible = order.filter(matches);
    state.page = 0;
    render();
  }

  function select(k, scrollText, scrollPanel) {
    var items = view.querySelectorAll(".finding");
    if (!items.length) return;
    k = Math.max(0, Math.min(items.length - 1, k));
    view.querySelectorAll(".current, .finding.selected").forEach(function (e) {
      e.classList.remove("current", "selected");
    });
    current = k;
    var item = items[k];
    item.classList.add("selected");
    var slot = item.querySelector(".explain-slot");
    var explanation = document.getElementById("explain-" + item.dataset.explain);
    if (slot && explanation && !slot.firstChild) slot.appendChild(explanation.content.cloneNode(true));
    var inText = view.querySelectorAll('.doc-main [data-finding="' + k + '"]');
    inText.forEach(function (e) { e.classList.add("current"); });
    if (scrollText) (inText[0] || item).scrollIntoView({ block: "center" });
    var panel = view.querySelector(".panel");
    if (scrollPanel && panel && panel.scrollHeight > panel.clientHeight) {
      var head = panel.querySelector(".panel-head").offsetHeight;
      if (item.offsetTop - head < panel.scrollTop || item.offsetTop + item.offsetHeight > panel.scrollTop + panel.clientHeight) {
        panel.scrollTop = item.offsetTop - head - 8;
      }
    }
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 || word === "info" ? "" : "s");
  }

  function clone(id) {
    return document.getElementById(id).content.firstElementChild.cloneNode(true);
  }

  function fill(root, selector, text) {
    return put(root.querySelector(selector), text);
  }

  function codePoint(c) {
    return "U+" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  }

  // text into an element, each bidi control in an isolating span that shows it (as the
  // Python highlighting does), so the text reads as written and textContent is unchanged
  function put(target, text) {
    var last = 0;
    target.textContent = "";
    text.replace(BIDI, function (c, at) {
      if (at > last) target.append(text.slice(last, at));
      var control = document.createElement("span");
      control.className = "ctl";
      control.dataset.cp = codePoint(c);
      control.textContent = c;
      target.appendChild(control);
      last = at + 1;
      return c;
    });
    if (last < text.length) target.append(text.slice(last));
    return target;
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    return text === undefined ? e : put(e, text);
  }

  function meta(list, label, value, className) {
    var item = element("div", className && className.indexOf("wide") >= 0 ? "wide" : "");
    var dd = element("dd", className);
    if (typeof value === "string") put(dd, value); else dd.appendChild(value);
    item.append(element("dt", "", label), dd);
    list.appendChild(item);
  }

  function scoreChip(score) {
    return element("span", "score " + (score < 50 ? "band-low" : score < 80 ? "band-mid" : "band-high"),
      score.toFixed(1));
  }

  function segmentCell(side, numbers, html) {
    var td = element("td", "seg");
    td.dataset.side = side;
    if (html === null) {
      td.classList.add("gap");
      td.setAttribute("aria-label", side === "target" ? "omitted: no target segment" : "added: no source segment");
    } else if (html === "") {
      td.classList.add("unknown");
    } else {
      var text = element("div", "segtext");
      text.innerHTML = html;  // made by html_highlight.highlight from escaped pieces
      td.append(element("span", "segno", numbers), text);
    }
    return td;
  }

  function alignTable(rows) {
    var table = clone("align-template"), body = table.querySelector("tbody");
    rows.forEach(function (r) {
      var tr = element("tr", "pair" + (r[2] === null ? " kind-addition" : r[6] === null ? " kind-omission" : ""));
      var similarity = element("td", "sim" + (r[4] === null ? "" : " sim-" + r[4]),
        r[3] === null ? "\u2014" : r[3].toFixed(2));
      tr.append(element("td", "num", String(r[0])), segmentCell("source", r[1], r[2]), similarity,
        segmentCell("target", r[5], r[6]));
      body.appendChild(tr);
    });
    return table;
  }

  function findingItem(k, f) {
    var item = clone("finding-template"), severity = SEVERITIES[f[2]], check = index.checks[f[1]];
    item.classList.add("sev-" + severity);
    item.dataset.finding = item.querySelector(".pick").dataset.finding = String(k);
    item.dataset.explain = index.explained[f[1]] ? String(f[1]) : "";
    item.querySelector(".badge").classList.add("sev-" + severity);
    fill(item, ".glyph", index.glyphs[f[2]]);
    fill(item, ".sev", severity);
    fill(item, "code", f[0]);
    fill(item, ".check", check);
    item.querySelector(".tag").hidden = !f[14];
    fill(item, ".msg", f[3]);
    var excerpt = item.querySelector(".excerpt");
    if (f[13]) {
      excerpt.appendChild(element("q", "", f[4]));
    } else {
      // the text shows this span only as fragments (it crosses another): this is its element
      var mark = element("mark", "", f[4]);
      mark.dataset.finding = String(k);
      mark.dataset.check = check;
      mark.dataset.severity = severity;
      excerpt.appendChild(mark);
      excerpt.title = "This span overlaps another finding; the text marks it with dotted fragments.";
    }
    if (f[5] !== null) {
      item.querySelector(".suggestion").hidden = false;
      fill(item, ".suggestion q", f[5]);
    }
    var evidence = item.querySelector(".evidence");
    var where = "line " + f[6] + ", column " + f[7];
    if (f[8]) where += ", " + f[8] + (f[9] === null ? "" : " segment " + (f[9] + 1));
    meta(evidence, "where", where);
    meta(evidence, "confidence", f[10].toFixed(2));
    if (f[11]) meta(evidence, "language", f[11]);
    f[12].forEach(function (pair) { meta(evidence, pair[0], pair[1]); });
    return item;
  }

  function documentView(n) {
    var d = docs[n], data = JSON.parse(document.getElementById("doc-" + n).textContent);
    var article = clone("view-template");
    var title = fill(article, ".doc-title", d[TITLE] || "(no title)");
    if (!d[TITLE]) title.classList.add("muted");
    var list = article.querySelector(".doc-meta");
    meta(list, "id", d[ID], "mono");
    meta(list, "origin", d[ORIGIN], "mono wide");
    if (data.source) meta(list, "source", data.source, "mono wide");
    if (data.group && data.group !== d[ORIGIN]) meta(list, "group", data.group);
    meta(list, "language", d[LANG] || "unknown");
    if (d[SCORE] !== null) meta(list, "score", scoreChip(d[SCORE]));
    if (data.mt !== null) meta(list, "MT likelihood", Math.round(data.mt * 100) + "%");
    var counts = document.createDocumentFragment();
    SEVERITIES.forEach(function (severity, s) {
      var count = element("span", "count sev-" + severity);
      count.append(element("span", "glyph", index.glyphs[s]), " " + plural(d[COUNTS + s], severity));
      counts.appendChild(count);
    });
    meta(list, "findings", counts, "wide");
    if (d[ERROR]) {
      article.querySelector(".doc-error").hidden = false;
      fill(article, ".doc-error .why", d[ERROR]);
    }
    var main = article.querySelector(".doc-main");
    if (data.align) {
      article.classList.add("doc-align");
      main.appendChild(alignTable(data.align));
    } else {
      var text = element("div", "doc-text");
      if (d[LANG]) text.lang = d[LANG];
      text.innerHTML = data.text;  // made by html_highlight.highlight from escaped pieces
      main.appendChild(text);
    }
    fill(article, ".finding-count", plural(data.findings.length, "finding"));
    article.querySelector(".empty").hidden = data.findings.length > 0;
    article.querySelector(".keys").hidden = data.findings.length === 0;
    var items = document.createDocumentFragment();
    data.findings.forEach(function (f, k) { items.appendChild(findingItem(k, f)); });
    article.querySelector(".finding-list").appendChild(items);
    return article;
  }

  function showDocument(n) {
    if (!overview.hidden) overviewScroll = window.scrollY;
    view.replaceChildren(documentView(n));
    openDoc = n;
    current = -1;
    var position = visible.indexOf(n);
    view.querySelectorAll("[data-step]").forEach(function (b) {
      var target = position < 0 ? 0 : position + Number(b.dataset.step);
      b.disabled = target < 0 || target >= visible.length || visible[target] === n;
    });
    overview.hidden = true;
    view.hidden = false;
    document.title = (docs[n][TITLE] || docs[n][ID]) + " \u00b7 mtcheck report";
    window.scrollTo(0, 0);
  }

  function showMissing(id) {
    if (!overview.hidden) overviewScroll = window.scrollY;
    var box = element("div", "doc-head");
    var back = element("a", "back", "\u2190 All documents");
    back.href = "#";
    box.append(back, element("p", "doc-error", "This report has no document with the id \u201c" + id + "\u201d."));
    view.replaceChildren(box);
    openDoc = -1;
    overview.hidden = true;
    view.hidden = false;
  }

  function showOverview() {
    view.hidden = true;
    view.replaceChildren();
    overview.hidden = false;
    openDoc = -1;
    document.title = "mtcheck report";
    window.scrollTo(0, overviewScroll);
  }

  function route() {
    var hash = location.hash;
    if (hash.indexOf("#doc=") !== 0) return showOverview();
    var id = hash.slice(5);
    try { id = decodeURIComponent(id); } catch (e) { /* a raw '%' in a hand-written link: use it as is */ }
    var n = byId.get(id);
    return n === undefined ? showMissing(id) : showDocument(n);
  }

  function stepDocument(delta) {
    var position = visible.indexOf(openDoc);
    var target = visible[position < 0 ? 0 : position + delta];
    if (target !== undefined) location.hash = "#doc=" + encodeURIComponent(docs[target][ID]);
  }

  function setFilter(name, value) {
    state[name] = value;
    refresh();
  }

  var search = document.getElementById("f-q");
  var checkSelect = document.getElementById("f-check");
  var sevSelect = document.getElementById("f-sev");
  var groupSelect = document.getElementById("f-group");
  var typing = 0;
  search.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () { setFilter("q", search.value.trim().toLowerCase()); }, 120);
  });
  checkSelect.addEventListener("change", function () { setFilter("check", Number(checkSelect.value)); });
  sevSelect.addEventListener("change", function () { setFilter("sev", Number(sevSelect.value)); });
  groupSelect.addEventListener("change", function () { setFilter("group", Number(groupSelect.value)); });
  if (index.groups.length > 1) {
    index.groups.forEach(function (name, g) {
      var option = document.createElement("option");
      option.value = String(g);
      // an option holds plain text only: show controls by name instead
      option.textContent = (name || "(no group)").replace(BIDI, function (c) { return "[" + codePoint(c) + "]"; });
      groupSelect.appendChild(option);
    });
    document.getElementById("f-group-label").hidden = false;
  }
  document.getElementById("f-clear").addEventListener("click", function () {
    search.value = "";
    checkSelect.value = sevSelect.value = groupSelect.value = "-1";
    state.q = "";
    state.check = state.sev = state.group = -1;
    refresh();
  });
  document.getElementById("p-prev").addEventListener("click", function () { state.page--; render(); });
  document.getElementById("p-next").addEventListener("click", function () { state.page++; render(); });
  document.querySelectorAll("#docs th[data-sort] button").forEach(function (button) {
    button.addEventListener("click", function () {
      var key = button.parentNode.dataset.sort;
      if (state.sort === key) state.dir = -state.dir;
      else state.dir = SEVERITIES.indexOf(key) >= 0 ? -1 : 1;  // most findings first, lowest score first
      state.sort = key;
      sortDocs();
      refresh();
    });
  });
  overview.addEventListener("click", function (event) {
    var button = event.target.closest("[data-filter-check]");
    if (!button) return;
    checkSelect.value = button.dataset.filterCheck;
    setFilter("check", Number(checkSelect.value));
    document.querySelector(".docs-box").scrollIntoView({ block: "start" });
  });
  view.addEventListener("click", function (event) {
    var step = event.target.closest("[data-step]");
    if (step) return stepDocument(Number(step.dataset.step));
    var hit = event.target.closest("[data-finding]");
    if (!hit || !view.contains(hit)) return;
    var inPanel = !!hit.closest(".panel");
    select(Number(hit.dataset.finding), inPanel, !inPanel);
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest("input, select, textarea")) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    var key = event.key;
    if (view.hidden) {
      if (key === "/") { search.focus(); event.preventDefault(); }
      return;
    }
    if (key === "j" || key === "n") select(current + 1, true, true);
    else if (key === "k" || key === "p") select(current < 0 ? 0 : current - 1, true, true);
    else if (key === "]") stepDocument(1);
    else if (key === "[") stepDocument(-1);
    else if (key === "Escape") location.hash = "";
    else return;
    event.preventDefault();
  });
  window.addEventListener("hashchange", route);

  sortDocs();
  refresh();
  route();
  document.documentElement.dataset.ready = "1";
})();
