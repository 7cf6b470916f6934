import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Round 57, own sentences. "… the fourth country to reach the level with Vietnam after A, B and C": after a count of
// holders, "reach the level" refers back to the level just named, like "that level". A bare "reached the level" is
// left (it may mean another level than the one just named), as is "the level of" a figure.
describe("partnerships: a counted holder that reached the level", () => {
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

  it("reads nothing into a count that reached the level of a sum", () => {
    const body =
      "Chile and Vietnam raised their relations to a comprehensive strategic partnership on Friday. It is the fifth country to reach the level of $2 billion in trade, after China, Russia and India.";
    expect(partnershipKeys(body, "2024-06-10", null)).toEqual(["CL|Comprehensive Strategic Partnership|2024"]);
  });
});
