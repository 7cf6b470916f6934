// The corpus-wide reads timed cold and warm, @chancery/query called directly (issue 12).
// node bench/aggregates.mjs <db> [runs] [--entity ID]. Cold: the first call on a new read-only connection (empty
// SQLite page cache, as after a change); warm: the same computation again on that connection, its pages cached,
// with the memo bypassed. A fixed scan (summing every entry of the mention index, ~370,000 at 10,000 articles),
// timed warm beside each, is the machine's speed at that moment: the ratios compare runs under different loads.
import { openReadOnlyDatabase } from "@chancery/db";
import { getChanges, getEntity, listIndicators, listPartnerships, listThemes, overviewMetrics } from "@chancery/query";

const args = process.argv.slice(2);
const path = args[0];
const runs = Number(args[1] ?? 5);
const entityAt = args.indexOf("--entity");
const entity = entityAt >= 0 ? Number(args[entityAt + 1]) : 3;
const reads = {
  indicators: (db) => listIndicators(db),
  partnerships: (db) => listPartnerships(db),
  overview: (db) => overviewMetrics(db),
  entity: (db) => getEntity(db, { id: entity }),
  themes: (db) => listThemes(db),
  health: (db) => getChanges(db).articles,
  baseline: (db) => db.sqlite.prepare("SELECT sum(entity_id) FROM mentions INDEXED BY mentions_entity_idx").get(),
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const times = Object.fromEntries(Object.keys(reads).map((name) => [name, { cold: [], warm: [] }]));
for (let run = 0; run < runs; run++) {
  for (const [name, read] of Object.entries(reads)) {
    const database = openReadOnlyDatabase({ path });
    let start = process.hrtime.bigint();
    read(database);
    times[name].cold.push(ms(start));
    // A second wrapper over the same connection: the memo (keyed by wrapper) misses, the page cache is warm.
    const again = { ...database };
    start = process.hrtime.bigint();
    read(again);
    times[name].warm.push(ms(start));
    database.close();
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const floor = median(times.baseline.warm);
console.log(`| read | cold ms | warm ms | cold / baseline | warm / baseline |`);
console.log(`|---|---|---|---|---|`);
for (const [name, { cold, warm }] of Object.entries(times)) {
  const ratio = (list) => (median(list) / floor).toFixed(2);
  console.log(
    `| ${name} | ${median(cold).toFixed(2)} | ${median(warm).toFixed(2)} | ${ratio(cold)} | ${ratio(warm)} |`,
  );
}
console.log(JSON.stringify(times));
