// Chancery's own ingest of a corpus file, timed in a process of its own so its peak memory can be read.
import { rmSync } from "node:fs";

const { openDatabase } = await import("../packages/db/dist/index.js");
const { ingestPaths } = await import("../packages/ingest/dist/index.js");

const [corpus, dbPath] = process.argv.slice(2);
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
const database = openDatabase({ path: dbPath });
const started = performance.now();
const report = await ingestPaths(database, [corpus], { keepArticles: false });
const seconds = (performance.now() - started) / 1000;
database.close();
process.stdout.write(
  `${JSON.stringify({
    articles: report.new + report.alreadyPresent,
    new: report.new,
    alreadyPresent: report.alreadyPresent,
    failed: report.failed.length,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
