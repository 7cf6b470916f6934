// `npm run bench:postgres [-- --sizes 10000 --seed 42 --profile 1000]` (issue 17): for each size, the bench corpus
// (bench/generate.mjs, cached in bench/corpus as `npm run bench` caches it), then in the same run and in turn:
//   sqlite      `chancery ingest <file> --db <file>`, as bench/run.mjs runs it;
//   pg 1        the same into a fresh throwaway PostgreSQL cluster (`--db postgres://…`), one process;
//   pg 2 halves two processes at once, each given every other line of the file;
//   pg 2 whole  two processes at once, each given the whole file: concurrent writers must store exactly what one
//               process stores (no article, story or count doubled).
// Each reports wall seconds (start of the first process to exit of the last), articles/s over the corpus, the time
// against the SQLite run, each process's peak RSS and CPU (/usr/bin/time), the server's CPU (its backends', as the
// postmaster reaps them; the checkpointer and WAL writer live on and are not counted), DB bytes per stored article (pg_database_size; the SQLite file) and the stored counts,
// which must agree across the runs. `--profile N` adds a profiled one-process run over the first N lines: the CLI
// under `node --cpu-prof` and every statement's server time from the server's log (log_min_duration_statement = 0).
// Writes bench/postgres-results.md (rewritten after every run, so a stopped bench keeps the cases it finished), then
// bench/notes/postgres.md (earlier runs and by-hand measurements, which no run of this bench rewrites).
//
// `--api` adds the API under load on both backends in the same run: after the PostgreSQL one-process case, the API
// server (apps/api/dist/main.js) is started on the SQLite run's file and on that case's cluster, and each route the
// dashboard's pages call (bench/api.mjs, as `npm run bench` times them) is timed on one backend then the other:
// p50 with one client, then p50/p95/p99 with 8 concurrent clients (closed loop, bench/load.mjs), the load average
// beside each. `--first N` ingests only the first N lines of each size's corpus (e.g. `--sizes 100000 --first 20000`:
// the first 20,000 articles of the 100,000-article corpus, when the whole does not fit the time there is).
//
// Options: --sizes (default 10000), --seed (42), --runs (1: each case this many times, median wall),
// --cases (sqlite,pg1,pg2halves,pg2whole), --profile N (0: none), --first N (0: the whole corpus), --api,
// --api-seconds (4: seconds of 8-client load per route and backend), --out (bench/postgres-results.md).
import { spawn } from "node:child_process";
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { dashboardRoutes, pickTerms, startApi } from "./api.mjs";
import { cachedCorpus } from "./generate.mjs";
import { measure } from "./load.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const require = createRequire(join(root, "packages/db/package.json"));
const Database = require("better-sqlite3");
const { startThrowawayCluster } = await import(join(root, "packages/db/dist/postgres/index.js"));
const pg = require("pg");

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: process.env.BENCH_SIZES ?? "10000" },
    seed: { type: "string", default: "42" },
    runs: { type: "string", default: "1" },
    cases: { type: "string", default: "sqlite,pg1,pg2halves,pg2whole" },
    profile: { type: "string", default: "0" },
    first: { type: "string", default: "0" },
    api: { type: "boolean", default: false },
    "api-seconds": { type: "string", default: "4" },
    out: { type: "string", default: join(here, "postgres-results.md") },
  },
});
const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bad sizes: ${values.sizes}`);
const seed = Number(values.seed);
const runs = Number(values.runs);
const cases = values.cases.split(",").filter(Boolean);
const profileLines = Number(values.profile);
const firstLines = Number(values.first);
const apiSeconds = Number(values["api-seconds"]);
if (values.api && !(cases.includes("sqlite") && cases.includes("pg1")))
  throw new Error("--api times the API on the sqlite and pg1 cases' databases: give both cases");
const work = process.env.BENCH_WORK ?? join(here, "corpus");
const cli = join(root, "apps/cli/dist/main.js");
// The heap caps `npm run ingest` gives the CLI (root package.json), as bench/run.mjs runs it.
const cliHeap = ["--max-old-space-size=256", "--max-semi-space-size=4"];
// What earlier runs and by-hand measurements found, appended to every report (as bench/run.mjs does with bench/notes).
const notesFile = join(here, "notes", "postgres.md");
mkdirSync(work, { recursive: true });

const log = (text) => process.stderr.write(`[pg bench ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }) : "n/a";
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
const ticks = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in these.

/** The corpus of a size, generated once and cached where bench/run.mjs finds it too. */
const corpusFor = async (size) => (await cachedCorpus(work, size, seed, log)).path;

/** Streams the lines of `file` into `outputs` by `pick(lineIndex)`; returns the outputs' paths. */
async function splitLines(file, outputs, pick) {
  const streams = outputs.map((path) => createWriteStream(path));
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
    const to = pick(i++);
    if (to >= 0 && !streams[to].write(`${line}\n`)) await new Promise((resolve) => streams[to].once("drain", resolve));
  }
  await Promise.all(streams.map((s) => new Promise((resolve) => s.end(resolve))));
  return outputs;
}

/** `node <args>` under /usr/bin/time: wall seconds, peak RSS, user + system CPU; stdout kept for the counts. */
function runMeasured(args, label) {
  return new Promise((resolve, reject) => {
    const timeFile = join(work, `${label}.time`);
    const outFile = join(work, `${label}.out`);
    const out = openSync(outFile, "w");
    const started = performance.now();
    const child = spawn("/usr/bin/time", ["-f", "%M %U %S", "-o", timeFile, process.execPath, ...args], {
      stdio: ["ignore", out, "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-8000);
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      closeSync(out);
      const [rssKb, user, system] = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
      const text = readFileSync(outFile, "utf8");
      rmSync(timeFile, { force: true });
      rmSync(outFile, { force: true });
      const number = (name) => Number(new RegExp(`^${name}\\s+(\\d+)`, "m").exec(text)?.[1]);
      const summary = { new: number("new"), alreadyPresent: number("already present"), failed: number("failed") };
      if (!Number.isFinite(summary.new))
        reject(new Error(`${label}: chancery ingest exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ code, seconds, ended: performance.now(), rssMb: rssKb / 1024, cpu: user + system, ...summary });
    });
  });
}

const ingestArgs = (file, db, extra = []) => [...cliHeap, ...extra, cli, "ingest", file, "--db", db];

const COUNTS = {
  articles: "SELECT count(*) AS n FROM articles",
  stories: "SELECT count(*) AS n FROM stories",
  "stories with articles": "SELECT count(DISTINCT story_id) AS n FROM articles",
  findings: `SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM person_roles) + (SELECT count(*) FROM indicators)
    + (SELECT count(*) FROM partnerships) + (SELECT count(*) FROM quotes) + (SELECT count(*) FROM article_themes) AS n`,
  entities: "SELECT count(*) AS n FROM entities",
  "entity mentions total": "SELECT sum(mention_count) AS n FROM entities",
  "meta articles": "SELECT value AS n FROM meta WHERE key = 'articles'",
  "meta stories": "SELECT value AS n FROM meta WHERE key = 'stories'",
  "story article_count sum": "SELECT sum(article_count) AS n FROM stories",
  sightings: "SELECT count(*) AS n FROM article_sightings",
};

function sqliteCounts(file) {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(Object.entries(COUNTS).map(([k, q]) => [k, Number(db.prepare(q).get().n)]));
  } finally {
    db.close();
  }
}

async function postgresCounts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out = {};
    for (const [k, q] of Object.entries(COUNTS)) out[k] = Number((await client.query(q)).rows[0]?.n);
    out.bytes = Number((await client.query("SELECT pg_database_size(current_database()) AS n")).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}

/** The postmaster's pid and CPU so far (its own and its reaped backends'), read from /proc. */
async function serverCpu(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const dataDir = (await client.query("SHOW data_directory")).rows[0].data_directory;
  await client.end();
  const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  // Wait for the backends of finished clients to exit, so the postmaster has reaped (and counted) them.
  for (let i = 0; i < 50; i++) {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    const backends = children.filter((c) => {
      try {
        return /postgres: chancery chancery/.test(readFileSync(`/proc/${c}/cmdline`, "utf8").replace(/\0/g, " "));
      } catch {
        return false;
      }
    });
    if (backends.length === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  // utime, stime, cutime, cstime are fields 14–17 of stat; here counted from the field after the name (3rd field).
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return { dataDir, seconds: (utime + stime + cutime + cstime) / ticks };
}

/** Runs one case's processes (all at once) against a fresh cluster or SQLite file; returns the measured run. */
async function runCase(name, files, size, { profile = false, keep = false, onCluster = null } = {}) {
  const started = performance.now();
  if (name === "sqlite") {
    const dbPath = join(work, `pg-bench-sqlite-${size}.db`);
    for (const s of ["", "-wal", "-shm"]) rmSync(`${dbPath}${s}`, { force: true });
    const loadAt = load();
    const [p] = await Promise.all(files.map((f, i) => runMeasured(ingestArgs(f, dbPath), `sqlite-${i}`)));
    const counts = sqliteCounts(dbPath);
    counts.bytes = ["", "-wal"].reduce((s, x) => s + (existsSync(dbPath + x) ? statSync(dbPath + x).size : 0), 0);
    if (!keep) for (const s of ["", "-wal", "-shm"]) rmSync(`${dbPath}${s}`, { force: true });
    return { name, loadAt, seconds: (p.ended - started) / 1000, processes: [p], counts, serverCpu: 0, dbPath };
  }
  const cluster = await startThrowawayCluster();
  try {
    const before = await serverCpu(cluster.url);
    if (profile) {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query("ALTER SYSTEM SET log_min_duration_statement = 0");
      await admin.query("SELECT pg_reload_conf()");
      await admin.end();
    }
    const loadAt = load();
    const t0 = performance.now();
    const profileDir = join(work, "pg-profile");
    if (profile) rmSync(profileDir, { recursive: true, force: true });
    const extra = profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
    const processes = await Promise.all(
      files.map((f, i) => runMeasured(ingestArgs(f, cluster.url, extra), `${name}-${i}`)),
    );
    const seconds = (Math.max(...processes.map((p) => p.ended)) - t0) / 1000;
    const after = await serverCpu(cluster.url);
    const counts = await postgresCounts(cluster.url);
    const result = { name, loadAt, seconds, processes, counts, serverCpu: after.seconds - before.seconds };
    if (profile) result.profile = { client: clientProfile(profileDir), server: serverLog(after.dataDir, seconds) };
    if (onCluster) await onCluster(cluster.url, result);
    return result;
  } finally {
    cluster.stop();
  }
}

/** Self time of the CLI's main thread by area, from its .cpuprofile (the analysis runs in worker threads). */
function clientProfile(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  const threads = [];
  for (const f of files) {
    const p = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const areas = new Map();
    let total = 0;
    for (let i = 0; i < p.samples.length; i++) {
      const frame = byId.get(p.samples[i]).callFrame;
      const d = (p.timeDeltas[i] ?? 0) / 1e6;
      total += d;
      const m =
        /node_modules\/(drizzle-orm|pg|pg-protocol|pg-pool)\//.exec(frame.url) ??
        /packages\/(\w+)\/dist\/(\w+)/.exec(frame.url);
      const area = frame.functionName.startsWith("(")
        ? frame.functionName
        : m
          ? m[2]
            ? `@chancery/${m[1]} ${m[2]}`
            : m[1]
          : frame.url.startsWith("node:") || frame.url === ""
            ? "node internals"
            : "other";
      areas.set(area, (areas.get(area) ?? 0) + d);
    }
    threads.push({ file: f, total, areas: [...areas].sort((a, b) => b[1] - a[1]).slice(0, 8) });
  }
  return threads.sort((a, b) => a.file.localeCompare(b.file));
}

/** Server time per statement from the server's log: `duration: X ms  parse|bind|execute <name>: SQL`. */
function serverLog(dataDir, wallSeconds) {
  const logFile = join(dirname(dataDir), "server.log");
  const text = readFileSync(logFile, "utf8");
  const byStatement = new Map();
  let total = 0;
  const re = /duration: ([\d.]+) ms {2}(?:(parse|bind|execute) [^:]*|statement): ([^\n]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ms = Number(m[1]);
    total += ms;
    const key = m[3]
      .replace(/\s+/g, " ")
      .replace(/\$\d+/g, "$")
      .replace(/'[^']*'/g, "'…'")
      .slice(0, 90);
    const entry = byStatement.get(key) ?? { ms: 0, calls: 0 };
    entry.ms += ms;
    if (m[2] === "execute" || !m[2]) entry.calls++;
    byStatement.set(key, entry);
  }
  return {
    totalSeconds: total / 1000,
    wallSeconds,
    top: [...byStatement].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14),
  };
}

/**
 * The API under load on both backends: one server on the SQLite file, one on the cluster, each route timed on SQLite
 * then on PostgreSQL (one client for the service time, then 8), with the load average when each began.
 */
async function apiOnBoth(sqliteFile, postgresUrl, articles) {
  const terms = pickTerms(sqliteFile, articles);
  log(
    `API: search terms common "${terms.common.word}" (${fmt(terms.common.share * 100, 1)} %), rare "${terms.rare.word}" (${fmt(terms.rare.share * 100, 2)} %)`,
  );
  const servers = { sqlite: await startApi(sqliteFile) };
  try {
    servers.postgres = await startApi(postgresUrl);
    const routesOf = {
      sqlite: await dashboardRoutes(servers.sqlite.base, terms),
      postgres: await dashboardRoutes(servers.postgres.base, terms),
    };
    const routes = {};
    for (const name of Object.keys(routesOf.sqlite.routes)) {
      routes[name] = {};
      for (const backend of ["sqlite", "postgres"]) {
        const url = servers[backend].base + routesOf[backend].routes[name];
        // The first request of the route: on SQLite computed (later ones may come from the API's answer cache,
        // kept until the file changes); on PostgreSQL every request is computed (no answer cache there).
        const t0 = performance.now();
        const response = await fetch(url);
        const body = await response.text();
        const answer = { status: response.status, bytes: Buffer.byteLength(body), firstMs: performance.now() - t0 };
        const loadAt = load();
        const alone = await measure(url, { connections: 1, seconds: Math.max(1, apiSeconds / 2) });
        const eight = await measure(url, { connections: 8, seconds: apiSeconds });
        routes[name][backend] = { ...eight, alone: alone.p50, loadAt, answer };
      }
      const { sqlite: a, postgres: b } = routes[name];
      log(
        `  ${name}: p95 SQLite ${fmt(a.p95, 1)} ms, PostgreSQL ${fmt(b.p95, 1)} ms (1 client p50 ${fmt(a.alone, 1)} / ${fmt(b.alone, 1)}; errors ${a.errors} / ${b.errors}), load ${b.loadAt}`,
      );
    }
    const same = ["articleId", "entityId"].every((k) => routesOf.sqlite[k] === routesOf.postgres[k]);
    const ids = Object.fromEntries(
      Object.entries(routesOf).map(([k, r]) => [k, { articleId: r.articleId, entityId: r.entityId }]),
    );
    return { terms, routes, same, ids };
  } finally {
    for (const s of Object.values(servers)) await s.stop();
  }
}

const CASES = {
  sqlite: { title: "SQLite, 1 process", files: (whole) => [whole] },
  pg1: { title: "PostgreSQL, 1 process", files: (whole) => [whole] },
  pg2halves: { title: "PostgreSQL, 2 processes, half each", files: (_, halves) => halves },
  pg2whole: { title: "PostgreSQL, 2 processes, whole file each", files: (whole) => [whole, whole] },
};

const startedAt = new Date();
log(`sizes ${sizes.join(", ")}, cases ${cases.join(", ")}, runs ${runs}, load ${load()}`);
const sections = [];
for (const size of sizes) {
  const whole = await corpusFor(size);
  const n = firstLines > 0 ? Math.min(firstLines, size) : size;
  const corpus = n < size ? join(work, `pg-bench-${size}-first-${n}.jsonl`) : whole;
  if (n < size) await splitLines(whole, [corpus], (i) => (i < n ? 0 : -1));
  const halves = await splitLines(
    corpus,
    [join(work, `pg-bench-${size}-a.jsonl`), join(work, `pg-bench-${size}-b.jsonl`)],
    (i) => i % 2,
  );
  const results = {};
  let api = null;
  for (const name of cases) {
    const spec = CASES[name];
    if (!spec) throw new Error(`unknown case ${name}`);
    results[name] = [];
    for (let r = 0; r < runs; r++) {
      log(`${spec.title} at ${n} (${r + 1}/${runs}), load ${load()}`);
      // With --api, the first run's SQLite file is kept until the first one-process PostgreSQL run has been served.
      const withApi = values.api && r === 0 && api === null;
      const sqliteRun = results.sqlite?.[0];
      const result = await runCase(name, spec.files(corpus, halves), n, {
        keep: withApi && name === "sqlite",
        onCluster:
          withApi && name === "pg1"
            ? async (url) => {
                log(`API on both backends at ${n}, load ${load()}`);
                api = await apiOnBoth(sqliteRun.dbPath, url, sqliteRun.counts.articles);
              }
            : null,
      });
      if (withApi && name === "pg1")
        for (const s of ["", "-wal", "-shm"]) rmSync(`${sqliteRun.dbPath}${s}`, { force: true });
      results[name].push(result);
      log(
        `  ${fmt(result.seconds, 1)} s (${fmt(n / result.seconds)} art/s), new ${result.processes.map((p) => p.new).join(" + ")}, articles ${result.counts.articles}, stories ${result.counts.stories}, findings ${result.counts.findings}`,
      );
      // After every run, so a long run that is stopped still leaves the cases it finished.
      writeFileSync(values.out, report([...sections, section(size, n, results, null, api)]));
    }
  }
  let profiled = null;
  if (profileLines > 0) {
    const sample = join(work, `pg-bench-${size}-first-${profileLines}.jsonl`);
    await splitLines(corpus, [sample], (i) => (i < profileLines ? 0 : -1));
    log(`profiled PostgreSQL run over the first ${profileLines} lines, load ${load()}`);
    profiled = await runCase("pg1", [sample], profileLines, { profile: true });
    rmSync(sample, { force: true });
  }
  for (const h of halves) rmSync(h, { force: true });
  if (corpus !== whole) rmSync(corpus, { force: true });
  sections.push(section(size, n, results, profiled, api));
  writeFileSync(values.out, report(sections));
}
log(`done: ${values.out} (${((Date.now() - startedAt.getTime()) / 60000).toFixed(1)} min)`);

function section(size, n, results, profiled, api) {
  const sqliteSeconds = results.sqlite?.length ? median(results.sqlite.map((r) => r.seconds)) : Number.NaN;
  const lines = [
    n < size ? `### The first ${fmt(n)} articles of the ${fmt(size)}-article corpus` : `### ${fmt(size)} articles`,
    "",
    "| run | load at start | wall s | art/s | time vs SQLite | new per process | peak RSS MB per process | CPU s per process | server CPU s | DB bytes / article |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  const countRows = [];
  for (const [name, list] of Object.entries(results)) {
    const mid = [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)];
    const walls = list.map((r) => fmt(r.seconds, 1)).join(", ");
    lines.push(
      `| ${CASES[name].title} | ${mid.loadAt} | ${list.length > 1 ? `${fmt(mid.seconds, 1)} (${walls})` : fmt(mid.seconds, 1)} | ${fmt(n / mid.seconds)} | ${fmt(mid.seconds / sqliteSeconds, 2)}× | ${mid.processes.map((p) => fmt(p.new)).join(" + ")} | ${mid.processes.map((p) => fmt(p.rssMb)).join(", ")} | ${mid.processes.map((p) => fmt(p.cpu, 1)).join(", ")} | ${name === "sqlite" ? "" : fmt(mid.serverCpu, 1)} | ${fmt(mid.counts.bytes / mid.counts.articles)} |`,
    );
    countRows.push([CASES[name].title, mid.counts]);
  }
  const keys = Object.keys(COUNTS);
  lines.push(
    "",
    `| stored | ${keys.join(" | ")} |`,
    `|---|${keys.map(() => "---").join("|")}|`,
    ...countRows.map(([title, c]) => `| ${title} | ${keys.map((k) => fmt(c[k])).join(" | ")} |`),
    "",
  );
  const reference = countRows[0]?.[1];
  const differing = countRows.flatMap(([title, c]) =>
    keys
      .filter((k) => k !== "sightings" && c[k] !== reference[k])
      .map((k) => `${title}: ${k} ${c[k]} ≠ ${reference[k]}`),
  );
  lines.push(
    differing.length === 0
      ? `Every count but the sightings agrees across the runs (two processes given the whole file record each article's sighting twice, as a second ingest of the same file does).`
      : `**Counts that differ** from ${countRows[0][0]}: ${differing.join("; ")}.`,
    "",
  );
  if (api) {
    const cell = (m) => `${fmt(m.p95, 1)} (${fmt(m.alone, 1)})${m.errors ? ` **${m.errors} errors**` : ""}`;
    lines.push(
      `#### API under 8 concurrent clients, both backends in the same run (ms)`,
      "",
      `After the one-process ingests: the API (\`apps/api/dist/main.js\`) on the SQLite run's file and on the PostgreSQL one-process run's cluster, each route timed on SQLite then on PostgreSQL: ${fmt(Math.max(1, apiSeconds / 2))} s with one client, then ${fmt(apiSeconds)} s with 8 (closed loop; the load generator shares the cores with the servers and the database). p95 with 8 clients, in brackets p50 with one client (service time). Both APIs keep each read's answer until the database changes (\`apps/api/src/reads/answer-cache.ts\`: the SQLite file's data version, PostgreSQL's change stamp in \`meta\`), so after a route's first request the figures are mostly the cache's on both; "first request": one request before the timing, computed on both (the query's own cost, with cold caches). Search terms chosen from the SQLite file's index: common "${api.terms.common.word}" (in ${fmt(api.terms.common.share * 100, 1)} % of articles), rare "${api.terms.rare.word}" (${fmt(api.terms.rare.share * 100, 2)} %). The article and the country are the first each API lists (${api.same ? `ids ${api.ids.sqlite.articleId} and ${api.ids.sqlite.entityId} on both` : `article ${api.ids.sqlite.articleId} and entity ${api.ids.sqlite.entityId} on SQLite, ${api.ids.postgres.articleId} and ${api.ids.postgres.entityId} on PostgreSQL`}). "answer": HTTP status and bytes of one response on each backend.`,
      "",
      "| route | SQLite p95 (1-client p50) | PostgreSQL p95 (1-client p50) | PostgreSQL / SQLite p95 | first request SQLite / PostgreSQL | requests SQLite / PostgreSQL | answer SQLite / PostgreSQL | load at start (SQLite; PostgreSQL) |",
      "|---|---|---|---|---|---|---|---|",
      ...Object.entries(api.routes).map(
        ([route, { sqlite: a, postgres: b }]) =>
          `| ${route} | ${cell(a)} | ${cell(b)} | ${fmt(b.p95 / a.p95, 2)} | ${fmt(a.answer.firstMs, 1)} / ${fmt(b.answer.firstMs, 1)} | ${fmt(a.requests)} / ${fmt(b.requests)} | ${a.answer.status} ${fmt(a.answer.bytes)} B / ${b.answer.status} ${fmt(b.answer.bytes)} B | ${a.loadAt}; ${b.loadAt} |`,
      ),
      "",
    );
  }
  if (profiled) {
    const { client, server } = profiled.profile;
    lines.push(
      `#### Profile: PostgreSQL, 1 process, first ${fmt(profileLines)} lines (statement logging on, so slower than above)`,
      "",
      `Wall ${fmt(profiled.seconds, 1)} s at load ${profiled.loadAt}; CLI CPU ${fmt(profiled.processes[0].cpu, 1)} s; server CPU ${fmt(profiled.serverCpu, 1)} s; server time in statements (parse + bind + execute, from its log) ${fmt(server.totalSeconds, 1)} s.`,
      "",
      ...client.map(
        (t, i) =>
          `- CLI thread ${i + 1} (${fmt(t.total, 1)} s sampled): ${t.areas.map(([a, s]) => `${a} ${fmt(s, 1)} s`).join(", ")}`,
      ),
      "",
      "| statement (server time from the log) | calls | total s | ms per call |",
      "|---|---|---|---|",
      ...server.top.map(
        ([k, v]) =>
          `| \`${k.replace(/\|/g, "\\|")}\` | ${fmt(v.calls)} | ${fmt(v.ms / 1000, 2)} | ${fmt(v.ms / Math.max(v.calls, 1), 2)} |`,
      ),
      "",
    );
  }
  return lines.join("\n");
}

function report(sections) {
  return [
    "# PostgreSQL ingest against SQLite (issue 17)",
    "",
    `Run ${startedAt.toISOString()} (\`npm run bench:postgres -- --sizes ${sizes.join(",")}${firstLines ? ` --first ${firstLines}` : ""}${values.api ? " --api" : ""}${cases.join(",") !== "sqlite,pg1,pg2halves,pg2whole" ? ` --cases ${cases.join(",")}` : ""}${runs > 1 ? ` --runs ${runs}` : ""}${profileLines ? ` --profile ${profileLines}` : ""}\`, seed ${seed}) on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Shared, noisy machine: read the ratios, measured in the same run, more than the times; the load average (1 min / 5 / 15) is given at the start of each run.`,
    "",
    "Each run ingests the bench corpus (`bench/generate.mjs`) through the CLI (`node --max-old-space-size=256 --max-semi-space-size=4 apps/cli/dist/main.js ingest FILE --db …`); PostgreSQL runs each get a fresh throwaway cluster (`startThrowawayCluster`: fsync and synchronous_commit off, as in the tests). Two processes given halves take every other line each. Wall time runs from the start of the first process to the exit of the last; art/s is the corpus size over it. CPU per process is user + system from `/usr/bin/time` (the CLI analyses in worker threads, counted in it); server CPU is what the cluster's backends used during the run (reaped by the postmaster; its checkpointer and WAL writer are not counted). DB bytes per stored article: `pg_database_size`, or the SQLite file with its WAL.",
    "",
    ...sections,
    ...(existsSync(notesFile) ? [readFileSync(notesFile, "utf8").trim(), ""] : []),
  ].join("\n");
}
