import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter.js";

describe("splitFrontMatter", () => {
  it("reads the metadata fields and returns the text after the block", () => {
    const source = [
      "---",
      "title: Vietnam and Laos review ties",
      "outlet: Vientiane Times",
      "url: https://example.org/a",
      "published: 2024-02-02",
      "language: en",
      "author: [Somsack P., Tran Thu]",
      "tags: [asean, laos]",
      "---",
      "",
      "Body text.",
    ].join("\n");
    expect(splitFrontMatter(source)).toEqual({
      ok: true,
      text: "\nBody text.",
      metadata: {
        title: "Vietnam and Laos review ties",
        outlet: "Vientiane Times",
        url: "https://example.org/a",
        published: "2024-02-02",
        language: "en",
        author: "Somsack P., Tran Thu",
      },
    });
  });

  it("accepts the usual alternative names and CRLF line ends", () => {
    const result = splitFrontMatter(
      "---\r\ndate: 2023-09-10T08:00:00Z\r\nlang: en\r\nsource: Pacific Wire\r\n---\r\nText.\r\n",
    );
    expect(result).toEqual({
      ok: true,
      text: "Text.\r\n",
      metadata: { published: "2023-09-10T08:00:00.000Z", language: "en", outlet: "Pacific Wire" },
    });
  });

  it("returns a text without a closed block whole, so a leading horizontal rule is not front matter", () => {
    const source = "---\nVietnam and Japan upgrade ties\n\nTOKYO — The two countries...";
    expect(splitFrontMatter(source)).toEqual({ ok: true, text: source, metadata: {} });
    expect(splitFrontMatter("Plain article.\n---\ntitle: x\n---\n")).toMatchObject({ metadata: {} });
  });

  it("never evaluates a JavaScript front-matter block: it is plain text", () => {
    const source = "---js\n{ title: (() => { throw new Error('ran') })() }\n---\nText";
    expect(splitFrontMatter(source)).toEqual({ ok: true, text: source, metadata: {} });
  });

  it("refuses malformed YAML with the line of the error", () => {
    const result = splitFrontMatter("---\ntitle: x\n  outlet: y\n---\nText");
    expect(result).toEqual({
      ok: false,
      reason: "malformed YAML front matter at line 3: bad indentation of a mapping entry",
    });
  });

  it("refuses front matter that is not key: value fields, and a block with no text after it", () => {
    expect(splitFrontMatter("---\n- a\n- b\n---\nText")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a list of/),
    });
    expect(splitFrontMatter("---\ntitle: x\n---\n\n  \n")).toEqual({
      ok: false,
      reason: "no article text after the front matter",
    });
    expect(splitFrontMatter("---\ntitle: {a: 1}\n---\nText")).toEqual({
      ok: false,
      reason: 'front matter field "title" must be text, a number or a date',
    });
  });
});
