// actorgraph's graph viewer: a force-directed layout on a canvas, with dragging, panning,
// zooming, filters and an evidence panel. Plain JavaScript, no library and no network, so
// graph.html works offline and from file://. Written for actorgraph (MIT licence).
//
// Names and sentences from the data go into the page with textContent, never as markup.
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("graph-data").textContent);
  var RELATIONS = ["meets", "backs", "opposes", "affiliated_with"];
  var RELATION_COLOR = { meets: "#1f63c6", backs: "#2a9d3a", opposes: "#d62728", affiliated_with: "#8c8c8c" };
  var TYPE_COLOR = { person: "#f2b705", organization: "#4f8fd6", country: "#4caf50", group: "#9c6ade", location: "#b0b0b0" };
  var TYPES = ["person", "organization", "country", "group", "location"];
  // An ended affiliation ("has quit the party") is drawn faint and named as a reader says it.
  var FORMER_ALPHA = 0.35;
  // A judgement (trigger class "stance") is drawn dash-dotted, apart from affiliations and hedges.
  var STANCE_DASH = [8, 3, 2, 3];
  function relationWords(r) { return r.former ? "former member of" : r.relation.replace("_", " "); }

  var canvas = document.getElementById("graph");
  var ctx = canvas.getContext("2d");
  var details = document.getElementById("details");

  // ---- model -------------------------------------------------------------------------
  var nodes = DATA.nodes.map(function (n, i) {
    return { index: i, data: n, x: 0, y: 0, vx: 0, vy: 0, fx: null, fy: null, degree: 0, strength: 0, visible: true, edges: [] };
  });
  var edges = DATA.edges.map(function (e, i) {
    var edge = { index: i, data: e, source: nodes[e.source], target: nodes[e.target], visible: true, curve: 0 };
    edge.source.edges.push(edge);
    if (edge.target !== edge.source) edge.target.edges.push(edge);
    edge.source.strength += e.weight;
    edge.target.strength += e.weight;
    edge.source.degree += 1;
    edge.target.degree += 1;
    return edge;
  });
  nodes.forEach(function (n) { n.radius = 5 + Math.min(22, 2.2 * Math.sqrt(n.strength)); });
  // Hubs first: they are placed at the centre and their labels are drawn first.
  var byStrength = nodes.slice().sort(function (a, b) { return b.strength - a.strength || a.index - b.index; });
  byStrength.forEach(function (n, rank) { n.rank = rank; });

  // Parallel edges of one pair are drawn as curves, side by side.
  (function () {
    var pairs = {};
    edges.forEach(function (e) {
      var a = Math.min(e.source.index, e.target.index), b = Math.max(e.source.index, e.target.index);
      (pairs[a + " " + b] = pairs[a + " " + b] || []).push(e);
    });
    Object.keys(pairs).forEach(function (k) {
      var list = pairs[k];
      list.forEach(function (e, i) {
        var c = i - (list.length - 1) / 2;
        // A curve bends to the left of its own direction: flip reversed edges so that
        // edges of one pair spread apart rather than overlap.
        e.curve = (e.source.index <= e.target.index ? c : -c) * 16;
      });
    });
  })();

  // Deterministic start: a phyllotaxis spiral, hubs at the centre.
  byStrength.forEach(function (n, i) {
    var r = 12 * Math.sqrt(i + 0.5), a = i * Math.PI * (3 - Math.sqrt(5));
    n.x = r * Math.cos(a);
    n.y = r * Math.sin(a);
  });

  // ---- filters -----------------------------------------------------------------------
  var shown = {};
  RELATIONS.forEach(function (r) { shown[r] = true; });
  var minWeight = 1;
  // Judgements (trigger class "stance") can be hidden as a whole, whatever their relation.
  var showStance = true;
  function edgeShown(e) { return shown[e.data.relation] && (showStance || e.data.class !== "stance"); }
  var showUnconnected = nodes.length <= 200;
  var maxWeight = edges.reduce(function (m, e) { return Math.max(m, e.data.weight); }, 1);
  var note = "";

  // Time: edges of dated articles carry their statements per day ("YYYY-MM-DD": n). The
  // period filter weighs each edge by its statements between the two days (ISO dates
  // compare as strings); while the period is the whole span, undated edges show too.
  var firstDay = null, lastDay = null;
  edges.forEach(function (e) {
    Object.keys(e.data.dates || {}).forEach(function (d) {
      if (firstDay === null || d < firstDay) firstDay = d;
      if (lastDay === null || d > lastDay) lastDay = d;
    });
  });
  var since = firstDay, until = lastDay;
  function wholeSpan() { return since === firstDay && until === lastDay; }
  function weightIn(e) {
    if (firstDay === null || wholeSpan()) return e.data.weight;
    var dates = e.data.dates || {}, w = 0;
    Object.keys(dates).forEach(function (d) { if (d >= since && d <= until) w += dates[d]; });
    return w;
  }

  function visibleActorsAt(w) {
    var seen = new Set();
    edges.forEach(function (e) {
      if (edgeShown(e) && e.data.weight >= w) { seen.add(e.source); seen.add(e.target); }
    });
    return seen.size;
  }
  // Large graphs: raise the first minimum weight until the view is readable.
  if (DATA.first_view_actors && visibleActorsAt(1) > DATA.first_view_actors) {
    while (minWeight < maxWeight && visibleActorsAt(minWeight) > DATA.first_view_actors) minWeight += 1;
    note = "min. weight raised to " + minWeight + " to keep the first view readable; lower it to see every relation";
  }

  function applyFilters() {
    nodes.forEach(function (n) { n.visible = false; });
    edges.forEach(function (e) {
      var w = weightIn(e);
      e.visible = edgeShown(e) && w > 0 && w >= minWeight;
      if (e.visible) { e.source.visible = true; e.target.visible = true; }
    });
    if (showUnconnected) nodes.forEach(function (n) { if (n.edges.length === 0) n.visible = true; });
    if (selection && selection.kind === "node" && !selection.item.visible) select(null);
    if (selection && selection.kind === "edge" && !selection.item.visible) select(null);
    visibleNodes = nodes.filter(function (n) { return n.visible; });
    visibleEdges = edges.filter(function (e) { return e.visible; });
    document.getElementById("counts").textContent =
      visibleNodes.length + " of " + nodes.length + " actors, " + visibleEdges.length + " of " + edges.length + " relations";
    document.getElementById("note").textContent = note;
    reheat(0.5);
  }
  var visibleNodes = nodes, visibleEdges = edges;

  // ---- layout: velocity Verlet with Barnes-Hut repulsion, springs and gravity ------------
  var alpha = 1, alphaMin = 0.002, alphaTarget = 0, alphaDecay = 1 - Math.pow(alphaMin, 1 / 300);
  var velocityDecay = 0.6, charge = -60, linkDistance = 40, gravity = 0.04, theta2 = 0.81;

  function reheat(a) { alpha = Math.max(alpha, a); settled = false; }

  function buildTree(list) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    list.forEach(function (n) {
      if (n.x < x0) x0 = n.x; if (n.y < y0) y0 = n.y;
      if (n.x > x1) x1 = n.x; if (n.y > y1) y1 = n.y;
    });
    var size = Math.max(x1 - x0, y1 - y0, 1);
    var root = { x: x0, y: y0, size: size, mass: 0, cx: 0, cy: 0, body: null, kids: null };
    list.forEach(function (n) { insert(root, n, 0); });
    accumulate(root);
    return root;
  }
  function insert(q, n, depth) {
    if (!q.kids && !q.body) { q.body = n; return; }
    if (!q.kids) {
      if (depth > 40) { q.extra = (q.extra || []); q.extra.push(n); return; } // coincident points
      var old = q.body; q.body = null; q.kids = [null, null, null, null];
      place(q, old, depth);
    }
    place(q, n, depth);
  }
  function place(q, n, depth) {
    var h = q.size / 2, i = (n.x >= q.x + h ? 1 : 0) + (n.y >= q.y + h ? 2 : 0);
    if (!q.kids[i]) q.kids[i] = { x: q.x + (i & 1 ? h : 0), y: q.y + (i & 2 ? h : 0), size: h, mass: 0, cx: 0, cy: 0, body: null, kids: null };
    insert(q.kids[i], n, depth + 1);
  }
  function accumulate(q) {
    var m = 0, x = 0, y = 0;
    if (q.kids) {
      q.kids.forEach(function (k) { if (k) { accumulate(k); m += k.mass; x += k.cx * k.mass; y += k.cy * k.mass; } });
    } else {
      var bodies = [q.body].concat(q.extra || []);
      bodies.forEach(function (b) { m += 1; x += b.x; y += b.y; });
    }
    q.mass = m; q.cx = m ? x / m : 0; q.cy = m ? y / m : 0;
  }
  function repel(q, n) {
    var dx = q.cx - n.x, dy = q.cy - n.y, d2 = dx * dx + dy * dy;
    if (q.kids && q.size * q.size / (d2 || 1e-9) < theta2) {
      if (d2 < 1) d2 = 1;
      n.vx += dx * charge * q.mass * alpha / d2; n.vy += dy * charge * q.mass * alpha / d2;
      return;
    }
    if (q.kids) { q.kids.forEach(function (k) { if (k) repel(k, n); }); return; }
    var bodies = [q.body].concat(q.extra || []);
    bodies.forEach(function (b) {
      if (b === n) return;
      var bx = b.x - n.x, by = b.y - n.y, l2 = bx * bx + by * by;
      if (l2 === 0) { bx = (b.index - n.index) * 1e-3 || 1e-3; by = 1e-3; l2 = bx * bx + by * by; }
      if (l2 < 1) l2 = 1;
      n.vx += bx * charge * alpha / l2; n.vy += by * charge * alpha / l2;
    });
  }
  function tick() {
    alpha += (alphaTarget - alpha) * alphaDecay;
    var counts = new Map();
    visibleEdges.forEach(function (e) {
      counts.set(e.source, (counts.get(e.source) || 0) + 1);
      counts.set(e.target, (counts.get(e.target) || 0) + 1);
    });
    visibleEdges.forEach(function (e) {
      var s = e.source, t = e.target;
      if (s === t) return;
      var x = t.x + t.vx - s.x - s.vx, y = t.y + t.vy - s.y - s.vy, l = Math.sqrt(x * x + y * y) || 1e-6;
      var cs = counts.get(s), ct = counts.get(t);
      // Springs are longer between big actors, so that their edges stay visible.
      var k = (l - linkDistance - s.radius - t.radius) / l * alpha / Math.min(cs, ct), bias = cs / (cs + ct);
      x *= k; y *= k;
      t.vx -= x * bias; t.vy -= y * bias;
      s.vx += x * (1 - bias); s.vy += y * (1 - bias);
    });
    if (visibleNodes.length) {
      var tree = buildTree(visibleNodes);
      visibleNodes.forEach(function (n) { repel(tree, n); });
    }
    visibleNodes.forEach(function (n) {
      n.vx -= n.x * gravity * alpha; n.vy -= n.y * gravity * alpha;
      if (n.fx !== null) { n.x = n.fx; n.y = n.fy; n.vx = 0; n.vy = 0; return; }
      n.vx *= velocityDecay; n.vy *= velocityDecay;
      n.x += n.vx; n.y += n.vy;
    });
  }

  // ---- view: pan and zoom ------------------------------------------------------------------
  var view = { x: 0, y: 0, k: 1 }; // screen = world * k + (x, y)
  var width = 0, height = 0, fitted = false, settled = false, userMoved = false;
  function toScreen(n) { return { x: n.x * view.k + view.x, y: n.y * view.k + view.y }; }
  function toWorld(px, py) { return { x: (px - view.x) / view.k, y: (py - view.y) / view.k }; }
  function resize() {
    var r = canvas.getBoundingClientRect(), dpr = window.devicePixelRatio || 1;
    width = r.width; height = r.height;
    canvas.width = Math.round(width * dpr); canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (!userMoved) fit(); else draw();
  }
  function fit() {
    var list = visibleNodes.length ? visibleNodes : nodes;
    if (!list.length || !width) { view = { x: width / 2, y: height / 2, k: 1 }; draw(); return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    list.forEach(function (n) {
      x0 = Math.min(x0, n.x - n.radius); y0 = Math.min(y0, n.y - n.radius);
      x1 = Math.max(x1, n.x + n.radius); y1 = Math.max(y1, n.y + n.radius);
    });
    var pad = 30, k = Math.min((width - 2 * pad) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1), 3);
    view.k = k; view.x = width / 2 - k * (x0 + x1) / 2; view.y = height / 2 - k * (y0 + y1) / 2;
    fitted = true;
    draw();
  }
  function zoomAt(px, py, factor) {
    var k = Math.max(0.02, Math.min(20, view.k * factor));
    var w = toWorld(px, py);
    view.k = k; view.x = px - w.x * k; view.y = py - w.y * k;
    userMoved = true;
    draw();
  }

  // ---- drawing -----------------------------------------------------------------------------
  var selection = null; // { kind: "node"|"edge", item }
  var focus = null; // the nodes and edges around the selection, drawn strong

  function curvePoints(e) {
    var a = toScreen(e.source), b = toScreen(e.target);
    if (e.source === e.target) {
      var r = e.source.radius * view.k + 8 + Math.abs(e.curve);
      return { a: a, b: a, c: { x: a.x + r, y: a.y - 2 * r }, loop: true, r: r };
    }
    var mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y, l = Math.sqrt(dx * dx + dy * dy) || 1;
    return { a: a, b: b, c: { x: mx - dy / l * e.curve * 2, y: my + dx / l * e.curve * 2 } };
  }
  function draw() {
    if (!width) return;
    ctx.clearRect(0, 0, width, height);
    if (!nodes.length) {
      ctx.fillStyle = "#666"; ctx.font = "16px sans-serif"; ctx.textAlign = "center";
      ctx.fillText("No actors found.", width / 2, height / 2);
      return;
    }
    visibleEdges.forEach(function (e) {
      var strong = !focus || focus.edges.has(e);
      var p = curvePoints(e), color = RELATION_COLOR[e.data.relation];
      ctx.globalAlpha = (strong ? 0.9 : 0.12) * (e.data.former ? FORMER_ALPHA : 1);
      ctx.strokeStyle = color;
      ctx.lineWidth = Math.min(8, 1 + Math.log(e.data.weight) * 1.4) * (selection && selection.item === e ? 2 : 1);
      ctx.setLineDash(e.data.weak ? [2, 3] : e.data.class === "stance" ? STANCE_DASH : e.data.relation === "affiliated_with" ? [6, 4] : []);
      ctx.beginPath();
      if (p.loop) {
        ctx.arc(p.a.x + p.r / 2, p.a.y - p.r / 2, p.r / 2, 0, 2 * Math.PI);
      } else {
        ctx.moveTo(p.a.x, p.a.y); ctx.quadraticCurveTo(p.c.x, p.c.y, p.b.x, p.b.y);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      if (!e.data.symmetric && !p.loop) arrow(p, e.target.radius * view.k, color, ctx.lineWidth);
    });
    ctx.globalAlpha = 1;
    visibleNodes.forEach(function (n) {
      var p = toScreen(n), r = Math.max(2, n.radius * Math.min(view.k, 2.5));
      var strong = !focus || focus.nodes.has(n);
      ctx.globalAlpha = strong ? 1 : 0.2;
      shapePath(n.data.type, p.x, p.y, r);
      ctx.fillStyle = TYPE_COLOR[n.data.type] || "#ccc"; ctx.fill();
      ctx.lineWidth = selection && selection.item === n ? 3 : 1; ctx.strokeStyle = "#333"; ctx.stroke();
    });
    // Labels: hubs, actors large enough on screen, and everything around the selection,
    // in rank order; a label goes right, left, above or below its actor, where it covers
    // no actor and no label placed before it, else it is left out (hover shows it).
    ctx.font = "12px system-ui, sans-serif"; ctx.textAlign = "left"; ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    var taken = visibleNodes.map(function (n) {
      var p = toScreen(n), r = Math.max(2, n.radius * Math.min(view.k, 2.5));
      return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
    });
    var overlaps = function (b) {
      return taken.some(function (t) { return b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1; });
    };
    visibleNodes.slice().sort(function (a, b) { return a.rank - b.rank; }).forEach(function (n) {
      var r = Math.max(2, n.radius * Math.min(view.k, 2.5));
      var wanted = focus ? focus.nodes.has(n) : (n.rank < 40 || view.k > 1.6 || visibleNodes.length <= 60);
      if (!wanted) return;
      var p = toScreen(n), w = ctx.measureText(n.data.label).width, h = 14;
      var spots = [[p.x + r + 3, p.y], [p.x - r - 3 - w, p.y], [p.x - w / 2, p.y - r - h / 2 - 2], [p.x - w / 2, p.y + r + h / 2 + 2]];
      var box = null;
      for (var i = 0; i < spots.length && !box; i++) {
        var b = { x0: spots[i][0], y0: spots[i][1] - h / 2, x1: spots[i][0] + w, y1: spots[i][1] + h / 2 };
        if (!overlaps(b)) box = b;
      }
      if (!box) return;
      taken.push(box);
      var y = (box.y0 + box.y1) / 2;
      ctx.globalAlpha = 1;
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(n.data.label, box.x0, y);
      ctx.fillStyle = "#111"; ctx.fillText(n.data.label, box.x0, y);
    });
    ctx.globalAlpha = 1;
  }
  // Each actor type has its own shape, as in the DOT picture: person circle, organization
  // square, country hexagon, group octagon, location house.
  var SIDES = { country: 6, group: 8 };
  function shapePath(type, x, y, r, c) {
    c = c || ctx;
    c.beginPath();
    if (type === "organization") {
      c.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
    } else if (SIDES[type]) {
      var k = SIDES[type];
      for (var i = 0; i < k; i++) {
        var a = Math.PI * 2 * i / k + (k === 8 ? Math.PI / 8 : 0);
        if (i) c.lineTo(x + r * Math.cos(a), y + r * Math.sin(a)); else c.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
      }
      c.closePath();
    } else if (type === "location") {
      c.moveTo(x, y - r); c.lineTo(x + r, y - r * 0.2); c.lineTo(x + r * 0.8, y + r);
      c.lineTo(x - r * 0.8, y + r); c.lineTo(x - r, y - r * 0.2); c.closePath();
    } else {
      c.arc(x, y, r, 0, 2 * Math.PI);
    }
  }
  function arrow(p, targetRadius, color, lineWidth) {
    // Direction at the end of the quadratic curve: from the control point to the end.
    var dx = p.b.x - p.c.x, dy = p.b.y - p.c.y, l = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / l, uy = dy / l, r = Math.max(2, targetRadius / view.k * Math.min(view.k, 2.5));
    // Smaller heads when zoomed out, where many edges meet in a hub.
    var tipX = p.b.x - ux * r, tipY = p.b.y - uy * r, size = (4 + lineWidth * 1.5) * Math.min(1, 0.4 + view.k);
    ctx.beginPath();
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
    ctx.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
    ctx.closePath(); ctx.fillStyle = color; ctx.fill();
  }

  // ---- hit testing -------------------------------------------------------------------------
  // The actor under the pointer: of those whose disc holds it, the one whose centre is
  // nearest (where discs overlap, a click on an actor's centre selects that actor).
  function nodeAt(px, py) {
    var best = null, bestD = Infinity;
    for (var i = visibleNodes.length - 1; i >= 0; i--) {
      var n = visibleNodes[i], p = toScreen(n), r = Math.max(2, n.radius * Math.min(view.k, 2.5)) + 3;
      var d = (p.x - px) * (p.x - px) + (p.y - py) * (p.y - py);
      if (d <= r * r && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }
  function edgeAt(px, py) {
    var best = null, bestD = 6;
    visibleEdges.forEach(function (e) {
      var p = curvePoints(e), prev = null;
      for (var s = 0; s <= 24; s++) {
        var t = s / 24, x, y;
        if (p.loop) {
          x = p.a.x + p.r / 2 + Math.cos(t * 2 * Math.PI) * p.r / 2; y = p.a.y - p.r / 2 + Math.sin(t * 2 * Math.PI) * p.r / 2;
        } else {
          x = (1 - t) * (1 - t) * p.a.x + 2 * (1 - t) * t * p.c.x + t * t * p.b.x;
          y = (1 - t) * (1 - t) * p.a.y + 2 * (1 - t) * t * p.c.y + t * t * p.b.y;
        }
        if (prev) {
          var d = segmentDistance(px, py, prev.x, prev.y, x, y);
          if (d < bestD) { bestD = d; best = e; }
        }
        prev = { x: x, y: y };
      }
    });
    return best;
  }
  function segmentDistance(px, py, ax, ay, bx, by) {
    var dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy, t = l2 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
    t = Math.max(0, Math.min(1, t));
    var x = ax + t * dx - px, y = ay + t * dy - py;
    return Math.sqrt(x * x + y * y);
  }
  function edgeMidpoint(e) {
    var p = curvePoints(e);
    if (p.loop) return { x: p.a.x + p.r, y: p.a.y - p.r / 2 };
    return { x: 0.25 * p.a.x + 0.5 * p.c.x + 0.25 * p.b.x, y: 0.25 * p.a.y + 0.5 * p.c.y + 0.25 * p.b.y };
  }

  // ---- details panel -------------------------------------------------------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function documentLabel(id) {
    var d = documentsById[id];
    return d && d.date ? id + " (" + d.date + ")" : id;
  }
  var documentsById = {};
  DATA.documents.forEach(function (d) { documentsById[d.id] = d; });

  // The sentence as text nodes, with the first occurrence of each trigger marked.
  function sentence(text, triggers) {
    var li = el("li"), lower = text.toLowerCase(), marks = [];
    // a trigger is marked where it stands as whole words ("MP", not the "mp" of "campaign")
    var letter = /[0-9A-Za-z\u00C0-\u024F]/;
    function wholeWord(i, n) {
      return (i === 0 || !letter.test(text.charAt(i - 1))) && (i + n >= text.length || !letter.test(text.charAt(i + n)));
    }
    triggers.forEach(function (t) {
      if (!t) return;
      var needle = t.toLowerCase(), i = lower.indexOf(needle);
      while (i >= 0 && !wholeWord(i, needle.length)) i = lower.indexOf(needle, i + 1);
      if (i >= 0 && !marks.some(function (m) { return i < m[1] && i + t.length > m[0]; })) marks.push([i, i + t.length]);
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    var body = el("span");
    marks.forEach(function (m) {
      body.appendChild(document.createTextNode(text.slice(at, m[0])));
      body.appendChild(el("mark", text.slice(m[0], m[1])));
      at = m[1];
    });
    body.appendChild(document.createTextNode(text.slice(at)));
    li.appendChild(body);
    return li;
  }
  function relationLine(e, from) {
    var other = e.source === from ? e.target : e.source;
    var dir = e.data.symmetric ? "\u2014" : e.source === from ? "\u2192" : "\u2190";
    var b = el("button", dir + " " + relationWords(e.data) + " " + dir + " " + other.data.label +
      (e.data.weight > 1 ? " (\u00d7" + e.data.weight + ")" : ""), "relation-link");
    b.type = "button";
    b.addEventListener("click", function () { select({ kind: "edge", item: e }); center(e.source, e.target); });
    return b;
  }
  function showDetails() {
    details.textContent = "";
    if (!selection) {
      details.appendChild(el("p", "Click an actor or a relation to read the sentences that state it. Drag actors to move them, drag the background to pan, scroll to zoom.", "hint"));
      return;
    }
    var dl = el("dl");
    function row(k, v) { if (v === "" || v === null || v === undefined) return; dl.appendChild(el("dt", k)); dl.appendChild(el("dd", String(v))); }
    if (selection.kind === "node") {
      var n = selection.item, d = n.data;
      details.appendChild(el("h2", d.label));
      var badge = el("span", d.type, "badge"); badge.style.background = TYPE_COLOR[d.type]; details.appendChild(badge);
      row("aliases", d.aliases.join(", "));
      row("roles", d.roles.join(", "));
      row("mentions", d.mentions);
      row("relations", n.edges.length);
      details.appendChild(dl);
      details.appendChild(el("h3", "Relations"));
      var ul = el("ul");
      n.edges.slice().sort(function (a, b) { return b.data.weight - a.data.weight || a.index - b.index; }).forEach(function (e) {
        var li = el("li"); li.appendChild(relationLine(e, n)); ul.appendChild(li);
      });
      if (!n.edges.length) ul.appendChild(el("li", "none stated"));
      details.appendChild(ul);
    } else {
      var e = selection.item, r = e.data;
      var head = el("h2");
      head.textContent = e.source.data.label + (r.symmetric ? " \u2014 " : " \u2192 ") + relationWords(r) + (r.symmetric ? " \u2014 " : " \u2192 ") + e.target.data.label;
      details.appendChild(head);
      var badge2 = el("span", relationWords(r), "badge"); badge2.style.background = RELATION_COLOR[r.relation]; details.appendChild(badge2);
      row("trigger", r.triggers.join(", "));
      row("weight", r.weight + (r.weight === 1 ? " statement" : " statements"));
      row("CAMEO", r.cameo ? r.cameo + (r.goldstein !== null ? " (Goldstein " + r.goldstein + ")" : "") : "");
      row("class", r.class === "stance" ? "stance: a judgement, no event word" : "");
      row("hedged", r.weak ? "yes: every statement is hedged" : "");
      row("ended", r.former ? "yes: every statement says the membership has ended" : "");
      details.appendChild(dl);
      details.appendChild(el("h3", "Evidence (" + r.evidence.length + (r.evidence.length === 1 ? " sentence)" : " sentences)")));
      var ol = el("ol");
      r.evidence.forEach(function (k) {
        var s = DATA.sentences[k], li = sentence(s.text, r.triggers);
        li.appendChild(el("div", documentLabel(s.document) + ", sentence " + (s.sentence + 1) + ", bytes " + s.start + "\u2013" + s.end, "source"));
        ol.appendChild(li);
      });
      details.appendChild(ol);
      [e.source, e.target].forEach(function (n) {
        var b = el("button", "\u2190 " + n.data.label, "relation-link"); b.type = "button";
        b.addEventListener("click", function () { select({ kind: "node", item: n }); });
        var p = el("p"); p.appendChild(b); details.appendChild(p);
      });
    }
  }
  function select(s) {
    selection = s;
    if (!s) focus = null;
    else if (s.kind === "node") {
      focus = { nodes: new Set([s.item]), edges: new Set() };
      s.item.edges.forEach(function (e) { if (e.visible) { focus.edges.add(e); focus.nodes.add(e.source); focus.nodes.add(e.target); } });
    } else {
      focus = { nodes: new Set([s.item.source, s.item.target]), edges: new Set([s.item]) };
    }
    showDetails();
    draw();
  }
  function center(a, b) {
    var x = b ? (a.x + b.x) / 2 : a.x, y = b ? (a.y + b.y) / 2 : a.y;
    view.x = width / 2 - x * view.k; view.y = height / 2 - y * view.k;
    userMoved = true;
    draw();
  }

  // ---- input ---------------------------------------------------------------------------------
  var drag = null; // { node, start, moved } or { pan: true, start, view }
  function pointer(ev) { var r = canvas.getBoundingClientRect(); return { x: ev.clientX - r.left, y: ev.clientY - r.top }; }
  canvas.addEventListener("pointerdown", function (ev) {
    var p = pointer(ev), n = nodeAt(p.x, p.y);
    canvas.setPointerCapture(ev.pointerId);
    canvas.classList.add("dragging");
    if (n) { drag = { node: n, start: p, moved: false }; n.fx = n.x; n.fy = n.y; }
    else drag = { pan: true, start: p, view: { x: view.x, y: view.y }, moved: false };
  });
  canvas.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var p = pointer(ev);
    if (Math.abs(p.x - drag.start.x) + Math.abs(p.y - drag.start.y) > 3) drag.moved = true;
    if (!drag.moved) return;
    if (drag.node) {
      var w = toWorld(p.x, p.y);
      drag.node.fx = w.x; drag.node.fy = w.y; drag.node.x = w.x; drag.node.y = w.y;
      alphaTarget = 0.3; reheat(0.3);
    } else {
      view.x = drag.view.x + p.x - drag.start.x; view.y = drag.view.y + p.y - drag.start.y;
    }
    userMoved = true;
    draw();
  });
  function release(ev) {
    if (!drag) return;
    var p = pointer(ev);
    canvas.classList.remove("dragging");
    if (drag.node) { drag.node.fx = null; drag.node.fy = null; alphaTarget = 0; }
    if (!drag.moved) {
      var n = nodeAt(p.x, p.y), e = n ? null : edgeAt(p.x, p.y);
      select(n ? { kind: "node", item: n } : e ? { kind: "edge", item: e } : null);
    }
    drag = null;
  }
  canvas.addEventListener("pointerup", release);
  canvas.addEventListener("pointercancel", release);
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = pointer(ev);
    zoomAt(p.x, p.y, Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.0015)));
  }, { passive: false });
  canvas.addEventListener("keydown", function (ev) { if (ev.key === "Escape") select(null); });
  document.getElementById("zoom-in").addEventListener("click", function () { zoomAt(width / 2, height / 2, 1.4); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomAt(width / 2, height / 2, 1 / 1.4); });
  document.getElementById("fit").addEventListener("click", function () { userMoved = false; fit(); });

  var relationBox = document.getElementById("relations");
  RELATIONS.forEach(function (r) {
    var count = edges.filter(function (e) { return e.data.relation === r; }).length;
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = r; box.id = "show-" + r;
    box.addEventListener("change", function () { shown[r] = box.checked; applyFilters(); });
    var swatch = el("span", null, "swatch" + (r === "affiliated_with" ? " dashed" : ""));
    swatch.style.borderTopColor = RELATION_COLOR[r];
    label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(r.replace("_", " ") + " (" + count + ")"));
    relationBox.appendChild(label);
  });
  var stanceCount = edges.filter(function (e) { return e.data.class === "stance"; }).length;
  if (stanceCount > 0) {
    var stanceLabel = el("label"), stanceBox = el("input");
    stanceBox.type = "checkbox"; stanceBox.checked = true; stanceBox.id = "show-stance";
    stanceBox.addEventListener("change", function () { showStance = stanceBox.checked; applyFilters(); });
    var stanceSwatch = el("span", null, "swatch dashed");
    stanceLabel.appendChild(stanceBox); stanceLabel.appendChild(stanceSwatch);
    stanceLabel.appendChild(document.createTextNode("judgements (" + stanceCount + ")"));
    relationBox.appendChild(stanceLabel);
  }
  var weightBox = document.getElementById("min-weight");
  weightBox.max = String(maxWeight); weightBox.value = String(minWeight);
  weightBox.addEventListener("change", function () {
    minWeight = Math.max(1, Math.min(maxWeight, parseInt(weightBox.value, 10) || 1));
    weightBox.value = String(minWeight); note = ""; applyFilters();
  });
  if (firstDay !== null) {
    var periodBox = document.getElementById("period");
    var sinceBox = document.getElementById("since"), untilBox = document.getElementById("until");
    periodBox.hidden = false;
    [sinceBox, untilBox].forEach(function (b) { b.min = firstDay; b.max = lastDay; });
    sinceBox.value = firstDay; untilBox.value = lastDay;
    var onPeriod = function () {
      since = sinceBox.value || firstDay; until = untilBox.value || lastDay;
      note = ""; applyFilters();
    };
    sinceBox.addEventListener("change", onPeriod);
    untilBox.addEventListener("change", onPeriod);
  }
  var unconnected = document.getElementById("unconnected");
  unconnected.checked = showUnconnected;
  unconnected.addEventListener("change", function () { showUnconnected = unconnected.checked; applyFilters(); });

  var legend = document.getElementById("legend");
  TYPES.forEach(function (t) {
    var s = el("span"), icon = el("canvas", null, "shape");
    icon.width = 14; icon.height = 14;
    var c = icon.getContext && icon.getContext("2d");
    if (c) {
      shapePath(t, 7, 7, 6, c); c.fillStyle = TYPE_COLOR[t]; c.fill();
      c.lineWidth = 1; c.strokeStyle = "#333"; c.stroke();
    }
    s.appendChild(icon); s.appendChild(document.createTextNode(t)); legend.appendChild(s);
  });
  Object.keys(RELATION_COLOR).forEach(function (r) {
    var s = el("span"), line = el("span", null, "line");
    line.style.borderTop = "2px " + (r === "affiliated_with" ? "dashed " : "solid ") + RELATION_COLOR[r];
    s.appendChild(line); s.appendChild(document.createTextNode(r.replace("_", " "))); legend.appendChild(s);
  });
  if (edges.some(function (e) { return e.data.former; })) {
    var formerRow = el("span"), formerLine = el("span", null, "line");
    formerLine.style.borderTop = "2px dashed " + RELATION_COLOR.affiliated_with;
    formerLine.style.opacity = String(FORMER_ALPHA);
    formerRow.appendChild(formerLine); formerRow.appendChild(document.createTextNode("former member of")); legend.appendChild(formerRow);
  }
  if (stanceCount > 0) {
    var stanceRow = el("span"), stanceLine = el("span", null, "line");
    stanceLine.style.borderTop = "2px dashed #555";
    stanceRow.appendChild(stanceLine); stanceRow.appendChild(document.createTextNode("judgement (stance)")); legend.appendChild(stanceRow);
  }

  // Find by canonical name or any alias, ignoring case.
  var names = new Map();
  byStrength.forEach(function (n) {
    [n.data.id, n.data.label].concat(n.data.aliases).forEach(function (a) {
      var k = a.toLowerCase();
      if (!names.has(k)) names.set(k, n);
    });
  });
  var datalist = document.getElementById("actor-names");
  byStrength.slice(0, 2000).forEach(function (n) { var o = el("option"); o.value = n.data.label; datalist.appendChild(o); });
  function find(text) {
    var n = names.get(String(text).trim().toLowerCase());
    if (!n) return null;
    if (!n.visible) { minWeight = 1; weightBox.value = "1"; RELATIONS.forEach(function (r) { shown[r] = true; document.getElementById("show-" + r).checked = true; }); showUnconnected = true; unconnected.checked = true; note = ""; applyFilters(); }
    select({ kind: "node", item: n });
    center(n);
    return n;
  }
  document.getElementById("search").addEventListener("change", function (ev) { find(ev.target.value); });

  // ---- animation -----------------------------------------------------------------------------
  function frame() {
    if (!settled) {
      var started = performance.now();
      do { tick(); } while (alpha > alphaMin && performance.now() - started < 12);
      if (alpha <= alphaMin && alphaTarget === 0) settled = true;
      if (!userMoved) fit(); else draw();
    }
    requestAnimationFrame(frame);
  }

  window.addEventListener("resize", resize);
  applyFilters();
  resize();
  requestAnimationFrame(frame);

  // For tests and the console: what is shown, and where.
  window.actorgraph = {
    get settled() { return settled; },
    get visibleActors() { return visibleNodes.length; },
    get visibleRelations() { return visibleEdges.length; },
    get minWeight() { return minWeight; },
    get period() { return firstDay === null ? null : { since: since, until: until, first: firstDay, last: lastDay }; },
    get zoom() { return view.k; },
    get selection() { return selection ? { kind: selection.kind, id: selection.kind === "node" ? selection.item.data.id : selection.item.index } : null; },
    screenPosition: function (id) {
      var n = nodes.find(function (m) { return m.data.id === id; });
      if (!n || !n.visible) return null;
      var p = toScreen(n), r = canvas.getBoundingClientRect();
      return { x: p.x + r.left, y: p.y + r.top };
    },
    edgePosition: function (index) {
      var e = edges[index];
      if (!e || !e.visible) return null;
      var r = canvas.getBoundingClientRect(), c = curvePoints(e);
      // a point of the curve, from the middle outwards, where a click selects this edge
      // and no actor drawn over it (in a dense hub the midpoint may be under a node)
      if (!c.loop) {
        for (var k = 0; k <= 22; k++) {
          var t = (12 + (k % 2 ? -1 : 1) * Math.ceil(k / 2)) / 24;
          var x = (1 - t) * (1 - t) * c.a.x + 2 * (1 - t) * t * c.c.x + t * t * c.b.x;
          var y = (1 - t) * (1 - t) * c.a.y + 2 * (1 - t) * t * c.c.y + t * t * c.b.y;
          if (!nodeAt(x, y) && edgeAt(x, y) === e) return { x: x + r.left, y: y + r.top };
        }
      }
      var p = edgeMidpoint(e);
      return { x: p.x + r.left, y: p.y + r.top };
    },
    worldPosition: function (id) {
      var n = nodes.find(function (m) { return m.data.id === id; });
      return n ? { x: n.x, y: n.y } : null;
    },
    find: function (text) { var n = find(text); return n ? n.data.id : null; },
    settle: function () { var i = 0; while (alpha > alphaMin && i++ < 2000) tick(); settled = true; if (!userMoved) fit(); else draw(); },
  };
})();
