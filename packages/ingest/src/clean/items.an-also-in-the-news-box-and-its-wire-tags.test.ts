import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 59: a mailed brief sets its top story, then under a divider an "ALSO IN THE NEWS" box of short items. An item
// there may name Vietnam and share a month or a family name with the story; the heading still says it is another
// story. The wire's tag closing such an item ("(Reuters)") credits that item's copy, not the story's.
const page = [
  "THE HARBOUR DAILY BRIEF",
  "",
  "TOP STORY",
  "",
  "Vietnam and Chile agree to open talks on a deeper trade pact",
  "",
  "Vietnam and Chile agreed in March to open talks on a deeper trade pact, the two foreign ministers said in Hanoi after their meeting.",
  "",
  "Deputy minister Nguyen Van Long said the Association of Fruit Exporters would join the talks on farm trade.",
  "",
  "Trade between the two countries reached $1.9 billion last year, the ministry said.",
  "",
  "---------------------------------------------",
  "",
  "ALSO IN THE NEWS",
  "",
  "Mango shipments slow at the northern border",
  'Mango exports fell 20% in March as checks tightened, the Vietnam Fruit Association said. "Trucks are waiting for days," said association head Nguyen Thi Hoa.',
  "",
  "Pepper prices ease",
  "Black pepper was quoted at US$4,100 a tonne this week, the lowest since May, as harvests in Brazil picked up. (Reuters)",
].join("\n");

describe("an 'also in the news' box under a mailed brief's top story", () => {
  const read = cleanArticle(normaliseText(page));

  it("drops the box's items, even one that names Vietnam", () => {
    expect(read.body).toContain("$1.9 billion");
    expect(read.body).not.toContain("Mango exports");
    expect(read.body).not.toContain("Black pepper");
  });

  it("credits the story with no wire the box's items name", () => {
    expect(read.hints.source).toBeNull();
  });
});
