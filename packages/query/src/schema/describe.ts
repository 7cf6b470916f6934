import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
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

/** Tables, columns, types, row counts and a one-line description of each, so SQL can be written without the code. */
export function describeSchema(database: ChanceryDatabase): SchemaDescription {
  const { sqlite } = database;
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
  )
    .map((row) => row.name)
    .filter((name) => !hidden.test(name));
  return {
    tables: tables.map((name) => {
      const described = descriptions[name];
      const columns = sqlite
        .prepare('SELECT name, type, "notnull" AS required, pk FROM pragma_table_info(?)')
        .all(name) as Array<{
        name: string;
        type: string;
        required: number;
        pk: number;
      }>;
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const rowCount = (sqlite.prepare(`SELECT count(*) AS n FROM ${quoted}`).get() as { n: number }).n;
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
