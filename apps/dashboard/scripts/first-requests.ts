import { resolve } from "node:path";
import { build, type Plugin } from "vite";
import routes from "../src/first-requests/data/routes.json" with { type: "json" };

type Chunk = {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  imports: string[];
};
type Output = Record<string, { type: string } | Chunk>;

/**
 * For each lazily imported module (a path relative to `root`), the built files a page must load to run it: the
 * chunk holding it and that chunk's static imports, transitively, minus what the entry loads anyway. A module
 * that no chunk holds fails the build, so a renamed file cannot silently stop being preloaded.
 */
export function moduleChunks(bundle: Output, root: string, modules: readonly string[]): Record<string, string[]> {
  const chunks = new Map<string, Chunk>();
  for (const item of Object.values(bundle)) {
    if (item.type === "chunk") chunks.set((item as Chunk).fileName, item as Chunk);
  }
  const closure = (names: string[]) => {
    const seen = new Set<string>();
    const queue = [...names];
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...(chunks.get(name)?.imports ?? []));
    }
    return seen;
  };
  const initial = closure([...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName));
  const result: Record<string, string[]> = {};
  for (const module of modules) {
    const id = resolve(root, module);
    const holder = [...chunks.values()].find((c) => c.facadeModuleId === id || c.moduleIds.includes(id));
    if (!holder) throw new Error(`${module} (in src/first-requests/data/routes.json) is in no built chunk`);
    result[module] = [...closure([holder.fileName])]
      .filter((name) => !initial.has(name))
      .sort()
      .map((name) => `/${name}`);
  }
  return result;
}

const escapeAttribute = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

/**
 * Puts the inline script after the dashboard's own module script and preloads and before its stylesheet: the
 * browser opens six connections to a server and hands them out in request order, so the code the page cannot start
 * without is asked for first; and a script after a stylesheet would wait for it to load.
 */
export function insertAfterModuleScripts(html: string, script: string): string {
  const head = html.slice(0, html.indexOf("</head>"));
  const tags = [...head.matchAll(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g)];
  const last = tags.at(-1);
  if (!last) throw new Error("index.html has no module script to put the first-requests script after");
  const at = last.index + last[0].length;
  return `${html.slice(0, at)}\n    ${script}${html.slice(at)}`;
}

/** src/first-requests/start.ts bundled on its own into one classic script, to be inlined. */
async function inlineScript(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: "warn",
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, "src/first-requests/start.ts"), formats: ["iife"], name: "chanceryFirstRequests" },
    },
  });
  const first = (Array.isArray(output) ? output[0] : output) as { output: Array<{ type: string; code?: string }> };
  const code = first.output.find((item) => item.type === "chunk")?.code;
  if (!code) throw new Error("src/first-requests/start.ts built to nothing");
  return code.trim();
}

/**
 * Inlines a script into index.html's head that starts the page's first API requests and preloads the lazy
 * modules its first screenful draws with (src/first-requests/), so they load beside the dashboard's own code
 * instead of after it has run. Build only; the Content-Security-Policy plugin allows it by its hash.
 */
export function firstRequestsScript(): Plugin {
  let root = process.cwd();
  let code = "";
  return {
    name: "chancery:first-requests",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      code = await inlineScript(root);
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        if (!context.bundle) return html;
        const modules = [...new Set(routes.routes.flatMap((route) => route.modules ?? []))];
        const chunks = JSON.stringify(moduleChunks(context.bundle as unknown as Output, root, modules));
        const script = `<script data-modules="${escapeAttribute(chunks)}">${code}</script>`;
        return insertAfterModuleScripts(html, script);
      },
    },
  };
}
