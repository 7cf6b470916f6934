import type Database from "better-sqlite3";

/** An article id takes the low 31 bits of an `lsh_keys` row; the bucket key the 32 above them. */
const ARTICLE_BITS = 31n;
const ARTICLE_MASK = (1n << ARTICLE_BITS) - 1n;
/** Rows per multi-row insert: one statement for an article's 48 keys. */
const KEYS_PER_STATEMENT = 64;

/** The `lsh_keys` row of one bucket member: bucket key × 2^31 + article id. */
export function lshRowId(key: number, articleId: number): bigint {
  return (BigInt(key >>> 0) << ARTICLE_BITS) | BigInt(articleId);
}

/** The range of `lsh_keys` rows holding a bucket's members, oldest first. */
export function lshBucketRange(key: number): [bigint, bigint] {
  const low = BigInt(key >>> 0) << ARTICLE_BITS;
  return [low, low | ARTICLE_MASK];
}

/** An article's bucket keys as stored beside its fingerprint: unsigned 32-bit, little-endian. */
export function lshKeysToBlob(keys: readonly number[]): Buffer {
  const blob = Buffer.alloc(keys.length * 4);
  for (const [i, key] of keys.entries()) blob.writeUInt32LE(key >>> 0, i * 4);
  return blob;
}

function lshKeysFromBlob(blob: Uint8Array): number[] {
  const view = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  return Array.from({ length: Math.floor(view.byteLength / 4) }, (_, i) => view.readUInt32LE(i * 4));
}

/**
 * The writer's part of the near-duplicate index: an article's bucket memberships in, and out again when it is
 * deleted. Raw statements because the rows are 64-bit integers (bigint), which drizzle's integer columns do not type.
 */
export class LshIndex {
  private readonly inserts = new Map<number, Database.Statement>();
  private readonly deleteRow: Database.Statement;
  private readonly keysOf: Database.Statement<[number], { lsh_keys: Buffer | null }>;
  private readonly unkeyed: Database.Statement<[number], { article_id: number; minhash: Buffer; features: string }>;
  private readonly setKeys: Database.Statement<[Buffer, number]>;

  constructor(private readonly sqlite: Database.Database) {
    this.deleteRow = sqlite.prepare("DELETE FROM lsh_keys WHERE id = ?");
    this.keysOf = sqlite.prepare("SELECT lsh_keys FROM article_fingerprints WHERE article_id = ?");
    this.unkeyed = sqlite.prepare(
      "SELECT article_id, minhash, features FROM article_fingerprints WHERE lsh_keys IS NULL LIMIT ?",
    );
    this.setKeys = sqlite.prepare("UPDATE article_fingerprints SET lsh_keys = ? WHERE article_id = ?");
  }

  /** Adds the article to each of its buckets. */
  insert(articleId: number, keys: readonly number[]): void {
    for (let from = 0; from < keys.length; from += KEYS_PER_STATEMENT) {
      const chunk = keys.slice(from, from + KEYS_PER_STATEMENT);
      this.statement(chunk.length).run(chunk.map((key) => lshRowId(key, articleId)));
    }
  }

  /** Takes the article out of its buckets, found through the keys stored with its fingerprint. */
  remove(articleId: number): void {
    const blob = this.keysOf.get(articleId)?.lsh_keys;
    if (!blob) return;
    for (const key of lshKeysFromBlob(blob)) this.deleteRow.run(lshRowId(key, articleId));
  }

  /**
   * Indexes up to `limit` fingerprints stored before `lsh_keys` existed (migration 0012), with the caller's banding;
   * returns how many it indexed, 0 once none is left. The caller runs it inside a write transaction.
   */
  indexUnkeyed(keysOf: (minhash: Buffer, features: string) => readonly number[], limit: number): number {
    const rows = this.unkeyed.all(limit);
    for (const row of rows) {
      const keys = keysOf(row.minhash, row.features);
      this.insert(row.article_id, keys);
      this.setKeys.run(lshKeysToBlob(keys), row.article_id);
    }
    return rows.length;
  }

  private statement(count: number): Database.Statement {
    let statement = this.inserts.get(count);
    if (!statement) {
      statement = this.sqlite.prepare(`INSERT OR IGNORE INTO lsh_keys (id) VALUES ${"(?), ".repeat(count - 1)}(?)`);
      this.inserts.set(count, statement);
    }
    return statement;
  }
}
