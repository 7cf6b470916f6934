import {
  type ArticleRow,
  articleRow,
  articleSightings,
  articles,
  articleThemeRow,
  articleThemes,
  type ChanceryDatabase,
  entities,
  entityRow,
  indicatorRow,
  indicators,
  mentionRow,
  mentions,
  partnershipRow,
  partnerships,
  personRoleRow,
  personRoles,
  quoteRow,
  quotes,
  sightingRow,
} from "@chancery/db";
import { z } from "zod";
import { parseInput, QueryError } from "../errors.js";
import { Id } from "../inputs.js";
import { column, pickMask, selectList } from "../select-list.js";
import { prepared } from "../statements.js";

const articleKeys = [
  "id",
  "title",
  "outlet",
  "author",
  "source",
  "datelinePlace",
  "url",
  "language",
  "publishedAt",
  "publishedPrecision",
  "publishedSource",
  "wordCount",
  "storyId",
] as const;
const provenanceKeys = ["sourcePath", "sourceFormat", "ingestedAt", "analyzerVersion", "contentHash"] as const;
const sightingKeys = ["sourcePath", "url", "outlet", "seenAt"] as const;
const versionKeys = ["id", "title", "outlet", "publishedAt"] as const;
const mentionKeys = ["id", "entityId", "surface", "start", "end"] as const;
const mentionEntityKeys = ["type", "name"] as const;
const roleKeys = ["entityId", "role", "start", "end"] as const;
const indicatorKeys = ["id", "key", "value", "of", "unit", "qualifier", "start", "end"] as const;
const partnershipKeys = ["id", "countryCode", "countryName", "level", "year", "start", "end"] as const;
const quoteKeys = ["id", "speakerEntityId", "speakerName", "text", "start", "end"] as const;

export const ArticleDetail = z.object({
  article: articleRow.pick(pickMask(articleKeys)),
  /** `start` is the paragraph's character offset in `body`, so findings can be highlighted per paragraph. */
  paragraphs: z.array(z.object({ start: z.number().int(), text: z.string() })),
  body: articleRow.shape.body,
  provenance: articleRow.pick(pickMask(provenanceKeys)),
  removedNoise: z.array(z.object({ kind: z.string(), text: z.string() })),
  sightings: z.array(sightingRow.pick(pickMask(sightingKeys))),
  otherVersions: z.array(articleRow.pick(pickMask(versionKeys))),
  findings: z.object({
    mentions: z.array(mentionRow.pick(pickMask(mentionKeys)).extend(entityRow.pick(pickMask(mentionEntityKeys)).shape)),
    roles: z.array(personRoleRow.pick(pickMask(roleKeys))),
    indicators: z.array(indicatorRow.pick(pickMask(indicatorKeys))),
    partnerships: z.array(partnershipRow.pick(pickMask(partnershipKeys))),
    quotes: z.array(quoteRow.pick(pickMask(quoteKeys))),
    themes: z.array(z.object({ key: articleThemeRow.shape.themeKey, score: articleThemeRow.shape.score })),
  }),
});
export type ArticleDetail = z.infer<typeof ArticleDetail>;

export const GetArticleInput = z.object({ id: Id });

const NoiseList = z.array(z.object({ kind: z.string(), text: z.string() }));

const recordKeys = [...articleKeys, ...provenanceKeys, "body", "removedNoise"] as const;
type ArticleRecord = Pick<ArticleRow, (typeof recordKeys)[number]>;

/** Splits the cleaned body on blank lines (or single newlines when there are none), keeping offsets. */
export function paragraphsOf(body: string): Array<{ start: number; text: string }> {
  const separator = body.includes("\n\n") ? /\n\s*\n/g : /\n/g;
  const paragraphs: Array<{ start: number; text: string }> = [];
  let start = 0;
  const push = (from: number, to: number) => {
    const raw = body.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) paragraphs.push({ start: from + lead, text });
  };
  for (const match of body.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, body.length);
  return paragraphs;
}

function readNoise(json: string): ArticleDetail["removedNoise"] {
  try {
    const parsed = NoiseList.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * One article with everything known about it: text as paragraphs, provenance, what the cleaner removed,
 * where it was seen, the other versions of its story, and the findings with offsets into `body`.
 */
export function getArticle(database: ChanceryDatabase, input: { id: number | string }): ArticleDetail {
  const { id } = parseInput(GetArticleInput, input);
  const { sqlite } = database;
  const record = prepared(sqlite, `SELECT ${selectList("a", articles, recordKeys)} FROM articles a WHERE a.id = ?`).get(
    id,
  ) as ArticleRecord | undefined;
  if (!record) throw new QueryError("not_found", `No article with id ${id}.`);
  const all = <T>(sql: string, ...params: unknown[]) => prepared(sqlite, sql).all(...params) as T[];
  return {
    article: {
      id: record.id,
      title: record.title,
      outlet: record.outlet,
      author: record.author,
      source: record.source,
      datelinePlace: record.datelinePlace,
      url: record.url,
      language: record.language,
      publishedAt: record.publishedAt,
      publishedPrecision: record.publishedPrecision,
      publishedSource: record.publishedSource,
      wordCount: record.wordCount,
      storyId: record.storyId,
    },
    paragraphs: paragraphsOf(record.body),
    body: record.body,
    provenance: {
      sourcePath: record.sourcePath,
      sourceFormat: record.sourceFormat,
      ingestedAt: record.ingestedAt,
      analyzerVersion: record.analyzerVersion,
      contentHash: record.contentHash,
    },
    removedNoise: readNoise(record.removedNoise),
    sightings: all(
      `SELECT ${selectList("s", articleSightings, sightingKeys)} FROM article_sightings s WHERE s.article_id = ? ORDER BY s.id`,
      id,
    ),
    otherVersions:
      record.storyId === null
        ? []
        : all(
            `SELECT ${selectList("a", articles, versionKeys)} FROM articles a
             WHERE a.story_id = ? AND a.id != ? ORDER BY a.id LIMIT 100`,
            record.storyId,
            id,
          ),
    findings: {
      mentions: all(
        `SELECT ${selectList("m", mentions, mentionKeys)}, ${selectList("e", entities, mentionEntityKeys)}
         FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start`,
        id,
      ),
      roles: all(
        `SELECT ${selectList("r", personRoles, roleKeys)} FROM person_roles r WHERE r.article_id = ? ORDER BY r.start`,
        id,
      ),
      indicators: all(
        `SELECT ${selectList("i", indicators, indicatorKeys)} FROM indicators i WHERE i.article_id = ? ORDER BY i.start`,
        id,
      ),
      partnerships: all(
        `SELECT ${selectList("p", partnerships, partnershipKeys)} FROM partnerships p WHERE p.article_id = ? ORDER BY p.start`,
        id,
      ),
      quotes: all(
        `SELECT ${selectList("q", quotes, quoteKeys)} FROM quotes q WHERE q.article_id = ? ORDER BY q.start`,
        id,
      ),
      themes: all(
        `SELECT ${column("t", articleThemes, "themeKey")} AS key, ${column("t", articleThemes, "score")} AS score
         FROM article_themes t WHERE t.article_id = ? ORDER BY t.score DESC, t.theme_key`,
        id,
      ),
    },
  };
}
