import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 49: a TV channel's web story written from its broadcast closes on the reporter's sign-off, the name and the
// channel with no place ('<Name>, <Channel> News.'). The sign-off is the broadcast's, not the story's, and its name is
// no person of the story. The page is the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));

describe("a broadcaster's sign-off with no place", () => {
  it("is dropped from the end of the story", () => {
    const page = clean(
      [
        "Peru and Vietnam lift ties to a new level",
        "",
        "Peru and Vietnam agreed on Monday to lift their ties to a strategic partnership during talks in Lima between the two presidents.",
        "",
        "The two sides also agreed to double trade in fruit and copper by the end of the decade, officials said.",
        "",
        "Rosa Quispe, Andes News.",
      ].join("\n"),
    );
    expect(page.body).toContain("double trade in fruit and copper");
    expect(page.body).not.toContain("Rosa Quispe");
  });

  it("leaves a sentence naming a person and the outlet they spoke to", () => {
    const page = clean(
      [
        "Peru and Vietnam lift ties to a new level",
        "",
        "Peru and Vietnam agreed on Monday to lift their ties to a strategic partnership during talks in Lima between the two presidents.",
        "",
        "Rosa Quispe, a trade analyst in Lima, told Andes News the deal was overdue.",
      ].join("\n"),
    );
    expect(page.body).toContain("Rosa Quispe, a trade analyst in Lima");
  });
});
