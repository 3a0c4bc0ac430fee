// kader's one script: search from a prebuilt index, and filtering the stories list. Both work
// with no server and from disk; without JavaScript the pages still show everything.
(function () {
  "use strict";

  function words(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
  }

  function search() {
    var form = document.querySelector("[data-search]");
    var results = document.querySelector("[data-search-results]");
    var status = document.querySelector("[data-search-status]");
    if (!form || !results) return;
    var input = form.querySelector("input[name=q]");
    var root = form.getAttribute("action").replace(/search\.html$/, "");

    function run(query) {
      results.textContent = "";
      var terms = words(query);
      if (!terms.length || !window.kaderSearchIndex) { status.textContent = ""; return; }
      var hits = [];
      window.kaderSearchIndex.forEach(function (entry) {
        var title = words(entry.title).join(" ");
        var text = title + " " + words(entry.text).join(" ");
        var score = 0;
        for (var i = 0; i < terms.length; i++) {
          if (text.indexOf(terms[i]) === -1) return;
          score += title.indexOf(terms[i]) !== -1 ? 10 : 1;
        }
        hits.push({ entry: entry, score: score });
      });
      hits.sort(function (a, b) { return b.score - a.score || a.entry.title.localeCompare(b.entry.title); });
      hits.slice(0, 50).forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + hit.entry.url;
        link.textContent = hit.entry.title;
        var kind = document.createElement("span");
        kind.className = "meta";
        kind.textContent = hit.entry.kind;
        item.appendChild(link);
        item.appendChild(kind);
        results.appendChild(item);
      });
      status.textContent = hits.length ? hits.length + " \u00d7" : status.getAttribute("data-none");
    }

    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value);
      if (window.history && window.history.replaceState && window.location.protocol !== "file:") {
        window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      }
    });
    input.addEventListener("input", function () { run(input.value); });
    if (query) run(query);
  }

  function storyFilter() {
    var form = document.querySelector("[data-story-filter]");
    if (!form) return;
    form.hidden = false;
    var items = Array.prototype.slice.call(document.querySelectorAll(".story-item"));
    var count = form.querySelector("output[name=count]");
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
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    search();
    storyFilter();
  });
})();
