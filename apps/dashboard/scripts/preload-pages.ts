import type { Plugin } from "vite";

type Chunk = {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
};
type Output = Record<string, { type: string } | Chunk>;

/**
 * The lazy chunks a first load would otherwise fetch one after another — the page's chunk once the router has
 * run, then what it imports, then the chart library once a chart mounts: every dynamic import reachable from the
 * entry, with their static imports, transitively, minus what the entry already loads.
 */
export function lazyChunks(bundle: Output, leaveOut?: RegExp): string[] {
  const chunks = new Map<string, Chunk>();
  for (const item of Object.values(bundle)) {
    if (item.type === "chunk") chunks.set((item as Chunk).fileName, item as Chunk);
  }
  const initial = new Set<string>();
  const walk = (names: string[], into: Set<string>, follow: (c: Chunk) => string[]) => {
    const queue = [...names];
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (into.has(name)) continue;
      into.add(name);
      const chunk = chunks.get(name);
      if (chunk) queue.push(...follow(chunk));
    }
  };
  const entries = [...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName);
  walk(entries, initial, (c) => c.imports);
  const reachable = new Set<string>();
  walk(entries, reachable, (c) => [...c.imports, ...c.dynamicImports]);
  return [...reachable].filter((name) => !initial.has(name) && chunks.has(name) && !leaveOut?.test(name)).sort();
}

/**
 * Adds `<link rel="modulepreload">` for every lazy chunk but the `heavy` ones to index.html, so the browser fetches
 * the page's chunk and what it imports while the entry runs instead of after it; nothing runs before it is imported.
 * The heavy libraries (ECharts, the map) are left out: pages without charts would pay for compiling them, and the
 * pages with charts start loading them as soon as their own chunk runs. Build only.
 */
export function preloadLazyChunks(heavy?: RegExp): Plugin {
  return {
    name: "chancery:preload-lazy-chunks",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        if (!context.bundle) return [];
        return lazyChunks(context.bundle as unknown as Output, heavy).map((fileName) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `/${fileName}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}
