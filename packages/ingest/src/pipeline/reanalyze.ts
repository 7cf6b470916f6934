import { extname } from "node:path";
import {
  articles,
  type ChanceryDatabase,
  type DatePrecision,
  type DateSource,
  ENTITIES_OF_ARTICLE,
  type ReanalysisToStore,
  writerFor,
} from "@chancery/db";
import { type PostgresDatabase, articles as postgresArticles, postgresWriterFor } from "@chancery/db/postgres";
import { and, asc, gt, ne } from "drizzle-orm";
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

/** A stored article as a reanalysis reads it back. */
interface StoredArticle {
  id: number;
  raw: string;
  format: string;
  path: string | null;
  publishedAt: string | null;
  publishedPrecision: DatePrecision | null;
  publishedSource: DateSource | null;
  publishedEvidence: string | null;
}

/** Articles read per page: a reanalysis holds one page of raw texts at a time, whatever the corpus's size. */
const PAGE = 500;

/** The current analyzer's reading of a stored article's raw text, ready for the writer; throws when it cannot be read. */
function reanalysisOf(row: StoredArticle): { reanalysis: ReanalysisToStore; after: FindingCounts } {
  const [document] = readBuffer(sourceNameFor(row.format, row.path), new TextEncoder().encode(row.raw));
  if (!document || "error" in document) throw new Error(document?.error ?? "the raw text could not be read");
  const prepared = prepareArticle({ ...document, sourcePath: row.path ?? document.sourcePath });
  return {
    reanalysis: {
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
    },
    after: countFindings(prepared.analysis),
  };
}

/** Adds one reanalysed article's change to the report. */
function tally(report: ReanalyzeReport, before: FindingCounts, after: FindingCounts): void {
  let changed = false;
  for (const key of Object.keys(after) as Array<keyof FindingCounts>) {
    report.delta[key] += after[key] - before[key];
    if (after[key] !== before[key]) changed = true;
  }
  if (changed) report.changed++;
}

function fail(report: ReanalyzeReport, id: number, error: unknown): void {
  const failure = { id, error: error instanceof Error ? error.message : String(error) };
  if (report.failed.length < FAILURES_LISTED) report.failed.push(failure);
  else report.failedOmitted++;
}

const emptyReport = (): ReanalyzeReport => ({
  articles: 0,
  changed: 0,
  failed: [],
  failedOmitted: 0,
  delta: zero(),
  analyzerVersion: ANALYZER_VERSION,
});

/** Which articles a reanalysis takes, and who hears of its progress. */
export interface ReanalyzeOptions {
  /** Every article, not only those an older analyzer read. */
  all?: boolean;
  onProgress?: (done: number) => void;
}

/**
 * Recomputes the analysis of the articles an older analyzer read (every article with `all`) from their raw text,
 * one transaction per article, as on PostgreSQL: a killed run leaves each article old or new, and the next run
 * does only the rest.
 * @example const report = reanalyzeAll(openDatabase()); // report.delta.people === +3
 */
export function reanalyzeAll(database: ChanceryDatabase, options: ReanalyzeOptions = {}): ReanalyzeReport {
  const report = emptyReport();
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
        analyzerVersion: articles.analyzerVersion,
      })
      .from(articles)
      .where(
        options.all
          ? gt(articles.id, lastId)
          : and(gt(articles.id, lastId), ne(articles.analyzerVersion, ANALYZER_VERSION)),
      )
      .orderBy(asc(articles.id))
      .limit(PAGE)
      .all();
    if (page.length === 0) break;
    for (const row of page) {
      lastId = row.id;
      // A stamp from a newer analyzer than this one (another install ran ahead) is left alone, as on PostgreSQL.
      if (!options.all && !olderAnalyzer(row.analyzerVersion)) continue;
      report.articles++;
      try {
        const { reanalysis, after } = reanalysisOf(row);
        const before = countStored(row.id);
        writer.replaceAnalysis(reanalysis);
        tally(report, before, after);
      } catch (error) {
        fail(report, row.id, error);
      }
      options.onProgress?.(report.articles);
    }
  }
  return report;
}

/**
 * Whether an article stamped with analyzer version `stored` is older than `current`: versions of dotted numbers
 * compare part by part; any other stamp ("fixture", a hand-written "old") counts as older.
 */
export function olderAnalyzer(stored: string, current: string = ANALYZER_VERSION): boolean {
  const parts = (version: string) => (/^\d+(\.\d+)*$/.test(version) ? version.split(".").map(Number) : null);
  const [a, b] = [parts(stored), parts(current)];
  if (!a || !b) return stored !== current;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? 0, b[i] ?? 0];
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * `reanalyzeAll` on PostgreSQL: the articles whose analyzer version is older than the current one (all of them with
 * `all`), read by id a page at a time, each replaced in its own transaction by the PostgreSQL writer, which skips one
 * another process has brought up to date meanwhile. An article is either old or new, so a killed run resumes where
 * it stopped and a second run finds nothing to do; ingests may run at the same time.
 * @example const report = await reanalyzeAllPostgres(await openPostgres(url));
 */
export async function reanalyzeAllPostgres(
  database: PostgresDatabase,
  options: ReanalyzeOptions = {},
): Promise<ReanalyzeReport> {
  const report = emptyReport();
  const writer = postgresWriterFor(database);
  const a = postgresArticles;
  const counter = toPostgresParameters(STORED_COUNTS);
  const countStored = async (id: number) => (await database.pool.query<FindingCounts>(counter, [id])).rows[0] ?? zero();
  const unless = options.all ? undefined : (stored: string) => !olderAnalyzer(stored);
  let lastId = 0;
  for (;;) {
    const page = await database.db
      .select({
        id: a.id,
        raw: a.rawText,
        format: a.sourceFormat,
        path: a.sourcePath,
        publishedAt: a.publishedAt,
        publishedPrecision: a.publishedPrecision,
        publishedSource: a.publishedSource,
        publishedEvidence: a.publishedEvidence,
        analyzerVersion: a.analyzerVersion,
      })
      .from(a)
      .where(options.all ? gt(a.id, lastId) : and(gt(a.id, lastId), ne(a.analyzerVersion, ANALYZER_VERSION)))
      .orderBy(asc(a.id))
      .limit(PAGE);
    if (page.length === 0) break;
    for (const row of page) {
      lastId = Number(row.id);
      if (unless?.(row.analyzerVersion)) continue;
      const stored = { ...row, id: lastId } as StoredArticle;
      try {
        const { reanalysis, after } = reanalysisOf(stored);
        const before = await countStored(lastId);
        if (!(await writer.replaceAnalysis(reanalysis, { unless }))) continue;
        report.articles++;
        tally(report, before, after);
      } catch (error) {
        report.articles++;
        fail(report, lastId, error);
      }
      options.onProgress?.(report.articles);
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

/**
 * What is stored for one article, counted as `countFindings` counts an analysis: one query, written once for both
 * backends (`@id`; counts cast so both drivers return numbers).
 */
const STORED_COUNTS = (() => {
  // The entities the article's rows point at, as the writers count them: a speaker named only in the headline has a
  // quote but no mention, and counting mentions alone would report every such article as changed.
  const listed = ENTITIES_OF_ARTICLE.replaceAll(":article", "@id");
  const entitiesOf = (type: string) =>
    `CAST((SELECT count(*) FROM (${listed}) l JOIN entities e ON e.id = l.entity_id WHERE e.type = '${type}') AS INTEGER)`;
  const rows = (table: string) => `CAST((SELECT count(*) FROM ${table} WHERE article_id = @id) AS INTEGER)`;
  return `SELECT ${entitiesOf("person")} AS "people", ${entitiesOf("country")} AS "countries",
       ${entitiesOf("organization")} AS "organizations", ${entitiesOf("domestic_body")} AS "domesticBodies",
       ${rows("indicators")} AS "indicators", ${rows("partnerships")} AS "partnerships",
       ${rows("quotes")} AS "quotes", ${rows("article_themes")} AS "themes"`;
})();

/** The one parameter `@id` as PostgreSQL's `$1`. */
const toPostgresParameters = (text: string) => text.replaceAll("@id", "$1");

/** The stored counts on SQLite, the statement prepared once. */
function storedCounter(database: ChanceryDatabase): (articleId: number) => FindingCounts {
  const statement = database.sqlite.prepare(STORED_COUNTS);
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
