import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// A picture handed out by a ministry or a firm, its caption closed by "(Courtesy, <Body>)" with no photo word.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));
const bar = ["By Jane Roe", "3 May 2024, 4:12 pm", "Share   Facebook   Twitter   Email   Print"];

const headline = "Peru signs free trade deal with Vietnam, its first with a Southeast Asian country";
const standfirst =
  "Trade Minister Ana Ruiz says the pact will cut tariffs on most goods; trade between the two countries passed $900 million last year";
const caption =
  "Trade Minister Ana Ruiz (left) and Vietnamese Trade Minister Pham Van Long sign the free trade agreement in Lima, May 3, 2024. (Courtesy, Trade Ministry)";
const lead =
  "Peru and Vietnam signed a free trade agreement in Lima on Friday, six years after talks began, the first such deal Peru has signed in Southeast Asia.";
// The caption names the people the story names: it echoes the story as a headline would.
const more =
  "The agreement was signed by Trade Minister Ana Ruiz and Vietnamese Trade Minister Pham Van Long, in the presence of both ambassadors.";

const other =
  "The deal covers coffee, fruit and seafood, which make up most of the goods the two countries trade with each other every year.";

describe("a caption closed by a bracketed courtesy credit", () => {
  it("is no headline: the page's headline stays the title and the standfirst stays in the body", () => {
    const cleaned = read([headline, standfirst, ...bar, caption, lead, more]);
    expect(cleaned.noise).toContainEqual({ kind: "title", text: headline });
    expect(cleaned.body).toContain(standfirst);
  });

  it("is dropped as a caption", () => {
    expect(read([headline, standfirst, ...bar, caption, lead, other]).body).not.toContain("Courtesy");
  });
});
