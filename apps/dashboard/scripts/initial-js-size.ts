import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

type Chunk = { type: "chunk"; fileName: string; code: string; isEntry: boolean; imports: string[] };
type Output = Record<string, { type: string } | Chunk>;

/** Files the browser must load before the first paint: every entry chunk and its static imports, transitively. */
export function initialChunks(bundle: Output): Chunk[] {
  const chunks = new Map<string, Chunk>();
  for (const item of Object.values(bundle)) {
    if (item.type === "chunk") chunks.set((item as Chunk).fileName, item as Chunk);
  }
  const seen = new Set<string>();
  const queue = [...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) queue.push(imported);
  }
  return [...seen].flatMap((name) => chunks.get(name) ?? []);
}

/**
 * Prints the gzipped size of the initial JavaScript after each build and fails it above the budget,
 * so a heavy import that slips into the first load is caught where it happens.
 */
export function initialJsSize(budgetKb: number): Plugin {
  return {
    name: "chancery:initial-js-size",
    apply: "build",
    generateBundle(_options, bundle) {
      const initial = initialChunks(bundle as unknown as Output);
      const sizes = initial.map((c) => ({ file: c.fileName, gzip: gzipSync(c.code).length }));
      const totalKb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
      const lines = sizes.map((s) => `  ${s.file}  ${(s.gzip / 1024).toFixed(1)} KB`);
      this.info(
        `initial JS: ${totalKb.toFixed(1)} KB gzipped (budget ${budgetKb} KB) in ${sizes.length} files\n${lines.join("\n")}`,
      );
      if (totalKb > budgetKb) {
        this.error(`initial JS is ${totalKb.toFixed(1)} KB gzipped, over the ${budgetKb} KB budget`);
      }
    },
  };
}
