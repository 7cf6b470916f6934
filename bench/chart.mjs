// bench/scaling.svg: ingest throughput (Chancery and the floor) and API p95 per route against corpus size, both on
// log scales, drawn by hand so the bench needs no charting library.
const COLOURS = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#393b79",
  "#637939",
];
const esc = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function logScale(values, lo, hi) {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (!finite.length) [min, max] = [1, 10];
  const a = Math.floor(Math.log10(min));
  const b = Math.max(a + 1, Math.ceil(Math.log10(max)));
  return {
    at: (v) => lo + ((Math.log10(v) - a) / (b - a)) * (hi - lo),
    decades: Array.from({ length: b - a + 1 }, (_, i) => 10 ** (a + i)),
  };
}

/** One panel: series of [x, y] points, log x and log y, with a legend to the right. */
function panel({ left, top, width, height, title, yLabel, series, xs }) {
  const x = logScale(xs, left, left + width);
  const y = logScale(
    series.flatMap((s) => s.points.map((p) => p[1])),
    top + height,
    top,
  );
  const parts = [`<text x="${left}" y="${top - 12}" font-size="14" font-weight="bold">${esc(title)}</text>`];
  parts.push(`<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="none" stroke="#999"/>`);
  for (const v of y.decades) {
    const py = y.at(v);
    parts.push(`<line x1="${left}" x2="${left + width}" y1="${py}" y2="${py}" stroke="#eee"/>`);
    parts.push(
      `<text x="${left - 6}" y="${py + 4}" font-size="11" text-anchor="end">${v >= 1 ? v.toLocaleString("en-US") : v}</text>`,
    );
  }
  for (const v of xs) {
    const px = x.at(v);
    parts.push(`<line x1="${px}" x2="${px}" y1="${top}" y2="${top + height}" stroke="#eee"/>`);
    parts.push(
      `<text x="${px}" y="${top + height + 16}" font-size="11" text-anchor="middle">${v.toLocaleString("en-US")}</text>`,
    );
  }
  parts.push(
    `<text x="${left + width / 2}" y="${top + height + 34}" font-size="12" text-anchor="middle">articles in corpus</text>`,
  );
  parts.push(
    `<text transform="translate(${left - 48},${top + height / 2}) rotate(-90)" font-size="12" text-anchor="middle">${esc(yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const pts = s.points.filter((p) => Number.isFinite(p[1]) && p[1] > 0).map(([px, py]) => [x.at(px), y.at(py)]);
    if (pts.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts.map((p) => p.join(",")).join(" ")}"/>`,
      );
    for (const [px, py] of pts) parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${colour}"/>`);
    const ly = top + 8 + i * 16;
    parts.push(`<rect x="${left + width + 14}" y="${ly - 8}" width="10" height="10" fill="${colour}"/>`);
    parts.push(`<text x="${left + width + 30}" y="${ly + 1}" font-size="11">${esc(s.name)}</text>`);
  });
  return parts.join("\n");
}

/** rows: [{ size, rate, floorRate }]; latency: { size: { route: { p95 } } }. */
export function scalingSvg(rows, latency) {
  const xs = rows.map((r) => r.size);
  const routes = [...new Set(Object.values(latency).flatMap((byRoute) => Object.keys(byRoute)))];
  const width = 1000;
  const height = 760;
  const throughput = panel({
    left: 80,
    top: 40,
    width: 620,
    height: 260,
    title: "Ingest throughput (articles/s)",
    yLabel: "articles/s",
    xs,
    series: [
      { name: "floor: bare insert + FTS5", points: rows.map((r) => [r.size, r.floorRate]) },
      { name: "Chancery CLI ingest", points: rows.map((r) => [r.size, r.rate]) },
    ],
  });
  const p95 = panel({
    left: 80,
    top: 400,
    width: 620,
    height: 300,
    title: "API p95 under 8 clients (ms)",
    yLabel: "p95 ms",
    xs,
    series: routes.map((route) => ({ name: route, points: xs.map((size) => [size, latency[size]?.[route]?.p95]) })),
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" role="img" aria-labelledby="title">
<title id="title">Chancery ingest throughput and API p95 against corpus size</title>
<rect width="100%" height="100%" fill="white"/>
${throughput}
${p95}
</svg>
`;
}
