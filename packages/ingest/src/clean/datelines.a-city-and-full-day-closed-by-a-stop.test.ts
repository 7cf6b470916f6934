import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 50: a notice opens on its city and its full day closed by a stop, as a letter's head is written ("<City>,
// 5 August 2014. In view of …"): the head goes, the notice's sentence stays.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

const headline = "Notice to Vietnamese citizens in the flooded provinces";
const rest = "Citizens who need help should call the consulate's hotline at any hour of the day.";

describe("a city and a full day closed by a stop opening the notice", () => {
  it("drops the city and the day, keeping the notice's first sentence", () => {
    const cleaned = read([
      headline,
      "Bangkok, 14 October 2011. In view of the floods, the Embassy of Vietnam informs Vietnamese citizens as follows:",
      rest,
    ]);
    expect(cleaned.body).not.toContain("14 October 2011.");
    expect(cleaned.body).toContain(
      "In view of the floods, the Embassy of Vietnam informs Vietnamese citizens as follows:",
    );
  });

  it("keeps a sentence that opens on a city and a day but runs on as a sentence", () => {
    const sentence = "Bangkok, 14 October 2011 was the day the embassy opened its emergency desk for workers.";
    const cleaned = read([headline, "The embassy said it had opened a hotline for citizens.", sentence, rest]);
    expect(cleaned.body).toContain(sentence);
  });
});
