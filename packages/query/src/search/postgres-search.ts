import type { PostgresDatabase } from "@chancery/db/postgres";
import { z } from "zod";
import { dayAfter } from "../articles/filters.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { parseInput, QueryError } from "../errors.js";
import { parseSearch, type SearchToken } from "./fts-query.js";
import { firstPerStory, relevanceLimit, SearchInput, type SearchResult, scaleToCorpus } from "./search.js";
import { hitClose, hitOpen, toSegments } from "./segments.js";

/*
 * The same search on PostgreSQL (issue 17): the user's words read by the same parser as on SQLite, turned into a
 * tsquery over `articles.search` (a tsvector PostgreSQL keeps with the row, title weighted A and body B, GIN-indexed;
 * migration drizzle-pg/0001), ranked by ts_rank with title matches weighing 4× (as bm25(4, 1) does on SQLite), newer
 * first on ties, highlighted by ts_headline with the same hit markers, the same filters, story collapsing, facets and
 * estimates. `score` keeps SQLite's sense, lower is better: it is the negated rank.
 */

function lexeme(token: Extract<SearchToken, { kind: "term" }>): string {
  // Quoted, so no user text is read as tsquery syntax; to_tsquery folds it with the `chancery` configuration, and a
  // quoted run of several words becomes a phrase (<->).
  const quoted = `'${token.text.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
  const weight = token.column === "title" ? "A" : token.column === "body" ? "B" : "";
  const label = `${token.prefix ? "*" : ""}${weight}`;
  return label ? `${quoted}:${label}` : quoted;
}

/** The search as a `to_tsquery` expression: adjacent words are AND-ed, `a NOT b` is `a & !b`, as FTS5 reads them. */
export function toTsQuery(input: string): { expression: string; repaired: boolean; notes: string[] } {
  const { tokens, notes } = parseSearch(input);
  const parts: string[] = [];
  let previous: SearchToken | undefined;
  for (const token of tokens) {
    const joinsOperand = previous !== undefined && (previous.kind === "term" || previous.kind === "close");
    if ((token.kind === "term" || token.kind === "open") && joinsOperand) parts.push("&");
    if (token.kind === "term") parts.push(lexeme(token));
    else if (token.kind === "open") parts.push("(");
    else if (token.kind === "close") parts.push(")");
    else parts.push(token.op === "AND" ? "&" : token.op === "OR" ? "|" : "& !");
    previous = token.kind === "op" && token.op === "NOT" ? { kind: "op", op: "NOT" } : token;
  }
  return { expression: parts.join(" "), repaired: notes.length > 0, notes };
}

const Position = z.object({ o: z.number().int().min(0).max(100_000) });
const maxFacetHits = 300;
const rank = "ts_rank('{0.1, 0.2, 0.25, 1.0}', a.search, q.query)";

interface Hit {
  id: number;
  score: number | null;
}

/** Full-text search on PostgreSQL, answering exactly as `search` does on SQLite. */
export async function searchPostgres(database: PostgresDatabase, input: SearchInput): Promise<SearchResult> {
  const options = parseInput(SearchInput, input);
  const ts = toTsQuery(options.q);
  const offset = options.cursor === undefined ? 0 : decodeCursor(Position, options.cursor).o;
  const values: unknown[] = [ts.expression];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = ["a.search @@ q.query"];
  if (options.outlet !== undefined) where.push(`a.outlet = ${param(options.outlet)}::text`);
  if (options.from !== undefined) where.push(`a.published_at >= ${param(options.from)}::text`);
  if (options.to !== undefined) where.push(`a.published_at < ${param(dayAfter(options.to))}::text`);
  if (options.entity !== undefined)
    where.push(
      `EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ${param(options.entity)}::bigint)`,
    );
  if (options.theme !== undefined)
    where.push(
      `EXISTS (SELECT 1 FROM article_themes t WHERE t.article_id = a.id AND t.theme_key = ${param(options.theme)}::text)`,
    );
  if (options.indicator !== undefined)
    where.push(
      `EXISTS (SELECT 1 FROM indicators i WHERE i.article_id = a.id AND i.key = ${param(options.indicator)}::text)`,
    );
  const matching = `FROM articles a, to_tsquery('chancery', $1::text) q(query) WHERE ${where.join(" AND ")}`;
  const { pool } = database;
  // Statements over `matching` take its parameters ($1 the query, then the filters) and their own after them.
  const run = async <R>(text: string, extra: unknown[] = []): Promise<R[]> => {
    try {
      return (await pool.query({ text, values: [...values, ...extra] })).rows as R[];
    } catch (cause) {
      if (cause instanceof Error && /tsquery|syntax/i.test(cause.message)) {
        throw new QueryError(
          "bad_search_query",
          "The search could not be read; try simpler words or a quoted phrase.",
          undefined,
          { cause },
        );
      }
      throw cause;
    }
  };
  const n = values.length;
  const newest = async (limit: number) =>
    (await run<{ id: string }>(`SELECT a.id ${matching} ORDER BY a.id DESC LIMIT $${n + 1}::bigint`, [limit])).map(
      (row): Hit => ({ id: Number(row.id), score: null }),
    );
  const collapse = async (found: Hit[]): Promise<Hit[]> => {
    if (!options.stories || found.length === 0) return found;
    const { rows } = await pool.query<{ id: string; story_id: string }>(
      "SELECT id, story_id FROM articles WHERE id = ANY($1::bigint[]) AND story_id IS NOT NULL",
      [found.map((hit) => hit.id)],
    );
    return firstPerStory(found, new Map(rows.map((row) => [Number(row.id), Number(row.story_id)])));
  };

  const wanted = Math.max(maxFacetHits, offset + options.limit);
  let order: SearchResult["order"];
  let hits: Hit[];
  let total: number;
  let totalEstimated = false;
  const probeLimit = Math.max(relevanceLimit + 1, wanted);
  const probe = options.order === "relevance" ? [] : await newest(probeLimit);
  if (options.order === "newest" || probe.length > relevanceLimit) {
    order = "newest";
    const lowest = probe.at(-1)?.id;
    if (probe.length < probeLimit || lowest === undefined) {
      hits = await collapse(probe);
      total = hits.length;
    } else {
      const sample = probe.slice(0, wanted);
      hits = await collapse(sample);
      const share = hits.length / Math.max(1, sample.length);
      const [span] = (
        await pool.query<{ max_id: string; articles: string }>(
          "SELECT (SELECT max(id) FROM articles) AS max_id, (SELECT value FROM meta WHERE key = 'articles') AS articles",
        )
      ).rows;
      const estimate = scaleToCorpus(probe.length, lowest, Number(span?.max_id ?? 0), Number(span?.articles ?? 0));
      total = Math.max(hits.length, Math.round(estimate * share));
      totalEstimated = true;
    }
  } else {
    order = "relevance";
    const limit = options.stories ? null : wanted;
    const ranked = await run<{ id: string; score: number }>(
      `SELECT a.id, -${rank} AS score ${matching} ORDER BY score, a.id DESC LIMIT $${n + 1}::bigint`,
      [limit],
    );
    hits = await collapse(ranked.map((row) => ({ id: Number(row.id), score: Number(row.score) })));
    total =
      options.stories || hits.length < wanted
        ? hits.length
        : options.order === "relevance"
          ? Number((await run<{ n: string }>(`SELECT count(*) AS n ${matching}`))[0]?.n ?? 0)
          : probe.length;
  }

  const page = hits.slice(offset, offset + options.limit);
  const headline = (text: string, options: string) =>
    `ts_headline('chancery', ${text}, q.query, 'StartSel=${hitOpen}, StopSel=${hitClose}, ${options}')`;
  const details = new Map(
    (
      await pool.query<{
        id: string;
        story_id: string | null;
        title: string | null;
        outlet: string | null;
        published_at: string | null;
        marked_title: string | null;
        marked_snippet: string;
      }>(
        `SELECT a.id, a.story_id, a.title, a.outlet, a.published_at,
           ${headline("a.title", "HighlightAll=true")} AS marked_title,
           ${headline("a.body", "MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…")} AS marked_snippet
         FROM articles a, to_tsquery('chancery', $1) q(query) WHERE a.id = ANY($2::bigint[])`,
        [ts.expression, page.map((hit) => hit.id)],
      )
    ).rows.map((row) => [Number(row.id), row]),
  );
  const items = page.flatMap((hit) => {
    const detail = details.get(hit.id);
    if (!detail) return [];
    return [
      {
        articleId: hit.id,
        storyId: detail.story_id === null ? null : Number(detail.story_id),
        title: detail.title,
        outlet: detail.outlet,
        publishedAt: detail.published_at,
        score: hit.score,
        titleSegments: detail.title === null ? [] : toSegments(detail.marked_title ?? detail.title),
        snippet: toSegments(detail.marked_snippet),
      },
    ];
  });

  const counted = hits.slice(0, maxFacetHits);
  const ids = counted.map((hit) => hit.id);
  const facet = async (sql: string) =>
    (await pool.query<{ value: string | number; label: string; count: string }>(sql, [ids])).rows.map((row) => ({
      value: String(row.value),
      label: String(row.label),
      count: Number(row.count),
    }));
  const facets = {
    outlet: await facet(`SELECT a.outlet AS value, a.outlet AS label, count(*) AS count FROM articles a
        WHERE a.id = ANY($1::bigint[]) AND a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY count DESC, value LIMIT 20`),
    theme: await facet(`SELECT t.theme_key AS value, t.theme_key AS label, count(*) AS count FROM article_themes t
        WHERE t.article_id = ANY($1::bigint[]) GROUP BY t.theme_key ORDER BY count DESC, value LIMIT 20`),
    entity: await facet(`SELECT e.id AS value, e.name AS label, count(DISTINCT m.article_id) AS count FROM mentions m
        JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ANY($1::bigint[])
        GROUP BY e.id ORDER BY count DESC, e.mention_count DESC LIMIT 20`),
    year: await facet(`SELECT substr(a.published_at, 1, 4) AS value, substr(a.published_at, 1, 4) AS label, count(*) AS count
        FROM articles a WHERE a.id = ANY($1::bigint[]) AND a.published_at IS NOT NULL
        GROUP BY value ORDER BY value DESC`),
  };

  const nextOffset = offset + options.limit;
  return {
    query: ts.expression,
    repaired: ts.repaired,
    notes: ts.notes,
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
