/**
 * @chancery/db/postgres: the PostgreSQL tables derived from the one schema, their migrations, how to open a
 * PostgreSQL database, and a throwaway cluster for tests. First step of the PostgreSQL backend: nothing else in
 * Chancery reads or writes through it yet (see docs/ARCHITECTURE.md).
 */

export {
  CopyRefusedError,
  copyPostgresToSqlite,
  copySqliteToPostgres,
  type TableCopied,
  type TableVerified,
  verifyCopy,
} from "../store/postgres-copy.js";
export { postgresBinaries, postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
export { openPostgres, type PostgresDatabase, type PostgresDb } from "./open.js";
export * from "./tables.js";
