import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isBoilerplate } from "./boilerplate.js";
import { readByline } from "./bylines.js";
import { isNamesAtOccasion } from "./captions.js";
import { cleanArticle } from "./index.js";
import { isRelatedHeading, isRelatedLink } from "./related.js";

// Cleaning round 3 (issue 11): furniture left around the story on unseen sites, each test failing if the shape is
// read as story, and guards that short or title-case story lines of the same look are kept.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Cambodia and Vietnam open new border gate for trade";
const LEAD =
  "Cambodia and Vietnam opened a new international border gate on Monday, officials from both countries said, hoping to double farm trade across it within three years.";
const MORE =
  "The gate will handle cassava, rice and fruit lorries around the clock and has a customs station shared by the two sides, the officials said.";
const LAST =
  "The two governments plan to open two more gates on the same stretch of border before the end of next year, the ministers added.";

describe("headlines of other stories under the story", () => {
  it("drops a run of two or more unlabelled headlines after the story's last paragraph", () => {
    const teasers = [
      "Mekong delta farmers turn to durian as rice prices slip",
      "Phnom Penh airport opens new terminal",
    ];
    const cleaned = clean(lines(TITLE, LEAD, MORE, LAST, ...teasers));
    expect(cleaned.body).toBe([LEAD, MORE, LAST].join("\n\n"));
    expect(cleaned.noise.filter((n) => n.kind === "related").map((n) => n.text)).toEqual(teasers);
  });

  it("keeps a single short closing line and a closing quotation with no full stop", () => {
    const closing = "More talks are planned for June";
    expect(clean(lines(TITLE, LEAD, MORE, LAST, closing)).body).toBe([LEAD, MORE, LAST, closing].join("\n\n"));
    const quoted = [`"We will keep the gate open"`, `"And we will keep building"`];
    expect(clean(lines(TITLE, LEAD, MORE, LAST, ...quoted)).body).toBe([LEAD, MORE, LAST, ...quoted].join("\n\n"));
  });

  it("keeps a signature block of offices and names under a statement", () => {
    const block = ["FOR THE KINGDOM OF CAMBODIA FOR THE SOCIALIST REPUBLIC OF VIET NAM", "Minister of Commerce and"];
    const cleaned = clean(lines(TITLE, LEAD, MORE, LAST, ...block));
    for (const line of block) expect(cleaned.body).toContain(line);
  });

  it("keeps title-case and short story paragraphs between longer ones", () => {
    const short = "Trade Rose Sharply.";
    const cleaned = clean(lines(TITLE, LEAD, short, MORE, LAST));
    expect(cleaned.body).toBe([LEAD, short, MORE, LAST].join("\n\n"));
  });

  it("reads a numbered ranking widget's heading as the start of the links block", () => {
    expect(isRelatedHeading("Top 10 Stories")).toBe(true);
    expect(isRelatedHeading("TOP 5 MOST READ")).toBe(true);
    expect(isRelatedHeading("Top 10")).toBe(false);
    expect(isRelatedHeading("Top officials")).toBe(false);
  });

  it("reads a link labelled after arrows as a link, not a sentence that mentions reading", () => {
    expect(isRelatedLink(">> Read also: Laos opens its first rail link to China")).toBe(true);
    expect(isRelatedLink("» See also: Border trade doubles")).toBe(true);
    expect(isRelatedLink("Read also the minister's speech, which runs to twelve pages.")).toBe(false);
  });
});

describe("the site's own lines under the story", () => {
  it("drops the site's name repeated under the story with its edition, keeping a sentence that starts with it", () => {
    const masthead = "Phnom Penh Post";
    const cleaned = clean(lines(masthead, TITLE, LEAD, MORE, LAST, "Phnom Penh Post Cambodia"));
    expect(cleaned.body).toBe([LEAD, MORE, LAST].join("\n\n"));
    const sentence = "Phnom Penh Post Cambodia readers will find the full list of gates online.";
    expect(clean(lines(masthead, TITLE, LEAD, MORE, LAST, sentence)).body).toContain(sentence);
  });

  it("drops an editor's initials and the outlet's name closing the story, reading no source from them", () => {
    for (const credit of [
      "—VBL, GMA Integrated News",
      "— KDS/RFG, Mekong Herald",
      "-- TNH, Borderland Daily",
      "—RSJ",
      "—jpv, GMA Integrated News",
    ]) {
      const cleaned = clean(lines(TITLE, LEAD, MORE, LAST, credit));
      expect(cleaned.body, credit).toBe([LEAD, MORE, LAST].join("\n\n"));
      expect(cleaned.hints.source, credit).toBeNull();
    }
  });

  it("drops a name of a site's shape under the story when no credit reader takes it", () => {
    for (const name of ["Mekong Herald", "Mekong Herald Online Edition"]) {
      expect(clean(lines(TITLE, LEAD, MORE, LAST, name)).body, name).toBe([LEAD, MORE, LAST].join("\n\n"));
    }
  });

  it("still reads an agency's dashed sign-off under the story as its source", () => {
    expect(clean(lines(TITLE, LEAD, MORE, LAST, "— AFP")).hints.source).toBe("AFP");
  });

  it("reads a syndicator's supplier line and a section's link heading as furniture", () => {
    expect(isBoilerplate("Provided by SyndiGate Media Inc. (Syndigate.info).")).toBe(true);
    expect(isBoilerplate("Comments are closed for this story.")).toBe(true);
    expect(isBoilerplate("Commenting for this article has been disabled")).toBe(true);
    expect(isBoilerplate("Distributed by the Red Cross, the aid reached 10,000 families.")).toBe(false);
    expect(isRelatedHeading("More in Asia Pacific")).toBe(true);
    expect(isRelatedHeading("More on this later")).toBe(false);
  });

  it("reads follow and subscribe calls naming a channel as furniture, not sentences about the platforms", () => {
    for (const call of [
      "Stay up-to-date by following Mekong Herald's Telegram channel.",
      "Stay informed by joining our WhatsApp channel",
      "For the latest news, follow us on Google News.",
      "Follow The Gulf Daily on WhatsApp for the latest updates",
      "Stay connected with us on Facebook, Instagram and X.",
      "Get breaking news alerts on Telegram: join our channel",
    ])
      expect(isBoilerplate(call), call).toBe(true);
    for (const sentence of [
      "Following the talks, the ministers joined a Telegram channel set up for border traders.",
      "Stay tuned, the minister told reporters as the gate opened on Monday.",
      "Get-togethers of the two leaders were shown live on Facebook, the ministry said.",
    ])
      expect(isBoilerplate(sentence), sentence).toBe(false);
  });

  it("reads a label that pairs two field names as furniture", () => {
    expect(isBoilerplate("Tags / Keywords: Cambodia , Vietnam , border trade")).toBe(true);
    expect(isBoilerplate("Topics & Tags: trade, borders")).toBe(true);
  });

  it("drops a syndication site's long copyright note and its account of itself, keeping a story about copyright", () => {
    const copyright = `Copyright © 2024 Mekong Wire Service. All rights reserved. Distributed by Region Media Group (regionmedia.example). To reach the copyright holder for corrections or for permission to republish this material, use the contact page.`;
    expect(copyright.length).toBeGreaterThan(200);
    expect(isBoilerplate(copyright)).toBe(true);
    const about =
      "RegionWire publishes more than 300 stories a day from over 90 news organisations across the region, showing the range of views on every issue.";
    expect(isBoilerplate(about)).toBe(true);
    const story = `Copyright Office officials in Phnom Penh said the new law, passed last year after long debate in parliament, would protect the designs of local weavers and give them a way to take foreign copiers to court, and that the first cases were expected before the end of the year in the capital and in Siem Reap.`;
    expect(story.length).toBeGreaterThan(200);
    expect(isBoilerplate(story)).toBe(false);
    const licensed = `Copyright 2024 Mekong Herald. Distributed by Asia Syndication Services under licence from the publisher, who holds all rights to this content and may be asked for permission to republish it in print or online.`;
    expect(isBoilerplate(licensed)).toBe(true);
  });
});

describe("captions of names and an occasion", () => {
  it("drops a caption of names and an occasion above or inside the story", () => {
    for (const caption of [
      "Prime Minister Hun Manet and Prime Minister of Viet Nam Pham Minh Chinh during the talks.",
      "Manet and Chinh at the Peace Palace: the two leaders later opened the gate by video link",
      "Deputy Prime Minister Sok Chenda Sophea (L) and Bui Thanh Son before the signing ceremony.",
      "Hun Manet and Pham Minh Chinh in Phnom Penh, Cambodia, on Monday.",
      "Cambodian Prime Minister Hun Manet and his Vietnamese counterpart Pham Minh Chinh in Phnom Penh.",
      // Round 40: one leader "with" the other.
      "Prime Minister Hun Manet with his Vietnamese counterpart Pham Minh Chinh at the Peace Palace on Monday.",
    ]) {
      expect(isNamesAtOccasion(caption), caption).toBe(true);
      const cleaned = clean(lines(TITLE, caption, LEAD, MORE, LAST));
      expect(cleaned.body, caption).toBe([LEAD, MORE, LAST].join("\n\n"));
    }
  });

  it("keeps story sentences of names and a place that have a verb, and a headline of that shape", () => {
    for (const sentence of [
      "Prime Minister Hun Manet and Prime Minister Pham Minh Chinh met at the Peace Palace.",
      "Cambodia and Vietnam in 2023 traded goods worth $10 billion.",
      "The two sides at the talks agreed to open more gates.",
      "Hun Manet and Pham Minh Chinh at the palace, the ministry said.",
      "Hun Manet met with Pham Minh Chinh at the Peace Palace on Monday.",
    ])
      expect(isNamesAtOccasion(sentence), sentence).toBe(false);
    const headline = "Manet and Chinh at the border: a gate for farmers";
    const cleaned = clean(lines(headline, LEAD, MORE, LAST));
    expect(cleaned.hints.title).toBe(headline);
  });
});

describe("photo credits and agency bylines", () => {
  it("reads no source from a caption set twice closing on a bare agency name above the byline", () => {
    const caption =
      "Prime Minister Hun Manet, right, greets Pham Minh Chinh at the Peace Palace in Phnom Penh, Monday. Yonhap";
    const cleaned = clean(lines(TITLE, caption, caption, "By Sok Dara", LEAD, MORE, LAST));
    expect(cleaned.body).toBe([LEAD, MORE, LAST].join("\n\n"));
    expect(cleaned.hints.source).toBeNull();
  });

  it("reads the agency a byline names after 'with'", () => {
    expect(readByline("By Clara Fontaine with AFP")).toEqual({ author: "Clara Fontaine", outlet: "AFP" });
    expect(clean(lines(TITLE, "By Clara Fontaine with AFP", LEAD, MORE, LAST)).hints.source).toBe("AFP");
  });
});
