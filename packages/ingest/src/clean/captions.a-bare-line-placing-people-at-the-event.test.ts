import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isBareCaptionOverLead } from "./lead-captions.js";

// A release's picture caption set as a bare line under the standfirst: names and titles at the event, no stop.
const standfirst = "The trade minister and her Chilean counterpart agree a plan to double trade within five years.";
const caption = "Trade Minister Ana Ruiz and Chilean Foreign Minister Pablo Soto at the signing ceremony in Santiago";
const lead =
  "Trade Minister Ana Ruiz today signed a trade plan with Chilean Foreign Minister Pablo Soto at the foreign ministry in Santiago.";
const more = "The plan sets out work on wine, copper and student exchanges over the next five years.";

describe("a bare caption placing the story's people at its event", () => {
  it("is read as a caption", () => {
    expect(isBareCaptionOverLead(caption, lead)).toBe(true);
  });

  it("is no caption when it is a sentence in lower case", () => {
    const sentence = "Ministers from both countries met at the ministry to talk about trade in copper, wine and fruit";
    expect(isBareCaptionOverLead(sentence, lead)).toBe(false);
  });

  it("goes from the body under the standfirst, which stays", () => {
    const body = cleanArticle(normaliseText([standfirst, caption, lead, more].join("\n\n"))).body;
    expect(body).not.toContain("signing ceremony in Santiago");
    expect(body).toContain(standfirst);
    expect(body).toContain(lead);
  });
});
