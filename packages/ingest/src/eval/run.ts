import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type PreparedArticle, prepareArticle } from "../pipeline/prepare.js";
import { isReadFailure, readBuffer } from "../read/index.js";
import { GoldArticle, GoldFile } from "./gold.js";
import { type ArticleScore, type Prediction, scoreArticle } from "./score.js";

export interface EvalRun {
  scores: ArticleScore[];
  predictions: Array<{ file: string } & Prediction>;
  /** Files the ingest path could not read or left with no body, with the reason. */
  failures: Array<{ file: string; reason: string }>;
}

/** Reads, prepares and scores every article the gold file names (read from seedsDir). */
export function evaluate(goldPath: string, seedsDir: string): EvalRun {
  const gold = GoldFile.parse(JSON.parse(readFileSync(goldPath, "utf8")));
  return evaluateAll(gold.articles, seedsDir);
}

/** Same for a folder of `<name>.<txt|md|html>` files, each with its reading in `<name>.expected.json`. */
export function evaluateFolder(dir: string): EvalRun {
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const parsed = GoldArticle.safeParse(JSON.parse(readFileSync(join(dir, f), "utf8")));
      if (!parsed.success) throw new Error(`${join(dir, f)}: not a gold reading: ${parsed.error.message}`);
      return parsed.data;
    });
  return evaluateAll(golds, dir);
}

function predictionOf(prepared: PreparedArticle): Prediction {
  return { body: prepared.body, title: prepared.title, source: prepared.source, analysis: prepared.analysis };
}

/** The real ingest path: the reader picks the format by extension, then normalise, clean, metadata, analyse. */
function predict(dir: string, file: string): Prediction | { reason: string } {
  const [first, ...rest] = readBuffer(file, readFileSync(join(dir, file)));
  if (!first) return { reason: "the reader found no document" };
  if (rest.length) return { reason: `the reader found ${rest.length + 1} documents; a test page holds one` };
  if (isReadFailure(first)) return { reason: first.error };
  try {
    return predictionOf(prepareArticle(first));
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

const EMPTY: Prediction = {
  body: "",
  title: null,
  source: null,
  analysis: {
    version: "",
    entities: [],
    indicators: [],
    partnerships: [],
    quotes: [],
    themes: [],
    inferredDate: null,
  },
};

function evaluateAll(golds: readonly GoldArticle[], dir: string): EvalRun {
  const run: EvalRun = { scores: [], predictions: [], failures: [] };
  for (const g of golds) {
    const predicted = predict(dir, g.file);
    const prediction = "reason" in predicted ? EMPTY : predicted;
    if ("reason" in predicted) run.failures.push({ file: g.file, reason: predicted.reason });
    run.predictions.push({ file: g.file, ...prediction });
    run.scores.push(scoreArticle(g, prediction));
  }
  return run;
}
