import { describe, expect, it } from "vitest";
import { lazyChunks } from "./preload-pages.js";

const chunk = (fileName: string, imports: string[], dynamicImports: string[] = [], isEntry = false) => ({
  type: "chunk" as const,
  fileName,
  isEntry,
  isDynamicEntry: !isEntry,
  imports,
  dynamicImports,
});

const bundle = {
  "index.js": chunk("index.js", ["react.js"], ["Page.js"], true),
  "react.js": chunk("react.js", []),
  "Page.js": chunk("Page.js", ["react.js", "Table.js"], ["EChart.js"]),
  "Table.js": chunk("Table.js", []),
  "EChart.js": chunk("EChart.js", ["echarts.js"]),
  "echarts.js": chunk("echarts.js", []),
  "Orphan.js": chunk("Orphan.js", []),
  "style.css": { type: "asset" },
};

describe("lazyChunks", () => {
  it("lists what the entry reaches only through dynamic imports, with their static imports, not the entry's own", () => {
    expect(lazyChunks(bundle)).toEqual(["EChart.js", "Page.js", "Table.js", "echarts.js"]);
  });

  it("leaves out the heavy chunks it is told to", () => {
    expect(lazyChunks(bundle, /^echarts/)).toEqual(["EChart.js", "Page.js", "Table.js"]);
  });
});
