// `node bench/postgres.mjs --db <sqlite file>` (issue 17): copies a Chancery SQLite database into a throwaway
// PostgreSQL cluster with `chancery migrate`'s copy, then times the reads that have a PostgreSQL form on both
// backends in the same run (search for a common and a rare term, the read-only console), medians of N runs.
import { parseArgs } from "node:util";
import { openDatabase } from "@chancery/db";
import { copySqliteToPostgres, openPostgres, startThrowawayCluster, verifyCopy } from "@chancery/db/postgres";
import { runReadOnlySql, search } from "@chancery/query";
import { runReadOnlyPostgresSql, searchPostgres } from "@chancery/query/postgres";

const { values } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string", default: "15" } } });
if (!values.db) throw new Error("give --db <sqlite file>");
const runs = Number(values.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn) {
  await fn();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

const sqlite = openDatabase({ path: values.db });
const articles = sqlite.sqlite.prepare("SELECT count(*) FROM articles").pluck().get();
const cluster = await startThrowawayCluster();
try {
  const pg = await openPostgres(cluster.url);
  const t0 = performance.now();
  await copySqliteToPostgres(sqlite.sqlite, pg, {});
  const copySeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const verified = await verifyCopy(sqlite.sqlite, pg, 200);
  const verifySeconds = (performance.now() - t1) / 1000;
  const ok = verified.every((t) => t.sourceRows === t.targetRows && t.mismatches.length === 0);
  const sizes = (
    await pg.pool.query(
      "SELECT pg_database_size(current_database()) AS bytes, pg_relation_size('articles_search_idx') AS gin",
    )
  ).rows[0];
  const reader = cluster.url.replace("//chancery@", "//chancery_reader@");
  const rows = [];
  for (const [label, q] of [
    ['search, common term ("Vietnam")', "Vietnam"],
    ['search, rare term ("Okafor")', "Okafor"],
    ['search, phrase ("strategic partnership")', '"strategic partnership"'],
  ]) {
    const onSqlite = await time(() => search(sqlite, { q }));
    const onPostgres = await time(() => searchPostgres(pg, { q }));
    rows.push([label, onSqlite, onPostgres, search(sqlite, { q }).total]);
  }
  const sql = "SELECT outlet, count(*) FROM articles GROUP BY outlet ORDER BY 2 DESC LIMIT 10";
  rows.push([
    "read-only SQL, outlets grouped",
    await time(() => runReadOnlySql(values.db, sql)),
    await time(() => runReadOnlyPostgresSql(reader, sql)),
    null,
  ]);
  console.log(
    `Articles: ${articles.toLocaleString("en")}; load average ${(await import("node:os"))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}.`,
  );
  console.log(
    `Copy into PostgreSQL: ${copySeconds.toFixed(1)} s (${Math.round(articles / copySeconds)} articles/s), verify ${verifySeconds.toFixed(1)} s, ${ok ? "every table equal" : "DIFFERENCES"}; PostgreSQL database ${(sizes.bytes / 1e6).toFixed(0)} MB (GIN index ${(sizes.gin / 1e6).toFixed(0)} MB) vs SQLite file ${(sqlite.sqlite.prepare("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()").pluck().get() / 1e6).toFixed(0)} MB.\n`,
  );
  console.log(`| read (median of ${runs}, one client, ms) | SQLite | PostgreSQL | PostgreSQL / SQLite | matches |`);
  console.log("|---|---|---|---|---|");
  for (const [label, a, b, n] of rows)
    console.log(`| ${label} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} | ${n ?? ""} |`);
  await pg.close();
} finally {
  cluster.stop();
  sqlite.close();
}
