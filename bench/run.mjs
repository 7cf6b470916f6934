// `npm run bench [-- --sizes 10000,100000 --seed 42]` (or BENCH_SIZES=…): for each corpus size, a realistic corpus
// (bench/generate.mjs, streamed to disk), the floor (bare better-sqlite3 insert + FTS5 of the same file) and
// Chancery's ingest through its CLI as a user runs it, peak RSS of the CLI (plain and with --json), DB bytes per
// article, API latency per route under 8 concurrent clients, and the dashboard's first meaningful paint per page in
// Chromium; then the analysis time per 10 KB article. Writes bench/results.md and bench/scaling.svg; corpora and
// databases go to bench/corpus/ (git-ignored; BENCH_WORK moves it). Nothing of the corpus is held in memory.
//
// Environment: BENCH_SIZES, BENCH_SEED, BENCH_WORK, BENCH_JSON_SIZES (sizes that also run `ingest --json`; default the
// sizes ≤ 100,000), BENCH_REPEATS_UP_TO (sizes up to this run floor and ingest 3 times, median; default 10,000),
// BENCH_LOAD_SECONDS (8-client load per route, default 4), BENCH_KEEP_DB=1 (keep every size's databases).
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dashboardRoutes, pickTerms, startApi } from "./api.mjs";
import { scalingSvg } from "./chart.mjs";
import { cachedCorpus } from "./generate.mjs";
import { measure } from "./load.mjs";
import { measurePaints } from "./paint.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const require = createRequire(join(root, "packages/db/package.json"));

function option(name) {
  const argv = process.argv.slice(2);
  const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return argv[at].includes("=") ? argv[at].split("=")[1] : argv[at + 1];
}
const sizes = (option("sizes") ?? process.env.BENCH_SIZES ?? "10000,100000").split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bad sizes: ${sizes}`);
const seed = Number(option("seed") ?? process.env.BENCH_SEED ?? 42);
const work = process.env.BENCH_WORK ?? join(here, "corpus");
const jsonSizes = new Set(
  (process.env.BENCH_JSON_SIZES ?? sizes.filter((n) => n <= 100_000).join(",")).split(",").filter(Boolean).map(Number),
);
const repeatsUpTo = Number(process.env.BENCH_REPEATS_UP_TO ?? 10_000);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 4);
const keepDb = process.env.BENCH_KEEP_DB === "1";
const cli = join(root, "apps/cli/dist/main.js");
// The heap caps `npm run ingest` and `npm run reanalyze` give the CLI (root package.json): without them V8 lets garbage
// grow the heap past the 500 MB budget before collecting (536 MB at 10k against 367 MB with the old-space cap, same
// run; the young-space cap took another ~60 MB off at 30k, bench/notes/ingest.md).
const cliHeap = ["--max-old-space-size=256", "--max-semi-space-size=4"];
const timeBinary = "/usr/bin/time";
mkdirSync(work, { recursive: true });

const log = (text) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, d = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }) : "n/a";
const removeDb = (path) => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
};
const dbBytes = (path) =>
  ["", "-wal"].reduce((sum, suffix) => sum + (existsSync(path + suffix) ? statSync(path + suffix).size : 0), 0);

/**
 * Runs `node <args>` and measures wall time and peak RSS: from /usr/bin/time when present (exact), else by sampling
 * VmHWM in /proc/<pid>/status. Stdout goes to `stdoutPath`; stderr is kept (its tail) for error messages.
 */
function runMeasured(args, stdoutPath, env = {}) {
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutPath, "w");
    const timeFile = `${stdoutPath}.time`;
    const useTime = existsSync(timeBinary);
    const [command, commandArgs] = useTime
      ? [timeBinary, ["-f", "%M", "-o", timeFile, process.execPath, ...args]]
      : [process.execPath, args];
    const started = performance.now();
    const child = spawn(command, commandArgs, { stdio: ["ignore", out, "pipe"], env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-8000);
    });
    let sampledKb = 0;
    const sampler = useTime
      ? null
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (match) sampledKb = Math.max(sampledKb, Number(match[1]));
          } catch {}
        }, 100);
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (sampler) clearInterval(sampler);
      closeSync(out);
      let peakKb = sampledKb;
      if (useTime && existsSync(timeFile)) {
        peakKb = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop());
        rmSync(timeFile, { force: true });
      }
      resolve({ code, seconds, peakRssMb: peakKb / 1024, stderr });
    });
  });
}

async function floor(corpus, dbPath) {
  const result = await runMeasured([join(here, "floor.mjs"), corpus, dbPath], `${dbPath}.out`);
  if (result.code !== 0) throw new Error(`floor failed: ${result.stderr}`);
  const report = JSON.parse(readFileSync(`${dbPath}.out`, "utf8").trim());
  rmSync(`${dbPath}.out`, { force: true });
  return { ...result, articles: report.articles };
}

/** The CLI as a user runs it; the counts come from its own summary table (or, with --json, its report). */
async function cliIngest(corpus, dbPath, { json = false } = {}) {
  removeDb(dbPath);
  const outPath = `${dbPath}.${json ? "json" : "txt"}`;
  const result = await runMeasured(
    [...cliHeap, cli, "ingest", corpus, "--db", dbPath, ...(json ? ["--json"] : [])],
    outPath,
  );
  if (result.code !== 0 && result.code !== 1)
    throw new Error(`chancery ingest failed (${result.code}): ${result.stderr}`);
  const counts = { new: Number.NaN, alreadyPresent: Number.NaN, failed: Number.NaN, jsonBytes: 0 };
  if (json) {
    counts.jsonBytes = statSync(outPath).size;
  } else {
    const text = readFileSync(outPath, "utf8");
    const number = (label) => Number(new RegExp(`^${label}\\s+(\\d+)`, "m").exec(text)?.[1]);
    Object.assign(counts, { new: number("new"), alreadyPresent: number("already present"), failed: number("failed") });
  }
  // Exit code 1 means "some articles failed" only when the summary was printed; a crash also exits with 1.
  if (result.code !== 0 && (json ? counts.jsonBytes === 0 : !Number.isFinite(counts.new))) {
    rmSync(outPath, { force: true });
    throw new Error(
      `chancery ingest${json ? " --json" : ""} crashed (exit ${result.code}): ${result.stderr.slice(-2000)}`,
    );
  }
  rmSync(outPath, { force: true });
  return { ...result, ...counts };
}

async function apiAndPaint(dbPath, terms) {
  const { base, stop } = await startApi(dbPath);
  try {
    const { articleId, entityId, common, routes } = await dashboardRoutes(base, terms);
    const latency = {};
    for (const [name, path] of Object.entries(routes)) {
      // One client shows the service time; eight show it with queueing.
      const alone = await measure(base + path, { connections: 1, seconds: Math.max(1, loadSeconds / 2) });
      latency[name] = { ...(await measure(base + path, { connections: 8, seconds: loadSeconds })), alone: alone.p50 };
      log(`  ${name}: p95 ${fmt(latency[name].p95, 1)} ms (1 client p50 ${fmt(alone.p50, 1)} ms)`);
    }
    const pages = {
      overview: "/",
      indicators: "/indicators",
      partnerships: "/partnerships",
      entities: "/entities",
      "entity page": `/entities/${entityId}`,
      themes: "/themes",
      articles: "/articles",
      article: `/articles/${articleId}`,
      search: `/search?q=${common}`,
    };
    let paints = {};
    try {
      paints = await measurePaints(base, pages, { runs: 3 });
      for (const [name, p] of Object.entries(paints)) log(`  paint ${name}: ${fmt(p.medianMs)} ms`);
    } catch (error) {
      log(`  dashboard paint not measured: ${error instanceof Error ? error.message : error}`);
    }
    return { latency, paints };
  } finally {
    stop();
  }
}

const ANALYSIS_WARMUP_RUNS = 1000;

async function analysisSpeed() {
  const { analyseArticle } = await import("../packages/ingest/dist/index.js");
  const text = readFileSync(join(root, "seeds/002_b2cf3374afdbd7ab.txt"), "utf8").replace(/\(Photo: VNA\)/g, "");
  const body = text.slice(0, 10_240);
  // An ingest's analysis worker runs warm code; V8 keeps compiling the analysis's larger functions for several
  // seconds on a loaded machine, so the runs timed here come after a warm-up long enough for that to settle.
  for (let i = 0; i < ANALYSIS_WARMUP_RUNS; i++) analyseArticle(body, { title: null, publishedAt: "2025-01-15" });
  const times = [];
  for (let i = 0; i < 300; i++) {
    const started = performance.now();
    analyseArticle(body, { title: null, publishedAt: "2025-01-15" });
    times.push(performance.now() - started);
  }
  return {
    bytes: Buffer.byteLength(body),
    medianMs: median(times),
    p95Ms: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)],
  };
}

function diskFree(path) {
  try {
    const { bavail, bsize } = require("node:fs").statfsSync(path);
    return (bavail * bsize) / 1e9;
  } catch {
    return Number.NaN;
  }
}

const startedAt = new Date();
log("analysis time");
const analysis = await analysisSpeed();
const load = loadavg();
log(
  `sizes ${sizes.join(", ")}, seed ${seed}, work ${work} (${fmt(diskFree(work), 0)} GB free), load ${load.map((l) => l.toFixed(2)).join(" ")}`,
);
const rows = [];
for (const size of sizes) {
  const phase = {};
  let mark = performance.now();
  const lap = (name) => {
    phase[name] = (performance.now() - mark) / 1000;
    mark = performance.now();
  };
  const { path: corpus, generated } = await cachedCorpus(work, size, seed, log);
  lap("generate");
  const mb = statSync(corpus).size / 1e6;
  const repeats = size <= repeatsUpTo ? 3 : 1;
  const floorDb = join(work, `floor-${size}.db`);
  const dbPath = join(work, `chancery-${size}.db`);
  const floors = [];
  const ingests = [];
  for (let i = 0; i < repeats; i++) {
    log(`floor ${size} (${i + 1}/${repeats})`);
    floors.push(await floor(corpus, floorDb));
    lap(`floor ${i + 1}`);
    log(`  ${fmt(size / floors.at(-1).seconds)} art/s`);
    log(`chancery ingest ${size} (${i + 1}/${repeats})`);
    ingests.push(await cliIngest(corpus, dbPath));
    lap(`ingest ${i + 1}`);
    const r = ingests.at(-1);
    log(
      `  ${fmt(size / r.seconds)} art/s, peak RSS ${fmt(r.peakRssMb)} MB, new ${r.new}, already present ${r.alreadyPresent}, failed ${r.failed}`,
    );
  }
  const floorDbBytes = dbBytes(floorDb);
  const terms = pickTerms(floorDb, floors.at(-1).articles);
  lap("terms");
  log(
    `search terms: common "${terms.common.word}" (${fmt(terms.common.share * 100, 1)} %), rare "${terms.rare.word}" (${fmt(terms.rare.share * 100, 2)} %)`,
  );
  removeDb(floorDb);
  const chanceryBytes = dbBytes(dbPath);
  log(`API and dashboard at ${size}`);
  const { latency, paints } = await apiAndPaint(dbPath, terms);
  lap("api and paint");
  let withJson = null;
  if (jsonSizes.has(size)) {
    log(`chancery ingest --json ${size}`);
    withJson = await cliIngest(corpus, `${dbPath}-json`, { json: true });
    removeDb(`${dbPath}-json`);
    lap("ingest --json");
    log(
      `  ${fmt(size / withJson.seconds)} art/s, peak RSS ${fmt(withJson.peakRssMb)} MB, --json output ${fmt(withJson.jsonBytes / 1e6, 1)} MB`,
    );
  }
  if (!keepDb && size !== sizes.at(-1)) removeDb(dbPath);
  const last = ingests.at(-1);
  const floorSeconds = median(floors.map((f) => f.seconds));
  const ingestSeconds = median(ingests.map((r) => r.seconds));
  rows.push({
    size,
    mb,
    repeats,
    generated,
    floorRate: size / floorSeconds,
    floorRssMb: Math.max(...floors.map((f) => f.peakRssMb)),
    floorBytesPerArticle: floorDbBytes / size,
    rate: size / ingestSeconds,
    mbps: mb / ingestSeconds,
    ratio: ingestSeconds / floorSeconds,
    rates: ingests.map((r) => size / r.seconds),
    rss: Math.max(...ingests.map((r) => r.peakRssMb)),
    jsonRate: withJson ? size / withJson.seconds : Number.NaN,
    jsonRss: withJson ? withJson.peakRssMb : Number.NaN,
    jsonMb: withJson ? withJson.jsonBytes / 1e6 : Number.NaN,
    stored: last.new,
    duplicates: last.alreadyPresent,
    failed: last.failed,
    bytesPerArticle: chanceryBytes / last.new,
    dbGb: chanceryBytes / 1e9,
    terms,
    latency,
    paints,
    phase,
  });
  writeFileSync(join(work, "last-run.json"), `${JSON.stringify({ startedAt, sizes, seed, rows }, null, 1)}\n`);
  // After every size, so a long run that is stopped still leaves the sizes it finished.
  report();
}
log(`done: bench/results.md, bench/scaling.svg (${((Date.now() - startedAt.getTime()) / 60000).toFixed(1)} min)`);

function report() {
  const latencyBySize = Object.fromEntries(rows.map((r) => [r.size, r.latency]));
  writeFileSync(join(here, "scaling.svg"), scalingSvg(rows, latencyBySize));

  const routes = [...new Set(rows.flatMap((r) => Object.keys(r.latency)))];
  const pageNames = [...new Set(rows.flatMap((r) => Object.keys(r.paints)))];
  const sizeHeads = rows.map((r) => fmt(r.size)).join(" | ");
  const cpuModel = cpus()[0]?.model ?? "cpu";
  // What a profile or a by-hand before/after found is not something this harness measures: those notes live in
  // bench/notes/<section>.md and are copied in after their section, so a new run never loses them.
  const notes = (section) => {
    const file = join(here, "notes", `${section}.md`);
    return existsSync(file) ? [readFileSync(file, "utf8").trim(), ""] : [];
  };
  const harness = (r) =>
    Object.entries(r.phase)
      .filter(([name]) => !name.startsWith("ingest"))
      .reduce((s, [, v]) => s + v, 0);
  const lines = [
    "# Benchmark results",
    "",
    `Run ${startedAt.toISOString()} (\`npm run bench -- --sizes ${sizes.join(",")}\`, seed ${seed}) on ${cpus().length} × ${cpuModel}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average at the start ${load.map((l) => l.toFixed(2)).join(" / ")}.`,
    "Shared, noisy machine (2 cores, several other jobs): compare the ratios, measured against the floor in the same run.",
    "",
    "## Corpus",
    "",
    "`bench/generate.mjs` (templates and knowledge in `bench/data/knowledge.json`): articles about Vietnam's foreign relations,",
    "1–15 KB, dates 2011–2026 (about 72 % full dates, 10 % month-only, 8 % year-only, 10 % none), 42 outlets, ~3 % exact",
    "duplicates and ~5 % republished rewrites of an earlier article.",
    "",
    "| articles | JSONL MB | generated in (s) | originals | exact duplicates | rewrites |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${fmt(r.size)} | ${fmt(r.mb, 1)} | ${r.generated ? fmt(r.generated.seconds, 1) : "cached"} | ${r.generated ? fmt(r.generated.original) : ""} | ${r.generated ? fmt(r.generated.exactDuplicate) : ""} | ${r.generated ? fmt(r.generated.rewrite) : ""} |`,
    ),
    "",
    "## Ingest (`node --max-old-space-size=256 --max-semi-space-size=4 apps/cli/dist/main.js ingest <file> --db <path>`, as `npm run ingest` runs it)",
    "",
    "Wall time of the CLI process from start to exit; peak RSS is its high-water mark (`/usr/bin/time`). Medians of the runs.",
    "",
    "| articles | runs | floor art/s (bare insert + FTS5) | Chancery art/s | MB/s | time vs floor | peak RSS MB | peak RSS with `--json` MB | stored | already present | failed | DB bytes/article (floor) |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${fmt(r.size)} | ${r.repeats} | ${fmt(r.floorRate)} | ${fmt(r.rate)} (${r.rates.map((x) => fmt(x)).join(", ")}) | ${fmt(r.mbps, 2)} | ${fmt(r.ratio, 1)}× | ${fmt(r.rss)} | ${Number.isFinite(r.jsonRss) ? `${fmt(r.jsonRss)} (${fmt(r.jsonRate)} art/s, ${r.jsonMb >= 1 ? `${fmt(r.jsonMb, 1)} MB` : `${fmt(r.jsonMb * 1000, 1)} KB`} of JSON)` : "not run"} | ${fmt(r.stored)} | ${fmt(r.duplicates)} | ${fmt(r.failed)} | ${fmt(r.bytesPerArticle)} (${fmt(r.floorBytesPerArticle)}) |`,
    ),
    "",
    "Targets (issue 12): ≥ 1,000 art/s at every size and the 1M rate ≥ 80 % of the 10k rate; within 5× of the floor; peak RSS < 500 MB with or without `--json`.",
    "",
    ...notes("ingest"),
    "## API p95 under 8 concurrent clients (ms)",
    "",
    `Closed loop, ${loadSeconds} s per route with 8 clients after ${Math.max(1, loadSeconds / 2)} s with one; the load generator shares the two cores with the server. In brackets: p50 with one client (service time).`,
    "",
    `| route | ${sizeHeads} |`,
    `|---|${rows.map(() => "---").join("|")}|`,
    ...routes.map(
      (route) =>
        `| ${route} | ${rows.map((r) => (r.latency[route] ? `${fmt(r.latency[route].p95, 1)} (${fmt(r.latency[route].alone, 1)})${r.latency[route].errors ? ` ${r.latency[route].errors} errors` : ""}` : "")).join(" | ")} |`,
    ),
    "",
    `Search terms, chosen per size from the floor's FTS index: ${rows.map((r) => `${fmt(r.size)}: common "${r.terms.common.word}" in ${fmt(r.terms.common.share * 100, 1)} % of articles, rare "${r.terms.rare.word}" in ${fmt(r.terms.rare.share * 100, 2)} %`).join("; ")}.`,
    "",
    "Targets: every page's route p95 ≤ 20 ms; search p95 ≤ 50 ms for the common term, ≤ 20 ms for the rare one.",
    "",
    ...notes("api"),
    "## Dashboard first meaningful paint in Chromium (ms, median of 3 cold loads)",
    "",
    'From navigation start until the page\'s heading is drawn with no "Loading …" status or chart placeholder left in the first screenful (1280 × 800); the API server serves the built dashboard. "> N": the median run had not painted after N ms.',
    "",
    `| page | ${sizeHeads} |`,
    `|---|${rows.map(() => "---").join("|")}|`,
    ...pageNames.map(
      (page) =>
        `| ${page} | ${rows.map((r) => (r.paints[page] ? `${Number.isFinite(r.paints[page].medianMs) ? fmt(r.paints[page].medianMs) : `> ${fmt(r.paints[page].timeoutMs)}`}${r.paints[page].problems.length ? ` (${r.paints[page].problems.length} problems: ${r.paints[page].problems[0].slice(0, 80)})` : ""}` : "")).join(" | ")} |`,
    ),
    "",
    "Target: ≤ 1,000 ms per page.",
    "",
    ...notes("paint"),
    "## Analysis",
    "",
    `analyseArticle on a ${analysis.bytes}-byte seed article, after ${ANALYSIS_WARMUP_RUNS} warm-up runs: median ${fmt(analysis.medianMs, 2)} ms, p95 ${fmt(analysis.p95Ms, 2)} ms.`,
    "",
    ...notes("analysis"),
    "## Harness time and disk",
    "",
    "| articles | generate s | floor s (all runs) | ingest s (all runs) | API + paint s | `--json` ingest s | harness s beyond ingest | Chancery DB GB |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const sum = (prefix) =>
        Object.entries(r.phase)
          .filter(([n]) => n.startsWith(prefix))
          .reduce((s, [, v]) => s + v, 0);
      return `| ${fmt(r.size)} | ${fmt(r.phase.generate, 1)} | ${fmt(sum("floor"), 1)} | ${fmt(sum("ingest "), 1)} | ${fmt(r.phase["api and paint"], 1)} | ${fmt(r.phase["ingest --json"] ?? Number.NaN, 1)} | ${fmt(harness(r), 1)} | ${fmt(r.dbGb, 2)} |`;
    }),
    "",
  ];
  const biggest = rows.at(-1);
  if (biggest && biggest.size < 1_000_000) {
    const scale = 1_000_000 / biggest.size;
    const genRate = biggest.generated ? biggest.mb / biggest.generated.seconds : 12;
    const genS = (biggest.mb * scale) / genRate;
    const floorS = 1_000_000 / biggest.floorRate;
    const ingestS = 1_000_000 / biggest.rate;
    const apiS = biggest.phase["api and paint"] ?? 120;
    lines.push(
      `A 1,000,000-article run, extrapolated linearly from ${fmt(biggest.size)}: corpus ≈ ${fmt((biggest.mb * scale) / 1000, 1)} GB generated in ≈ ${fmt(genS / 60)} min, floor ≈ ${fmt(floorS / 60)} min, API and paint ≈ ${fmt(apiS / 60 + 1)} min (plus term counting): harness ≈ ${fmt((genS + floorS + apiS + 60) / 60)} min beyond the ingest, which takes ≈ ${fmt(ingestS / 60)} min at ${fmt(biggest.rate)} art/s; Chancery DB ≈ ${fmt(biggest.bytesPerArticle / 1000)} GB. Free disk at the start: ${fmt(diskFree(work))} GB.`,
      "",
    );
  }
  lines.push("![Throughput and p95 against corpus size](scaling.svg)", "");
  writeFileSync(join(here, "results.md"), lines.join("\n"));
  process.stdout.write(`${lines.join("\n")}\n`);
}
