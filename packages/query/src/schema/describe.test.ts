import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { describeSchema, SchemaDescription } from "./describe.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());

describe("describeSchema", () => {
  it("lists tables with columns, types and row counts, hiding internal tables", () => {
    const schema = SchemaDescription.parse(describeSchema(database));
    const names = schema.tables.map((t) => t.name);
    expect(names).toContain("articles");
    expect(names).toContain("articles_fts");
    expect(names.some((n) => n.startsWith("__drizzle") || n.startsWith("articles_fts_"))).toBe(false);
    const articles = schema.tables.find((t) => t.name === "articles");
    expect(articles?.rowCount).toBe(5);
    expect(articles?.columns.find((c) => c.name === "id")).toMatchObject({
      type: "INTEGER",
      primaryKey: true,
      notNull: true,
    });
  });

  it("fails when a table or column has no description", () => {
    const undocumented = describeSchema(database).tables.flatMap((table) => [
      ...(table.description ? [] : [table.name]),
      ...table.columns.filter((column) => !column.description).map((column) => `${table.name}.${column.name}`),
    ]);
    expect(undocumented).toEqual([]);
  });
});
