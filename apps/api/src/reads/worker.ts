import { parentPort, workerData } from "node:worker_threads";
import { type ChanceryDatabase, openReadOnlyDatabase } from "@chancery/db";
import { QueryError } from "@chancery/query";
import { postgresReaders } from "./postgres-readers.js";
import { type ReaderName, type Readers, type ReadOutcome, readers as sqliteReaders } from "./readers.js";

/**
 * One read worker: its own read-only connection (a SQLite file, or a PostgreSQL database through the synchronous
 * bridge), so its statement cache and memoised aggregates are its own.
 */
const data = workerData as { dbPath: string; postgresUrl?: string };
const { database, readers }: { database: ChanceryDatabase; readers: Readers } = data.postgresUrl
  ? await postgresReaders(data.postgresUrl)
  : { database: openReadOnlyDatabase({ path: data.dbPath }), readers: sqliteReaders };

/** Memoised aggregates come back as the same object until the data change, so their JSON is written once. */
const texts = new WeakMap<object, string>();

function toJson(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

parentPort?.on("message", async (message: { id: number; name: ReaderName; input: unknown }) => {
  let outcome: ReadOutcome;
  try {
    const read = readers[message.name] as (db: typeof database, input: unknown) => unknown;
    outcome = { ok: true, json: toJson(await read(database, message.input)) };
  } catch (error) {
    outcome =
      error instanceof QueryError
        ? { ok: false, error: { name: error.name, message: error.message, code: error.code, details: error.details } }
        : { ok: false, error: { name: "Error", message: error instanceof Error ? error.message : String(error) } };
  }
  parentPort?.postMessage({ id: message.id, outcome });
});
