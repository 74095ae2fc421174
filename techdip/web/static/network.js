// Network of parties drawn with Cytoscape.js (vendored) from the JSON block the page carries.
// Zoom and pan, a cose layout fitted to the frame, labels that never overlap (the smaller party's label gives way),
// states as circles and organisations as rounded squares, edge width by shared stories. Text is set as text.
(function () {
  "use strict";
  const box = document.getElementById("network");
  const source = document.getElementById("network-data");
  if (!box || !source || typeof cytoscape !== "function") return;
  const graph = JSON.parse(source.dataset.json);
  const STATE = "#1f6feb", ORG = "#e8590c", EDGE = "#8aa4d6", FONT = 12, PAD = 24;
  const peakNode = Math.max(1, ...graph.nodes.map((n) => n.n));
  const peakEdge = Math.max(1, ...graph.edges.map((e) => e[2]));
  const edgeWidth = (w) => 1 + 7 * Math.sqrt((w - 1) / Math.max(1, peakEdge - 1));
  const nodeSize = (n) => 14 + 30 * Math.sqrt(n / peakNode);

  // a deterministic start (a circle, biggest first) so the same data always gives the same picture
  const order = [...graph.nodes].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
  const elements = order.map((n, i) => {
    const angle = (2 * Math.PI * i) / order.length;
    return {
      group: "nodes",
      data: { id: n.id, label: n.name, full: n.full, n: n.n, size: nodeSize(n.n) },
      classes: n.org ? "org" : "state",
      position: { x: 300 * Math.cos(angle), y: 300 * Math.sin(angle) },
    };
  });
  for (const [a, b, w] of graph.edges) {
    elements.push({ group: "edges", data: { id: a + "~" + b, source: a, target: b, w: w, width: edgeWidth(w) } });
  }

  const cy = cytoscape({
    container: box,
    elements: elements,
    minZoom: 0.2,
    maxZoom: 5,
    boxSelectionEnabled: false,
    autoungrabify: false,
    style: [
      { selector: "node", style: {
        width: "data(size)", height: "data(size)", "background-color": STATE, "background-opacity": 0.9,
        "border-width": 1.5, "border-color": "#fff", label: "data(label)", "font-size": FONT,
        "font-family": "system-ui, sans-serif", color: "#1d2430", "text-valign": "bottom", "text-margin-y": 3,
        "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1,
        "text-background-shape": "roundrectangle", "min-zoomed-font-size": 0 } },
      { selector: "node.org", style: { shape: "round-rectangle", "background-color": ORG } },
      { selector: "node.quiet", style: { "text-opacity": 0, "text-background-opacity": 0 } },
      { selector: "node.hover, node:selected", style: { "text-opacity": 1, "text-background-opacity": 1, "z-index": 10,
        "border-color": "#101828", "border-width": 2 } },
      { selector: "edge", style: { width: "data(width)", "line-color": EDGE, opacity: 0.65, "curve-style": "straight" } },
      { selector: "edge.hover", style: { "line-color": "#101828", opacity: 1 } },
    ],
    layout: { name: "preset" },
  });
  box.cy = cy; // for the browser tests

  // where a label may go, tried in turn: below the node, above it, to its right, to its left
  const PLACES = [["bottom", "center"], ["top", "center"], ["center", "right"], ["center", "left"]];

  function declutter() {
    // labels keep one size on screen whatever the zoom; biggest parties first, each label takes the first place
    // that stays in the frame and overlaps no label already placed and no other node, else it is hidden (it shows on hover)
    const zoom = cy.zoom();
    const bodies = cy.nodes().map((n) => [n.id(), n.boundingBox({ includeLabels: false })]);
    const kept = [];
    const frame = cy.extent();
    const inside = (bb) => bb.x1 >= frame.x1 && bb.x2 <= frame.x2 && bb.y1 >= frame.y1 && bb.y2 <= frame.y2;
    const hits = (bb, boxes) => boxes.some((k) => bb.x1 < k.x2 && bb.x2 > k.x1 && bb.y1 < k.y2 && bb.y2 > k.y1);
    cy.nodes().sort((a, b) => b.data("n") - a.data("n") || a.id().localeCompare(b.id())).forEach((node) => {
      const others = bodies.filter(([id]) => id !== node.id()).map(([, bb]) => bb);
      let placed = false;
      for (const [v, h] of PLACES) {
        node.style({ "font-size": FONT / zoom, "text-valign": v, "text-halign": h,
          "text-margin-x": h === "right" ? 3 / zoom : h === "left" ? -3 / zoom : 0, "text-margin-y": v === "bottom" ? 3 / zoom : v === "top" ? -3 / zoom : 0 });
        const bb = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        if (inside(bb) && !hits(bb, kept) && !hits(bb, others)) { kept.push(bb); placed = true; break; }
      }
      node.toggleClass("quiet", !placed);
      if (!placed) node.style({ "text-valign": "bottom", "text-halign": "center", "text-margin-x": 0, "text-margin-y": 3 / zoom });
    });
  }

  function layout() {
    cy.layout({
      name: "cose", animate: false, randomize: false, fit: true, padding: PAD, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90, nodeRepulsion: () => 9000, edgeElasticity: (e) => 60 / Math.sqrt(e.data("w")),
      gravity: 0.6, numIter: 1500, componentSpacing: 60, nodeOverlap: 12,
    }).run();
    cy.fit(undefined, PAD);
    declutter();
    laidOut = true;
  }
  let laidOut = false;

  let pending = 0;
  cy.on("zoom", () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(declutter);
  });

  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.hidden = true;
  box.appendChild(tip);
  function showTip(evt, text) {
    tip.textContent = text;
    tip.hidden = false;
    const p = evt.renderedPosition;
    tip.style.left = Math.min(p.x + 12, box.clientWidth - tip.offsetWidth - 4) + "px";
    tip.style.top = Math.max(4, p.y - 34) + "px";
  }
  // the page's words in its interface language (graph.text), English when a page has none
  const T = Object.assign({ unit: graph.unit, partners: "partners", edge: "edge width: {unit} shared",
    show: "Show as a graph", hide: "Hide the graph" }, graph.text || {});
  const unit = T.unit;
  cy.on("mouseover", "node", (evt) => {
    const n = evt.target;
    n.addClass("hover");
    n.connectedEdges().addClass("hover");
    showTip(evt, `${n.data("full")} (${n.id()}): ${n.data("n")} ${unit}, ${n.degree()} ${T.partners}`);
  });
  cy.on("mouseover", "edge", (evt) => {
    const e = evt.target;
    e.addClass("hover");
    showTip(evt, `${e.source().data("label")} – ${e.target().data("label")}: ${e.data("w")} ${unit}`);
  });
  cy.on("mouseout", "node, edge", (evt) => {
    evt.target.removeClass("hover");
    if (evt.target.isNode()) evt.target.connectedEdges().removeClass("hover");
    tip.hidden = true;
  });
  cy.on("tap", "node", (evt) => { window.location.href = "/parties/" + encodeURIComponent(evt.target.id()); });
  cy.on("tap", "edge", (evt) => {
    const e = evt.target;
    window.location.href = "/events?pair=" + encodeURIComponent(e.source().id() + "," + e.target().id());
  });

  for (const button of document.querySelectorAll("[data-zoom]")) {
    button.addEventListener("click", () => {
      const how = button.dataset.zoom;
      if (how === "fit") cy.fit(undefined, PAD);
      else cy.zoom({ level: cy.zoom() * (how === "in" ? 1.4 : 1 / 1.4), renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
      declutter();
    });
  }

  // the edge-width legend: three widths, from one shared story to the busiest pair
  const scale = document.getElementById("edge-scale");
  if (scale) {
    const steps = [...new Set([1, Math.round(Math.sqrt(peakEdge)), peakEdge])].filter((w) => w >= 1);
    const label = document.createElement("span");
    label.className = "hint";
    label.textContent = T.edge.replace("{unit}", unit);
    scale.appendChild(label);
    for (const w of steps) {
      const item = document.createElement("span");
      const line = document.createElement("b");
      line.className = "edge-sample";
      line.style.height = edgeWidth(w).toFixed(1) + "px";
      item.appendChild(line);
      item.appendChild(document.createTextNode(String(w)));
      scale.appendChild(item);
    }
  }

  const toggle = document.getElementById("graph-toggle");
  const view = document.getElementById("network-view");
  if (toggle && view) {
    toggle.addEventListener("click", () => {
      const shown = view.classList.toggle("shown");
      toggle.setAttribute("aria-expanded", String(shown));
      toggle.textContent = shown ? T.hide : T.show;
      if (!shown) return;
      cy.resize();
      if (laidOut) { cy.fit(undefined, PAD); declutter(); } else layout();
    });
  }

  let resizing = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (box.clientWidth === 0) return;
      cy.resize();
      if (laidOut) { cy.fit(undefined, PAD); declutter(); } else layout();
    }, 120);
  });
  // on a phone the graph starts hidden behind the list of pairs: it is laid out when first shown
  if (box.clientWidth > 0) layout();
  box.dataset.state = "ready";
})();
