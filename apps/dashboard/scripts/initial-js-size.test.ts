import { describe, expect, it } from "vitest";
import { initialChunks } from "./initial-js-size.js";

const chunk = (fileName: string, imports: string[], isEntry = false) => ({
  type: "chunk" as const,
  fileName,
  code: "",
  isEntry,
  imports,
});

describe("initialChunks", () => {
  it("counts the entry and its static imports, transitively, but not lazy chunks", () => {
    const bundle = {
      "index.js": chunk("index.js", ["react.js"], true),
      "react.js": chunk("react.js", ["runtime.js"]),
      "runtime.js": chunk("runtime.js", []),
      "map.js": chunk("map.js", ["react.js"]),
      "style.css": { type: "asset" },
    };
    expect(
      initialChunks(bundle)
        .map((c) => c.fileName)
        .sort(),
    ).toEqual(["index.js", "react.js", "runtime.js"]);
  });
});
