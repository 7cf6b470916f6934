import { describe, expect, it } from "vitest";
import { carriedAgency, resolveSource } from "../metadata/sources.js";
import { normaliseText } from "../normalise/normalise.js";
import { readSignoff } from "./bylines.js";
import { readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 8 (issue 11): shapes our sets lacked, seen on regional wires, aggregators, live blogs and newsletters: a
// dateline with a clock time and a dash before the bracketed agency, a portal's "Name – Country." opening, a
// labelled source tag closing the story, a bracketed "(with AFP)" credit, a live blog's entry stamps and a
// newsletter's forwarding and subscription prompts. Every wording here is our own.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Chile and Mongolia sign an accord on mining research";
const LEAD =
  "Chile and Mongolia signed an accord on mining research on Thursday, the two ministers of mines said after their meeting.";
const MORE =
  "The accord sets up a joint laboratory and an exchange of twenty engineers a year, starting with copper and coal studies.";
const LAST =
  "The ministers agreed to meet again in Ulaanbaatar next spring to review the first projects, the ministry said in a statement.";

describe("a dateline with a clock time and a dash before the agency", () => {
  it("reads the agency and leaves the sentence", () => {
    const dateline = readDateline(`Madrid, 4 Apr 09:30 - (EFE) - ${LEAD}`);
    expect(dateline?.outlet).toBe("EFE");
    expect(dateline?.rest).toBe(LEAD);
  });

  it("reads a listed agency that an Italian wire prints as a single word", () => {
    expect(readDateline(`Rome, 12 Mar 11:05 - (Nova) - ${LEAD}`)?.outlet).toBe("Nova");
  });

  it("is no dateline when the bracket holds no agency's name", () => {
    expect(readDateline(`Santiago, 4 Apr 09:30 - (in brief) - ${LEAD}`)).toBeNull();
  });
});

describe("a portal's name, a dash and the country it files from", () => {
  it("opens the story as a dateline", () => {
    const dateline = readDateline(`Andes-Press – Chile. ${LEAD}`);
    expect(dateline?.prefix).toBe("Andes-Press – Chile.");
    expect(dateline?.rest).toBe(LEAD);
  });

  it("needs a country or a listed city after the dash", () => {
    expect(readDateline(`Andes-Press – Copper. ${LEAD}`)).toBeNull();
  });

  it("is not a country set before another country", () => {
    expect(readDateline(`Chile – Mongolia. ${LEAD}`)).toBeNull();
  });
});

describe("a labelled source tag closing the story", () => {
  it("is the story's agency and leaves the body", () => {
    const signoff = readSignoff(`${LAST} (Source: PL)`);
    expect(signoff?.source).toBe("Prensa Latina");
    expect(signoff?.kept.trim()).toBe(LAST);
  });

  it("beats a carrier's own unlisted tag in the dateline", () => {
    const { hints, body } = clean(lines(TITLE, `Santiago, Sep 23 (RDX) ${LEAD}`, MORE, `${LAST} (Source: PL)`));
    expect(hints.source).toBe("Prensa Latina");
    expect(body).not.toContain("(Source: PL)");
  });
});

describe("a bracketed carried-with credit", () => {
  it("names the agency", () => {
    expect(carriedAgency("(with AFP)")).toBe("AFP");
  });

  it("names no agency for a generic credit", () => {
    expect(carriedAgency("(with agencies)")).toBeNull();
  });

  it("resolves the source when the cleaner read none", () => {
    const resolved = resolveSource({
      cleaned: null,
      noise: [{ kind: "boilerplate", text: "(with AFP)" }],
      body: lines(LEAD, MORE, LAST),
      author: null,
      outlet: null,
      raw: null,
    });
    expect(resolved?.source).toBe("AFP");
  });
});

describe("a live blog's entry stamps", () => {
  it.each([["- 07:20 GMT"], ["• 14:05"], ["09:45"]])("%s alone on its line leaves the body", (stamp) => {
    const { body } = clean(lines(TITLE, LEAD, stamp, MORE, LAST));
    expect(body).not.toContain(stamp);
    expect(body).toContain(MORE);
  });
});

describe("a newsletter's prompts", () => {
  it("drops the forwarding note and the subscription prompt", () => {
    const forwarded = "Good morning, and welcome back. If you were forwarded this email, you can sign up below.";
    const prompt = "Thanks for reading the Andes Letter! Subscribe for free to receive new posts and support my work.";
    const { body } = clean(lines(TITLE, forwarded, LEAD, MORE, LAST, prompt));
    expect(body).not.toContain("forwarded this email");
    expect(body).not.toContain("Subscribe for free");
    expect(body).toContain(LAST);
  });

  it("keeps a sentence about subscribers", () => {
    const sentence = "The agency said subscribers to its mining bulletin would receive the first results in May.";
    const { body } = clean(lines(TITLE, LEAD, MORE, sentence, LAST));
    expect(body).toContain(sentence);
  });
});

describe("the headline under a letterhead and a header's date", () => {
  const HEADLINE_CAPS = "CHILE AND MONGOLIA SIGN AN ACCORD ON MINING RESEARCH AND ENGINEERING";

  it("passes over a letterhead set over two lines, its home-language name and its address", () => {
    const { hints } = clean(
      lines(
        "EMBASSY OF THE REPUBLIC OF CHILE",
        "IN MONGOLIA",
        "Embajada de la República de Chile en Mongolia",
        "Suite 4, Central Tower, 12 Peace Avenue, Ulaanbaatar 14200",
        "PRESS RELEASE",
        TITLE,
        LEAD,
        MORE,
        LAST,
      ),
    );
    expect(hints.title).toBe(TITLE);
  });

  it("reads a headline in capitals wrapped at the page's width as one", () => {
    const { hints } = clean(lines("PRESS RELEASE", HEADLINE_CAPS, "RESEARCH", LEAD, MORE, LAST));
    expect(hints.title).toBe(`${HEADLINE_CAPS} RESEARCH`);
  });

  it("keeps a headline with commas and a figure, which no address is", () => {
    const headline = "Chile, Mongolia eye trade of $2 billion, direct flights";
    expect(clean(lines(headline, LEAD, MORE, LAST)).hints.title).toBe(headline);
  });

  it("passes over a header's date with a menu's word run onto its line", () => {
    const { hints } = clean(
      lines("Home page Newsletter Feedback", "Thursday, September 15, 2016 Search", TITLE, LEAD, MORE, LAST),
    );
    expect(hints.title).toBe(TITLE);
  });
});
