import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isInstitutionName } from "./title.js";

const titleOf = (text: string) => cleanArticle(normaliseText(text)).hints.title;
const story = [
  "Ministers of Peru and Vietnam agreed in Lima on Monday to open talks on a fisheries agreement covering tuna and squid exports.",
  "Two-way trade in seafood reached about $310 million last year, and both sides want it doubled within five years.",
  "The talks will start in Hanoi in September, officials said after the meeting.",
].join("\n\n");

describe("a letterhead's institution name above a document's headline", () => {
  it("recognises an institution's name by its head and passes over a headline with a verb in lower case", () => {
    expect(isInstitutionName("Pacific Alliance Chamber of Commerce in Peru")).toBe(true);
    expect(isInstitutionName("LATIN AMERICAN INSTITUTE OF ASIAN STUDIES – LIMA")).toBe(true);
    expect(isInstitutionName("Peru and Vietnam open fisheries talks")).toBe(false);
    expect(isInstitutionName("Peru Signs Deal With Vietnam's Fisheries Council to cut tariffs")).toBe(false);
  });

  it("takes the headline under the institution's letterhead, not the letterhead", () => {
    const page = `PACIFIC TRADE NOTES | No. 2\nAndes-Mekong Business Chamber of Lima\n\nPeru and Vietnam open fisheries talks\n\n${story}`;
    expect(titleOf(page)).toBe("Peru and Vietnam open fisheries talks");
  });

  it("joins a headline wrapped at the document's width with its lower-case second line", () => {
    const page = `Andes-Mekong Business Chamber of Lima\n\nPeru and Vietnam open talks on tuna\nand squid exports\n\n${story}`;
    expect(titleOf(page)).toBe("Peru and Vietnam open talks on tuna and squid exports");
  });

  it("joins a headline an app wraps over three lines, one of them ending on a comma", () => {
    const page = `Peru Fisheries Daily\nPeru, Vietnam\nopen tuna talks,\nplan squid quota\n\n${story}`;
    expect(titleOf(page)).toBe("Peru, Vietnam open tuna talks, plan squid quota");
    const three = `Peru Fisheries Daily\nPeru and Vietnam\nopen talks on tuna\nand squid exports\n\n${story}`;
    expect(titleOf(three)).toBe("Peru and Vietnam open talks on tuna and squid exports");
  });

  it("leaves a lower-case byline or credit under the headline out of it", () => {
    const page = `Peru and Vietnam open talks on tuna\nby Rosa Quispe\n\n${story}`;
    expect(titleOf(page)).toBe("Peru and Vietnam open talks on tuna");
  });
});
