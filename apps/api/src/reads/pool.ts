import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ChanceryDatabase } from "@chancery/db";
import { QueryError, type QueryErrorCode } from "@chancery/query";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { AnswerCache, databaseVersion, postgresVersion } from "./answer-cache.js";
import {
  type ReaderInput,
  type ReaderName,
  type ReaderOutput,
  type Readers,
  type ReadOutcome,
  readers,
} from "./readers.js";

/** Reads whose answer is not a function of the data alone (the export is stamped with the time it was made). */
const uncached: ReadonlySet<ReaderName> = new Set<ReaderName>(["exportCorrections"]);

export interface ReadPoolOptions {
  /** Worker threads; default the machine's parallelism, at least two. */
  size?: number;
  /**
   * Read from PostgreSQL (issue 17): each worker opens this address through the synchronous bridge, `readers` (from
   * `postgresReaders`) answer on the calling thread when workers cannot load, and answers are kept until the
   * writer's change stamp moves (`postgresVersion`), read through `database`, the bridge opened on this address.
   */
  postgres?: { url: string; readers: Readers };
}

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Runs the API's reads on worker threads, each with its own read-only connection, so one slow search does not
 * queue every other request behind the server's thread; uploads keep the main thread's writer connection.
 * Hand-written over worker_threads (no pool library is installed): a request goes to the least busy worker.
 * From TypeScript sources (vitest) workers cannot load, and reads run on the given connection instead.
 */
export class ReadPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { slot: Slot; resolve: (outcome: ReadOutcome) => void }>();
  private nextId = 0;
  private closing = false;
  private readonly answers: AnswerCache;
  private readonly readers: Readers;

  constructor(
    private readonly database: ChanceryDatabase,
    private readonly options: ReadPoolOptions = {},
  ) {
    const size = options.size ?? Math.max(2, availableParallelism());
    this.readers = options.postgres?.readers ?? readers;
    this.answers = new AnswerCache(options.postgres ? postgresVersion(database) : databaseVersion(database));
    const script = new URL("./worker.js", import.meta.url);
    if (!import.meta.url.endsWith(".js")) return;
    for (let i = 0; i < size; i++) this.slots.push(this.start(script));
  }

  /** How many worker threads serve reads (0 when reads run on the calling thread). */
  get size(): number {
    return this.slots.length;
  }

  private start(script: URL): Slot {
    // No inherited flags: a test runner's `--conditions` would point the built worker at TypeScript sources.
    const workerData = { dbPath: this.database.path, postgresUrl: this.options.postgres?.url };
    const worker = new Worker(script, { workerData, execArgv: [] });
    const slot: Slot = { worker, busy: 0 };
    worker.on("message", (message: { id: number; outcome: ReadOutcome }) => {
      const entry = this.waiting.get(message.id);
      if (!entry) return;
      this.waiting.delete(message.id);
      slot.busy--;
      entry.resolve(message.outcome);
    });
    let failure = "read worker stopped";
    worker.on("error", (error) => {
      failure = `read worker failed: ${error.message}`;
    });
    // A dead worker fails its waiting reads and is replaced, so no request waits on it forever.
    worker.on("exit", () => {
      for (const [id, entry] of this.waiting) {
        if (entry.slot !== slot) continue;
        this.waiting.delete(id);
        entry.resolve({ ok: false, error: { name: "Error", message: failure } });
      }
      const index = this.slots.indexOf(slot);
      if (index >= 0 && !this.closing) this.slots[index] = this.start(script);
    });
    // A server keeps the process alive; an app built and dropped by a script should not.
    worker.unref();
    return slot;
  }

  /**
   * Runs one `@chancery/query` read by name and answers its result as JSON text; a QueryError thrown in the
   * worker is thrown here with its code. Answers are kept until the database version moves (`AnswerCache`).
   */
  async json<K extends ReaderName>(name: K, input: ReaderInput<K>): Promise<string> {
    if (uncached.has(name)) return this.run(name, input);
    return this.answers.get(`${name}\u0000${JSON.stringify(input ?? null)}`, () => this.run(name, input));
  }

  private async run<K extends ReaderName>(name: K, input: ReaderInput<K>): Promise<string> {
    let slot: Slot | undefined;
    for (const candidate of this.slots) if (!slot || candidate.busy < slot.busy) slot = candidate;
    if (!slot)
      return JSON.stringify(
        await (this.readers[name] as (db: ChanceryDatabase, input: unknown) => unknown)(this.database, input),
      );
    const id = this.nextId++;
    const chosen = slot;
    chosen.busy++;
    const outcome = await new Promise<ReadOutcome>((resolve) => {
      this.waiting.set(id, { slot: chosen, resolve });
      chosen.worker.postMessage({ id, name, input });
    });
    if (outcome.ok) return outcome.json;
    const { error } = outcome;
    if (error.name === "QueryError" && error.code) {
      throw new QueryError(error.code as QueryErrorCode, error.message, error.details);
    }
    throw new Error(error.message);
  }

  /** The read as a typed JSON response for a route, so the typed client still sees the result's type. */
  async respond<K extends ReaderName>(c: Context, name: K, input: ReaderInput<K>) {
    const text = await this.json(name, input);
    return c.body(text, 200, { "Content-Type": "application/json" }) as unknown as Response &
      TypedResponse<JSONParsed<ReaderOutput<K>>, 200, "json">;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }
}
