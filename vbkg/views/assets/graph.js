/* The interactive picture of vbkg, shared by `vbkg serve` and the static site.
 *
 * VbkgGraph.start(el, {start, load, link, style, legend, filters, status}) draws `start`'s
 * neighbourhood; a click on a node loads and adds that node's neighbours; a double click opens
 * its page. Every text comes from data and is set as text (textContent, vis-network string
 * titles), never as HTML. Edge labels show on hover only, so they never pile up.
 */
(function () {
  "use strict";
  var LAYERED_LIMIT = 150; // above this many nodes at once, a computed layered layout (rows per level)
  var BIG = 1000; // above this many, nodes are drawn without labels (the tooltip names them)

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function start(container, opts) {
    var style = opts.style || { classes: {}, default: { color: "#bbb", shape: "dot" }, edges: {} };
    var nodes = new vis.DataSet();
    var edges = new vis.DataSet();
    var hiddenRels = {}, hiddenClasses = {}, expanded = {}, hiddenCount = {};
    var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenClasses[n.cls]; } });
    var edgeView = new vis.DataView(edges, { filter: function (e) { return !hiddenRels[e.rel]; } });

    function nodeStyle(n) {
      var s = style.classes[n.cls] || style.default;
      var light = s.color === "#F0E442" || s.color === "#56B4E9" || s.color === "#E69F00" || s.color === "#999999";
      return {
        id: n.id, label: n.label, title: n.title, cls: n.cls, doc: n.doc, shape: s.shape,
        color: { background: s.color, border: n.id === opts.start ? "#000" : "#444",
                 highlight: { background: s.color, border: "#000" } },
        borderWidth: n.id === opts.start ? 4 : 1,
        size: n.id === opts.start ? 22 : 14,
        font: s.shape === "box" ? { color: light ? "#000" : "#fff", size: 13 } :
              { size: 13, strokeWidth: 4, strokeColor: "#ffffff", color: "#111" }
      };
    }

    function edgeId(e) { return e.from + "|" + e.rel + "|" + e.to; }

    function add(data) {
      var newNodes = [], newEdges = [], big = data.nodes.length > BIG;
      data.nodes.forEach(function (n) {
        if (nodes.get(n.id)) return;
        // thousands of labels and shapes are unreadable at that scale and slow to draw on a CPU
        // canvas: plain dots in the class colour; the tooltip names the node and its class
        newNodes.push(big && n.id !== opts.start ? { id: n.id, title: n.title, cls: n.cls, doc: n.doc, shape: "dot",
          size: 8, borderWidth: 0, color: (style.classes[n.cls] || style.default).color } : nodeStyle(n));
      });
      data.edges.forEach(function (e) {
        var id = edgeId(e);
        if (!edges.get(id)) {
          // at thousands of edges arrowheads cost most of the drawing and cannot be seen: the
          // layered layout shows direction (what is pointed at stands above)
          newEdges.push({ id: id, from: e.from, to: e.to, rel: e.rel, title: e.title, arrows: big ? "" : "to",
                          dashes: !big && !e.head,
                          color: big ? style.edges[e.rel] || "#999" : { color: style.edges[e.rel] || "#999", highlight: "#000" },
                          width: big || e.rel === "CITES" ? 1 : 2 });
        }
      });
      if (opts.hierarchical || data.nodes.length > LAYERED_LIMIT) {
        var levelOf = {};
        data.nodes.forEach(function (d) { levelOf[d.id] = d.level; });
        newNodes.forEach(function (n) { n.level = levelOf[n.id]; });
        layered(newNodes, newEdges);
        nodes.add(newNodes); edges.add(newEdges);
      } else {
        place(data.center, newNodes, data.edges);
        nodes.add(newNodes); edges.add(newEdges);
      }
      expanded[data.center] = true;
      hiddenCount[data.center] = data.hidden;
      // when the first picture is on screen (bench/site.py reads it)
      network.once("afterDrawing", function () { if (!window.vbkgDrawnAt) window.vbkgDrawnAt = performance.now(); });
      refresh();
      if (network && data.center === opts.start) network.fit({ animation: false });
    }

    function place(centerId, newNodes, newEdges) {
      // Layered around the node expanded: what it points at (implements, rests on) above it,
      // what points at it below, on arcs of rings wide enough that labels do not touch.
      var at = centerId === opts.start && !nodes.get(centerId) ? { x: 0, y: 0 } :
               (network ? network.getPositions([centerId])[centerId] : null) || { x: 0, y: 0 };
      var up = [], down = [], first = centerId === opts.start && !nodes.get(centerId);
      var pointsAt = {};
      newEdges.forEach(function (e) { if (e.from === centerId) pointsAt[e.to] = true; });
      newNodes.forEach(function (n) {
        if (n.id === centerId) { n.x = at.x; n.y = at.y; return; }
        (pointsAt[n.id] ? up : down).push(n);
      });
      [[up, -1], [down, 1]].forEach(function (g) {
        var list = g[0], side = g[1], i = 0, r = first ? 230 : 170, ring = 0;
        while (i < list.length) {
          var span = 2.0, room = Math.max(3, Math.floor(r * span * 1.6 / 150)), take = Math.min(room, list.length - i);
          for (var k = 0; k < take; k++) {
            var a = -span / 2 + (take === 1 ? span / 2 : span * k / (take - 1)) + (ring % 2 ? span / room / 2 : 0);
            list[i + k].x = at.x + r * Math.sin(a) * 1.6;
            list[i + k].y = at.y + side * r * Math.cos(a);
          }
          i += take; r += 120; ring++;
        }
      });
    }

    function layered(extraNodes, extraEdges) {
      // Levels (given, or BFS from the start), each level wrapped into rows of a width that keeps
      // the picture about as wide as tall, nodes ordered under the nodes they link to above:
      // cheap at thousands of nodes, where physics is not, and never a single endless line.
      var level = {}, adj = {};
      var allNodes = nodes.get().concat(extraNodes), allEdges = edges.get().concat(extraEdges);
      allEdges.forEach(function (e) {
        (adj[e.from] = adj[e.from] || []).push(e.to);
        (adj[e.to] = adj[e.to] || []).push(e.from);
      });
      var byId = {};
      allNodes.forEach(function (n) { byId[n.id] = n; });
      if (opts.hierarchical) {
        allNodes.forEach(function (n) { level[n.id] = n.level || 0; });
      } else {
        var order = [opts.start];
        level[opts.start] = 0;
        for (var i = 0; i < order.length; i++) {
          (adj[order[i]] || []).forEach(function (m) {
            if (level[m] === undefined) { level[m] = level[order[i]] + 1; order.push(m); }
          });
        }
      }
      var rows = {}, slot = {};
      allNodes.forEach(function (n) { var l = level[n.id] === undefined ? 99 : level[n.id]; (rows[l] = rows[l] || []).push(n.id); });
      var perRow = Math.max(6, Math.ceil(Math.sqrt(allNodes.length) * 1.1)), y = 0;
      Object.keys(rows).map(Number).sort(function (a, b) { return a - b; }).forEach(function (l) {
        var ids = rows[l];
        function key(id) {
          var s = 0, c = 0;
          (adj[id] || []).forEach(function (m) { if (slot[m] !== undefined) { s += slot[m]; c++; } });
          return c ? s / c : 1e9;
        }
        ids.sort(function (a, b) { return key(a) - key(b) || (a < b ? -1 : 1); });
        var width = Math.min(ids.length, perRow);
        for (var k = 0; k < ids.length; k++) {
          var col = k % perRow;
          slot[ids[k]] = col / Math.max(1, width - 1);
          byId[ids[k]].x = (col - width / 2) * 170 + (Math.floor(k / perRow) % 2) * 85;
          byId[ids[k]].y = y + Math.floor(k / perRow) * 100;
        }
        y += (Math.floor((ids.length - 1) / perRow) + 1) * 100 + 160;
      });
      var moved = nodes.get().map(function (n) { return { id: n.id, x: byId[n.id].x, y: byId[n.id].y }; });
      if (moved.length) nodes.update(moved);
    }

    var network = null;
    network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
      layout: { improvedLayout: false },
      physics: { enabled: false },
      edges: { smooth: false, font: { size: 12, align: "top", strokeWidth: 4 }, selectionWidth: 2,
               hoverWidth: 1.5 },
      nodes: { widthConstraint: { maximum: 160 } },
      interaction: { hover: true, tooltipDelay: 120, navigationButtons: false, keyboard: true }
    });
    network.on("hoverEdge", function (p) { edges.update({ id: p.edge, label: (edges.get(p.edge) || {}).rel }); });
    network.on("blurEdge", function (p) { edges.update({ id: p.edge, label: undefined }); });

    function expand(id) {
      if (expanded[id]) return;
      expanded[id] = true;
      opts.load(id, function (data) { if (data) add(data); });
    }
    network.on("click", function (p) { if (p.nodes.length) expand(p.nodes[0]); });
    network.on("doubleClick", function (p) {
      if (p.nodes.length && opts.link) { var url = opts.link(nodes.get(p.nodes[0])); if (url) window.location.href = url; }
    });

    function refresh() {
      if (opts.legend) legend(opts.legend);
      if (opts.filters) filters(opts.filters);
      if (opts.status) {
        var hidden = 0; Object.keys(hiddenCount).forEach(function (k) { hidden += hiddenCount[k]; });
        opts.status.textContent = nodes.length + " nodes, " + edges.length + " relations" +
          (hidden ? "; " + hidden + " weaker neighbours not drawn (strongest relations first)" : "") +
          ". Click a node to expand it, double-click to open its page; hover a line for its relation.";
      }
    }

    function present(field, ds) { var s = {}; ds.forEach(function (x) { s[x[field]] = true; }); return Object.keys(s).sort(); }

    function legend(box) {
      box.textContent = "";
      present("cls", nodes).forEach(function (c) {
        var s = style.classes[c] || style.default, item = el("span", null, "legend-item");
        var swatch = el("span", "", "swatch swatch-" + s.shape);
        swatch.style.background = s.color;
        item.appendChild(swatch); item.appendChild(el("span", c + " (" + s.shape + ")"));
        box.appendChild(item);
      });
      present("rel", edges).forEach(function (r) {
        var item = el("span", null, "legend-item"), line = el("span", "", "swatch-line");
        line.style.borderTopColor = style.edges[r] || "#999";
        item.appendChild(line); item.appendChild(el("span", r)); box.appendChild(item);
      });
      box.appendChild(el("span", "dashed: stated only in the body", "legend-item muted"));
    }

    function filters(box) {
      box.textContent = "";
      [["rel", edges, hiddenRels], ["cls", nodes, hiddenClasses]].forEach(function (f) {
        present(f[0], f[1]).forEach(function (v) {
          var label = el("label", null, "filter"), cb = el("input");
          cb.type = "checkbox"; cb.checked = !f[2][v]; cb.dataset.kind = f[0]; cb.value = v;
          cb.addEventListener("change", function () { f[2][v] = !cb.checked; nodeView.refresh(); edgeView.refresh(); });
          label.appendChild(cb); label.appendChild(document.createTextNode(" " + v)); box.appendChild(label);
        });
      });
    }

    opts.load(opts.start, function (data) { if (data) add(data); });
    var api = { network: network, nodes: nodes, edges: edges, expand: expand, add: add,
                expanded: function () { return Object.keys(expanded); } };
    window.network = network; // for the browser tests and the console
    window.vbkgGraph = api;
    return api;
  }

  window.VbkgGraph = { start: start };
})();
