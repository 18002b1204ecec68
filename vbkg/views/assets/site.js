/* The static site's graph loader: each document's neighbourhood is a small script,
 * data/NAME.js, calling vbkgData(...); scripts load from file:// where fetch() may not. */
(function () {
  "use strict";
  var waiting = {}, files = {};
  window.vbkgData = function (d) {
    d.nodes.forEach(function (n) { if (n.file) files[n.id] = n.file; });
    var done = waiting[d.center]; delete waiting[d.center];
    if (done) done(d);
  };
  function loader(startId, startFile) {
    files[startId] = startFile;
    return function (id, done) {
      var file = files[id];
      if (!file) { done(null); return; } // not a document of the site (an organization, a person)
      waiting[id] = done;
      var s = document.createElement("script");
      s.src = "../data/" + file + ".js";
      s.onerror = function () { delete waiting[id]; done(null); };
      document.head.appendChild(s);
    };
  }
  function link(n) { return files[n.id] ? "../doc/" + files[n.id] + ".html" : null; }
  window.VbkgSite = { loader: loader, link: link };
})();
