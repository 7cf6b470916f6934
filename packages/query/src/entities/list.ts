import { type ChanceryDatabase, entityTypes } from "@chancery/db";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { parseInput } from "../errors.js";
import { Cursor, Limit } from "../inputs.js";
import { prepared } from "../statements.js";
import { EntitySummary, entitySummaryColumns } from "./summary.js";

export const entitySorts = ["mentions", "articles", "name"] as const;

export const ListEntitiesInput = z.object({
  type: z.enum(entityTypes).optional(),
  sort: z.enum(entitySorts).default("mentions"),
  q: z.string().min(1).max(100).optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ListEntitiesInput = z.input<typeof ListEntitiesInput>;

export const EntityPage = z.object({ items: z.array(EntitySummary), nextCursor: z.string().nullable() });
export type EntityPage = z.infer<typeof EntityPage>;

const Position = z.object({ s: z.enum(entitySorts), v: z.union([z.number(), z.string()]), i: z.number().int() });

const orderings = {
  mentions: { column: "e.mention_count", field: "mentionCount", direction: "DESC" },
  articles: { column: "e.article_count", field: "articleCount", direction: "DESC" },
  name: { column: "e.name", field: "name", direction: "ASC" },
} as const;

/**
 * People, countries, organisations and domestic bodies with their counts, most mentioned first by default.
 * `q` matches the start of the name or the diacritics-folded key (`to lam` finds `Tô Lâm`).
 */
export function listEntities(database: ChanceryDatabase, input: ListEntitiesInput = {}): EntityPage {
  const options = parseInput(ListEntitiesInput, input);
  const order = orderings[options.sort];
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (options.type) {
    where.push("e.type = @type");
    params.type = options.type;
  }
  if (options.q) {
    where.push("(e.name LIKE @q ESCAPE '\\' OR e.key LIKE @q ESCAPE '\\' OR e.acronym = @acronym)");
    params.q = `${options.q
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[\\%_]/g, "\\$&")}%`;
    params.acronym = options.q;
  }
  if (options.cursor !== undefined) {
    const position = decodeCursor(Position, options.cursor);
    if (position.s !== options.sort || typeof position.v !== (options.sort === "name" ? "string" : "number")) {
      decodeCursor(z.never(), options.cursor);
    }
    const comparison = order.direction === "DESC" ? "<" : ">";
    where.push(
      `(${order.column} ${comparison} @cursorValue OR (${order.column} = @cursorValue AND e.id ${comparison} @cursorId))`,
    );
    params.cursorValue = position.v;
    params.cursorId = position.i;
  }
  const sql = `SELECT ${entitySummaryColumns} FROM entities e ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY ${order.column} ${order.direction}, e.id ${order.direction} LIMIT ${options.limit + 1}`;
  const rows = prepared(database.sqlite, sql).all(params) as EntitySummary[];
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > options.limit && last ? encodeCursor({ s: options.sort, v: last[order.field], i: last.id }) : null;
  return { items, nextCursor };
}
