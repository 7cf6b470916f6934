import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { extractHtml, headingOverSiteName } from "../read/html.js";
import { isBoilerplate, withoutReadingTime } from "./boilerplate.js";
import { readCredit } from "./bylines.js";
import { splitGluedCredit } from "./captions.js";
import { cleanArticle } from "./index.js";
import { isRelatedLink } from "./related.js";

const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const FIRST =
  "Malaysia and Vietnam agreed on Friday to open a joint fisheries hotline, the two agriculture ministers said after meeting in Kuala Lumpur.";
const SECOND =
  "The hotline is meant to settle boat seizures within days rather than months, officials from both sides told a briefing afterwards.";
const THIRD =
  "Both ministries will review how the line works after one year and may widen it to cover coast guard patrols as well.";
const HEADLINE = "Malaysia, Vietnam open fisheries hotline";

describe("reading-time stamps", () => {
  it.each([
    "2-min read",
    "3 min read",
    "5 minute read",
    "Reading time: 4 min",
    "Read time 6 minutes",
    "Estimated reading time: 7 minutes",
  ])("treats %j alone on a line as furniture", (stamp) => {
    expect(isBoilerplate(stamp)).toBe(true);
  });

  it("strips a stamp that closes a date line and keeps the date", () => {
    expect(withoutReadingTime("Fri, 4 April 2025 at 9:05 am GMT+8 · 3-min read")).toEqual({
      kept: "Fri, 4 April 2025 at 9:05 am GMT+8",
      removed: "3-min read",
    });
    expect(withoutReadingTime("4th April 2025 09:05 Reading time: 2 min")?.kept).toBe("4th April 2025 09:05");
  });

  it("leaves a sentence that speaks of reading time", () => {
    expect(withoutReadingTime("The guide says the charter is a 10-minute read.")).toBeNull();
    expect(isBoilerplate("Officials said the report was a 40-minute read for ministers.")).toBe(false);
  });
});

describe("labelled template fields", () => {
  it.each(["NEWSPAPER SECTION: News", "Category: Politics", "Section: World", "PRINT EDITION: Asia", "DESK: Foreign"])(
    "treats %j as furniture",
    (line) => {
      expect(isBoilerplate(line)).toBe(true);
    },
  );

  it("keeps a dateline in capitals that opens a sentence, and a labelled line that is a sentence", () => {
    expect(isBoilerplate(`KUALA LUMPUR: ${FIRST}`)).toBe(false);
    expect(isBoilerplate("Category: the ministry said the rules apply to all boats.")).toBe(false);
  });

  it("removes the fields between the byline and the story", () => {
    const cleaned = clean(lines(HEADLINE, "WRITER: Aminah Razak", "NEWSPAPER SECTION: News", FIRST, SECOND));
    expect(cleaned.body).toBe([FIRST, SECOND].join("\n\n"));
  });
});

describe("syndication wrappers", () => {
  it("passes over a portal's name and search box to the headline and drops its legal links", () => {
    const cleaned = clean(
      lines(
        "Yahoo News",
        "Search for news, symbols or companies",
        "Sign in",
        HEADLINE,
        "Fri, 4 April 2025 at 9:05 am GMT+8 · 3-min read",
        FIRST,
        SECOND,
        "Terms and Privacy Policy",
        "Privacy dashboard",
      ),
    );
    expect(cleaned.hints.title).toBe(HEADLINE);
    expect(cleaned.body).toBe([FIRST, SECOND].join("\n\n"));
  });

  it("drops a sponsored widget and its teasers but keeps story that follows", () => {
    const cleaned = clean(
      lines(
        HEADLINE,
        FIRST,
        SECOND,
        "Sponsored Content",
        "Trending now",
        "This kettle boils water in ten seconds",
        THIRD,
      ),
    );
    expect(cleaned.body).toBe([FIRST, SECOND, THIRD].join("\n\n"));
  });
});

describe("inline links", () => {
  it.each([
    "READ: Laos, Thailand plan second Mekong rail bridge",
    "ALSO READ: Laos, Thailand plan second Mekong rail bridge",
    "SEE ALSO: Floods close river ports upstream",
    "Related video: Ministers meet in Kuala Lumpur (Bernama) Duration 0:58",
    "WATCH: Ministers meet in Kuala Lumpur",
  ])("reads %j as a link", (line) => {
    expect(isRelatedLink(line)).toBe(true);
  });

  it("keeps a sentence that opens with the verb", () => {
    expect(isRelatedLink("Read together, the two statements point to a thaw.")).toBe(false);
  });

  it("removes a link set between two paragraphs of the story", () => {
    const cleaned = clean(lines(HEADLINE, FIRST, "READ: Floods close river ports upstream", SECOND));
    expect(cleaned.body).toBe([FIRST, SECOND].join("\n\n"));
  });
});

describe("a photo credit in capitals glued to the story", () => {
  const known = (word: string) => ["JPMorgan", "VNExpress"].includes(word);

  it("splits the caption and its credit from the first sentence", () => {
    const caption = "The two ministers shake hands in Kuala Lumpur on Friday.";
    expect(splitGluedCredit(`${caption} BERNAMA${FIRST}`, known)?.rest).toBe(FIRST);
    expect(splitGluedCredit(`${caption} KTMalaysia and Vietnam agreed`, known)).toEqual({
      caption: `${caption} KT`,
      credit: "KT",
      rest: "Malaysia and Vietnam agreed",
    });
  });

  it("leaves a word that only starts with capitals", () => {
    expect(splitGluedCredit("Shares rose sharply on Friday. JPMorgan analysts said demand held up.", known)).toBeNull();
  });

  it("removes the caption above the story", () => {
    const cleaned = clean(
      lines(HEADLINE, `The two ministers shake hands in Kuala Lumpur on Friday. STARMalaysia${FIRST.slice(8)}`, SECOND),
    );
    expect(cleaned.body).toBe([FIRST, SECOND].join("\n\n"));
  });
});

describe("titles", () => {
  it("takes the page's heading when its title is only the ministry's name", () => {
    expect(headingOverSiteName("Ministry of Foreign Affairs of Japan", "Japan-Laos Foreign Ministers' Meeting")).toBe(
      "Japan-Laos Foreign Ministers' Meeting",
    );
    expect(headingOverSiteName("Laos, Japan sign rail deal", "VnExpress")).toBe("Laos, Japan sign rail deal");
  });

  it("reads the heading of a saved ministry page", () => {
    const page = `<!DOCTYPE html><html><head><title>Ministry of Foreign Affairs of Japan</title></head><body>
      <h1>Japan-Laos Foreign Ministers' Meeting</h1><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></body></html>`;
    const read = extractHtml(page);
    expect(read.ok && read.metadata.title).toBe("Japan-Laos Foreign Ministers' Meeting");
  });

  it("reads the headline under a cache notice whose links are copied on one line", () => {
    const cleaned = clean(
      lines(
        "This is Google's cache of https://example.org/a.html. It is a snapshot of the page as it appeared on 5 Apr 2025.",
        "Full version Text-only version View source",
        HEADLINE,
        FIRST,
        SECOND,
      ),
    );
    expect(cleaned.hints.title).toBe(HEADLINE);
  });
});

describe("credits filed from a place", () => {
  it("reads the agency and the place", () => {
    expect(readCredit("Agence France-Presse in Hanoi")).toMatchObject({ outlet: "AFP", place: "Hanoi" });
  });
});
