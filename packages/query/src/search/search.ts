import { type ArticleRow, articleRow, articles, type ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { articleConditions } from "../articles/filters.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { parseInput, QueryError } from "../errors.js";
import { ArticleFilters, Cursor, Limit } from "../inputs.js";
import { getChanges } from "../metrics/changes.js";
import { pickMask, selectList } from "../select-list.js";
import { prepared } from "../statements.js";
import { toFtsQuery } from "./fts-query.js";
import { hitClose, hitOpen, Segments, toSegments } from "./segments.js";

/** `auto` ranks by relevance unless the words match more articles than `relevanceLimit`, then shows the newest first. */
export const SearchOrder = z.enum(["auto", "relevance", "newest"]);

export const SearchInput = ArticleFilters.extend({
  q: z.string().min(1).max(500),
  indicator: z.string().min(1).max(100).optional(),
  /** `relevance` on a very common word ranks every match and is slow on a large corpus; `auto` avoids that. */
  order: SearchOrder.default("auto"),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type SearchInput = z.input<typeof SearchInput>;

/** The article columns a hit shows; its id is named `articleId`. */
const hitKeys = ["storyId", "title", "outlet", "publishedAt"] as const;

const Facet = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }));

export const SearchResult = z.object({
  /** The FTS5 expression that was run, after repair. */
  query: z.string(),
  repaired: z.boolean(),
  notes: z.array(z.string()),
  /**
   * How the items are ordered: `relevance` is bm25 (title matches weigh 4×), newer articles first on ties;
   * `newest` is the most recently added articles first, used when the words match more than `relevanceLimit` articles.
   */
  order: z.enum(["relevance", "newest"]),
  /** Matches beyond which `auto` orders by newest, since ranking them all would cost time in proportion to the corpus. */
  relevanceLimit: z.number().int(),
  /** Matching articles (stories with `stories=true`); an estimate when `totalEstimated`. */
  total: z.number().int(),
  /** True when `total` is extrapolated from the newest matches rather than counted (very common words only). */
  totalEstimated: z.boolean(),
  /** How many hits the facets count: all of them up to 300, else the first 300 in this order. */
  facetsOver: z.number().int(),
  /** True when the facets count a sample (`facetsOver` hits) rather than every match. */
  facetsEstimated: z.boolean(),
  items: z.array(
    z
      .object({ articleId: articleRow.shape.id })
      .extend(articleRow.pick(pickMask(hitKeys)).shape)
      .extend({
        /** bm25: lower is better; null when ordered newest-first (scoring every match is what that order avoids). */
        score: z.number().nullable(),
        titleSegments: Segments,
        snippet: Segments,
      }),
  ),
  nextCursor: z.string().nullable(),
  facets: z.object({ outlet: Facet, theme: Facet, entity: Facet, year: Facet }),
});
export type SearchResult = z.infer<typeof SearchResult>;

const Position = z.object({ o: z.number().int().min(0).max(100_000) });
/** Title matches weigh more than body matches. */
const bm25 = "bm25(articles_fts, 4.0, 1.0)";

interface Hit {
  id: number;
  score: number | null;
}

/** Facets count at most this many hits, so their cost stays flat however common the words. */
const maxFacetHits = 300;
/**
 * Ranking costs time per match (bm25 scores each one), so past this many matches `auto` lists the newest first,
 * which FTS5 answers by walking its index backwards and stopping at the page.
 */
export const relevanceLimit = 1000;

/** Keeps the first hit of each story (hits in the order they rank); both backends collapse this way. */
export function firstPerStory<H extends { id: number }>(hits: H[], storyOf: ReadonlyMap<number, number>): H[] {
  const seen = new Set<number>();
  return hits.filter((hit) => {
    const story = storyOf.get(hit.id);
    if (story === undefined) return true;
    if (seen.has(story)) return false;
    seen.add(story);
    return true;
  });
}

/** Keeps the first hit of each story, looking up only the stories of the given hits. */
function bestPerStory(database: ChanceryDatabase, hits: Hit[]): Hit[] {
  const storyOf = new Map(
    (
      prepared(
        database.sqlite,
        "SELECT a.id, a.story_id AS storyId FROM json_each(@ids) j JOIN articles a ON a.id = j.value WHERE a.story_id IS NOT NULL",
      ).all({ ids: JSON.stringify(hits.map((hit) => hit.id)) }) as Array<{ id: number; storyId: number }>
    ).map((row) => [row.id, row.storyId]),
  );
  return firstPerStory(hits, storyOf);
}

function runMatch<T>(run: () => T): T {
  try {
    return run();
  } catch (cause) {
    if (cause instanceof Error && /fts5|syntax/i.test(cause.message)) {
      throw new QueryError(
        "bad_search_query",
        "The search could not be read; try simpler words or a quoted phrase.",
        undefined,
        {
          cause,
        },
      );
    }
    throw cause;
  }
}

/**
 * Scales the matches found among the newest articles to the whole corpus: `found` matches down to rowid `lowest`
 * cover the ids lowest..max (each id present with the corpus's share of ids still in use), and the same density
 * over every article gives the total. O(1): counting the articles in the range would read the table.
 */
export function scaleToCorpus(found: number, lowest: number, maxId: number, articles: number): number {
  const inRange = ((maxId - lowest + 1) * articles) / Math.max(1, maxId);
  return Math.min(articles, Math.max(found, Math.round((found / Math.max(1, inRange)) * articles)));
}

function estimateTotal(database: ChanceryDatabase, found: number, lowest: number): number {
  const { maxId } = prepared(database.sqlite, "SELECT max(id) AS maxId FROM articles").get() as { maxId: number };
  return scaleToCorpus(found, lowest, maxId, getChanges(database).articles);
}

/**
 * Full-text search over titles and bodies with highlighted snippets, the article filters, `stories` to keep one
 * hit per story, and facets. Ranked by bm25 (newer first on ties) up to `relevanceLimit` matches; beyond, with
 * `order: "auto"`, the newest matches come first and the total and facets say they are estimates.
 * @example search(database, { q: '"strategic partnership" NOT China', from: "2024-01-01" })
 */
export function search(database: ChanceryDatabase, input: SearchInput): SearchResult {
  const options = parseInput(SearchInput, input);
  const fts = toFtsQuery(options.q);
  const offset = options.cursor === undefined ? 0 : decodeCursor(Position, options.cursor).o;
  // `+` keeps SQLite from handing the id conditions to FTS5 as rowid lookups, which re-run the MATCH per id.
  const { where, params } = articleConditions(database, { ...options, stories: false }, "+f.rowid");
  const { sqlite } = database;
  const matching = `FROM articles_fts f WHERE articles_fts MATCH @match ${where.length ? `AND ${where.join(" AND ")}` : ""}`;
  const bindings = { ...params, match: fts.match };
  const collapse = (found: Hit[]) => (options.stories ? bestPerStory(database, found) : found);
  const newest = (limit: number) =>
    runMatch(
      () =>
        prepared(sqlite, `SELECT f.rowid AS id, NULL AS score ${matching} ORDER BY f.rowid DESC LIMIT @limit`).all({
          ...bindings,
          limit,
        }) as Hit[],
    );

  // Enough hits for this page and the facets; with `stories`, enough before collapsing is unknown, so a bound.
  const wanted = Math.max(maxFacetHits, offset + options.limit);
  let order: SearchResult["order"];
  let hits: Hit[];
  let total: number;
  let totalEstimated = false;
  // One walk down the index from the newest match says whether the words are common, and is the newest-first answer.
  const probeLimit = Math.max(relevanceLimit + 1, wanted);
  const probe = options.order === "relevance" ? [] : newest(probeLimit);
  if (options.order === "newest" || probe.length > relevanceLimit) {
    order = "newest";
    const lowest = probe[probe.length - 1]?.id;
    if (probe.length < probeLimit || lowest === undefined) {
      hits = collapse(probe);
      total = hits.length;
    } else {
      // Collapsing looks up each hit's story, so only for the hits this page and the facets need.
      const sample = probe.slice(0, wanted);
      hits = collapse(sample);
      const share = hits.length / Math.max(1, sample.length);
      total = Math.max(hits.length, Math.round(estimateTotal(database, probe.length, lowest) * share));
      totalEstimated = true;
    }
  } else {
    order = "relevance";
    const limit = options.stories ? -1 : wanted;
    hits = collapse(
      runMatch(
        () =>
          prepared(
            sqlite,
            `SELECT f.rowid AS id, ${bm25} AS score ${matching} ORDER BY score, f.rowid DESC LIMIT @limit`,
          ).all({ ...bindings, limit }) as Hit[],
      ),
    );
    total =
      options.stories || hits.length < wanted
        ? hits.length
        : options.order === "relevance"
          ? (prepared(sqlite, `SELECT count(*) AS n ${matching}`).get(bindings) as { n: number }).n
          : probe.length;
  }

  const page = hits.slice(offset, offset + options.limit);
  const details = new Map(
    (
      runMatch(() =>
        prepared(
          sqlite,
          `SELECT f.rowid AS id, ${selectList("a", articles, hitKeys)},
            highlight(articles_fts, 0, '${hitOpen}', '${hitClose}') AS markedTitle,
            snippet(articles_fts, 1, '${hitOpen}', '${hitClose}', '…', 24) AS markedSnippet
           FROM articles_fts f JOIN articles a ON a.id = f.rowid
           WHERE articles_fts MATCH @match AND f.rowid IN (SELECT value FROM json_each(@ids))`,
        ).all({ match: fts.match, ids: JSON.stringify(page.map((hit) => hit.id)) }),
      ) as Array<Pick<ArticleRow, "id" | (typeof hitKeys)[number]> & { markedTitle: string; markedSnippet: string }>
    ).map((row) => [row.id, row]),
  );
  const items = page.flatMap((hit) => {
    const detail = details.get(hit.id);
    if (!detail) return [];
    return [
      {
        articleId: hit.id,
        storyId: detail.storyId,
        title: detail.title,
        outlet: detail.outlet,
        publishedAt: detail.publishedAt,
        score: hit.score,
        titleSegments: detail.title === null ? [] : toSegments(detail.markedTitle),
        snippet: toSegments(detail.markedSnippet),
      },
    ];
  });

  const counted = hits.slice(0, maxFacetHits);
  const ids = JSON.stringify(counted.map((hit) => hit.id));
  const facet = (sql: string) =>
    (prepared(sqlite, sql).all({ ids }) as Array<{ value: string | number; label: string; count: number }>).map(
      (row) => ({
        value: String(row.value),
        label: String(row.label),
        count: row.count,
      }),
    );
  const facets = {
    outlet:
      facet(`SELECT a.outlet AS value, a.outlet AS label, count(*) AS count FROM json_each(@ids) j JOIN articles a ON a.id = j.value
        WHERE a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY count DESC, value LIMIT 20`),
    theme: facet(`SELECT t.theme_key AS value, t.theme_key AS label, count(*) AS count FROM json_each(@ids) j
        JOIN article_themes t ON t.article_id = j.value GROUP BY t.theme_key ORDER BY count DESC, value LIMIT 20`),
    entity: facet(`SELECT e.id AS value, e.name AS label, count(DISTINCT m.article_id) AS count FROM json_each(@ids) j
        JOIN mentions m ON m.article_id = j.value JOIN entities e ON e.id = m.entity_id
        GROUP BY e.id ORDER BY count DESC, e.mention_count DESC LIMIT 20`),
    // Grouped by the expression: a bare `value` would name json_each's column (the article id), not the year.
    year: facet(`SELECT substr(a.published_at, 1, 4) AS value, substr(a.published_at, 1, 4) AS label, count(*) AS count
        FROM json_each(@ids) j JOIN articles a ON a.id = j.value WHERE a.published_at IS NOT NULL
        GROUP BY substr(a.published_at, 1, 4) ORDER BY 1 DESC`),
  };

  const nextOffset = offset + options.limit;
  return {
    query: fts.match,
    repaired: fts.repaired,
    notes: fts.notes,
    order,
    relevanceLimit,
    total,
    totalEstimated,
    facetsOver: counted.length,
    facetsEstimated: counted.length < total,
    items,
    nextCursor: nextOffset < total ? encodeCursor({ o: nextOffset }) : null,
    facets,
  };
}
