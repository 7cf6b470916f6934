import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isCreditedCaption } from "./captions.js";
import { cleanArticle } from "./index.js";

// A caption whose agency credit runs into its last stop with no space: "… on Friday.AFP".
const caption = "The prime minister and the visiting president at the welcome ceremony in the capital on Friday.AFP";
const lead =
  "The prime minister and the visiting president agreed on Friday to double trade within five years, officials said after the talks.";
const more = "Both leaders also signed a plan on climate finance and a new programme for student exchanges.";

describe("a caption closed by a credit glued to its stop", () => {
  it("is a credited caption", () => {
    expect(isCreditedCaption(caption)).toBe(true);
  });

  it("is no caption when the capitals are no outlet", () => {
    expect(isCreditedCaption("The meeting ended late in the evening on Friday.ZZQX")).toBe(false);
  });

  it("leaves the story", () => {
    const body = cleanArticle(normaliseText([lead, caption, more].join("\n\n"))).body;
    expect(body).not.toContain("Friday.AFP");
    expect(body).toContain(more);
  });
});
