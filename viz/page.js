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
  var READABLE = 12;     // screen pixels a label should keep; folded groups' names shorten
  var MARGIN = 24;       // screen pixels kept free around the drawing when fitting
  var LEVEL_FONT = 14, GROUP_FONT = 13;
  var STACK = 8, LIFT = 4;  // a folded group is drawn as a stack of cards: this far right, up
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
  var state = { showCites: false, expanded: {}, folded: {}, short: false };
  var sizes = {};        // id -> {w, up, down} as last drawn (canvas units)
  var frames = [];       // overview: bands, level names and group frames to draw
  var titles = [];       // every name the page draws itself: {text, x, y, w, h, font}

  // ---- province groups: a level's documents of one province (vbGroup) can be folded into
  // one node standing for them; relations to and from them are drawn to it, counted
  var levelOf = {};
  data.levels.forEach(function (level) { levelOf[level[0]] = level; });
  var groups = [], groupById = {}, groupOf = {};
  if (data.overview) {
    data.nodes.forEach(function (n) {
      if (!n.vbGroup) return;  // central documents are not grouped
      var gid = "vbgroup:" + n.level + ":" + n.vbGroup;
      if (!groupById[gid]) {
        groupById[gid] = { id: gid, name: n.vbGroup, rank: n.level, shown: [] };
        groups.push(groupById[gid]);
      }
      groupOf[n.id] = gid;
    });
    nodes.add(groups.map(function (g) {
      var fill = levelOf[g.rank][2], ink = levelOf[g.rank][3];
      return { id: g.id, label: g.name, level: g.rank, vbGroup: g.name, vbFold: true,
               hidden: true, shape: "box", borderWidth: 2, borderWidthSelected: 3,
               margin: { top: 6, bottom: 6, left: 9, right: 9 },
               color: { background: fill, border: "#1b2631",
                        highlight: { background: fill, border: "#000000" },
                        hover: { background: fill, border: "#000000" } },
               font: { size: data.groups.font, color: ink, strokeWidth: 0 } };
    }));
    if (data.groups.folded) groups.forEach(function (g) { state.folded[g.id] = true; });
  }
  // the full name of a folded group, or the short one ("Bắc Giang (12)", the legend and the
  // hover say what the number counts) when the full ones would be drawn too small to read
  function groupLabel(g, full) {
    return state.short && !full ? g.name + " (" + g.shown.length + ")" :
      g.name + " — " + g.shown.length + " văn bản / document" +
        (g.shown.length === 1 ? "" : "s");
  }
  function groupTitle(g) {
    var names = g.shown.slice(0, 8).map(function (id) { return nodes.get(id).label; });
    var more = g.shown.length - names.length;
    return [groupLabel(g, true) + " — " + levelOf[g.rank][1],
            g.shown.length + " văn bản / documents: " + names.join(", ") +
              (more > 0 ? " … (+" + more + ")" : ""),
            state.folded[g.id] ? "Nhấp đúp để mở rộng / double-click to expand" :
              "Bấm tên khung để thu gọn / click the frame's name to collapse"].join("\n");
  }
  function header(g) { return "\u25be " + g; }  // ▾ : an open group, its name folds it

  function edgeShown(e) {
    return !edgeHiddenFirst[e.id] || state.showCites || state.expanded[e.from] ||
      state.expanded[e.to];
  }

  function estimate(n) {
    var size = n.font.size, lw = 0;
    String(n.label).split("\n").forEach(function (l) { lw = Math.max(lw, textWidth(l, size)); });
    if (n.shape === "box") return { w: lw + 12, up: size / 2 + 6, down: size / 2 + 6 };
    if (n.vbFold) return { w: lw + 22 + STACK, up: size / 2 + 8 + LIFT, down: size / 2 + 8 };
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
    var FOLD_GAP = 20, FOLD_LINE_GAP = 28;  // closer: a line of folded groups only, no frames
    function gap(id) { return nodes.get(id).vbFold ? FOLD_GAP : GAP; }
    var pos = {}, out = { pos: pos, frames: [], titles: [], width: 0, height: 0 };
    var y = 0;
    data.levels.forEach(function (level) {
      var rank = level[0];
      var mine = ids.filter(function (id) { return nodes.get(id).level === rank; });
      if (!mine.length) return;
      var top = y;
      y += HEADER;
      var groups = {}, order = [], boxed = {};
      var bary = {};
      mine.forEach(function (id) {
        var n = nodes.get(id), xs = [];
        (links[id] || []).forEach(function (other) { if (pos[other]) xs.push(pos[other].x); });
        bary[id] = xs.length ? xs.reduce(function (a, b) { return a + b; }, 0) / xs.length : null;
        if (!groups[n.vbGroup]) { groups[n.vbGroup] = []; order.push(n.vbGroup); }
        groups[n.vbGroup].push(id);
        boxed[n.vbGroup] = Boolean(n.vbGroup) && !n.vbFold;  // a folded group: no frame
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
      // flow documents into lines no wider than `limit`; a line holds segments of one group;
      // framed groups keep a gap from their neighbours, folded ones only the documents' gap
      var lines = [], line = null, lineGap = LINE_GAP;
      function gapBefore(ln, g) {
        var last = ln && ln.segs[ln.segs.length - 1];
        return last && (boxed[g] || last.boxed) ? GROUP_GAP : 0;
      }
      order.forEach(function (g) {
        var titleW = boxed[g] ? textWidth(header(g), GROUP_FONT, true) + 12 : 0, seg = null;
        groups[g].forEach(function (id) {
          var w = sizeOf(id).w + gap(id);
          var add = seg ? w : Math.max(w, titleW) + gapBefore(line, g);
          if (!line || (line.width + add > limit && line.segs.length)) {
            line = { segs: [], width: 0 };
            lines.push(line);
            seg = null;
            add = Math.max(w, titleW);
          }
          if (!seg) {
            seg = { group: g, boxed: boxed[g], ids: [], width: 0, titleW: titleW,
                    gap: gapBefore(line, g) };
            line.segs.push(seg);
          }
          var before = seg.width;
          seg.ids.push(id);
          seg.width = Math.max(seg.width + w, titleW);
          line.width += seg.width - before + (seg.ids.length === 1 ? seg.gap : 0);
        });
      });
      lines.forEach(function (ln) {
        var up = 0, down = 0;
        ln.segs.forEach(function (seg) {
          seg.ids.forEach(function (id) {
            var s = sizeOf(id);
            up = Math.max(up, s.up);
            down = Math.max(down, s.down);
          });
        });
        var named = ln.segs.some(function (seg) { return seg.boxed; });
        var strip = named ? TITLE : 0, cy = y + strip + up, x = -ln.width / 2;
        ln.segs.forEach(function (seg) {
          x += seg.gap;
          var used = seg.ids.reduce(function (a, id) { return a + sizeOf(id).w + gap(id); }, 0);
          var cx = x + (seg.width - used) / 2;
          seg.ids.forEach(function (id) {
            var w = sizeOf(id).w + gap(id);
            pos[id] = { x: cx + w / 2, y: cy };
            cx += w;
          });
          if (seg.boxed) {
            out.frames.push({ kind: "group", x: x + 2, y: y + 2, w: seg.width - 4,
                              h: strip + up + down + 18 });
            out.titles.push({ text: header(seg.group), x: x + 8, y: y + 4, w: seg.titleW - 12,
                              h: GROUP_FONT + 4, font: GROUP_FONT, bold: true,
                              group: "vbgroup:" + rank + ":" + seg.group });
          }
          x += seg.width;
        });
        out.width = Math.max(out.width, ln.width);
        var folds = ln.segs.every(function (seg) { return nodes.get(seg.ids[0]).vbFold; });
        lineGap = folds ? FOLD_LINE_GAP : LINE_GAP;
        y += strip + up + down + lineGap;
      });
      y += LEVEL_GAP - lineGap;
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

  // documents of a folded group give way to the group's node; relations to them are drawn
  // to it, one line per pair of drawn ends and type, with the count in the hover
  var links = {};     // drawn id -> drawn ids it is linked to (for the barycentres)
  var folds = [];     // the relations drawn for folded groups: vis edges "vbagg:…"
  function project(docs) {
    var drawn = {}, ids = [];
    groups.forEach(function (g) { g.shown = []; });
    docs.forEach(function (id) {
      var g = groupOf[id];
      if (g) groupById[g].shown.push(id);
      drawn[id] = g && state.folded[g] ? g : id;
      if (drawn[id] === id) ids.push(id);
    });
    groups.forEach(function (g) { if (state.folded[g.id] && g.shown.length) ids.push(g.id); });
    links = {};
    ids.forEach(function (id) { links[id] = []; });
    var fixes = [], bundles = {}, order = [];
    data.edges.forEach(function (e) {
      var a = drawn[e.from], b = drawn[e.to];
      var own = edgesShown[e.id] && a !== undefined && b !== undefined;
      var folded = own && (a !== e.from || b !== e.to);
      fixes.push({ id: e.id, hidden: !own || folded });
      if (!own || a === b) return;  // a relation inside a folded group is not drawn
      links[a].push(b);
      links[b].push(a);
      if (!folded) return;
      var key = [a, b, String(e.vbType).toUpperCase()].join("\u0000");
      if (!bundles[key]) { bundles[key] = { from: a, to: b, list: [] }; order.push(key); }
      bundles[key].list.push(e);
    });
    return { ids: ids, fixes: fixes, bundles: order.map(function (k) { return bundles[k]; }) };
  }
  function bundleEdge(bundle, i) {
    var first = bundle.list[0], n = bundle.list.length;
    var lines = bundle.list.slice(0, 6).map(function (e) {
      return "• " + nodes.get(e.from).label + " → " + nodes.get(e.to).label;
    });
    if (n > lines.length) {
      lines.push("… và " + (n - lines.length) + " quan hệ khác / and " +
                 (n - lines.length) + " more");
    }
    return { id: "vbagg:" + i, from: bundle.from, to: bundle.to, vbType: first.vbType,
             vbRel: first.vbRel, vbCount: n, vbMembers: bundle.list.map(function (e) {
               return e.id; }),
             title: first.vbRel + ": " + n + " quan hệ / relations\n" + lines.join("\n"),
             color: first.color, dashes: first.dashes,
             width: (first.width || 1) + Math.min(2.5, Math.log2(n) / 2) };
  }

  // the packing, among rows of several widths, that the canvas shows largest
  var placedIn = 0;  // the canvas's height the overview was last placed in
  function arrange(ids) {
    placedIn = canvasBox.clientHeight;
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
    var best = null, step = (Math.max(total, widest) - widest) / 30;
    function tryLimit(limit) {
      var lay = pack(ids, limit);
      var scale = Math.min(W / lay.width, H / lay.height, MAX_SCALE);
      if (!best || scale > best.scale + 1e-6) best = { scale: scale, lay: lay, limit: limit };
    }
    for (var k = 0; k <= 31; k++) {  // the last: every level on one line
      tryLimit(k > 30 ? Infinity : widest + step * k);
    }
    // then finer around the best, where a step moves more than a document or two
    if (best.limit !== Infinity && step > 60) {
      var from = best.limit - step;
      for (var j = 1; j < 20; j++) tryLimit(from + step * j / 10);
    }
    return best;
  }

  function place() {
    var drawn = project(visibleIds());
    var ids = drawn.ids, edgeFix = drawn.fixes;
    var shown = {};
    ids.forEach(function (id) { shown[id] = true; });
    var nodeFix = data.nodes.filter(function (n) {
      return Boolean(nodes.get(n.id).hidden) === Boolean(shown[n.id]);
    }).map(function (n) { return { id: n.id, hidden: !shown[n.id] }; });
    nodes.update(nodeFix);
    function name() {
      nodes.update(groups.map(function (g) {
        var label = groupLabel(g);
        if (label !== nodes.get(g.id).label) delete sizes[g.id];
        return { id: g.id, hidden: !shown[g.id], label: label, title: groupTitle(g) };
      }));
    }
    name();
    var best = arrange(ids);
    if (!state.short && best.scale * data.groups.font < READABLE &&
        groups.some(function (g) { return shown[g.id]; })) {
      state.short = true;
      name();
      best = arrange(ids);
    }
    var lay = best.lay;
    nodes.update(ids.map(function (id) { return { id: id, x: lay.pos[id].x, y: lay.pos[id].y }; }));
    // relations along one line would run through the documents between: arc them
    function arc(e, own) {
      var a = lay.pos[e.from], b = lay.pos[e.to];
      var flat = a && b && Math.abs(a.y - b.y) < 1 && !own;
      return flat ? { enabled: true, type: "curvedCW", roundness: 0.3 } :
        own || data.options.edges.smooth;
    }
    edgeFix.forEach(function (fix) {
      fix.smooth = arc(dataEdge[fix.id], dataEdge[fix.id].smooth);
    });
    edges.update(edgeFix);
    // several types between one pair of drawn ends: bend them to alternate sides
    function pairOf(b) { return [b.from, b.to].sort().join("\u0000"); }
    var pairs = {}, seen = {};
    drawn.bundles.forEach(function (b) { pairs[pairOf(b)] = (pairs[pairOf(b)] || 0) + 1; });
    var bundled = drawn.bundles.map(function (bundle, i) {
      var e = bundleEdge(bundle, i), key = pairOf(bundle);
      var n = seen[key] = (seen[key] || 0) + 1;
      var own = pairs[key] > 1 ? { enabled: true, roundness: 0.2 * Math.ceil(n / 2),
        type: (n % 2) === (e.from < e.to ? 1 : 0) ? "curvedCW" : "curvedCCW" } : null;
      e.smooth = arc(e, own);
      return e;
    });
    edges.remove(folds);
    edges.add(bundled);
    folds = bundled.map(function (e) { return e.id; });
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
      var b = network.getBoundingBox(id), s = sizeOf(id), k = n.options.vbFold ? 1 : 0;
      grow({ left: Math.min(b.left, n.x - s.w / 2),
             right: Math.max(b.right + k * STACK, n.x + s.w / 2),
             top: Math.min(b.top - k * LIFT, n.y - s.up), bottom: Math.max(b.bottom, n.y + s.down) });
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
      if (n.options.vbFold) { s.w += STACK; s.up += LIFT; }
      var old = sizes[id];
      if (!old || Math.abs(old.w - s.w) > 1 || Math.abs(old.up - s.up) > 1 ||
          Math.abs(old.down - s.down) > 1) changed = true;
      sizes[id] = s;
    });
    return changed;
  }
  function relayout() {  // after the toggle or an expansion
    window.vbgraphReady = false;
    state.short = false;
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

  // Lineage: faint band and name behind each administrative level that has documents (a
  // level of many documents is drawn in several rows: its band spans them)
  var rows = data.levels.map(function (level) {
    var mine = data.nodes.filter(function (n) { return n.vbRank === level[0]; });
    if (!mine.length) return null;
    var top = mine.reduce(function (a, n) { return n.level < a.level ? n : a; });
    var bottom = mine.reduce(function (a, n) { return n.level > a.level ? n : a; });
    return { id: top.id, last: bottom.id, name: level[1], colour: level[2] };
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
      // a folded group: two cards behind its node
      groups.forEach(function (g) {
        if (!state.folded[g.id] || nodes.get(g.id).hidden) return;
        var b = network.getBoundingBox(g.id);
        ctx.fillStyle = levelOf[g.rank][2];
        ctx.strokeStyle = "#1b2631";
        ctx.lineWidth = 1.2;
        [1, 0.5].forEach(function (k) {
          ctx.globalAlpha = k === 1 ? 0.45 : 0.7;
          ctx.fillRect(b.left + k * STACK, b.top - k * LIFT, b.right - b.left, b.bottom - b.top);
          ctx.globalAlpha = 1;
          ctx.strokeRect(b.left + k * STACK, b.top - k * LIFT, b.right - b.left,
                         b.bottom - b.top);
        });
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
      var y = network.getPosition(row.id).y, end = network.getPosition(row.last).y;
      ctx.globalAlpha = i % 2 ? 0.05 : 0.09;
      ctx.fillStyle = row.colour;
      ctx.fillRect(topLeft.x, y - band / 2, right - topLeft.x, end - y + band);
      ctx.globalAlpha = 1;
      ctx.font = "bold " + 13 / scale + "px " + FACE;
      ctx.textBaseline = "top";
      // name at the band's top, or at the window's top while the band's top is scrolled off
      var labelY = Math.max(y - band / 2, topLeft.y) + 4 / scale;
      if (labelY + 18 / scale <= end + band / 2) {
        ctx.fillText(row.name, topLeft.x + 8 / scale, labelY);
      }
      ctx.textBaseline = "alphabetic";
    });
  });

  // the legend opened or closed changes the canvas's height: place and fit again
  document.getElementById("vbgraph-legend").addEventListener("toggle", function () {
    if (data.overview && canvasBox.clientHeight !== placedIn) relayout();
  });
  var toggle = document.getElementById("vbgraph-cites");
  toggle.addEventListener("change", function () {
    state.showCites = toggle.checked;
    relayout();
  });
  // double-click a document of the overview: show the documents hidden behind it;
  // double-click a folded group: unfold it
  var foldedAt = null;  // where and when a frame's name was clicked: a double-click there
  network.on("doubleClick", function (params) {  // must not unfold what its first click folded
    if (!data.overview || !params.nodes.length) return;
    var p = params.pointer.DOM;
    if (foldedAt && performance.now() - foldedAt.t < 700 &&
        Math.abs(p.x - foldedAt.x) < 8 && Math.abs(p.y - foldedAt.y) < 8) return;
    var id = params.nodes[0];
    if (groupById[id]) {
      setFolded([id], false);
      return;
    }
    state.expanded[id] = true;
    relayout();
  });
  window.vbgraphExpand = function (id) { state.expanded[id] = true; relayout(); };

  // ---- folding groups: the group's node (double-click, panel), the name on its frame
  // (click), the header's buttons (all at once)
  var showing = null;  // what the panel shows
  function setFolded(ids, on) {
    ids.forEach(function (id) { state.folded[id] = on; });
    relayout();
    if (showing && (groupById[showing] || groupOf[showing])) showDetails(showing);
  }
  function headerAt(point) {
    var slack = 3 / network.getScale();
    var hit = titles.filter(function (t) {
      return t.group && point.x >= t.x - slack && point.x <= t.x + t.w + slack &&
        point.y >= t.y - slack && point.y <= t.y + t.h + slack;
    });
    return hit.length ? hit[0].group : null;
  }
  canvasBox.addEventListener("mousemove", function (event) {
    if (!data.overview) return;
    var box = canvasBox.getBoundingClientRect();
    var at = network.DOMtoCanvas({ x: event.clientX - box.left, y: event.clientY - box.top });
    canvasBox.style.cursor = headerAt(at) ? "pointer" : "";
  });
  document.getElementById("vbgraph-fold-all").addEventListener("click", function () {
    setFolded(groups.map(function (g) { return g.id; }), true);
  });
  document.getElementById("vbgraph-unfold-all").addEventListener("click", function () {
    setFolded(groups.map(function (g) { return g.id; }), false);
  });
  window.vbgraphGroups = function () {
    return groups.map(function (g) {
      return { id: g.id, name: g.name, level: g.rank, count: g.shown.length,
               folded: Boolean(state.folded[g.id]), drawn: !nodes.get(g.id).hidden,
               label: nodes.get(g.id).label, title: nodes.get(g.id).title };
    });
  };
  window.vbgraphFold = function (id, on) { setFolded([id], on !== false); };
  window.vbgraphHeaders = function () {  // the names on the frames, in page (DOM) pixels
    return titles.filter(function (t) { return t.group; }).map(function (t) {
      var a = network.canvasToDOM({ x: t.x, y: t.y });
      var z = network.canvasToDOM({ x: t.x + t.w, y: t.y + t.h });
      return { group: t.group, left: a.x, top: a.y, right: z.x, bottom: z.y };
    });
  };

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function jumpButton(id) {
    var other = nodes.get(id), g = groupById[id];
    var b = el("button", other ? other.label + (g ? " (" + levelOf[g.rank][1] + ")" : "") : id,
               "jump");
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

  function foldButton(g) {
    var folded = state.folded[g.id];
    var b = el("button", (folded ? "Mở rộng nhóm / expand group " :
                                   "Thu gọn nhóm / collapse group ") + g.name, "fold");
    b.type = "button";
    b.setAttribute("aria-expanded", folded ? "false" : "true");
    b.addEventListener("click", function () { setFolded([g.id], !folded); });
    return b;
  }

  function showGroup(g) {
    panel.appendChild(el("h2", groupLabel(g), "doc"));
    var dl = el("dl");
    [["Cấp / level", levelOf[g.rank][1]], ["Địa bàn / place", g.name],
     ["Văn bản / documents", String(g.shown.length)],
     ["Trạng thái / state", state.folded[g.id] ? "Thu gọn / collapsed" : "Mở rộng / expanded"]]
      .forEach(function (row) {
        dl.appendChild(el("dt", row[0]));
        dl.appendChild(el("dd", row[1]));
      });
    panel.appendChild(dl);
    panel.appendChild(foldButton(g));
    if (state.folded[g.id]) {
      [["Quan hệ đi / from this group", "from", "to", " → "],
       ["Quan hệ đến / to this group", "to", "from", " ← "]].forEach(function (way) {
        var list = edges.get({ filter: function (e) {
          return e.vbCount && e[way[1]] === g.id;
        } });
        panel.appendChild(el("h2", way[0] + " (" + list.length + ")"));
        if (!list.length) return;
        var ul = el("ul", null, "rel");
        list.forEach(function (e) {
          var li = el("li");
          li.appendChild(el("strong", e.vbRel + " × " + e.vbCount));
          li.appendChild(document.createTextNode(way[3]));
          li.appendChild(jumpButton(e[way[2]]));
          ul.appendChild(li);
        });
        panel.appendChild(ul);
      });
    }
    panel.appendChild(el("h2", "Văn bản trong nhóm / documents in this group (" +
                               g.shown.length + ")"));
    var ul = el("ul", null, "rel");
    g.shown.forEach(function (id) {
      var li = el("li");
      li.appendChild(jumpButton(id));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  function showDetails(id) {
    var node = nodes.get(id);
    panel.replaceChildren();
    showing = id;
    if (!node) return;
    if (groupById[id]) {
      showGroup(groupById[id]);
      return;
    }
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
    if (groupOf[id]) panel.appendChild(foldButton(groupById[groupOf[id]]));
    // its own relations, drawn or not (never the counted lines of folded groups)
    relationSection("Quan hệ đi / from this document",
      edges.get({ filter: function (e) { return e.from === id && !e.vbCount; } }), "to");
    relationSection("Quan hệ đến / to this document",
      edges.get({ filter: function (e) { return e.to === id && !e.vbCount; } }), "from");
  }

  function select(id) {
    var g = groupById[id];
    if (nodes.get(id).hidden && !g) {  // a document hidden in the overview: show it first
      if (groupOf[id]) state.folded[groupOf[id]] = false;
      if (visibleIds().indexOf(id) < 0) state.expanded[id] = true;
      relayout();
    }
    if (g && nodes.get(id).hidden) {  // an open group: its documents
      network.selectNodes(g.shown);
      if (g.shown.length) network.focus(g.shown[0], { scale: 1.1, animation: { duration: 300 } });
    } else {
      network.selectNodes([id]);
      network.focus(id, { scale: 1.1, animation: { duration: 300 } });
    }
    showDetails(id);
  }
  window.vbgraphSelect = select;

  network.on("click", function (params) {
    if (params.nodes.length) {
      showDetails(params.nodes[0]);
      return;
    }
    var g = data.overview && headerAt(params.pointer.canvas);
    if (g) {
      foldedAt = { t: performance.now(), x: params.pointer.DOM.x, y: params.pointer.DOM.y };
      setFolded([g], true);
      showDetails(g);
    }
  });

  // Search: diacritic-insensitive; đ/Đ do not decompose under NFD, so fold them by hand.
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function squash(s) { return s.replace(/[\s\-\/.–_]/g, ""); }
  var index = data.nodes.map(function (n) {
    return { id: n.id, label: fold(n.label), all: fold(n.vbSearch) };
  }).concat(groups.map(function (g) {  // a province's name finds its groups first
    return { id: g.id, label: fold(g.name), all: fold(g.name + " " + levelOf[g.rank][1]) };
  }));

  // A code typed kind first, as people say it: "NQ57", "KL 62", "TB 160/TW" for 57-NQ/TW,
  // 62-KL/TW, 160-TB/TW (its squashed spelling, number first: "57nq").
  var KIND_FIRST = /^([a-z]{2,6})(\d{1,5})(.*)$/;
  function search(text) {
    var q = fold(text);
    if (!q) return [];
    var squashed = [squash(q)];
    var m = KIND_FIRST.exec(squashed[0]);
    if (m) squashed.push(m[2] + m[1] + m[3]);
    var exact = [], prefix = [], part = [];
    index.forEach(function (r) {
      var label = squash(r.label), all = squash(r.all);
      if (r.label === q || squashed.indexOf(label) !== -1) exact.push(r.id);
      else if (r.label.indexOf(q) === 0 || squashed.some(function (s) {
        return label.indexOf(s) === 0 && /\d/.test(s);
      })) prefix.push(r.id);
      else if (r.all.indexOf(q) !== -1 || squashed.some(function (s) {
        return all.indexOf(s) !== -1;
      })) part.push(r.id);
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
