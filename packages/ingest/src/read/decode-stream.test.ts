import { describe, expect, it } from "vitest";
import { DecodeError, decodeStream } from "./decode-stream.js";

async function* from(...chunks: Uint8Array[]) {
  yield* chunks;
}
const utf8 = (text: string) => new TextEncoder().encode(text);

async function collect(chunks: Uint8Array[]) {
  const texts: string[] = [];
  try {
    for await (const text of decodeStream(from(...chunks))) texts.push(text);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { texts, error: error.reason };
  }
  return { texts, error: null };
}

describe("decodeStream", () => {
  it("decodes UTF-8 split mid-character across chunks, dropping the BOM", async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Việt Nam")]);
    const { texts, error } = await collect([bytes.subarray(0, 6), bytes.subarray(6)]);
    expect(texts.join("")).toBe("Việt Nam");
    expect(error).toBeNull();
  });

  it("decodes UTF-16 announced by a BOM", async () => {
    const body = Buffer.from('{"text":"Hà Nội"}', "utf16le");
    const { texts } = await collect([Uint8Array.from([0xff, 0xfe, ...body])]);
    expect(texts.join("")).toBe('{"text":"Hà Nội"}');
  });

  it("yields the text before bad UTF-8, then refuses with the byte and line", async () => {
    const { texts, error } = await collect([utf8('{"text":"ok"}\n'), Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])]);
    expect(texts).toEqual(['{"text":"ok"}\n']);
    expect(error).toBe("not valid UTF-8 near byte 16 (line 2); save the file as UTF-8");
  });

  it("refuses binary and empty streams", async () => {
    expect((await collect([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2])])).error).toMatch(
      /^binary file \(ZIP archive/,
    );
    expect((await collect([])).error).toBe("empty file");
  });
});
