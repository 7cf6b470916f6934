import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "./ingest.js";
import { reanalyzeAll } from "./reanalyze.js";

/**
 * The writer decides which entities an article stores (those its mentions, roles, quotes or partnerships point at)
 * and reanalysis counts what is stored to tell whether a new reading changed anything. If the two ever count entities
 * differently, every article of some shape reads as "changed" on each run. Here articles are built from shapes that
 * give entities through different rows (a speaker named only in the headline, a quote's speaker, a partnership's
 * country, a figure's country, organisations), and a reanalysis of what was just written must find nothing changed.
 */
const people = ["Anna Berglund", "Pham Minh Chinh", "Bui Thanh Son", "Penny Wong", "Nguyen Thi Hang"];
const countries = ["Japan", "Australia", "France", "Brazil", "Indonesia", "Kenya"];
const levels = ["Comprehensive Strategic Partnership", "Strategic Partnership", "Comprehensive Partnership"];

const headline = fc.oneof(
  fc.constantFrom(...people).map((p) => `Remarks by Spokesperson ${p} at the press conference on 12 March 2024`),
  fc.constantFrom(...countries).map((c) => `Vietnam and ${c} hold talks in Hanoi`),
);
const sentence = fc.oneof(
  fc
    .tuple(fc.constantFrom(...people), fc.constantFrom(...countries))
    .map(([p, c]) => `"We will deepen cooperation with ${c} in trade and investment this year," ${p} said.`),
  fc
    .tuple(fc.constantFrom(...countries), fc.constantFrom(...levels), fc.integer({ min: 2008, max: 2025 }))
    .map(([c, l, y]) => `Vietnam and ${c} upgraded their ties to a ${l} in ${y}.`),
  fc
    .tuple(fc.constantFrom(...countries), fc.integer({ min: 2, max: 90 }))
    .map(([c, n]) => `Two-way trade between Vietnam and ${c} reached US$${n} billion last year.`),
  fc.constantFrom(...people).map((p) => `Deputy Prime Minister ${p} met ASEAN officials in Jakarta on Monday.`),
  fc
    .tuple(fc.constantFrom(...people), fc.constantFrom(...people))
    .map(([a, b]) => `${a} received ${b}, who said both sides would keep the momentum of high-level visits.`),
  fc.constant("Q: Will the minister attend the meeting next month? A: The minister will lead the delegation there."),
);
const article = fc.record({ title: headline, body: fc.array(sentence, { minLength: 1, maxLength: 6 }) });

let dir: string;
let database: ChanceryDatabase;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-reanalyze-property-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterAll(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("reanalysis and the writer count an article's entities alike", () => {
  it("finds nothing changed in any article it has just written", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(article, async ({ title, body }) => {
        const page = join(dir, `article-${n++}.txt`);
        writeFileSync(page, [title, ...body].join("\n\n"));
        await ingestPaths(database, [page]);
        const report = reanalyzeAll(database, { all: true });
        expect(report.failed).toEqual([]);
        expect(report.changed).toBe(0);
      }),
      { numRuns: 25, seed: 20261204 },
    );
  }, 120_000);
});
