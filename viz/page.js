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
  var canvasBox = document.getElementById("vbgraph-canvas");
  var FACE = data.options.nodes.font.face;
  var measure = document.createElement("canvas").getContext("2d");
  function textWidth(text, size, bold) {
    measure.font = (bold ? "bold " : "") + size + "px " + FACE;
    return measure.measureText(String(text)).width;
  }
  var MAX_SCALE = 1.25;  // never zoom a small graph in past this
  var MARGIN = 24;       // screen pixels kept free around the drawing when fitting
  var LEVEL_FONT = 14, GROUP_FONT = 13;
  var RANK = { IMPLEMENTS: 0, REVIEWS: 1, BASED_ON: 2, CITES: 9 };

  // ---- the overview's own layout: levels top-down, each level's documents grouped by
  // province, rows wrapped to the canvas's shape; CITES and documents only cited hidden first
  var adjacency = {};
  data.nodes.forEach(function (n) { adjacency[n.id] = []; });
  data.edges.forEach(function (e) {
    adjacency[e.from].push([e.id, e.to]);
    adjacency[e.to].push([e.id, e.from]);
  });
  var hiddenFirst = {}, edgeHiddenFirst = {};
  data.nodes.forEach(function (n) { if (n.hidden) hiddenFirst[n.id] = true; });
  data.edges.forEach(function (e) { if (e.hidden) edgeHiddenFirst[e.id] = true; });
  var state = { showCites: false, expanded: {} };
  var sizes = {};        // id -> {w, up, down} as last drawn (canvas units)
  var frames = [];       // overview: bands, level names and group frames to draw
  var titles = [];       // every name the page draws itself: {text, x, y, w, h, font}

  function edgeShown(e) {
    return !edgeHiddenFirst[e.id] || state.showCites || state.expanded[e.from] ||
      state.expanded[e.to];
  }

  function estimate(n) {
    var size = n.font.size, lw = 0;
    String(n.label).split("\n").forEach(function (l) { lw = Math.max(lw, textWidth(l, size)); });
    if (n.shape === "box") return { w: lw + 12, up: size / 2 + 6, down: size / 2 + 6 };
    if (n.shape === "ellipse") {
      return { w: lw + size + 16, up: size / 2 + 8, down: size / 2 + 8 };
    }
    var r = n.size || 20;
    return { w: Math.max(2 * r, lw + 8), up: r, down: r + size + 8 };
  }
  function sizeOf(id) { return sizes[id] || estimate(nodes.get(id)); }

  function pack(ids, limit) {
    var GAP = 34, GROUP_GAP = 46, TITLE = GROUP_FONT + 10, HEADER = LEVEL_FONT + 16;
    var LINE_GAP = 40, LEVEL_GAP = 44;
    var pos = {}, out = { pos: pos, frames: [], titles: [], width: 0, height: 0 };
    var y = 0;
    data.levels.forEach(function (level) {
      var rank = level[0];
      var mine = ids.filter(function (id) { return nodes.get(id).level === rank; });
      if (!mine.length) return;
      var top = y;
      y += HEADER;
      var groups = {}, order = [];
      var bary = {};
      mine.forEach(function (id) {
        var n = nodes.get(id), xs = [];
        adjacency[id].forEach(function (pair) {
          if (pos[pair[1]] && edgesShown[pair[0]]) xs.push(pos[pair[1]].x);
        });
        bary[id] = xs.length ? xs.reduce(function (a, b) { return a + b; }, 0) / xs.length : null;
        if (!groups[n.vbGroup]) { groups[n.vbGroup] = []; order.push(n.vbGroup); }
        groups[n.vbGroup].push(id);
      });
      function byBary(a, b) {
        var x = bary[a], z = bary[b];
        if (x === null && z === null) return 0;
        if (x === null) return 1;
        if (z === null) return -1;
        return x - z;
      }
      function byLabel(a, b) {
        return String(nodes.get(a).label).localeCompare(String(nodes.get(b).label), "vi");
      }
      order.forEach(function (g) {
        groups[g].sort(rank === 0 ? function (a, b) {  // most implemented first
          return nodes.get(b).vbImpl - nodes.get(a).vbImpl || byLabel(a, b);
        } : function (a, b) { return byBary(a, b) || byLabel(a, b); });
      });
      var centre = {};
      order.forEach(function (g) {
        var xs = groups[g].map(function (id) { return bary[id]; })
          .filter(function (x) { return x !== null; });
        centre[g] = xs.length ? xs.reduce(function (a, b) { return a + b; }, 0) / xs.length : null;
      });
      order.sort(function (a, b) {
        var x = centre[a], z = centre[b];
        if (x !== null && z !== null && x !== z) return x - z;
        if (x === null && z !== null) return 1;
        if (z === null && x !== null) return -1;
        return a.localeCompare(b, "vi");
      });
      // flow documents into lines no wider than `limit`; a line holds segments of one group
      var lines = [], line = null;
      order.forEach(function (g) {
        var titleW = g ? textWidth(g, GROUP_FONT, true) + 12 : 0, seg = null;
        groups[g].forEach(function (id) {
          var w = sizeOf(id).w + GAP;
          var add = seg ? w : Math.max(w, titleW) + (line && line.segs.length ? GROUP_GAP : 0);
          if (!line || (line.width + add > limit && line.segs.length)) {
            line = { segs: [], width: 0 };
            lines.push(line);
            seg = null;
            add = Math.max(w, titleW);
          }
          if (!seg) {
            seg = { group: g, ids: [], width: 0, titleW: titleW,
                    gap: line.segs.length ? GROUP_GAP : 0 };
            line.segs.push(seg);
          }
          var before = seg.width;
          seg.ids.push(id);
          seg.width = Math.max(seg.width + w, titleW);
          line.width += seg.width - before + (seg.ids.length === 1 ? seg.gap : 0);
        });
      });
      var named = order.some(function (g) { return g; });
      lines.forEach(function (ln) {
        var up = 0, down = 0;
        ln.segs.forEach(function (seg) {
          seg.ids.forEach(function (id) {
            var s = sizeOf(id);
            up = Math.max(up, s.up);
            down = Math.max(down, s.down);
          });
        });
        var strip = named ? TITLE : 0, cy = y + strip + up, x = -ln.width / 2;
        ln.segs.forEach(function (seg) {
          x += seg.gap;
          var used = seg.ids.reduce(function (a, id) { return a + sizeOf(id).w + GAP; }, 0);
          var cx = x + (seg.width - used) / 2;
          seg.ids.forEach(function (id) {
            var w = sizeOf(id).w + GAP;
            pos[id] = { x: cx + w / 2, y: cy };
            cx += w;
          });
          if (seg.group) {
            out.frames.push({ kind: "group", x: x + 2, y: y + 2, w: seg.width - 4,
                              h: strip + up + down + 18 });
            out.titles.push({ text: seg.group, x: x + 8, y: y + 4, w: seg.titleW - 12,
                              h: GROUP_FONT + 4, font: GROUP_FONT, bold: true });
          }
          x += seg.width;
        });
        out.width = Math.max(out.width, ln.width);
        y += strip + up + down + LINE_GAP;
      });
      y += LEVEL_GAP - LINE_GAP;
      out.frames.push({ kind: "band", top: top - LEVEL_GAP / 2, bottom: y - LEVEL_GAP / 2,
                        colour: level[2],
                        stripe: out.frames.filter(function (f) { return f.kind === "band"; })
                          .length % 2 });
      out.titles.push({ text: level[1], level: true, x: 0, y: top,
                        w: textWidth(level[1], LEVEL_FONT, true), h: LEVEL_FONT + 4,
                        font: LEVEL_FONT, bold: true, colour: level[2] });
    });
    out.height = Math.max(y - LEVEL_GAP, 1);
    // level names start at the drawing's left edge
    out.titles.forEach(function (t) { if (t.level) t.x = -out.width / 2; });
    return out;
  }

  var edgesShown = {};
  function visibleIds() {
    edgesShown = {};
    data.edges.forEach(function (e) { edgesShown[e.id] = edgeShown(e); });
    return data.nodes.filter(function (n) {
      if (!hiddenFirst[n.id] || state.expanded[n.id]) return true;
      return adjacency[n.id].some(function (pair) { return edgesShown[pair[0]]; });
    }).map(function (n) { return n.id; });
  }

  function place() {
    var ids = visibleIds();
    var shown = {};
    ids.forEach(function (id) { shown[id] = true; });
    nodes.update(data.nodes.filter(function (n) {
      return Boolean(nodes.get(n.id).hidden) === Boolean(shown[n.id]);
    }).map(function (n) { return { id: n.id, hidden: !shown[n.id] }; }));
    var edgeFix = data.edges.map(function (e) {
      return { id: e.id, hidden: !edgesShown[e.id] };
    });
    var W = canvasBox.clientWidth - 2 * MARGIN, H = canvasBox.clientHeight - 2 * MARGIN;
    var widest = 1, total = 1;
    ids.forEach(function (id) { widest = Math.max(widest, sizeOf(id).w + 260); });
    data.levels.forEach(function (level) {
      var sum = 0;
      ids.forEach(function (id) {
        if (nodes.get(id).level === level[0]) sum += sizeOf(id).w + 80;
      });
      total = Math.max(total, sum);
    });
    var best = null;
    for (var k = 0; k <= 31; k++) {  // the last: every level on one line
      var limit = k > 30 ? Infinity : widest + (Math.max(total, widest) - widest) * k / 30;
      var lay = pack(ids, limit);
      var scale = Math.min(W / lay.width, H / lay.height, MAX_SCALE);
      if (!best || scale > best.scale + 1e-6) best = { scale: scale, lay: lay };
    }
    var lay = best.lay;
    nodes.update(ids.map(function (id) { return { id: id, x: lay.pos[id].x, y: lay.pos[id].y }; }));
    // relations along one line would run through the documents between: arc them
    edgeFix.forEach(function (fix) {
      var e = edges.get(fix.id), a = lay.pos[e.from], b = lay.pos[e.to];
      var flat = a && b && Math.abs(a.y - b.y) < 1 && !dataEdge[fix.id].smooth;
      fix.smooth = flat ? { enabled: true, type: "curvedCW", roundness: 0.3 } :
        dataEdge[fix.id].smooth || data.options.edges.smooth;
    });
    edges.update(edgeFix);
    frames = lay.frames;
    titles = lay.titles;
  }
  var dataEdge = {};
  data.edges.forEach(function (e) { dataEdge[e.id] = e; });

  if (data.overview) {
    // first placement from estimated sizes, before vis draws anything
    place();
  }
  var network = new vis.Network(canvasBox, { nodes: nodes, edges: edges }, data.options);
  window.vbgraphData = data;
  window.vbgraphNetwork = network;
  window.vbgraphReady = false;

  // ---- fit: the whole drawing (shapes, their labels, edge labels, our names) inside the
  // canvas with a margin, never zoomed in past MAX_SCALE
  function drawnEdgeLabels() {
    var out = [];
    network.body.edgeIndices.forEach(function (id) {
      var e = network.body.edges[id];
      if (!e.options.label || e.options.hidden || !e.connected || !e.options.font.size) return;
      var s = e.labelModule.size;
      if (s.width > 0) out.push({ id: id, left: s.left, top: s.top, right: s.left + s.width,
                                  bottom: s.top + s.height });
    });
    return out;
  }
  function titleBoxes() {
    var scale = network.getScale();
    var list = titles.map(function (t) {
      return { text: t.text, left: t.x, top: t.y, right: t.x + t.w, bottom: t.y + t.h };
    });
    if (!data.overview) {
      // lineage: the band names sit at the band's (or the window's) top left
      var topLeft = network.DOMtoCanvas({ x: 0, y: 0 });
      rows.forEach(function (row) {
        var y = network.getPosition(row.id).y;
        var top = Math.max(y - band / 2, topLeft.y) + 4 / scale;
        if (top + 18 / scale > y + band / 2) return;
        list.push({ text: row.name, left: topLeft.x + 8 / scale, top: top,
                    right: topLeft.x + 8 / scale + textWidth(row.name, 13, true) / scale,
                    bottom: top + 17 / scale });
      });
    }
    return list;
  }
  window.vbgraphTitles = function () {  // our own names, in page (DOM) pixels
    return titleBoxes().map(function (b) {
      var a = network.canvasToDOM({ x: b.left, y: b.top });
      var z = network.canvasToDOM({ x: b.right, y: b.bottom });
      return { text: b.text, left: a.x, top: a.y, right: z.x, bottom: z.y };
    });
  };

  function fit() {
    var box = null;
    function grow(b) {
      if (!box) { box = { left: b.left, top: b.top, right: b.right, bottom: b.bottom }; return; }
      box.left = Math.min(box.left, b.left); box.top = Math.min(box.top, b.top);
      box.right = Math.max(box.right, b.right); box.bottom = Math.max(box.bottom, b.bottom);
    }
    network.body.nodeIndices.forEach(function (id) {
      var n = network.body.nodes[id];
      if (n.options.hidden) return;
      var b = network.getBoundingBox(id), s = sizeOf(id);
      grow({ left: Math.min(b.left, n.x - s.w / 2), right: Math.max(b.right, n.x + s.w / 2),
             top: Math.min(b.top, n.y - s.up), bottom: Math.max(b.bottom, n.y + s.down) });
    });
    drawnEdgeLabels().forEach(grow);
    if (data.overview) titles.forEach(function (t) {
      grow({ left: t.x, top: t.y, right: t.x + t.w, bottom: t.y + t.h });
    });
    if (!box) return;
    var W = canvasBox.clientWidth - 2 * MARGIN, H = canvasBox.clientHeight - 2 * MARGIN;
    var scale = Math.min(W / Math.max(box.right - box.left, 1),
                         H / Math.max(box.bottom - box.top, 1), MAX_SCALE);
    network.moveTo({ position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
                     scale: scale });
  }

  // ---- edge labels that would cover a document, its label, our names or another edge
  // label are left off (the hover and the panel still name the relation)
  function cull() {
    var kept = titleBoxes().map(function (b) { return b; });
    network.body.nodeIndices.forEach(function (id) {
      var n = network.body.nodes[id];
      if (n.options.hidden) return;
      kept.push(network.getBoundingBox(id));
      var s = n.labelModule.size;
      if (s.width > 0) kept.push({ left: s.left, top: s.top, right: s.left + s.width,
                                   bottom: s.top + s.height });
    });
    var rank = function (l) {
      var t = String(dataEdge[l.id].vbType).toUpperCase();
      return t in RANK ? RANK[t] : 5;
    };
    var dropped = [];
    drawnEdgeLabels().sort(function (a, b) { return rank(a) - rank(b); }).forEach(function (l) {
      var hit = kept.some(function (k) {
        return l.left < k.right + 2 && k.left < l.right + 2 &&
               l.top < k.bottom + 2 && k.top < l.bottom + 2;
      });
      // vis draws no label under its drawThreshold; "" would not clear a label
      if (hit) dropped.push({ id: l.id, font: { size: 0 } });
      else kept.push(l);
    });
    if (dropped.length) edges.update(dropped);
  }
  // relations between one pair are curved apart; while two of their labels touch, bend more
  function spreadTwins() {
    var boxes = {}, pairs = {}, bent = [];
    drawnEdgeLabels().forEach(function (l) { boxes[l.id] = l; });
    data.edges.forEach(function (e) {
      if (e.vbTwin === undefined || !boxes[e.id]) return;
      var key = [e.from, e.to].sort().join("\u0000");
      (pairs[key] = pairs[key] || []).push(e.id);
    });
    Object.keys(pairs).forEach(function (key) {
      var ids = pairs[key], touch = false;
      ids.forEach(function (a, i) {
        ids.slice(i + 1).forEach(function (b) {
          var p = boxes[a], q = boxes[b];
          if (p.left < q.right + 4 && q.left < p.right + 4 && p.top < q.bottom + 4 &&
              q.top < p.bottom + 4) touch = true;
        });
      });
      if (!touch) return;
      ids.forEach(function (id) {
        var smooth = edges.get(id).smooth;
        bent.push({ id: id, smooth: { enabled: true, type: smooth.type,
                                      roundness: Math.min(smooth.roundness * 1.5, 1.5) } });
      });
    });
    if (bent.length) edges.update(bent);
    return bent.length > 0;
  }
  function restoreLabels() {
    edges.update(data.edges.filter(function (e) { return e.label; }).map(function (e) {
      return { id: e.id, font: { size: data.options.edges.font.size } };
    }));
  }

  // ---- settling: (physics, for a lineage) → measure what vis drew and place again while
  // sizes change (overview) → fit → leave off covering edge labels → fit → ready
  var settled = !data.physics;
  var phase = "measure", passes = 0;
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      settled = true;
    });
  }
  function remeasure() {
    var changed = false;
    network.body.nodeIndices.forEach(function (id) {
      var n = network.body.nodes[id];
      if (n.options.hidden) return;
      var b = network.getBoundingBox(id);
      var s = { w: b.right - b.left, up: n.y - b.top, down: b.bottom - n.y };
      var old = sizes[id];
      if (!old || Math.abs(old.w - s.w) > 1 || Math.abs(old.up - s.up) > 1 ||
          Math.abs(old.down - s.down) > 1) changed = true;
      sizes[id] = s;
    });
    return changed;
  }
  function relayout() {  // after the toggle or an expansion
    window.vbgraphReady = false;
    restoreLabels();
    place();
    fit();
    phase = "measure";
    passes = 0;
    network.redraw();
  }
  // each step runs after the frame it reads, never inside vis's drawing
  var stepping = false;
  function step() {
    stepping = false;
    if (phase === "measure") {
      var changed = remeasure();
      if (data.overview && changed && passes++ < 3) {
        place();
        fit();
        network.redraw();
        return;
      }
      if (!data.large) fit();
      phase = "twins";
      passes = 0;
      network.redraw();
    } else if (phase === "twins") {
      if (spreadTwins() && passes++ < 6) {
        network.redraw();
        return;
      }
      phase = "cull";
      step();
    } else if (phase === "cull") {
      cull();
      if (!data.large) fit();
      phase = "done";
      network.redraw();
    } else {
      window.vbgraphReady = true;
      window.vbgraphReadyAt = performance.now();
    }
  }
  network.on("afterDrawing", function () {
    if (!settled || window.vbgraphReady || stepping) return;
    stepping = true;
    setTimeout(step, 0);
  });

  // Lineage: faint band and name behind each administrative level that has documents.
  var rows = data.levels.map(function (level) {
    var first = data.nodes.find(function (n) { return n.level === level[0]; });
    return first && { id: first.id, name: level[1], colour: level[2] };
  }).filter(Boolean);
  var band = data.options.layout.hierarchical.levelSeparation;
  network.on("beforeDrawing", function (ctx) {
    var canvas = ctx.canvas, scale = network.getScale();
    var topLeft = network.DOMtoCanvas({ x: 0, y: 0 });
    var right = network.DOMtoCanvas({ x: canvas.clientWidth, y: 0 }).x;
    if (data.overview) {
      frames.forEach(function (f) {
        if (f.kind === "band") {
          ctx.globalAlpha = f.stripe ? 0.05 : 0.09;
          ctx.fillStyle = f.colour;
          ctx.fillRect(topLeft.x, f.top, right - topLeft.x, f.bottom - f.top);
        } else {
          ctx.globalAlpha = 0.55;
          ctx.strokeStyle = "#aab7b8";
          ctx.lineWidth = 1 / scale;
          ctx.strokeRect(f.x, f.y, f.w, f.h);
        }
      });
      ctx.globalAlpha = 1;
      ctx.textBaseline = "top";
      titles.forEach(function (t) {
        ctx.font = (t.bold ? "bold " : "") + t.font + "px " + FACE;
        ctx.fillStyle = t.colour || "#34495e";
        ctx.fillText(t.text, t.x, t.y);
      });
      ctx.textBaseline = "alphabetic";
      return;
    }
    rows.forEach(function (row, i) {
      var y = network.getPosition(row.id).y;
      ctx.globalAlpha = i % 2 ? 0.05 : 0.09;
      ctx.fillStyle = row.colour;
      ctx.fillRect(topLeft.x, y - band / 2, right - topLeft.x, band);
      ctx.globalAlpha = 1;
      ctx.font = "bold " + 13 / scale + "px " + FACE;
      ctx.textBaseline = "top";
      // name at the band's top, or at the window's top while the band's top is scrolled off
      var labelY = Math.max(y - band / 2, topLeft.y) + 4 / scale;
      if (labelY + 18 / scale <= y + band / 2) ctx.fillText(row.name, topLeft.x + 8 / scale, labelY);
      ctx.textBaseline = "alphabetic";
    });
  });

  var toggle = document.getElementById("vbgraph-cites");
  toggle.addEventListener("change", function () {
    state.showCites = toggle.checked;
    relayout();
  });
  // double-click a document of the overview: show the documents hidden behind it
  network.on("doubleClick", function (params) {
    if (!data.overview || !params.nodes.length) return;
    state.expanded[params.nodes[0]] = true;
    relayout();
  });
  window.vbgraphExpand = function (id) { state.expanded[id] = true; relayout(); };

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
    if (nodes.get(id).hidden) {  // a document hidden in the overview: show it first
      state.expanded[id] = true;
      relayout();
    }
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
