import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { extractHtml } from "../read/html.js";
import { isPublicationDateLine, readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";
import { withoutSiteSuffix } from "./title.js";

// Cleaning round 5 (issue 11): header shapes that cost titles and sources on unseen pages. Our own wording.
const clean = (text: string) => cleanArticle(normaliseText(text));
const REST = "Brazil and Vietnam agreed on Sunday to open talks on a trade deal, the two leaders said.";

describe("datelines and date lines written as other languages and templates write them", () => {
  it("reads a place whose words are joined by a lower-case particle", () => {
    for (const [opening, agency, place] of [
      ["Rio de Janeiro, Jul 6 (EFE).- ", "EFE", "Rio de Janeiro"],
      ["Dar es Salaam, May 2 (Xinhua) -- ", "Xinhua", "Dar es Salaam"],
      ["Sao Paulo, Mar 3 (Prensa Latina) ", "Prensa Latina", "Sao Paulo"],
    ] as const) {
      const dateline = readDateline(`${opening}${REST}`);
      expect(dateline?.outlet, opening).toBe(agency);
      expect(dateline?.place, opening).toBe(place);
      expect(dateline?.rest, opening).toBe(REST);
    }
    expect(readDateline("The de facto leader said the talks went well.")).toBeNull();
  });

  it("reads a date line that sets a space before each comma", () => {
    expect(isPublicationDateLine("Monday , May 14 , 2024")).toBe(true);
    expect(isPublicationDateLine("Tuesday , 3 June , 2025")).toBe(true);
  });
});

describe("titles", () => {
  it("drops a site's name after a colon set off by spaces, never a headline's own colon", () => {
    expect(withoutSiteSuffix("Kishida and Chinh agree to study closer ties : The Japan Times")).toBe(
      "Kishida and Chinh agree to study closer ties",
    );
    expect(withoutSiteSuffix("Vietnam: leaders agree to study closer ties with Japan")).toBe(
      "Vietnam: leaders agree to study closer ties with Japan",
    );
  });

  it("passes over a site's tagline that shares only a country's name with the lead", () => {
    const cleaned = clean(
      [
        "Example Daily",
        "Top stories from Brazil and around the globe",
        "Home | Politics | Business | Sport",
        "Brazil and Vietnam open talks on trade deal",
        REST,
        "The talks will cover coffee, soybeans and aircraft parts, and a first round is planned in Brasilia in August, officials said.",
      ].join("\n"),
    );
    expect(cleaned.hints.title).toBe("Brazil and Vietnam open talks on trade deal");
  });
});

describe("embedded posts in HTML", () => {
  it("drops a social network's embedded post by its class, even when it is in English", () => {
    const html = `<html><head><title>Talks</title></head><body><article><h1>Brazil and Vietnam open talks</h1>
<p>${REST}</p>
<blockquote class="twitter-tweet"><p>Great talks today with my friend from Hanoi on coffee and aircraft.</p>&mdash; Example Minister (@exampleminister) <a>July 6, 2025</a></blockquote>
<blockquote class="instagram-media"><p>Welcome to Brasilia, dear friends from Vietnam.</p></blockquote>
<p>The talks will cover coffee, soybeans and aircraft parts, and a first round is planned in Brasilia in August, officials said.</p>
<blockquote><p>A quotation the story sets apart stays with it, as a blockquote without an embed's class.</p></blockquote>
</article></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).not.toContain("Great talks today");
    expect(result.text).not.toContain("@exampleminister");
    expect(result.text).not.toContain("Welcome to Brasilia");
    expect(result.text).toContain("first round is planned");
    expect(result.text).toContain("A quotation the story sets apart");
  });
});
