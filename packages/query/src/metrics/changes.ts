import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { prepared } from "../statements.js";

export const Changes = z.object({ lastChangedAt: z.string().nullable(), articles: z.number().int() });
export type Changes = z.infer<typeof Changes>;

/** Reads the two `meta` keys the ingest keeps current: answers in microseconds, for polling and ETags. */
export function getChanges(database: ChanceryDatabase): Changes {
  const rows = prepared(
    database.sqlite,
    "SELECT key, value FROM meta WHERE key IN ('last_changed_at', 'articles')",
  ).all() as Array<{
    key: string;
    value: string;
  }>;
  const values = new Map(rows.map((row) => [row.key, row.value]));
  const counted = Number(values.get("articles"));
  const articles = Number.isFinite(counted)
    ? counted
    : (prepared(database.sqlite, "SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  return { lastChangedAt: values.get("last_changed_at") ?? null, articles };
}
