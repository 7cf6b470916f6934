import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseArticle } from "../analyse/index.js";
import type { Analysis } from "../analyse/types.js";
import { cleanArticle } from "../clean/index.js";
import { normaliseText } from "../normalise/normalise.js";
import { GoldArticle, GoldFile } from "./gold.js";
import { type ArticleScore, scoreArticle } from "./score.js";

export interface EvalRun {
  scores: ArticleScore[];
  analyses: Array<{ file: string; analysis: Analysis }>;
}

/** Normalises, cleans and analyses every article the gold file names (read from seedsDir), then scores each. */
export function evaluate(goldPath: string, seedsDir: string): EvalRun {
  const gold = GoldFile.parse(JSON.parse(readFileSync(goldPath, "utf8")));
  return evaluateAll(gold.articles, seedsDir);
}

/** Same for a folder of `<name>.txt` articles, each with its reading in `<name>.expected.json`. */
export function evaluateFolder(dir: string): EvalRun {
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => GoldArticle.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))));
  return evaluateAll(golds, dir);
}

function evaluateAll(golds: readonly GoldArticle[], dir: string): EvalRun {
  const scores: ArticleScore[] = [];
  const analyses: EvalRun["analyses"] = [];
  for (const g of golds) {
    const raw = readFileSync(join(dir, g.file), "utf8");
    const { body } = cleanArticle(normaliseText(raw));
    const analysis = analyseArticle(body, {});
    analyses.push({ file: g.file, analysis });
    scores.push(scoreArticle(g, analysis));
  }
  return { scores, analyses };
}
