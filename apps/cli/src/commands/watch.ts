import { resolve } from "node:path";
import type { ChanceryDatabase } from "@chancery/db";
import type { PostgresDatabase } from "@chancery/db/postgres";
import { ingestPaths } from "@chancery/ingest";
import { watch } from "chokidar";
import { summaryLine } from "./ingest-summary.js";

/**
 * Ingests files as they appear or change until the process is stopped. chokidar's `awaitWriteFinish` waits until a
 * file's size stops changing, so a file still being written is never read half-done.
 */
export function watchFolders(
  database: ChanceryDatabase | PostgresDatabase,
  folders: string[],
  options: { json: boolean; jsonl: boolean },
): Promise<number> {
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const queue: string[] = [];
  let running = false;
  const drain = async () => {
    if (running) return;
    running = true;
    while (queue.length > 0) {
      const batch = [...new Set(queue.splice(0))];
      // Each article is logged as it lands; the report keeps its lines only for --json, and then only for a small
      // batch, so a huge bulk file dropped into the folder does not grow the process.
      const report = await ingestPaths(database, batch, {
        keepArticles: options.json,
        onArticle: (article) => {
          log(`${article.status}: ${article.file} (id ${article.id})`);
          if (options.jsonl) process.stdout.write(`${JSON.stringify(article)}\n`);
        },
      });
      for (const failure of report.failed) log(`failed: ${failure.file}: ${failure.error}`);
      if (report.failedOmitted) log(`… and ${report.failedOmitted} more failures`);
      if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      if (options.jsonl) process.stdout.write(`${summaryLine(report)}\n`);
    }
    running = false;
  };
  const watcher = watch(
    folders.map((f) => resolve(f)),
    {
      ignoreInitial: false,
      ignored: (path) => /(^|[/\\])\../.test(path) || path.includes("node_modules"),
      awaitWriteFinish: { stabilityThreshold: 500, pollInterval: 100 },
    },
  );
  const enqueue = (path: string) => {
    queue.push(path);
    void drain();
  };
  watcher.on("add", enqueue).on("change", enqueue);
  watcher.on("error", (error) => log(`watch error: ${error instanceof Error ? error.message : String(error)}`));
  watcher.on("ready", () => log(`Watching ${folders.join(", ")} for new articles. Stop with Ctrl+C.`));
  return new Promise((done) => {
    const stop = () => {
      void watcher.close().then(() => done(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
