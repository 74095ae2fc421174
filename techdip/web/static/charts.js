// Timeline: stories (or events) per month as bars, then a row of bars for each top area or party, drawn with d3 (vendored)
// from the JSON block the page carries. Text is set as text, never as HTML.
(function () {
  "use strict";
  const source = document.getElementById("timeline-data");
  const box = document.getElementById("timeline");
  const seriesBox = document.getElementById("timeline-series");
  const binSelect = document.getElementById("timeline-bin");
  if (!source || !box || typeof d3 === "undefined") return;
  const data = JSON.parse(source.dataset.json);
  const UNIT = data.unit;
  const PALETTE = ["#1f6feb", "#e8590c", "#2f9e44", "#ae3ec9", "#c92a2a", "#0c8599"];
  const TOP = 6;
  const parseMonth = d3.utcParse("%Y-%m");
  const months = data.months.map(parseMonth);
  const autoBin = months.length > 120 ? "year" : "month";
  if (binSelect) binSelect.value = autoBin;

  function binned(counts, bin) {
    // [{start, end, n}]: per month as given, or summed per year
    if (bin === "month") return counts.map((n, i) => ({ start: months[i], end: d3.utcMonth.offset(months[i], 1), n: n }));
    const years = d3.rollups(counts.map((n, i) => [months[i].getUTCFullYear(), n]), (v) => d3.sum(v, (d) => d[1]), (d) => d[0]);
    return years.map(([y, n]) => ({ start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)), n: n }));
  }

  function frame(target, height) {
    target.replaceChildren();
    const W = Math.max(300, target.clientWidth), H = height;
    const narrow = W < 520;
    const m = { top: 14, right: narrow ? 12 : 20, bottom: 44, left: narrow ? 46 : 58 };
    const svg = d3.select(target).append("svg").attr("viewBox", `0 0 ${W} ${H}`).attr("width", W).attr("height", H);
    return { svg, W, H, m, narrow };
  }

  function axes(f, x, y, yTitle, bin) {
    const { svg, W, H, m, narrow } = f;
    const ticks = Math.max(2, Math.floor((W - m.left - m.right) / (narrow ? 70 : 90)));
    const yTicks = y.ticks(5).filter(Number.isInteger);
    svg.append("g").attr("class", "grid").attr("transform", `translate(${m.left},0)`)
      .call(d3.axisLeft(y).tickValues(yTicks).tickSize(-(W - m.left - m.right)).tickFormat(""));
    svg.append("g").attr("class", "axis y").attr("transform", `translate(${m.left},0)`)
      .call(d3.axisLeft(y).tickValues(yTicks).tickFormat(d3.format("d")));
    const span = (x.domain()[1] - x.domain()[0]) / (365.25 * 864e5);
    const fmt = span > 3 || bin === "year" ? d3.utcFormat("%Y") : d3.utcFormat("%b %Y");
    const xTicks = span > 3 || bin === "year" ? x.ticks(d3.utcYear.every(Math.max(1, Math.ceil(span / ticks)))) : x.ticks(Math.min(ticks, 12));
    svg.append("g").attr("class", "axis x").attr("transform", `translate(0,${H - m.bottom})`)
      .call(d3.axisBottom(x).tickValues(xTicks).tickFormat(fmt).tickSizeOuter(0))
      .call((axis) => keepTicksInside(axis, W));
    svg.append("text").attr("class", "axis-title").attr("transform", `translate(14,${m.top + (H - m.top - m.bottom) / 2}) rotate(-90)`)
      .attr("text-anchor", "middle").text(yTitle);
    svg.append("text").attr("class", "axis-title").attr("x", m.left + (W - m.left - m.right) / 2).attr("y", H - 6)
      .attr("text-anchor", "middle").text(bin === "year" ? "Year" : "Month");
  }

  function keepTicksInside(axis, W) {
    // a tick label at either end that would stick out of the frame is anchored at its tick instead of centred
    axis.selectAll(".tick").each(function () {
      const tick = d3.select(this), text = tick.select("text");
      const at = +tick.attr("transform").match(/translate\(([-\d.]+)/)[1];
      const half = text.node().getComputedTextLength() / 2;
      if (at + half > W - 2) text.attr("text-anchor", "end").attr("dx", "0.3em");
      else if (at - half < 2) text.attr("text-anchor", "start").attr("dx", "-0.3em");
    });
  }

  function xScale(f, bins) {
    const first = bins[0].start, last = bins[bins.length - 1].end;
    return d3.scaleUtc().domain([first, last]).range([f.m.left, f.W - f.m.right]);
  }

  function drawBars(bin) {
    const f = frame(box, box.clientWidth < 520 ? 260 : 320);
    if (!months.length) return empty(box);
    const bins = binned(data.totals, bin);
    const x = xScale(f, bins);
    const y = d3.scaleLinear().domain([0, Math.max(1, d3.max(bins, (d) => d.n))]).nice().range([f.H - f.m.bottom, f.m.top]);
    axes(f, x, y, `${UNIT} per ${bin}`, bin);
    const fmt = d3.utcFormat(bin === "year" ? "%Y" : "%B %Y");
    f.svg.append("g").selectAll("rect").data(bins.filter((d) => d.n > 0)).join("rect")
      .attr("class", "bar")
      .attr("x", (d) => x(d.start) + 0.5)
      .attr("width", (d) => Math.max(1, x(d.end) - x(d.start) - (x(d.end) - x(d.start) > 4 ? 1.5 : 0)))
      .attr("y", (d) => y(d.n)).attr("height", (d) => y(0) - y(d.n))
      .append("title").text((d) => `${fmt(d.start)}: ${d.n} ${UNIT}`);
  }

  function drawSeries(bin) {
    // small multiples: one row of bars per area (or party), all on the same scales, so rows compare at a glance
    if (!seriesBox) return;
    const keys = Object.keys(data.series).sort((a, b) => d3.sum(data.series[b]) - d3.sum(data.series[a]) || a.localeCompare(b)).slice(0, TOP);
    if (!months.length || !keys.length) return empty(seriesBox);
    const rowH = 46, gap = 8;
    const f = frame(seriesBox, keys.length * (rowH + gap) + 50);
    const rows = keys.map((key) => ({ key, bins: binned(data.series[key], bin) }));
    f.m.left = f.narrow ? 28 : 210; // room for the first tick's label on a phone, for the row names on a laptop
    const x = xScale(f, rows[0].bins);
    const peak = Math.max(1, d3.max(rows, (r) => d3.max(r.bins, (d) => d.n)));
    const fmt = d3.utcFormat(bin === "year" ? "%Y" : "%B %Y");
    const row = f.svg.append("g").selectAll("g").data(rows).join("g")
      .attr("class", "row").attr("data-key", (r) => r.key)
      .attr("transform", (_, i) => `translate(0,${f.m.top + i * (rowH + gap)})`);
    const top = f.narrow ? 14 : 0;
    const y = d3.scaleLinear().domain([0, peak]).range([rowH, top]);
    row.append("line").attr("class", "baseline").attr("x1", f.m.left).attr("x2", f.W - f.m.right).attr("y1", rowH).attr("y2", rowH);
    row.append("text").attr("class", "row-label").attr("data-key", (r) => r.key)
      .attr("x", f.narrow ? f.m.left : f.m.left - 8).attr("y", f.narrow ? 10 : rowH / 2 + 4)
      .attr("text-anchor", f.narrow ? "start" : "end")
      .text((r) => `${data.names[r.key] || r.key} (${d3.sum(r.bins, (d) => d.n)})`);
    row.selectAll("rect").data((r) => r.bins.filter((d) => d.n > 0).map((d) => ({ ...d, key: r.key }))).join("rect")
      .attr("class", "bar small")
      .attr("x", (d) => x(d.start) + 0.5)
      .attr("width", (d) => Math.max(1, x(d.end) - x(d.start) - (x(d.end) - x(d.start) > 4 ? 1.5 : 0)))
      .attr("y", (d) => y(d.n)).attr("height", (d) => rowH - y(d.n))
      .append("title").text((d) => `${data.names[d.key] || d.key}, ${fmt(d.start)}: ${d.n} ${UNIT}`);
    const span = (x.domain()[1] - x.domain()[0]) / (365.25 * 864e5);
    const ticks = Math.max(2, Math.floor((f.W - f.m.left - f.m.right) / (f.narrow ? 70 : 90)));
    const xTicks = span > 3 || bin === "year" ? x.ticks(d3.utcYear.every(Math.max(1, Math.ceil(span / ticks)))) : x.ticks(Math.min(ticks, 12));
    const bottom = f.m.top + keys.length * (rowH + gap) - gap;
    f.svg.append("g").attr("class", "axis x").attr("transform", `translate(0,${bottom})`)
      .call(d3.axisBottom(x).tickValues(xTicks).tickFormat(d3.utcFormat(span > 3 || bin === "year" ? "%Y" : "%b %Y")).tickSizeOuter(0))
      .call((axis) => keepTicksInside(axis, f.W));
    f.svg.append("text").attr("class", "axis-title").attr("x", f.m.left + (f.W - f.m.left - f.m.right) / 2).attr("y", bottom + 36)
      .attr("text-anchor", "middle").text(`${bin === "year" ? "Year" : "Month"} · ${f.narrow ? "tallest bar" : `bar height: ${UNIT} per ${bin}, the tallest`} ${peak}`);
  }

  function empty(target) {
    target.replaceChildren();
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = `No dated ${UNIT} for this selection.`;
    target.appendChild(p);
  }

  function draw() {
    const bin = binSelect ? binSelect.value : autoBin;
    drawBars(bin);
    drawSeries(bin);
    box.dataset.state = "ready";
  }
  if (binSelect) binSelect.addEventListener("change", draw);
  let width = box.clientWidth, resizing = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { if (box.clientWidth !== width) { width = box.clientWidth; draw(); } }, 120);
  });
  draw();
})();
