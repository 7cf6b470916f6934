import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { ListArticlesInput, listArticles } from "../articles/list.js";
import { ListEntitiesInput, listEntities } from "../entities/list.js";
import { parseInput } from "../errors.js";
import { ListIndicatorsInput, listIndicators } from "../findings/indicators.js";
import { ListPartnershipsInput, listPartnerships } from "../findings/partnerships.js";
import { ListQuotesInput, listQuotes } from "../findings/quotes.js";
import { toFtsQuery } from "../search/fts-query.js";
import { SearchInput, type SearchResult, search } from "../search/search.js";

export const exportDatasets = ["articles", "search", "entities", "indicators", "partnerships", "quotes"] as const;
export const ExportDataset = z.enum(exportDatasets);
export type ExportDataset = z.infer<typeof ExportDataset>;

export interface ExportTable {
  columns: string[];
  rows: Iterable<unknown[]>;
}

/** Search exports stop here: each page re-ranks the whole result set. */
export const maxSearchRows = 10_000;
/** Rows per page an export reads. */
export const exportPageSize = 100;

/** How an export searches: `search` on SQLite; on PostgreSQL, pages read ahead by `searchPagesPostgres`. */
export type ExportSearch = (input: SearchInput & { limit: number; cursor: string | undefined }) => SearchResult;

function* pages<Item>(
  fetch: (cursor: string | undefined) => { items: Item[]; nextCursor: string | null },
): Generator<Item> {
  let cursor: string | undefined;
  do {
    const page = fetch(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

function* mapped<Item, Out>(items: Iterable<Item>, map: (item: Item) => Out): Generator<Out> {
  for (const item of items) yield map(item);
}

/** Each row reads `columns` off an item, so a column names a field of its response schema or fails to compile. */
function table<Item, Key extends keyof Item & string>(columns: readonly Key[], items: Iterable<Item>): ExportTable {
  return {
    columns: [...columns],
    rows: (function* () {
      for (const item of items) yield columns.map((column) => item[column]);
    })(),
  };
}

/**
 * A dataset as columns and lazily read rows: pages are read one at a time as the consumer pulls, so an
 * export never holds the corpus in memory nor keeps the connection busy between chunks.
 */
export function exportDataset(
  database: ChanceryDatabase,
  dataset: ExportDataset,
  input: Record<string, unknown> = {},
  searchWith: ExportSearch = (page) => search(database, page),
): ExportTable {
  const { limit: _limit, cursor: _cursor, ...filters } = input;
  switch (dataset) {
    case "articles": {
      parseInput(ListArticlesInput, filters);
      return table(
        ["id", "title", "outlet", "author", "publishedAt", "wordCount", "storyId", "ingestedAt"],
        pages((cursor) => listArticles(database, { ...filters, limit: 100, cursor })),
      );
    }
    case "search": {
      toFtsQuery(parseInput(SearchInput, filters).q);
      let count = 0;
      const hits = pages((cursor) => {
        const page = searchWith({ ...(filters as SearchInput), limit: exportPageSize, cursor });
        count += page.items.length;
        return count >= maxSearchRows ? { ...page, nextCursor: null } : page;
      });
      return table(
        ["articleId", "title", "outlet", "publishedAt", "score", "snippet"],
        mapped(hits, (hit) => ({ ...hit, snippet: hit.snippet.map((segment) => segment.text).join("") })),
      );
    }
    case "entities": {
      parseInput(ListEntitiesInput, filters);
      return table(
        ["id", "type", "name", "code", "acronym", "mentionCount", "articleCount"],
        pages((cursor) => listEntities(database, { ...filters, limit: 100, cursor })),
      );
    }
    case "indicators": {
      const options = parseInput(ListIndicatorsInput, { ...filters, valuesLimit: 1000 });
      const values = listIndicators(database, options).items.flatMap((series) =>
        series.values.map((value) => ({ ...value, key: series.key, disagree: series.disagree })),
      );
      return table(
        [
          "key",
          "value",
          "of",
          "unit",
          "qualifier",
          "about",
          "disagree",
          "articleId",
          "articleTitle",
          "publishedAt",
          "sentence",
        ],
        values,
      );
    }
    case "partnerships": {
      const options = parseInput(ListPartnershipsInput, filters);
      const evidence = listPartnerships(database, options).items.flatMap((p) =>
        p.evidence.map((e) => ({
          ...e,
          countryCode: p.countryCode,
          countryName: p.countryName,
          highestLevel: p.level,
          since: p.since,
        })),
      );
      return table(
        [
          "countryCode",
          "countryName",
          "highestLevel",
          "since",
          "level",
          "year",
          "articleId",
          "articleTitle",
          "publishedAt",
          "sentence",
        ],
        evidence,
      );
    }
    case "quotes": {
      parseInput(ListQuotesInput, filters);
      return table(
        ["id", "speakerName", "speakerEntityId", "text", "articleId", "articleTitle", "publishedAt"],
        pages((cursor) => listQuotes(database, { ...filters, limit: 100, cursor })),
      );
    }
  }
}
