import { describe, expect, it } from "vitest";
import type { SourceDocument, SourceMetadata } from "../read/document.js";
import { prepareArticle } from "./prepare.js";

const STORY =
  "Vietnam and Japan agreed to expand cooperation in energy and semiconductors during talks between their leaders on Monday, the two governments said.";
const MORE =
  "The two sides also agreed to hold regular meetings between their foreign and defence ministers, officials said.";

const documentOf = (text: string, metadata: SourceMetadata = {}): SourceDocument => ({
  sourcePath: "story.txt",
  format: "txt",
  text,
  raw: text,
  metadata,
});

describe("prepareArticle with what datelines and credits say", () => {
  it("records the dateline's agency as source and its city as place", () => {
    const prepared = prepareArticle(documentOf(`SEOUL, Nov. 3 (Yonhap) -- ${STORY}\n\n${MORE}`));
    expect(prepared).toMatchObject({ source: "Yonhap", outlet: "Yonhap", datelinePlace: "Seoul" });
    expect(prepared.body.startsWith("Vietnam and Japan agreed")).toBe(true);
  });

  it("takes the published date from a dateline that gives its year when metadata gives none", () => {
    const prepared = prepareArticle(documentOf(`TOKYO, June 6, 2010 (AFP) – ${STORY}\n\n${MORE}`));
    expect(prepared.published).toMatchObject({ date: "2010-06-06", precision: "day", source: "text" });
  });

  it("takes the published date a cache mirror stamped before the text", () => {
    const prepared = prepareArticle(documentOf(`date 2021-04-15 HÀ NỘI — ${STORY}\n\n${MORE} — VNS`));
    expect(prepared).toMatchObject({
      published: { date: "2021-04-15", source: "text" },
      datelinePlace: "Hanoi",
      source: "Vietnam News",
    });
  });

  it("keeps the date metadata gives over the dateline's", () => {
    const prepared = prepareArticle(
      documentOf(`TOKYO, June 6, 2010 (AFP) – ${STORY}\n\n${MORE}`, { published: "2010-06-07" }),
    );
    expect(prepared.published).toMatchObject({ date: "2010-06-07", source: "metadata" });
  });

  it("falls back to the source for the outlet only when nothing else names one", () => {
    // A credit line, not a photo's: a photo credit names the source only when the page names no outlet.
    const credited = `${STORY}\n\n${MORE}\n\nSource: Xinhua`;
    expect(prepareArticle(documentOf(credited))).toMatchObject({ source: "Xinhua", outlet: "Xinhua" });
    expect(prepareArticle(documentOf(credited, { outlet: "VnExpress International" }))).toMatchObject({
      source: "Xinhua",
      outlet: "VnExpress",
    });
  });
});

describe("prepareArticle dates from a dateline without a year", () => {
  const story =
    "HANOI, Dec. 12 (Xinhua) -- Chinese and Vietnamese officials held talks here on Tuesday on trade, railways and border management, and the two sides agreed to meet again next year.";

  it("takes the year from the page's copyright line", () => {
    const prepared = prepareArticle(documentOf(`${story}\n\nCopyright © Xinhua 2023`));
    expect(prepared.published).toMatchObject({ date: "2023-12-12", precision: "day", source: "text" });
  });

  it("takes no year from a site's running notice that spans years", () => {
    const prepared = prepareArticle(documentOf(`${story}\n\n© 2006-2019 Example Regional Portal`));
    expect(prepared.published?.date).not.toBe("2006-12-12");
  });

  it("takes the day from a dated byline in the metadata", () => {
    const prepared = prepareArticle(documentOf(story, { author: "PTI | Updated: Aug 5, 2025, 22:10 IST" }));
    expect(prepared.published).toMatchObject({ date: "2025-08-05", precision: "day" });
  });
});

describe("prepareArticle dates a story by its copyright notice only as a last resort", () => {
  const NOTICE = "© Copyright 2019 The Associated Press. All rights reserved.";

  it("takes the year of a wire story's notice when nothing else dates it", () => {
    const prepared = prepareArticle(documentOf(`${STORY}\n\n${MORE}\n\n${NOTICE}`));
    expect(prepared.published).toMatchObject({ date: "2019", precision: "year", source: "text" });
  });

  it("leaves the notice aside when metadata dates the story", () => {
    const prepared = prepareArticle(documentOf(`${STORY}\n\n${MORE}\n\n${NOTICE}`, { published: "2018-12-30" }));
    expect(prepared.published).toMatchObject({ date: "2018-12-30", source: "metadata" });
  });

  it("reads no year from a site's running span or from notices that disagree", () => {
    const span = prepareArticle(documentOf(`${STORY}\n\n${MORE}\n\n© 2008-2026 Example News. All rights reserved.`));
    expect(span.published).toBeNull();
    const two = `${STORY}\n\n${MORE}\n\n${NOTICE}\n\nCopyright © 2024 Example News. All rights reserved.`;
    expect(prepareArticle(documentOf(two)).published).toBeNull();
  });
});
