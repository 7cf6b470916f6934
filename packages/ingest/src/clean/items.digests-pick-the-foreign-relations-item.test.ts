import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { itemHeading, relationsCues } from "./items.js";

// Round 28: a digest (a numbered bulletin, a column of bulleted briefs, a live page with clock stamps, a broadcast's
// bracketed segments) is read as its one item about Vietnam's foreign relations; the other items go even when they
// name Vietnam, and the item's own headline is the title (test/READING.md "What counts as the body", "title").
const clean = (text: string) => cleanArticle(normaliseText(text));

describe("a numbered bulletin", () => {
  it("keeps the item about foreign relations, drops the others that name Vietnam, and takes its heading as title", () => {
    const page = clean(
      [
        "EMBASSY NEWSLETTER",
        "1. VISA DESK MOVES",
        "From next Monday the visa desk of the embassy in Oslo will open at the new address on Karl Johans gate for all applicants.",
        "2. VIETNAM AND NORWAY SIGN A GREEN SHIPPING PACT",
        "Vietnam and Norway on Tuesday signed a green shipping pact during talks between the two foreign ministers in Hanoi, and agreed to raise bilateral trade.",
        "The two sides also discussed a visit by the Norwegian prime minister next year, the ministry said.",
        "3. VIETNAMESE FOOD FAIR",
        "A fair of Vietnamese food will be held in Bergen on Saturday, with dishes from the north and the south of the country for families.",
      ].join("\n"),
    );
    expect(page.body).toContain("green shipping pact during talks");
    expect(page.body).toContain("Norwegian prime minister");
    expect(page.body).not.toContain("Karl Johans gate");
    expect(page.body).not.toContain("food will be held in Bergen");
    expect(page.hints.itemTitle).toBe("VIETNAM AND NORWAY SIGN A GREEN SHIPPING PACT");
  });
});

describe("a column of bulleted briefs", () => {
  it("keeps the brief on a partnership and drops a city's brief that names Hanoi", () => {
    const page = clean(
      [
        "NEWS IN BRIEF",
        "■ Hanoi opens two new bus lines to the airport",
        "Hanoi's transport department on Monday opened two bus lines linking the old quarter to the airport, with fares of 45,000 dong a trip.",
        "12/03/2025 10:05",
        "■ Vietnam, Chile agree to deepen their partnership",
        "Vietnam and Chile agreed on Monday to deepen their partnership, after talks between the two presidents in Santiago on trade and farm exports.",
        "The two presidents also asked their ministers to prepare a visit to Hanoi by a Chilean trade delegation later this year.",
        "12/03/2025 08:40",
        "■ Rain expected in the south",
        "Light rain will fall over the Mekong Delta provinces on Wednesday afternoon, the weather centre said in its morning forecast.",
      ].join("\n"),
    );
    expect(page.body).toContain("deepen their partnership, after talks");
    expect(page.body).not.toContain("bus lines");
    expect(page.body).not.toContain("Light rain");
    expect(page.hints.itemTitle).toBe("Vietnam, Chile agree to deepen their partnership");
  });
});

describe("a broadcast's bracketed segments", () => {
  it("keeps the diplomacy segment and drops the weather and sport segments and the labels", () => {
    const body = clean(
      [
        "[SEGMENT 1 – WEATHER]",
        "LINH (PRESENTER): Floods have cut two roads in Ha Tinh province for a second day, and schools stay closed on Monday in three districts.",
        "[SEGMENT 2 – DIPLOMACY]",
        "LINH (PRESENTER): In Canberra, the prime minister held talks with his Australian counterpart, and Vietnam and Australia agreed to deepen their strategic partnership.",
        "QUAN (REPORTER, CANBERRA): The two leaders signed four agreements on education and farm trade, and the visit continues in Sydney on Tuesday.",
        "[SEGMENT 3 – SPORT]",
        "LINH (PRESENTER): And finally, Vietnam's women's team beat Myanmar two goals to nil in a friendly at the national stadium on Sunday night.",
      ].join("\n"),
    ).body;
    expect(body).toContain("deepen their strategic partnership");
    expect(body).toContain("four agreements on education");
    expect(body).not.toContain("Floods have cut");
    expect(body).not.toContain("women's team");
    expect(body).not.toContain("SEGMENT");
  });
});

describe("a single story", () => {
  it("keeps every point of a numbered list of agreements and takes no item's title", () => {
    const page = clean(
      [
        "Vietnam and Chile sign six agreements",
        "Vietnam and Chile signed six agreements on Monday after talks between the two presidents in Hanoi, the foreign ministry said in a statement.",
        "The agreements cover:",
        "1. Farm exports",
        "2. Customs training",
        "3. Mining research",
        "The two presidents also agreed to raise two-way trade to $3 billion by 2030, up from about $1.9 billion last year, the statement said.",
      ].join("\n"),
    );
    expect(page.body).toContain("Customs training");
    expect(page.body).toContain("raise two-way trade");
    expect(page.hints.itemTitle).toBeUndefined();
  });
});

describe("the item's marks and cues", () => {
  it("reads a numbered or bulleted heading without its mark, and counts the words of foreign relations", () => {
    expect(itemHeading("3. Scottish trade mission to Da Nang")).toBe("Scottish trade mission to Da Nang");
    expect(itemHeading("■ Frost hits the northern peaks")).toBe("Frost hits the northern peaks");
    expect(itemHeading("3. The ministers then signed the plan on farm exports and customs training.")).toBeNull();
    expect(relationsCues("The two sides upgraded bilateral ties to a strategic partnership.")).toBe(5);
    expect(relationsCues("Rain fell over the delta on Monday.")).toBe(0);
  });
});

// Round 40: an e-mailed newsletter says what it is in its welcome ("Welcome to <Name>, our weekly …") and announces
// its other items under "On our radar"; its subject line may name the story beside the others, so the title alone
// cannot call the page one story.
describe("an e-mailed newsletter with its lead story and the items on its radar", () => {
  it("keeps the lead story, drops the welcome and the other items, and takes the lead's headline as title", () => {
    const page = cleanArticle(
      normaliseText(
        [
          "From: Harbour Post Briefings <briefings@harbourpost.example>",
          "Subject: Port Week, March 4: Vietnam and Brazil agree on shipping ties | Strike ends at Santos",
          "",
          "PORT WEEK",
          "",
          "Hello readers,",
          "",
          "Welcome to Port Week, our weekly look at the ships, ports and deals moving trade around the world. This week: a new corridor across the South Atlantic.",
          "",
          "----------",
          "THE BIG STORY",
          "",
          "Vietnam and Brazil open a direct shipping corridor",
          "",
          "Vietnam and Brazil on Monday agreed to open a direct container corridor between Cai Mep and Santos, after talks between the two trade ministers in Brasilia on farm exports and port fees.",
          "",
          "The two ministers also agreed to meet again in Hanoi before the end of the year to review the first sailings, the Brazilian ministry said.",
          "",
          "----------",
          "ON OUR RADAR",
          "",
          "Strike ends at Santos: Dock workers in Santos returned to their cranes on Sunday after a nine-day stoppage over night-shift pay, and officials in Brasilia welcomed the deal.",
          "",
          "Suez fees rise: Canal authorities raised transit fees for bulk carriers by a small margin from April.",
          "",
          "----------",
          "That's all for this week.",
        ].join("\n"),
      ),
      // The reader takes the e-mail's subject line for the page's title.
      { title: "Port Week, March 4: Vietnam and Brazil agree on shipping ties | Strike ends at Santos" },
    );
    expect(page.body).toContain("direct container corridor between Cai Mep and Santos");
    expect(page.body).toContain("meet again in Hanoi");
    expect(page.body).not.toContain("our weekly look");
    expect(page.body).not.toContain("nine-day stoppage");
    expect(page.body).not.toContain("transit fees");
    expect(page.hints.itemTitle).toBe("Vietnam and Brazil open a direct shipping corridor");
  });
});

// Round 40: a weekly round-up opens on its own rundown ("Missed the news this week? Here's our round-up of …").
describe("a weekly round-up's rundown", () => {
  it("drops the rundown over the week's items", () => {
    const page = clean(
      [
        "Missed the news this week? Here's our round-up of what made the headlines across the region.",
        "",
        "1. Vietnam and Chile agree to deepen their partnership",
        "Vietnam and Chile agreed on Monday to deepen their partnership, after talks between the two presidents in Santiago on trade and farm exports.",
        "",
        "2. Rain floods the old quarter",
        "Heavy rain flooded several streets of the old quarter on Tuesday evening, and the city sent pumps to clear the water overnight.",
        "",
        "3. A new bridge opens in the south",
        "A new bridge across the river opened to traffic on Wednesday, cutting the trip between the two towns to under half an hour.",
      ].join("\n"),
    );
    expect(page.body).toContain("deepen their partnership, after talks");
    expect(page.body).not.toContain("Missed the news");
    expect(page.body).not.toContain("old quarter");
  });
});
