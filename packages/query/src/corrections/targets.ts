import { type ChanceryDatabase, entityTypes } from "@chancery/db";
import { z } from "zod";
import { parseInput, QueryError } from "../errors.js";
import { Id } from "../inputs.js";
import { prepared } from "../statements.js";

/*
 * What a correction names, read with its stable keys (entity key, article content hash, a finding's natural key):
 * the dashboard builds corrections from these, so it never has to know how keys are made.
 */

export const ListCorrectableEntitiesInput = z.object({
  type: z.enum(entityTypes).optional(),
  /** Words of the name, matched anywhere in it. */
  q: z.string().trim().max(200).optional(),
  /** One entity by id (the one a page shows). */
  id: Id.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type ListCorrectableEntitiesInput = z.input<typeof ListCorrectableEntitiesInput>;

export const CorrectableEntity = z.object({
  id: z.number().int(),
  type: z.enum(entityTypes),
  key: z.string(),
  name: z.string(),
  articleCount: z.number().int(),
});
export const CorrectableEntities = z.object({ items: z.array(CorrectableEntity) });
export type CorrectableEntities = z.infer<typeof CorrectableEntities>;

/** Entities with their keys, most mentioned first: the merge box's choices, or one entity by id. */
export function listCorrectableEntities(
  database: ChanceryDatabase,
  input: ListCorrectableEntitiesInput = {},
): CorrectableEntities {
  const options = parseInput(ListCorrectableEntitiesInput, input);
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (options.type) {
    where.push("type = @type");
    params.type = options.type;
  }
  if (options.id !== undefined) {
    where.push("id = @id");
    params.id = options.id;
  }
  if (options.q) {
    where.push("(name LIKE @q ESCAPE '\\' OR key LIKE @q ESCAPE '\\')");
    params.q = `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const items = prepared(
    database.sqlite,
    `SELECT id, type, key, name, article_count AS articleCount FROM entities
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY mention_count DESC, id LIMIT ${options.limit}`,
  ).all(params) as CorrectableEntities["items"];
  return { items };
}

export const GetCorrectableFindingsInput = z.object({ article: Id });

export const CorrectableFindings = z.object({
  articleId: z.number().int(),
  /** The article's content hash: how a correction names it. */
  article: z.string(),
  people: z.array(z.object({ key: z.string(), name: z.string(), mentions: z.number().int() })),
  indicators: z.array(
    z.object({
      id: z.number().int(),
      key: z.string().nullable(),
      value: z.number(),
      unit: z.string().nullable(),
      about: z.string().nullable(),
      sentence: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
  partnerships: z.array(
    z.object({
      id: z.number().int(),
      countryCode: z.string(),
      countryName: z.string(),
      level: z.string(),
      year: z.number().int().nullable(),
    }),
  ),
  quotes: z.array(z.object({ id: z.number().int(), speaker: z.string().nullable(), text: z.string() })),
  themes: z.array(z.object({ key: z.string(), score: z.number() })),
});
export type CorrectableFindings = z.infer<typeof CorrectableFindings>;

/** An article's findings by their natural keys, as a reject or fix names them. */
export function getCorrectableFindings(
  database: ChanceryDatabase,
  input: { article: number | string },
): CorrectableFindings {
  const { article: id } = parseInput(GetCorrectableFindingsInput, input);
  const all = <T>(sql: string) => prepared(database.sqlite, sql).all(id) as T[];
  const article = prepared(database.sqlite, "SELECT content_hash AS hash FROM articles WHERE id = ?").get(id) as
    | { hash: string }
    | undefined;
  if (!article) throw new QueryError("not_found", `No article with id ${id}.`);
  return {
    articleId: id,
    article: article.hash,
    people: all(
      `SELECT e.key, e.name, count(*) AS mentions FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = ? AND e.type = 'person' GROUP BY e.id ORDER BY min(m.start)`,
    ),
    indicators: all(
      'SELECT id, key, value, unit, about, sentence, start, "end" FROM indicators WHERE article_id = ? ORDER BY start',
    ),
    partnerships: all(
      "SELECT id, country_code AS countryCode, country_name AS countryName, level, year FROM partnerships WHERE article_id = ? ORDER BY start",
    ),
    quotes: all("SELECT id, speaker_name AS speaker, text FROM quotes WHERE article_id = ? ORDER BY start"),
    themes: all("SELECT theme_key AS key, score FROM article_themes WHERE article_id = ? ORDER BY score DESC"),
  };
}
