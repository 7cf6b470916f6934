import { type ArticleRow, articleRow, articles, type ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { articleConditions } from "../articles/filters.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { parseInput, QueryError } from "../errors.js";
import { ArticleFilters, Cursor, Limit } from "../inputs.js";
import { pickMask, selectList } from "../select-list.js";
import { prepared } from "../statements.js";
import { toFtsQuery } from "./fts-query.js";
import { hitClose, hitOpen, Segments, toSegments } from "./segments.js";

export const SearchInput = ArticleFilters.extend({
  q: z.string().min(1).max(500),
  indicator: z.string().min(1).max(100).optional(),
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
  total: z.number().int(),
  /** How many of the best hits the facets count: all of them up to 500, the best 500 beyond (a bound that keeps facets cheap on a large corpus). */
  facetsOver: z.number().int(),
  items: z.array(
    z
      .object({ articleId: articleRow.shape.id })
      .extend(articleRow.pick(pickMask(hitKeys)).shape)
      .extend({
        /** bm25: lower is better. */
        score: z.number(),
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
  score: number;
}

/** Facets count at most this many of the best hits, so their cost stays flat however common the words. */
const maxFacetHits = 500;

/**
 * Keeps the best-ranked hit of each story. Only stories with several articles can collapse, and the index
 * on `story_id` lists their members without reading any article row.
 */
function bestPerStory(database: ChanceryDatabase, hits: Hit[]): Hit[] {
  const storyOf = new Map(
    (
      prepared(
        database.sqlite,
        "SELECT a.id, a.story_id AS storyId FROM stories s JOIN articles a ON a.story_id = s.id WHERE s.article_count > 1",
      ).all() as Array<{ id: number; storyId: number }>
    ).map((row) => [row.id, row.storyId]),
  );
  const seen = new Set<number>();
  return hits.filter((hit) => {
    const story = storyOf.get(hit.id);
    if (story === undefined) return true;
    if (seen.has(story)) return false;
    seen.add(story);
    return true;
  });
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
 * Full-text search over titles and bodies ranked by bm25, with highlighted snippets, the article filters,
 * `stories` to keep the best hit per story, and facet counts over the whole result set.
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

  let hits: Hit[];
  let total: number;
  if (options.stories) {
    hits = bestPerStory(
      database,
      runMatch(
        () =>
          prepared(sqlite, `SELECT f.rowid AS id, ${bm25} AS score ${matching} ORDER BY score, f.rowid`).all(
            bindings,
          ) as Hit[],
      ),
    );
    total = hits.length;
  } else {
    // Only the best hits reach JavaScript: enough for this page and for the facets.
    const wanted = Math.max(maxFacetHits, offset + options.limit);
    hits = runMatch(
      () =>
        prepared(
          sqlite,
          `SELECT f.rowid AS id, ${bm25} AS score ${matching} ORDER BY score, f.rowid LIMIT @wanted`,
        ).all({
          ...bindings,
          wanted,
        }) as Hit[],
    );
    total =
      hits.length < wanted
        ? hits.length
        : (prepared(sqlite, `SELECT count(*) AS n ${matching}`).get(bindings) as { n: number }).n;
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
    year: facet(`SELECT substr(a.published_at, 1, 4) AS value, substr(a.published_at, 1, 4) AS label, count(*) AS count
        FROM json_each(@ids) j JOIN articles a ON a.id = j.value WHERE a.published_at IS NOT NULL
        GROUP BY value ORDER BY value DESC`),
  };

  const nextOffset = offset + options.limit;
  return {
    query: fts.match,
    repaired: fts.repaired,
    notes: fts.notes,
    total,
    facetsOver: counted.length,
    items,
    nextCursor: nextOffset < total ? encodeCursor({ o: nextOffset }) : null,
    facets,
  };
}
