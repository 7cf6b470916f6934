import { describe, expect, it } from "vitest";
import { sortRows } from "./sort-rows.js";

describe("sortRows", () => {
  const rows = [{ v: 3 }, { v: null }, { v: 10 }, { v: 1 }];

  it("sorts numbers numerically in both directions", () => {
    expect(sortRows(rows, (r) => r.v, "asc").map((r) => r.v)).toEqual([1, 3, 10, null]);
    expect(sortRows(rows, (r) => r.v, "desc").map((r) => r.v)).toEqual([10, 3, 1, null]);
  });

  it("compares text without case and with numbers in order", () => {
    const names = [{ v: "item 10" }, { v: "Item 9" }, { v: "apple" }];
    expect(sortRows(names, (r) => r.v, "asc").map((r) => r.v)).toEqual(["apple", "Item 9", "item 10"]);
  });

  it("leaves the input untouched", () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.v, "asc");
    expect(rows).toEqual(copy);
  });
});
