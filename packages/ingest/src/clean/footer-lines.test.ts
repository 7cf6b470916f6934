import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Under the story, lines that are not sentences are the page's, whatever each site writes in them; a document's own
// closing lines (a signature block, a wrapped title) and the agency's sign-off are not.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Mongolia and Vietnam agree to open a direct cargo route";
const LEAD =
  "Mongolia and Vietnam agreed on Tuesday to open a direct cargo route by rail and sea through a northern port, the two trade ministries said after talks in the capital.";
const LAST =
  "The first trains are expected to run before the end of the year, carrying coal and copper one way and fruit and seafood the other, the ministries added.";

describe("short unfinished lines under the story", () => {
  it("removes a widget heading, a section name and a tag line that no other rule knows", () => {
    const furniture = ["Most Shared This Week", "Economy & Markets", "Topics: Mongolia-Vietnam trade, rail freight"];
    const cleaned = clean(lines(TITLE, LEAD, LAST, ...furniture));
    expect(cleaned.body).toBe([LEAD, LAST].join("\n\n"));
    for (const line of furniture) expect(cleaned.noise.map((n) => n.text)).toContain(line);
  });

  it("keeps a closing sentence, a quotation, a list item and a speaker's name after a quotation", () => {
    const closing = '"We will be ready by winter," the minister said.';
    const item = "- Coal and copper: 2 million tonnes a year";
    const cleaned = clean(lines(TITLE, LEAD, LAST, closing, item));
    expect(cleaned.body).toContain(closing);
    expect(cleaned.body).toContain(item);
    const speaker = clean(lines(TITLE, LEAD, LAST, '"We will be ready by winter."', "Minister Batbayar Enkhjargal"));
    expect(speaker.body).toContain("Minister Batbayar Enkhjargal");
  });

  it("keeps a signature block in capitals and a title wrapped over two lines", () => {
    const signature = ["FOR MONGOLIA FOR THE SOCIALIST REPUBLIC OF VIET NAM", "Minister of Foreign Affairs and"];
    const cleaned = clean(lines(TITLE, LEAD, LAST, ...signature));
    for (const line of signature) expect(cleaned.body).toContain(line);
  });

  it("still reads the agency's sign-off under the story as its source", () => {
    const cleaned = clean(lines(TITLE, LEAD, LAST, "-- BERNAMA", "Related topics"));
    expect(cleaned.body).not.toContain("Related topics");
    expect(cleaned.hints.source).toBe("Bernama");
  });
});
