import { getTableColumns, is, SQL, StringChunk } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  customType,
  doublePrecision,
  type ExtraConfigColumn,
  foreignKey,
  index,
  type PgColumnBuilderBase,
  type PgTable,
  type PgTableWithColumns,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { getTableConfig, SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";

/*
 * The schema is described once, with drizzle's SQLite builders (src/schema), and the PostgreSQL tables are derived
 * from that description here, column by column: a column cannot exist in one dialect and be missing in the other,
 * and drizzle-kit generates each dialect's migrations from its own tables. What is not a table column (SQLite's FTS5
 * tables and the triggers that keep totals, PostgreSQL's tsvector and GIN index) is each dialect's own machinery.
 *
 * Types: SQLite integers are 64-bit, so every integer becomes `bigint` (read as a JS number, as better-sqlite3 does);
 * an integer primary key becomes an identity column; blobs become `bytea`; reals `double precision`; text stays text,
 * with the same enum for the type.
 */

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

function deriveColumn(column: SQLiteColumn): PgColumnBuilderBase {
  const name = column.name;
  let builder: ReturnType<typeof text> | ReturnType<typeof bigint> | ReturnType<typeof doublePrecision>;
  switch (column.columnType) {
    case "SQLiteInteger": {
      const integer = bigint(name, { mode: "number" });
      // SQLite numbers an integer primary key when none is given (with or without AUTOINCREMENT): an identity here.
      builder = column.primary ? integer.generatedByDefaultAsIdentity() : integer;
      break;
    }
    case "SQLiteText":
      builder = column.enumValues?.length
        ? text(name, { enum: column.enumValues as [string, ...string[]] })
        : text(name);
      break;
    case "SQLiteReal":
      builder = doublePrecision(name);
      break;
    case "SQLiteBlobBuffer":
      return finish(bytea(name), column);
    default:
      throw new Error(
        `derive PostgreSQL schema: column ${name} has SQLite type ${column.columnType}, which has no mapping yet`,
      );
  }
  return finish(builder, column);
}

// The constraints every builder shares, copied from the SQLite column.
function finish<B extends { notNull(): unknown; primaryKey(): unknown; default(value: unknown): unknown }>(
  builder: B,
  column: SQLiteColumn,
): PgColumnBuilderBase {
  let b = builder as unknown as {
    notNull(): typeof b;
    primaryKey(): typeof b;
    default(value: unknown): typeof b;
    unique(name?: string): typeof b;
  };
  if (column.primary) b = b.primaryKey();
  else if (column.notNull) b = b.notNull();
  if (column.hasDefault && column.default !== undefined) b = b.default(column.default);
  if (column.isUnique) b = b.unique(column.uniqueName);
  return b as unknown as PgColumnBuilderBase;
}

/** The SQLite tables of a schema module, in an order where every table comes after the tables it references. */
export function inReferenceOrder(tables: SQLiteTable[]): SQLiteTable[] {
  const ordered: SQLiteTable[] = [];
  const placed = new Set<SQLiteTable>();
  const visit = (table: SQLiteTable, path: Set<SQLiteTable>) => {
    if (placed.has(table)) return;
    if (path.has(table)) throw new Error(`derive PostgreSQL schema: tables reference each other in a cycle`);
    path.add(table);
    for (const fk of getTableConfig(table).foreignKeys) {
      const target = fk.reference().foreignTable;
      if (target !== table) visit(target, path);
    }
    path.delete(table);
    placed.add(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

// biome-ignore lint/suspicious/noExplicitAny: columns are typed per dialect later; here a table is any table of pg.
type DerivedTable = PgTableWithColumns<any>;

/** The export names of a schema module's SQLite tables, each given a derived PostgreSQL table. */
export type DerivedTables<S> = { [K in keyof S as S[K] extends SQLiteTable ? K : never]: DerivedTable };

/**
 * PostgreSQL tables derived from every SQLite table exported by `schema`, keyed by the same export names, with the
 * same SQL names, columns, keys, indexes and foreign keys.
 */
export function derivePostgresTables<S extends Record<string, unknown>>(schema: S): DerivedTables<S> {
  const sqliteTables = Object.entries(schema).filter((entry): entry is [string, SQLiteTable] =>
    is(entry[1], SQLiteTable),
  );
  const exportName = new Map(sqliteTables.map(([name, table]) => [table, name]));
  const derived = new Map<SQLiteTable, PgTable>();
  for (const table of inReferenceOrder(sqliteTables.map(([, table]) => table))) {
    const config = getTableConfig(table);
    const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
    const keyOf = new Map(Object.entries(columns).map(([key, column]) => [column.name, key]));
    const builders = Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, deriveColumn(column)]));
    const pg = pgTable(config.name, builders, (t) => {
      const cols = t as unknown as Record<string, AnyPgColumn>;
      const own = (column: SQLiteColumn): AnyPgColumn => {
        const key = keyOf.get(column.name);
        const pgColumn = key === undefined ? undefined : cols[key];
        if (!pgColumn) throw new Error(`derive PostgreSQL schema: ${config.name}.${column.name} has no counterpart`);
        return pgColumn;
      };
      // An index column is a column, or a column with its order written as SQL (`${t.count} DESC`).
      const indexColumn = (column: SQLiteColumn | SQL) => {
        if (!is(column, SQL)) return own(column);
        const chunks = column.queryChunks.filter(
          (chunk) => !(is(chunk, StringChunk) && chunk.value.join("").trim() === ""),
        );
        const [target, order] = chunks;
        const direction = is(order, StringChunk) ? order.value.join("").trim().toUpperCase() : "";
        if (chunks.length === 2 && is(target, SQLiteColumn) && (direction === "DESC" || direction === "ASC"))
          return direction === "DESC"
            ? (own(target) as unknown as ExtraConfigColumn).desc()
            : (own(target) as unknown as ExtraConfigColumn).asc();
        throw new Error(`derive PostgreSQL schema: ${config.name} has an expression index`);
      };
      const extras: unknown[] = [];
      for (const pk of config.primaryKeys) {
        extras.push(
          primaryKey({ name: pk.getName(), columns: pk.columns.map(own) as [AnyPgColumn, ...AnyPgColumn[]] }),
        );
      }
      for (const idx of config.indexes) {
        const { name, columns: on, unique, where } = idx.config;
        const [first, ...rest] = on.map(indexColumn) as [AnyPgColumn, ...AnyPgColumn[]];
        const built = (unique ? uniqueIndex(name) : index(name)).on(first, ...rest);
        extras.push(where ? built.where(where) : built);
      }
      for (const fk of config.foreignKeys) {
        const ref = fk.reference();
        const target = ref.foreignTable === table ? undefined : derived.get(ref.foreignTable);
        const targetColumns = getTableColumns(ref.foreignTable) as Record<string, SQLiteColumn>;
        const targetKey = new Map(Object.entries(targetColumns).map(([key, column]) => [column.name, key]));
        const foreign = ref.foreignColumns.map((column) => {
          const key = targetKey.get(column.name) as string;
          const owner = (target ?? cols) as unknown as Record<string, AnyPgColumn>;
          return owner[key] as AnyPgColumn;
        });
        let built = foreignKey({
          name: fk.getName(),
          columns: ref.columns.map(own) as [AnyPgColumn, ...AnyPgColumn[]],
          foreignColumns: foreign as [AnyPgColumn, ...AnyPgColumn[]],
        });
        if (fk.onDelete) built = built.onDelete(fk.onDelete);
        if (fk.onUpdate) built = built.onUpdate(fk.onUpdate);
        extras.push(built);
      }
      return extras as ReturnType<typeof primaryKey>[];
    });
    derived.set(table, pg as unknown as PgTable);
  }
  return Object.fromEntries(
    [...derived].map(([table, pg]) => [exportName.get(table) as string, pg]),
  ) as DerivedTables<S>;
}
