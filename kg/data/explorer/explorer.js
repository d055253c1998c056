/* laowu-kg explorer: reads the graph's tables embedded as JSON and draws one view at a time with
   vis-network: the overview (top regions and the most cited brands, flows summed per pair), then
   the level below whatever is clicked, or the detail graph of a brand, program or article.
   Everything that came from an article reaches the page through textContent or as a vis canvas
   label, never through innerHTML, so no payload in the data can run. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var api = { data: data, ready: false, view: null, views: 0 };
  window.kgExplorer = api;

  var LABEL_PX = 14;      // rendered size of node labels at the default zoom
  var EDGE_LABEL_PX = 13; // and of flow counts
  var CAP = Math.max(1, data.maxNodes);
  var FLOW_PAIRS = Math.max(10, Math.round(CAP / 3));  // flow arrows drawn in one view, largest first
  var REGION = { Province: true, City: true, County: true, Region: true };
  var CLS = data.classes.map(function (c) { return c.cls; });
  var STYLE = {};
  data.classes.forEach(function (c) { STYLE[c.cls] = c; });
  var EDGE = {};
  data.edgeKinds.forEach(function (k) { EDGE[k.kind] = k; });
  var N = data.nodes.length;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function cls(i) { return CLS[data.nodes[i][0]]; }
  function label(i) { return data.nodes[i][1]; }
  function parent(i) { return data.nodes[i][2]; }
  function curie(i) { var c = data.nodes[i][3]; return c.indexOf(":") < 0 ? "id:" + c : c; }
  function weight(i) { return data.nodes[i][4]; }
  function push(map, key, value) { (map[key] = map[key] || []).push(value); }
  function byWeight(a, b) { return weight(b) - weight(a) || (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : a - b); }
  function nodeId(i) { return "n" + i; }
  function nodeIndex(id) { return Number(String(id).slice(1)); }
  function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function workers(n) {
    if (n >= 100000000) return (n / 100000000).toFixed(2).replace(/\.?0+$/, "") + "亿人";
    if (n >= 10000) return (n / 10000).toFixed(1).replace(/\.0$/, "") + "万人";
    return thousands(n) + "人";
  }

  // ---- indexes over the tables -------------------------------------------------------------
  var children = {}, originsOf = {}, brandsFrom = {}, destsOf = {}, brandsTo = {}, flowsAt = {};
  var mentionsOf = {}, mentionedIn = {}, subjectsOf = {}, articlesAbout = {};
  for (var i = 0; i < N; i++) if (parent(i) >= 0) push(children, parent(i), i);
  data.origins.forEach(function (o) { push(originsOf, o[0], o[1]); push(brandsFrom, o[1], o[0]); });
  data.dests.forEach(function (d) { push(destsOf, d[0], d); push(brandsTo, d[1], d[0]); });
  data.flows.forEach(function (f, k) { push(flowsAt, f[0], k); if (f[1] !== f[0]) push(flowsAt, f[1], k); });
  data.mentions.forEach(function (m) {
    mentionsOf[m[0]] = m[1];
    m[1].forEach(function (t) { push(mentionedIn, t, m[0]); });
  });
  data.subjects.forEach(function (s) {
    subjectsOf[s[0]] = s[1];
    s[1].forEach(function (r) { push(articlesAbout, r, s[0]); });
  });
  function ancestors(i) {
    var chain = [], seen = {}, up = parent(i);
    seen[i] = true;
    while (up >= 0 && !seen[up]) { chain.push(up); seen[up] = true; up = parent(up); }
    return chain;
  }
  function top(i) { var chain = ancestors(i); return chain.length ? chain[chain.length - 1] : i; }
  function tops() {
    var out = [];
    for (var i = 0; i < N; i++) if (REGION[cls(i)] && parent(i) < 0) out.push(i);
    return out.sort(byWeight);
  }
  function ofClass(name) {
    var out = [];
    for (var i = 0; i < N; i++) if (cls(i) === name) out.push(i);
    return out.sort(byWeight);
  }
  // The regions below `root`, itself included.
  function subtree(root) {
    var out = [root], k = 0;
    while (k < out.length) { (children[out[k]] || []).forEach(function (c) { out.push(c); }); k += 1; }
    return out;
  }

  // ---- views: each returns the nodes to draw (by rank), the edges, and what it folded ---------
  function View(kind, focus) {
    this.kind = kind; this.focus = focus; this.nodes = []; this.role = {}; this.edges = {}; this.folded = [];
  }
  View.prototype.add = function (i, role) {
    if (this.role[i] !== undefined || this.nodes.length >= CAP) return this.role[i] !== undefined;
    if (cls(i) === "Article" && !data.articlesShown) return false;
    this.role[i] = role;
    this.nodes.push(i);
    return true;
  };
  View.prototype.has = function (i) { return this.role[i] !== undefined; };
  View.prototype.addAll = function (list, role, limit, what) {
    var added = 0;
    for (var k = 0; k < list.length && added < limit; k++) if (this.add(list[k], role)) added += 1;
    var left = list.filter(function (i) { return this.role[i] === undefined; }, this).length;
    if (left && what && (data.articlesShown || what.indexOf("文章") < 0)) {
      this.folded.push(thousands(left) + " " + what);
    }
    return added;
  };
  // One edge per (from, to, kind); flows keep the statements they sum.
  View.prototype.edge = function (from, to, kind, extra) {
    if (from === to || !this.has(from) || !this.has(to)) return null;
    var key = from + ">" + to + ">" + kind;
    var e = this.edges[key];
    if (!e) e = this.edges[key] = { from: from, to: to, kind: kind, flows: [], evidence: [] };
    if (extra) extra(e);
    return e;
  };
  // Flows summed per pair of drawn nodes; only the FLOW_PAIRS largest pairs are drawn.
  View.prototype.flows = function (list, shown, limit) {
    var most = limit || FLOW_PAIRS;
    var pairs = {};
    list.forEach(function (k) {
      var f = data.flows[k];
      var a = shown(f[0]), b = shown(f[1]);
      if (a < 0 || b < 0 || a === b) return;
      var key = a + ">" + b;
      (pairs[key] = pairs[key] || { from: a, to: b, flows: [] }).flows.push(k);
    });
    var ranked = Object.keys(pairs).map(function (key) {
      var p = pairs[key];
      p.sum = flowSum(p);
      return p;
    }).sort(function (x, y) {
      return y.sum.total - x.sum.total || y.sum.statements - x.sum.statements || x.from - y.from || x.to - y.to;
    });
    var view = this;
    ranked.slice(0, most).forEach(function (p) {
      view.edge(p.from, p.to, "flow", function (e) { e.flows = p.flows; });
    });
    if (ranked.length > most) {
      this.folded.push(thousands(ranked.length - most) + " 对较小的流动 smaller flow pairs (the details pane lists them)");
    }
  };

  function overview() {
    var v = new View("overview", -1);
    var regions = tops();
    v.addAll(regions, "region", CAP, "个顶层地区 top-level regions");
    var brands = ofClass("LabourBrand");
    v.addAll(brands, "brand", Math.ceil(CAP / 4), "个劳务品牌 brands (search or open a region to see them)");
    // Brands at their origin only: their destinations are the brands → destinations view's.
    brands.forEach(function (b) {
      (originsOf[b] || []).forEach(function (r) { v.edge(b, top(r), "origin"); });
    });
    v.flows(data.flows.map(function (f, k) { return k; }), function (r) { return v.has(top(r)) ? top(r) : -1; },
            Math.max(10, Math.round(CAP / 6)));
    var below = 0;
    for (var i = 0; i < N; i++) if (REGION[cls(i)] && parent(i) >= 0) below += 1;
    if (below) v.folded.push(thousands(below) + " 个下级地区 cities and counties (click a region to open it)");
    foldedOthers(v, "Program", "个项目 programs");
    foldedOthers(v, "Article", "篇文章 articles");
    return v;
  }
  function foldedOthers(v, name, what) {
    var count = ofClass(name).filter(function (i) { return !v.has(i); }).length;
    if (count && (name !== "Article" || data.articlesShown)) v.folded.push(thousands(count) + " " + what);
  }
  function evidenceOf(d) {
    return function (e) { d[2].forEach(function (pair) { e.evidence.push(pair); }); };
  }

  // A region and the level below it: its children, brands from it, the other ends of its flows
  // (as seen from it: the province outside its own province, the city outside its own city...),
  // then the programs and articles about it.
  function regionView(root) {
    var v = new View("region", root);
    v.add(root, "focus");
    var inside = subtree(root), isInside = {};
    inside.forEach(function (r) { isInside[r] = true; });
    var rootChain = [root].concat(ancestors(root));
    function shown(r) {
      if (isInside[r]) {
        if (r === root) return root;
        var chain = [r].concat(ancestors(r));
        return chain[chain.indexOf(root) - 1];
      }
      var chain2 = [r].concat(ancestors(r)).reverse();  // top first
      for (var k = 0; k < chain2.length; k++) if (rootChain.indexOf(chain2[k]) < 0) return chain2[k];
      return -1;
    }
    function shownIfDrawn(r) { var s = shown(r); return v.has(s) ? s : -1; }
    v.addAll((children[root] || []).slice().sort(byWeight), "region", Math.ceil(CAP * 0.45), "个下级地区 sub-regions");
    (children[root] || []).forEach(function (c) { v.edge(c, root, "partOf"); });
    var flowList = [], seenFlow = {};
    inside.forEach(function (r) {
      (flowsAt[r] || []).forEach(function (k) { if (!seenFlow[k]) { seenFlow[k] = true; flowList.push(k); } });
    });
    var volume = {};
    flowList.forEach(function (k) {
      var f = data.flows[k];
      [f[0], f[1]].forEach(function (r) {
        if (!isInside[r]) { var s = shown(r); if (s >= 0) volume[s] = (volume[s] || 0) + 1; }
      });
    });
    inside.forEach(function (r) {
      (brandsFrom[r] || []).forEach(function (b) {
        (destsOf[b] || []).forEach(function (d) {
          if (!isInside[d[1]]) { var s = shown(d[1]); if (s >= 0) volume[s] = (volume[s] || 0) + 1; }
        });
      });
    });
    var others = Object.keys(volume).map(Number).sort(function (a, b) { return volume[b] - volume[a] || byWeight(a, b); });
    v.addAll(others, "other", Math.ceil(CAP * 0.15), "个外地 other regions its flows reach");
    var brands = [], seenBrand = {};
    inside.forEach(function (r) {
      (brandsFrom[r] || []).forEach(function (b) { if (!seenBrand[b]) { seenBrand[b] = true; brands.push(b); } });
    });
    brands.sort(byWeight);
    v.addAll(brands, "brand", Math.ceil(CAP * 0.25), "");
    v.flows(flowList, shownIfDrawn);
    var articles = [], seenArticle = {};
    inside.forEach(function (r) {
      (articlesAbout[r] || []).forEach(function (a) { if (!seenArticle[a]) { seenArticle[a] = true; articles.push(a); } });
    });
    var programCount = {};
    articles.forEach(function (a) {
      (mentionsOf[a] || []).forEach(function (t) { if (cls(t) === "Program") programCount[t] = (programCount[t] || 0) + 1; });
    });
    var programs = Object.keys(programCount).map(Number).sort(function (a, b) { return programCount[b] - programCount[a] || byWeight(a, b); });
    v.addAll(programs, "program", 10, "个项目 programs named in its articles");
    programs.filter(function (p) { return v.has(p); }).forEach(function (p) { v.edge(p, root, "mentions"); });
    articles.sort(byWeight);
    v.addAll(articles, "article", 12, "篇文章 articles about it");
    articles.forEach(function (a) {
      (subjectsOf[a] || []).forEach(function (r) { v.edge(a, shownIfDrawn(r), "mentions"); });
    });
    // Whatever room is left goes to more brands; then the note counts those that did not fit.
    v.addAll(brands, "brand", CAP, "");
    v.addAll(brands, "brand", 0, "个劳务品牌 brands from here");
    brands.filter(function (b) { return v.has(b); }).forEach(function (b) {
      (originsOf[b] || []).forEach(function (r) { if (isInside[r]) v.edge(b, shownIfDrawn(r), "origin"); });
      (destsOf[b] || []).forEach(function (d) { v.edge(b, shownIfDrawn(d[1]), "destination", evidenceOf(d)); });
    });
    return v;
  }

  function chainEdges(v, r) {
    var chain = [r].concat(ancestors(r));
    for (var k = 0; k + 1 < chain.length; k++) {
      v.add(chain[k + 1], "region");
      v.edge(chain[k], chain[k + 1], "partOf");
    }
  }

  function brandView(b) {
    var v = new View("brand", b);
    v.add(b, "focus");
    (originsOf[b] || []).forEach(function (r) { v.add(r, "region"); v.edge(b, r, "origin"); chainEdges(v, r); });
    (destsOf[b] || []).forEach(function (d) {
      v.add(d[1], "other");
      v.edge(b, d[1], "destination", evidenceOf(d));
      chainEdges(v, d[1]);
    });
    var origins = originsOf[b] || [];
    var list = [];
    origins.forEach(function (r) { (flowsAt[r] || []).forEach(function (k) { if (data.flows[k][0] === r) list.push(k); }); });
    var ends = [];
    list.forEach(function (k) { if (ends.indexOf(data.flows[k][1]) < 0) ends.push(data.flows[k][1]); });
    v.addAll(ends.sort(byWeight), "other", Math.ceil(CAP * 0.3), "个去向 flow destinations of its origin");
    v.flows(list, function (r) { return v.has(r) ? r : -1; });
    var articles = (mentionedIn[b] || []).slice().sort(byWeight);
    v.addAll(articles, "article", CAP, "篇文章 articles that mention it");
    articles.forEach(function (a) { v.edge(a, b, "mentions"); });
    return v;
  }

  function programView(p) {
    var v = new View("program", p);
    v.add(p, "focus");
    var articles = (mentionedIn[p] || []).slice().sort(byWeight);
    v.addAll(articles, "article", Math.ceil(CAP * 0.5), "篇文章 articles that name it");
    var regions = [];
    articles.forEach(function (a) {
      v.edge(a, p, "mentions");
      (subjectsOf[a] || []).forEach(function (r) { if (regions.indexOf(r) < 0) regions.push(r); });
    });
    v.addAll(regions.sort(byWeight), "region", CAP, "个地区 regions of those articles");
    articles.forEach(function (a) { (subjectsOf[a] || []).forEach(function (r) { v.edge(a, r, "mentions"); }); });
    if (!data.articlesShown) regions.forEach(function (r) { v.edge(p, r, "mentions"); });
    return v;
  }

  function articleView(a) {
    var v = new View("article", a);
    v.add(a, "focus");
    var targets = (mentionsOf[a] || []).slice().sort(byWeight);
    v.addAll(targets, "other", CAP, "个被提及的实体 more things it mentions");
    targets.forEach(function (t) { v.edge(a, t, "mentions"); });
    targets.forEach(function (t) { if (REGION[cls(t)] && v.has(parent(t))) v.edge(t, parent(t), "partOf"); });
    return v;
  }

  // Brands → destinations: the most cited brands, where they come from and where they go.
  function brandsView() {
    var v = new View("brands", -1);
    var brands = ofClass("LabourBrand").filter(function (b) { return destsOf[b]; });
    var ends = [];
    brands.forEach(function (b) {
      (originsOf[b] || []).concat((destsOf[b] || []).map(function (d) { return d[1]; })).forEach(function (r) {
        if (ends.indexOf(top(r)) < 0) ends.push(top(r));
      });
    });
    v.addAll(ends.sort(byWeight), "region", Math.ceil(CAP * 0.4), "个地区 regions");
    v.addAll(brands, "brand", Math.ceil(CAP / 2), "个有去向的品牌 brands with destinations");
    brands.forEach(function (b) {
      (originsOf[b] || []).forEach(function (r) { v.edge(b, top(r), "origin"); });
      (destsOf[b] || []).forEach(function (d) { v.edge(b, top(d[1]), "destination", evidenceOf(d)); });
    });
    v.flows(data.flows.map(function (f, k) { return k; }).filter(function (k) {
      return brandsFrom[data.flows[k][0]];
    }), function (r) { return v.has(top(r)) ? top(r) : -1; }, Math.max(10, Math.round(CAP / 8)));
    return v;
  }

  var BUILDERS = { overview: overview, region: regionView, brand: brandView, program: programView,
                   article: articleView, brands: brandsView };
  function viewFor(i) {
    if (REGION[cls(i)]) return "region";
    return { LabourBrand: "brand", Program: "program", Article: "article" }[cls(i)];
  }

  // ---- flows: a statement counts once per pair, whatever number of destinations it named -----
  function flowSum(e) {
    var seen = {}, total = 0, counted = 0, approx = false;
    e.flows.forEach(function (k) {
      var f = data.flows[k];
      if (seen[f[7]]) return;
      seen[f[7]] = true;
      if (f[2] !== null && f[2] !== undefined && isFinite(Number(f[2]))) {
        total += Number(f[2]); counted += 1; approx = approx || f[4] === 1;
      }
    });
    return { total: total, counted: counted, statements: Object.keys(seen).length, approx: approx };
  }
  var WIDTH_STEPS = [100, 1000, 10000, 100000];
  function flowWidth(total) { return Math.min(10, 1.5 + 2 * Math.log(1 + total / 100) / Math.LN10); }
  api.flowWidth = flowWidth;

  // ---- the network -------------------------------------------------------------------------------
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  api.nodes = nodes;
  api.edges = edges;
  var container = document.getElementById("kg-network");
  var options = {
    autoResize: true,
    layout: { randomSeed: 20240607, improvedLayout: false },
    physics: {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -90, centralGravity: 0.012, springLength: 120,
                          springConstant: 0.06, avoidOverlap: 0.8 },
      minVelocity: 1,
      adaptiveTimestep: false,  // its state would carry from one view to the next: not the same layout twice
      stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: true }
    },
    interaction: { hover: true, tooltipDelay: 100000, multiselect: false, navigationButtons: false },
    nodes: { font: { face: data.font, size: LABEL_PX }, borderWidth: 1,
             scaling: { min: 8, max: 36, label: { enabled: false } } },
    edges: {
      font: { face: data.font, size: EDGE_LABEL_PX, align: "horizontal", color: "#4a2366", strokeWidth: 4 },
      smooth: { enabled: true, type: "continuous", roundness: 0.25 },
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      selectionWidth: 2
    }
  };
  api.options = options;
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  api.network = network;

  // ---- our tooltip: plain text, closed when the pointer leaves or the node goes away ----------
  var tooltip = document.getElementById("kg-tooltip");
  var tipFor = null;
  function showTip(id, text, pointer) {
    tipFor = id;
    tooltip.textContent = text;
    var box = container.getBoundingClientRect();
    tooltip.style.left = Math.min(box.right - 20, box.left + pointer.x + 14) + "px";
    tooltip.style.top = Math.min(box.bottom - 20, box.top + pointer.y + 14) + "px";
    tooltip.hidden = false;
  }
  function hideTip() { tipFor = null; tooltip.hidden = true; tooltip.textContent = ""; }
  api.tooltipFor = function () { return tipFor; };
  // Whatever is under the pointer, asked at every move: vis-network's own hover events are not
  // sent again when the pointer comes back to a node it never saw it leave.
  container.addEventListener("mousemove", function (event) {
    var box = container.getBoundingClientRect();
    var pointer = { x: event.clientX - box.left, y: event.clientY - box.top };
    var id = network.getNodeAt(pointer);
    if (id !== undefined && nodes.get(id) && !nodes.get(id).hidden) {
      if (tipFor !== id) showTip(id, nodeSummary(nodeIndex(id)), pointer);
      return;
    }
    var edgeId = network.getEdgeAt(pointer);
    var edge = edgeId !== undefined ? edges.get(edgeId) : null;
    if (edge) {
      if (tipFor !== edgeId) showTip(edgeId, edge.tip, pointer);
      return;
    }
    hideTip();
  });
  network.on("dragStart", hideTip);
  // A resized window changes the fitted zoom: fit again (once the canvas has followed), so labels
  // keep their size.
  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      if (!api.ready) return;
      hideTip();
      network.redraw();
      refit();
    }, 150);
  });
  network.on("zoom", hideTip);
  container.addEventListener("mouseleave", hideTip);

  // ---- drawing a view -----------------------------------------------------------------------------
  var classBoxes = {};
  var state = { classes: {} };
  data.classes.forEach(function (c) { state.classes[c.cls] = true; });

  function nodeVisible(i) { return state.classes[cls(i)] !== false; }

  // Regions are sized by the facts under them, relative to the largest region in the view.
  function nodeSize(i, role, heaviest) {
    if (role === "focus") return 30;
    if (REGION[cls(i)]) return 8 + 20 * Math.sqrt(weight(i) / Math.max(1, heaviest));
    return cls(i) === "LabourBrand" ? 12 : cls(i) === "Article" ? 7 : 10;
  }

  function initialPositions(v) {
    // Rings by role around the focus (or the centre), so physics starts from order, not chaos.
    var rings = { focus: 0, region: 260, brand: 420, other: 560, program: 640, article: 720 };
    var counts = {}, index = {};
    v.nodes.forEach(function (i) { var r = v.role[i]; counts[r] = (counts[r] || 0) + 1; });
    var pos = {};
    v.nodes.forEach(function (i) {
      var r = v.role[i], k = index[r] = (index[r] || 0) + 1;
      var radius = v.focus < 0 && r === "region" ? 200 : rings[r];
      var angle = 2 * Math.PI * k / counts[r] + (radius ? 0.3 * (radius / 260) : 0);
      pos[i] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
    return pos;
  }

  // On the ring, a province-level name without its generic suffix (新疆维吾尔自治区 → 新疆,
  // 河南省 → 河南): the suffixes of China's 34 province-level divisions. The full name is in the
  // tooltip and details.
  var PROVINCE_SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/;
  function shortName(i) {
    if (cls(i) !== "Province") return label(i);
    var short = label(i).replace(PROVINCE_SUFFIX, "");
    return short.length >= 2 ? short : label(i);
  }

  // Article titles are long: the canvas shows their start, the tooltip and details the whole.
  var ARTICLE_TEXT = 14;
  function canvasText(i) {
    var text = label(i);
    return cls(i) === "Article" && text.length > ARTICLE_TEXT ? text.slice(0, ARTICLE_TEXT - 1) + "…" : text;
  }

  // The overviews need no physics: top-level regions on a ring in adcode order (which runs
  // roughly around the country: north, north-east, east, centre and south, south-west,
  // north-west), flows as chords between them, each brand just outside its origin.
  function ringPositions(v) {
    var regions = v.nodes.filter(function (i) { return v.role[i] === "region"; }).sort(function (a, b) {
      return curie(a) < curie(b) ? -1 : curie(a) > curie(b) ? 1 : a - b;
    });
    var radius = Math.max(260, regions.length * 24), pos = {}, angleOf = {};
    regions.forEach(function (r, k) {
      var angle = -Math.PI / 2 + 2 * Math.PI * k / Math.max(1, regions.length);
      angleOf[r] = angle;
      pos[r] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
    var around = {}, loose = [];
    v.nodes.forEach(function (i) {
      if (pos[i]) return;
      var home = (originsOf[i] || []).map(top).filter(function (r) { return angleOf[r] !== undefined; })[0];
      if (home === undefined) loose.push(i); else push(around, home, i);
    });
    var step = 2 * Math.PI / Math.max(1, regions.length);
    Object.keys(around).forEach(function (r) {
      var list = around[r];
      list.forEach(function (b, k) {
        // fanned out within the region's slice of the ring, in rows further out
        var row = k % 3, slot = Math.floor(k / 3), slots = Math.ceil(list.length / 3);
        var angle = angleOf[r] + step * 0.8 * ((slot + 0.5) / slots - 0.5);
        var at = radius + 110 + 70 * row;
        pos[b] = { x: at * Math.cos(angle), y: at * Math.sin(angle) };
      });
    });
    loose.forEach(function (i, k) {
      var angle = 2 * Math.PI * k / Math.max(1, loose.length);
      pos[i] = { x: 0.35 * radius * Math.cos(angle), y: 0.35 * radius * Math.sin(angle) };
    });
    return pos;
  }

  function edgeRecord(e, id) {
    var style = EDGE[e.kind];
    // Flows and mentions do not pull on the layout: regions stay apart and brands by their origin.
    var rec = { id: id, from: nodeId(e.from), to: nodeId(e.to), kind: e.kind, dashes: style.dashes,
                physics: e.kind !== "flow" && e.kind !== "mentions",
                color: { color: style.color, highlight: style.color, hover: style.color }, width: 1 };
    var head = label(e.from) + " → " + label(e.to);
    if (e.kind === "flow") {
      var s = flowSum(e);
      rec.width = flowWidth(s.total);
      rec.count = s.total;
      rec.fullLabel = s.counted ? (s.approx ? "约" : "") + workers(s.total) : "";
      rec.tip = head + "\nflow 劳务输转: " + (s.counted ? (s.approx ? "约" : "") + thousands(s.total) + " 人" : "人数未注明")
        + " · " + s.statements + " 条陈述 statements (a count shared by several destinations counted once)"
        + flowEvidence(e);
    } else {
      rec.width = e.kind === "destination" ? 2.5 : e.kind === "origin" ? 1.5 : e.kind === "mentions" ? 0.6 : 1;
      rec.fullLabel = "";
      rec.tip = head + "\n" + style.label + lines("证据 evidence", e.evidence.map(evidenceLine), 3);
    }
    rec.label = rec.fullLabel || undefined;
    return rec;
  }
  function evidenceLine(pair) {
    var text = pair[1] >= 0 ? data.sentences[pair[1]] : "";
    return (pair[0] >= 0 ? "《" + label(pair[0]) + "》 " : "") + text;
  }
  function flowEvidence(e) {
    var out = [], seen = {};
    e.flows.forEach(function (k) {
      var f = data.flows[k];
      if (f[6] < 0 || seen[f[7]]) return;
      seen[f[7]] = true;
      out.push((f[2] !== null ? f[2] + (f[4] ? "+" : "") + "人" : "人数未注明") + (f[3] ? " (" + f[3] + ")" : "")
               + ": " + evidenceLine([f[5], f[6]]));
    });
    return lines("证据 evidence", out, 4);
  }
  function lines(heading, items, cap) {
    if (!items.length) return "";
    var out = "\n" + heading + ":\n" + items.slice(0, cap).map(function (t) { return "• " + t; }).join("\n");
    if (items.length > cap) out += "\n… +" + (items.length - cap) + " more — click for all";
    return out;
  }

  var pending = null;
  function draw(v) {
    hideTip();
    api.ready = false;
    document.body.removeAttribute("data-ready");
    api.view = v;
    var ring = v.kind === "overview" || v.kind === "brands";
    var pos = initialPositions(v);
    var heaviest = 0;
    v.nodes.forEach(function (i) { if (REGION[cls(i)] && v.role[i] !== "focus") heaviest = Math.max(heaviest, weight(i)); });
    var nodeRecords = v.nodes.map(function (i) {
      var style = STYLE[cls(i)];
      return { id: nodeId(i), label: label(i), name: label(i), text: ring ? shortName(i) : canvasText(i),
               cls: cls(i), role: v.role[i],
               shape: v.role[i] === "focus" && style.shape === "dot" ? "dot" : style.shape,
               color: style.color, font: { color: "#222222", size: LABEL_PX },
               size: nodeSize(i, v.role[i], heaviest), borderWidth: v.role[i] === "focus" ? 3 : 1,
               x: pos[i].x, y: pos[i].y, hidden: !nodeVisible(i) };
    });
    var k = 0;
    var edgeRecords = Object.keys(v.edges).sort().map(function (key) { return edgeRecord(v.edges[key], "e" + (k++)); });
    if (ring) {
      var placed = ringPositions(v);
      nodeRecords.forEach(function (n) { var at = placed[nodeIndex(n.id)]; n.x = at.x; n.y = at.y; });
      edgeRecords.forEach(function (e) { if (e.kind === "flow") e.smooth = { enabled: true, type: "curvedCW", roundness: 0.15 }; });
    }
    network.setOptions({ physics: { enabled: !ring }, layout: { randomSeed: options.layout.randomSeed } });
    nodes.clear();
    edges.clear();
    nodes.add(nodeRecords);
    edges.add(edgeRecords);
    pending = v;
    if (ring) setTimeout(settled, 0);
    else network.stabilize(options.physics.stabilization.iterations);
    showCrumbs(v);
    showFolded(v);
    updateCounts();
  }

  function settled() {
    if (!pending) return;
    var v = pending;
    pending = null;
    network.setOptions({ physics: { enabled: false } });
    refit();
    api.views += 1;
    api.ready = true;
    document.body.setAttribute("data-views", String(api.views));
    document.body.setAttribute("data-ready", "1");
    if (v.select !== undefined) select(v.select);
  }
  network.on("stabilizationIterationsDone", settled);
  network.on("stabilized", settled);

  // ---- readable at the default zoom: fit, then labels drawn at LABEL_PX; labels that would
  // overlap a higher-ranked one are left out (the node keeps its tooltip) rather than shrunk.
  var measure = document.createElement("canvas").getContext("2d");
  function textWidth(text, px) {
    measure.font = px + "px " + data.font;
    return measure.measureText(text).width;
  }
  function refit() {
    var shown = visibleNodeIds();
    if (shown.length) network.fit({ nodes: shown, animation: false });
    var scale = network.getScale() || 1;
    var size = LABEL_PX / scale, edgeSize = EDGE_LABEL_PX / scale;
    var positions = network.getPositions(shown);
    var boxes = [];
    function free(box) {
      for (var k = 0; k < boxes.length; k++) {
        var b = boxes[k];
        if (box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1) return false;
      }
      return true;
    }
    var pad = 3 / scale;
    var ranked = shown.slice().sort(function (a, b) {
      var ra = nodes.get(a).role === "focus" ? 0 : 1, rb = nodes.get(b).role === "focus" ? 0 : 1;
      return ra - rb || byWeight(nodeIndex(a), nodeIndex(b));
    });
    // Every node's own disc is an obstacle first, so a label never covers another node.
    ranked.forEach(function (id) {
      var p = positions[id], r = nodes.get(id).size;
      boxes.push({ x0: p.x - r, x1: p.x + r, y0: p.y - r, y1: p.y + r });
    });
    function nodeLabel(id) {
      var n = nodes.get(id), p = positions[id];
      var w = textWidth(n.text, size) / 2 + pad, top = p.y + n.size + 2 / scale;
      var box = { x0: p.x - w, x1: p.x + w, y0: top, y1: top + size * 1.25 };
      var keep = free(box);
      if (keep) boxes.push(box);
      return { id: id, label: keep ? n.text : "", font: { size: size, color: "#222222" } };
    }
    function flowLabel(e) {
      // Where vis draws the label: the middle of the curve as drawn, not of the straight line.
      var drawn = network.body.edges[e.id], at = null;
      if (drawn && drawn.edgeType && drawn.edgeType.getPoint) at = drawn.edgeType.getPoint(0.5);
      var a = positions[e.from], b = positions[e.to], keep = false;
      if (!at && a && b) at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      if (at && a && b) {
        var w = textWidth(e.fullLabel, edgeSize) / 2 + pad;
        var box = { x0: at.x - w, x1: at.x + w, y0: at.y - edgeSize * 0.7, y1: at.y + edgeSize * 0.7 };
        keep = free(box);
        if (keep) boxes.push(box);
      }
      return { id: e.id, label: keep ? e.fullLabel : " ", font: { size: edgeSize } };
    }
    // Who wins a place: the focus and regions, then the flow counts (largest first), then the rest.
    function primary(id) { var n = nodes.get(id); return n.role === "focus" || REGION[n.cls]; }
    var updates = ranked.filter(primary).map(nodeLabel);
    var edgeUpdates = edges.get({ filter: function (e) { return e.kind === "flow" && e.fullLabel; } })
      .sort(function (a, b) { return b.count - a.count || (a.id < b.id ? -1 : 1); })
      .map(flowLabel);
    nodes.update(updates.concat(ranked.filter(function (id) { return !primary(id); }).map(nodeLabel)));
    edges.update(edgeUpdates);
  }
  api.refit = refit;

  // ---- panels: legend, filters, breadcrumbs, folded note, counts -------------------------------
  var legend = document.getElementById("kg-classes");
  data.classes.forEach(function (c) {
    if (!c.count) return;
    var row = el("label", "kg-row");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.cls = c.cls;
    classBoxes[c.cls] = box;
    box.addEventListener("change", function () {
      state.classes[c.cls] = box.checked;
      applyFilters();
    });
    var swatch = el("span", "kg-swatch kg-shape-" + c.shape);
    swatch.style.background = c.color;
    row.appendChild(box);
    row.appendChild(swatch);
    row.appendChild(el("span", "kg-name", c.label));
    row.appendChild(el("span", "kg-count", thousands(c.count)));
    legend.appendChild(row);
  });

  var edgeLegend = document.getElementById("kg-edge-kinds");
  data.edgeKinds.forEach(function (k) {
    if (k.kind === "flow") return;
    var row = el("div", "kg-row");
    var line = el("span", "kg-line" + (k.dashes ? " kg-dashed" : ""));
    line.style.borderTopColor = k.color;
    line.style.borderTopWidth = (k.kind === "destination" ? 3 : k.kind === "mentions" ? 1 : 2) + "px";
    row.appendChild(line);
    row.appendChild(el("span", "kg-name", k.label));
    edgeLegend.appendChild(row);
  });
  // The widths of flow arrows, as drawn: one row per order of magnitude of workers.
  var widthLegend = document.getElementById("kg-flow-widths");
  WIDTH_STEPS.forEach(function (n) {
    var row = el("div", "kg-row");
    var line = el("span", "kg-line");
    line.style.borderTopColor = EDGE.flow.color;
    line.style.borderTopWidth = Math.round(flowWidth(n)) + "px";
    row.appendChild(line);
    row.appendChild(el("span", "kg-name", workers(n)));
    widthLegend.appendChild(row);
  });

  function applyFilters() {
    hideTip();
    var updates = [];
    nodes.forEach(function (n) {
      var hidden = !nodeVisible(nodeIndex(n.id));
      if (n.hidden !== hidden) updates.push({ id: n.id, hidden: hidden });
    });
    nodes.update(updates);
    var selected = network.getSelectedNodes();
    if (selected.length && nodes.get(selected[0]).hidden) network.unselectAll();
    refit();
    updateCounts();
  }
  api.applyFilters = applyFilters;

  function visibleNodeIds() {
    return nodes.getIds({ filter: function (n) { return !n.hidden; } });
  }
  api.visibleNodeIds = visibleNodeIds;

  var provinceSelect = document.getElementById("kg-province");
  tops().filter(function (i) { return children[i]; }).sort(function (a, b) {
    return label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : a - b;
  }).forEach(function (i) {
    var option = el("option", null, label(i));
    option.value = String(i);
    provinceSelect.appendChild(option);
  });
  provinceSelect.addEventListener("change", function () {
    if (provinceSelect.value === "") open("overview", -1);
    else open("region", Number(provinceSelect.value));
  });

  var crumbs = document.getElementById("kg-crumbs");
  function crumb(text, kind, i) {
    var button = el("button", "kg-crumb", text);
    button.type = "button";
    button.addEventListener("click", function () { open(kind, i); });
    crumbs.appendChild(button);
  }
  function showCrumbs(v) {
    crumbs.textContent = "";
    crumb("全国 Overview", "overview", -1);
    if (v.kind === "brands") crumb("品牌去向 Brands → destinations", "brands", -1);
    if (v.focus < 0) return;
    var chain = REGION[cls(v.focus)] ? ancestors(v.focus).reverse() : [];
    chain.forEach(function (r) { crumb(label(r), "region", r); });
    crumb(label(v.focus), v.kind, v.focus);
  }
  var folded = document.getElementById("kg-folded");
  function showFolded(v) {
    folded.textContent = v.folded.length
      ? "未显示 Folded: " + v.folded.join("; ") + ". Showing at most " + CAP
        + " nodes (kg explore --max-nodes N); click a region to open it, or search for any name."
      : "";
  }
  function updateCounts() {
    document.getElementById("kg-counts").textContent = visibleNodeIds().length + " nodes shown · "
      + thousands(N) + " in the graph · " + thousands(data.flows.length) + " flows";
  }

  // ---- details ------------------------------------------------------------------------------------
  function nodeSummary(i) {
    var out = [label(i), STYLE[cls(i)].label + " · " + curie(i)];
    if (REGION[cls(i)] && ancestors(i).length) {
      out.push("in 位于: " + ancestors(i).map(label).reverse().join(" › "));
    }
    if (weight(i)) out.push(thousands(weight(i)) + " facts 条事实" + (REGION[cls(i)] ? " (with the regions below)" : ""));
    var kids = (children[i] || []).length;
    if (kids) out.push(kids + " 个下级地区 sub-regions — click to open");
    var brands = brandsUnder(i).length;
    if (brands) out.push(brands + " 个劳务品牌 brands from here");
    if (mentionedIn[i]) out.push("见于 mentioned in " + mentionedIn[i].length + " 篇文章 articles");
    return out.join("\n");
  }
  // The brands whose origin is this region or any region below it.
  function brandsUnder(i) {
    if (!REGION[cls(i)]) return [];
    var out = [], seen = {};
    subtree(i).forEach(function (r) {
      (brandsFrom[r] || []).forEach(function (b) { if (!seen[b]) { seen[b] = true; out.push(b); } });
    });
    return out;
  }
  function detailText(i) {
    var out = [nodeSummary(i)];
    (data.facts[i] || []).forEach(function (f) {
      var name = data.factNames[f[0]];
      out.push(name + ": " + (name.indexOf("sourceFile") === 0 ? data.sourceRoot : "") + f[1]);
    });
    var origins = originsOf[i] || [];
    origins.forEach(function (r) { out.push("origin 来源地: " + path(r)); });
    (destsOf[i] || []).forEach(function (d) { out.push("destination 去向: " + path(d[1])); });
    var evidence = [];
    (destsOf[i] || []).forEach(function (d) { d[2].forEach(function (pair) { evidence.push(evidenceLine(pair)); }); });
    if (evidence.length) out.push("证据 evidence:\n" + evidence.map(function (t) { return "• " + t; }).join("\n"));
    var obs = data.observations[i];
    if (obs) {
      out.push("数据 figures (" + obs[0] + "):\n" + obs[1].map(function (t) { return "• " + t; }).join("\n")
               + (obs[0] > obs[1].length ? "\n… +" + (obs[0] - obs[1].length) + " more: kg query" : ""));
    }
    var kids = (children[i] || []).slice().sort(byWeight);
    if (kids.length) out.push("下级地区 sub-regions: " + kids.slice(0, 40).map(label).join("、")
                              + (kids.length > 40 ? " … +" + (kids.length - 40) : ""));
    var brands = brandsUnder(i).sort(byWeight);
    if (brands.length) out.push("劳务品牌 brands: " + brands.slice(0, 30).map(label).join("、")
                                + (brands.length > 30 ? " … +" + (brands.length - 30) : ""));
    var flowsOut = {}, flowsIn = {};
    (flowsAt[i] || []).forEach(function (k) {
      var f = data.flows[k];
      if (f[0] === i) push(flowsOut, f[1], k);
      if (f[1] === i) push(flowsIn, f[0], k);
    });
    [["输出 flows out → ", flowsOut], ["输入 flows in ← ", flowsIn]].forEach(function (pair) {
      var keys = Object.keys(pair[1]);
      if (!keys.length) return;
      out.push(pair[0] + keys.slice(0, 12).map(function (r) {
        var s = flowSum({ flows: pair[1][r] });
        return label(Number(r)) + " " + (s.counted ? workers(s.total) : "?");
      }).join("、") + (keys.length > 12 ? " … +" + (keys.length - 12) : ""));
    });
    var articles = mentionedIn[i] || [];
    if (articles.length) {
      out.push("见于 mentioned in:\n" + articles.slice(0, 15).map(function (a) { return "• 《" + label(a) + "》"; }).join("\n")
               + (articles.length > 15 ? "\n… +" + (articles.length - 15) + " more" : ""));
    }
    var mentions = mentionsOf[i] || [];
    if (mentions.length) out.push("提及 mentions: " + mentions.map(label).join("、"));
    return out.join("\n");
  }
  function path(r) {
    var chain = ancestors(r).map(label).reverse();
    return label(r) + (chain.length ? " (" + chain.join(" ") + ")" : "");
  }
  api.detailText = detailText;
  var detail = document.getElementById("kg-detail");
  function showDetail(i) { detail.textContent = i >= 0 ? detailText(i) : ""; }
  function select(i) {
    var id = nodeId(i);
    if (nodes.get(id) && !nodes.get(id).hidden) network.selectNodes([id]);
    showDetail(i);
  }

  // Click: details at once, and the node's own view (the level below a region; a brand's,
  // program's or article's detail graph) unless it is already the one shown.
  network.on("click", function (params) {
    hideTip();
    if (!params.nodes.length) return;
    var i = nodeIndex(params.nodes[0]);
    showDetail(i);
    if (api.view && api.view.focus === i) return;
    open(viewFor(i), i, i);
  });

  // Every view opened is a step of the browser's history, so Back returns to the one before.
  var opened = 0;
  function remember(kind, i, selected) {
    try {
      history[opened ? "pushState" : "replaceState"]({ kgView: kind, node: i, select: selected }, "");
    } catch (error) { /* a sandboxed frame may refuse history; the breadcrumbs still work */ }
    opened += 1;
  }
  window.addEventListener("popstate", function (event) {
    var state = event.state;
    if (state && BUILDERS[state.kgView]) open(state.kgView, state.node, state.select, true);
  });

  function open(kind, i, selectAfter, fromHistory) {
    var v = BUILDERS[kind](i);
    if (!fromHistory) remember(kind, i, selectAfter);
    v.select = selectAfter !== undefined ? selectAfter : (i >= 0 ? i : undefined);
    if (kind !== "region" || top(i) !== i) provinceSelect.value = "";
    if (kind === "region" && top(i) === i) provinceSelect.value = String(i);
    if (kind === "overview") provinceSelect.value = "";
    brandButton.setAttribute("aria-pressed", kind === "brands" ? "true" : "false");
    if (v.select !== undefined) showDetail(v.select); else showDetail(-1);
    draw(v);
    return v;
  }
  api.open = function (kind, i) { open(kind, i === undefined ? -1 : i); };
  api.openNode = function (i) { open(viewFor(i), i, i); };

  var brandButton = document.getElementById("kg-brand-focus");
  brandButton.addEventListener("click", function () {
    open(brandButton.getAttribute("aria-pressed") === "true" ? "overview" : "brands", -1);
  });
  document.getElementById("kg-fit").addEventListener("click", function () { hideTip(); refit(); });

  // ---- search ---------------------------------------------------------------------------------------
  var names = document.getElementById("kg-names");
  // Suggestions: every region and the most cited brands and programs (a datalist of tens of
  // thousands of names would slow the page down for nothing).
  var suggestions = [];
  for (var s = 0; s < N; s++) if (REGION[cls(s)]) suggestions.push(s);
  suggestions = suggestions.concat(ofClass("LabourBrand").slice(0, 1500), ofClass("Program").slice(0, 500));
  suggestions.forEach(function (i) { var option = el("option"); option.value = label(i); names.appendChild(option); });

  function alternatives(i) { return data.names[i] || []; }
  function findNode(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) return -1;
    var tests = [
      function (i) { return label(i).toLowerCase() === q; },
      function (i) { return alternatives(i).some(function (a) { return a.toLowerCase() === q; }); },
      function (i) { return label(i).toLowerCase().indexOf(q) === 0; },
      function (i) { return label(i).toLowerCase().indexOf(q) >= 0
                     || alternatives(i).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }); }
    ];
    for (var t = 0; t < tests.length; t++) {
      var best = -1;
      for (var i = 0; i < N; i++) {
        if (cls(i) === "Article" && !data.articlesShown) continue;
        // Places and brands before articles whose title merely contains the words.
        if (tests[t](i) && (best < 0 || (cls(best) === "Article" && cls(i) !== "Article"))) best = i;
        if (best >= 0 && cls(best) !== "Article") break;
      }
      if (best >= 0) return best;
    }
    return -1;
  }
  var status = document.getElementById("kg-search-status");
  function search(query) {
    var i = findNode(query);
    if (i < 0) { status.textContent = "未找到 not found"; return null; }
    if (!nodeVisible(i)) { state.classes[cls(i)] = true; classBoxes[cls(i)].checked = true; }
    open(viewFor(i), i, i);
    status.textContent = "找到 found: " + label(i);
    return nodeId(i);
  }
  api.search = search;
  var input = document.getElementById("kg-search");
  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value);
  });

  // ---- start -----------------------------------------------------------------------------------------
  var start = data.start || { view: "overview" };
  if (!N) {
    api.ready = true;
    api.view = new View("overview", -1);
    updateCounts();
    document.body.setAttribute("data-views", "1");
    document.body.setAttribute("data-ready", "1");
  } else {
    open(start.view, start.node === undefined ? -1 : start.node);
  }
})();
