/* laowu-kg explorer: reads the graph data embedded as JSON and drives vis-network.
   Everything that came from an article reaches the page through textContent or as a
   vis canvas label, never through innerHTML, so no payload in the data can run. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var state = { classes: {}, province: "", brandFocus: false, articlesPlaced: false };
  var api = { data: data, ready: false, errors: [] };
  window.kgExplorer = api;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Tooltips as DOM elements filled with textContent: vis-network would otherwise decide
  // by itself whether a string title is HTML.
  function tip(text) {
    return el("div", "kg-tip", text);
  }

  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var copy = Object.assign({}, n);
    copy.title = tip(n.title);
    delete copy.detail;
    return copy;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var copy = Object.assign({}, e);
    copy.title = tip(e.title);
    return copy;
  }));
  api.nodes = nodes;
  api.edges = edges;

  var container = document.getElementById("kg-network");
  // Data is set only after the stabilisation handlers are attached (see the end), so no
  // event can fire before anyone listens.
  var network = new vis.Network(container, { nodes: new vis.DataSet(), edges: new vis.DataSet() }, data.options);
  api.network = network;

  // ---- legend and class filters -------------------------------------------------
  var legend = document.getElementById("kg-classes");
  data.classes.forEach(function (c) {
    var row = el("label", "kg-row");
    var box = el("input");
    box.type = "checkbox";
    box.checked = c.visible;
    box.dataset.cls = c.cls;
    state.classes[c.cls] = c.visible;
    box.addEventListener("change", function () {
      state.classes[c.cls] = box.checked;
      applyFilters();
    });
    var swatch = el("span", "kg-swatch kg-shape-" + c.shape);
    swatch.style.background = c.color;
    row.appendChild(box);
    row.appendChild(swatch);
    row.appendChild(el("span", "kg-name", c.label));
    row.appendChild(el("span", "kg-count", c.count));
    legend.appendChild(row);
  });

  var edgeLegend = document.getElementById("kg-edge-kinds");
  data.edgeKinds.forEach(function (k) {
    var row = el("div", "kg-row");
    var line = el("span", "kg-line" + (k.dashes ? " kg-dashed" : ""));
    line.style.borderTopColor = k.color;
    line.style.borderTopWidth = Math.max(1, Math.round(k.width)) + "px";
    row.appendChild(line);
    row.appendChild(el("span", "kg-name", k.label));
    row.appendChild(el("span", "kg-count", k.count));
    edgeLegend.appendChild(row);
  });

  // ---- province filter ------------------------------------------------------------
  var select = document.getElementById("kg-province");
  data.provinces.forEach(function (p) {
    var option = el("option", null, p.label);
    option.value = p.id;
    select.appendChild(option);
  });
  select.addEventListener("change", function () {
    state.province = select.value;
    applyFilters();
  });

  // ---- brand focus: brands, their origins and destinations, where flows from those origins
  // go (the article may state the flow rather than the brand's destination), and ancestors.
  var brandScope = (function () {
    var keep = {};
    var parents = {};
    var origins = {};
    data.edges.forEach(function (e) {
      if (e.kind === "partOf") (parents[e.from] = parents[e.from] || []).push(e.to);
      if (e.kind === "origin") origins[e.to] = true;
    });
    function keepWithAncestors(start) {
      var stack = [start];
      while (stack.length) {
        var id = stack.pop();
        if (keep[id]) continue;
        keep[id] = true;
        (parents[id] || []).forEach(function (p) { stack.push(p); });
      }
    }
    data.edges.forEach(function (e) {
      if (e.kind === "origin" || e.kind === "destination") {
        keep[e.from] = true;
        keepWithAncestors(e.to);
      } else if (e.kind === "flow" && origins[e.from]) {
        keepWithAncestors(e.to);
      }
    });
    data.nodes.forEach(function (n) { if (n.cls === "LabourBrand") keep[n.id] = true; });
    return keep;
  })();
  var focusButton = document.getElementById("kg-brand-focus");
  focusButton.addEventListener("click", function () {
    setBrandFocus(!state.brandFocus);
  });
  function setBrandFocus(on) {
    state.brandFocus = on;
    focusButton.setAttribute("aria-pressed", on ? "true" : "false");
    applyFilters();
    if (on) network.fit({ nodes: visibleNodeIds(), animation: false });
  }

  function nodeVisible(n) {
    if (!state.classes[n.cls]) return false;
    if (state.province && n.provinces.indexOf(state.province) < 0) return false;
    if (state.brandFocus && !brandScope[n.id]) return false;
    return true;
  }

  var FOCUS_EDGES = { origin: true, destination: true, partOf: true, flow: true };

  function applyFilters() {
    var nodeUpdates = [];
    data.nodes.forEach(function (n) {
      var hidden = !nodeVisible(n);
      if (nodes.get(n.id).hidden !== hidden) nodeUpdates.push({ id: n.id, hidden: hidden });
    });
    nodes.update(nodeUpdates);
    var edgeUpdates = [];
    data.edges.forEach(function (e) {
      var hidden = state.brandFocus && !FOCUS_EDGES[e.kind];
      if (edges.get(e.id).hidden !== hidden) edgeUpdates.push({ id: e.id, hidden: hidden });
    });
    edges.update(edgeUpdates);
    if (state.classes.Article && !state.articlesPlaced && api.ready) placeArticles();
    updateCounts();
  }
  api.applyFilters = applyFilters;

  function visibleNodeIds() {
    return data.nodes.filter(nodeVisible).map(function (n) { return n.id; });
  }
  api.visibleNodeIds = visibleNodeIds;

  function updateCounts() {
    var shown = visibleNodeIds().length;
    document.getElementById("kg-counts").textContent =
      shown + " / " + data.nodes.length + " nodes · " + data.edges.length + " edges";
  }

  // ---- details and search -------------------------------------------------------------
  var detail = document.getElementById("kg-detail");
  function showDetail(id) {
    var n = nodeById[id];
    detail.textContent = n ? n.detail : "";
  }
  network.on("selectNode", function (params) { showDetail(params.nodes[0]); });
  network.on("deselectNode", function () { detail.textContent = ""; });

  var names = document.getElementById("kg-names");
  data.nodes.filter(function (n) { return n.cls !== "Article"; }).forEach(function (n) {
    var option = el("option");
    option.value = n.label;
    names.appendChild(option);
  });

  function findNode(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) return null;
    var tests = [
      function (n) { return n.label.toLowerCase() === q; },
      function (n) { return n.names.some(function (s) { return s.toLowerCase() === q; }); },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.names.some(function (s) { return s.toLowerCase().indexOf(q) >= 0; }); }
    ];
    for (var i = 0; i < tests.length; i++) {
      for (var j = 0; j < data.nodes.length; j++) {
        if (tests[i](data.nodes[j])) return data.nodes[j];
      }
    }
    return null;
  }

  var status = document.getElementById("kg-search-status");
  function search(query) {
    var n = findNode(query);
    if (!n) {
      status.textContent = "未找到 not found";
      return null;
    }
    if (!nodeVisible(n)) {
      // A search result hidden by a filter is made visible rather than silently missed.
      state.classes[n.cls] = true;
      legend.querySelectorAll("input").forEach(function (box) {
        if (box.dataset.cls === n.cls) box.checked = true;
      });
      if (state.province && n.provinces.indexOf(state.province) < 0) {
        state.province = "";
        select.value = "";
      }
      if (state.brandFocus && !brandScope[n.id]) setBrandFocus(false);
      applyFilters();
    }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.4, animation: false });
    showDetail(n.id);
    status.textContent = "找到 found: " + n.label;
    return n.id;
  }
  api.search = search;

  var input = document.getElementById("kg-search");
  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value);
  });
  document.getElementById("kg-fit").addEventListener("click", function () {
    network.fit({ nodes: visibleNodeIds(), animation: false });
  });

  // ---- articles: kept out of the physics, placed beside what they mention when shown ----
  function placeArticles() {
    var positions = network.getPositions();
    var index = 0;
    data.nodes.forEach(function (n) {
      if (n.cls !== "Article") return;
      var targets = data.edges.filter(function (e) { return e.from === n.id && positions[e.to]; });
      var x = 0, y = 0;
      targets.forEach(function (e) { x += positions[e.to].x; y += positions[e.to].y; });
      if (targets.length) { x /= targets.length; y /= targets.length; }
      var angle = index * 2.399963;  // golden angle: neighbours do not stack
      network.moveNode(n.id, x + 60 * Math.cos(angle), y + 60 * Math.sin(angle));
      index += 1;
    });
    state.articlesPlaced = true;
  }

  // ---- physics: stabilise once, then stop so large graphs stay responsive ---------------
  var progress = document.getElementById("kg-progress");
  function markReady() {
    if (api.ready) return;
    network.setOptions({ physics: { enabled: false } });
    api.ready = true;
    progress.textContent = "";
    if (state.classes.Article) placeArticles();
    document.body.setAttribute("data-ready", "1");
  }
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "layout " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", markReady);
  applyFilters();
  network.setData({ nodes: nodes, edges: edges });
  if (!data.nodes.length || !data.options.physics || data.options.physics.enabled === false) markReady();
})();
