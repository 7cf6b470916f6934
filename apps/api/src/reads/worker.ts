import { parentPort, workerData } from "node:worker_threads";
import { openReadOnlyDatabase } from "@chancery/db";
import { QueryError } from "@chancery/query";
import { type ReaderName, type ReadOutcome, readers } from "./readers.js";

/** One read worker: its own read-only connection, so its statement cache and memoised aggregates are its own. */
const database = openReadOnlyDatabase({ path: (workerData as { dbPath: string }).dbPath });

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

parentPort?.on("message", (message: { id: number; name: ReaderName; input: unknown }) => {
  let outcome: ReadOutcome;
  try {
    const read = readers[message.name] as (db: typeof database, input: unknown) => unknown;
    outcome = { ok: true, json: toJson(read(database, message.input)) };
  } catch (error) {
    outcome =
      error instanceof QueryError
        ? { ok: false, error: { name: error.name, message: error.message, code: error.code, details: error.details } }
        : { ok: false, error: { name: "Error", message: error instanceof Error ? error.message : String(error) } };
  }
  parentPort?.postMessage({ id: message.id, outcome });
});
