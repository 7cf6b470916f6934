import { describe, expect, it } from "vitest";
import { analyseArticle } from "../analyse/index.js";
import { normaliseText } from "../normalise/normalise.js";
import { extractHtml } from "../read/html.js";
import { isCommentsHeading } from "./boilerplate.js";
import { cleanArticle } from "./index.js";

// Round 7 (issue 11): a readers' comment section under the story, share-bar counters, embedded posts signed with a
// handle, links set as "<heading>: <headline>", a stamp of issue and change dates, a lone credited dateline, a
// standfirst set outside the body, and a share's total after its noun. Every wording here is our own.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Chile and Mongolia sign an accord on mining research";
const LEAD =
  "Chile and Mongolia signed an accord on mining research in Santiago on Thursday, the two ministers of mines said after their meeting.";
const MORE =
  "The accord sets up a joint laboratory and an exchange of twenty engineers a year, starting with copper and coal studies.";
const LAST =
  "The ministers agreed to meet again in Ulaanbaatar next spring to review the first projects, the ministry said in a statement.";

describe("a readers' comment section ends the story", () => {
  it.each([
    ["a count of comments", "7 Comments"],
    ["a call to log in", "Log in to comment"],
    ["the section's name with a count", "Readers' comments (4)"],
    ["a count in brackets after the word", "Comments (12)"],
  ])("%s under the story drops the posts under it", (_, heading) => {
    const post = "Good news for both countries, I hope the engineers get decent pay for this work abroad.";
    const { body } = clean(lines(TITLE, LEAD, MORE, LAST, heading, "copperfan NOV. 3, 2025 - 10:12AM", post, "Reply"));
    expect(body).toContain(LAST);
    expect(body).not.toContain("engineers get decent pay");
    expect(body).not.toContain("copperfan");
  });

  it("drops the posts when the comment heading follows a links block", () => {
    const post = "Mongolia should keep its coal at home and sell it at a better price later on.";
    const { body } = clean(
      lines(
        TITLE,
        LEAD,
        MORE,
        LAST,
        "Related",
        "Peru opens a new port",
        "Bolivia lifts tin output",
        "3 Comments",
        "rocky9 NOV. 3",
        post,
      ),
    );
    expect(body).toContain(LAST);
    expect(body).not.toContain("keep its coal at home");
  });

  it("keeps a counter above the story as a line, not the story's end", () => {
    const { body } = clean(lines(TITLE, "Comments (0)", LEAD, MORE, LAST));
    expect(body).toContain(LEAD);
    expect(body).toContain(LAST);
  });

  it.each([
    ["a subheading in the story", "Readers of the report will find the figures in the annex"],
    ["a sentence about comments", "The minister declined to comment on the price of copper."],
  ])("does not take %s for a comment heading", (_, line) => {
    expect(isCommentsHeading(line)).toBe(false);
  });
});

describe("share-bar counters and page furniture around the story", () => {
  it.each([
    ["a recommend button with its count", "Recommend (31)"],
    ["a count of users who spoke", "(2) users say"],
    ["a bare count in brackets", "( 9 )"],
    ["a contact note", "For feedback, corrections or questions, contact us at the desk."],
    ["an issue and change stamp", "Issued on: 03/11/2025 - 08:15 Modified: 04/11/2025 - 09:40"],
    ["an embedded post signed with its handle", "A good day for our two peoples in Santiago. — Ana Rios (@anarios_cl)"],
    ["a related heading used as a link's label", "More news: Peru and Chile open a border crossing"],
  ])("removes %s", (_, line) => {
    const body = clean(lines(TITLE, LEAD, line, MORE, LAST)).body;
    expect(body).not.toContain(line);
    expect(body).toContain(MORE);
  });

  it("keeps a story line that opens on a related heading's words with a sentence after", () => {
    const line = "More news: the ministers said the laboratory will open its doors to students next year.";
    expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toContain(line);
  });

  it("reads a credited dateline alone on its line as the story's opening", () => {
    const result = clean(lines(TITLE, "SANTIAGO, Nov. 3 (Reuters)", LEAD, MORE, LAST));
    expect(result.hints.place).toBe("Santiago");
    expect(result.body).not.toContain("(Reuters)");
  });
});

describe("a standfirst set above the article's body", () => {
  const paragraphs = [LEAD, MORE, LAST, LEAD.replace("Thursday", "Friday"), MORE.replace("twenty", "thirty")]
    .map((p) => `<p>${p}</p>`)
    .join("");
  const page = (standfirst: string) =>
    `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${standfirst}<div class="detail__content">${paragraphs}</div></article></body></html>`;

  it("is read as the story's first paragraph", () => {
    const summary = "The two mining nations will share a laboratory and swap engineers under the new accord.";
    const result = extractHtml(page(`<h2 class="detail__summary">${summary}</h2>`));
    expect(result.ok && result.text.startsWith(summary)).toBe(true);
  });

  it("is not taken from a links list's teaser", () => {
    const teaser = "Peru and Bolivia discuss a lithium corridor across the high plains of the Andes region.";
    const result = extractHtml(page(`<aside class="related"><p class="item-summary">${teaser}</p></aside>`));
    expect(result.ok && result.text.includes(teaser)).toBe(false);
  });
});

describe("a share's total after its counted noun", () => {
  it("reads '41 votes out of 45' as 41 of 45 votes, not a second count", () => {
    const found = analyseArticle("The motion passed with 41 votes out of 45 in the chamber.", {}).indicators;
    expect(found.map(({ value, of, unit }) => ({ value, of, unit }))).toEqual([{ value: 41, of: 45, unit: "votes" }]);
  });

  it("does not read a month's abbreviation and its day as a count", () => {
    const found = analyseArticle("The envoy flew home to mark the Sept. 11 attacks in New York.", {}).indicators;
    expect(found).toEqual([]);
  });
});

describe("a view counter closing a stamp line above the story", () => {
  it("removes the credit, both stamps and the counter run into one line", () => {
    const row = "Gazette desk report Monday 6 May 2024 - 09:40 | Last updated: 6 May 2024 - 11:02 3,417 views";
    const { body } = clean(lines(TITLE, row, LEAD, MORE, LAST));
    expect(body).not.toContain("views");
    expect(body).not.toContain("Last updated");
    expect(body).toContain(LEAD);
  });

  it("keeps a sentence that counts views", () => {
    const sentence = "The ministry's video of the signing drew more than 40,000 views";
    expect(clean(lines(TITLE, LEAD, sentence, MORE, LAST)).body).toContain(sentence);
  });
});
