/**
 * @chancery/query/postgres: the reads that already have their PostgreSQL form (issue 17) — search and the read-only
 * SQL console — apart from the main surface, so SQLite users never load the PostgreSQL driver.
 */
export { searchPostgres, toTsQuery } from "./search/postgres-search.js";
export { runReadOnlyPostgresSql } from "./sql/postgres.js";
