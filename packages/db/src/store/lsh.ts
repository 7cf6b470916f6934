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
 * The newest `sample` members of each of `count` buckets, one range read each (bound as each bucket's
 * `lshBucketRange`): the one shape of the story search's bucket read, for the writer's misses and the SQL search.
 */
export function newestBucketMembersSql(count: number, sample: number): string {
  return Array.from(
    { length: count },
    () => `SELECT * FROM (SELECT id FROM lsh_keys WHERE id BETWEEN ? AND ? ORDER BY id DESC LIMIT ${sample})`,
  ).join(" UNION ALL ");
}

/** A stored candidate for an article's story: an article sharing its buckets, with the story it is in. */
export type LshCandidate = { article_id: number; story_id: number | null };

/**
 * Buckets (and candidates' stories) kept in memory, per generation: one not met for two generations is dropped (read
 * again from the database when met), so memory stays bounded whatever the corpus size (a bucket at most `sample` ids).
 */
const KEPT_PER_GENERATION = 65_536;

/** A map that forgets what was not used for two generations of `KEPT_PER_GENERATION` entries. */
class Generations<V> {
  private current = new Map<number, V>();
  private previous = new Map<number, V>();

  get(key: number): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Without moving the entry to the current generation. */
  peek(key: number): V | undefined {
    return this.current.get(key) ?? this.previous.get(key);
  }

  set(key: number, value: V): void {
    this.current.set(key, value);
    if (this.current.size >= KEPT_PER_GENERATION) {
      this.previous = this.current;
      this.current = new Map();
    }
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }
}

/**
 * The newest members of recently met buckets, oldest first, exactly as `lsh_keys` holds them, and the stories of
 * recent candidates: a bucket is read from the table when first met, then kept up to date by the writer's own
 * inserts. Anything else that changes `lsh_keys` or an article's story (a delete, a rolled-back transaction, older
 * fingerprints indexed, another connection's commit) empties it.
 */
class RecentBuckets {
  readonly members = new Generations<number[]>();
  readonly stories = new Generations<number | null>();

  constructor(readonly sample: number) {}

  /** A member stored now: kept in order, the oldest dropped past `sample` (only for a bucket kept already). */
  added(key: number, articleId: number): void {
    const members = this.members.peek(key);
    if (members === undefined) return;
    const last = members.length - 1;
    if (last < 0 || (members[last] as number) < articleId) members.push(articleId);
    else if (!members.includes(articleId)) {
      members.push(articleId);
      members.sort((a, b) => a - b);
    } else return;
    if (members.length > this.sample) members.shift();
  }

  clear(): void {
    this.members.clear();
    this.stories.clear();
  }
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
  private readonly dataVersion: Database.Statement<[], number>;
  /** Member reads by number of buckets missing from `recent`. */
  private readonly memberReads = new Map<number, Database.Statement<bigint[], { k: number; a: number }>>();
  private readonly storyReads = new Map<
    number,
    Database.Statement<number[], { id: number; story_id: number | null }>
  >();
  private recent: RecentBuckets | null = null;
  private seenVersion: number | null = null;

  constructor(private readonly sqlite: Database.Database) {
    this.dataVersion = sqlite.prepare<[], number>("PRAGMA data_version").pluck();
    this.deleteRow = sqlite.prepare("DELETE FROM lsh_keys WHERE id = ?");
    this.keysOf = sqlite.prepare("SELECT lsh_keys FROM article_fingerprints WHERE article_id = ?");
    this.unkeyed = sqlite.prepare(
      "SELECT article_id, minhash, features FROM article_fingerprints WHERE lsh_keys IS NULL LIMIT ?",
    );
    this.setKeys = sqlite.prepare("UPDATE article_fingerprints SET lsh_keys = ? WHERE article_id = ?");
  }

  /** Adds the article to each of its buckets. */
  insert(articleId: number, keys: readonly number[], storyId?: number | null): void {
    if (this.recent) {
      for (const key of keys) this.recent.added(key >>> 0, articleId);
      if (storyId !== undefined) this.recent.stories.set(articleId, storyId);
    }
    for (let from = 0; from < keys.length; from += KEYS_PER_STATEMENT) {
      const chunk = keys.slice(from, from + KEYS_PER_STATEMENT);
      this.statement(chunk.length).run(chunk.map((key) => lshRowId(key, articleId)));
    }
  }

  /** Takes the article out of its buckets, found through the keys stored with its fingerprint. */
  remove(articleId: number): void {
    this.forget();
    const blob = this.keysOf.get(articleId)?.lsh_keys;
    if (!blob) return;
    for (const key of lshKeysFromBlob(blob)) this.deleteRow.run(lshRowId(key, articleId));
  }

  /**
   * Indexes up to `limit` fingerprints stored before `lsh_keys` existed (migration 0012), with the caller's banding;
   * returns how many it indexed, 0 once none is left. The caller runs it inside a write transaction.
   */
  indexUnkeyed(keysOf: (minhash: Buffer, features: string) => readonly number[], limit: number): number {
    this.forget();
    const rows = this.unkeyed.all(limit);
    for (const row of rows) {
      const keys = keysOf(row.minhash, row.features);
      this.insert(row.article_id, keys);
      this.setKeys.run(lshKeysToBlob(keys), row.article_id);
    }
    return rows.length;
  }

  /**
   * The story candidates of an article with these bucket keys, as the story search's SQL over `lsh_keys` gives them:
   * per bucket its newest `sample` members, counted per article, the `limit` most shared (ties to the newest) that are
   * stored articles, with their story. Buckets met recently are read from memory, the others from `lsh_keys` in one
   * statement, so the cost follows the number of members looked at, not the size of a bucket or of the corpus.
   * Call inside the write transaction, after `begin`.
   */
  candidates(keys: readonly number[], sample: number, limit: number): LshCandidate[] {
    if (!this.recent || this.recent.sample !== sample) {
      this.recent = new RecentBuckets(sample);
      this.memberReads.clear();
    }
    const recent = this.recent;
    const lists: Array<number[] | undefined> = keys.map((key) => recent.members.get(key >>> 0));
    const missing = [...new Set(keys.filter((_, i) => lists[i] === undefined).map((key) => key >>> 0))];
    if (missing.length > 0) {
      const read = new Map<number, number[]>(missing.map((key) => [key, []]));
      const bounds = missing.flatMap((key) => lshBucketRange(key));
      for (const row of this.memberRead(missing.length, sample).all(...bounds)) read.get(row.k)?.push(row.a);
      for (const [key, members] of read)
        recent.members.set(
          key,
          members.sort((a, b) => a - b),
        );
      for (const [i, key] of keys.entries()) if (lists[i] === undefined) lists[i] = read.get(key >>> 0);
    }
    // Every member of every bucket (a key listed twice counts twice, as in the SQL's UNION ALL), sorted: each
    // article's run is the number of buckets it shares.
    let total = 0;
    for (const members of lists) total += members?.length ?? 0;
    const ids = new Int32Array(total);
    let at = 0;
    for (const members of lists) {
      if (!members) continue;
      for (const id of members) ids[at++] = id;
    }
    ids.sort();
    // The `limit` most shared, ties to the newest, best first: [id, shared] pairs.
    const top: Array<[number, number]> = [];
    for (let from = 0; from < total; ) {
      const id = ids[from] as number;
      let to = from + 1;
      while (to < total && ids[to] === id) to++;
      const shared = to - from;
      from = to;
      if (top.length === limit) {
        const worst = top[limit - 1] as [number, number];
        // Ids come in ascending order: a tie with the worst kept is newer than it.
        if (shared < worst[1]) continue;
        top.pop();
      }
      let place = top.length;
      while (place > 0 && (top[place - 1] as [number, number])[1] <= shared) place--;
      top.splice(place, 0, [id, shared]);
    }
    if (top.length === 0) return [];
    const unknown = top.filter(([id]) => recent.stories.get(id) === undefined).map(([id]) => id);
    if (unknown.length > 0) {
      for (const row of this.storyRead(unknown.length).all(...unknown)) recent.stories.set(row.id, row.story_id);
    }
    const candidates: LshCandidate[] = [];
    for (const [id] of top) {
      const story = recent.stories.peek(id);
      if (story !== undefined) candidates.push({ article_id: id, story_id: story });
    }
    return candidates;
  }

  /**
   * At the start of each write transaction: the kept buckets are dropped if another connection committed since this
   * one last looked (SQLite's `data_version`).
   */
  begin(): void {
    const version = this.dataVersion.get() as number;
    if (version !== this.seenVersion) this.forget();
    this.seenVersion = version;
  }

  /** Drops the kept buckets: `lsh_keys` changed other than by `insert`, or a transaction rolled back. */
  forget(): void {
    this.recent?.clear();
  }

  private memberRead(count: number, sample: number) {
    let statement = this.memberReads.get(count);
    if (!statement) {
      const perBucket = newestBucketMembersSql(count, sample);
      statement = this.sqlite.prepare<bigint[], { k: number; a: number }>(
        `SELECT id >> ${ARTICLE_BITS} AS k, id & ${ARTICLE_MASK} AS a FROM (${perBucket})`,
      );
      this.memberReads.set(count, statement);
    }
    return statement;
  }

  private storyRead(count: number) {
    let statement = this.storyReads.get(count);
    if (!statement) {
      statement = this.sqlite.prepare<number[], { id: number; story_id: number | null }>(
        `SELECT id, story_id FROM articles WHERE id IN (${Array(count).fill("?").join(", ")})`,
      );
      this.storyReads.set(count, statement);
    }
    return statement;
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
