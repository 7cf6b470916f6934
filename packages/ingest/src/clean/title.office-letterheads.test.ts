import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isInstitutionName } from "./title.js";

const titleOf = (text: string) => cleanArticle(normaliseText(text)).hints.title;
const story = [
  "Chile and Vietnam agreed in Santiago on Tuesday to open talks on a copper and fruit trade arrangement covering port fees.",
  "Two-way trade in fruit reached about $210 million last year, and both sides want it doubled within five years.",
  "The talks will start in Hanoi in October, officials said after the meeting.",
].join("\n\n");

describe("a state's office or chamber named after its country, printed over a government site's pages", () => {
  it.each(["Senate of Chile", "President of Chile", "The Prime Minister of New Zealand"])(
    "reads %s as an institution's name",
    (line) => {
      expect(isInstitutionName(line)).toBe(true);
    },
  );

  it.each(["President of Chile Meets Vietnamese Envoy", "Senate of Santiago Students", "Prime Minister"])(
    "reads %s, whose words after 'of' name no country, as no office's name",
    (line) => {
      expect(isInstitutionName(line)).toBe(false);
    },
  );

  it("takes the headline under the office's name and its menu, though the lead names the office too", () => {
    const lead =
      "A committee of the Senate of Chile on Tuesday pressed Vietnam's envoy to keep the copper and fruit talks moving before the harvest.";
    const page = `Senate of Chile\n58th Legislature | 57th Legislature\nHome   Senators   Committees   Newsroom\nPress Release\n\nSenators press Vietnam on fruit and copper talks\n\n${lead}\n\n${story}`;
    expect(titleOf(page)).toBe("Senators press Vietnam on fruit and copper talks");
  });
});
