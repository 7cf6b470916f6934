import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateFolder } from "./run.js";
import { fields, summarise } from "./score.js";

// Own articles in other styles (wire copy, interview, opinion, lists, figures in prose), hand-read and scored
// strictly: each article must reach overall F1 >= 0.85 and each field F1 >= 0.9 across the whole folder.
const dir = fileURLToPath(new URL("../../test/articles", import.meta.url));
const run = evaluateFolder(dir);

describe("analysis of the test articles against their expected readings", () => {
  it("has at least ten articles, all read through the ingest path", () => {
    expect(run.scores.length).toBeGreaterThanOrEqual(10);
    expect(run.failures).toEqual([]);
  });

  for (const score of run.scores) {
    it(`reads ${score.file} with overall F1 >= 0.85 and nothing from outside the body`, () => {
      expect(summarise([score]).fields.overall.f1).toBeGreaterThanOrEqual(0.85);
      expect(score.leaked).toEqual([]);
      expect(score.noise).toEqual([]);
    });
  }

  const summary = summarise(run.scores);
  for (const field of fields) {
    it(`scores F1 >= 0.9 on ${field} across the folder`, () => {
      expect(summary.fields[field].f1).toBeGreaterThanOrEqual(0.9);
    });
  }
});
