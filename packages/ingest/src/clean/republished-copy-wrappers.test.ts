import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { editorsNoteLines, isRepublishedFurniture, withoutCopyWrappers } from "./republished.js";

// Round 26: what a republished copy (a cache mirror, a PDF transcription, an e-mail briefing, a blog repost) wraps
// around a story. Lines are written for the tests.
const clean = (text: string) => cleanArticle(normaliseText(text));

const STORY = [
  "The two foreign ministers agreed on Tuesday to open a third border crossing before the end of the year.",
  "Trade between the neighbours rose 9 percent last year to 4.2 billion US dollars, officials said.",
  "Both sides also agreed to hold their next joint commission meeting in the spring.",
];

describe("whole lines a republished copy adds", () => {
  it.each([
    "If your browser does not render page correctly, please read the page content below",
    "Page created by Mary Holloway",
    "Read more (Kyodo) →",
    "Read the full story at Nikkei Asia",
    "You are receiving this because you subscribed at morningbrief.example.",
    "You received this email because you signed up for our daily digest.",
    "(Unofficial translation)",
    "Press Release No. 12/2019/PR        Page 3/4",
    "XINHUA provides timely news and information to subscribers around the world via its wire services.",
  ])("%s is furniture", (line) => {
    expect(isRepublishedFurniture(line)).toBe(true);
  });

  it.each([
    "Read more about the agreement in the ministry's statement, the spokesman said.",
    "The ministry provides up-to-date information on flood relief to the provinces, the minister said.",
    "You are receiving this award because of your service, the President told the veterans.",
    "The page on bilateral trade was created by the two ministries in 2019.",
  ])("%s is story", (line) => {
    expect(isRepublishedFurniture(line)).toBe(false);
  });
});

describe("wrappers inside a story's line", () => {
  it("takes a cache mirror's date off a line opening on it, wherever the line stands", () => {
    expect(withoutCopyWrappers("date 2019-05-14 VNA - The two sides agreed to open a crossing.")).toEqual({
      kept: "VNA - The two sides agreed to open a crossing.",
      removed: [{ kind: "dateline", text: "date 2019-05-14" }],
    });
  });

  it("takes a column aggregator's truncation mark off the last paragraph and keeps its words", () => {
    expect(withoutCopyWrappers("The question is whether the region can keep ........")).toEqual({
      kept: "The question is whether the region can keep",
      removed: [{ kind: "boilerplate", text: "........" }],
    });
  });

  it("takes a present-tense caption glued after a paragraph's last stop", () => {
    const line =
      "The two leaders held talks at the Presidential Palace on Monday.President Jane Roe welcomes Prime Minister John Doe at the Presidential Palace.";
    expect(withoutCopyWrappers(line)).toEqual({
      kept: "The two leaders held talks at the Presidential Palace on Monday.",
      removed: [
        { kind: "caption", text: "President Jane Roe welcomes Prime Minister John Doe at the Presidential Palace." },
      ],
    });
  });

  it("leaves a glued sentence that tells news in the past", () => {
    const line = "The two leaders held talks on Monday.They agreed to raise trade to 10 billion US dollars by 2030.";
    expect(withoutCopyWrappers(line).kept).toBe(line);
  });

  it("removes a caption that opens on a bracketed file-photo credit or closes on an '= … photo' credit", () => {
    for (const line of [
      "(Reuters file photo) Foreign Minister Jane Roe shakes hands with her counterpart in Jakarta on May 2, 2014.",
      "Prime Minister Kato (left) greets President Lam at the Prime Minister's Office on the 5th = Pool photo",
    ])
      expect(withoutCopyWrappers(line)).toEqual({ kept: "", removed: [{ kind: "caption", text: line }] });
    const story = "(Reuters) Foreign Minister Jane Roe said on Friday the talks would go on.";
    expect(withoutCopyWrappers(story).kept).toBe(story);
  });
});

describe("a newsletter's editors' note above its lead piece", () => {
  it("runs from the greeting to the editors' sign-off", () => {
    const lines = ["Hello readers,", "This week's lead comes from Jakarta.", "— The editors", "Headline here"];
    expect([...editorsNoteLines(lines)]).toEqual([0, 1, 2]);
  });

  it("leaves a greeting with no sign-off under it", () => {
    expect(editorsNoteLines(["Dear readers,", "a", "b", "c", "d", "e", "f"]).size).toBe(0);
  });

  it("is no part of the body a newsletter copy is read into", () => {
    const text = [
      "Hello readers,",
      "Our lead piece this week comes from Phnom Penh. Replies are welcome.",
      "— The editors",
      "Border crossings to reopen",
      ...STORY,
    ].join("\n");
    const result = clean(text);
    expect(result.body).not.toContain("Hello readers");
    expect(result.body).not.toContain("lead piece");
    expect(result.body).toContain(STORY[1]);
  });
});

describe("a PDF transcription inside a document site's page", () => {
  it("keeps the transcription's furniture out and every sentence in", () => {
    const text = [
      "Upload",
      "Log in",
      "Page created by Mary Holloway",
      "If your browser does not render page correctly, please read the page content below",
      ...STORY,
    ].join("\n");
    const result = clean(text);
    expect(result.body).not.toContain("Page created by");
    expect(result.body).not.toContain("browser");
    for (const sentence of STORY) expect(result.body).toContain(sentence);
  });
});
