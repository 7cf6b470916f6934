import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type EvalRun, evaluate, evaluateFolder } from "./run.js";
import { fields, formatTable, summarise } from "./score.js";

// dist/eval/cli.js and src/eval/cli.ts both sit two levels under the package root.
const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: `${packageRoot}test/fixtures/seeds.gold.json` },
    seeds: { type: "string", default: `${repoRoot}seeds` },
    articles: { type: "string" },
    pages: { type: "string" },
    verbose: { type: "boolean", short: "v", default: false },
  },
});

// With no folder named, score all three sets: the seeds, the own test articles and the test pages.
const sets: Array<[string, () => EvalRun]> = [];
if (values.articles) sets.push([`articles ${values.articles}`, () => evaluateFolder(values.articles as string)]);
if (values.pages) sets.push([`pages ${values.pages}`, () => evaluateFolder(values.pages as string)]);
if (!sets.length) {
  sets.push(["seeds", () => evaluate(values.gold, values.seeds)]);
  for (const [name, dir] of [
    ["test/articles", `${packageRoot}test/articles`],
    ["test/pages", `${packageRoot}test/pages`],
  ] as const) {
    if (existsSync(dir)) sets.push([name, () => evaluateFolder(dir)]);
  }
}

for (const [name, evaluateSet] of sets) {
  const run = evaluateSet();
  console.log(`\n== ${name}: ${run.scores.length} articles`);
  for (const f of run.failures) console.log(`${f.file} FAILED: ${f.reason}`);
  for (const s of run.scores) {
    if (values.verbose) {
      for (const f of fields) {
        const r = s.fields[f];
        if (r.missed.length || r.extra.length)
          console.log(`${s.file} ${f}: missed ${JSON.stringify(r.missed)} extra ${JSON.stringify(r.extra)}`);
      }
      for (const [label, acc] of [
        ["roles", s.roles],
        ["partnership years", s.partnershipYears],
        ["source", s.source],
        ["title", s.title],
      ] as const) {
        if (acc.wrong.length) console.log(`${s.file} ${label} wrong: ${JSON.stringify(acc.wrong)}`);
      }
      if (s.leaked.length) console.log(`${s.file} leaked: ${s.leaked.join("; ")}`);
    }
    if (s.noise.length) console.log(`${s.file} noise left in body: ${JSON.stringify(s.noise)}`);
  }
  console.log(formatTable(summarise(run.scores), name));
}
