import { describe, expect, it } from "vitest";
import { compact, oneOf, optionalBoolean, optionalNumber, optionalString } from "./search-params.js";

describe("URL search readers", () => {
  it("treats blank and non-string values as absent strings", () => {
    expect(optionalString("  ")).toBeUndefined();
    expect(optionalString({})).toBeUndefined();
    expect(optionalString(42)).toBe("42");
    expect(optionalString("East Sea")).toBe("East Sea");
  });

  it("reads numbers from strings and rejects garbage", () => {
    expect(optionalNumber("12")).toBe(12);
    expect(optionalNumber("1e400")).toBeUndefined();
    expect(optionalNumber("abc")).toBeUndefined();
  });

  it("reads booleans written the usual ways", () => {
    expect(optionalBoolean("true")).toBe(true);
    expect(optionalBoolean("0")).toBe(false);
    expect(optionalBoolean("yes")).toBeUndefined();
  });

  it("accepts only listed values", () => {
    expect(oneOf(["asc", "desc"] as const, "asc")).toBe("asc");
    expect(oneOf(["asc", "desc"] as const, "ASC")).toBeUndefined();
  });

  it("drops empty keys", () => {
    expect(compact({ q: "", outlet: undefined, page: 2 })).toEqual({ page: 2 });
  });
});
