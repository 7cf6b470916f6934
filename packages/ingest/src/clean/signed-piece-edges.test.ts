import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";
import { withoutSiteSuffix } from "./title.js";

// Round 16: the page around opinion pieces, transcripts and reposted copies, read by the shape of its lines.

const THIRD =
  "Work on the approach roads is due to start next spring, and both governments will share the cost of the customs posts.";

describe("notes at a signed piece's edges", () => {
  it("drops a closing paragraph of authors' notes and a disclaimer, however many sentences it runs to", () => {
    const note =
      "Mara Lindqvist is a non-resident fellow at the Baltic Asia Centre. Keo Sophal is a lecturer in economics at a university in Phnom Penh. The views expressed are their own.";
    const cleaned = clean(lines(TITLE, LEAD, MORE, THIRD, note));
    expect(cleaned.body).toBe([LEAD, MORE, THIRD].join("\n\n"));
  });

  it("drops an authors' note set above the story, in capitals, with an e-mail after a name", () => {
    const note =
      "HELENA BROOK is Senior Fellow for Asia at a policy institute. Arjun Mehta (amehta@example.org) is a visiting scholar in Delhi.";
    const cleaned = clean(lines(TITLE, note, LEAD, MORE, THIRD));
    expect(cleaned.body).toBe([LEAD, MORE, THIRD].join("\n\n"));
  });

  it("keeps a closing paragraph introducing someone the story quotes by name", () => {
    const quoted = `"The bridge pays for itself in a decade," said Somsak Intharat. ${MORE}`;
    const intro = "Somsak Intharat is a transport economist at the Asian Institute of Technology.";
    const cleaned = clean(lines(TITLE, LEAD, quoted, THIRD, intro));
    expect(cleaned.body).toContain(intro);
  });

  it("drops a note marked as a footnote wherever a printed page set it", () => {
    const note = "* Lena Osei is Visiting Fellow at a research institute. The author thanks two reviewers.";
    const cleaned = clean(lines(TITLE, LEAD, note, MORE, THIRD, `${THIRD} It will be the second such bridge.`));
    expect(cleaned.body).not.toContain("Lena Osei");
  });

  it("cuts a press release's closing 'About' blocks, not a subheading that opens with 'About'", () => {
    const about = ["About Riverline Logistics", "Riverline Logistics moves freight across the Mekong region."];
    const cleaned = clean(lines(TITLE, LEAD, MORE, THIRD, ...about, "Forward-looking statements", "Results may vary."));
    expect(cleaned.body).toBe([LEAD, MORE, THIRD].join("\n\n"));
    const subheading = ["About the bridge", "The bridge will carry two tracks and a road lane."];
    expect(clean(lines(TITLE, LEAD, MORE, THIRD, ...subheading)).body).toContain(subheading[1]);
  });
});

describe("printed copies, transcripts and live pages", () => {
  it("drops a running head set on every page with its page number", () => {
    const cleaned = clean(lines(TITLE, LEAD, "Policy Brief 2026/3 | 1", MORE, "Policy Brief 2026/3 | 2", THIRD));
    expect(cleaned.body).toBe([LEAD, MORE, THIRD].join("\n\n"));
  });

  it("drops time codes alone, before a transcript's turn, a date with a post's clock, and a chapter list", () => {
    const turn = "HOST: Laos and Thailand agreed on Tuesday to build a second rail bridge, officials said.";
    const cleaned = clean(
      lines(
        TITLE,
        "Feb. 3, 2026, 9:05 AM EST",
        "(00:00) Opening",
        "(03:12) What the U.S. said",
        LEAD,
        `[00:01:10] ${turn}`,
        "18:40 (IST)",
        MORE,
        "00:04:52",
        THIRD,
      ),
    );
    expect(cleaned.body).toBe([LEAD, turn, MORE, THIRD].join("\n\n"));
  });

  it("ends the story at a correction note written as a sentence about the piece, and at an endnotes heading", () => {
    const correction = "The brief was updated on March 3 to correct the length of the bridge.";
    expect(clean(lines(TITLE, LEAD, MORE, THIRD, correction)).body).toBe([LEAD, MORE, THIRD].join("\n\n"));
    const notes = ["Notes", "1 Ministry of Transport, annual report, 2025."];
    expect(clean(lines(TITLE, LEAD, MORE, THIRD, ...notes)).body).toBe([LEAD, MORE, THIRD].join("\n\n"));
  });
});

describe("titles of reposted and archived copies", () => {
  it("takes the line over the byline as the headline, over a site's name at the top", () => {
    const cleaned = clean(
      lines("Institute of Regional Affairs", "Blogs", "Regional Notes", TITLE, "by Mara Lindqvist", LEAD, MORE),
    );
    expect(cleaned.hints.title).toBe(TITLE);
  });

  it("drops a series number or a document code before the headline", () => {
    expect(withoutSiteSuffix(`CO25031 | ${TITLE}`)).toBe(TITLE);
    expect(withoutSiteSuffix(`Policy Notes #48 - ${TITLE}`)).toBe(TITLE);
    expect(withoutSiteSuffix(`G20 - ${TITLE}`)).toBe(`G20 - ${TITLE}`);
  });
});
