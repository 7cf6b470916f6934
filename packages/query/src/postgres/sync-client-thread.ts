import { type MessagePort, workerData } from "node:worker_threads";
import pg from "pg";

/*
 * The thread behind `SyncPostgres`: one `pg` client, queries in order. Each answer is posted on the port before the
 * shared counter moves, so the caller, woken from Atomics.wait, finds it there.
 */
const { url, port, flag } = workerData as { url: string; port: MessagePort; flag: SharedArrayBuffer };
const signal = new Int32Array(flag);

// Numbers as better-sqlite3 gives them: 64-bit integers (counts, ids) and numerics (sums, averages) as JS numbers.
const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as "text"),
};
// Named, so an operator (and the replica test) can tell the API's read connections apart in pg_stat_activity.
const client = new pg.Client({ connectionString: url, types, application_name: "chancery reads" });
const connected = client.connect();

port.on("message", async (message: { id: number; text: string; values: unknown[] }) => {
  try {
    await connected;
    const result = await client.query({ text: message.text, values: message.values });
    port.postMessage({ id: message.id, ok: true, rows: result.rows });
  } catch (error) {
    const { message: text, code } = error as { message: string; code?: string };
    port.postMessage({ id: message.id, ok: false, message: text, code });
  }
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
