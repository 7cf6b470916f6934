import type { ChanceryDatabase } from "@chancery/db";
import type Database from "better-sqlite3";
import { markPostgresReads } from "./backend.js";
import { resultKeys, toPostgres } from "./dialect.js";
import { SyncPostgres } from "./sync-client.js";

function isNamed(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/** One read statement, prepared once (`prepared()` keeps it), answering as better-sqlite3's statement does. */
class PostgresStatement {
  private readonly text: string;
  private readonly params: Array<number | string>;
  private readonly keys: Map<string, string>;
  private plucked = false;

  constructor(
    private readonly client: SyncPostgres,
    sql: string,
  ) {
    ({ text: this.text, params: this.params } = toPostgres(sql));
    this.keys = resultKeys(sql);
  }

  pluck(on = true): this {
    this.plucked = on;
    return this;
  }

  all(...args: unknown[]): unknown[] {
    const named = isNamed(args.at(-1)) ? (args.pop() as Record<string, unknown>) : {};
    const positional = args.flat();
    const values = this.params.map((p) => (typeof p === "number" ? positional[p] : named[p]) ?? null);
    const rows = this.client.query(this.text, values);
    if (this.plucked) return rows.map((row) => Object.values(row)[0]);
    if (this.keys.size === 0) return rows;
    return rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) out[this.keys.get(key) ?? key] = value;
      return out;
    });
  }

  get(...args: unknown[]): unknown {
    return this.all(...args)[0];
  }

  iterate(...args: unknown[]): IterableIterator<unknown> {
    return this.all(...args)[Symbol.iterator]();
  }

  run(): never {
    throw new Error("The PostgreSQL reads do not write: writes go through the ingest's PostgreSQL writer.");
  }
}

/**
 * A PostgreSQL database (a primary or a streaming replica) opened for the synchronous reads of `@chancery/query`:
 * `sqlite` answers `prepare(sql)` with statements whose SQL is rewritten by `toPostgres` (dialect.ts) and run through
 * `SyncPostgres`, so every read keeps one description of its query. The session is read-only.
 * @example const database = openPostgresReads("postgres://replica/chancery"); overviewMetrics(database);
 */
export function openPostgresReads(url: string): ChanceryDatabase {
  const client = new SyncPostgres(url);
  client.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", []);
  const facade = {
    prepare: (sql: string) => new PostgresStatement(client, sql),
    close: () => client.close(),
  };
  const database: ChanceryDatabase = {
    sqlite: facade as unknown as Database.Database,
    get db(): never {
      throw new Error("The PostgreSQL reads have no drizzle SQLite handle: read through @chancery/query.");
    },
    path: url,
    close: () => client.close(),
  };
  markPostgresReads(database);
  return database;
}
