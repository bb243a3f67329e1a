// vbgraph view: draw the data, show details on click, search. Document text is only ever
// put on screen with textContent (never innerHTML); vis shows string titles as plain text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("vbgraph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var panel = document.getElementById("vbgraph-details");
  var results = document.getElementById("vbgraph-results");
  var query = document.getElementById("vbgraph-query");
  var network = new vis.Network(
    document.getElementById("vbgraph-canvas"), { nodes: nodes, edges: edges }, data.options
  );
  window.vbgraphData = data;
  window.vbgraphNetwork = network;
  window.vbgraphReady = false;

  // Physics (small views only) runs a fixed number of iterations, then the layout freezes.
  var settled = !data.physics;
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      settled = true;
    });
  }
  network.on("afterDrawing", function () {
    if (settled && !window.vbgraphReady) {
      window.vbgraphReady = true;
      window.vbgraphReadyAt = performance.now();
    }
  });

  // Faint band and name behind each administrative level that has documents (row y is shared).
  var rows = data.levels.map(function (level) {
    var first = data.nodes.find(function (n) { return n.level === level[0]; });
    return first && { id: first.id, name: level[1], colour: level[2] };
  }).filter(Boolean);
  var band = data.options.layout.hierarchical.levelSeparation;
  network.on("beforeDrawing", function (ctx) {
    var canvas = ctx.canvas, scale = network.getScale();
    var topLeft = network.DOMtoCanvas({ x: 0, y: 0 });
    var right = network.DOMtoCanvas({ x: canvas.clientWidth, y: 0 }).x;
    rows.forEach(function (row, i) {
      var y = network.getPosition(row.id).y;
      ctx.globalAlpha = i % 2 ? 0.05 : 0.09;
      ctx.fillStyle = row.colour;
      ctx.fillRect(topLeft.x, y - band / 2, right - topLeft.x, band);
      ctx.globalAlpha = 1;
      ctx.font = "bold " + 13 / scale + "px sans-serif";
      // name at the band's top, or at the window's top while the band's top is scrolled off
      var labelY = Math.max(y - band / 2, topLeft.y) + 18 / scale;
      if (labelY < y + band / 2) ctx.fillText(row.name, topLeft.x + 8 / scale, labelY);
    });
  });

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function jumpButton(id) {
    var other = nodes.get(id);
    var b = el("button", other ? other.label : id, "jump");
    b.type = "button";
    b.addEventListener("click", function () { select(id); });
    return b;
  }

  function relationSection(heading, list, otherEnd) {
    panel.appendChild(el("h2", heading + " (" + list.length + ")"));
    if (!list.length) return;
    var ul = el("ul", null, "rel");
    list.forEach(function (edge) {
      var li = el("li");
      li.appendChild(el("strong", edge.vbLabel));
      li.appendChild(document.createTextNode(otherEnd === "to" ? " → " : " ← "));
      li.appendChild(jumpButton(edge[otherEnd]));
      if (edge.vbEvidence.length) {
        edge.vbEvidence.forEach(function (s) { li.appendChild(el("blockquote", s)); });
      } else {
        li.appendChild(el("blockquote", "(không có câu dẫn chứng / no evidence sentence)"));
      }
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  function showDetails(id) {
    var node = nodes.get(id);
    panel.replaceChildren();
    if (!node) return;
    panel.appendChild(el("h2", node.label, "doc"));
    var dl = el("dl");
    node.vbFacts.forEach(function (row) {
      dl.appendChild(el("dt", row[0]));
      dl.appendChild(el("dd", row[1]));
    });
    panel.appendChild(dl);
    var links = el("p", null, "links");
    [[node.vbView, "Xem văn bản này / open its view"], [node.vbApi, "API (JSON)"]].forEach(
      function (pair) {
        var a = el("a", pair[1]);
        a.href = pair[0];
        links.appendChild(a);
      }
    );
    panel.appendChild(links);
    // reports: the timeline and coverage pages beside this view, lag as JSON (api base from vbApi)
    var apiBase = String(node.vbApi).replace(/\/documents\/[^\/?#]*$/, "");
    var code = encodeURIComponent(node.id);
    var reports = el("p", null, "links reports");
    [[node.vbView + "/timeline", "Dòng thời gian / timeline"],
     [node.vbView + "/coverage", "Độ phủ / coverage"],
     [apiBase + "/reports/lag?code=" + code, "Độ trễ / lag"]].forEach(function (pair) {
      var a = el("a", pair[1]);
      a.href = pair[0];
      reports.appendChild(a);
    });
    panel.appendChild(reports);
    relationSection("Quan hệ đi / from this document",
      edges.get({ filter: function (e) { return e.from === id; } }), "to");
    relationSection("Quan hệ đến / to this document",
      edges.get({ filter: function (e) { return e.to === id; } }), "from");
  }

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.1, animation: { duration: 300 } });
    showDetails(id);
  }
  window.vbgraphSelect = select;

  network.on("click", function (params) {
    if (params.nodes.length) showDetails(params.nodes[0]);
  });

  // Search: diacritic-insensitive; đ/Đ do not decompose under NFD, so fold them by hand.
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function squash(s) { return s.replace(/[\s\-\/.–_]/g, ""); }
  var index = data.nodes.map(function (n) {
    return { id: n.id, label: fold(n.label), all: fold(n.vbSearch) };
  });

  function search(text) {
    var q = fold(text);
    if (!q) return [];
    var exact = [], prefix = [], part = [];
    index.forEach(function (r) {
      if (r.label === q || squash(r.label) === squash(q)) exact.push(r.id);
      else if (r.label.indexOf(q) === 0) prefix.push(r.id);
      else if (r.all.indexOf(q) !== -1 || squash(r.all).indexOf(squash(q)) !== -1) part.push(r.id);
    });
    return exact.concat(prefix, part);
  }
  window.vbgraphSearch = search;

  function showResults(ids) {
    results.replaceChildren();
    if (!ids.length) results.appendChild(el("li", "Không tìm thấy / not found"));
    ids.slice(0, 10).forEach(function (id) {
      var li = el("li");
      var b = jumpButton(id);
      b.addEventListener("click", function () { results.hidden = true; });
      li.appendChild(b);
      results.appendChild(li);
    });
    results.hidden = ids.length === 1;
  }

  document.getElementById("vbgraph-search").addEventListener("submit", function (event) {
    event.preventDefault();
    var ids = search(query.value);
    if (ids.length) select(ids[0]);
    showResults(ids);
  });
  query.addEventListener("keydown", function (event) {
    if (event.key === "Escape") results.hidden = true;
  });

  var focused = data.nodes.filter(function (n) { return n.vbFocus; }).map(function (n) {
    return n.id;
  });
  if (focused.length) {
    network.selectNodes(focused);
    showDetails(focused[0]);
    // a large view fitted whole is unreadably small: start at the focused document instead
    if (data.large) network.moveTo({ position: network.getPosition(focused[0]), scale: 0.8 });
  }
})();
