import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { isPostgresReads } from "../postgres/backend.js";
import { prepared } from "../statements.js";
import descriptionsJson from "./data/descriptions.json" with { type: "json" };

const Descriptions = z.record(
  z.string(),
  z.object({ description: z.string(), columns: z.record(z.string(), z.string()) }),
);
const descriptions = Descriptions.parse(descriptionsJson);

export const SchemaDescription = z.object({
  tables: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      rowCount: z.number().int(),
      columns: z.array(
        z.object({
          name: z.string(),
          type: z.string(),
          notNull: z.boolean(),
          primaryKey: z.boolean(),
          description: z.string(),
        }),
      ),
    }),
  ),
});
export type SchemaDescription = z.infer<typeof SchemaDescription>;

/** Internal tables a query writer never needs: migrations bookkeeping and the FTS5 shadow tables. */
const hidden = /^(sqlite_|__drizzle|articles_fts_)/;

/** Where each dialect keeps its tables and columns (columns as name, type, required 0/1, pk > 0). */
const catalogs = {
  sqlite: {
    tables: "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
    columns: 'SELECT name, type, "notnull" AS required, pk FROM pragma_table_info(?)',
  },
  postgres: {
    tables:
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY name",
    columns: `SELECT c.column_name AS name, c.data_type AS type, CASE WHEN c.is_nullable = 'NO' THEN 1 ELSE 0 END AS required,
      coalesce((SELECT k.ordinal_position FROM information_schema.table_constraints t
        JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema
        WHERE t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.constraint_type = 'PRIMARY KEY'
        AND k.column_name = c.column_name), 0) AS pk
      FROM information_schema.columns c WHERE c.table_schema = current_schema() AND c.table_name = ? ORDER BY c.ordinal_position`,
  },
};

/**
 * Tables, columns, types, row counts and a one-line description of each, so SQL can be written without the code.
 * The types are the backend's own (on PostgreSQL `bigint`, `text`, `double precision`), as its console needs them.
 */
export function describeSchema(database: ChanceryDatabase): SchemaDescription {
  const catalog = isPostgresReads(database) ? catalogs.postgres : catalogs.sqlite;
  const tables = (prepared(database.sqlite, catalog.tables).all() as Array<{ name: string }>)
    .map((row) => row.name)
    .filter((name) => !hidden.test(name));
  return {
    tables: tables.map((name) => {
      const described = descriptions[name];
      const columns = prepared(database.sqlite, catalog.columns).all(name) as Array<{
        name: string;
        type: string;
        required: number;
        pk: number;
      }>;
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const rowCount = (prepared(database.sqlite, `SELECT count(*) AS n FROM ${quoted}`).get() as { n: number }).n;
      return {
        name,
        description: described?.description ?? "",
        rowCount,
        columns: columns.map((column) => ({
          name: column.name,
          type: column.type || "ANY",
          notNull: column.required === 1,
          primaryKey: column.pk > 0,
          description: described?.columns[column.name] ?? "",
        })),
      };
    }),
  };
}
