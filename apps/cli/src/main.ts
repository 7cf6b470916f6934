#!/usr/bin/env node
import { parseArgs } from "node:util";
import { openDatabase, resolveDatabase } from "@chancery/db";

const usage = `Usage:
  chancery ingest <files, folders or URLs…> [--json | --jsonl] [--dry-run] [--watch] [--db FILE | postgres://…]
  chancery query "SELECT …" [params…] [--json | --csv] [--db FILE | postgres://…] [--timeout MS] [--max-rows N]
  chancery reanalyze [--json] [--all] [--db FILE | postgres://…]
  chancery follow add indicator:<key> | partnership:<CC> | person:<name> | query:"…" | list | remove ID | changes
                 | deliver [--db FILE | postgres://…]
  chancery corrections export [--out FILE] [--db FILE | postgres://…]   (the corrections log as JSON)
  chancery corrections import FILE [--db FILE | postgres://…]
  chancery feeds add URL [--interval 30m] | list | remove ID|URL | poll [--once] [--json] [--db FILE | postgres://…]
  chancery migrate --to postgres://… [--db FILE] [--json] [--sample N]
                                          (copy the SQLite database into PostgreSQL, resumable, then verify)
  chancery migrate --from postgres://… --db NEW_FILE [--json] [--sample N]
                                          (copy a PostgreSQL database back into a new SQLite file, the same way)

ingest --json prints one JSON report: counts, failures and, for a run of at most 1,000 articles, one line per
article; a larger run lists no articles and gives "articlesOmitted" (failures past 1,000 are counted in
"failedOmitted"). ingest --jsonl streams one JSON line per article as it is committed, then a last line
{"summary": {new, alreadyPresent, failed, …}}. Either way memory stays bounded, whatever the input's size.

The database is data/chancery.db at the repository root unless CHANCERY_DB or --db names another. A postgres://
address stores into PostgreSQL, where several ingests may run at once; ingest (files, folders, URLs, --dry-run,
--watch) runs there (and migrate copies to and from it), with corrections export and import, follow, feeds, query and
reanalyze.
query on PostgreSQL logs in as the SELECT-only role chancery_reader (its password, if any, from PGPASSWORD or
~/.pgpass) and takes parameters as $1, $2….
reanalyze redoes only the articles an older analyzer read (--all: every one), each in its own transaction, so a
killed run resumes where it stopped; the same on SQLite and PostgreSQL.`;

const COMMANDS = ["ingest", "query", "reanalyze", "feeds", "corrections", "follow", "migrate"];

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      jsonl: { type: "boolean", default: false },
      csv: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      db: { type: "string" },
      out: { type: "string" },
      timeout: { type: "string" },
      "max-rows": { type: "string" },
      interval: { type: "string" },
      once: { type: "boolean", default: false },
      to: { type: "string" },
      from: { type: "string" },
      sample: { type: "string" },
      all: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || !command || command === "help") {
    process.stdout.write(`${usage}\n`);
    return command ? 0 : 2;
  }
  if (command === "watch")
    throw new UsageError(
      'unknown command "watch": to ingest files as they appear in a folder, run chancery ingest --watch FOLDER',
    );
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`);
  // A postgres:// address is refused, naming the command, by every command that does not run on PostgreSQL yet.
  const location = resolveDatabase(
    values.db,
    `chancery ${command}`,
    ["ingest", "corrections", "query", "reanalyze", "follow", "feeds"].includes(command),
  );
  switch (command) {
    case "ingest": {
      if (positionals.length === 0) throw new UsageError("chancery ingest needs at least one file, folder or URL");
      if (values.json && values.jsonl) throw new UsageError("--json and --jsonl cannot be used together");
      // Each command is loaded when run, so `chancery query` starts without the ingest pipeline.
      if (location.kind === "postgres") {
        const { runPostgresIngestCommand } = await import("./commands/ingest.js");
        return runPostgresIngestCommand(location.url, positionals, {
          json: values.json,
          jsonl: values.jsonl,
          dryRun: values["dry-run"],
          watch: values.watch,
        });
      }
      const { runIngestCommand } = await import("./commands/ingest.js");
      const database = openDatabase({ path: values.db });
      try {
        return await runIngestCommand(database, positionals, {
          json: values.json,
          jsonl: values.jsonl,
          dryRun: values["dry-run"],
          watch: values.watch,
        });
      } finally {
        database.close();
      }
    }
    case "query": {
      const [sql, ...params] = positionals;
      if (!sql)
        throw new UsageError(
          'chancery query needs an SQL statement, e.g. chancery query "SELECT count(*) FROM articles"',
        );
      const { runQueryCommand } = await import("./commands/query.js");
      return runQueryCommand({
        sql,
        params,
        dbPath: values.db,
        postgresUrl: location.kind === "postgres" ? location.url : undefined,
        format: values.csv ? "csv" : values.json ? "json" : "table",
        timeoutMs: values.timeout ? Number(values.timeout) : undefined,
        maxRows: values["max-rows"] ? Number(values["max-rows"]) : undefined,
      });
    }
    case "reanalyze": {
      const { runPostgresReanalyzeCommand, runReanalyzeCommand } = await import("./commands/reanalyze.js");
      if (location.kind === "postgres")
        return runPostgresReanalyzeCommand(location.url, { json: values.json, all: values.all });
      const database = openDatabase({ path: values.db });
      try {
        return runReanalyzeCommand(database, { json: values.json, all: values.all });
      } finally {
        database.close();
      }
    }
    case "feeds": {
      const { runFeedsCommand, runPostgresFeedsCommand } = await import("./commands/feeds.js");
      const feedsOptions = { json: values.json, interval: values.interval, once: values.once };
      if (location.kind === "postgres") return runPostgresFeedsCommand(location.url, positionals, feedsOptions);
      const database = openDatabase({ path: values.db });
      try {
        return await runFeedsCommand(database, positionals, feedsOptions);
      } finally {
        database.close();
      }
    }
    case "corrections": {
      const { runCorrectionsCommand, runPostgresCorrectionsCommand } = await import("./commands/corrections.js");
      const [action, ...files] = positionals;
      if (location.kind === "postgres") return runPostgresCorrectionsCommand(location.url, action, files, values);
      const database = openDatabase({ path: values.db });
      try {
        return await runCorrectionsCommand(database, action, files, { out: values.out });
      } finally {
        database.close();
      }
    }
    case "follow": {
      const { runFollowCommand, runPostgresFollowCommand } = await import("./commands/follow.js");
      if (location.kind === "postgres")
        return runPostgresFollowCommand(location.url, positionals, { json: values.json });
      const database = openDatabase({ path: values.db });
      try {
        return await runFollowCommand(database, positionals, { json: values.json });
      } finally {
        database.close();
      }
    }
    case "migrate": {
      const server = values.to ?? values.from;
      if ((values.to && values.from) || !server || !/^postgres(ql)?:\/\//.test(server))
        throw new UsageError(
          "chancery migrate needs --to postgres://user@host:port/database (or --from postgres://… to copy back)",
        );
      const sample = values.sample ? Number(values.sample) : 50;
      if (!Number.isInteger(sample) || sample < 0) throw new UsageError("--sample must be a whole number of rows");
      const { runMigrateCommand } = await import("./commands/migrate.js");
      const database = openDatabase({ path: values.db });
      try {
        return await runMigrateCommand(database, values.to ? { to: values.to } : { from: server }, {
          json: values.json,
          sample,
        });
      } finally {
        database.close();
      }
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`chancery: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write(`${usage}\n`);
    process.exitCode = 2;
  },
);
