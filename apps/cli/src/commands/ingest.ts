import type { ChanceryDatabase } from "@chancery/db";
import { openPostgres, type PostgresDatabase } from "@chancery/db/postgres";
import { type IngestProgress, type IngestReport, ingestPaths, ingestUrls } from "@chancery/ingest";
import { SingleBar } from "cli-progress";
import { failedCount, printReport, summaryLine } from "./ingest-summary.js";
import { watchFolders } from "./watch.js";

/** Below this many files a progress bar is more noise than help. */
const PROGRESS_BAR_FROM = 10;

export interface IngestCommandOptions {
  json: boolean;
  /** One JSON line per article as it is committed, then a summary line. */
  jsonl: boolean;
  dryRun: boolean;
  watch: boolean;
}

/**
 * Many files: a bar over files with rate and ETA. One or a few bulk files: a counter of articles and their rate,
 * since the number of articles inside a JSONL file is not known before reading it.
 */
function progressBar(): { update(progress: IngestProgress): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  let bar: SingleBar | null = null;
  let counter = false;
  const started = Date.now();
  const rate = (articles: number) => (articles / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(0);
  return {
    update(progress) {
      if (progress.total >= PROGRESS_BAR_FROM) {
        if (!bar) {
          bar = new SingleBar({
            stream: process.stderr,
            format: "ingest [{bar}] {percentage}% | {value}/{total} files | {rate} articles/s | ETA {eta_formatted}",
            hideCursor: true,
          });
          bar.start(progress.total, 0, { rate: "0" });
        }
        bar.update(progress.done, { rate: rate(progress.articles) });
      } else if (progress.articles > 0) {
        counter = true;
        process.stderr.write(
          `\ringest: ${progress.articles} articles | ${rate(progress.articles)} articles/s | file ${Math.min(progress.done + 1, progress.total)}/${progress.total}`,
        );
      }
    },
    stop() {
      bar?.stop();
      if (counter) process.stderr.write("\n");
    },
  };
}

/** `chancery ingest`, into a SQLite database or a PostgreSQL one (`runPostgresIngestCommand` opens it). */
export async function runIngestCommand(
  database: ChanceryDatabase | PostgresDatabase,
  inputs: string[],
  options: IngestCommandOptions,
): Promise<number> {
  // Anything written as scheme://… is a URL (an ftp:// one then fails with its reason); the rest are paths.
  const urls = inputs.filter((input) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input));
  const paths = inputs.filter((input) => !urls.includes(input));
  if (options.watch) {
    if (options.dryRun) throw new Error("--watch and --dry-run cannot be used together");
    if (urls.length > 0)
      throw new Error("--watch follows folders; to follow a site, add its feed: chancery feeds add URL");
    return watchFolders(database, inputs, { json: options.json, jsonl: options.jsonl });
  }
  const bar = progressBar();
  let report: IngestReport = { new: 0, alreadyPresent: 0, failed: [], articles: [] };
  try {
    if (paths.length > 0) report = await ingestFiles(database, paths, options, bar);
    if (urls.length > 0) {
      const fetched = await ingestUrls(database, urls, { dryRun: options.dryRun });
      if (options.jsonl) for (const article of fetched.articles) process.stdout.write(`${JSON.stringify(article)}\n`);
      report = {
        ...report,
        new: report.new + fetched.new,
        alreadyPresent: report.alreadyPresent + fetched.alreadyPresent,
        failed: [...report.failed, ...fetched.failed],
        articles: options.json ? [...report.articles, ...fetched.articles] : report.articles,
      };
    }
  } finally {
    bar.stop();
  }
  return printed(report, options);
}

/**
 * `chancery ingest … --db postgres://…`: files, folders, URLs, a dry run or a watched folder, into PostgreSQL, where
 * several such processes may write at once (each article is its own transaction; store/postgres-writer.ts).
 */
export async function runPostgresIngestCommand(
  url: string,
  inputs: string[],
  options: IngestCommandOptions,
): Promise<number> {
  const database = await openPostgres(url);
  try {
    return await runIngestCommand(database, inputs, options);
  } finally {
    await database.close();
  }
}

function ingestFiles(
  database: Parameters<typeof ingestPaths>[0],
  paths: string[],
  options: IngestCommandOptions,
  bar: ReturnType<typeof progressBar>,
): Promise<IngestReport> {
  return ingestPaths(database, paths, {
    dryRun: options.dryRun,
    onProgress: (p) => bar.update(p),
    // Only --json prints the article lines kept in the report; the table and --jsonl need counts alone.
    keepArticles: options.json,
    onArticle: options.jsonl ? (article) => process.stdout.write(`${JSON.stringify(article)}\n`) : undefined,
  });
}

function printed(report: IngestReport, options: IngestCommandOptions): number {
  if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else if (options.jsonl) process.stdout.write(`${summaryLine(report)}\n`);
  else printReport(report, { dryRun: options.dryRun, out: process.stdout });
  return failedCount(report) > 0 ? 1 : 0;
}
