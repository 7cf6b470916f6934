import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

type Answer = { id: number } & (
  | { ok: true; rows: Record<string, unknown>[] }
  | { ok: false; message: string; code?: string }
);

/** The thread's script: beside this file once built; from TypeScript sources (vitest), the built one. */
function threadScript(): URL {
  const here = new URL("./sync-client-thread.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL("../../dist/postgres/sync-client-thread.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`${fileURLToPath(built)} is missing: build first (npx turbo run build --filter=@chancery/query)`);
}

/** A PostgreSQL error as the reads see it, with its SQLSTATE code. */
export class PostgresReadError extends Error {
  override name = "PostgresReadError";
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * A synchronous PostgreSQL client, so the synchronous reads of `@chancery/query` run on PostgreSQL unchanged: each
 * query goes to a thread holding a `pg` client, and the caller blocks on Atomics.wait until the answer is posted
 * back. Meant for threads whose job is to wait for reads (the API's read workers), as better-sqlite3 blocks too.
 */
export class SyncPostgres {
  private readonly worker: Worker;
  private readonly port: MessageChannel["port1"];
  /** Counts the answers posted: the caller waits for it to move. */
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private nextId = 0;

  constructor(
    url: string,
    private readonly timeoutMs = 60_000,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(threadScript(), {
      workerData: { url, port: port2, flag: this.signal.buffer },
      transferList: [port2],
      execArgv: [],
    });
    this.worker.unref();
  }

  /** Runs one statement and returns its rows; a PostgreSQL error is thrown with its code. */
  query(text: string, values: unknown[]): Record<string, unknown>[] {
    const id = this.nextId++;
    this.port.postMessage({ id, text, values });
    const until = Date.now() + this.timeoutMs;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const answer = receiveMessageOnPort(this.port)?.message as Answer | undefined;
      // An answer to an earlier query that timed out is dropped.
      if (answer && answer.id !== id) continue;
      if (answer) {
        if (!answer.ok) throw new PostgresReadError(answer.message, answer.code);
        return answer.rows;
      }
      const left = until - Date.now();
      if (left <= 0 || Atomics.wait(this.signal, 0, seen, left) === "timed-out")
        throw new PostgresReadError(`PostgreSQL did not answer within ${this.timeoutMs} ms`, undefined);
    }
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
