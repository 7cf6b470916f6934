import { describe, expect, it } from "vitest";
import { knownOutlet } from "../metadata/outlets.js";
import { normaliseText } from "../normalise/normalise.js";
import { readSource } from "./bylines.js";
import { cleanArticle } from "./index.js";
import { withoutSiteSuffix } from "./title.js";

// Shapes from a fifth set of unseen sites (issue 11, round 3): each test fails if the shape is read as story.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Cambodia and Thailand reopen border crossing for trucks";
const LEAD =
  "Cambodia and Thailand reopened their busiest border crossing to cargo trucks on Tuesday after a three-month closure, officials from both countries said.";
const MORE =
  "Traders on both sides had lost millions of dollars while the checkpoint was shut, and fruit exporters had been forced onto longer routes.";

describe("captions glued to the story", () => {
  it("splits a caption whose bracketed credit touches the story's first word", () => {
    const caption = "Customs chief Sok Chea (L) and a Thai officer inspect a truck in Poipet on Tuesday. (Kyodo)";
    const cleaned = clean(lines(TITLE, "PHNOM PENH", `${caption}${LEAD}`, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("keeps a bracket followed by a space and a capital inside a sentence", () => {
    const sentence =
      "Officials met at the checkpoint in Poipet on Tuesday. (The talks had been delayed twice.) Both sides welcomed the outcome.";
    expect(clean(lines(TITLE, LEAD, sentence, MORE)).body).toBe([LEAD, sentence, MORE].join("\n\n"));
  });

  it("splits a photographer's name glued to an agency's dateline and reads the agency as the source", () => {
    const caption = "The two ministers at the checkpoint in Poipet, May 5, 2026 - Photo: VGP/Quang Hieu";
    const cleaned = clean(lines(TITLE, `${caption}VGP - ${LEAD}`, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBe(knownOutlet("VGP"));
  });
});

describe("page furniture lines", () => {
  it("drops prompts to log in before commenting and a reprints button", () => {
    for (const line of ["Login to comment", "Sign in to reply", "Log in to join the discussion", "Reprints"]) {
      expect(clean(lines(TITLE, LEAD, MORE, line)).body, line).toBe([LEAD, MORE].join("\n\n"));
      expect(clean(lines(TITLE, line, LEAD, MORE)).body, line).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("drops a section label set between the headline and the story, but still reads a byline there", () => {
    expect(clean(lines(TITLE, "Cambodia News", LEAD, MORE)).body).toBe([LEAD, MORE].join("\n\n"));
    const credited = clean(lines(TITLE, "By AFP", LEAD, MORE));
    expect(credited.body).toBe([LEAD, MORE].join("\n\n"));
    expect(credited.hints.source).toBe(knownOutlet("AFP"));
  });
});

describe("titles and source lines", () => {
  it("strips a site suffix of a section and a domain name in capitals", () => {
    expect(withoutSiteSuffix(`${TITLE} | Asia | RFI.FR`)).toBe(TITLE);
    expect(withoutSiteSuffix(`${TITLE} | World | example.co.uk`)).toBe(TITLE);
  });

  it("reads a source line whose name touches the colon and is followed by another labelled field", () => {
    expect(readSource("Source:Xinhua Updated: May 3, 2026 08:10 AM")?.outlet).toBe(knownOutlet("Xinhua"));
    expect(readSource("Sourcesaid nothing")).toBeNull();
  });
});
