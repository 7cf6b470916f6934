import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";

// Round 52: furniture classes read by their shape. Sentences are written for the tests.
const LEAD =
  "The provincial governor signed a trade agreement with the mayor of Da Nang on Tuesday, opening a direct cargo route between the two ports.";
const MORE =
  "Officials said the agreement would double shipments of fruit and machinery within three years, and a joint office will open next spring.";

describe("a site's motto of one-word sentences", () => {
  it("drops a motto of five one-word sentences above the story", () => {
    const { body } = cleanArticle(`Harbour Gazette\nWeather. Farming. Courts. Schools. Travel.\n\n${LEAD}\n\n${MORE}`);
    expect(body).not.toContain("Farming.");
    expect(body).toContain(LEAD);
  });
});

describe("a helpfulness survey with its answers", () => {
  it("drops the question and the options set between slashes", () => {
    const { body } = cleanArticle(
      `${LEAD}\n\n${MORE}\n\nReader poll: Was this content useful?  Very useful / Useful / Not sure / Not useful`,
    );
    expect(body).not.toContain("Reader poll");
    expect(body).toContain(MORE);
  });
});

describe("a republishing notice under a Creative Commons licence", () => {
  it("drops a notice that articles may be republished under the licence", () => {
    const { body } = cleanArticle(
      `${LEAD}\n\n${MORE}\n\nOur articles may be republished freely online or in print under Creative Commons licence CC BY-ND 4.0.`,
    );
    expect(body).not.toContain("Creative Commons");
    expect(body).toContain(MORE);
  });
});

describe("a links heading and its headlines between the credit and the lead", () => {
  it("drops two or more headlines under the heading above an undated lead", () => {
    const page = [
      "Harbour Daily",
      "Markets | Companies | Opinion | Politics | Technology | Specials",
      "Home » News » PTI",
      "",
      "Governor and mayor sign port pact in Da Nang",
      "",
      "PTI | Da Nang",
      "Last Updated at May 3, 2024 10:14 IST",
      "ALSO READ",
      "Laos's top envoy to visit Cambodia from May 15",
      "Cambodia, Laos to boost river ties amid drought",
      "Senate Speaker leads delegation to Chile",
      "",
      LEAD,
      "",
      MORE,
    ].join("\n");
    const { body } = cleanArticle(page);
    expect(body).not.toContain("top envoy");
    expect(body).not.toContain("river ties");
    expect(body).toContain(LEAD);
  });
});
