import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 25: the furniture of analysis and commentary pages, read by the shape of its lines.

const STANDFIRST =
  "Both governments say the second bridge will double the freight the river crossing can carry by the end of the decade.";
const THIRD =
  "Work on the approach roads is due to start next spring, and both governments will share the cost of the customs posts.";

describe("analysis and commentary furniture", () => {
  it("drops co-authors' names set apart by a bar and their closing note", () => {
    const note = "Ann Holt is a visiting fellow at a policy institute. Tran Van Binh is a researcher in Hanoi.";
    const cleaned = clean(lines(TITLE, STANDFIRST, "Ann Holt|Tran Van Binh", LEAD, MORE, THIRD, note));
    expect(cleaned.body).toBe([STANDFIRST, LEAD, MORE, THIRD].join("\n\n"));
  });

  it("reads a byline with a title before the name and drops the author's post under it", () => {
    const cleaned = clean(
      lines(TITLE, STANDFIRST, "Dr Eleanor Marsh", "Senior Research Fellow, Asia-Pacific Programme", LEAD, MORE),
    );
    expect(cleaned.body).toBe([STANDFIRST, LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.author).toBe("Eleanor Marsh");
  });

  it("keeps a speech's salutation that opens on a titled name closed by a comma", () => {
    const cleaned = clean(lines(TITLE, "Dr Eleanor Marsh,", "Excellencies,", "Ladies and gentlemen,", LEAD, MORE));
    expect(cleaned.body).toContain("Dr Eleanor Marsh,");
    expect(cleaned.hints.author ?? null).toBeNull();
  });

  it("drops a labelled author's closing note when the byline was 'Author: <Name>'", () => {
    const note = "Ravi Menon is an associate fellow with a strategic studies programme.";
    const cleaned = clean(lines(TITLE, STANDFIRST, "Author: Ravi Menon", LEAD, MORE, THIRD, note));
    expect(cleaned.body).toBe([STANDFIRST, LEAD, MORE, THIRD].join("\n\n"));
  });

  it("drops numbered footnotes citing a work and the notes under them, keeping a note that tells the story", () => {
    const told = "[2] The vessels were formally pledged during the foreign minister's visit to Vientiane on 1 August.";
    const cited = lines("1 General Department of Customs, annual trade statistics, 2022.", "2 Author's interviews.");
    expect(clean(lines(TITLE, LEAD, MORE, THIRD, cited)).body).toBe([LEAD, MORE, THIRD].join("\n\n"));
    expect(clean(lines(TITLE, LEAD, MORE, THIRD, told)).body).toContain(told);
  });

  it("drops pull quotes, editor's markers, series notes, disclaimers, republish notices and sign-up pitches", () => {
    const furniture = [
      "Pull quote: 'A bridge is a promise in concrete.'",
      "[fold]",
      "This article is part of the series—Rivers and Borders",
      "This content is the responsibility of the author. The institute does not hold an institutional position.",
      "We believe in the free flow of information. Republish our articles for free under Creative Commons licence.",
      "Start your day right with our top stories",
    ] as const;
    const cleaned = clean(
      lines(TITLE, LEAD, furniture[0], furniture[1], MORE, furniture[2], THIRD, ...furniture.slice(3)),
    );
    expect(cleaned.body).toBe([LEAD, MORE, THIRD].join("\n\n"));
  });

  it("drops the site's note on itself under the story, opening on the name its first line gives", () => {
    const cleaned = clean(
      lines(
        "River Review",
        TITLE,
        LEAD,
        MORE,
        THIRD,
        "River Review is hosted by a school of public policy in Bangkok.",
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE, THIRD].join("\n\n"));
  });

  it("passes over a tagline under the site's name and a section the menu lists for the headline", () => {
    const page = lines(
      "RIVER REVIEW",
      "Analysis on the Mekong region",
      "Home",
      "Politics",
      "Economy",
      "Trade and transport",
      "About",
      "Research | Article",
      "Trade and transport",
      TITLE,
      LEAD,
      MORE,
    );
    expect(clean(page).hints.title).toBe(TITLE);
  });
});
