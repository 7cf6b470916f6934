// The floor for ingest speed: a bare better-sqlite3 insert of the same texts, with the same FTS5 index, in one
// transaction, reading the file line by line (a million articles do not fit in one string). Chancery's ingest is
// compared with this, measured in the same run on the same machine.
import { createReadStream, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const require = createRequire(new URL("../packages/db/package.json", import.meta.url));
const Database = require("better-sqlite3");

const [corpus, dbPath] = process.argv.slice(2);
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
const started = performance.now();
const db = new Database(dbPath);
db.pragma("journal_mode = WAL");
db.exec(`
  CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT NOT NULL);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
  END;`);
const insert = db.prepare("INSERT INTO articles (title, body) VALUES (?, ?)");
let count = 0;
db.exec("BEGIN");
for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Number.POSITIVE_INFINITY })) {
  if (!line) continue;
  const record = JSON.parse(line);
  insert.run(record.title ?? null, record.text);
  count++;
}
db.exec("COMMIT");
db.close();
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ articles: count, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
