import { type Column, getTableColumns, type Table } from "drizzle-orm";

/** A property of the table's row type (`publishedAt`), which the row schemas in @chancery/db share. */
export type RowKey<T extends Table> = keyof T["$inferSelect"] & string;

/** One column read through a table alias, e.g. `column("a", articles, "publishedAt")` → `a."published_at"`. */
export function column<T extends Table>(alias: string, table: T, key: RowKey<T>): string {
  const found = (getTableColumns(table) as Record<string, Column | undefined>)[key];
  if (!found) throw new Error(`Table has no column for the row key "${key}".`);
  return `${alias}."${found.name}"`;
}

/**
 * The columns behind `keys`, each named as the row schema names it, so rows come back in the shape that
 * `row.pick(pickMask(keys))` describes: `selectList("a", articles, ["id", "publishedAt"])` →
 * `a."id" AS "id", a."published_at" AS "publishedAt"`.
 */
export function selectList<T extends Table>(alias: string, table: T, keys: readonly RowKey<T>[]): string {
  return keys.map((key) => `${column(alias, table, key)} AS "${key}"`).join(", ");
}

/** The mask zod's `.pick` takes, from the same keys a select list reads: `["id", "title"]` → `{ id: true, title: true }`. */
export function pickMask<K extends string>(keys: readonly K[]): { [P in K]: true } {
  return Object.fromEntries(keys.map((key) => [key, true])) as { [P in K]: true };
}
