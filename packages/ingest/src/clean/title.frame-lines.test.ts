import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isFrameLine, isInstitutionName } from "./title.js";

// Sentences here are written for the tests.
const titleOf = (text: string) => cleanArticle(normaliseText(text)).hints.title;
const story = [
  "Ministers of Chile and Vietnam agreed in Santiago on Monday to open talks on a fisheries agreement covering salmon and tuna exports.",
  "Two-way trade in seafood reached about $210 million last year, and both sides want it doubled within five years.",
  "The talks will start in Hanoi in September, officials said after the meeting.",
].join("\n");

describe("lines of the page's frame that a headline's shape cannot have", () => {
  it.each([
    "Founded 1968 · Registered association",
    "In this issue: Fifty years of relations · Our summer trip · Calendar",
    "Home • Events • Newsletter",
    "National Assembly of the Republic of Chile > News",
    "Senate » Press Room",
  ])("%s is furniture", (line) => {
    expect(isFrameLine(line)).toBe(true);
  });

  it.each([
    "Chile and Vietnam open fisheries talks",
    'Minister: "Chile is a partner, not a customer"',
    "Chile, Vietnam to double seafood trade by 2030",
  ])("%s is a headline's shape", (line) => {
    expect(isFrameLine(line)).toBe(false);
  });

  it("passes over a newsletter's contents line and strapline for the headline under them", () => {
    const page = `Chile-Vietnam Friendship Society\nFounded 1971 · Registered charity\nIn this issue: Fisheries talks open · Our trip to Hue · Calendar\nChile and Vietnam open fisheries talks\n${story}`;
    expect(titleOf(page)).toBe("Chile and Vietnam open fisheries talks");
  });
});

describe("a party's name and its organ's motto set as the site's banner", () => {
  it("reads a party's name and a committee's organ as institutions' names", () => {
    expect(isInstitutionName("Socialist Party of Chile")).toBe(true);
    expect(isInstitutionName("Official Organ of the Central Committee of the Communist Party of Chile")).toBe(true);
    expect(isInstitutionName("Party congress opens in Santiago")).toBe(false);
  });

  it("takes the headline under the party's banner and its organ's motto", () => {
    const partyStory = story.replace(
      "Ministers of Chile and Vietnam",
      "The Socialist Party of Chile and the Communist Party of Vietnam",
    );
    const motto = "Official Organ of the Central Committee of the Socialist Party of Chile";
    expect(titleOf(`${motto}\nChile and Vietnam open fisheries talks\n${partyStory}`)).toBe(
      "Chile and Vietnam open fisheries talks",
    );
    expect(
      titleOf(`Socialist Party of Chile\n${motto}\nParties of Chile and Vietnam open fisheries talks\n${partyStory}`),
    ).toBe("Parties of Chile and Vietnam open fisheries talks");
  });
});
