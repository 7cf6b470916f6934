import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "./run.js";
import { fields, summarise } from "./score.js";

const gold = fileURLToPath(new URL("../../test/fixtures/seeds.gold.json", import.meta.url));
const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
const run = evaluate(gold, seeds);
const summary = summarise(run.scores);

describe("analysis of the seed articles against the gold reading, scored strictly", () => {
  it("reads every seed through the ingest path", () => {
    expect(run.failures).toEqual([]);
  });

  for (const field of fields) {
    it(`scores F1 >= 0.97 on ${field}`, () => {
      expect(summary.fields[field].f1).toBeGreaterThanOrEqual(0.97);
    });
  }

  it("extracts nothing the gold lists as outside the body and leaves no listed noise in it", () => {
    expect(run.scores.flatMap((s) => s.leaked)).toEqual([]);
    expect(summary.noisyPages).toBe(0);
  });
});
