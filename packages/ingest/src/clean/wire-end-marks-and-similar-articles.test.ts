import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { withoutTrailingFurniture } from "./boilerplate.js";
import { cleanArticle } from "./index.js";

// Round 40: a wire's end mark closing the last paragraph ("… Square. -0-", as KCNA closes its items) and a mirror's
// "Similar Articles" list under the story are the page's.
describe("a wire's end mark and a mirror's list of similar articles", () => {
  it("cuts the end mark off the last paragraph", () => {
    expect(withoutTrailingFurniture("The delegation will attend the parade in the main square. -0-")).toEqual({
      kept: "The delegation will attend the parade in the main square.",
      removed: "-0-",
    });
    expect(
      withoutTrailingFurniture("The score was 3-0 after the first half, and the hosts went on to win 5-0"),
    ).toBeNull();
  });

  it("drops the similar articles listed under the story", () => {
    const page = cleanArticle(
      normaliseText(
        [
          "Vietnam and Laos sign power line deal",
          "",
          "Vietnam and Laos on Monday signed an agreement to build a new power line carrying electricity from Lao dams to northern Vietnam, during talks between the two prime ministers in Vientiane.",
          "",
          "The two leaders also agreed to raise two-way trade and to open a new border gate in Nghe An province, officials said.",
          "",
          "Similar Articles",
          "- Lao leader sends greetings to Cambodian king (09/10/2025)",
          "- Thai premier arrives in Vientiane for river summit (08/10/2025)",
        ].join("\n"),
      ),
    );
    expect(page.body).toContain("new border gate");
    expect(page.body).not.toContain("Cambodian king");
    expect(page.body).not.toContain("river summit");
  });
});
