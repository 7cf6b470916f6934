import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isRelatedHeading } from "./related.js";

// Round 55 (blind149): furniture a war-legacy story's pages set in shapes the cleaner did not know.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

const headline = "Lisbon and Hanoi open a joint archive of wartime letters";
const lead =
  "Portugal and Vietnam opened a joint archive of letters written by soldiers of both sides on Tuesday, a project that took historians from the two countries four years to complete.";
const more =
  "The archive holds about 3,000 letters, most of them never sent, which relatives handed to museums in both countries over the past two decades.";
const last =
  "Officials said the letters would be shown in both capitals next year before travelling to regional museums in central Vietnam and northern Portugal.";

describe("a photographer's credit naming a paper under 'The'", () => {
  it("closes the caption above the story, which is dropped", () => {
    const caption =
      "A historian reads a letter at the opening of the archive in Lisbon on Tuesday. (Rui Soares/The Atlantico)";
    const cleaned = read([headline, caption, lead, more, last]);
    expect(cleaned.body).not.toContain("Rui Soares");
    expect(cleaned.body).toContain(lead);
  });
});

describe("a paper's reporter credited on a wire story with the place only", () => {
  it("is a contributor's note, not the story's last paragraph", () => {
    const note = "Lisbon Daily reporter Ana Lopes contributed from Porto.";
    const cleaned = read([headline, lead, more, last, note]);
    expect(cleaned.body).not.toContain("Ana Lopes");
    expect(cleaned.body).toContain(last);
  });

  it("leaves a sentence of news about what a place contributed", () => {
    const news = "Most of the letters in the archive were contributed from Porto.";
    expect(read([headline, lead, more, news, last]).body).toContain(news);
  });
});

describe("a links box headed 'More on this Topic'", () => {
  it("is a links heading in the case a site sets it", () => {
    expect(isRelatedHeading("More on this Topic")).toBe(true);
  });

  it("ends the story with the headlines under it", () => {
    const cleaned = read([headline, lead, more, last, "More on this Topic", "Portugal names new ambassador to Hanoi"]);
    expect(cleaned.body).not.toContain("new ambassador");
  });
});
