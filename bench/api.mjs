// The dashboard's API routes timed under load, shared by `npm run bench` (bench/run.mjs, SQLite) and
// `npm run bench:postgres -- --api` (bench/postgres-ingest.mjs, SQLite and PostgreSQL in the same run): the API
// server started on a database (a SQLite path or a postgres:// URL, as `CHANCERY_DB` takes it), the search terms
// chosen by their share of articles, and the routes the dashboard's pages call.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const require = createRequire(join(root, "packages/db/package.json"));
const Database = require("better-sqlite3");

const WORDS = [
  "wind",
  "semiconductor",
  "infrastructure",
  "hydrogen",
  "mangrove",
  "peacekeeping",
  "durian",
  "remittances",
  "telemedicine",
  "lychee",
  "ventilators",
  "cassava",
  "cybersecurity",
  "scholarships",
  "festival",
  "airport",
  "inflation",
  "wreath",
  "booths",
  "hectares",
  "exhibition",
  "loan",
  "Kallas",
  "Georgieva",
  "Tokayev",
  "Szijjarto",
  "Lipavsky",
  "Okafor",
];

/**
 * Search terms for a database: the word nearest 30 % of articles and a rare one (~0.2 %), counted in an SQLite file's
 * `articles_fts` (the floor's or Chancery's own) over `articles` articles.
 */
export function pickTerms(sqliteFile, articles) {
  const db = new Database(sqliteFile, { readonly: true });
  const count = db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?");
  const shares = WORDS.map((word) => ({ word, share: count.get(`"${word}"`).n / articles }));
  db.close();
  const nearest = (target) =>
    shares
      .filter((s) => s.share > 0)
      .sort((a, b) => Math.abs(Math.log(a.share / target)) - Math.abs(Math.log(b.share / target)))[0];
  return { common: nearest(0.3), rare: nearest(0.002) };
}

/** `apps/api/dist/main.js` on `db` (a SQLite path or a postgres:// URL), once /api/health answers. */
export async function startApi(db) {
  const main = join(root, "apps/api/dist/main.js");
  if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (npx turbo run build)`);
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", CHANCERY_DB: db },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop: () => stopped(server) };
    } catch {}
    if (server.exitCode !== null) throw new Error(`API server exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("API server did not answer /api/health within 120 s");
}

/** Stops the server and resolves once it has exited (before its database goes away under it). */
function stopped(server) {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill();
  });
}

/** The routes the dashboard's pages call, with an article and a country taken from the served database. */
export async function dashboardRoutes(base, terms) {
  const pick = async (path, select) => select(await (await fetch(base + path)).json());
  const articleId = await pick("/api/articles?limit=1", (b) => b.items[0].id);
  const entityId = await pick("/api/entities?type=country&limit=1", (b) => b.items[0].id);
  const common = encodeURIComponent(terms.common.word);
  const rare = encodeURIComponent(terms.rare.word);
  return {
    articleId,
    entityId,
    common,
    routes: {
      "health (baseline)": "/api/health",
      overview: "/api/metrics/overview",
      "entities list": "/api/entities?limit=50",
      "entity page": `/api/entities/${entityId}`,
      indicators: "/api/indicators",
      partnerships: "/api/partnerships",
      themes: "/api/themes",
      timeline: "/api/timeline",
      "article list": "/api/articles?limit=20",
      article: `/api/articles/${articleId}`,
      "search common term": `/api/search?q=${common}`,
      "search rare term": `/api/search?q=${rare}`,
    },
  };
}
