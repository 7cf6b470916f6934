import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";
import { unwrapLines } from "./wraps.js";

// Round 21: older templates the fresh sets showed. A PDF bulletin's running foot set across the page after a rule, an
// old site's or print view's bare bracketed outlet tag opening the story, and a live blog's per-post furniture.
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

describe("a PDF page's running foot after a rule", () => {
  const column = [
    "Officials from the two countries met in the capital on Monday to review the trade",
    "agreement that took effect five years ago, the ministry said in a statement after",
    "the meeting. Both sides agreed that the deal had helped fruit and seafood to move",
    "more easily between the two countries over the period covered by the review.",
    "                                     – 3 –",
    "_".repeat(80),
    `Policy Digest Issue 4/2019${" ".repeat(48)}page 4`,
    "The deputy minister told the meeting that two-way trade had reached a record last",
    "year and that firms wanted better access for rice and footwear in the new market,",
    "while the visiting delegation asked for faster checks on fruit arriving at ports.",
  ].join("\n");

  it("keeps the rule and the running foot off the next paragraph when unwrapping", () => {
    const lines = unwrapLines(column).split("\n");
    expect(lines.some((line) => line.startsWith("The deputy minister told the meeting"))).toBe(true);
  });

  it("drops a running foot naming the issue and the page, and keeps both paragraphs", () => {
    const body = clean(unwrapLines(column));
    expect(body).not.toContain("page 4");
    expect(body).toContain("two-way trade had reached a record");
    expect(body).toContain("Both sides agreed");
  });

  it("keeps a sentence that mentions an issue and a page", () => {
    const line = "The ministry's report, issue 4 of the series, gave the figures on page 12.";
    expect(
      clean(`${line}\n\nThe two sides will meet again next year to review the agreement, officials said.`),
    ).toContain(line);
  });
});

describe("a bare bracketed outlet tag opening the story", () => {
  it("strips a paper's own tag without naming it as the source", () => {
    const read = readDateline("(Dtinews) Vietnam became the first country to sign the agreement on Friday.");
    expect(read?.rest).toBe("Vietnam became the first country to sign the agreement on Friday.");
    expect(read?.outlet).toBeNull();
  });

  it("strips a wire's tag and names the wire", () => {
    const read = readDateline("(VNA) Vietnam and Mongolia agreed on Tuesday to expand flights.");
    expect(read?.rest).toBe("Vietnam and Mongolia agreed on Tuesday to expand flights.");
    expect(read?.outlet).not.toBeNull();
  });

  it("leaves a bracket that names no outlet", () => {
    expect(readDateline("(Updated) Vietnam and Mongolia agreed on Tuesday to expand flights.")).toBeNull();
  });
});

describe("a live blog's per-post furniture", () => {
  it("drops the key-event marker and the share prompt between posts", () => {
    const body = clean(
      [
        "Key Event",
        "The two prime ministers signed the joint statement in the capital this morning, officials said.",
        "Share post",
        "Key Event",
        "The visiting leader will travel on to the second city tomorrow to meet business leaders there.",
        "Share post",
      ].join("\n\n"),
    );
    expect(body).not.toMatch(/Key Event|Share post/u);
    expect(body).toContain("signed the joint statement");
  });
});
