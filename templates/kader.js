// kader's one script: search from a prebuilt index, and filtering the stories list. Both work
// with no server and from disk; without JavaScript the pages still show everything.
(function () {
  "use strict";

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  }

  // A small stemmer for Dutch and English plurals, applied alike to the index and the query, so
  // singular and plural find each other. In turn: a final -en is dropped (words over four
  // letters), or else a final -s (not -ss); a final -ie or -y becomes -i; a doubled vowel before
  // the last consonant becomes single. So mandaat and mandaten are both "mandat", verhaal and
  // verhalen "verhal", evaluatie and evaluaties "evaluati", story and stories "stori", team and
  // teams "team". Words of three letters or fewer stay as they are. It folds plurals, nothing more.
  function stem(word) {
    if (word.length <= 3) return word;
    if (/en$/.test(word) && word.length > 4) word = word.slice(0, -2);
    else if (/[^s]s$/.test(word)) word = word.slice(0, -1);
    word = word.replace(/(ie|y)$/, "i");
    return word.replace(/(aa|ee|oo|uu)([^aeiou])$/, function (all, vowel, consonant) { return vowel[0] + consonant; });
  }

  function stems(text) {
    return words(text).map(stem);
  }

  // " a b c ": a term matches a word that starts with it, so a half-typed word finds.
  function spaced(list) {
    return " " + list.join(" ") + " ";
  }

  function search() {
    var form = document.querySelector("[data-search]");
    var results = document.querySelector("[data-search-results]");
    var status = document.querySelector("[data-search-status]");
    if (!form || !results) return;
    var input = form.querySelector("input[name=q]");
    var root = form.getAttribute("action").replace(/search\.html$/, "");
    var prepared = null;

    function prepare() {
      if (prepared || !window.kaderSearchIndex) return prepared;
      prepared = window.kaderSearchIndex.map(function (entry) {
        var title = stems(entry.title);
        return { entry: entry, exact: title.join(" "), title: spaced(title), text: spaced(stems(entry.text)) };
      });
      return prepared;
    }

    // The entry's text around the first matched word, the matched words in <mark>: built from
    // text nodes, so no text of the index is ever read as HTML.
    function snippet(text, terms) {
      var pattern = /[\p{L}\p{N}]+/gu, match, first = -1;
      function matches(word) {
        var folded = stem(fold(word));
        return terms.some(function (term) { return folded.indexOf(term) === 0; });
      }
      while ((match = pattern.exec(text))) {
        if (matches(match[0])) { first = match.index; break; }
      }
      var start = first < 60 ? 0 : text.lastIndexOf(" ", first - 60) + 1;
      var end = Math.min(text.length, start + 200);
      if (end < text.length && text.lastIndexOf(" ", end) > start) end = text.lastIndexOf(" ", end);
      var part = text.slice(start, end);
      var element = document.createElement("p");
      element.className = "search-snippet";
      var at = 0;
      if (start > 0) element.appendChild(document.createTextNode("… "));
      pattern.lastIndex = 0;
      while ((match = pattern.exec(part))) {
        if (!matches(match[0])) continue;
        element.appendChild(document.createTextNode(part.slice(at, match.index)));
        var mark = document.createElement("mark");
        mark.textContent = match[0];
        element.appendChild(mark);
        at = match.index + match[0].length;
      }
      element.appendChild(document.createTextNode(part.slice(at) + (end < text.length ? " …" : "")));
      return element;
    }

    function run(query) {
      results.textContent = "";
      var terms = stems(query);
      if (!terms.length || !prepare()) { status.textContent = ""; return; }
      var exact = terms.join(" ");
      var hits = [];
      prepared.forEach(function (item) {
        var inTitle = 0;
        for (var i = 0; i < terms.length; i++) {
          var needle = " " + terms[i];
          if (item.title.indexOf(needle) !== -1) inTitle++;
          else if (item.text.indexOf(needle) === -1) return;
        }
        // 3: the title is the query; 2: every word in the title; 1: some only in the text.
        var rank = item.exact === exact ? 3 : inTitle === terms.length ? 2 : 1;
        hits.push({ entry: item.entry, rank: rank });
      });
      hits.sort(function (a, b) {
        var ad = a.entry.date || "", bd = b.entry.date || "";
        return b.rank - a.rank || (ad < bd ? 1 : ad > bd ? -1 : 0) || a.entry.title.localeCompare(b.entry.title);
      });
      hits.slice(0, 50).forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + hit.entry.url;
        link.textContent = hit.entry.title;
        var kind = document.createElement("span");
        kind.className = "meta";
        kind.textContent = hit.entry.kind + (hit.entry.dateText ? " · " + hit.entry.dateText : "");
        item.appendChild(link);
        item.appendChild(kind);
        if (hit.entry.text) item.appendChild(snippet(hit.entry.text, terms));
        results.appendChild(item);
      });
      status.textContent = hits.length
        ? hits.length + " " + status.getAttribute(hits.length === 1 ? "data-one" : "data-many")
          + (hits.length > 50 ? " " + status.getAttribute("data-first") : "")
        : status.getAttribute("data-none");
    }

    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value);
      remember("?q=" + encodeURIComponent(input.value));
    });
    input.addEventListener("input", function () { run(input.value); });
    if (query) run(query);
  }

  // Keeps a page's state in its address, so it can be shared (where the browser allows it).
  function remember(search) {
    if (!window.history || !window.history.replaceState) return;
    try { window.history.replaceState(null, "", search || window.location.pathname); } catch (error) { /* not allowed here */ }
  }

  function storyFilter() {
    var form = document.querySelector("[data-story-filter]");
    if (!form) return;
    form.hidden = false;
    var items = Array.prototype.slice.call(document.querySelectorAll(".story-item"));
    var count = form.querySelector("output[name=count]");
    var unit = form.querySelector("[data-count-unit]");
    var names = ["kind", "team", "value"];
    // ?kind=lesson&team=onthaal&value=openheid chooses the filters; an unknown value is ignored.
    var params = new URLSearchParams(window.location.search);
    names.forEach(function (name) {
      var wanted = params.get(name), select = form.elements[name];
      if (wanted && Array.prototype.some.call(select.options, function (option) { return option.value === wanted; })) select.value = wanted;
    });
    function apply() {
      var kind = form.elements.kind.value, team = form.elements.team.value, value = form.elements.value.value;
      var shown = 0;
      items.forEach(function (item) {
        var match = (!kind || item.getAttribute("data-kind") === kind) &&
          (!team || item.getAttribute("data-team") === team) &&
          (!value || (" " + item.getAttribute("data-values") + " ").indexOf(" " + value + " ") !== -1);
        item.hidden = !match;
        if (match) shown++;
      });
      count.textContent = shown;
      unit.textContent = unit.getAttribute(shown === 1 ? "data-one" : "data-many");
    }
    form.addEventListener("change", function () {
      apply();
      var chosen = new URLSearchParams();
      names.forEach(function (name) { if (form.elements[name].value) chosen.set(name, form.elements[name].value); });
      var search = chosen.toString();
      remember(search ? "?" + search : "");
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    search();
    storyFilter();
  });
})();
