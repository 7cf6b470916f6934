import { describe, expect, it } from "vitest";
import { isCaptionWithCredit } from "./caption-titles.js";

// Captions and headlines written for the tests.
describe("a picture's caption closed by its credit is no headline", () => {
  it.each([
    ["The two ministers shake hands before their talks in the capital on Monday.Photo: Harbour Times"],
    ["The delegations pose at the old residence by the sea. Source: Reuters / Jane Roe"],
    ["The leaders walk past the guard of honour at the palace. (Harbour News: John Smith)"],
    ["The two presidents review troops during the welcome ceremony at the palace. Minh Tran, AFP"],
  ])("%s", (line) => {
    expect(isCaptionWithCredit(line)).toBe(true);
  });

  it.each([
    ["Harbour and river nations upgrade ties to a strategic partnership"],
    ["Ministers meet in the capital. What comes next?"],
    ["Trade talks stall: source says deal close"],
    ["Talks end in the capital. Ministers Agree, Harbour"],
  ])("%s is a headline", (line) => {
    expect(isCaptionWithCredit(line)).toBe(false);
  });
});
