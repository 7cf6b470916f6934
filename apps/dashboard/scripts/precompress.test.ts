import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressedCopies } from "./precompress.js";

describe("compressedCopies", () => {
  it("writes brotli and gzip copies that decompress to the file", async () => {
    const file = new TextEncoder().encode("export const chart = 1;\n".repeat(200));
    const copies = await compressedCopies(file);
    expect(copies.map((c) => c.suffix)).toEqual([".br", ".gz"]);
    const br = copies.find((c) => c.suffix === ".br")?.bytes as Uint8Array;
    const gz = copies.find((c) => c.suffix === ".gz")?.bytes as Uint8Array;
    expect(Buffer.from(brotliDecompressSync(br)).equals(Buffer.from(file))).toBe(true);
    expect(Buffer.from(gunzipSync(gz)).equals(Buffer.from(file))).toBe(true);
  });

  it("keeps no copy that is not smaller than the file", async () => {
    expect(await compressedCopies(new TextEncoder().encode("x"))).toEqual([]);
  });
});
