import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SourceDocument } from "../read/document.js";
import { type PreparedArticle, prepareArticle } from "./prepare.js";

type Outcome = { prepared: PreparedArticle } | { error: string };

/**
 * The analysis worker's young generation, in MB (V8 grows it up to 48 under steady allocation and keeps it). The
 * analysis allocates many short-lived strings and arrays per article; 12 MB took ~35 MB off the worker's heap in a
 * 30,000-article ingest, for 0-8 % more CPU in paired runs, inside this machine's noise (bench/notes/ingest.md).
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/**
 * Prepares articles on worker threads while the caller's thread reads files and commits, which is how one ingest
 * uses both cores. Falls back to the calling thread when workers cannot run (from TypeScript sources under vitest).
 */
export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, (outcome: Outcome) => void>();
  private nextId = 0;
  private turn = 0;

  constructor(size = Math.max(1, availableParallelism() - 1)) {
    const script = new URL("./prepare-worker.js", import.meta.url);
    if (!import.meta.url.endsWith(".js")) return;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.on("message", (message: { id: number } & Outcome) => {
        const resolve = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        resolve?.(message);
      });
      worker.on("error", (error) => {
        for (const resolve of this.waiting.values()) resolve({ error: `analysis worker failed: ${error.message}` });
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  prepare(document: SourceDocument): Promise<Outcome> {
    const worker = this.workers[this.turn++ % Math.max(1, this.workers.length)];
    if (!worker) {
      try {
        return Promise.resolve({ prepared: prepareArticle(document) });
      } catch (error) {
        return Promise.resolve({ error: error instanceof Error ? error.message : String(error) });
      }
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, document });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
