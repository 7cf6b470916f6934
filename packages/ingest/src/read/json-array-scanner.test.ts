import { describe, expect, it } from "vitest";
import { JsonArrayScanner } from "./json-array-scanner.js";

function scan(chunks: string[], max = 1000) {
  const scanner = new JsonArrayScanner(max);
  const values = [...chunks.flatMap((c) => scanner.push(c)), ...scanner.end()];
  return { values, error: scanner.error };
}

describe("JsonArrayScanner", () => {
  const json = ' [ {"text": "a ] } [ \\" {", "n": [1, {"x": 2}]}, {"text":"b"} ,3, "s\\"]", null ]\n';

  it("cuts each element's JSON text out verbatim, brackets inside strings included", () => {
    const expected = ['{"text": "a ] } [ \\" {", "n": [1, {"x": 2}]}', '{"text":"b"}', "3", '"s\\"]"', "null"];
    const { values, error } = scan([json]);
    expect(values.map((v) => ("text" in v ? v.text : v))).toEqual(expected);
    expect(values.map((v) => v.index)).toEqual([0, 1, 2, 3, 4]);
    expect(error).toBeNull();
  });

  it("gives the same values when fed one character at a time", () => {
    expect(scan([...json]).values).toEqual(scan([json]).values);
  });

  it("treats a lone top-level object as one value without an index", () => {
    expect(scan(['{"text": "x"}'])).toEqual({ values: [{ index: null, text: '{"text": "x"}' }], error: null });
  });

  it("reports an element over the limit and goes on", () => {
    const big = `{"text": "${"x".repeat(50)}"}`;
    expect(scan([`[${big}, {"text": "y"}]`], 40).values).toEqual([
      { index: 0, tooLong: big.length },
      { index: 1, text: '{"text": "y"}' },
    ]);
  });

  it("keeps the elements before a cut-off end and says the JSON is incomplete", () => {
    const { values, error } = scan(['[{"text": "a"}, {"text": "b']);
    expect(values).toEqual([{ index: 0, text: '{"text": "a"}' }]);
    expect(error).toMatch(/cut off/);
  });

  it("refuses a document that is not an array or object, and text after the end", () => {
    expect(scan(["hello"]).error).toMatch(/not a JSON array or object/);
    expect(scan(['[{"text":"a"}] trailing']).error).toMatch(/unexpected text after the end/);
    expect(scan(["  \n "]).error).toBe("empty file (only whitespace)");
    expect(scan(['{"text":"a"}\n{"text":"b"}\n']).error).toMatch(/name the file \.jsonl$/);
  });
});
