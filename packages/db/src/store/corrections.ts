import type { Statement } from "better-sqlite3";
import type { ChanceryDatabase } from "../open.js";
import type { CorrectionKind } from "../schema/index.js";
import {
  type Correction,
  CorrectionError,
  CorrectionInput,
  type EntityRef,
  entityKeyOf,
  type FindingTarget,
  type FindingToAdd,
} from "./correction-entry.js";
import type { EntityToStore, FindingsToStore, IndicatorToStore, PartnershipToStore, QuoteToStore } from "./types.js";

/** A stored log entry, parsed. */
export interface CorrectionEntry {
  id: number;
  kind: CorrectionKind;
  correction: Correction;
  createdAt: string;
  undoes: number | null;
}

/** How the corrections reach the findings tables: the writer's own delete and insert of one article's findings. */
export interface FindingsHooks {
  deleteFindings(articleId: number): void;
  insertFindings(articleId: number, findings: FindingsToStore, publishedAt: string | null): void;
}

export interface AppendOptions {
  /**
   * An imported log: entries whose targets this database lacks are kept (shown stale) instead of refused, and
   * each entry keeps its original time; `undo` targets name ids of the imported log.
   */
  imported?: boolean;
}

interface ActiveIndex {
  /** Whether the log has any entry at all (if not, nothing is looked at). */
  anyEntries: boolean;
  active: number;
  aliases: Map<string, { key: string; name: string; correctionId: number }>;
  renames: Map<string, { name: string; correctionId: number }>;
  byArticle: Map<string, CorrectionEntry[]>;
}

const entityId = (type: string, key: string) => `${type}\u0000${key}`;
const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const sameText = (a: string | null, b: string | null) => (a === null || b === null ? a === b : squash(a) === squash(b));
const opens = (text: string, opening: string) =>
  squash(text)
    .toLowerCase()
    .startsWith(
      squash(opening)
        .toLowerCase()
        .replace(/[.…]+$/, ""),
    );

/**
 * Every read and write of the corrections, once for both backends: `@name` parameters (numbered for PostgreSQL by
 * the driver), integers cast so both return numbers (PostgreSQL's are bigint), camelCase names quoted.
 */
export const CORRECTION_SQL = {
  lastId: `SELECT CAST(coalesce(max(id), 0) AS INTEGER) AS n FROM corrections`,
  article: `SELECT CAST(id AS INTEGER) AS id, content_hash AS hash, published_at AS "publishedAt" FROM articles WHERE id = @id`,
  articleByHash: `SELECT CAST(id AS INTEGER) AS id FROM articles WHERE content_hash = @hash`,
  body: `SELECT body FROM articles WHERE id = @id`,
  clearHits: `DELETE FROM correction_hits WHERE article_id = @articleId`,
  addHit: `INSERT INTO correction_hits (correction_id, article_id) VALUES (@correctionId, @articleId) ON CONFLICT DO NOTHING`,
  keepRaw: `INSERT INTO corrected_analyses (article_id, findings) VALUES (@articleId, @findings)
    ON CONFLICT (article_id) DO UPDATE SET findings = excluded.findings`,
  dropRaw: `DELETE FROM corrected_analyses WHERE article_id = @articleId`,
  raw: `SELECT findings FROM corrected_analyses WHERE article_id = @articleId`,
  entityName: `SELECT name FROM entities WHERE type = @type AND key = @key`,
  insertEntry: `INSERT INTO corrections (kind, target, payload, author, reason, created_at, undoes)
    VALUES (@kind, @target, @payload, @author, @reason, @createdAt, @undoes) RETURNING CAST(id AS INTEGER) AS id`,
  entry: `SELECT CAST(id AS INTEGER) AS id, kind FROM corrections WHERE id = @id`,
  undoneBy: `SELECT CAST(id AS INTEGER) AS id FROM corrections WHERE undoes = @id`,
  entries: `SELECT CAST(id AS INTEGER) AS id, kind, target, payload, author, reason, created_at AS "createdAt",
    CAST(undoes AS INTEGER) AS undoes FROM corrections ORDER BY id`,
  anyHit: `SELECT 1 AS one FROM correction_hits WHERE correction_id = @correctionId`,
  hitArticles: `SELECT CAST(article_id AS INTEGER) AS "articleId" FROM correction_hits WHERE correction_id = @correctionId`,
  dropHits: `DELETE FROM correction_hits WHERE correction_id = @correctionId`,
  mentioning: `SELECT DISTINCT CAST(m.article_id AS INTEGER) AS "articleId" FROM mentions m
    JOIN entities e ON e.id = m.entity_id WHERE e.type = @type AND e.key = @key`,
  teachAlias: `INSERT INTO entity_aliases (type, variant_key, canonical_key, correction_id)
    VALUES (@type, @variantKey, @canonicalKey, @correctionId)
    ON CONFLICT (type, variant_key) DO UPDATE SET canonical_key = excluded.canonical_key, correction_id = excluded.correction_id`,
  forgetAliases: `DELETE FROM entity_aliases WHERE correction_id = @correctionId`,
  aliases: `SELECT type, variant_key AS "variantKey", canonical_key AS "canonicalKey",
    CAST(correction_id AS INTEGER) AS "correctionId" FROM entity_aliases`,
  storedMentions: `SELECT CAST(e.id AS INTEGER) AS "entityId", e.type, e.key, e.name, e.code, e.acronym,
    CAST(m.sentence_index AS INTEGER) AS "sentenceIndex", CAST(m.start AS INTEGER) AS start,
    CAST(m."end" AS INTEGER) AS "end", m.surface
    FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = @articleId ORDER BY m.id`,
  storedRoles: `SELECT CAST(entity_id AS INTEGER) AS "entityId", role, CAST(start AS INTEGER) AS start,
    CAST("end" AS INTEGER) AS "end" FROM person_roles WHERE article_id = @articleId ORDER BY id`,
  // The article's entities its other rows point at (a role, a quote's speaker, a partnership's country): one with no
  // mention, as a speaker named only in the headline, is listed as much as one the body names (rows.ts listedEntities).
  storedListed: `SELECT CAST(e.id AS INTEGER) AS "entityId", e.type, e.key, e.name, e.code, e.acronym
    FROM entities e WHERE e.id IN (SELECT entity_id FROM person_roles WHERE article_id = @articleId
      UNION SELECT speaker_entity_id FROM quotes WHERE article_id = @articleId
      UNION SELECT country_entity_id FROM partnerships WHERE article_id = @articleId) ORDER BY e.id`,
  storedIndicators: `SELECT key, value, "of", unit, qualifier, about, sentence,
    CAST(sentence_index AS INTEGER) AS "sentenceIndex", CAST(start AS INTEGER) AS start, CAST("end" AS INTEGER) AS "end"
    FROM indicators WHERE article_id = @articleId ORDER BY id`,
  storedPartnerships: `SELECT country_code AS "countryCode", country_name AS "countryName", level,
    CAST(year AS INTEGER) AS year, year_source AS "yearSource", sentence,
    CAST(sentence_index AS INTEGER) AS "sentenceIndex", CAST(start AS INTEGER) AS start, CAST("end" AS INTEGER) AS "end"
    FROM partnerships WHERE article_id = @articleId ORDER BY id`,
  storedQuotes: `SELECT speaker_name AS speaker, text, CAST(start AS INTEGER) AS start, CAST("end" AS INTEGER) AS "end"
    FROM quotes WHERE article_id = @articleId ORDER BY id`,
  storedThemes: `SELECT theme_key AS key, score FROM article_themes WHERE article_id = @articleId`,
} as const;

export type CorrectionStatement = keyof typeof CORRECTION_SQL;

/**
 * One thing the corrections ask of the database: a statement (`run`, the first row with `get`, all with `all`), or
 * the writer's own delete or insert of an article's findings. The steps below yield these; each backend's driver
 * carries them out (synchronously on SQLite, awaited on PostgreSQL) and sends the answer back.
 */
export type CorrectionStep =
  | { statement: CorrectionStatement; params: Record<string, unknown>; mode: "run" | "get" | "all" }
  | { deleteFindings: number }
  | { insertFindings: { articleId: number; findings: FindingsToStore; publishedAt: string | null } };

type Steps<R> = Generator<CorrectionStep, R, unknown>;

function* get<R>(statement: CorrectionStatement, params: Record<string, unknown> = {}): Steps<R | undefined> {
  return (yield { statement, params, mode: "get" }) as R | undefined;
}
function* all<R>(statement: CorrectionStatement, params: Record<string, unknown> = {}): Steps<R[]> {
  return (yield { statement, params, mode: "all" }) as R[];
}
function* run(statement: CorrectionStatement, params: Record<string, unknown> = {}): Steps<void> {
  yield { statement, params, mode: "run" };
}

/**
 * Applies the analysts' corrections (the `corrections` log) to the findings the writer stores: every time an
 * article's findings are written — at ingest, reanalysis or when a correction is made or undone — the active
 * entries rewrite them first, so the tables hold the corrected picture and every read shows it unchanged.
 * The one description of these reads and writes, as steps; `CorrectionStore` (SQLite) and the PostgreSQL writer's
 * `PostgresCorrections` run them.
 */
export class CorrectionSteps {
  private loadedUpTo = -1;
  private index: ActiveIndex = emptyIndex();

  /**
   * The findings to store for an article: the analysis with the active corrections applied. Records which
   * corrections changed it (the others are stale) and keeps the analysis as given when any did.
   */
  *correct(articleId: number, given: FindingsToStore): Steps<FindingsToStore> {
    const index = yield* this.refresh();
    if (!index.anyEntries) return given;
    yield* run("clearHits", { articleId });
    const article = yield* get<{ id: number; hash: string }>("article", { id: articleId });
    if (index.active === 0 || !article) {
      yield* run("dropRaw", { articleId });
      return given;
    }
    const touched = new Set<number>();
    const perArticle = index.byArticle.get(article.hash) ?? [];
    // The body is read only when an entry of this article needs it (a split within a sentence, an added finding).
    const needsBody = perArticle.some((e) => e.kind === "split_mention" || e.kind === "add_finding");
    const body = needsBody ? ((yield* get<{ body: string }>("body", { id: articleId }))?.body ?? "") : "";
    const findings = applyCorrections(given, index, perArticle, () => body, touched);
    if (touched.size === 0) {
      yield* run("dropRaw", { articleId });
      return given;
    }
    yield* run("keepRaw", { articleId, findings: JSON.stringify(given) });
    for (const id of touched) yield* run("addHit", { correctionId: id, articleId });
    return findings;
  }

  /**
   * Appends entries to the log and applies them, re-deriving the findings of every article they touch. A new
   * entry that finds nothing to change is refused (unless imported), naming the thing it looked for.
   * Runs inside the caller's write transaction.
   */
  *append(inputs: readonly unknown[], options: AppendOptions = {}): Steps<CorrectionEntry[]> {
    const imported = options.imported === true;
    const affected = new Set<number>();
    const appended: CorrectionEntry[] = [];
    const importedIds = new Map<number, number>();
    for (const [n, input] of inputs.entries()) {
      const parsed = CorrectionInput.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = inputs.length > 1 ? `entry ${n + 1}: ` : "";
        throw new CorrectionError(
          "bad_request",
          `${where}${issue?.path.join(".") || "correction"}: ${issue?.message}`,
          {
            issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
          },
        );
      }
      let correction = parsed.data;
      const given = input as { id?: unknown; createdAt?: unknown };
      if (correction.kind === "undo" && imported) {
        const mapped = importedIds.get(correction.target.id);
        if (mapped === undefined) {
          throw new CorrectionError(
            "bad_request",
            `entry ${n + 1}: undoes entry ${correction.target.id}, which comes before it in no imported log`,
          );
        }
        correction = { ...correction, target: { id: mapped } };
      }
      correction = yield* this.validate(correction, imported);
      const createdAt =
        imported && typeof given.createdAt === "string" && given.createdAt ? given.createdAt : new Date().toISOString();
      const undoes = correction.kind === "undo" ? correction.target.id : null;
      const row = yield* get<{ id: number }>("insertEntry", {
        kind: correction.kind,
        target: JSON.stringify(correction.target),
        payload: JSON.stringify(correction.payload),
        author: correction.author,
        reason: correction.reason,
        createdAt,
        undoes,
      });
      if (!row) throw new Error("the database did not return the new correction's id");
      if (imported && typeof given.id === "number") importedIds.set(given.id, row.id);
      for (const id of yield* this.effectsOf(row.id, correction)) affected.add(id);
      appended.push({ id: row.id, kind: correction.kind, correction, createdAt, undoes });
    }
    yield* this.rederive([...affected]);
    if (!imported) {
      for (const entry of appended) {
        if (entry.kind === "undo") continue;
        const hit = yield* get("anyHit", { correctionId: entry.id });
        if (!hit)
          throw new CorrectionError(
            "not_found",
            `${describe(entry.correction)}: nothing matched, so nothing was changed`,
          );
      }
    }
    return appended;
  }

  /** Refuses what cannot be right whatever the database holds, and (for new entries) targets it does not hold. */
  private *validate(correction: Correction, imported: boolean): Steps<Correction> {
    const entityOf = (ref: EntityRef) => get<{ name: string }>("entityName", { type: ref.type, key: ref.key });
    const needArticle = function* (hash: string): Steps<void> {
      if (imported || (yield* get("articleByHash", { hash })) !== undefined) return;
      throw new CorrectionError("not_found", `No stored article has content hash ${hash}.`);
    };
    const needEntity = function* (ref: EntityRef): Steps<void> {
      if (!imported && !(yield* entityOf(ref)))
        throw new CorrectionError("not_found", `No ${label(ref.type)} with key "${ref.key}" is stored.`);
    };
    switch (correction.kind) {
      case "merge_entity": {
        const from = correction.target.entity;
        const alias = yield* this.resolve(from);
        if (alias.key !== from.key) {
          throw new CorrectionError(
            "bad_request",
            `The ${label(from.type)} "${from.key}" is already merged into "${alias.key}".`,
          );
        }
        yield* needEntity(from);
        const into = yield* this.resolve(correction.payload.into);
        if (into.key === from.key) {
          throw new CorrectionError(
            "bad_request",
            `"${correction.payload.into.key}" is already merged into "${from.key}"; merging back would loop.`,
          );
        }
        const stored = yield* entityOf({ type: from.type, key: into.key });
        if (!stored && !imported)
          throw new CorrectionError(
            "not_found",
            `No ${label(from.type)} with key "${into.key}" is stored to merge into.`,
          );
        return {
          ...correction,
          payload: {
            into: { type: from.type, key: into.key, name: stored?.name ?? correction.payload.into.name ?? into.name },
          },
        };
      }
      case "rename_entity":
        yield* needEntity(correction.target.entity);
        return correction;
      case "split_mention":
        yield* needArticle(correction.target.article);
        yield* needEntity(correction.target.entity);
        return correction;
      case "reject_finding":
      case "add_finding":
        yield* needArticle(correction.target.article);
        return correction;
      case "undo": {
        const { id } = correction.target;
        const row = yield* get<{ id: number; kind: string }>("entry", { id });
        if (!row) throw new CorrectionError("not_found", `No correction ${id} to undo.`);
        if (row.kind === "undo")
          throw new CorrectionError(
            "bad_request",
            `Correction ${id} is itself an undo; make the correction again instead.`,
          );
        const undone = yield* get<{ id: number }>("undoneBy", { id });
        if (undone)
          throw new CorrectionError("bad_request", `Correction ${id} was already undone by correction ${undone.id}.`);
        return correction;
      }
    }
  }

  /** Applies an entry's effect beyond the findings (the alias a merge teaches) and names the articles to re-derive. */
  private *effectsOf(id: number, correction: Correction): Steps<number[]> {
    const mentioning = function* (ref: EntityRef): Steps<number[]> {
      return (yield* all<{ articleId: number }>("mentioning", { type: ref.type, key: ref.key })).map(
        (r) => r.articleId,
      );
    };
    const byHash = function* (hash: string): Steps<number[]> {
      const row = yield* get<{ id: number }>("articleByHash", { hash });
      return row === undefined ? [] : [row.id];
    };
    switch (correction.kind) {
      case "merge_entity": {
        const { entity } = correction.target;
        yield* run("teachAlias", {
          type: entity.type,
          variantKey: entity.key,
          canonicalKey: correction.payload.into.key,
          correctionId: id,
        });
        return yield* mentioning(entity);
      }
      case "rename_entity":
        return yield* mentioning(correction.target.entity);
      case "split_mention":
      case "reject_finding":
      case "add_finding":
        return yield* byHash(correction.target.article);
      case "undo": {
        const correctionId = correction.target.id;
        yield* run("forgetAliases", { correctionId });
        const hit = (yield* all<{ articleId: number }>("hitArticles", { correctionId })).map((r) => r.articleId);
        // An undone entry stays in the log but no longer applies: its hits go, so it is not shown as stale.
        yield* run("dropHits", { correctionId });
        return hit;
      }
    }
  }

  /**
   * Rewrites the findings of these articles from their analysis as given (kept when a correction changed them,
   * otherwise as stored), applying the active corrections. All are taken out before any is written back, so an
   * entity that only these articles named is removed and comes back under its corrected name.
   */
  *rederive(articleIds: readonly number[]): Steps<void> {
    const jobs: Array<{ id: number; publishedAt: string | null; findings: FindingsToStore }> = [];
    for (const id of articleIds) {
      const article = yield* get<{ publishedAt: string | null }>("article", { id });
      const kept = yield* get<{ findings: string }>("raw", { articleId: id });
      jobs.push({
        id,
        publishedAt: article?.publishedAt ?? null,
        findings: kept ? (JSON.parse(kept.findings) as FindingsToStore) : yield* this.asStored(id),
      });
    }
    for (const job of jobs) yield { deleteFindings: job.id };
    for (const job of jobs)
      yield { insertFindings: { articleId: job.id, findings: job.findings, publishedAt: job.publishedAt } };
  }

  /** An article's findings read back from the tables in the writer's input shape. */
  private *asStored(articleId: number): Steps<FindingsToStore> {
    type MentionRow = Omit<EntityToStore, "mentions" | "roles"> &
      EntityToStore["mentions"][number] & { entityId: number };
    const mentionRows = yield* all<MentionRow>("storedMentions", { articleId });
    const byEntity = new Map<
      number,
      EntityToStore & { mentions: EntityToStore["mentions"][number][]; roles: EntityToStore["roles"][number][] }
    >();
    for (const { entityId, type, key, name, code, acronym, ...mention } of mentionRows) {
      let entity = byEntity.get(entityId);
      if (!entity) {
        entity = { type, key, name, code, acronym, mentions: [], roles: [] };
        byEntity.set(entityId, entity);
      }
      entity.mentions.push(mention);
    }
    type ListedRow = Omit<EntityToStore, "mentions" | "roles"> & { entityId: number };
    for (const { entityId, ...entity } of yield* all<ListedRow>("storedListed", { articleId }))
      if (!byEntity.has(entityId)) byEntity.set(entityId, { ...entity, mentions: [], roles: [] });
    type RoleRow = EntityToStore["roles"][number] & { entityId: number };
    for (const { entityId, ...role } of yield* all<RoleRow>("storedRoles", { articleId }))
      byEntity.get(entityId)?.roles.push(role);
    return {
      entities: [...byEntity.values()],
      indicators: yield* all<IndicatorToStore>("storedIndicators", { articleId }),
      partnerships: yield* all<PartnershipToStore>("storedPartnerships", { articleId }),
      quotes: yield* all<QuoteToStore>("storedQuotes", { articleId }),
      themes: yield* all<{ key: string; score: number }>("storedThemes", { articleId }),
    };
  }

  /** An entity's canonical key and name after the aliases merges taught. */
  private *resolve(ref: EntityRef): Steps<{ key: string; name: string }> {
    const index = yield* this.refresh();
    let key = ref.key;
    let name = ref.key;
    for (let hops = 0; hops < 16; hops++) {
      const alias = index.aliases.get(entityId(ref.type, key));
      if (!alias) break;
      key = alias.key;
      name = alias.name;
    }
    return { key, name };
  }

  /** The active corrections, read again only when the log has grown (another process may have written to it). */
  private *refresh(): Steps<ActiveIndex> {
    const lastId = (yield* get<{ n: number }>("lastId"))?.n ?? 0;
    if (lastId === this.loadedUpTo) return this.index;
    const rows = yield* all<{
      id: number;
      kind: CorrectionKind;
      target: string;
      payload: string;
      author: string;
      reason: string;
      createdAt: string;
      undoes: number | null;
    }>("entries");
    const undone = new Set(rows.flatMap((r) => (r.undoes === null ? [] : [r.undoes])));
    const index = emptyIndex();
    index.anyEntries = rows.length > 0;
    const mergeNames = new Map<number, string>();
    for (const row of rows) {
      if (row.kind === "undo" || undone.has(row.id)) continue;
      const parsed = CorrectionInput.safeParse({
        kind: row.kind,
        target: JSON.parse(row.target),
        payload: JSON.parse(row.payload),
        author: row.author,
        reason: row.reason,
      });
      if (!parsed.success) continue;
      const correction = parsed.data;
      index.active++;
      const entry: CorrectionEntry = {
        id: row.id,
        kind: row.kind,
        correction,
        createdAt: row.createdAt,
        undoes: row.undoes,
      };
      if (correction.kind === "merge_entity") {
        mergeNames.set(row.id, correction.payload.into.name ?? correction.payload.into.key);
      } else if (correction.kind === "rename_entity") {
        const { type, key } = correction.target.entity;
        index.renames.set(entityId(type, key), { name: correction.payload.name, correctionId: row.id });
      } else if ("article" in correction.target) {
        const list = index.byArticle.get(correction.target.article) ?? [];
        list.push(entry);
        index.byArticle.set(correction.target.article, list);
      }
    }
    for (const alias of yield* all<{ type: string; variantKey: string; canonicalKey: string; correctionId: number }>(
      "aliases",
    )) {
      index.aliases.set(entityId(alias.type, alias.variantKey), {
        key: alias.canonicalKey,
        name: mergeNames.get(alias.correctionId) ?? alias.canonicalKey,
        correctionId: alias.correctionId,
      });
    }
    this.index = index;
    this.loadedUpTo = lastId;
    return index;
  }
}

/** The `@name` parameters a statement uses, in order of first use. */
export function parameterNames(text: string): string[] {
  return [...new Set([...text.matchAll(/@(\w+)/g)].map((m) => m[1] as string))];
}

/** The corrections on SQLite: the steps run synchronously inside the writer's transaction. */
export class CorrectionStore {
  private readonly steps = new CorrectionSteps();
  private readonly statements = new Map<CorrectionStatement, { run: Statement<unknown[]>; names: string[] }>();

  constructor(
    private readonly database: ChanceryDatabase,
    private readonly hooks: FindingsHooks,
  ) {}

  correct(articleId: number, given: FindingsToStore): FindingsToStore {
    return this.drive(this.steps.correct(articleId, given));
  }

  append(inputs: readonly unknown[], options: AppendOptions = {}): CorrectionEntry[] {
    return this.drive(this.steps.append(inputs, options));
  }

  rederive(articleIds: readonly number[]): void {
    this.drive(this.steps.rederive(articleIds));
  }

  private drive<R>(steps: Steps<R>): R {
    let next = steps.next();
    while (!next.done) next = steps.next(this.carryOut(next.value));
    return next.value;
  }

  private carryOut(step: CorrectionStep): unknown {
    if ("deleteFindings" in step) return this.hooks.deleteFindings(step.deleteFindings);
    if ("insertFindings" in step) {
      const { articleId, findings, publishedAt } = step.insertFindings;
      return this.hooks.insertFindings(articleId, findings, publishedAt);
    }
    let prepared = this.statements.get(step.statement);
    if (!prepared) {
      const text = CORRECTION_SQL[step.statement];
      prepared = { run: this.database.sqlite.prepare(text), names: parameterNames(text) };
      this.statements.set(step.statement, prepared);
    }
    const params: Record<string, unknown> = {};
    for (const name of prepared.names) params[name] = step.params[name];
    const statement = prepared.run;
    const none = prepared.names.length === 0;
    if (step.mode === "run") return none ? statement.run() : statement.run(params);
    if (step.mode === "get") return none ? statement.get() : statement.get(params);
    return none ? statement.all() : statement.all(params);
  }
}

function emptyIndex(): ActiveIndex {
  return { anyEntries: false, active: 0, aliases: new Map(), renames: new Map(), byArticle: new Map() };
}

function label(type: string): string {
  return type === "domestic_body" ? "domestic body" : type === "organization" ? "organisation" : type;
}

/** An entry in words, for errors: names the thing it looked for. */
export function describe(correction: Correction): string {
  switch (correction.kind) {
    case "merge_entity":
      return `merging ${label(correction.target.entity.type)} "${correction.target.entity.key}" into "${correction.payload.into.key}"`;
    case "rename_entity":
      return `renaming ${label(correction.target.entity.type)} "${correction.target.entity.key}"`;
    case "split_mention":
      return `splitting "${correction.target.surface}" off ${label(correction.target.entity.type)} "${correction.target.entity.key}" in article ${correction.target.article}`;
    case "reject_finding":
      return `rejecting the ${findingWords(correction.target)} in article ${correction.target.article}`;
    case "add_finding":
      return `adding the ${addWords(correction.payload)} to article ${correction.target.article} (its sentence must appear in the body as written)`;
    case "undo":
      return `undoing correction ${correction.target.id}`;
  }
}

function findingWords(target: FindingTarget): string {
  switch (target.finding) {
    case "person":
      return `person "${target.key}"`;
    case "indicator":
      return `indicator ${target.value}${target.unit ? ` ${target.unit}` : ""}${target.key ? ` (${target.key})` : ""} in "${target.sentence.slice(0, 80)}"`;
    case "partnership":
      return `partnership ${target.countryCode} ${target.level}${target.year ? ` (${target.year})` : ""}`;
    case "quote":
      return `quote by ${target.speaker ?? "an unnamed speaker"} opening "${target.opening.slice(0, 60)}"`;
    case "theme":
      return `theme "${target.key}"`;
  }
}

function addWords(finding: FindingToAdd): string {
  switch (finding.finding) {
    case "person":
      return `person "${finding.name}"`;
    case "indicator":
      return `indicator ${finding.value}${finding.unit ? ` ${finding.unit}` : ""}`;
    case "partnership":
      return `partnership ${finding.countryCode} ${finding.level}`;
    case "quote":
      return `quote "${finding.text.slice(0, 60)}"`;
    case "theme":
      return `theme "${finding.key}"`;
  }
}

type MutableEntity = Omit<EntityToStore, "mentions" | "roles"> & {
  mentions: EntityToStore["mentions"][number][];
  roles: EntityToStore["roles"][number][];
};

/** The analysis with the corrections applied; adds to `touched` every correction that changed or confirmed something. */
function applyCorrections(
  given: FindingsToStore,
  index: ActiveIndex,
  perArticle: readonly CorrectionEntry[],
  bodyOf: () => string,
  touched: Set<number>,
): FindingsToStore {
  const renamedSpeakers = new Map<string, string>();
  let people: MutableEntity[] = given.entities.map((entity) => {
    let { key, name } = entity;
    for (let hops = 0; hops < 16; hops++) {
      const alias = index.aliases.get(entityId(entity.type, key));
      if (!alias) break;
      touched.add(alias.correctionId);
      key = alias.key;
      name = alias.name;
    }
    const rename = index.renames.get(entityId(entity.type, key));
    if (rename) {
      touched.add(rename.correctionId);
      name = rename.name;
    }
    if (entity.type === "person" && name !== entity.name) renamedSpeakers.set(entity.name, name);
    return { ...entity, key, name, mentions: [...entity.mentions], roles: [...entity.roles] };
  });
  let found = {
    indicators: [...given.indicators],
    partnerships: [...given.partnerships],
    quotes: given.quotes.map((q) => ({
      ...q,
      speaker: q.speaker ? (renamedSpeakers.get(q.speaker) ?? q.speaker) : null,
    })),
    themes: [...given.themes],
  };
  for (const entry of perArticle) {
    const before = JSON.stringify([
      people.length,
      found.indicators.length,
      found.partnerships.length,
      found.quotes.length,
      found.themes.length,
    ]);
    const { correction } = entry;
    let applied = false;
    if (correction.kind === "split_mention") {
      applied = splitMention(people, correction.target, correction.payload.into, bodyOf, (entity) =>
        people.push(entity),
      );
      people = people.filter((e) => e.mentions.length > 0);
    } else if (correction.kind === "reject_finding") {
      const t = correction.target;
      if (t.finding === "person") {
        const names = new Set(people.filter((e) => e.type === "person" && e.key === t.key).map((e) => e.name));
        people = people.filter((e) => !(e.type === "person" && e.key === t.key));
        found.quotes = found.quotes.map((q) => (q.speaker && names.has(q.speaker) ? { ...q, speaker: null } : q));
      } else if (t.finding === "indicator") {
        found.indicators = found.indicators.filter((i) => !sameIndicator(i, t));
      } else if (t.finding === "partnership") {
        found.partnerships = found.partnerships.filter(
          (p) => !(p.countryCode === t.countryCode && p.level === t.level && p.year === t.year),
        );
      } else if (t.finding === "quote") {
        found.quotes = found.quotes.filter((q) => !(sameSpeaker(q.speaker, t.speaker) && opens(q.text, t.opening)));
      } else {
        found.themes = found.themes.filter((theme) => theme.key !== t.key);
      }
      applied =
        JSON.stringify([
          people.length,
          found.indicators.length,
          found.partnerships.length,
          found.quotes.length,
          found.themes.length,
        ]) !== before;
    } else if (correction.kind === "add_finding") {
      const added = addFinding(people, found, correction.payload, bodyOf());
      if (added) {
        people = added.people;
        found = added.found;
        applied = true;
      }
    }
    if (applied) touched.add(entry.id);
  }
  return { entities: people, ...found };
}

function sameIndicator(i: IndicatorToStore, t: Extract<FindingTarget, { finding: "indicator" }>): boolean {
  return i.key === t.key && i.value === t.value && i.unit === t.unit && sameText(i.sentence, t.sentence);
}

function sameSpeaker(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : entityKeyOf(a) === entityKeyOf(b);
}

/** Where `sentence` (and within it `text`) stands in the body, or null when the body does not contain it as written. */
function locate(
  body: string,
  sentence: string,
  text?: string,
): { start: number; end: number; sentenceStart: number } | null {
  const at = body.indexOf(sentence);
  if (at < 0) return null;
  if (!text) return { start: at, end: at + sentence.length, sentenceStart: at };
  const within = sentence.indexOf(text);
  if (within < 0) return null;
  return { start: at + within, end: at + within + text.length, sentenceStart: at };
}

/**
 * The sentence number of a position, borrowed from the findings around it: the writer has no sentence splitter
 * (that is the analyser's), and a finding added by hand only needs to sort among its neighbours.
 */
function sentenceIndexAt(
  position: number,
  people: readonly MutableEntity[],
  found: { indicators: readonly IndicatorToStore[] },
): number {
  let best = 0;
  const consider = (start: number, index: number) => {
    if (start <= position && index > best) best = index;
  };
  for (const e of people) for (const m of e.mentions) consider(m.start, m.sentenceIndex);
  for (const i of found.indicators) consider(i.start, i.sentenceIndex);
  return best;
}

function splitMention(
  people: MutableEntity[],
  target: { entity: EntityRef; surface: string; sentence?: string | undefined },
  into: { type: EntityRef["type"]; name: string; key?: string | undefined },
  bodyOf: () => string,
  add: (entity: MutableEntity) => void,
): boolean {
  const within = (m: { start: number; end: number }) => {
    if (!target.sentence) return true;
    const body = bodyOf();
    for (let at = body.indexOf(target.sentence); at >= 0; at = body.indexOf(target.sentence, at + 1)) {
      if (m.start >= at && m.end <= at + target.sentence.length) return true;
    }
    return false;
  };
  const moved: MutableEntity["mentions"] = [];
  for (const entity of people) {
    if (entity.type !== target.entity.type || entity.key !== target.entity.key) continue;
    const keep = entity.mentions.filter((m) => !(m.surface === target.surface && within(m)));
    moved.push(...entity.mentions.filter((m) => !keep.includes(m)));
    entity.mentions = keep;
  }
  if (moved.length === 0) return false;
  add({
    type: into.type,
    key: into.key ?? entityKeyOf(into.name),
    name: into.name,
    code: null,
    acronym: null,
    mentions: moved,
    roles: [],
  });
  return true;
}

type Found = {
  indicators: IndicatorToStore[];
  partnerships: PartnershipToStore[];
  quotes: QuoteToStore[];
  themes: Array<{ key: string; score: number }>;
};

/** The findings with one added; the same findings when it is already there; null when the body lacks its words. */
function addFinding(
  people: MutableEntity[],
  found: Found,
  add: FindingToAdd,
  body: string,
): { people: MutableEntity[]; found: Found } | null {
  switch (add.finding) {
    case "person": {
      const key = entityKeyOf(add.name);
      const place = locate(body, add.sentence, add.surface ?? add.name);
      if (!place) return null;
      const mention = {
        sentenceIndex: sentenceIndexAt(place.sentenceStart, people, found),
        start: place.start,
        end: place.end,
        surface: add.surface ?? add.name,
      };
      const existing = people.find((e) => e.type === "person" && e.key === key);
      if (existing?.mentions.some((m) => m.start < place.end && m.end > place.start)) return { people, found };
      if (existing) {
        existing.mentions = [...existing.mentions, mention];
        return { people, found };
      }
      return {
        people: [
          ...people,
          { type: "person", key, name: add.name, code: null, acronym: null, mentions: [mention], roles: [] },
        ],
        found,
      };
    }
    case "indicator": {
      if (
        found.indicators.some(
          (i) =>
            i.key === add.key && i.value === add.value && i.unit === add.unit && sameText(i.sentence, add.sentence),
        )
      )
        return { people, found };
      const place = locate(body, add.sentence, add.text);
      if (!place) return null;
      const indicator: IndicatorToStore = {
        key: add.key,
        value: add.value,
        of: add.of,
        unit: add.unit,
        qualifier: add.qualifier,
        about: add.about,
        sentence: add.sentence,
        sentenceIndex: sentenceIndexAt(place.sentenceStart, people, found),
        start: place.start,
        end: place.end,
      };
      return { people, found: { ...found, indicators: [...found.indicators, indicator] } };
    }
    case "partnership": {
      if (
        found.partnerships.some(
          (p) => p.countryCode === add.countryCode && p.level === add.level && p.year === add.year,
        )
      )
        return { people, found };
      const place = locate(body, add.sentence);
      if (!place) return null;
      const partnership: PartnershipToStore = {
        countryCode: add.countryCode,
        countryName: add.countryName,
        level: add.level,
        year: add.year,
        yearSource: add.year === null ? null : "sentence",
        sentence: add.sentence,
        sentenceIndex: sentenceIndexAt(place.sentenceStart, people, found),
        start: place.start,
        end: place.end,
      };
      return { people, found: { ...found, partnerships: [...found.partnerships, partnership] } };
    }
    case "quote": {
      if (found.quotes.some((q) => sameSpeaker(q.speaker, add.speaker) && opens(q.text, add.text.slice(0, 40))))
        return { people, found };
      const at = body.indexOf(add.text);
      if (at < 0) return null;
      // The writer links a quote to the person of the same name in the article; use that person's stored name.
      const person = add.speaker
        ? people.find((e) => e.type === "person" && entityKeyOf(e.name) === entityKeyOf(add.speaker ?? ""))
        : undefined;
      const quote: QuoteToStore = {
        text: add.text,
        start: at,
        end: at + add.text.length,
        speaker: person?.name ?? add.speaker,
      };
      return { people, found: { ...found, quotes: [...found.quotes, quote] } };
    }
    case "theme": {
      if (found.themes.some((t) => t.key === add.key)) return { people, found };
      return { people, found: { ...found, themes: [...found.themes, { key: add.key, score: 1 }] } };
    }
  }
}
