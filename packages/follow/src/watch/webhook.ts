import { createHmac, timingSafeEqual } from "node:crypto";
import { type ChanceryDatabase, type DeliveryOutcome, writerFor } from "@chancery/db";
import type { PostgresWatch } from "@chancery/db/postgres";
import { type ChangeEvent, pendingDeliveries } from "@chancery/query";

export interface WebhookOptions {
  /** Where each event is POSTed as JSON (CHANCERY_WEBHOOK_URL). */
  url: string;
  /** The HMAC-SHA256 key of the `X-Chancery-Signature` header (CHANCERY_WEBHOOK_SECRET). */
  secret: string;
  /** Links in the payload point at this dashboard; default http://127.0.0.1:3000. */
  baseUrl?: string;
  /** Tries per event before it is given up (its last error stays recorded); default 8. */
  maxAttempts?: number;
  /** Wait before the second try; it doubles with each failure, up to an hour. Default 2 s. */
  backoffMs?: number;
  /** Per request; default 10 s. */
  timeoutMs?: number;
}

/** The header value for a body: `sha256=` and the hex HMAC-SHA256 of the raw body under the secret. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/** What a receiver runs: true when `header` is the signature of exactly this raw body. */
export function verifyWebhookSignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The JSON an event is delivered as; `sentAt` repeats the timestamp header so the signature covers it. */
export function webhookPayload(event: ChangeEvent, baseUrl: string, sentAt: Date) {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    id: event.id,
    type: "change",
    kind: event.kind,
    summary: event.summary,
    before: event.before,
    after: event.after,
    evidence: event.evidence,
    follow: { id: event.followId, label: event.followLabel },
    article: {
      id: event.articleId,
      title: event.articleTitle,
      outlet: event.outlet,
      publishedAt: event.publishedAt,
      url: `${base}/articles/${event.articleId}`,
    },
    createdAt: event.createdAt,
    sentAt: sentAt.toISOString(),
  };
}

const maxBackoffMs = 60 * 60 * 1000;

/**
 * One pass over the queue: every event not yet delivered whose next try is due is POSTed once, and the outcome
 * recorded through the writer (outside any ingest transaction). A failure is retried on a later pass after a
 * doubling wait; after `maxAttempts` the event stays undelivered with its last error.
 */
export async function deliverPendingChanges(
  database: ChanceryDatabase,
  options: WebhookOptions,
): Promise<{ delivered: number; failed: number }> {
  const watch = writerFor(database).watch;
  return deliver(database, (id, outcome) => watch.recordDelivery(id, outcome), options);
}

/**
 * `deliverPendingChanges` on PostgreSQL: the queue read from `reads` (the primary's, `openPostgresReads`), each
 * outcome recorded through the primary's writer (`postgresWriterFor(primary).watch`).
 */
export function deliverPendingChangesOnPostgres(
  watch: PostgresWatch,
  reads: ChanceryDatabase,
  options: WebhookOptions,
): Promise<{ delivered: number; failed: number }> {
  return deliver(reads, (id, outcome) => watch.recordDelivery(id, outcome), options);
}

async function deliver(
  reads: ChanceryDatabase,
  record: (eventId: number, outcome: DeliveryOutcome) => unknown,
  options: WebhookOptions,
): Promise<{ delivered: number; failed: number }> {
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? 2000;
  let delivered = 0;
  let failed = 0;
  const due = pendingDeliveries(reads, { now: new Date().toISOString(), maxAttempts, limit: 100 });
  for (const event of due) {
    const error = await post(event, options);
    const at = new Date();
    if (error === null) {
      await record(event.id, { ok: true, at: at.toISOString() });
      delivered++;
      continue;
    }
    failed++;
    const attempts = event.attempts + 1;
    const wait = Math.min(backoffMs * 2 ** (attempts - 1), maxBackoffMs);
    const retryAt = attempts >= maxAttempts ? null : new Date(at.getTime() + wait).toISOString();
    await record(event.id, { ok: false, at: at.toISOString(), error, retryAt });
  }
  return { delivered, failed };
}

/** POSTs one event; null when the receiver answered 2xx, else why not. */
async function post(event: ChangeEvent, options: WebhookOptions): Promise<string | null> {
  const sentAt = new Date();
  const body = JSON.stringify(webhookPayload(event, options.baseUrl ?? "http://127.0.0.1:3000", sentAt));
  try {
    const response = await fetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Chancery-Webhook/0.1",
        "x-chancery-event": String(event.id),
        "x-chancery-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
        "x-chancery-signature": signWebhookBody(options.secret, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    return response.ok ? null : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return error instanceof Error
      ? `${error.name === "TimeoutError" ? "timed out" : error.message}${cause}`
      : String(error);
  }
}

/**
 * Delivers the queue in the background: a pass every `intervalMs` (and at once on `nudge()`, e.g. after an
 * upload), never two at a time. Used by the server when a webhook is configured.
 */
export class WebhookQueue {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | null = null;

  /** On PostgreSQL, `database` is the primary's reads and `postgres` its writer's watchlist. */
  constructor(
    private readonly database: ChanceryDatabase,
    private readonly options: WebhookOptions & { intervalMs?: number },
    private readonly postgres?: PostgresWatch,
  ) {}

  start(): this {
    this.timer ??= setInterval(() => void this.nudge(), this.options.intervalMs ?? 5000);
    this.timer.unref();
    return this;
  }

  /** Runs a pass now unless one is running; resolves when that pass ends. */
  nudge(): Promise<unknown> {
    this.running ??= (
      this.postgres
        ? deliverPendingChangesOnPostgres(this.postgres, this.database, this.options)
        : deliverPendingChanges(this.database, this.options)
    )
      .catch((error: unknown) => process.emitWarning(`Chancery webhook: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Stops the timer and waits for a pass under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
