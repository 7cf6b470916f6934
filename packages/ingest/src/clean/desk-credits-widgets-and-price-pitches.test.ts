import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 44: furniture regional outlets leave in the body. A photo caption closed by a picture desk's name or by a
// "Supplied/<office>" credit, a reaction widget, a gift-and-tools row, an audio link with its running time, a
// subscription pitch with its price, a carrier's note that it does not edit a wire's copy, "Read more <headline>"
// teasers, a stamp whose age reads "about 6 hours ago", and a lead opened by its city and a full stop.
const read = (text: string) => cleanArticle(normaliseText(text));

const headline = "Chile and Vietnam agree to widen their trade deal";
const lead =
  "SANTIAGO – Chile and Vietnam agreed on Wednesday to widen their free trade agreement to services and investment, the two trade ministers said after talks in the capital.";
const middle =
  "The ministers also discussed copper, wine and seafood, which make up most of the goods the two countries trade, and set up a working group on customs.";
const last =
  "Chile is one of Vietnam's largest trading partners in Latin America, and the two countries opened their first direct shipping route last year.";

const page = (lines: readonly string[]) => [headline, "", ...lines].join("\n\n");

describe("a caption closed by its picture's credit above the lead", () => {
  it("drops a caption closed by a picture desk's bare name, its scene ending on a short word", () => {
    const caption =
      "DEAL. The two trade ministers shake hands at the palace, as officials from both delegations look on. Presidential Photo Bureau";
    const cleaned = read(page([caption, lead, middle, last]));
    expect(cleaned.body).not.toContain("Photo Bureau");
    expect(cleaned.body).toContain("widen their free trade agreement");
  });

  it("drops a caption closed by a 'Supplied/<office>' credit", () => {
    const caption =
      "The foreign minister reviews an honour guard with his Chilean counterpart in Santiago on May 2. Supplied/Foreign Minister's Office";
    const cleaned = read(page([caption, lead, middle, last]));
    expect(cleaned.body).not.toContain("Supplied/");
    expect(cleaned.body).toContain("copper, wine and seafood");
  });

  it("keeps a paragraph closed by a pair of agencies' sign-off", () => {
    const paragraph =
      "The two sides agreed to meet again in Hanoi next year to review the working group's progress. Agencies/Staff";
    expect(read(page([lead, paragraph, last])).body).toContain("review the working group's progress");
  });
});

describe("widgets and pitches between or under the paragraphs", () => {
  it("drops a reaction widget's question and a gift-and-tools row", () => {
    const body = read(page([lead, "Offer this article Share Save", middle, last, "What's your reaction?"])).body;
    expect(body).not.toContain("Offer this article");
    expect(body).not.toContain("your reaction");
  });

  it("drops an audio link with its running time", () => {
    expect(read(page([lead, "Listen to the audio report (4:12)", middle, last])).body).not.toContain("Listen to");
  });

  it("drops a subscription pitch that names its price per month", () => {
    const pitch = "Premium stories, daily newsletters, the e-paper and more! Subscribe now at $ 9.99/month";
    expect(read(page([lead, middle, last, pitch])).body).not.toContain("Subscribe now");
  });

  it("keeps a sentence about a subscription's price", () => {
    const line = "Viewers who subscribe to the streaming service pay $12 a month, the regulator said on Tuesday.";
    expect(read(page([lead, middle, line, last])).body).toContain(line);
  });

  it("drops a carrier's note that it does not edit the wire's copy", () => {
    const note = "This news story has been written and checked by Nordwire. Harbour Daily does not edit it.";
    expect(read(page([lead, middle, last, note])).body).not.toContain("does not edit");
  });

  it("drops 'Read more' teasers run into another story's headline, with or without a paywall label", () => {
    const body = read(
      page([
        lead,
        "Read more Subscribers only How copper prices shape Chile's politics",
        middle,
        "Read more In Hanoi, Latin American exporters look for partners",
        last,
      ]),
    ).body;
    expect(body).not.toContain("Read more");
    expect(body).toContain("customs");
  });

  it("drops a credit-and-stamp line whose update age reads 'about' so many hours ago", () => {
    const stamp = "Reuters Published May 3, 2024 Updated about 5 hours ago";
    expect(read(page([stamp, lead, middle, last])).body).not.toContain("Updated about");
  });
});

describe("a lead opened by its city and a full stop", () => {
  it("reads a listed city closed by a full stop as the dateline", () => {
    const dateline = readDateline("Santiago. Chile and Vietnam agreed on Wednesday to widen their trade deal.");
    expect(dateline?.place).toBe("Santiago");
    expect(dateline?.rest.startsWith("Chile and Vietnam")).toBe(true);
  });

  it("leaves a country's name closed by a full stop", () => {
    expect(readDateline("Vietnam. The country agreed on Wednesday to widen its trade deal.")).toBeNull();
  });
});
