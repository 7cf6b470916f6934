import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { evaluate, evaluateFolder } from "./run.js";
import { fields, formatTable, summarise } from "./score.js";

// dist/eval/cli.js and src/eval/cli.ts both sit two levels under the package root.
const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: `${packageRoot}test/fixtures/seeds.gold.json` },
    seeds: { type: "string", default: `${repoRoot}seeds` },
    articles: { type: "string" },
    verbose: { type: "boolean", short: "v", default: false },
  },
});

const run = values.articles ? evaluateFolder(values.articles) : evaluate(values.gold, values.seeds);
if (values.verbose) {
  for (const s of run.scores) {
    for (const f of fields) {
      const r = s.fields[f];
      if (r.missed.length || r.extra.length)
        console.log(`${s.file} ${f}: missed ${JSON.stringify(r.missed)} extra ${JSON.stringify(r.extra)}`);
    }
    if (s.leaked.length) console.log(`${s.file} leaked: ${s.leaked.join("; ")}`);
  }
}
console.log(formatTable(summarise(run.scores)));
const leaked = run.scores.flatMap((s) => s.leaked);
if (leaked.length) console.log(`\nextracted from outside the body: ${leaked.length}`);
