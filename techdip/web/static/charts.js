// Timeline: stories (or events) per month as bars, then a row of bars for each top area or party, drawn with d3 (vendored)
// from the JSON block the page carries. Text is set as text, never as HTML.
// On the timeline page a brush on the bars chooses the shared time window: it sets since/until in the page's URL, in the
// filter form and in every link that carries the window (a[data-shared]), so the other views open on that window.
(function () {
  "use strict";
  const source = document.getElementById("timeline-data");
  const box = document.getElementById("timeline");
  const seriesBox = document.getElementById("timeline-series");
  const binSelect = document.getElementById("timeline-bin");
  if (!source || !box || typeof d3 === "undefined") return;
  const data = JSON.parse(source.dataset.json);
  const textBlock = document.getElementById("timeline-text");
  const TEXT = Object.assign({ per: "{unit} per {bin}", month: "Month", year: "Year", unit: data.unit,
    bins: { month: "month", year: "year" }, empty: `No dated ${data.unit} for this selection.`,
    tallest: "tallest bar", height: "bar height: {unit} per {bin}, the tallest" },
    textBlock ? JSON.parse(textBlock.dataset.json) : {});
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => (k in values ? values[k] : `{${k}}`));
  const UNIT = TEXT.unit;
  // month names in the interface language, on the Gregorian calendar the bars are counted in (fa would be Solar Hijri)
  const LANG = `${document.documentElement.lang || "en"}-u-ca-gregory`;
  const monthYear = new Intl.DateTimeFormat(LANG, { month: "short", year: "numeric", timeZone: "UTC" });
  const monthYearLong = new Intl.DateTimeFormat(LANG, { month: "long", year: "numeric", timeZone: "UTC" });
  const yearOnly = new Intl.DateTimeFormat(LANG, { year: "numeric", timeZone: "UTC" });
  const fmtShort = (bin) => (bin === "year" ? (d) => yearOnly.format(d) : (d) => monthYear.format(d));
  const fmtLong = (bin) => (bin === "year" ? (d) => yearOnly.format(d) : (d) => monthYearLong.format(d));
  const brushing = "window" in data; // the timeline page; a party page draws the chart without a brush
  let windowRange = null; // [first day, day after the last] of the shared time window, or null
  const PALETTE = ["#1f6feb", "#e8590c", "#2f9e44", "#ae3ec9", "#c92a2a", "#0c8599"];
  const TOP = 6;
  const parseMonth = d3.utcParse("%Y-%m");
  const months = data.months.map(parseMonth);
  if (brushing) windowRange = parseWindow(data.window);
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
    const fmt = span > 3 || bin === "year" ? fmtShort("year") : fmtShort("month");
    const xTicks = timeTicks(x, span, ticks, bin);
    svg.append("g").attr("class", "axis x").attr("transform", `translate(0,${H - m.bottom})`)
      .call(d3.axisBottom(x).tickValues(xTicks).tickFormat(fmt).tickSizeOuter(0))
      .call((axis) => keepTicksInside(axis, W));
    svg.append("text").attr("class", "axis-title").attr("transform", `translate(14,${m.top + (H - m.top - m.bottom) / 2}) rotate(-90)`)
      .attr("text-anchor", "middle").text(yTitle);
    svg.append("text").attr("class", "axis-title").attr("x", m.left + (W - m.left - m.right) / 2).attr("y", H - 6)
      .attr("text-anchor", "middle").text(bin === "year" ? TEXT.year : TEXT.month);
  }

  function timeTicks(x, span, ticks, bin) {
    // whole years over a long span (or yearly bars), else whole months, every one or every few: never two ticks
    // in one month, which would print the same month name twice
    if (span > 3 || bin === "year") return x.ticks(d3.utcYear.every(Math.max(1, Math.ceil(span / ticks))));
    return x.ticks(d3.utcMonth.every(Math.max(1, Math.ceil((span * 12) / ticks))));
  }

  function keepTicksInside(axis, W) {
    // a tick label at either end that would stick out of the frame is anchored at its tick instead of centred,
    // and a label that would run into the one before it is left out (its tick stays)
    let lastRight = -Infinity;
    axis.selectAll(".tick").each(function () {
      const tick = d3.select(this), text = tick.select("text");
      const at = +tick.attr("transform").match(/translate\(([-\d.]+)/)[1];
      const width = text.node().getComputedTextLength(), half = width / 2;
      let left = at - half;
      if (at + half > W - 2) { text.attr("text-anchor", "end").attr("dx", "0.3em"); left = at - width; }
      else if (at - half < 2) { text.attr("text-anchor", "start").attr("dx", "-0.3em"); left = at; }
      if (left < lastRight + 6) text.remove();
      else lastRight = left + width;
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
    axes(f, x, y, fill(TEXT.per, { unit: UNIT, bin: TEXT.bins[bin] }), bin);
    const fmt = fmtLong(bin);
    f.svg.append("g").selectAll("rect").data(bins.filter((d) => d.n > 0)).join("rect")
      .attr("class", "bar")
      .classed("outside", (d) => windowRange !== null && (d.end <= windowRange[0] || d.start >= windowRange[1]))
      .attr("x", (d) => x(d.start) + 0.5)
      .attr("width", (d) => Math.max(1, x(d.end) - x(d.start) - (x(d.end) - x(d.start) > 4 ? 1.5 : 0)))
      .attr("y", (d) => y(d.n)).attr("height", (d) => y(0) - y(d.n))
      .append("title").text((d) => `${fmt(d.start)}: ${d.n} ${UNIT}`);
    if (brushing) addBrush(f, x, bin);
  }

  // ---- the time brush --------------------------------------------------------------------------------------------

  function parseWindow(w) {
    // since/until as the query has them (YYYY, YYYY-MM or YYYY-MM-DD) -> [first day, day after the last], or null
    if (!w || (!w.since && !w.until)) return null;
    const first = months.length ? months[0] : new Date(Date.UTC(2000, 0, 1));
    const last = months.length ? d3.utcMonth.offset(months[months.length - 1], 1) : new Date(Date.UTC(2100, 0, 1));
    const start = w.since ? periodOf(w.since)[0] : first;
    const end = w.until ? periodOf(w.until)[1] : start && start >= last ? periodOf(w.since)[1] : last;
    return start && end && start < end ? [start, end] : null;
  }

  function periodOf(text) {
    const p = text.split("-").map(Number);
    if (p.some(isNaN)) return [null, null];
    if (p.length === 1) return [new Date(Date.UTC(p[0], 0, 1)), new Date(Date.UTC(p[0] + 1, 0, 1))];
    if (p.length === 2) return [new Date(Date.UTC(p[0], p[1] - 1, 1)), new Date(Date.UTC(p[0], p[1], 1))];
    return [new Date(Date.UTC(p[0], p[1] - 1, p[2])), new Date(Date.UTC(p[0], p[1] - 1, p[2] + 1))];
  }

  function addBrush(f, x, bin) {
    const step = bin === "year" ? d3.utcYear : d3.utcMonth;
    const brush = d3.brushX().extent([[f.m.left, f.m.top], [f.W - f.m.right, f.H - f.m.bottom]]).on("end", ended);
    const g = f.svg.append("g").attr("class", "brush").call(brush);
    if (windowRange) g.call(brush.move, windowRange.map((d) => Math.max(f.m.left, Math.min(f.W - f.m.right, x(d)))));
    function ended(event) {
      if (!event.sourceEvent) return; // moved by this code, not by a person
      if (!event.selection) return setWindow(null, bin);
      let [a, b] = event.selection.map(x.invert);
      a = step.floor(a);
      b = step.ceil(b);
      if (b <= a) b = step.offset(a, 1);
      g.call(brush.move, [x(a), x(b)]); // snapped to whole months (or years)
      setWindow([a, b], bin);
    }
  }

  function setWindow(range, bin) {
    windowRange = range;
    const day = (d) => d.toISOString().slice(0, bin === "year" ? 4 : 7);
    const values = range ? { since: day(range[0]), until: day(d3.utcDay.offset(range[1], -1)) } : { since: "", until: "" };
    const url = new URL(window.location.href);
    for (const [k, v] of Object.entries(values)) { if (v) url.searchParams.set(k, v); else url.searchParams.delete(k); }
    window.history.replaceState(null, "", url);
    for (const [k, v] of Object.entries(values)) {
      const input = document.querySelector(`#timeline-filters input[name=${k}]`);
      if (input) input.value = v;
    }
    for (const link of document.querySelectorAll("a[data-shared]")) {
      const target = new URL(link.href);
      for (const [k, v] of Object.entries(values)) { if (v) target.searchParams.set(k, v); else target.searchParams.delete(k); }
      link.href = target.pathname + target.search;
    }
    const bar = document.getElementById("time-window"), label = document.getElementById("time-window-label");
    if (bar && label) {
      bar.hidden = !range;
      label.textContent = range ? `${values.since} – ${values.until}` : "";
      const clear = document.getElementById("time-window-clear");
      if (clear) { const u = new URL(url); u.searchParams.delete("since"); u.searchParams.delete("until"); clear.href = u.pathname + u.search; }
    }
    const links = document.getElementById("window-links");
    if (links) links.hidden = !range;
    box.dataset.since = values.since;
    box.dataset.until = values.until;
    f_redraw(bin);
  }

  function f_redraw(bin) {
    // the bars outside the window fade; the rows below show the window
    d3.select(box).selectAll("rect.bar").classed("outside", (d) => windowRange !== null && (d.end <= windowRange[0] || d.start >= windowRange[1]));
    drawSeries(bin);
  }

  function drawSeries(bin) {
    // small multiples: one row of bars per area (or party), all on the same scales, so rows compare at a glance
    if (!seriesBox) return;
    const keys = Object.keys(data.series).sort((a, b) => d3.sum(data.series[b]) - d3.sum(data.series[a]) || a.localeCompare(b)).slice(0, TOP);
    if (!months.length || !keys.length) return empty(seriesBox);
    const rowH = 46, gap = 8;
    const f = frame(seriesBox, keys.length * (rowH + gap) + 50);
    const inWindow = (d) => windowRange === null || (d.end > windowRange[0] && d.start < windowRange[1]);
    const rows = keys.map((key) => ({ key, bins: binned(data.series[key], bin).filter(inWindow) }));
    if (!rows[0].bins.length) return empty(seriesBox);
    f.m.left = f.narrow ? 28 : 210; // room for the first tick's label on a phone, for the row names on a laptop
    const x = xScale(f, rows[0].bins);
    const peak = Math.max(1, d3.max(rows, (r) => d3.max(r.bins, (d) => d.n)));
    const fmt = fmtLong(bin);
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
    const xTicks = timeTicks(x, span, ticks, bin);
    const bottom = f.m.top + keys.length * (rowH + gap) - gap;
    f.svg.append("g").attr("class", "axis x").attr("transform", `translate(0,${bottom})`)
      .call(d3.axisBottom(x).tickValues(xTicks).tickFormat(fmtShort(span > 3 || bin === "year" ? "year" : "month")).tickSizeOuter(0))
      .call((axis) => keepTicksInside(axis, f.W));
    f.svg.append("text").attr("class", "axis-title").attr("x", f.m.left + (f.W - f.m.left - f.m.right) / 2).attr("y", bottom + 36)
      .attr("text-anchor", "middle").text(`${bin === "year" ? TEXT.year : TEXT.month} · ${f.narrow ? TEXT.tallest : fill(TEXT.height, { unit: UNIT, bin: TEXT.bins[bin] })} ${peak}`);
  }

  function empty(target) {
    target.replaceChildren();
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = TEXT.empty;
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
