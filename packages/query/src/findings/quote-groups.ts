import { articleRow, type ChanceryDatabase, quoteRow } from "@chancery/db";
import { z } from "zod";
import { parseInput } from "../errors.js";
import { Id, Limit } from "../inputs.js";
import { memoByChange } from "../metrics/change-memo.js";
import { prepared } from "../statements.js";
import { publicationSpan } from "../timeline/time-model.js";
import { groupRepeats } from "./repeats.js";

export const ListQuoteGroupsInput = z.object({
  speaker: Id.optional(),
  limit: Limit,
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ListQuoteGroupsInput = z.input<typeof ListQuoteGroupsInput>;

/** One article carrying a grouped quote. */
export const QuoteSource = z.object({
  quoteId: quoteRow.shape.id,
  articleId: quoteRow.shape.articleId,
  articleTitle: articleRow.shape.title,
  outlet: articleRow.shape.outlet,
  publishedAt: articleRow.shape.publishedAt,
  start: quoteRow.shape.start,
});
export type QuoteSource = z.infer<typeof QuoteSource>;

export const QuoteGroup = z.object({
  /** The longest wording, shown once. */
  text: quoteRow.shape.text,
  speakerEntityId: quoteRow.shape.speakerEntityId,
  speakerName: quoteRow.shape.speakerName,
  articles: z.number().int(),
  outlets: z.number().int(),
  /** Publication dates only; articles with none are counted in `undated`. */
  firstPublishedAt: z.string().nullable(),
  lastPublishedAt: z.string().nullable(),
  undated: z.number().int(),
  /** Newest first, at most `sourcesLimit`; `articles` says how many there are. */
  sources: z.array(QuoteSource),
});
export type QuoteGroup = z.infer<typeof QuoteGroup>;

export const QuoteGroupPage = z.object({
  items: z.array(QuoteGroup),
  /** Groups in all, and the quotes they were made from. */
  total: z.number().int(),
  quotes: z.number().int(),
  /** Without a speaker, only the latest `window` quotes are grouped (null: every quote of the speaker was). */
  window: z.number().int().nullable(),
  nextOffset: z.number().int().nullable(),
});
export type QuoteGroupPage = z.infer<typeof QuoteGroupPage>;

export const sourcesLimit = 50;
/** The latest quotes grouped when no speaker is given: bounds the work on a large corpus. */
export const quoteWindow = 1000;

type QuoteRow = QuoteSource & { text: string; speakerEntityId: number | null; speakerName: string | null };

/**
 * Quotes grouped by speaker and wording (the same words after normalising, allowing truncation and small edits):
 * each said once with how many articles and outlets carry it, its first and latest publication dates and its
 * sources; groups newest first. Reads the speaker's quotes from their index (or the latest `quoteWindow` quotes),
 * never article bodies, and keeps the grouping until the data change.
 */
export function listQuoteGroups(database: ChanceryDatabase, input: ListQuoteGroupsInput = {}): QuoteGroupPage {
  const options = parseInput(ListQuoteGroupsInput, input);
  const groups = memoByChange(database, `quote-groups:${options.speaker ?? "all"}`, () =>
    computeGroups(database, options.speaker),
  );
  const items = groups.items.slice(options.offset, options.offset + options.limit);
  const next = options.offset + options.limit;
  return {
    items,
    total: groups.items.length,
    quotes: groups.quotes,
    window: options.speaker === undefined ? quoteWindow : null,
    nextOffset: next < groups.items.length ? next : null,
  };
}

const columns = `q.id AS quoteId, q.article_id AS articleId, a.title AS articleTitle, a.outlet AS outlet,
  a.published_at AS publishedAt, q.start AS start, q.text AS text, q.speaker_entity_id AS speakerEntityId,
  q.speaker_name AS speakerName`;

function computeGroups(database: ChanceryDatabase, speaker: number | undefined) {
  const rows = (
    speaker === undefined
      ? prepared(
          database.sqlite,
          `SELECT ${columns} FROM (SELECT id FROM quotes ORDER BY id DESC LIMIT ${quoteWindow}) latest
           JOIN quotes q ON q.id = latest.id JOIN articles a ON a.id = q.article_id`,
        ).all()
      : prepared(
          database.sqlite,
          `SELECT ${columns} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_entity_id = ?`,
        ).all(speaker)
  ) as QuoteRow[];
  // Newest first, so each group's sources and the groups themselves come out in that order.
  rows.sort(newestFirst);
  const items = groupRepeats(
    rows,
    (row) => row.text,
    (row) => row.speakerEntityId ?? row.speakerName ?? "",
  ).map(summarise);
  return { items, quotes: rows.length };
}

const newestFirst = (a: QuoteSource, b: QuoteSource) =>
  (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || b.articleId - a.articleId || a.start - b.start;

function summarise(members: QuoteRow[]): QuoteGroup {
  const first = members[0] as QuoteRow;
  const longest = members.reduce((best, row) => (row.text.length > best.text.length ? row : best), first);
  const articles = new Map<number, QuoteRow>();
  for (const row of members) if (!articles.has(row.articleId)) articles.set(row.articleId, row);
  const sources = [...articles.values()];
  const span = publicationSpan(sources.map((row) => row.publishedAt));
  return {
    text: longest.text,
    speakerEntityId: first.speakerEntityId,
    speakerName: first.speakerName,
    articles: sources.length,
    outlets: new Set(sources.map((row) => row.outlet ?? "")).size,
    firstPublishedAt: span.first,
    lastPublishedAt: span.last,
    undated: span.undated,
    sources: sources.slice(0, sourcesLimit).map(({ quoteId, articleId, articleTitle, outlet, publishedAt, start }) => ({
      quoteId,
      articleId,
      articleTitle,
      outlet,
      publishedAt,
      start,
    })),
  };
}
