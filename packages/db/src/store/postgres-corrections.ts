import type pg from "pg";
import {
  type AppendOptions,
  CORRECTION_SQL,
  type CorrectionEntry,
  type CorrectionStatement,
  type CorrectionStep,
  CorrectionSteps,
} from "./corrections.js";
import { toPostgres } from "./summaries.js";
import type { FindingsToStore } from "./types.js";

/** The PostgreSQL writer's own delete and insert of one article's findings, on the transaction's client. */
export interface PostgresFindingsHooks {
  deleteFindings(client: pg.PoolClient, articleId: number): Promise<void>;
  insertFindings(
    client: pg.PoolClient,
    articleId: number,
    findings: FindingsToStore,
    publishedAt: string | null,
  ): Promise<void>;
}

const numbered = new Map<CorrectionStatement, { text: string; names: string[] }>();

/**
 * The corrections on PostgreSQL: the same steps as on SQLite (store/corrections.ts), each awaited on the client of
 * the writer's transaction. The PostgreSQL writer holds the corrections lock around them (see postgres-writer.ts).
 */
export class PostgresCorrections {
  private readonly steps = new CorrectionSteps();

  constructor(private readonly hooks: PostgresFindingsHooks) {}

  correct(client: pg.PoolClient, articleId: number, given: FindingsToStore): Promise<FindingsToStore> {
    return this.drive(client, this.steps.correct(articleId, given));
  }

  append(client: pg.PoolClient, inputs: readonly unknown[], options: AppendOptions = {}): Promise<CorrectionEntry[]> {
    return this.drive(client, this.steps.append(inputs, options));
  }

  private async drive<R>(client: pg.PoolClient, steps: Generator<CorrectionStep, R, unknown>): Promise<R> {
    let next = steps.next();
    while (!next.done) next = steps.next(await this.carryOut(client, next.value));
    return next.value;
  }

  private async carryOut(client: pg.PoolClient, step: CorrectionStep): Promise<unknown> {
    if ("deleteFindings" in step) return this.hooks.deleteFindings(client, step.deleteFindings);
    if ("insertFindings" in step) {
      const { articleId, findings, publishedAt } = step.insertFindings;
      return this.hooks.insertFindings(client, articleId, findings, publishedAt);
    }
    let statement = numbered.get(step.statement);
    if (!statement) {
      statement = toPostgres(CORRECTION_SQL[step.statement]);
      numbered.set(step.statement, statement);
    }
    const { rows } = await client.query(
      statement.text,
      statement.names.map((name) => step.params[name] ?? null),
    );
    return step.mode === "all" ? rows : step.mode === "get" ? rows[0] : undefined;
  }
}
