import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { hasDigestCue, isDigestSectionLine, isEntryStamp, titleSaysOneStory } from "./digests.js";
import { cleanArticle } from "./index.js";
import { relationsCues } from "./items.js";

// Round 29: a digest says so in its title or a section line over its items; a page whose title names the story of
// foreign relations is one story whose numbered sections stay (test/READING.md "What counts as the body").
const clean = (text: string, title?: string) => cleanArticle(normaliseText(text), { title: title ?? null });
const namesVietnam = (text: string) => /viet\s?nam/iu.test(text);

describe("a digest's own word", () => {
  it("is read in a column's title and a list's section line, not in a story's headline", () => {
    expect(hasDigestCue("Mekong at a Glance: 4 June")).toBe(true);
    expect(hasDigestCue("LATEST NEWS")).toBe(true);
    expect(hasDigestCue("The week in review")).toBe(true);
    expect(hasDigestCue("Vietnam and Chile sign a free trade protocol")).toBe(false);
  });

  it("reads a short section line with its date aside, not a site's tagline that lists its sections", () => {
    expect(isDigestSectionLine("Mekong at a Glance: 27 February 2025")).toBe(true);
    expect(isDigestSectionLine("NEWS IN BRIEF, Nov. 4, 2025")).toBe(true);
    expect(isDigestSectionLine("Latest news, Vietnam news, Travel & Business")).toBe(false);
  });

  it("reads a list's stamps under its items, not a sentence with a time", () => {
    expect(isEntryStamp("Write: 2026-03-02 09:14:55")).toBe(true);
    expect(isEntryStamp("| 4 hours ago | 12 comments")).toBe(true);
    expect(isEntryStamp("The talks began at 09:00 and ended two hours ago.")).toBe(false);
  });

  it("takes a title naming Vietnam with a cue of relations and no digest word for one story", () => {
    expect(titleSaysOneStory("Viet Nam-Chile Summit Talks", [], namesVietnam, relationsCues)).toBe(true);
    expect(titleSaysOneStory("Chile news in brief: Viet Nam summit", [], namesVietnam, relationsCues)).toBe(false);
    expect(titleSaysOneStory("Viet Nam-Chile Summit Talks", ["TOP STORIES"], namesVietnam, relationsCues)).toBe(false);
  });
});

describe("a ministry's readout with numbered sections", () => {
  it("stays whole, a section that never names Vietnam included, under a title naming the summit", () => {
    const page = clean(
      [
        "Viet Nam-Chile Summit Talks",
        "1. Opening remarks",
        "President Gabriel Boric welcomed the visit of the Vietnamese President and said the summit came in a year of warm bilateral relations between the two countries.",
        "2. Bilateral relations",
        "The two leaders agreed to raise two-way trade and to open talks on a protocol upgrading the free trade agreement signed by Chile and Viet Nam.",
        "3. Regional and international affairs",
        "The two presidents exchanged views on the Pacific Alliance, the Andean region and the reform of the United Nations, and agreed to keep in close contact at forums.",
      ].join("\n"),
      "Viet Nam-Chile Summit Talks",
    );
    expect(page.body).toContain("Pacific Alliance, the Andean region");
    expect(page.body).toContain("Gabriel Boric welcomed");
    expect(page.hints.itemTitle).toBeUndefined();
  });
});

describe("a press review under its own word", () => {
  it("keeps the paper's item on Vietnam's relations, drops the other papers' items and takes its headline", () => {
    const page = clean(
      [
        "Chilean press review: 4 June",
        "El Sur leads with a strike at the port of Talcahuano that has stopped the loading of copper and timber for a third straight day, the paper says.",
        "Vietnam visit opens a new page in ties",
        "La Tercera gives its front page to the state visit to Vietnam of President Gabriel Boric, who agreed with his host on Monday to lift bilateral relations and open talks on a new trade protocol.",
        "The paper quotes officials in Santiago as saying copper and fruit exports to the Asian country could double within five years under the deal.",
        "Las Ultimas Noticias: Rain floods the capital's metro",
        "Las Ultimas Noticias reports that heavy rain flooded three metro stations in Santiago overnight and that the city closed two schools on Tuesday morning.",
      ].join("\n"),
      "Chilean press review: 4 June",
    );
    expect(page.body).toContain("state visit to Vietnam of President Gabriel Boric");
    expect(page.body).not.toContain("port of Talcahuano");
    expect(page.body).not.toContain("flooded three metro stations");
    expect(page.hints.itemTitle).toBe("Vietnam visit opens a new page in ties");
  });
});

describe("a news list with a stamp under each headline", () => {
  it("keeps the first item on Vietnam and drops the stamped items on other stories", () => {
    const page = clean(
      [
        "NEWS",
        "Headlines",
        "Boric, Vietnam's President Agree to Double Trade by 2030",
        "Write: 2026-06-04 18:02:11",
        "President Gabriel Boric held a summit on Thursday with the visiting Vietnamese President, and the two leaders agreed to double bilateral trade by 2030 and to open talks on a new protocol.",
        "Vietnam is Chile's largest trading partner in Southeast Asia, the foreign ministry in Santiago said.",
        "Copper Price Climbs on Demand From Smelters",
        "Write: 2026-06-04 14:40:02",
        "The price of refined copper rose for a fourth day as smelters in the north of the country reported strong orders from buyers in Europe.",
        "Senate Passes Pension Reform Bill",
        "Write: 2026-06-04 11:12:45",
        "The Senate passed the pension reform bill by a vote of 27 to 21 after a debate that lasted until the early hours of Thursday.",
      ].join("\n"),
    );
    expect(page.body).toContain("double bilateral trade by 2030");
    expect(page.body).not.toContain("refined copper rose");
    expect(page.body).not.toContain("pension reform bill by a vote");
    expect(page.body).not.toContain("Write:");
  });
});

describe("a live blog on one event", () => {
  it("opening on 'Welcome to our live coverage' stays one story, its later stamped entries and its headline kept", () => {
    const page = clean(
      [
        "Chile's president in Hanoi: trade protocol signed as visit ends",
        "Welcome to our live coverage of the state visit to Vietnam of President Gabriel Boric, who meets his host in Hanoi this morning.",
        "The two presidents agreed to open talks on a protocol upgrading the free trade agreement signed by Chile and Viet Nam.",
        "09:40",
        "Boric told reporters after the talks that copper and fruit exporters would gain most from the new protocol, and that ministers would meet again in Santiago.",
        "11:15",
        "The visiting delegation laid a wreath at the Ho Chi Minh Mausoleum before lunch with business leaders from both countries.",
      ].join("\n"),
      "Chile's president in Hanoi: trade protocol signed as visit ends",
    );
    expect(page.body).toContain("copper and fruit exporters");
    expect(page.body).toContain("laid a wreath");
    expect(page.hints.itemTitle).toBeUndefined();
  });
});

describe("a story under its own headline with an 'In Brief' summary label", () => {
  it("keeps the page's headline as its title, not a short line between headline and text", () => {
    const title = "Santiago and Hanoi find common ground on copper";
    const page = clean(
      [
        "Pacific Policy Review",
        "Home / Regions / Southeast Asia",
        title,
        "Author: Ana Rojas, University of Chile",
        "4 June 2025",
        "Reading time: 4 mins",
        "In Brief",
        "Chile and Vietnam agreed this week to open talks on a trade protocol, a modest step that rests on copper, fruit and seafood rather than on any strategic design.",
        "President Gabriel Boric and his host signed three agreements in Hanoi on Monday, and officials said the protocol talks would begin before the end of the year.",
        "Two-way trade has grown steadily over the decade, and copper cathodes remain the largest item that Chilean exporters ship to Vietnamese buyers.",
        "Yet neither side described the step as strategic, and diplomats in both capitals were careful to speak of markets rather than of alignment.",
        "The next round of talks is due in Santiago, where officials hope to close the text within a year.",
      ].join("\n"),
      title,
    );
    expect(page.hints.itemTitle).toBeUndefined();
    expect(page.body).toContain("President Gabriel Boric and his host");
  });
});
