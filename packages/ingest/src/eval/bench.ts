import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { analyseArticle } from "../analyse/index.js";
import { cleanArticle } from "../clean/index.js";
import { normaliseText } from "../normalise/normalise.js";

// Median time to analyse a ~10 KB cleaned body (the largest seed by default), after a warm-up of 1,000 runs.
const { values } = parseArgs({
  options: {
    file: {
      type: "string",
      default: fileURLToPath(new URL("../../../../seeds/000_7c77b6bef3e47a9e.txt", import.meta.url)),
    },
    runs: { type: "string", default: "200" },
    // An ingest's analysis worker runs warm code: V8 compiles the larger analysis functions for seconds on a loaded
    // machine, and runs timed before that settles measure the compiler, not the analysis.
    warmup: { type: "string", default: "1000" },
  },
});
const { body } = cleanArticle(normaliseText(readFileSync(values.file, "utf8")));
const runs = Number(values.runs);
const warmup = Number(values.warmup);
for (let i = 0; i < warmup; i++) analyseArticle(body, {});
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  analyseArticle(body, {});
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2);
console.log(
  `analyseArticle on ${(body.length / 1024).toFixed(1)} KB: median ${at(0.5)} ms, p90 ${at(0.9)} ms (${runs} runs after ${warmup} warm-up runs)`,
);
