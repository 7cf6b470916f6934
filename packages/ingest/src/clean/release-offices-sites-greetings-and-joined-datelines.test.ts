import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isLeadingSlashCreditCaption } from "./leading-slash-credits.js";
import { isReleaseOfficeLine } from "./release-offices.js";
import { isSiteGreeting } from "./site-greetings.js";

// Round 57: shapes of government, military and UN pages and of American papers' datelines. Own sentences.
const LEAD =
  "The frigate docked at the northern port on Monday for a five-day visit, the first by the fleet this year.";
const MORE = [
  "Sailors will play football with local teams and visit a school for children with disabilities, officers said.",
  "The ship will then sail south for a joint exercise with two other navies before returning to its home port.",
];
const clean = (lines: string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

describe("a release's office line under the headline", () => {
  it("reads 'From <unit> Public Affairs' as the release's credit", () => {
    expect(isReleaseOfficeLine("From Destroyer Squadron 15 Public Affairs")).toBe(true);
    expect(isReleaseOfficeLine("From Commander, U.S. 3rd Fleet Public Affairs")).toBe(true);
    expect(isReleaseOfficeLine("From the start the two fleets met often")).toBe(false);
  });

  it("leaves it out of the body", () => {
    const { body } = clean([
      "Frigate Arrives for Port Visit in Manila",
      "12 May 2019",
      "From Mary Rose Strike Group Public Affairs",
      "Share  Facebook  Twitter  Email  Print",
      `MANILA, Philippines (NNS) -- ${LEAD}`,
      ...MORE,
    ]);
    expect(body).not.toContain("Public Affairs");
    expect(body.startsWith(LEAD)).toBe(true);
  });
});

describe("a dateline of two places joined by 'and'", () => {
  it("reads the places in capitals off the lead", () => {
    const { body } = clean(["Frigate arrives for port visit", `TOKYO and MANILA — ${LEAD}`, ...MORE]);
    expect(body.startsWith(LEAD)).toBe(true);
  });

  it("keeps a lead opening on two countries in title case", () => {
    const lead =
      "Japan and Vietnam — two of the region's busiest shipbuilders — signed a deal on Monday, officials said.";
    const { body } = clean(["Shipbuilders sign deal", lead, ...MORE]);
    expect(body.startsWith(lead)).toBe(true);
  });
});

describe("a site's greeting over the headline", () => {
  it("is no headline while another line is left", () => {
    expect(isSiteGreeting("Welcome to the World Health Organization")).toBe(true);
    expect(isSiteGreeting("Welcome to the talks, says the minister")).toBe(false);
    const { hints } = clean([
      "Skip to main content",
      "Welcome to the World Health Organization",
      "WHO News",
      "Home  Topics  In Depth  Audio  Videos  Newsletter",
      "HEALTH",
      "Frigate arrives for port visit",
      "3 May 2021",
      "Health",
      "3 May 2021",
      LEAD,
      ...MORE,
    ]);
    expect(hints.title).toBe("Frigate arrives for port visit");
  });
});

describe("a caption opened by its owner's and photographer's credit and a bar", () => {
  it("reads 'OWNER/Name | caption' as a caption", () => {
    expect(isLeadingSlashCreditCaption("UNIFIL/Maria Lopez | Engineers repair a road near the village.")).toBe(true);
    expect(isLeadingSlashCreditCaption("UN Photo/Maria Lopez | Engineers repair a road near the village.")).toBe(true);
  });

  it("leaves a bar after two places", () => {
    expect(isLeadingSlashCreditCaption("Hanoi/Haiphong | Trucks queue at the port gate.")).toBe(false);
  });
});
