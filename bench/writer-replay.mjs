// The write path alone (issue 12): articles prepared once (read, cleaned, analysed, fingerprinted), then replayed
// through the ingest's `storeArticles` into a new database in commit groups, timed by the CPU time of this one thread
// (`process.cpuUsage` around the store calls only), which other jobs on a shared machine disturb far less than wall time.
//
//   node bench/writer-replay.mjs prepare <corpus.jsonl> <prepared.v8> [--count N]
//   node [--cpu-prof] bench/writer-replay.mjs replay <checkout> <prepared.v8> <db> [--group 256]
//
// `checkout` is the root of a built tree (packages/db/dist and packages/ingest/dist), so two builds (before and after
// a change) replay the same prepared articles in turns.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";

const [mode, ...args] = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const here = resolve(import.meta.dirname, "..");

if (mode === "prepare") {
  const [corpus, out] = args;
  const count = option("count", Number.POSITIVE_INFINITY);
  const { documentFromJson } = await import(join(here, "packages/ingest/dist/read/json-record.js"));
  const { prepareArticle } = await import(join(here, "packages/ingest/dist/pipeline/prepare.js"));
  const prepared = [];
  const lines = readFileSync(corpus, "utf8").split("\n");
  for (const [i, line] of lines.entries()) {
    if (prepared.length >= count) break;
    if (line.trim() === "") continue;
    const document = documentFromJson(`${corpus}:${i + 1}`, "jsonl", line, null);
    if ("reason" in document) continue;
    prepared.push(prepareArticle(document));
  }
  writeFileSync(out, serialize(prepared));
  console.log(JSON.stringify({ prepared: prepared.length }));
} else if (mode === "replay") {
  const [checkout, input, dbPath] = args;
  const group = option("group", 256);
  const { openDatabase } = await import(join(resolve(checkout), "packages/db/dist/index.js"));
  const { storeArticles } = await import(join(resolve(checkout), "packages/ingest/dist/store/article.js"));
  const prepared = deserialize(readFileSync(input));
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
  const database = openDatabase({ path: dbPath });
  let cpu = 0;
  let stored = 0;
  const wall = performance.now();
  for (let from = 0; from < prepared.length; from += group) {
    const batch = prepared.slice(from, from + group);
    const before = process.cpuUsage();
    const outcomes = storeArticles(database, batch);
    const used = process.cpuUsage(before);
    cpu += used.user + used.system;
    stored += outcomes.filter((o) => o.status === "new").length;
  }
  database.close();
  console.log(
    JSON.stringify({
      checkout,
      articles: prepared.length,
      stored,
      group,
      cpuMsPerArticle: Number((cpu / 1000 / prepared.length).toFixed(3)),
      wallSeconds: Number(((performance.now() - wall) / 1000).toFixed(1)),
    }),
  );
} else {
  console.error("usage: writer-replay.mjs prepare <corpus.jsonl> <prepared.v8> | replay <checkout> <prepared.v8> <db>");
  process.exit(2);
}
