import type { PostgresDatabase } from "@chancery/db/postgres";
import { parseInput } from "../errors.js";
import { toFtsQuery } from "../search/fts-query.js";
import { searchPostgres } from "../search/postgres-search.js";
import { SearchInput, type SearchResult } from "../search/search.js";
import { type ExportSearch, exportPageSize, maxSearchRows } from "./datasets.js";

/**
 * The search export on PostgreSQL, whose search answers asynchronously: the pages `exportDataset` will ask for
 * (the same size and cap) are read ahead, then answered from memory by cursor, so the export itself is the one
 * `exportDataset` describes. At most `maxSearchRows` hits are held.
 */
export async function searchPagesPostgres(
  database: PostgresDatabase,
  input: Record<string, unknown>,
): Promise<ExportSearch> {
  const { limit: _limit, cursor: _cursor, ...filters } = input;
  toFtsQuery(parseInput(SearchInput, filters).q);
  const pages = new Map<string, SearchResult>();
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await searchPostgres(database, { ...(filters as SearchInput), limit: exportPageSize, cursor });
    pages.set(cursor ?? "", page);
    count += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && count < maxSearchRows);
  return (page) => {
    const found = pages.get(page.cursor ?? "");
    if (!found) throw new Error("The search export asked for a page it did not read ahead.");
    return found;
  };
}
