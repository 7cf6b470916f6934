import { describe, expect, it } from "vitest";
import { withoutRepublisherMarks } from "./titles.js";

// Round 26: marks a republishing site runs onto a headline. Headlines are written for the tests.
describe("a headline without a republisher's marks", () => {
  it.each([
    ["【tin tức bóng đá】Laos, Vietnam open new border gate", "Laos, Vietnam open new border gate"],
    ["Laos, Vietnam open new border gate【xem ngay】", "Laos, Vietnam open new border gate"],
    [
      "Laos, Vietnam open new border gate In Uncategorized on March 3, 2012 at 9:15 am",
      "Laos, Vietnam open new border gate",
    ],
    ["Laos, Vietnam open new border gate Posted on 3 March 2012 by admin", "Laos, Vietnam open new border gate"],
    ["Laos and Vietnam open a new border gate date: 03.03.2012", "Laos and Vietnam open a new border gate"],
  ])("%s → %s", (title, headline) => {
    expect(withoutRepublisherMarks(title)).toBe(headline);
  });

  it.each([
    "Leaders to meet in Hanoi on March 3, 2012",
    "Vietnam, Laos sign pact in Vientiane on 3 March 2012",
    "【Breaking】",
    "Talks posted on hold",
  ])("%s is left whole", (title) => {
    expect(withoutRepublisherMarks(title)).toBe(title);
  });
});

// Round 31: a board's or a CMS's record prints the headline in a labelled field.
describe("a headline printed in a record's labelled field", () => {
  it.each([
    ["Title: Laos and Vietnam open a new border gate", "Laos and Vietnam open a new border gate"],
    ["Headline: Laos, Vietnam open border gate", "Laos, Vietnam open border gate"],
  ])("%s → %s", (title, headline) => {
    expect(withoutRepublisherMarks(title)).toBe(headline);
  });

  it.each(["Title: Border", "Titles: Laos and Vietnam open a new border gate", "Laos: Vietnam opens a border gate"])(
    "%s is left whole",
    (title) => {
      expect(withoutRepublisherMarks(title)).toBe(title);
    },
  );
});
