import {
  type ChanceryDatabase,
  CorrectionInput,
  correctionKinds,
  describeCorrection,
  LoggedCorrection,
} from "@chancery/db";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { parseInput } from "../errors.js";
import { Cursor, Flag, Limit } from "../inputs.js";
import { prepared } from "../statements.js";

export const ListCorrectionsInput = z.object({
  kind: z.enum(correctionKinds).optional(),
  author: z.string().min(1).max(100).optional(),
  /** true: only entries that no longer match anything; false: only those that do (or are undos, undone). */
  stale: Flag.optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ListCorrectionsInput = z.input<typeof ListCorrectionsInput>;

export const CorrectionListItem = LoggedCorrection.extend({
  undoes: z.number().int().nullable(),
  /** The undo entry that took this one back, if any. */
  undoneBy: z.number().int().nullable(),
  /** Not an undo and not undone: it applies to every article it matches. */
  active: z.boolean(),
  /** Active but matching nothing stored: its finding or entity has gone (after reanalysis, or never ingested here). */
  stale: z.boolean(),
  /** How many stored articles it changes. */
  articles: z.number().int(),
  /** The entry in words, e.g. `merging person "kishida fumio" into "fumio kishida"`. */
  summary: z.string(),
});
export type CorrectionListItem = z.infer<typeof CorrectionListItem>;

export const CorrectionPage = z.object({
  items: z.array(CorrectionListItem),
  nextCursor: z.string().nullable(),
  /** Active entries that match nothing, across the whole log. */
  staleCount: z.number().int(),
});
export type CorrectionPage = z.infer<typeof CorrectionPage>;

const Position = z.object({ i: z.number().int() });

const undoneBy = "(SELECT u.id FROM corrections u WHERE u.undoes = c.id)";
const hits = "(SELECT count(*) FROM correction_hits h WHERE h.correction_id = c.id)";
const staleWhere = `c.kind <> 'undo' AND ${undoneBy} IS NULL AND NOT EXISTS (SELECT 1 FROM correction_hits h WHERE h.correction_id = c.id)`;

interface Row {
  id: number;
  kind: LoggedCorrection["kind"];
  target: string;
  payload: string;
  author: string;
  reason: string;
  createdAt: string;
  undoes: number | null;
  undoneBy: number | null;
  articles: number;
}

/** The corrections log, newest first, with whether each entry still applies; filters by kind, author and staleness. */
export function listCorrections(database: ChanceryDatabase, input: ListCorrectionsInput = {}): CorrectionPage {
  const options = parseInput(ListCorrectionsInput, input);
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (options.kind !== undefined) {
    where.push("c.kind = @kind");
    params.kind = options.kind;
  }
  if (options.author !== undefined) {
    where.push("c.author = @author");
    params.author = options.author;
  }
  if (options.stale !== undefined) where.push(options.stale ? `(${staleWhere})` : `NOT (${staleWhere})`);
  if (options.cursor !== undefined) {
    where.push("c.id < @cursorId");
    params.cursorId = decodeCursor(Position, options.cursor).i;
  }
  const rows = prepared(
    database.sqlite,
    `SELECT c.id, c.kind, c.target, c.payload, c.author, c.reason, c.created_at AS createdAt, c.undoes,
       ${undoneBy} AS undoneBy, ${hits} AS articles
     FROM corrections c ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY c.id DESC LIMIT ${options.limit + 1}`,
  ).all(params) as Row[];
  const items = rows.slice(0, options.limit).map(toItem);
  const last = items.at(-1);
  const staleCount = prepared(database.sqlite, `SELECT count(*) FROM corrections c WHERE ${staleWhere}`)
    .pluck()
    .get() as number;
  return { items, nextCursor: rows.length > options.limit && last ? encodeCursor({ i: last.id }) : null, staleCount };
}

function toItem(row: Row): CorrectionListItem {
  const target = JSON.parse(row.target) as Record<string, unknown>;
  const payload = JSON.parse(row.payload) as Record<string, unknown>;
  const parsed = CorrectionInput.safeParse({ kind: row.kind, target, payload, author: row.author, reason: row.reason });
  const active = row.kind !== "undo" && row.undoneBy === null;
  return {
    ...row,
    target,
    payload,
    active,
    stale: active && row.articles === 0,
    summary: parsed.success ? describeCorrection(parsed.data) : row.kind,
  };
}

/** Log entries by id, as the list shows them (the answer to a correction just made). */
export function getCorrections(database: ChanceryDatabase, ids: readonly number[]): CorrectionListItem[] {
  const statement = prepared(
    database.sqlite,
    `SELECT c.id, c.kind, c.target, c.payload, c.author, c.reason, c.created_at AS createdAt, c.undoes,
       ${undoneBy} AS undoneBy, ${hits} AS articles
     FROM corrections c WHERE c.id = ?`,
  );
  return ids.flatMap((id) => {
    const row = statement.get(id) as Row | undefined;
    return row ? [toItem(row)] : [];
  });
}
