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
    // On a loaded machine the first answers (the thread starting, the connection opening) can take longer than the
    // short limit this test needs: ask until the client answers at all, so the checks below time PostgreSQL alone.
    const untilAnswered = (text: string) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return client.query(text, []);
        } catch (error) {
          if (attempt >= 50 || !/did not answer within/.test(String(error))) throw error;
        }
      }
    };
    try {
      untilAnswered("SELECT 1");
      let missing: unknown;
      try {
        client.query("SELECT * FROM no_such_table", []);
      } catch (error) {
        missing = error;
      }
      expect(missing).toBeInstanceOf(PostgresReadError);
      expect(missing).toMatchObject({ code: "42P01", message: expect.stringMatching(/no_such_table/) });
      expect(() => client.query("SELECT pg_sleep(0.5)", [])).toThrow(/did not answer within 300 ms/);
      // Answers to the slow query (and to any attempt that timed out) come late: each is dropped, never taken for a
      // later query's.
      expect(untilAnswered("SELECT 'after' AS x")).toEqual([{ x: "after" }]);
    } finally {
      client.close();
    }
  });
});
