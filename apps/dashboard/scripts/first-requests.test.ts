import { describe, expect, it } from "vitest";
import { insertAfterModuleScripts, moduleChunks } from "./first-requests.js";

const chunk = (fileName: string, imports: string[], moduleIds: string[], isEntry = false) => ({
  type: "chunk" as const,
  fileName,
  isEntry,
  facadeModuleId: isEntry ? (moduleIds[0] ?? null) : null,
  moduleIds,
  imports,
});

const bundle = {
  "assets/index.js": chunk("assets/index.js", ["assets/app.js"], ["/d/src/main.tsx"], true),
  "assets/app.js": chunk("assets/app.js", ["assets/runtime.js"], ["/d/src/router.tsx", "/d/src/components/Chart.tsx"]),
  "assets/runtime.js": chunk("assets/runtime.js", [], ["\0rolldown/runtime.js"]),
  "assets/echarts.js": chunk(
    "assets/echarts.js",
    ["assets/app.js", "assets/runtime.js", "assets/zrender.js"],
    ["/d/src/components/EChart.tsx", "/d/node_modules/echarts/core.js"],
  ),
  "assets/zrender.js": chunk("assets/zrender.js", [], ["/d/node_modules/zrender/index.js"]),
  "assets/app.css": { type: "asset" },
};

describe("moduleChunks", () => {
  it("lists the chunk holding a lazy module and what it imports, less what the entry loads anyway", () => {
    expect(moduleChunks(bundle, "/d", ["src/components/EChart.tsx"])).toEqual({
      "src/components/EChart.tsx": ["/assets/echarts.js", "/assets/zrender.js"],
    });
  });

  it("fails the build for a module no chunk holds", () => {
    expect(() => moduleChunks(bundle, "/d", ["src/components/Gone.tsx"])).toThrow(/Gone\.tsx.*no built chunk/);
  });
});

describe("insertAfterModuleScripts", () => {
  it("puts the script after the module script and preloads, before the stylesheet", () => {
    const html = [
      "<head><title>x</title>",
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/app.js">',
      '<link rel="stylesheet" crossorigin href="/assets/app.css">',
      "</head><body></body>",
    ].join("\n");
    const out = insertAfterModuleScripts(html, "<script>first()</script>");
    expect(out.indexOf("first()")).toBeGreaterThan(out.indexOf("modulepreload"));
    expect(out.indexOf("first()")).toBeLessThan(out.indexOf("stylesheet"));
  });

  it("refuses a page with no module script to follow", () => {
    expect(() => insertAfterModuleScripts("<head></head>", "<script></script>")).toThrow(/no module script/);
  });
});
