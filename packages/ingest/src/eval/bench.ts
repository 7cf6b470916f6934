import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { analyseArticle } from "../analyse/index.js";
import { cleanArticle } from "../clean/index.js";
import { normaliseText } from "../normalise/normalise.js";

// Median time to analyse a ~10 KB cleaned body (the largest seed by default), after a warm-up.
const { values } = parseArgs({
  options: {
    file: {
      type: "string",
      default: fileURLToPath(new URL("../../../../seeds/000_7c77b6bef3e47a9e.txt", import.meta.url)),
    },
    runs: { type: "string", default: "200" },
  },
});
const { body } = cleanArticle(normaliseText(readFileSync(values.file, "utf8")));
const runs = Number(values.runs);
for (let i = 0; i < 20; i++) analyseArticle(body, {});
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  analyseArticle(body, {});
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2);
console.log(
  `analyseArticle on ${(body.length / 1024).toFixed(1)} KB: median ${at(0.5)} ms, p90 ${at(0.9)} ms (${runs} runs)`,
);
