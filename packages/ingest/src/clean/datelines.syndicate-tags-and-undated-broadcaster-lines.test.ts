import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isContributorNote } from "./bylines.js";
import { readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 44: a syndicate's own tag opening its copy with the day and its name in one bracket, a broadcaster's dateline
// with a listed place and its bracketed name but no day, a contributor's note closing on the place, and a text-only
// edition's link back to its front page.
describe("tags and datelines that open the lead", () => {
  it("reads '(<day> / <agency>)' opening the lead as the agency's tag", () => {
    const dateline = readDateline("(March 3, 2024 / Reuters) Chile and Vietnam agreed on Tuesday to widen trade.");
    expect(dateline?.outlet).toBe("Reuters");
    expect(dateline?.rest.startsWith("Chile and Vietnam")).toBe(true);
  });

  it("reads a listed place and a listed outlet in brackets with no day or dash", () => {
    const dateline = readDateline("Hanoi, Vietnam (CNN) The two countries agreed on Tuesday to widen trade.");
    expect(dateline?.outlet).toBe("CNN");
    expect(dateline?.place).toBe("Hanoi");
  });

  it("leaves an unlisted name in brackets after a place when no day is given", () => {
    expect(readDateline("Hanoi (Old Quarter) The streets were quiet on Tuesday morning.")).toBeNull();
  });
});

describe("notes under the story", () => {
  it("reads a contributor's note closing on the place reported from", () => {
    expect(isContributorNote("-- Jane Roe contributed reporting from Tokyo.")).toBe(true);
  });

  it("drops a text-only edition's link back to its front page", () => {
    const lines = [
      "Chile and Vietnam widen their trade deal",
      "Chile and Vietnam agreed on Wednesday to widen their free trade agreement to services and investment, the two trade ministers said.",
      "< Back to Home",
      "The ministers also discussed copper, wine and seafood, which make up most of the goods the two countries trade with each other.",
      "Chile is one of Vietnam's largest trading partners in Latin America, and the two opened a direct shipping route last year.",
    ];
    expect(cleanArticle(normaliseText(lines.join("\n\n"))).body).not.toContain("Back to Home");
  });
});
