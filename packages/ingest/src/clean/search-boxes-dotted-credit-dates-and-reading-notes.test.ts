import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";

// Round 40: a search box's placeholder naming the site, a credit bar whose date is dotted and closed by a dot, and a
// bracketed note pointing to the related article elsewhere are the page's, never the story's.
describe("furniture lines read by their shape", () => {
  it("drops a search box placeholder naming the site", () => {
    expect(isBoilerplate("Search Andes Herald...")).toBe(true);
    expect(isBoilerplate("Search Pacific Post…")).toBe(true);
    expect(isBoilerplate("Search for survivors continued...")).toBe(false);
  });

  it("drops a credit bar with a dotted date closed by its dot", () => {
    expect(isBoilerplate("By Danube Daily | 2019.05.14. | 4 min read")).toBe(true);
  });

  it("drops a bracketed pointer to the related article elsewhere", () => {
    expect(isBoilerplate("(Read the related article in Korean at Seoul Ilbo.)")).toBe(true);
    expect(isBoilerplate("(The minister read the statement aloud at the start of the meeting.)")).toBe(false);
  });

  it("drops a feed reader's row of item actions", () => {
    expect(
      isBoilerplate("Add star   Like   Share   Share with note   Email   Keep unread   Edit tags: Wire - World"),
    ).toBe(true);
  });
});
