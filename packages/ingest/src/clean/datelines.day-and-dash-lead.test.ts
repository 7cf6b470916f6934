import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { readDateOnlyDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 30: a site that prints no place opens the lead on the day it ran and a dash. Sentences are the tests' own.
const LEAD = "On Tuesday in Vientiane, Laos and Vietnam agreed to open two more border gates for farm trucks.";
const MORE = [
  "The new gates will cut the drive from the northern provinces to the river ports by half a day, traders said.",
  "Both sides also agreed to share customs data so that trucks are cleared once, at the first gate they reach.",
];

describe("a lead opening on its day and a dash", () => {
  it.each(["04/06/2019 -", "June 4, 2019 –", "4 June 2019 —", "2019-06-04 -"])("reads '%s' off the lead", (day) => {
    expect(readDateOnlyDateline(`${day} ${LEAD}`)).toEqual({ prefix: day, rest: LEAD, outlet: null, place: null });
  });

  it("leaves a day without its year, as a timeline's entry opens", () => {
    expect(readDateOnlyDateline(`June 4 – ${LEAD}`)).toBeNull();
  });

  it("leaves the lead's sentence in the body once the day is read off", () => {
    const { body } = cleanArticle(
      normaliseText(["Laos and Vietnam open two border gates", `04/06/2019 - ${LEAD}`, ...MORE].join("\n\n")),
    );
    expect(body.startsWith(LEAD)).toBe(true);
  });
});
