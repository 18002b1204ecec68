/* Search as you type, for `vbkg serve` (asks the server) and the static site (searches its
 * own index). Results are built with textContent: a title is always shown as text. */
(function () {
  "use strict";
  function start(input, list, count, find, href) {
    var timer = null, asked = 0;
    function show(text) {
      var mine = ++asked;
      if (!text.trim()) { list.textContent = ""; count.textContent = ""; return; }
      find(text, function (hits) {
        if (mine !== asked) return; // an older answer arriving late
        list.textContent = "";
        if (!Array.isArray(hits)) { count.textContent = (hits && hits.error) || "search failed"; return; }
        count.textContent = hits.length + (hits.length >= 30 ? "+" : "") + " found";
        hits.forEach(function (d) {
          var li = document.createElement("li"), a = document.createElement("a");
          a.href = href(d); a.textContent = d.symbol || (d.title || d.id).slice(0, 80);
          li.appendChild(a);
          var meta = [d.type, d.date || d.year, d.issuer].filter(Boolean).join(" · ");
          li.appendChild(document.createTextNode(" — " + meta + (d.symbol && d.title ? " — " + d.title.slice(0, 120) : "")));
          list.appendChild(li);
        });
      });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { show(input.value); }, 120); });
    if (input.value) show(input.value);
  }
  window.VbkgSearch = { start: start };
})();
/* The static site's search: the same scoring as `vbkg search` over an index shipped with the
 * site (a number scores most, whole words next, parts of words least; every word must match). */
(function () {
  "use strict";
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function local(docs) {
    docs.forEach(function (d) { d.words = {}; (d.key.match(/[a-z0-9]+/g) || []).forEach(function (w) { d.words[w] = true; }); });
    return function (text, done) {
      var words = (fold(text).replace(/so /g, " ").match(/[a-z0-9]+/g) || []).filter(function (w) { return w !== "so"; });
      if (!words.length) { done([]); return; }
      function score(d) {
        var s = 0;
        for (var i = 0; i < words.length; i++) {
          var w = words[i];
          if (/^\d+$/.test(w)) {
            if (d.num && d.num === w.replace(/^0+/, "")) s += 3; else if (d.words[w]) s += 1; else return 0;
          } else if (d.words[w]) s += 2; else if (w.length > 2 && d.key.indexOf(w) >= 0) s += 1; else return 0;
        }
        return s;
      }
      var hits = [];
      docs.forEach(function (d) { var s = score(d); if (s) hits.push([s, d]); });
      hits.sort(function (a, b) { return b[0] - a[0] || (b[1].loaded - a[1].loaded) || (a[1].id < b[1].id ? -1 : 1); });
      done(hits.slice(0, 30).map(function (x) { return x[1]; }));
    };
  }
  window.VbkgSearch.local = local;
})();
