import type { ChanceryDatabase } from "@chancery/db";
import { SingleBar } from "cli-progress";
import { type IngestProgress, ingestPaths } from "../pipeline/ingest.js";
import type { IngestReport } from "../pipeline/report.js";
import { printReport } from "./ingest-summary.js";
import { watchFolders } from "./watch.js";

/** Below this many files a progress bar is more noise than help. */
const PROGRESS_BAR_FROM = 10;

export interface IngestCommandOptions {
  json: boolean;
  dryRun: boolean;
  watch: boolean;
}

function progressBar(): { update(progress: IngestProgress): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  let bar: SingleBar | null = null;
  const started = Date.now();
  return {
    update(progress) {
      if (progress.total < PROGRESS_BAR_FROM) return;
      if (!bar) {
        bar = new SingleBar(
          {
            stream: process.stderr,
            format: "ingest [{bar}] {percentage}% | {value}/{total} files | {rate} articles/s | ETA {eta_formatted}",
            hideCursor: true,
          },
          undefined,
        );
        bar.start(progress.total, 0, { rate: "0" });
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(progress.done, { rate: (progress.articles / seconds).toFixed(0) });
    },
    stop() {
      bar?.stop();
    },
  };
}

export async function runIngestCommand(
  database: ChanceryDatabase,
  inputs: string[],
  options: IngestCommandOptions,
): Promise<number> {
  if (options.watch) {
    if (options.dryRun) throw new Error("--watch and --dry-run cannot be used together");
    return watchFolders(database, inputs, { json: options.json });
  }
  const bar = progressBar();
  let report: IngestReport;
  try {
    report = await ingestPaths(database, inputs, { dryRun: options.dryRun, onProgress: (p) => bar.update(p) });
  } finally {
    bar.stop();
  }
  if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report, { dryRun: options.dryRun, out: process.stdout });
  return report.failed.length > 0 ? 1 : 0;
}
