/**
 * @chancery/db/postgres: the PostgreSQL tables derived from the one schema, their migrations, how to open a
 * PostgreSQL database, and a throwaway cluster for tests. The ingest writes through
 * `postgresWriterFor`; the API reads through `@chancery/query/postgres` (see docs/SCALING.md).
 */

export {
  CopyRefusedError,
  copyPostgresToSqlite,
  copySqliteToPostgres,
  type TableCopied,
  type TableVerified,
  verifyCopy,
} from "../store/postgres-copy.js";
export { PostgresFeeds } from "../store/postgres-feeds.js";
export { PostgresWatch, tsQueryOfMatch } from "../store/postgres-watch.js";
export { type PostgresReader, PostgresWriter, postgresWriterFor } from "../store/postgres-writer.js";
export {
  postgresBinaries,
  postgresSuitesRun,
  startThrowawayCluster,
  startThrowawayDatabases,
  type ThrowawayCluster,
  type ThrowawayDatabases,
} from "./cluster.js";
export { connectPostgres, openPostgres, type PostgresDatabase, type PostgresDb } from "./open.js";
export * from "./tables.js";
