import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 24: Vietnam's Party press in English. A photo story numbers its captions between the paragraphs ("Photo 2:
// …"), and the Party's theory journal prints its masthead in capitals above the story.
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

const story = [
  "The two leaders agreed to deepen cooperation in trade, investment, education and climate change response.",
  "",
  "They also discussed regional and international issues of mutual concern, including the East Sea.",
].join("\n");

describe("a photo story's numbered captions", () => {
  it("drops each 'Photo N:' caption line and keeps the paragraphs around it", () => {
    const body = clean(
      [
        story,
        "",
        "Photo 2: The two leaders at the talks.",
        "",
        "The sides agreed to hold the next round of talks in the second half of the year.",
        "",
        "Photo 3. The leaders witness the signing of cooperation documents.",
      ].join("\n"),
    );
    expect(body).not.toContain("Photo 2");
    expect(body).not.toContain("Photo 3");
    expect(body).toContain("next round of talks");
    expect(body).toContain("East Sea");
  });

  it("keeps a sentence that only begins with the word 'Photos'", () => {
    const body = clean(`${story}\n\nPhotos of the visit were shown at an exhibition in Hanoi on Friday.`);
    expect(body).toContain("Photos of the visit");
  });
});

describe("the Party's theory journal", () => {
  it("drops the journal's masthead in capitals above the story", () => {
    const body = clean(`COMMUNIST REVIEW\n\n${story}`);
    expect(body).not.toContain("COMMUNIST REVIEW");
    expect(body).toContain("deepen cooperation");
  });
});
