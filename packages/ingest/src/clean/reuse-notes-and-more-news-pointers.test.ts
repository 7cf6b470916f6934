import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";
import { expectStoryOnly } from "./testing/story-parts.js";

// Round 49: government portals and news sites close a story with their reuse terms or a pointer to the site.

describe("a site's note on reusing its content", () => {
  it("drops the note that names the terms of reuse", () => {
    expectStoryOnly("bottom", "Portal.example content may be freely used, provided the source is named.");
    expect(isBoilerplate("Newsdesk.gov.xx stories may be used by anyone at no cost.")).toBe(true);
    expect(
      isBoilerplate(
        "Newsdesk.gov.xx is a state news service, run by the press office. Newsdesk.gov.xx stories may be used by anyone at no cost.",
      ),
    ).toBe(true);
  });

  it("keeps a story sentence about what material may be used", () => {
    expect(isBoilerplate("The leaked photos may be used as evidence in court, the prosecutor said.")).toBe(false);
  });
});

describe("a pointer to the site for more news", () => {
  it("drops the pointer under the story", () => {
    expectStoryOnly("bottom", "For more news about the region, visit Example.net");
  });

  it("keeps a sentence telling readers where officials went for more news", () => {
    expect(isBoilerplate("For more news on the talks, the ministers will visit Hanoi next month.")).toBe(false);
  });
});
