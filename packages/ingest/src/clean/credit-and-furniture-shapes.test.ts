import { describe, expect, it } from "vitest";
import { readByline, readStampedCredit } from "./bylines.js";
import { isCreditedCaption } from "./captions.js";
import { readDateline, readGluedDateline } from "./datelines.js";
import { closingTeasers } from "./related.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Shapes of wire copy as republished by scrapers, print views and mirrors (issue 11): credits and furniture that
// name or hide the story's source. Each test fails if the shape is read as story or its credit is lost.

describe("credits that name no 'By'", () => {
  it("reads a stamped credit line of names, outlet, place, section and date, never a sentence", () => {
    const credit = readStampedCredit(
      "Anna Lee and Minh Tran, The Jakarta Post, Jakarta | Headlines | Fri, June 28 2013",
    );
    expect(credit).toMatchObject({ author: "Anna Lee, Minh Tran", outlet: "The Jakarta Post" });
    expect(readStampedCredit("Anna Lee, the minister, said on Friday, June 28 2013 that talks went well.")).toBeNull();
  });

  it("removes a stamped credit above the story without taking the staff's own paper for the source", () => {
    const stamp = "Anna Lee, The Jakarta Post, Jakarta | Headlines | Fri, June 28 2013, 8:14 AM";
    const cleaned = clean(lines(TITLE, stamp, LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBeNull();
  });

  it("reads an agency's name before its writers as the story's source", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE), { author: "BLOOMBERG by Mark Brennan and Tran Thi Thu" });
    expect(cleaned.hints.source).toBe("Bloomberg");
  });

  it("takes 'Writer: AFP' for the agency and a staff byline for furniture naming no one", () => {
    const cleaned = clean(lines(TITLE, "Writer: AFP", LEAD, MORE));
    expect(cleaned.hints.source).toBe("AFP");
    expect(readByline("By Staff reporters March 7, 2024 | 05:40 pm GMT+7")).toEqual({ author: null, outlet: null });
  });

  it("credits an agency's unnamed staff, but not a paper's staff writer", () => {
    expect(clean(lines(TITLE, "By Reuters Staff", LEAD, MORE)).hints.source).toBe("Reuters");
    expect(clean(lines(TITLE, "MAI NGUYEN, Nikkei staff writer", LEAD, MORE)).hints.source).toBeNull();
  });

  it("drops a closing note on the author the page's author slot names", () => {
    const note = "Somsack Phommachanh is a reporter at the Laotian Times covering transport and trade.";
    const cleaned = clean(lines(TITLE, LEAD, MORE, note), { author: "By Somsack Phommachanh" });
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops a reporter's bare name or dashed name between the standfirst and the story", () => {
    const standfirst = "The bridge would be the second across the river between the two capitals, officials said.";
    for (const name of ["Phuong Lien", "- Tan Mei Ling"]) {
      const cleaned = clean(lines(TITLE, standfirst, name, LEAD, MORE));
      expect(cleaned.body, name).toBe([standfirst, LEAD, MORE].join("\n\n"));
    }
  });
});

describe("datelines and captions around them", () => {
  it("reads an outlet with its place as a dateline, and a listed place in capitals before an agency and a colon", () => {
    expect(readDateline("TEMPO.CO, Jakarta - Indonesia and Vietnam agreed")).toMatchObject({
      outlet: "Tempo",
      place: "Jakarta",
    });
    expect(readDateline("HANOI (Reuters): New Zealand and Vietnam")).toMatchObject({ outlet: "Reuters" });
    expect(readDateline("Question (Reuters): what next")).toBeNull();
  });

  it("splits a caption whose credit ends on a site's domain glued to the outlet's dateline", () => {
    const glued = readGluedDateline(
      "The minister speaks in Hanoi on January 5. Photo: Thanh Long/ Baoquocte.vnHanoi Times - Vietnam begins 2026 with 14 partners.",
    );
    expect(glued).toMatchObject({ outlet: "Hanoi Times", rest: "Vietnam begins 2026 with 14 partners." });
  });

  it("keeps the lead when a caption is glued to its dateline under a standfirst", () => {
    const standfirst = "The bridge would be the second across the river between the two capitals, officials said.";
    const glued = `The ministers meet in Vientiane on May 7. Photo: Minh Anh/ Baoquocte.vnHanoi Times - ${LEAD}`;
    const cleaned = clean(lines(TITLE, standfirst, glued, MORE));
    expect(cleaned.body).toBe([standfirst, LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBe("Hanoi Times");
  });

  it("drops a caption closed by an agency's name just above the dateline, and a mixed-case '— Bernama pic'", () => {
    const caption = "The two ministers review an honour guard in Vientiane, May 7, 2026. - Reuters";
    const cleaned = clean(lines(TITLE, caption, `VIENTIANE (Reuters): ${LEAD}`, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBe("Reuters");
    expect(isCreditedCaption("The two ministers at Perdana Putra in Putrajaya today. — Bernama pic")).toBe(true);
    expect(isCreditedCaption("The ministers met in Putrajaya today. — a first for the pair")).toBe(false);
  });
});

describe("furniture of scrapers, print views and mirrors", () => {
  it("drops breadcrumbs, previous/next links, read counters, comment prompts and error-report boxes", () => {
    const cleaned = clean(
      lines(
        `Current:Home > World news> ${TITLE} -Daily Market Watch`,
        TITLE,
        LEAD,
        MORE,
        "Previous:Thailand's central bank holds rate steady",
        "Next:Japan's trade surplus narrows for third month",
        "This news has been read 112 times in total",
        "ADD A COMMENT to TO THE NEWS",
        "Found a mistake in this article?",
        "Report it to us.",
        "Thank you for your report!",
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.title).toBe(TITLE);
  });

  it("drops share labels, reading-list prompts, bare reading times, refiling notes and an author box", () => {
    const cleaned = clean(
      lines(
        TITLE,
        "Spread the love",
        "Save articles to read later and create your own reading list.",
        "Listen to this article",
        "3 min",
        LEAD,
        MORE,
        "(This story has been refiled to fix a typo in paragraph 3)",
        "About The Author",
        "Jane Doe covers Southeast Asia for the site.",
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops a subscription pitch with its prices above the headline", () => {
    const pitch = [
      "Read unlimited with Magzter GOLD",
      "Get unlimited access to over 9,000 magazines for just",
      "$149.99",
    ];
    const cleaned = clean(lines(...pitch, "$74.99/Year", "Try GOLD - Free", TITLE, LEAD, MORE));
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("counts bulleted headlines closing the page as links, not a list in the story", () => {
    expect(
      closingTeasers([LEAD, "- Xi, Tokayev attend signing of documents", "- Shenzhou crew completes spacewalk"]),
    ).toBe(2);
    expect(closingTeasers([LEAD, "- The first point of the plan.", "- The second point of the plan."])).toBe(0);
  });

  it("drops a long story's running head set again where it continues", () => {
    const cleaned = clean(lines(TITLE, "By David Harlan", LEAD, "Continued 1 2", TITLE, "By David Harlan", MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("takes the site's name repeated below the story for its footer, an outlet's name under the headline for a credit", () => {
    const site = "Tuoi Tre News";
    expect(clean(lines(site, TITLE, LEAD, MORE, site)).hints.source).toBeNull();
    expect(clean(lines(site, TITLE, site, LEAD, MORE)).hints.source).toBe("Tuoi Tre News");
    expect(clean(lines(TITLE, LEAD, MORE, "Khmer Times")).hints.source).toBe("Khmer Times");
  });

  it("reads a mirror's date under the note the mirror sets above the copy", () => {
    const note =
      "This is Bing's cache of https://example.com/story. It is a snapshot of the page as it appeared on Feb 15.";
    const cleaned = clean(lines(note, ` date 2024-02-14 ${TITLE}`, LEAD, MORE));
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });
});
