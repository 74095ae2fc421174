// Network of parties: a small force-directed layout in SVG from /api/pairs (no library, no CDN).
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const box = document.getElementById("network");
  const form = document.getElementById("network-filters");
  if (!box) return;

  function el(name, attrs, text) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function layout(nodes, edges, W, H) {
    nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / nodes.length;
      n.x = W / 2 + (W / 3) * Math.cos(a);
      n.y = H / 2 + (H / 3) * Math.sin(a);
      n.vx = 0; n.vy = 0;
    });
    const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
    const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.6;
    for (let step = 0; step < 300; step++) {
      for (const a of nodes) {
        for (const b of nodes) {
          if (a === b) continue;
          const dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
          a.vx += (dx / d2) * k * 2; a.vy += (dy / d2) * k * 2;
        }
      }
      for (const e of edges) {
        const a = byId[e.a], b = byId[e.b];
        const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        const f = ((d - k) / d) * 0.05 * Math.min(3, e.events);
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
      for (const n of nodes) {
        n.vx += (W / 2 - n.x) * 0.01; n.vy += (H / 2 - n.y) * 0.01;
        n.x = Math.min(W - 30, Math.max(30, n.x + n.vx * 0.5));
        n.y = Math.min(H - 20, Math.max(20, n.y + n.vy * 0.5));
        n.vx *= 0.6; n.vy *= 0.6;
      }
    }
  }

  function draw(pairs) {
    box.replaceChildren();
    if (!pairs.length) {
      const p = document.createElement("p");
      p.className = "empty";
      p.textContent = "No pairs of parties for this selection.";
      box.appendChild(p);
      return;
    }
    const W = 900, H = 560;
    const degree = {};
    const names = {};
    for (const e of pairs) {
      degree[e.a] = (degree[e.a] || 0) + e.events; degree[e.b] = (degree[e.b] || 0) + e.events;
      names[e.a] = e.a_name; names[e.b] = e.b_name;
    }
    const nodes = Object.keys(degree).map((id) => ({ id }));
    layout(nodes, pairs, W, H);
    const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
    const peak = Math.max(...pairs.map((e) => e.events));
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "network of parties" });
    const lines = pairs.map((e) => {
      const line = el("line", { stroke: "#8aa4d6", "stroke-opacity": 0.7, "stroke-width": 1 + (5 * e.events) / peak });
      line.appendChild(el("title", {}, `${e.a}–${e.b}: ${e.events} events`));
      svg.appendChild(line);
      return [line, e];
    });
    const groups = nodes.map((n) => {
      const g = el("g", { class: "node", tabindex: 0, "data-party": n.id });
      g.appendChild(el("circle", { r: 8 + Math.min(14, Math.sqrt(degree[n.id]) * 2.5), fill: "#1f6feb", "fill-opacity": 0.85 }));
      g.appendChild(el("text", { y: 4, "text-anchor": "middle", "font-size": 10, fill: "#fff", "font-weight": 600 }, n.id));
      g.appendChild(el("title", {}, `${names[n.id]}: ${degree[n.id]} events`));
      svg.appendChild(g);
      return [g, n];
    });
    function place() {
      for (const [line, e] of lines) {
        const a = byId[e.a], b = byId[e.b];
        line.setAttribute("x1", a.x); line.setAttribute("y1", a.y); line.setAttribute("x2", b.x); line.setAttribute("y2", b.y);
      }
      for (const [g, n] of groups) g.setAttribute("transform", `translate(${n.x},${n.y})`);
    }
    place();
    let dragging = null, moved = false;
    function point(evt) {
      const r = svg.getBoundingClientRect();
      return [((evt.clientX - r.left) / r.width) * W, ((evt.clientY - r.top) / r.height) * H];
    }
    for (const [g, n] of groups) {
      g.addEventListener("pointerdown", (evt) => { dragging = n; moved = false; g.setPointerCapture(evt.pointerId); });
      g.addEventListener("pointermove", (evt) => {
        if (dragging !== n) return;
        [n.x, n.y] = point(evt); moved = true; place();
      });
      g.addEventListener("pointerup", () => {
        if (!moved) window.location.href = "/parties/" + encodeURIComponent(n.id);
        dragging = null;
      });
      g.addEventListener("keydown", (evt) => { if (evt.key === "Enter") window.location.href = "/parties/" + encodeURIComponent(n.id); });
    }
    box.appendChild(svg);
  }

  async function load(query) {
    box.dataset.state = "loading";
    const response = await fetch("/api/pairs" + (query ? "?" + query : ""));
    const data = await response.json();
    if (!response.ok) box.textContent = data.detail || "Could not load the network.";
    else draw(data);
    box.dataset.state = "ready";
  }

  load("");
  if (form) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [k, v] of new FormData(form).entries()) if (v) params.set(k, v);
      load(params.toString());
    });
  }
})();
