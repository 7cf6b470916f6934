// The PostgreSQL write path alone (issue 17), as bench/writer-replay.mjs measures SQLite's: articles prepared once
// (`node bench/writer-replay.mjs prepare …`), then replayed through the ingest's `storeArticlesPostgres` into a fresh
// throwaway cluster (fsync and synchronous_commit off, as in the tests), for each checkout in turns, `--runs` times.
//
//   node bench/postgres-writer-replay.mjs <prepared.v8> <checkout>... [--runs 3] [--count N] [--group 64] [--writers 1]
//
// A checkout is the root of a built tree (packages/db/dist with drizzle-pg/, packages/ingest/dist, and a
// node_modules/@chancery/{db,ingest} pointing at them), so a copy of the build before a change replays the same
// articles as the build after it. Reported per run: wall time, the client's CPU (this process, user + system, over
// the whole replay: the writer is asynchronous), the server's CPU (its backends' user + system from /proc, live ones
// and those reaped by the postmaster), SQL statements and round trips (`pg` queries) per article, and a digest
// of every table's content without the times of day, so two checkouts can be shown to store the same rows.
// With `--writers 2`, two connection pools in this process store every other article each, concurrently.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deserialize } from "node:v8";
import pg from "pg";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const [input, ...checkouts] = positional;
if (!input || checkouts.length === 0) {
  console.error("usage: postgres-writer-replay.mjs <prepared.v8> <checkout>... [--runs 3] [--count N] [--group 64]");
  process.exit(2);
}
const runs = option("runs", 3);
const group = option("group", 64);
const writers = option("writers", 1);
const prepared = deserialize(readFileSync(input)).slice(0, option("count", Number.POSITIVE_INFINITY));

// Every query `pg` sends (one round trip each), whichever checkout sends it (they share this `pg`), and the SQL
// statements in them (a query without parameters may hold several, joined by ";\n" as the writer joins them).
let roundTrips = 0;
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(...a) {
  roundTrips++;
  const text = typeof a[0] === "string" ? a[0] : a[0]?.text;
  statements += typeof text === "string" && a[1] === undefined ? text.split(";\n").length : 1;
  return query.apply(this, a);
};

const TICK = 100; // USER_HZ: /proc's CPU times are in clock ticks.
/** CPU seconds of a postmaster's children, live and reaped. */
function serverCpu(postmaster) {
  const fields = (pid) =>
    readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
  const own = fields(postmaster);
  let ticks = Number(own[13]) + Number(own[14]); // cutime, cstime (fields 16, 17)
  for (const child of execFileSync("pgrep", ["-P", String(postmaster)], { encoding: "utf8" }).split("\n")) {
    if (!child) continue;
    try {
      const f = fields(child);
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14, 15)
    } catch {
      // exited meanwhile: counted in the postmaster's cutime from now on
    }
  }
  return ticks / TICK;
}

const DIGEST_SKIPS = `ARRAY['ingested_at', 'seen_at', 'created_at', 'recorded_at']`;
async function digest(pool) {
  const { rows } = await pool.query(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '%drizzle%' ORDER BY 1`,
  );
  const parts = [];
  for (const { t } of rows) {
    const where = t === "meta" ? "WHERE key <> 'last_changed_at'" : "";
    const r = await pool.query(
      `SELECT count(*)::integer AS n, md5(coalesce(string_agg((to_jsonb(x) - ${DIGEST_SKIPS})::text, ',' ORDER BY (to_jsonb(x) - ${DIGEST_SKIPS})::text), '')) AS h FROM "${t}" x ${where}`,
    );
    parts.push(`${t}:${r.rows[0].n}:${r.rows[0].h}`);
  }
  const hash = execFileSync("md5sum", { input: parts.join("\n"), encoding: "utf8" }).slice(0, 12);
  const count = (name) => Number(parts.find((p) => p.startsWith(`${name}:`))?.split(":")[1]);
  return { hash, articles: count("articles"), stories: count("stories"), mentions: count("mentions") };
}

async function replay(checkout, startThrowawayCluster) {
  const root = resolve(checkout);
  const { openPostgres } = await import(join(root, "packages/db/dist/postgres/index.js"));
  const { storeArticlesPostgres } = await import(join(root, "packages/ingest/dist/store/article.js"));
  const cluster = await startThrowawayCluster();
  try {
    const postmaster = Number(
      execFileSync("pgrep", ["-o", "-f", "--", `bin/postgres .*-p ${cluster.port} `], { encoding: "utf8" }).split(
        "\n",
      )[0],
    );
    const databases = [];
    for (let w = 0; w < writers; w++) databases.push(await openPostgres(cluster.url));
    // Warm: the refusal check and one connection each, outside the measure.
    for (const database of databases) await database.pool.query("SELECT 1");
    const serverBefore = serverCpu(postmaster);
    const sentBefore = statements;
    const tripsBefore = roundTrips;
    const cpuBefore = process.cpuUsage();
    const wall = performance.now();
    let stored = 0;
    await Promise.all(
      databases.map(async (database, w) => {
        const mine = prepared.filter((_, i) => i % writers === w);
        for (let from = 0; from < mine.length; from += group) {
          const outcomes = await storeArticlesPostgres(database, mine.slice(from, from + group));
          stored += outcomes.filter((o) => o.status === "new").length;
        }
      }),
    );
    const wallSeconds = (performance.now() - wall) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const sent = statements - sentBefore;
    const trips = roundTrips - tripsBefore;
    const server = serverCpu(postmaster) - serverBefore;
    const tables = await digest(databases[0].pool);
    for (const database of databases) await database.close();
    return {
      checkout,
      articles: prepared.length,
      stored,
      writers,
      wallSeconds: Number(wallSeconds.toFixed(1)),
      clientCpuMsPerArticle: Number(((cpu.user + cpu.system) / 1000 / prepared.length).toFixed(2)),
      serverCpuMsPerArticle: Number(((server * 1000) / prepared.length).toFixed(2)),
      statementsPerArticle: Number((sent / prepared.length).toFixed(1)),
      roundTripsPerArticle: Number((trips / prepared.length).toFixed(1)),
      load: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" / "),
      tables,
    };
  } finally {
    cluster.stop();
  }
}

const { startThrowawayCluster } = await import(join(resolve(checkouts[0]), "packages/db/dist/postgres/index.js"));
const results = [];
for (let run = 1; run <= runs; run++) {
  for (const checkout of checkouts) {
    const result = { run, ...(await replay(checkout, startThrowawayCluster)) };
    results.push(result);
    console.log(JSON.stringify(result));
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
for (const checkout of checkouts) {
  const mine = results.filter((r) => r.checkout === checkout);
  const of = (key) => Number(median(mine.map((r) => r[key])).toFixed(2));
  console.log(
    JSON.stringify({
      median: checkout,
      runs: mine.length,
      wallSeconds: of("wallSeconds"),
      articlesPerSecond: Number((prepared.length / of("wallSeconds")).toFixed(1)),
      clientCpuMsPerArticle: of("clientCpuMsPerArticle"),
      serverCpuMsPerArticle: of("serverCpuMsPerArticle"),
      statementsPerArticle: of("statementsPerArticle"),
      roundTripsPerArticle: of("roundTripsPerArticle"),
      tables: [...new Set(mine.map((r) => r.tables.hash))].join(" "),
    }),
  );
}
