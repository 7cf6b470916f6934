import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { infoRowWriterOutlet } from "./info-row-credits.js";
import { isHomeToContactMenu } from "./tool-bars.js";

// Round 53: a template's info row whose writer's field names an agency, and a site's section row copied from its
// home link with no contact link closing it. Sentences are the tests' own.
describe("the writer's field of a barred info row", () => {
  it("names the agency the story came from", () => {
    expect(infoRowWriterOutlet("POSTED : 3 May 2019 at 09:10   |   SECTION: World   |   WRITER: Reuters")).toBe(
      "Reuters",
    );
  });

  it("credits the agency as the page's source", () => {
    const page = [
      "Rice exporters eye new African buyers",
      "",
      "POSTED : 3 May 2019 at 09:10   |   SECTION: World   |   WRITER: Reuters",
      "",
      "HANOI - Vietnamese rice traders are courting buyers in West Africa as demand in Asia slows, industry officials said on Friday, citing lower freight costs.",
    ].join("\n");
    expect(cleanArticle(page, { author: null, outlet: null, title: null }).hints.source).toBe("Reuters");
  });

  it("reads nothing from a row with no writer's field", () => {
    expect(infoRowWriterOutlet("POSTED : 3 May 2019 at 09:10 | SECTION: World")).toBeNull();
  });
});

describe("a section row led by the home link", () => {
  it("is a menu even with a sister title at its end", () => {
    expect(isHomeToContactMenu("Home  News  Politics  Economy  Property  Society  World  Saigon Weekly Digest")).toBe(
      true,
    );
  });

  it("leaves a headline in title case that opens on 'Home'", () => {
    expect(isHomeToContactMenu("Home Prices In Vietnam Rise As Economy Recovers From Slump")).toBe(false);
    expect(isHomeToContactMenu("Home Ministry Officials Visit Hanoi Economy Forum Today")).toBe(false);
  });
});
