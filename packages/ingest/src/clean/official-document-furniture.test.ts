import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { isContactRow } from "./contact-rows.js";
import { isBareStampLabel, isStampSentence } from "./stamp-sentences.js";
import { isLetteredNotes } from "./table-notes.js";

const ONE =
  "The two delegations reviewed cooperation in shipping, farming and schooling and agreed to meet again next spring in the capital.";
const TWO =
  "Officials said the new customs plan would cut the time lorries wait at the border by half within two years of its start.";
const THREE =
  "The ministers also asked their staff to draft a list of joint research projects before the end of the season.";

describe("stamps written as a sentence or split from their day", () => {
  it("drops a closing sentence that only stamps when the answer was submitted", () => {
    const cleaned = cleanArticle(`${ONE}\n\n${TWO}\n\nThe reply was submitted on 4 Mar 2019 at 10:05.`);
    expect(cleaned.body).not.toContain("submitted");
    expect(isStampSentence("This notice was last updated on 9 May 2021.")).toBe(true);
    expect(isStampSentence("The plan was submitted on time by the ministry.")).toBe(false);
  });

  it("drops a field's label left alone over its day", () => {
    const cleaned = cleanArticle(`${ONE}\n\nAnswered on\n4 March 2019\n\n${TWO}\n\n${THREE}`);
    expect(cleaned.body).not.toContain("Answered on");
    expect(cleaned.body).toContain("customs plan");
    expect(isBareStampLabel("Published on")).toBe(true);
    expect(isBareStampLabel("Published on the site")).toBe(false);
  });
});

describe("notes and strips of a printed page", () => {
  it("drops a lone numbered note under the footnote rule when its mark is glued in the text", () => {
    const text = `Ministers review the year\n\n${ONE.replace("capital.", "capital.1")}\n\n${TWO}\n\n${THREE}\n\n______________\n1 The talks are held under a treaty signed by both sides.\n\n- 2 -`;
    const cleaned = cleanArticle(text);
    expect(cleaned.body).not.toContain("under a treaty");
    expect(cleaned.body).toContain("customs plan");
  });

  it("drops an office's contact strip closing on its web address", () => {
    const cleaned = cleanArticle(
      `${ONE}\n\n${TWO}\n\nTrade Office Lisbon | 12 Harbour Road, Lisbon | www.example.org/lisbon\n\n${THREE}`,
    );
    expect(cleaned.body).not.toContain("Harbour Road");
    expect(cleaned.body).toContain("research projects");
    expect(isContactRow("Exports | 2022 | 4.1")).toBe(false);
  });

  it("drops a table's lettered notes but keeps a sentence listing its points", () => {
    expect(isLetteredNotes("(a) Years ending in June. (b) Estimates. (c) Totals may not add up.")).toBe(true);
    expect(isLetteredNotes("(a) Years ending in June. (c) Estimates.")).toBe(false);
    expect(isLetteredNotes("The deal covers (a) ports and (b) roads.")).toBe(false);
    const cleaned = cleanArticle(`${ONE}\n\n${TWO}\n\n(a) Years ending in June. (b) Estimates.\n\n${THREE}`);
    expect(cleaned.body).not.toContain("Years ending");
  });
});
