import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 48: a carrier sets the wire's name alone under the headline, as the wire writes it, in lower case ("dpa"): a
// credit, never the headline's wrapped tail. Sentences are the tests' own.
const story = [
  "",
  "Vientiane (dpa) - Laos and Thailand opened a second rail bridge across the Mekong on Friday, cutting the freight route between the two capitals by a day.",
  "",
  "The bridge was built with a loan from the Thai side and will carry both passenger and cargo trains, officials said.",
].join("\n");

describe("a wire's lower-case name under the headline", () => {
  it("is no part of the headline", () => {
    const cleaned = cleanArticle(
      normaliseText(`Laos and Thailand open second Mekong rail bridge\n\ndpa\n04.08.2023 - 09:40${story}`),
    );
    expect(cleaned.hints.title).toBe("Laos and Thailand open second Mekong rail bridge");
  });

  it("a headline wrapped onto a lower-case line still reads whole", () => {
    const cleaned = cleanArticle(normaliseText(`Laos and Thailand agree on a\nsecond Mekong rail bridge${story}`));
    expect(cleaned.hints.title).toBe("Laos and Thailand agree on a second Mekong rail bridge");
  });
});
