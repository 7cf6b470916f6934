import { describe, expect, it } from "vitest";
import { knownOutlet } from "../metadata/outlets.js";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isMenuEntryAgain } from "./menu-section-labels.js";

// Round 57: a police paper's English page and a story resumed under an inline "Read more:" link. Own sentences.
const HEAD = "Police of two countries to share data on online fraud";
const LEAD = "The two ministries agreed on Tuesday to set up a hotline for investigators chasing online fraud rings.";
const MORE = [
  "Officers will also train together at a police academy in the capital from next year, the ministry said.",
  "Both sides said scams run from call centres abroad had cost their citizens large sums over the past two years.",
];
const clean = (lines: string[]) => cleanArticle(normaliseText(lines.join("\n")));

describe("a section's label repeating an entry of the menu row", () => {
  it("is read as the section, not the headline", () => {
    const headline = "Laos, Vietnam step up joint patrols against drug trafficking";
    const lines = [
      "POLICE DAILY ONLINE",
      "HOME   NEWS   POLITICS   SECURITY   LAW   BORDER PATROLS   SOCIETY",
      "Border Patrols",
      headline,
    ];
    expect(isMenuEntryAgain("Border Patrols", 2, lines)).toBe(true);
    expect(clean([...lines, LEAD, ...MORE]).hints.title).toBe(headline);
  });

  it("leaves a short headline no menu row holds", () => {
    expect(isMenuEntryAgain("Police step up", 1, ["HOME   NEWS   POLITICS   SECURITY   LAW   SOCIETY", "x"])).toBe(
      false,
    );
  });
});

describe("the police paper's own tag opening the story", () => {
  it("is a listed outlet, by its initials and its name", () => {
    expect(knownOutlet("CAND")).toBe("CAND");
    expect(knownOutlet("Công An Nhân Dân")).toBe("CAND");
    const cleaned = clean([HEAD, `CAND – ${LEAD}`, ...MORE]);
    expect(cleaned.body.startsWith(LEAD)).toBe(true);
    expect(cleaned.noise.some((n) => n.kind === "dateline" && n.text.startsWith("CAND"))).toBe(true);
  });
});

describe("the story under an inline 'Read more:' link, its last paragraph signed off", () => {
  it("keeps the paragraphs after the link", () => {
    const last = "The ministry will publish the hotline's number next month, an official told reporters. — VNS";
    const { body } = clean([
      HEAD,
      LEAD,
      "Read more:",
      "Minister receives visiting police delegation from Laos",
      MORE[0] as string,
      last,
      "Tags: police   fraud",
      "Latest news",
      "City hosts regional trade fair",
      "Province opens new bridge over river",
    ]);
    expect(body).toContain("train together at a police academy");
    expect(body).toContain("publish the hotline's number");
    expect(body).not.toContain("receives visiting police delegation");
  });
});
