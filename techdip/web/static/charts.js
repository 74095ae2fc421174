// Timeline chart: stacked monthly bars drawn as SVG from /api/timeline. Data is set as text, never as HTML.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const PALETTE = ["#1f6feb", "#e8590c", "#2f9e44", "#ae3ec9", "#f59f00", "#0c8599", "#e03131", "#5c940d",
                   "#364fc7", "#d6336c", "#868e96", "#15aabf", "#94d82d", "#fab005", "#7048e8", "#a61e4d"];

  function el(name, attrs, text) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function draw(box, data) {
    box.replaceChildren();
    const keys = Object.keys(data.series);
    if (!data.months.length) {
      const p = document.createElement("p");
      p.className = "empty";
      p.textContent = "No dated events for this selection." + (data.undated ? " (" + data.undated + " undated)" : "");
      box.appendChild(p);
      return;
    }
    const totals = data.months.map((_, i) => keys.reduce((s, k) => s + data.series[k][i], 0));
    const peak = Math.max(1, ...totals);
    const W = 900, H = 320, left = 36, bottom = 46, top = 12;
    const bw = (W - left - 10) / data.months.length;
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per month" });
    for (let t = 0; t <= 4; t++) {
      const y = top + (H - top - bottom) * (1 - t / 4);
      svg.appendChild(el("line", { x1: left, x2: W - 5, y1: y, y2: y, stroke: "#eef0f4" }));
      svg.appendChild(el("text", { x: left - 6, y: y + 4, "text-anchor": "end", "font-size": 11, fill: "#667085" }, String(Math.round(peak * t / 4))));
    }
    data.months.forEach((month, i) => {
      let y = H - bottom;
      keys.forEach((key, k) => {
        const n = data.series[key][i];
        if (!n) return;
        const h = (H - top - bottom) * n / peak;
        y -= h;
        const rect = el("rect", { x: left + i * bw + 2, y: y, width: Math.max(1, bw - 4), height: h, fill: PALETTE[k % PALETTE.length] });
        rect.appendChild(el("title", {}, `${month} · ${key}: ${n}`));
        svg.appendChild(rect);
      });
      if (data.months.length <= 24 || i % Math.ceil(data.months.length / 24) === 0) {
        svg.appendChild(el("text", { x: left + i * bw + bw / 2, y: H - bottom + 16, "text-anchor": "middle", "font-size": 10, fill: "#667085" }, month));
      }
    });
    box.appendChild(svg);
    const legend = document.createElement("div");
    legend.className = "legend";
    keys.forEach((key, k) => {
      const item = document.createElement("span");
      const swatch = document.createElement("i");
      swatch.style.background = PALETTE[k % PALETTE.length];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(key));
      legend.appendChild(item);
    });
    box.appendChild(legend);
  }

  async function load(box, src) {
    box.dataset.state = "loading";
    const response = await fetch(src);
    const data = await response.json();
    if (!response.ok) {
      box.textContent = data.detail || "Could not load the timeline.";
    } else {
      draw(box, data);
    }
    box.dataset.state = "ready";
  }

  const box = document.getElementById("timeline");
  if (!box) return;
  load(box, box.dataset.src);
  const form = document.getElementById("timeline-filters");
  if (form) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [k, v] of new FormData(form).entries()) if (v) params.set(k, v);
      load(box, "/api/timeline?" + params.toString());
    });
  }
})();
