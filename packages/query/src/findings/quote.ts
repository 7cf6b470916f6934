import { z } from "zod";

export const Quote = z.object({
  id: z.number().int(),
  text: z.string(),
  speakerEntityId: z.number().int().nullable(),
  speakerName: z.string().nullable(),
  articleId: z.number().int(),
  articleTitle: z.string().nullable(),
  publishedAt: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Quote = z.infer<typeof Quote>;

/** Columns for a Quote from `quotes q JOIN articles a`. */
export const quoteColumns = `q.id, q.text, q.speaker_entity_id AS speakerEntityId, q.speaker_name AS speakerName,
  q.article_id AS articleId, a.title AS articleTitle, a.published_at AS publishedAt, q.start, q."end"`;
