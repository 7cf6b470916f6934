import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const speakers = (body: string) => analyseArticle(body, {}).quotes.map((q) => q.speaker);

// Round 56: "Trade Minister X, who travelled with the president, told reporters … . She said …": a titled name that
// opens a sentence of speech, then a sentence opened by "She", is a woman, so a later "she said" is hers and not the
// woman quoted before her.
describe('"She" opening the sentence after a titled speaker', () => {
  it("makes the titled speaker the woman a later quotation names", () => {
    const body = [
      "The deals were signed after talks between Prime Minister Amara Lindqvist and her host Tran Van Binh at the palace.",
      '"Your farmers have a great deal to teach ours about rice and water," Lindqvist said at the talks, according to her spokesman Omar Haddad.',
      "Trade Minister Dipo Kanu, who travelled with the prime minister, told reporters that both sides wanted more flights. She said a joint council would meet in spring.",
      '"Our exporters should not wait for the ministries to settle every detail first," she said.',
    ].join("\n\n");
    expect(speakers(body)).toEqual(["Amara Lindqvist", "Dipo Kanu"]);
  });
});
