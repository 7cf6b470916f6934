/*
 * The API's read answers from two backends made comparable: ids replaced by what they stand for (an article by its
 * content hash, an entity by type and key, a story by its articles, a quote by its article and place), since
 * PostgreSQL's writer numbers entities in another order than SQLite's; ingest times and cursors dropped.
 */

export type Kind = "article" | "entity" | "story" | "quote" | "figure" | "finding";
export type Labels = Record<Kind, Map<number, string>>;
type Rows = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** Reads each kind's labels with SQL both backends run alike. */
export async function labelsOf(rows: Rows): Promise<Labels> {
  const map = async (sql: string) =>
    new Map((await rows(sql)).map((row) => [Number(row.id), String(row.label)] as [number, string]));
  const members = new Map<number, string[]>();
  for (const row of await rows("SELECT story_id AS id, content_hash AS label FROM articles WHERE story_id IS NOT NULL"))
    members.set(Number(row.id), [...(members.get(Number(row.id)) ?? []), String(row.label)]);
  return {
    article: await map("SELECT id, content_hash AS label FROM articles"),
    entity: await map("SELECT id, type || ':' || key AS label FROM entities"),
    story: new Map([...members].map(([id, hashes]) => [id, hashes.sort().join("+")])),
    quote: await map(
      "SELECT q.id, a.content_hash || '@' || q.start AS label FROM quotes q JOIN articles a ON a.id = q.article_id",
    ),
    finding: await map(
      "SELECT i.id, a.content_hash || '@' || i.start AS label FROM indicators i JOIN articles a ON a.id = i.article_id",
    ),
    figure: new Map(
      (await rows('SELECT id, key, value, "of", unit FROM indicator_figures')).map(
        (f) => [Number(f.id), `${f.key}|${f.value}|${f.of ?? ""}|${f.unit ?? ""}`] as [number, string],
      ),
    ),
  };
}

/** The id of the thing `label` stands for on one backend. */
export function idOf(labels: Labels, kind: Kind, label: string): number {
  for (const [id, l] of labels[kind]) if (l === label) return id;
  throw new Error(`no ${kind} ${label}`);
}

/** Which kind of id a key holds; `id` itself takes the kind of the object holding it. */
function kindOfKey(key: string): Kind | null {
  if (/storyId$/i.test(key)) return "story";
  if (/quoteId$/i.test(key)) return "quote";
  if (/figureId$/i.test(key)) return "figure";
  if (/entityId$/i.test(key) || key === "speaker" || key === "entity") return "entity";
  if (/articleIds?$/i.test(key)) return "article";
  return null;
}

/** The kind of the objects under a key (`coMentioned: [{id, …}]` are entities). */
const containers: Record<string, Kind> = {
  entity: "entity",
  coMentioned: "entity",
  entities: "entity",
  people: "entity",
  countries: "entity",
  speakers: "entity",
  article: "article",
  articles: "article",
  story: "story",
  quotes: "quote",
  figures: "figure",
  latest: "finding",
  values: "finding",
  sources: "finding",
};

/** Keys whose values differ between two ingests of the same inputs by when they ran. */
const timeKeys = /^(seenAt|ingestedAt|lastIngestAt|lastChangedAt|elapsedMs|createdAt|exportedAt)$/;

/**
 * `value` with its ids as labels (`kind` says what a bare `id` is at the top), times dropped and cursors kept as
 * whether there is one.
 */
export function comparable(value: unknown, labels: Labels, kind: Kind): unknown {
  const label = (k: Kind, id: unknown) =>
    typeof id === "number" ? (labels[k].get(id) ?? `unknown ${k} ${id}`) : id === null ? null : id;
  const walk = (v: unknown, idKind: Kind): unknown => {
    if (Array.isArray(v)) return v.map((item) => walk(item, idKind));
    if (typeof v !== "object" || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(v)) {
      if (timeKeys.test(key)) continue;
      if (/cursor$/i.test(key)) out[key] = typeof x === "string" ? "a cursor" : x;
      else if (key === "id") out[key] = label(idKind, x);
      else {
        const keyKind = kindOfKey(key);
        if (keyKind && (typeof x === "number" || x === null)) out[key] = label(keyKind, x);
        else if (keyKind && Array.isArray(x) && x.every((n) => typeof n === "number"))
          out[key] = x.map((n) => label(keyKind, n));
        else out[key] = walk(x, containers[key] ?? idKind);
      }
    }
    return out;
  };
  return walk(value, kind);
}

/**
 * Items of equal `field` in any order: PostgreSQL's writer numbers entities in another order than SQLite's, and
 * a list breaks ties by id.
 */
function tiesInAnyOrder(value: unknown, field: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => tiesInAnyOrder(item, field));
    const runs: unknown[][] = [];
    for (const item of items) {
      const last = runs.at(-1);
      const key = (x: unknown) => (typeof x === "object" && x !== null ? (x as Record<string, unknown>)[field] : x);
      if (last && key(item) !== undefined && key(last[0]) === key(item)) last.push(item);
      else runs.push([item]);
    }
    return runs.flatMap((run) => run.map((item) => JSON.stringify(item)).sort()).map((text) => JSON.parse(text));
  }
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tiesInAnyOrder(v, field)]));
}

/**
 * What two backends must agree on for `request`: the whole answer with ids as labels; for a search, what the
 * search suite compares (PostgreSQL ranks by ts_rank, not bm25): totals, the articles found, and the facets.
 */
export function agreed(body: unknown, labels: Labels, request: ReadRequest): unknown {
  const plain = comparable(body, labels, request.kind);
  if (request.search && Array.isArray(plain)) return plain.map((row: { articleId: string }) => row.articleId).sort();
  if (request.search) {
    const result = plain as {
      total: number;
      totalEstimated: boolean;
      notes: unknown;
      items: Array<{ articleId: string }>;
      facets: Record<string, Array<{ label: string; count: number }>>;
      facetsOver: number;
      facetsEstimated: boolean;
    };
    return {
      total: result.total,
      totalEstimated: result.totalEstimated,
      notes: result.notes,
      // Which articles make the first page depends on the ranking; all of them, on the one page, must agree.
      articles:
        result.total <= result.items.length ? result.items.map((item) => item.articleId).sort() : result.items.length,
      // Facets over every hit must agree; estimated ones are counted over the best-ranked hits of each backend's own
      // ranking (bm25 against ts_rank), so only how many hits they cover can.
      facetsOver: result.facetsOver,
      facets: result.facetsEstimated
        ? "estimated"
        : Object.fromEntries(
            Object.entries(result.facets).map(([name, values]) => [
              name,
              values.map((v) => `${v.label}:${v.count}`).sort(),
            ]),
          ),
    };
  }
  return request.ties ? tiesInAnyOrder(plain, request.ties) : plain;
}

/** One read request; `path` may name things by label, resolved to each backend's own ids. */
export interface ReadRequest {
  /** What a bare `id` at the top of the answer is. */
  kind: Kind;
  path: (id: (kind: Kind, label: string) => number) => string;
  body?: unknown;
  /** A search: compared as the search suite compares the backends. */
  search?: boolean;
  /** A field on which a list breaks ties by id, so items of equal value may come in either order. */
  ties?: string;
}

const vietnam = "country:vietnam";
const chinh = "person:pham minh chinh";

/** Every read route with a few inputs each (GET unless a body is given). */
export const readRequests: ReadRequest[] = [
  { kind: "article", path: () => "/api/metrics/overview" },
  { kind: "article", path: () => "/api/changes" },
  { kind: "entity", path: () => "/api/entities?limit=20", ties: "mentionCount" },
  { kind: "entity", path: () => "/api/entities?type=person&limit=10", ties: "mentionCount" },
  { kind: "entity", path: () => "/api/entities?sort=name&limit=15" },
  { kind: "entity", path: () => "/api/entities?sort=articles&limit=10", ties: "articleCount" },
  { kind: "entity", path: () => "/api/entities?q=viet" },
  ...[vietnam, chinh, "organization:asean", "country:japan"].map(
    (entity): ReadRequest => ({
      kind: "entity",
      path: (id) => `/api/entities/${id("entity", entity)}`,
      ties: "articles",
    }),
  ),
  { kind: "figure", path: () => "/api/indicators" },
  { kind: "figure", path: () => "/api/indicators?key=fdi&valuesLimit=50" },
  { kind: "entity", path: () => "/api/partnerships" },
  { kind: "entity", path: () => "/api/partnerships?level=Strategic%20Partnership" },
  { kind: "article", path: () => "/api/themes" },
  { kind: "article", path: () => "/api/themes?granularity=month" },
  { kind: "article", path: () => "/api/timeline" },
  { kind: "article", path: () => "/api/timeline?granularity=quarter&outlet=VNA" },
  { kind: "article", path: (id) => `/api/timeline?entity=${id("entity", chinh)}&from=2020-01-01` },
  { kind: "quote", path: () => "/api/quotes?limit=20" },
  { kind: "quote", path: (id) => `/api/quotes?speaker=${id("entity", chinh)}` },
  { kind: "quote", path: () => "/api/quotes/groups?limit=30" },
  { kind: "quote", path: (id) => `/api/quotes/groups?speaker=${id("entity", chinh)}&offset=2` },
  { kind: "article", path: () => "/api/articles?limit=20" },
  { kind: "article", path: () => "/api/articles?outlet=VNA&limit=10" },
  { kind: "article", path: (id) => `/api/articles?entity=${id("entity", vietnam)}&stories=true&limit=15` },
  { kind: "article", path: () => "/api/articles?from=2024-01-01&to=2025-06-30&theme=economic_diplomacy" },
  ...[1, 50, 127, 200].map(
    (n): ReadRequest => ({ kind: "article", path: (id) => `/api/articles/${id("article", articleHashes[n] ?? "")}` }),
  ),
  { kind: "article", path: () => "/api/coverage" },
  { kind: "article", path: () => "/api/coverage?outlet=VNA" },
  { kind: "article", path: () => "/api/watch/events" },
  { kind: "article", path: () => "/api/search?q=Vietnam&from=2025-01-01&limit=100", search: true },
  {
    kind: "article",
    path: () => "/api/search?q=%22strategic%20partnership%22&from=2025-06-01&limit=100",
    search: true,
  },
  { kind: "article", path: () => "/api/search?q=japan%20OR%20korea&limit=100", search: true },
  {
    kind: "article",
    path: (id) => `/api/search?q=trade&entity=${id("entity", vietnam)}&from=2025-01-01&limit=100`,
    search: true,
  },
  { kind: "article", path: () => "/api/search?q=title:Vietnam%20NOT%20China&limit=100", search: true },
  { kind: "article", path: () => "/api/search?q=Vietnam&stories=true&limit=100", search: true },
  { kind: "article", path: () => "/api/export/articles.json" },
  {
    kind: "article",
    path: () => "/api/export/search.json?q=%22strategic%20partnership%22&from=2025-06-01",
    search: true,
  },
  { kind: "entity", path: () => "/api/export/entities.json", ties: "mentionCount" },
  { kind: "article", path: () => "/api/export/indicators.json" },
  { kind: "article", path: () => "/api/export/partnerships.json" },
  { kind: "quote", path: () => "/api/export/quotes.json" },
  {
    kind: "article",
    path: () => "/api/query",
    body: { sql: "SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet LIMIT 10" },
  },
  {
    kind: "article",
    path: () => "/api/export/query.csv",
    body: { sql: "SELECT type, count(*) AS n, max(mention_count) AS top FROM entities GROUP BY type ORDER BY type" },
  },
];

/** Four articles of the seeds and test pages, by content hash. */
const articleHashes: Record<number, string> = {
  1: "0e5d0113f0fe87dd7ce7ab7b9e36829eaacd1323018b7973d8b08defa2bacc5d",
  50: "ce75ea460c474da632d4b48ce78055747a90b39e8dfa7e1bb695c62ab816f9cd",
  127: "0a4e0f542d82a7cae27aa0ccf1da93a6e9c1e10a6b8f6befdc897cb3a9a3348f",
  200: "6e941303b2fdb505ef9461c1eb8d131d80ed46f98d901fa0793330f1cf778f58",
};

/** An answer as the server sends it: JSON parsed, any other text as it is, with the status. */
export async function answer(
  base: string,
  request: ReadRequest,
  labels: Labels,
): Promise<{ status: number; body: unknown }> {
  const path = request.path((kind, label) => idOf(labels, kind, label));
  const response = await fetch(
    `${base}${path}`,
    request.body
      ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request.body) }
      : undefined,
  );
  const text = await response.text();
  const json = (response.headers.get("content-type") ?? "").includes("json");
  return { status: response.status, body: json ? JSON.parse(text) : text };
}
