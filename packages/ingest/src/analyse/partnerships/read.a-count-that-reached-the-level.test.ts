import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. "… the fifth country to reach the level with Vietnam after A, B and C": "reach the level" refers back
// to the level just named, like "that level"; "the level of" a figure refers to nothing.
describe("partnerships: holders counted as having reached the level", () => {
  it("gives the list after the count the level named before", () => {
    const body =
      "Chile and Vietnam raised their relations to a comprehensive strategic partnership on Friday. Chile becomes the fifth country to reach the level with Vietnam after China, Russia and India.";
    expect(partnershipKeys(body, "2024-06-10", null)).toEqual([
      "CL|Comprehensive Strategic Partnership|2024",
      "CN|Comprehensive Strategic Partnership|-",
      "IN|Comprehensive Strategic Partnership|-",
      "RU|Comprehensive Strategic Partnership|-",
    ]);
  });

  it("reads nothing into a figure that reached the level of a sum", () => {
    const body =
      "Chile and Vietnam raised their relations to a comprehensive strategic partnership on Friday. Their trade reached the level of $2 billion, after China, Russia and India had each passed it.";
    expect(partnershipKeys(body, "2024-06-10", null)).toEqual(["CL|Comprehensive Strategic Partnership|2024"]);
  });
});
