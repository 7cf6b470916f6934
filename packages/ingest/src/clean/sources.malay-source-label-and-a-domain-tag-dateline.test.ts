import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";
import { clean, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 43: Indonesian and Malay pages label the agency under the story 'Sumber' (source), with or without a space
// before the colon, and some open the story on the site's own domain in capitals as its tag, then the place.
describe("a source labelled 'Sumber' and a site's domain tag opening the story", () => {
  it.each(["Sumber : Antara", "Sumber: Antara"])("%s names the agency and leaves the body", (label) => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, LAST, "Red: Dewi Lestari", label));
    expect(cleaned.body).toBe([LEAD, MORE, LAST].join("\n\n"));
    expect(cleaned.hints.source).toBe("Antara");
  });

  it("reads a site's domain in capitals and the place as the dateline", () => {
    expect(readDateline(`REPUBLIKA.CO.ID, JAKARTA -- ${LEAD}`)).toMatchObject({ outlet: "Republika", rest: LEAD });
  });

  it("lets the labelled agency, not the carrying site, be the source", () => {
    const cleaned = clean(lines(TITLE, `REPUBLIKA.CO.ID, JAKARTA -- ${LEAD}`, MORE, LAST, "Sumber : Antara"));
    expect(cleaned.body).toBe([LEAD, MORE, LAST].join("\n\n"));
    expect(cleaned.hints.source).toBe("Antara");
  });
});
