import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";
import { embeddedPostLines } from "./embeds-and-prompts.js";
import { LAST, LEAD, MORE } from "./testing/story-parts.js";

// Round 56: a government site embeds two posts under the story, each header setting the name, the handle and the day
// on one line, the counters closing the pair; its footer carries the site's disclaimer on outside links. Lines are
// written for the tests.
describe("posts embedded under one-line headers", () => {
  const page = [
    LEAD,
    MORE,
    "River Ministry @RiverMinistry · Apr 2, 2025",
    "Second Mekong rail bridge agreed today! Read the joint statement ⬇️ #MekongRail",
    "Minister Anna Keo @AnnaKeoMin · Apr 2, 2025",
    "A proud day for both banks of the river.",
    "12 Reposts 85 Likes",
    LAST,
  ];

  it("go whole with their text", () => {
    expect([...embeddedPostLines(page)].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it("leave a story's line that names an address", () => {
    expect(embeddedPostLines([LEAD, "Readers may write to the ministry @ its office in Vientiane.", LAST]).size).toBe(
      0,
    );
  });
});

describe("a site's disclaimer on outside links", () => {
  it("is the site's furniture", () => {
    expect(
      isBoilerplate(
        "This is the official website of the River Ministry. Links to other websites should not be construed as an endorsement of their content.",
      ),
    ).toBe(true);
    expect(
      isBoilerplate("External links to third-party sites should not be construed as an endorsement of their views."),
    ).toBe(true);
  });

  it("leaves a story's sentence about links", () => {
    expect(isBoilerplate("Links to other rail networks in the region are planned for 2030.")).toBe(false);
  });
});

// A market widget under a business story lists quotes, each a symbol, the company, its price and its change.
describe("a market widget's quote row", () => {
  it("is the widget's furniture", () => {
    expect(isBoilerplate("KLM Kettle Mining Ltd 0.052 -1.25%")).toBe(true);
  });

  it("leaves a table's row of a figure and its share", () => {
    expect(isBoilerplate("GDP Growth Rate 2023 6.5%")).toBe(false);
  });
});
