import { extname } from "node:path";
import { articles, type ChanceryDatabase, type DatePrecision, type DateSource, writerFor } from "@chancery/db";
import { asc, gt } from "drizzle-orm";
import { ANALYZER_VERSION } from "../analyse/index.js";
import { readBuffer } from "../read/index.js";
import { countFindings, type FindingCounts } from "./finding-counts.js";
import { type PreparedArticle, prepareArticle } from "./prepare.js";
import { FAILURES_LISTED } from "./report.js";

export interface ReanalyzeReport {
  articles: number;
  changed: number;
  /** The first `FAILURES_LISTED` failures; the rest are counted in `failedOmitted`, so memory stays bounded. */
  failed: Array<{ id: number; error: string }>;
  failedOmitted: number;
  /** Findings after minus findings before, per kind. */
  delta: FindingCounts;
  analyzerVersion: string;
}

const zero = (): FindingCounts => ({
  people: 0,
  countries: 0,
  organizations: 0,
  domesticBodies: 0,
  indicators: 0,
  partnerships: 0,
  quotes: 0,
  themes: 0,
});

/** The stored raw text read again the way it was first read, so cleaning and analysis both get redone. */
function sourceNameFor(format: string, path: string | null): string {
  const extension = format === "api" ? ".txt" : `.${format === "jsonl" ? "json" : format}`;
  const base = path ? path.replace(/[:[].*$/, "") : "article";
  return extname(base) === extension ? base : `${base}${extension}`;
}

/**
 * Recomputes every stored article's analysis from its raw text, one transaction per article.
 * @example const report = reanalyzeAll(openDatabase()); // report.delta.people === +3
 */
export function reanalyzeAll(database: ChanceryDatabase, onProgress?: (done: number) => void): ReanalyzeReport {
  const report: ReanalyzeReport = {
    articles: 0,
    changed: 0,
    failed: [],
    failedOmitted: 0,
    delta: zero(),
    analyzerVersion: ANALYZER_VERSION,
  };
  const countStored = storedCounter(database);
  const writer = writerFor(database);
  let lastId = 0;
  for (;;) {
    const page = database.db
      .select({
        id: articles.id,
        raw: articles.rawText,
        format: articles.sourceFormat,
        path: articles.sourcePath,
        publishedAt: articles.publishedAt,
        publishedPrecision: articles.publishedPrecision,
        publishedSource: articles.publishedSource,
        publishedEvidence: articles.publishedEvidence,
      })
      .from(articles)
      .where(gt(articles.id, lastId))
      .orderBy(asc(articles.id))
      .limit(500)
      .all();
    if (page.length === 0) break;
    for (const row of page) {
      lastId = row.id;
      report.articles++;
      try {
        const [document] = readBuffer(sourceNameFor(row.format, row.path), new TextEncoder().encode(row.raw));
        if (!document || "error" in document) throw new Error(document?.error ?? "the raw text could not be read");
        const prepared = prepareArticle({ ...document, sourcePath: row.path ?? document.sourcePath });
        const before = countStored(row.id);
        const after = countFindings(prepared.analysis);
        writer.replaceAnalysis({
          articleId: row.id,
          article: {
            body: prepared.body,
            removedNoise: JSON.stringify(prepared.noise),
            wordCount: prepared.wordCount,
            analyzerVersion: ANALYZER_VERSION,
            source: prepared.source,
            datelinePlace: prepared.datelinePlace,
            ...publicationOf(row, prepared.published),
          },
          findings: prepared.analysis,
        });
        let changed = false;
        for (const key of Object.keys(after) as Array<keyof FindingCounts>) {
          report.delta[key] += after[key] - before[key];
          if (after[key] !== before[key]) changed = true;
        }
        if (changed) report.changed++;
      } catch (error) {
        const failure = { id: row.id, error: error instanceof Error ? error.message : String(error) };
        if (report.failed.length < FAILURES_LISTED) report.failed.push(failure);
        else report.failedOmitted++;
      }
      onProgress?.(report.articles);
    }
  }
  return report;
}

/**
 * A date the file's metadata gave stays (it may have come from a manifest, which the raw text does not carry);
 * a date read from the text is read again, as the cleaner may now find it in a dateline it used to miss.
 */
function publicationOf(
  stored: {
    publishedAt: string | null;
    publishedPrecision: DatePrecision | null;
    publishedSource: DateSource | null;
    publishedEvidence: string | null;
  },
  reread: PreparedArticle["published"],
) {
  if (stored.publishedSource === "metadata" || !reread) {
    const { publishedAt, publishedPrecision, publishedSource, publishedEvidence } = stored;
    return { publishedAt, publishedPrecision, publishedSource, publishedEvidence };
  }
  return {
    publishedAt: reread.date,
    publishedPrecision: reread.precision,
    publishedSource: reread.source,
    publishedEvidence: reread.evidence,
  };
}

/** What is stored for one article, counted as `countFindings` counts an analysis; one query, prepared once. */
function storedCounter(database: ChanceryDatabase): (articleId: number) => FindingCounts {
  const entitiesOf = (type: string) =>
    `(SELECT count(DISTINCT m.entity_id) FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.article_id = @id AND e.type = '${type}')`;
  const statement = database.sqlite.prepare(
    `SELECT ${entitiesOf("person")} AS people, ${entitiesOf("country")} AS countries,
       ${entitiesOf("organization")} AS organizations, ${entitiesOf("domestic_body")} AS domesticBodies,
       (SELECT count(*) FROM indicators WHERE article_id = @id) AS indicators,
       (SELECT count(*) FROM partnerships WHERE article_id = @id) AS partnerships,
       (SELECT count(*) FROM quotes WHERE article_id = @id) AS quotes,
       (SELECT count(*) FROM article_themes WHERE article_id = @id) AS themes`,
  );
  return (id) => statement.get({ id }) as FindingCounts;
}

export function formatDelta(delta: FindingCounts): string {
  const labels: Record<keyof FindingCounts, [string, string]> = {
    people: ["person", "people"],
    countries: ["country", "countries"],
    organizations: ["organisation", "organisations"],
    domesticBodies: ["domestic body", "domestic bodies"],
    indicators: ["indicator", "indicators"],
    partnerships: ["partnership", "partnerships"],
    quotes: ["quote", "quotes"],
    themes: ["theme", "themes"],
  };
  const parts = (Object.keys(labels) as Array<keyof FindingCounts>)
    .filter((key) => delta[key] !== 0)
    .map((key) => {
      const n = delta[key];
      const [one, many] = labels[key];
      return `${n > 0 ? "+" : "−"}${Math.abs(n)} ${Math.abs(n) === 1 ? one : many}`;
    });
  return parts.length > 0 ? parts.join(", ") : "no change";
}
