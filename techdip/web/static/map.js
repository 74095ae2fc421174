// World map (world-atlas 110m, vendored) with the cooperating states shaded by their count and joined by
// great-circle lines whose width is the count they share; drawn with d3-geo, zoom and pan with d3-zoom.
(function () {
  "use strict";
  const box = document.getElementById("map");
  const source = document.getElementById("map-data");
  if (!box || !source || typeof d3 === "undefined" || typeof topojson === "undefined") return;
  const graph = JSON.parse(source.dataset.json);
  const T = Object.assign({ unit: graph.unit, line: "line width: {unit} shared" }, graph.text || {});
  const UNIT = T.unit;
  const VENDOR = "/static/vendor/world-atlas/";

  async function load() {
    const [world, numeric] = await Promise.all([
      fetch(VENDOR + "countries-110m.json").then((r) => r.json()),
      fetch(VENDOR + "iso3166-alpha3-numeric.json").then((r) => r.json()),
    ]);
    const countries = topojson.feature(world, world.objects.countries).features;
    const byNumeric = new Map(countries.map((c) => [String(c.id), c]));
    const nodes = new Map(graph.nodes.filter((n) => !n.org).map((n) => [n.id, n]));
    const featureOf = (code) => byNumeric.get(numeric[code]);
    const peak = Math.max(1, ...[...nodes.values()].map((n) => n.n));
    const peakEdge = Math.max(1, ...graph.edges.map((e) => e[2]));
    const colour = d3.scaleSequentialSqrt([0, peak], d3.interpolateRgb("#a5c3f3", "#0b3d91"));
    const width = (w) => 0.8 + 5 * Math.sqrt((w - 1) / Math.max(1, peakEdge - 1));
    const activeByNumeric = new Map();
    for (const [code, n] of nodes) if (numeric[code]) activeByNumeric.set(numeric[code], { code, ...n });

    const W = Math.max(300, box.clientWidth), H = Math.round(W * 0.52);
    const projection = d3.geoEqualEarth().fitExtent([[6, 6], [W - 6, H - 6]], { type: "Sphere" });
    const path = d3.geoPath(projection);
    box.replaceChildren();
    const svg = d3.select(box).append("svg").attr("viewBox", `0 0 ${W} ${H}`).attr("width", W).attr("height", H);
    const clipId = "map-clip";
    svg.append("clipPath").attr("id", clipId).append("rect").attr("width", W).attr("height", H);
    const layer = svg.append("g").attr("clip-path", `url(#${clipId})`).append("g");
    layer.append("path").attr("d", path({ type: "Sphere" })).attr("fill", "#f8fafd").attr("stroke", "#e3e7ee");
    layer.append("g").selectAll("path").data(countries).join("path")
      .attr("class", (c) => "land" + (activeByNumeric.has(String(c.id)) ? " active" : ""))
      .attr("d", path)
      .style("fill", (c) => (activeByNumeric.has(String(c.id)) ? colour(activeByNumeric.get(String(c.id)).n) : null))
      .on("click", (_, c) => {
        const hit = activeByNumeric.get(String(c.id));
        if (hit) window.location.href = "/parties/" + encodeURIComponent(hit.code);
      })
      .append("title").text((c) => {
        const hit = activeByNumeric.get(String(c.id));
        return hit ? `${hit.full}: ${hit.n} ${UNIT}` : c.properties.name;
      });

    const centre = (code) => {
      const f = featureOf(code);
      if (!f) return null;
      // the centroid of the largest polygon, so France sits in Europe and not between it and French Guiana
      const polygons = f.geometry.type === "MultiPolygon" ? f.geometry.coordinates.map((p) => ({ type: "Polygon", coordinates: p })) : [f.geometry];
      return d3.geoCentroid(d3.greatest(polygons, (p) => d3.geoArea(p)));
    };
    const links = graph.edges
      .filter(([a, b]) => nodes.has(a) && nodes.has(b))
      .map(([a, b, w]) => ({ a, b, w, from: centre(a), to: centre(b) }))
      .filter((l) => l.from && l.to)
      .sort((p, q) => p.w - q.w);
    layer.append("g").selectAll("path").data(links).join("path")
      .attr("class", "link")
      .attr("d", (l) => path({ type: "LineString", coordinates: [l.from, l.to] }))
      .attr("stroke-width", (l) => width(l.w))
      .on("click", (_, l) => { window.location.href = "/events?pair=" + encodeURIComponent(l.a + "," + l.b); })
      .append("title").text((l) => `${nodes.get(l.a).name} – ${nodes.get(l.b).name}: ${l.w} ${UNIT}`);
    const hubs = [...new Set(links.flatMap((l) => [l.a, l.b]))].map((code) => ({ code, at: projection(centre(code)) }));
    layer.append("g").selectAll("circle").data(hubs).join("circle")
      .attr("class", "hub").attr("r", 2.2).attr("cx", (h) => h.at[0]).attr("cy", (h) => h.at[1])
      .append("title").text((h) => nodes.get(h.code).full);

    // names of the busiest states, biggest first, skipping any that would overlap one already placed
    const placed = [];
    const labels = hubs.map((h) => ({ ...h, n: nodes.get(h.code).n, name: nodes.get(h.code).name }))
      .sort((p, q) => q.n - p.n)
      .filter((h) => {
        const w = h.name.length * 6.6 + 4, box = [h.at[0] - w / 2, h.at[1] - 17, h.at[0] + w / 2, h.at[1] - 4];
        if (box[0] < 2 || box[2] > W - 2 || box[1] < 2) return false;
        if (placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) return false;
        placed.push(box);
        return true;
      })
      .slice(0, W < 520 ? 5 : 14);
    layer.append("g").selectAll("text").data(labels).join("text")
      .attr("class", "place").attr("x", (h) => h.at[0]).attr("y", (h) => h.at[1] - 6).attr("text-anchor", "middle")
      .text((h) => h.name);

    const zoom = d3.zoom().scaleExtent([1, 12]).translateExtent([[0, 0], [W, H]]).extent([[0, 0], [W, H]])
      .on("zoom", (evt) => {
        layer.attr("transform", evt.transform);
        layer.selectAll("path.link").attr("stroke-width", (l) => width(l.w) / evt.transform.k);
        layer.selectAll("circle.hub").attr("r", 2.2 / evt.transform.k).attr("stroke-width", 0.8 / evt.transform.k);
        layer.selectAll("path.land").attr("stroke-width", 0.5 / evt.transform.k);
        layer.selectAll("text.place").style("font-size", 11 / evt.transform.k + "px").style("stroke-width", 3 / evt.transform.k + "px")
          .attr("y", (h) => h.at[1] - 6 / evt.transform.k);
      });
    svg.call(zoom);
    for (const button of document.querySelectorAll("[data-map-zoom]")) {
      button.onclick = () => {
        const how = button.dataset.mapZoom;
        if (how === "fit") svg.transition().duration(250).call(zoom.transform, d3.zoomIdentity);
        else svg.transition().duration(250).call(zoom.scaleBy, how === "in" ? 1.6 : 1 / 1.6);
      };
    }

    document.getElementById("map-max").textContent = String(peak);
    const scale = document.getElementById("map-edge-scale");
    scale.replaceChildren();
    const label = document.createElement("span");
    label.className = "hint";
    label.textContent = T.line.replace("{unit}", UNIT);
    scale.appendChild(label);
    for (const w of [...new Set([1, Math.round(Math.sqrt(peakEdge)), peakEdge])]) {
      const item = document.createElement("span");
      const sample = document.createElement("b");
      sample.className = "edge-sample map-sample";
      sample.style.height = width(w).toFixed(1) + "px";
      item.appendChild(sample);
      item.appendChild(document.createTextNode(String(w)));
      scale.appendChild(item);
    }
    box.dataset.state = "ready";
  }

  let drawnWidth = 0, resizing = 0;
  function draw() {
    drawnWidth = box.clientWidth;
    load().catch((err) => {
      box.textContent = "Could not draw the map: " + err.message;
      box.dataset.state = "ready";
    });
  }
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { if (box.clientWidth !== drawnWidth) draw(); }, 150);
  });
  draw();
})();
