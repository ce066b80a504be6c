/* mtcheck HTML report: the documents table, the document views and keyboard navigation.
   The table is built with textContent only, one page of rows at a time. A document's
   view is HTML that mtcheck rendered and escaped in Python (html_highlight.highlight and
   an autoescaped template), stored as a JSON string; it is inserted only when opened. */
(function () {
  "use strict";
  var PAGE_SIZE = 50;
  // index.docs rows: [id, origin, title, language, score|null, error, group, errors, warnings, info, codes]
  // where each code is check * 3 + severity (0 error, 1 warning, 2 info)
  var ID = 0, ORIGIN = 1, TITLE = 2, LANG = 3, SCORE = 4, ERROR = 5, GROUP = 6, COUNTS = 7, CODES = 10;
  var SEVERITIES = ["error", "warning", "info"];
  var index = JSON.parse(document.getElementById("mt-index").textContent);
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
    var td = document.createElement("td");
    if (className) td.className = className;
    if (text !== undefined) td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function row(n) {
    var d = docs[n], tr = document.createElement("tr");
    var first = cell(tr);
    var link = document.createElement("a");
    link.href = "#doc=" + encodeURIComponent(d[ID]);
    link.textContent = d[ID];
    first.appendChild(link);
    if (d[ORIGIN] && d[ORIGIN] !== d[ID]) {
      var origin = document.createElement("span");
      origin.className = "origin";
      origin.textContent = d[ORIGIN];
      first.appendChild(origin);
    }
    cell(tr, d[TITLE] || "(no title)", d[TITLE] ? "" : "muted");
    cell(tr, d[LANG] || "?");
    var score = cell(tr, undefined, "num");
    var chip = document.createElement("span");
    if (d[SCORE] === null) {
      chip.className = "unreadable";
      chip.textContent = "unreadable";
      chip.title = d[ERROR];
    } else {
      chip.className = "score " + (d[SCORE] < 50 ? "band-low" : d[SCORE] < 80 ? "band-mid" : "band-high");
      chip.textContent = d[SCORE].toFixed(1);
    }
    score.appendChild(chip);
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

  function showDocument(n) {
    if (!overview.hidden) overviewScroll = window.scrollY;
    // the view was rendered and escaped by mtcheck in Python: see the note at the top
    view.innerHTML = JSON.parse(document.getElementById("doc-" + n).textContent);
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
    var box = document.createElement("div");
    box.className = "doc-head";
    var back = document.createElement("a");
    back.href = "#";
    back.className = "back";
    back.textContent = "\u2190 All documents";
    var message = document.createElement("p");
    message.className = "doc-error";
    message.textContent = "This report has no document with the id \u201c" + id + "\u201d.";
    box.append(back, message);
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
      option.textContent = name || "(no group)";
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
