import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

const clean = (text: string) => cleanArticle(normaliseText(text));

// Round 47: a live page on several delegations at a summit held elsewhere keeps the Vietnam entry; another entry that
// names one of the story's people (the host, given and family name) shares one name with it, not two.
describe("a live page's entry on another story naming one of the story's people", () => {
  const page = [
    "CLIMATE TALKS LIVE: leaders' day two",
    "",
    "Our reporters follow the second day of the leaders' summit, with statements from the delegations as they come. All times local.",
    "",
    "16:40",
    "Forty nations pledge to restore mangroves",
    "Leaders of forty nations signed a pledge to restore coastal mangroves by 2035. Host Prime Minister Alba Moreno called it a turning point for the coasts.",
    "",
    "14:10",
    "Viet Nam sets a 2050 target",
    "Prime Minister Pham Minh Chinh told the plenary that Viet Nam would reach net-zero emissions by 2050 and would seek partners for offshore wind in the Mekong Delta.",
    "On the sidelines, Mr. Chinh met Prime Minister Alba Moreno of the host country to discuss a green growth partnership and more flights between the two capitals.",
    "",
    "12:00",
    "Island states ask for adaptation money",
    "Leaders of small island states urged rich nations to triple adaptation finance before the next conference and warned that the seas would not wait for talks.",
  ].join("\n");

  it("drops the other entry and keeps the story's", () => {
    const { body } = clean(page);
    expect(body).toContain("net-zero emissions by 2050");
    expect(body).not.toContain("coastal mangroves");
    expect(body).not.toContain("island states");
  });
});
