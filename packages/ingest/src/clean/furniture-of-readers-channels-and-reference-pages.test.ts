import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { contentsListLines } from "./chapters.js";
import { readGluedDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 46: furniture of pages as readers, tools and reference sites deliver them. Co-authors' names joined by "and"
// under the standfirst, a caption whose copyright credit runs
// into the dateline, a caption under its picture's credit after the story, labelled footnotes and source notes,
// citation boxes, a print view's own notes, a list of contents, and a channel re-post's frame.
const read = (text: string) => cleanArticle(normaliseText(text));

const headline = "Jakarta and Hanoi widen their maritime talks";
const standfirst =
  "Two neighbours with overlapping claims have found a way to keep talking about fisheries and patrols at sea.";
const story = [
  "Indonesia and Vietnam agreed on Monday to hold their maritime dialogue twice a year, officials from both foreign ministries said after a meeting in the capital.",
  "",
  "The two countries settled the line between their exclusive economic zones in 2022 after twelve years of negotiation, and want joint patrols to follow.",
  "",
  "Fisheries officials will meet next month to compare the records of boats seized by each side since the agreement was signed.",
].join("\n");

describe("co-authors' names joined by a word under the standfirst", () => {
  it("takes two names joined by 'and', one of them double-barrelled, as the byline", () => {
    const page = read(`${headline}\n${standfirst}\nLinh Quoc Pham and Oliver Grant-Hayes\n${story}`);
    expect(page.body).not.toContain("Grant-Hayes");
    expect(page.noise.some((n) => n.kind === "byline" && n.text.includes("Grant-Hayes"))).toBe(true);
  });

  it("keeps a short line of two joined groups that are no names", () => {
    const page = read(`${headline}\n${standfirst}\nTrade and investment\n${story}`);
    expect(page.body).toContain("Trade and investment");
  });
});

describe("a short line under the story after the authors' note", () => {
  it("drops a topic line even when the story's last paragraph closes on a quotation", () => {
    const quoted = `${story}\n\nThe minister said only that "our patrols will keep meeting, as neighbours do."`;
    const note = "Linh Quoc Pham is a researcher at the Harbour Institute.";
    const page = read(`${headline}\nBy Linh Quoc Pham\n${quoted}\n\n${note}\n\nMore on: Indonesia Maritime Fisheries`);
    expect(page.body).not.toContain("More on:");
    expect(page.body).toContain("as neighbours do");
  });
});

describe("a caption whose copyright credit runs into the dateline", () => {
  it("splits the caption with its agency and photographer from the dateline of the listed place", () => {
    const glued = readGluedDateline(
      "The two presidents at the talks in Sochi. © Northwind / Ivan Petrov SOCHI, July 27 – The two countries raised their ties on Friday to the highest level.",
    );
    expect(glued?.caption).toBe("The two presidents at the talks in Sochi. © Northwind / Ivan Petrov");
    expect(glued?.place).toBe("Sochi");
  });
});

describe("a caption under its picture's credit after the story", () => {
  it("drops the short sentence under the credit line closing the story", () => {
    const caption = "The two ministers witness the signing of the fisheries agreement in Jakarta yesterday.";
    const page = read(`${headline}\n${story}\nPhoto: KPL\n${caption}\nTags: Indonesia, Vietnam`);
    expect(page.body).not.toContain("witness the signing");
    expect(page.body).toContain("Fisheries officials");
  });
});

describe("notes under the story", () => {
  it("drops a labelled footnote and a numbered note on where the figures come from", () => {
    const page = read(
      `${headline}\n${story}\n\nFootnote: Figures from the statistics office; conversion at the 2022 average rate.`,
    );
    expect(page.body).not.toContain("conversion at the 2022");
    const numbered = read(
      `${headline}\n${story}\n\n[1] Figures from the national customs office; investment data as of the end of June, when the last survey was published.`,
    );
    expect(numbered.body).not.toContain("customs office");
  });

  it("drops a reference work's citation box", () => {
    const page = read(`${headline}\n${story}\n\nCite this article: The Editors. "Maritime talks."`);
    expect(page.body).not.toContain("Cite this article");
  });

  it("drops a licence line that names the licence with no article", () => {
    const page = read(
      `${headline}\n${story}\n\nEdition: Ana Souza. Content licensed under Creative Commons Attribution 4.0.`,
    );
    expect(page.body).not.toContain("Creative Commons");
  });
});

describe("a print view's own notes", () => {
  it("drops the notes on how the page was printed and the links heading", () => {
    const page = read(
      [
        headline,
        story,
        "Links in this article:",
        "[1] https://example.org/authors/pham/",
        "This page was generated for printing. Images and comments have been removed.",
        "URL of this page: https://example.org/2022/maritime-talks/?print=1",
        "Footnote links were generated automatically from the article's hyperlinks.",
      ].join("\n"),
    );
    expect(page.body).not.toContain("Links in this article");
    expect(page.body).not.toContain("generated for printing");
    expect(page.body).not.toContain("URL of this page");
    expect(page.body).not.toContain("generated automatically");
  });

  it("ends the story at a related heading that names the site", () => {
    const page = read(
      [
        headline,
        story,
        "Related Articles from The Harbour Review",
        "A quiet summit in Jakarta",
        "Can Hanoi balance its neighbours?",
        "Why the fisheries deal matters more than the patrols",
        "The Harbour Review is a current-affairs magazine for the region, with news and analysis on politics and security.",
      ].join("\n"),
    );
    expect(page.body).not.toContain("quiet summit");
    expect(page.body).not.toContain("balance its neighbours");
  });
});

describe("an encyclopaedia's list of contents", () => {
  it("takes the heading and its numbered entries", () => {
    const lines = ["Intro text.", "Contents", "1 Strategic partners", "2 Comprehensive partners", "3 See also", "Body"];
    expect([...contentsListLines(lines)]).toEqual([1, 2, 3, 4]);
  });

  it("takes no numbered line without the heading over it", () => {
    expect(contentsListLines(["Intro text.", "1 Strategic partners", "2 Comprehensive partners"]).size).toBe(0);
  });
});

describe("a channel re-post's frame", () => {
  it("drops the channel's description, its list of earlier posts and the app's footer", () => {
    const page = read(
      [
        "Channel info: a news digest on the region's diplomacy. Reposts are no endorsement.",
        "Harbour Watch",
        "channel · 12.1K subscribers",
        headline,
        story,
        "👁 12.4K · edited 10:02",
        "Earlier in this channel:",
        "A new ferry line between two islands",
        "Content from state media is reposted for information. Check the original source.",
        "Top comment: a fine piece of diplomacy",
        "This channel can have unlimited subscribers. Only admins can post.",
      ].join("\n"),
    );
    expect(page.body).not.toContain("Channel info");
    expect(page.body).not.toContain("Earlier in this channel");
    expect(page.body).not.toContain("ferry line");
    expect(page.body).not.toContain("reposted for information");
    expect(page.body).not.toContain("unlimited subscribers");
    expect(page.body).toContain("Fisheries officials");
  });
});

describe("a social re-post's page name and comment notice", () => {
  it("drops the page's name alone on its line under the line saying it shared the post", () => {
    const page = read(
      [
        "Editor · Harbour Diplomacy Watch shared a link.",
        "Harbour Diplomacy Watch",
        "22 November 2024 at 19:05",
        headline,
        story,
        "Most relevant comments are shown; some may have been filtered out.",
      ].join("\n"),
    );
    expect(page.body).not.toContain("Harbour Diplomacy Watch");
    expect(page.body).not.toContain("filtered out");
    expect(page.body).toContain("Fisheries officials");
  });
});
