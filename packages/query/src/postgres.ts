/**
 * @chancery/query/postgres: the reads on PostgreSQL (issue 17) — every synchronous read through `openPostgresReads`
 * (its SQL rewritten by dialect.ts), search and the read-only SQL console in their own PostgreSQL forms — apart
 * from the main surface, so SQLite users never load the PostgreSQL driver.
 */

export { searchPagesPostgres } from "./export/postgres-search-pages.js";
export { differences, toPostgres } from "./postgres/dialect.js";
export { openPostgresReads } from "./postgres/reads.js";
export { PostgresReadError, SyncPostgres } from "./postgres/sync-client.js";
export { searchPostgres, toTsQuery } from "./search/postgres-search.js";
export { consoleUrl, runReadOnlyPostgresSql } from "./sql/postgres.js";
