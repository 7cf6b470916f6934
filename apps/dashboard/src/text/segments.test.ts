import { describe, expect, it } from "vitest";
import { paragraphs, segment } from "./segments.js";

describe("segment", () => {
  const text = 'Minister Son said "We welcome Japan" today.';

  it("returns one plain piece when there are no spans", () => {
    expect(segment(text, [])).toEqual([{ start: 0, end: text.length, text, spans: [] }]);
  });

  it("splits nested spans so the inner piece carries both", () => {
    const quote = { start: 18, end: 36, kind: "quote" };
    const country = { start: 30, end: 35, kind: "country" };
    const pieces = segment(text, [quote, country]);
    expect(pieces.map((p) => p.text)).toEqual(["Minister Son said ", '"We welcome ', "Japan", '"', " today."]);
    expect(pieces[2]?.spans).toEqual([quote, country]);
    expect(pieces[3]?.spans).toEqual([quote]);
  });

  it("clamps spans to the requested range and drops those outside", () => {
    const pieces = segment(
      text,
      [
        { start: 5, end: 12 },
        { start: 40, end: 99 },
      ],
      9,
      20,
    );
    expect(pieces.map((p) => [p.text, p.spans.length])).toEqual([
      ["Son", 1],
      [' said "W', 0],
    ]);
  });
});

describe("paragraphs", () => {
  it("keeps each line's offsets into the body and skips blank lines", () => {
    const body = "First line.\n\n  \nSecond line.";
    expect(paragraphs(body)).toEqual([
      { start: 0, end: 11, text: "First line." },
      { start: 16, end: 28, text: "Second line." },
    ]);
  });
});
