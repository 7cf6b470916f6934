import {
  type ChanceryDatabase,
  datePrecisions,
  dateSources,
  entityTypes,
  partnershipLevels,
  sourceFormats,
} from "@chancery/db";
import { z } from "zod";
import { parseInput, QueryError } from "../errors.js";
import { Id } from "../inputs.js";
import { prepared } from "../statements.js";

const Offsets = { start: z.number().int(), end: z.number().int() };

export const ArticleDetail = z.object({
  article: z.object({
    id: z.number().int(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string().nullable(),
    publishedAt: z.string().nullable(),
    publishedPrecision: z.enum(datePrecisions).nullable(),
    publishedSource: z.enum(dateSources).nullable(),
    wordCount: z.number().int(),
    storyId: z.number().int().nullable(),
  }),
  /** `start` is the paragraph's character offset in `body`, so findings can be highlighted per paragraph. */
  paragraphs: z.array(z.object({ start: z.number().int(), text: z.string() })),
  body: z.string(),
  provenance: z.object({
    sourcePath: z.string().nullable(),
    sourceFormat: z.enum(sourceFormats),
    ingestedAt: z.string(),
    analyzerVersion: z.string(),
    contentHash: z.string(),
  }),
  removedNoise: z.array(z.object({ kind: z.string(), text: z.string() })),
  sightings: z.array(
    z.object({
      sourcePath: z.string().nullable(),
      url: z.string().nullable(),
      outlet: z.string().nullable(),
      seenAt: z.string(),
    }),
  ),
  otherVersions: z.array(
    z.object({
      id: z.number().int(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      publishedAt: z.string().nullable(),
    }),
  ),
  findings: z.object({
    mentions: z.array(
      z.object({
        id: z.number().int(),
        entityId: z.number().int(),
        type: z.enum(entityTypes),
        name: z.string(),
        surface: z.string(),
        ...Offsets,
      }),
    ),
    roles: z.array(z.object({ entityId: z.number().int(), role: z.string(), ...Offsets })),
    indicators: z.array(
      z.object({
        id: z.number().int(),
        key: z.string().nullable(),
        value: z.number(),
        of: z.number().nullable(),
        unit: z.string().nullable(),
        qualifier: z.string().nullable(),
        ...Offsets,
      }),
    ),
    partnerships: z.array(
      z.object({
        id: z.number().int(),
        countryCode: z.string(),
        countryName: z.string(),
        level: z.enum(partnershipLevels),
        year: z.number().int().nullable(),
        ...Offsets,
      }),
    ),
    quotes: z.array(
      z.object({
        id: z.number().int(),
        speakerEntityId: z.number().int().nullable(),
        speakerName: z.string().nullable(),
        text: z.string(),
        ...Offsets,
      }),
    ),
    themes: z.array(z.object({ key: z.string(), score: z.number() })),
  }),
});
export type ArticleDetail = z.infer<typeof ArticleDetail>;

export const GetArticleInput = z.object({ id: Id });

const NoiseList = z.array(z.object({ kind: z.string(), text: z.string() }));

interface ArticleRecord extends Omit<ArticleDetail["article"], never> {
  body: string;
  sourcePath: string | null;
  sourceFormat: ArticleDetail["provenance"]["sourceFormat"];
  ingestedAt: string;
  analyzerVersion: string;
  contentHash: string;
  removedNoise: string;
}

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
  const record = prepared(
    sqlite,
    `SELECT id, title, outlet, author, url, language, published_at AS publishedAt, published_precision AS publishedPrecision,
      published_source AS publishedSource, word_count AS wordCount, story_id AS storyId, body, source_path AS sourcePath,
      source_format AS sourceFormat, ingested_at AS ingestedAt, analyzer_version AS analyzerVersion,
      content_hash AS contentHash, removed_noise AS removedNoise
    FROM articles WHERE id = ?`,
  ).get(id) as ArticleRecord | undefined;
  if (!record) throw new QueryError("not_found", `No article with id ${id}.`);
  const all = <T>(sql: string, ...params: unknown[]) => prepared(sqlite, sql).all(...params) as T[];
  return {
    article: {
      id: record.id,
      title: record.title,
      outlet: record.outlet,
      author: record.author,
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
      "SELECT source_path AS sourcePath, url, outlet, seen_at AS seenAt FROM article_sightings WHERE article_id = ? ORDER BY id",
      id,
    ),
    otherVersions:
      record.storyId === null
        ? []
        : all(
            "SELECT id, title, outlet, published_at AS publishedAt FROM articles WHERE story_id = ? AND id != ? ORDER BY id LIMIT 100",
            record.storyId,
            id,
          ),
    findings: {
      mentions: all(
        `SELECT m.id, m.entity_id AS entityId, e.type, e.name, m.surface, m.start, m."end"
         FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start`,
        id,
      ),
      roles: all(
        `SELECT entity_id AS entityId, role, start, "end" FROM person_roles WHERE article_id = ? ORDER BY start`,
        id,
      ),
      indicators: all(
        `SELECT id, key, value, "of", unit, qualifier, start, "end" FROM indicators WHERE article_id = ? ORDER BY start`,
        id,
      ),
      partnerships: all(
        `SELECT id, country_code AS countryCode, country_name AS countryName, level, year, start, "end"
         FROM partnerships WHERE article_id = ? ORDER BY start`,
        id,
      ),
      quotes: all(
        `SELECT id, speaker_entity_id AS speakerEntityId, speaker_name AS speakerName, text, start, "end"
         FROM quotes WHERE article_id = ? ORDER BY start`,
        id,
      ),
      themes: all("SELECT theme_key AS key, score FROM article_themes WHERE article_id = ? ORDER BY score DESC", id),
    },
  };
}
