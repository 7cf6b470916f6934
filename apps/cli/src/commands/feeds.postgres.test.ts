import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { postgresSuitesRun, startThrowawayDatabases, type ThrowawayDatabases } from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../../packages/ingest/test/news-server.js";
import { chanceryAsync, pages } from "../testing/run-cli.js";

/*
 * `chancery feeds … --db postgres://…` through the built CLI, beside the same commands on a SQLite file: a feed
 * served on 127.0.0.1 added, polled (its items stored), polled again (not modified), listed and removed, with the
 * same output on both. Spawned asynchronously, so this process's news server can answer the polls.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

serverTests("chancery feeds on PostgreSQL", () => {
  let server: NewsServer;
  let clusters: ThrowawayDatabases;
  let dir: string;

  beforeAll(async () => {
    [server, clusters] = await Promise.all([startNewsServer(pages), startThrowawayDatabases("cli_feeds")]);
    server.items = [
      { id: "1", title: "Indonesia EEZ", page: "html-antara-indonesia-eez.html", published: "2026-11-20T08:00:00Z" },
    ];
    dir = mkdtempSync(join(tmpdir(), "chancery-cli-feeds-pg-"));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    clusters?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("adds, polls, lists and removes a feed as on SQLite", { timeout: 300_000 }, async () => {
    const url = await clusters.fresh();
    const file = join(dir, "feeds.db");
    const runs: Record<string, string[]> = {};
    for (const db of [file, url]) {
      const feeds = (...args: string[]) => chanceryAsync("feeds", ...args, "--db", db);
      const added = await feeds("add", server.url("/atom.xml"), "--interval", "15m");
      expect(added).toMatchObject({ code: 0, stderr: "", stdout: expect.stringContaining("Following feed #1") });
      const again = await feeds("add", server.url("/atom.xml"));
      expect(again.stdout).toContain("Already following feed #1");
      const first = await feeds("poll", "--once", "--json");
      expect(first.code).toBe(0);
      expect(JSON.parse(first.stdout).results).toEqual([
        expect.objectContaining({ feedId: 1, status: "fetched", newItems: 1, stored: 1 }),
      ]);
      const second = await feeds("poll", "--once");
      expect(second.stdout).toContain("not modified");
      const list = await feeds("list");
      expect(list.stdout).toMatch(/ok, every 15 min, 1 items seen/);
      const listed = JSON.parse((await feeds("list", "--json")).stdout) as {
        feeds: Array<Record<string, unknown>>;
      };
      const removed = await feeds("remove", "1");
      const missing = await feeds("remove", "1");
      expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("no feed 1") });
      runs[db === url ? "postgres" : "sqlite"] = [
        first.stdout.replace(/"nextPollAt":"[^"]+"/, ""),
        second.stdout,
        JSON.stringify(
          listed.feeds.map(({ createdAt: _c, nextPollAt: _n, lastPolledAt: _p, lastSuccessAt: _s, ...f }) => f),
        ),
        removed.stdout,
        String(removed.code),
      ];
    }
    expect(runs.postgres).toEqual(runs.sqlite);
  });

  it("says where a folder is watched, not that watching is refused on PostgreSQL", async () => {
    const run = await chanceryAsync("watch", "inbox", "--db", clusters.cluster.url);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "watch": .*chancery ingest --watch FOLDER/);
    expect(run.stderr).not.toMatch(/SQLite only/);
  });
});
