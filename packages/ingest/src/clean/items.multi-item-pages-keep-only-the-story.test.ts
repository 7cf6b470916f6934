import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isGreeting, isSignoff, withoutRundown } from "./items.js";

// Round 27: a daily brief, a newsletter, a broadcast with several segments or a briefing tells one story about
// Vietnam's foreign relations among other items; the other items, the greeting and the segments' sign-offs are noise
// (test/READING.md "What counts as the body"), and a single story keeps every crosshead and paragraph.
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

const story = [
  "Vietnam and Chile agreed on Monday to open talks on a deeper trade pact, the two foreign ministers said in Hanoi.",
  "",
  "The ministers also signed a plan on farm exports and on training for customs officers over the next three years.",
  "",
  "Chile is one of Vietnam's oldest partners in Latin America, and trade between them reached $1.9 billion last year.",
].join("\n");

describe("a daily brief's sections", () => {
  it("keeps the story's item and drops the greeting and the items under the other section words", () => {
    const body = clean(
      [
        "Morning Digest – March 3",
        "Good morning. Here are today's main stories, gathered from the national press.",
        "",
        "DIPLOMACY",
        "",
        "Vietnam and Chile to open talks on a deeper trade pact",
        story,
        "",
        "ECONOMY",
        "",
        "Rice prices steady",
        "Export prices for broken rice held at $410 a tonne this week, traders in the Mekong Delta said. — VNS",
        "",
        "WEATHER",
        "",
        "Cold spell in the north",
        "Temperatures in the northern mountains will fall below five degrees on Thursday, forecasters said. — VNS",
      ].join("\n"),
    );
    expect(body).toContain("open talks on a deeper trade pact");
    expect(body).toContain("oldest partners in Latin America");
    expect(body).not.toContain("Good morning");
    expect(body).not.toContain("broken rice");
    expect(body).not.toContain("northern mountains");
  });
});

describe("a broadcast's segments", () => {
  it("cuts the segment after the commercial break and the anchor's rundown of it, keeping the anchor's own words", () => {
    const body = clean(
      [
        "EVENING DESK",
        "Vietnam and Chile open trade talks; Storm hits the coast",
        "[18:00:04] LENA MORROW, ANCHOR: Good to have you with us, I'm Lena Morrow. Here's what we're watching tonight. A storm is moving up the coast.",
        "",
        "But we begin in Hanoi, where Vietnam and Chile have agreed to open talks on a deeper trade pact.",
        "",
        "PAUL ADEYEMI, CORRESPONDENT: The ministers also signed a plan on farm exports for Vietnam's growers.",
        "",
        "MORROW: Paul Adeyemi in Hanoi, thanks.",
        "",
        "(COMMERCIAL BREAK)",
        "",
        "[18:06:40] MORROW: The storm brought winds of 120 kilometres an hour to the coast this afternoon, and schools will stay shut.",
        "",
        "MORROW: Coming up, the weekend's weather.",
      ].join("\n"),
    );
    expect(body).toContain("I'm Lena Morrow.");
    expect(body).not.toContain("A storm is moving up the coast");
    expect(body).toContain("But we begin in Hanoi");
    expect(body).toContain("Paul Adeyemi in Hanoi, thanks.");
    expect(body).not.toContain("120 kilometres");
    expect(body).not.toContain("weekend's weather");
  });

  it("drops a segment's sign-off and the second segment after it", () => {
    const body = clean(
      [
        "Vietnam and Chile open trade talks",
        "Jan Ruiz: Vietnam and Chile agreed on Monday to open talks on a deeper trade pact, the ministers said in Hanoi.",
        "",
        "Mia Holt: The ministers also signed a plan on farm exports and on training for customs officers in Vietnam.",
        "",
        "Mia Holt: Chile is one of Vietnam's oldest partners in Latin America, and trade reached $1.9 billion last year.",
        "",
        "Mia Holt: For Morning Markets, I'm Mia Holt.",
        "",
        "Jan Ruiz: Meanwhile, oil prices rose 2% overnight as traders watched supplies in the Gulf.",
      ].join("\n"),
    );
    expect(body).toContain("oldest partners in Latin America");
    expect(body).not.toContain("For Morning Markets");
    expect(body).not.toContain("oil prices");
  });
});

describe("a newsletter's and a briefing's other items", () => {
  it("drops the greeting, a sponsor's block and the items under labels in capitals", () => {
    const body = clean(
      [
        "Asia Letter: Hanoi and Santiago talk trade",
        "Hello, Asia Letter readers! Today we look at Hanoi's talks with Chile. Thanks for reading.",
        "",
        "HANOI LOOKS SOUTH",
        "",
        story,
        "",
        "A MESSAGE FROM NORTHWIND SHIPPING:",
        "Cargo moves faster with Northwind. Book your next shipment at northwind.example.",
        "",
        "TOKYO TALKS: Japan and Australia agreed to expand joint naval drills next year.",
        "",
        "SENATE WATCH: A Senate panel voted to extend a tariff exemption for solar panels.",
      ].join("\n"),
    );
    expect(body).toContain("oldest partners in Latin America");
    expect(body).not.toContain("Hello, Asia Letter readers");
    expect(body).not.toContain("Northwind");
    expect(body).not.toContain("naval drills");
    expect(body).not.toContain("solar panels");
  });

  it("drops the items under a heading that announces other news", () => {
    const body = clean(
      [
        "Vietnam Talks Trade With Chile, a Storm and More: Your Monday Briefing",
        "Vietnam courts Latin America",
        story,
        "",
        "Storm closes schools on the coast",
        "A storm brought strong winds to the coast on Sunday, and schools will stay shut for two more days, officials said.",
        "",
        "Here's what else is happening",
        "Japan: The central bank held its rates.",
        "Peru: The congress passed the budget.",
      ].join("\n"),
    );
    expect(body).toContain("open talks on a deeper trade pact");
    expect(body).not.toContain("Storm closes schools");
    expect(body).not.toContain("central bank held");
  });
});

describe("a single story", () => {
  it("keeps a crosshead's section that never names Vietnam", () => {
    const body = clean(
      [
        "Vietnam and Chile open talks on a deeper trade pact",
        story,
        "",
        "Reaction in Santiago",
        "",
        "Chilean exporters of wine and copper welcomed the news, and their federation said the talks were overdue.",
        "",
        "The federation expects the first round to begin before the end of the year in Santiago.",
      ].join("\n"),
    );
    expect(body).toContain("Reaction in Santiago");
    expect(body).toContain("Chilean exporters of wine");
    expect(body).toContain("first round to begin");
  });
});

describe("the marks of a multi-item page", () => {
  it("reads a greeting and a rundown, a sign-off and an anchor's own words", () => {
    expect(isGreeting("Good morning. Here are today's main stories from Vietnam, compiled from the press.")).toBe(true);
    expect(isGreeting("Vietnam and Chile agreed on Monday to open talks on a deeper trade pact.")).toBe(false);
    expect(isSignoff("Ben Hale: For Marketplace, I'm Ben Hale.")).toBe(true);
    expect(isSignoff("Ana Ruiz, Global News, Hanoi.")).toBe(true);
    expect(isSignoff("For Vietnam, the talks are a test of its diplomacy.")).toBe(false);
    expect(withoutRundown("ANNA LEE, ANCHOR: I'm Anna Lee. Here's what we're watching. A storm hits the coast.")).toBe(
      "ANNA LEE, ANCHOR: I'm Anna Lee.",
    );
  });
});
