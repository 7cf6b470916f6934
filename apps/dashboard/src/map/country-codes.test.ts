import { describe, expect, it } from "vitest";
import { alpha2FromNumeric } from "./country-codes.js";

describe("alpha2FromNumeric", () => {
  it("maps world-atlas numeric ids, zero-padded or not", () => {
    expect(alpha2FromNumeric("036")).toBe("AU");
    expect(alpha2FromNumeric("250")).toBe("FR");
    expect(alpha2FromNumeric(458)).toBe("MY");
    expect(alpha2FromNumeric("704")).toBe("VN");
  });

  it("gives null for features without an official code", () => {
    expect(alpha2FromNumeric(undefined)).toBeNull();
    expect(alpha2FromNumeric("-99")).toBeNull();
  });
});
