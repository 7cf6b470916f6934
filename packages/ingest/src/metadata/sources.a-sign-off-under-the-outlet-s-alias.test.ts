import { describe, expect, it } from "vitest";
import { resolveSource } from "./sources.js";

// Round 58: the cleaner hands a sign-off's outlet over under its canonical name, but the page printed an alias ("— VNS"
// for Vietnam News). A line naming the outlet only in its copyright footer (its "©" reads as a picture's mark) must not
// outweigh the alias the sign-off printed. Lines written for the test.
describe("a sign-off printing the outlet's alias", () => {
  const base = {
    cleaned: "Vietnam News",
    body: "The two delegations met in Hue on Friday.\nThey agreed to open a new consulate next spring.",
    author: null,
    outlet: null,
    raw: null,
  };
  const footer = {
    kind: "related",
    text: "More stories\n• A bridge opens\nCopyright © 2031 Vietnam News. All rights reserved.",
  };

  it("keeps the outlet as the source beside a copyright footer", () => {
    const found = resolveSource({ ...base, noise: [{ kind: "byline", text: "— VNS" }, footer] });
    expect(found?.source).toBe("Vietnam News");
  });

  it("still drops an outlet named only under pictures", () => {
    const found = resolveSource({
      ...base,
      noise: [{ kind: "caption", text: "The two delegations pose for a picture in Hue on Friday. VNS Photo Le Van" }],
    });
    expect(found).toBeNull();
  });
});
