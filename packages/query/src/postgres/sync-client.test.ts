import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresReadError, SyncPostgres } from "./sync-client.js";

const serverTests = postgresSuitesRun() ? describe : describe.skip;

serverTests("the synchronous PostgreSQL client", () => {
  let cluster: ThrowawayCluster;
  beforeAll(async () => {
    cluster = await startThrowawayCluster();
  }, 120_000);
  afterAll(() => cluster?.stop());

  it("answers a query without returning to the event loop, with 64-bit counts as numbers", () => {
    const client = new SyncPostgres(cluster.url);
    try {
      expect(client.query("SELECT count(*) AS n, $1::text AS said FROM generate_series(1, 3)", ["hi"])).toEqual([
        { n: 3, said: "hi" },
      ]);
    } finally {
      client.close();
    }
  });

  it("throws PostgreSQL's error with its code, and gives up on a query past its time, answering the next", () => {
    const client = new SyncPostgres(cluster.url, 300);
    try {
      expect(() => client.query("SELECT * FROM no_such_table", [])).toThrow(PostgresReadError);
      expect(() => client.query("SELECT pg_sleep(0.5)", [])).toThrow(/did not answer within 300 ms/);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
      // The late answer to the slow query has come by now: it is dropped, not taken for this one's.
      expect(client.query("SELECT 'after' AS x", [])).toEqual([{ x: "after" }]);
    } finally {
      client.close();
    }
  });
});
