// `npm run bench`: ingest throughput and memory at 10,000 and 100,000 articles next to a bare-SQLite floor,
// analysis time per 10 KB article, API latency under load at the largest size, database size per article.
// Results go to bench/results.md. Sizes: BENCH_SIZES=10000,100000 (default).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "./corpus.mjs";
import { measure } from "./load.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const work = join(here, "corpus");
mkdirSync(work, { recursive: true });
const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const log = (text) => process.stderr.write(`${text}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function runJson(script, args) {
  const result = spawnSync(process.execPath, [join(here, script), ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

function fileSize(path) {
  return ["", "-wal"].reduce((sum, suffix) => sum + (existsSync(path + suffix) ? statSync(path + suffix).size : 0), 0);
}

async function analysisSpeed() {
  const { analyseArticle } = await import("../packages/ingest/dist/index.js");
  const text = readFileSync(join(root, "seeds/002_b2cf3374afdbd7ab.txt"), "utf8").replace(/\(Photo: VNA\)/g, "");
  const body = text.slice(0, 10_240);
  const times = [];
  for (let i = 0; i < 300; i++) {
    const started = performance.now();
    analyseArticle(body, { title: null, publishedAt: "2025-01-15" });
    times.push(performance.now() - started);
  }
  return {
    bytes: Buffer.byteLength(body),
    medianMs: median(times.slice(50)),
    p95Ms: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)],
  };
}

async function apiLatency(dbPath) {
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, [join(root, "apps/api/dist/main.js")], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", CHANCERY_DB: dbPath },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const pick = async (path, select) => select(await (await fetch(base + path)).json());
  const articleId = await pick("/api/articles?limit=1", (b) => b.items[0].id);
  const entityId = await pick("/api/entities?type=country&limit=1", (b) => b.items[0].id);
  const routes = {
    "health (baseline)": "/api/health",
    "overview metrics": "/api/metrics/overview",
    "article list": "/api/articles?limit=20",
    article: `/api/articles/${articleId}`,
    "entity page": `/api/entities/${entityId}`,
    indicators: "/api/indicators",
    search: "/api/search?q=comprehensive%20strategic%20partnership",
  };
  routes["search (rarer term)"] = "/api/search?q=peacekeeping";
  const results = {};
  for (const [name, path] of Object.entries(routes)) {
    log(`load: ${name}`);
    // One client shows the service time; eight show it with queueing on a single-threaded server.
    const alone = await measure(base + path, { connections: 1, seconds: 3 });
    results[name] = { ...(await measure(base + path, { connections: 8, seconds: 5 })), alone: alone.p50 };
  }
  server.kill();
  return results;
}

const rows = [];
let largest = null;
const apiOnly = process.env.BENCH_API_ONLY === "1";
const analysis = await analysisSpeed();
log(`analysis: ${analysis.medianMs.toFixed(2)} ms median per ${analysis.bytes} bytes`);
if (apiOnly) largest = join(work, `chancery-${sizes.at(-1)}.db`);
for (const size of apiOnly ? [] : sizes) {
  const corpus = join(work, `corpus-${size}.jsonl`);
  if (!existsSync(corpus)) {
    log(`generating ${size} articles`);
    await writeCorpus(corpus, size, join(root, "seeds"));
  }
  const mb = statSync(corpus).size / 1e6;
  const repeats = size <= 10_000 ? 3 : 1;
  const floors = [];
  const ingests = [];
  for (let i = 0; i < repeats; i++) {
    log(`floor ${size} (${i + 1}/${repeats})`);
    floors.push(runJson("floor.mjs", [corpus, join(work, `floor-${size}.db`)]));
    log(`chancery ingest ${size} (${i + 1}/${repeats})`);
    ingests.push(runJson("ingest.mjs", [corpus, join(work, `chancery-${size}.db`)]));
  }
  const floorSeconds = median(floors.map((f) => f.seconds));
  const ingestSeconds = median(ingests.map((r) => r.seconds));
  const last = ingests.at(-1);
  const dbPath = join(work, `chancery-${size}.db`);
  rows.push({
    size,
    mb,
    repeats,
    floorRate: size / floorSeconds,
    rate: size / ingestSeconds,
    mbps: mb / ingestSeconds,
    ratio: ingestSeconds / floorSeconds,
    rss: Math.max(...ingests.map((r) => r.maxRssMb)),
    stored: last.new,
    duplicates: last.alreadyPresent,
    failed: last.failed,
    bytesPerArticle: fileSize(dbPath) / last.new,
  });
  largest = dbPath;
}
const latency = largest ? await apiLatency(largest) : {};

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
const lines = [
  "# Benchmark results",
  "",
  `Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  "Shared, noisy machine: compare the ratios, which are measured against a baseline in the same run.",
  "",
  "## Ingest",
  "",
  "| articles | corpus MB | runs | floor art/s (bare insert + FTS5) | Chancery art/s | MB/s | time vs floor | peak RSS MB | stored | duplicates | DB bytes/article |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
  ...rows.map(
    (r) =>
      `| ${r.size} | ${fmt(r.mb, 1)} | ${r.repeats} | ${fmt(r.floorRate)} | ${fmt(r.rate)} | ${fmt(r.mbps, 2)} | ${fmt(r.ratio, 1)}× | ${fmt(r.rss)} | ${r.stored} | ${r.duplicates} | ${fmt(r.bytesPerArticle)} |`,
  ),
  "",
  "Targets: ≥ 1,000 articles/s, within 3× of the floor, peak RSS < 500 MB.",
  "",
  "## Analysis",
  "",
  `analyseArticle on a ${analysis.bytes}-byte article: median ${fmt(analysis.medianMs, 2)} ms, p95 ${fmt(analysis.p95Ms, 2)} ms (target < 5 ms median).`,
  "",
  `## API latency at ${sizes.at(-1)} articles (8 connections, 5 s per route, ms)`,
  "",
  "| route | 1 client p50 | requests/s | p50 | p95 | p99 | errors |",
  "|---|---|---|---|---|---|---|",
  ...Object.entries(latency).map(
    ([name, r]) =>
      `| ${name} | ${fmt(r.alone, 2)} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${r.errors} |`,
  ),
  "",
  "Targets: overview, list, article and entity p95 ≤ 20 ms; search p95 ≤ 50 ms. The load generator runs on the same two cores as the server.",
  "",
];
let text = lines.join("\n");
if (apiOnly && existsSync(join(here, "results.md"))) {
  // Keep the ingest figures of the last full run; only the API section was measured again.
  const previous = readFileSync(join(here, "results.md"), "utf8");
  const cut = (doc) => doc.indexOf("## API latency");
  text = `${previous.slice(0, cut(previous))}${text.slice(cut(text))}`.replace(
    "## API latency",
    `(API section re-measured ${new Date().toISOString()} on the database of the last full run.)\n\n## API latency`,
  );
}
writeFileSync(join(here, "results.md"), text);
log(lines.join("\n"));
