import { describe, expect, it } from "vitest";
import { clean, LAST, LEAD, lines, MORE, STORY, storyPage, TITLE } from "./testing/story-parts.js";

// Furniture shapes surveyed across many outlets (issue 11, cleaning round 4): wire services, Gulf, African, South
// Asian and Latin American sites, government portals, aggregators and cache mirrors. Every wording is our own; each
// shape is tested in several, as different sites print it, and beside a story line of similar look that must stay.

// The story only, and its headline still read as the title.
function expectStoryOnly(where: "top" | "bottom" | "before", ...furniture: string[]): void {
  const cleaned = clean(storyPage(where, furniture));
  expect(cleaned.body, furniture.join(" / ")).toBe(STORY);
  expect(cleaned.hints.title, furniture.join(" / ")).toBe(TITLE);
}

function expectKept(line: string): void {
  expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toBe([LEAD, line, MORE, LAST].join("\n\n"));
}

describe("page furniture surveyed across outlets", () => {
  it("drops a labelled topics bar, whatever the label", () => {
    expectStoryOnly("bottom", "Trending Topics: Election Results, Monsoon Watch, Asia Cup");
    expectStoryOnly("bottom", "Hot topics | Fuel prices | Flood relief | Rail bridge");
    expectStoryOnly("top", "In focus: Mekong, ASEAN summit, rice exports");
    expectKept("In focus: the ministers said the bridge would open in 2029.");
  });

  it("drops a relative age stamp with a counter or a clock, and keeps a story's 'years ago'", () => {
    expectStoryOnly("top", "1 year ago 35");
    expectStoryOnly("top", "3 hours ago | 1,204");
    expectStoryOnly("top", "Sumaira FH 2 minutes ago Thu 02nd April 2020 | 12:15 PM");
    expectStoryOnly("top", "Desk Report 5 hours ago Mon 6th May 2024 | 09:40 AM PKT");
    expectKept("The bridge was first proposed 20 years ago.");
  });

  it("drops 'first published' and 'created' stamps in any case", () => {
    expectStoryOnly("bottom", "first published: May 05, 2023, 00:42 IST", "last updated: May 05, 2023, 00:42 IST");
    expectStoryOnly("bottom", "Originally published: 12 March 2024, 09:10");
    expectStoryOnly("top", "Created: 16-05-2025 17:53");
  });

  it("drops a site's call to read more of its news, and keeps a story's own reference", () => {
    expectStoryOnly("bottom", "Catch all the latest world news and updates here");
    expectStoryOnly("bottom", "Get the latest Asia headlines on kabarnews.com");
    expectStoryOnly("bottom", "Find more stories like this on our website.");
    expectKept("Read more about the plan in the ministry's statement, he said.");
  });

  it("drops a link label closed by a continuation mark", () => {
    expectStoryOnly("bottom", "Continue reading...");
    expectStoryOnly("bottom", "Read Entire Article");
    expectStoryOnly("bottom", "Continue reading »");
  });

  it("drops an empty comments widget in several languages", () => {
    expectStoryOnly("bottom", "No comments yet.");
    expectStoryOnly("bottom", "Leider kein Kommentar vorhanden!");
    expectStoryOnly("bottom", "Sin comentarios");
    expectStoryOnly("bottom", "Aucun commentaire");
    expectStoryOnly("bottom", "What do you think? Share your views in the comments below.");
    expectKept("No comments were made by either side on the loan terms.");
  });

  it("reads 'Agencies' after a dash under the story as a sign-off", () => {
    expectStoryOnly("bottom", "- Agencies");
    expectStoryOnly("bottom", "— AGENCIES");
    expectKept("Agencies from both countries will share customs data.");
  });

  it("drops a source line of names closed by a stop, and keeps a source's sentence", () => {
    expectStoryOnly("bottom", "Source: Mai Lan, Asia Media Group.");
    expectStoryOnly("bottom", "Source: Kabar News Agency.");
    expectKept("Source: officials in Vientiane said the cost had doubled.");
  });

  it("drops an agency's note that its site carries only part of its wire", () => {
    expectStoryOnly(
      "bottom",
      "Kabar Agency website contains only a portion of the news stories offered to subscribers in its wire service, and in summarized form. Please contact us for subscription options.",
    );
    expectStoryOnly(
      "bottom",
      "This website carries only a selection of the agency's daily reports; subscribers receive the full service.",
    );
  });

  it("drops a syndication note that opens with a clause", () => {
    expectStoryOnly(
      "bottom",
      "(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)",
    );
    expectStoryOnly(
      "bottom",
      "(Apart from the title, this article has not been edited by our desk and comes from a wire feed.)",
    );
  });

  it("drops a website builder's page markers and a takedown link", () => {
    expectStoryOnly("bottom", "bottom of page");
    expectStoryOnly("bottom", "DMCA");
    expectStoryOnly("bottom", "No items found.");
  });

  it("drops a cache mirror's banner above the page, read by its opener and its closers", () => {
    expectStoryOnly(
      "before",
      "This is Yandex's cached copy of the page https://kabar.com/news/123. It was saved on 4 June 2024 at 08:12 GMT+3.",
      "The page may have changed since then.",
    );
    expectStoryOnly(
      "before",
      "Saved from https://www.kabar.com/news/123",
      "no other snapshots from this url",
      "3 Jun 2024 10:04:11 UTC",
      "share download .zip report bug or abuse",
    );
    expectStoryOnly(
      "before",
      "This is Kabar Search's cached version of https://kabar.com/a/1 as it looked on 2 May 2024.",
    );
    expectKept("The current page of the agreement may have changed, an official said.");
  });

  it("drops a gallery's count of its pictures", () => {
    expectStoryOnly("top", "(3 photos)");
    expectStoryOnly("top", "12 images");
    expectKept("12 photos of the site were released by the ministry on Monday.");
  });

  it("drops a broadcaster's closing tag naming who reports", () => {
    expectStoryOnly("bottom", "Kabar TV's Jane Doe reports.");
    expectStoryOnly("bottom", "Voice of Asia reports.");
    expectStoryOnly(
      "bottom",
      "Jane Doe, Kabar News, reporting from Vientiane.".replace(", reporting from", " reports from"),
    );
    expectStoryOnly("bottom", "The Mekong Channel's Somchai Wong has more.");
    expectKept("The Lao foreign ministry reports.");
  });

  it("drops an outlet's certification or press-standards membership, and keeps a story's certification", () => {
    expectStoryOnly("bottom", "Kabar News is certified by the Journalism Trust Initiative.");
    expectStoryOnly("bottom", "Kabar Media is a member of the Independent Press Standards Organisation.");
    expectStoryOnly("bottom", "This newspaper is regulated by the Press Council and follows its code of practice.");
    expectKept("The port is certified by the International Maritime Organization.");
    expectKept("Thailand's side of the bridge has been certified by the press council as a reporting zone.");
  });

  it("drops an embedded post's label and its link", () => {
    expectStoryOnly("bottom", "A post shared by Kabar News (@kabarnews)");
    expectStoryOnly("bottom", "View this post on Instagram");
    expectStoryOnly("bottom", "A video shared by Foreign Office Laos (@mofa_laos)");
    expectKept("A post shared by the minister on Facebook showed the two men at the site.");
  });

  it("drops an invitation to learn more about the site", () => {
    expectStoryOnly("bottom", "Learn more about our editorial standards");
    expectStoryOnly("bottom", "Learn more about how we cover the region");
    expectKept("Learn more about how the loan works, the ministry urged farmers in a notice.");
  });

  it("drops a label left without its value and a breadcrumb run together", () => {
    expectStoryOnly("top", "| Published on:");
    expectStoryOnly("top", "Updated:");
    expectStoryOnly("top", "HomeWorldLaos and Thailand plan...");
    expectStoryOnly("top", "HomeNewsAsia");
  });

  it("drops an aggregator's record id, its legal disclaimer and a 'provides as is' note", () => {
    expectStoryOnly("bottom", "KABARNET14092023000071011013ID1107071021");
    expectStoryOnly(
      "bottom",
      "Legal Disclaimer:",
      'KABARNET supplies this content "as is", without warranty of any kind, and accepts no liability for its accuracy.',
    );
    expectStoryOnly(
      "bottom",
      "The publisher does not accept any responsibility for the accuracy of the information contained in this article.",
    );
  });

  it("drops a site describing itself and an invitation to write in with an address", () => {
    expectStoryOnly("bottom", "Kabar News is the country's leading English-language daily.");
    expectStoryOnly("bottom", "Got a news tip? Email us at tips@kabar.com");
    expectStoryOnly("bottom", "Send your feedback to feedback@kabar.com");
    expectStoryOnly("bottom", "Video clip is available here");
    expectStoryOnly("top", "Listen to article (2 min)");
  });

  it("drops an editor's initials before a bracketed tag and a lower-case '(end)' closing the story", () => {
    expectStoryOnly("bottom", "ab/cd (KNA)");
    const cleaned = clean(lines(TITLE, LEAD, MORE, `${LAST} (end)`, "mk.hb"));
    expect(cleaned.body).toBe(STORY);
  });

  it("drops a run of bulleted topic names under the story, and keeps a list the story introduces", () => {
    expectStoryOnly("bottom", "• Ambassador", "• Ukraine", "• Trade", "• Trending Laos");
    const listed = lines(TITLE, LEAD, MORE, "The deals cover:", "• Energy", "• Transport", "• Health");
    expect(clean(listed).body).toContain("• Transport");
  });

  it("drops a site header's city, day and clock, and the place line under a byline", () => {
    expectStoryOnly("top", "Vientiane, January 19th 2026 - 06:57 UTC");
    expectStoryOnly("top", "Bangkok, Tuesday, May 7, 2024 - 10:15 ICT");
  });

  it("reads a place in capitals with a colon alone on its line as the story's dateline", () => {
    const cleaned = clean(lines(TITLE, "VIENTIANE:", LEAD, MORE, LAST));
    expect(cleaned.body).toBe(STORY);
  });

  it("reads an agency after a day with no place, after a comma, and inside a carrier's bracket", () => {
    for (const [opening, agency] of [
      ["Mar 23 (NHK) - ", "NHK"],
      ["Accra, April 9, GNA - ", "GNA"],
      ["ISLAMABAD, (UrduPoint / Pakistan Point News / APP - 14th May, 2024) ", "APP"],
      ["DOHA, (Gulf Wire / KNA - 2nd June, 2024) ", "KNA"],
    ] as const) {
      const cleaned = clean(lines(TITLE, `${opening}${LEAD}`, MORE, LAST));
      expect(cleaned.body, opening).toBe(STORY);
      expect(cleaned.hints.source, opening).toBe(agency);
    }
  });

  it("drops a caption above the story closed by unlisted initials in brackets", () => {
    const caption = "The two ministers shake hands at the ministry in Vientiane on Tuesday. (KPA)";
    expectStoryOnly("top", caption);
    expectStoryOnly("top", "Foreign Minister Saleumxay Kommasith meets his Thai counterpart in Vientiane. (MFA)");
  });

  it("passes over a section's name above the headline", () => {
    // The section shares words with the lead ("Mekong River"), as a country's section does with a story about it.
    const cleaned = clean(lines("Kabar News", "Mekong River", TITLE, LEAD, MORE, LAST));
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe(STORY);
  });
});

describe("syndication, paywall and comment furniture surveyed across outlets", () => {
  it("drops a feed's 'appeared first on' line and republication notes", () => {
    expectStoryOnly("bottom", `The post ${TITLE} appeared first on Kabar News.`);
    expectStoryOnly("bottom", "Originally published by Kabar Times. Republished with permission.");
    expectStoryOnly("bottom", "Reproduced here with kind permission of the Mekong Review");
    expectKept("Reprinted with permission from the ministry, the map shows the planned route.");
    expectKept("Originally published in Lao, the statement was translated by the embassy.");
  });

  it("drops a contributor note set after a dash", () => {
    expectStoryOnly("bottom", "— With reporting by Jane Doe in Bangkok");
    expectStoryOnly("bottom", "- With additional reporting from Somchai Wong");
  });

  it("drops paywall and sign-in prompts for reading and commenting", () => {
    expectStoryOnly("bottom", "Subscribe now for unlimited access");
    expectStoryOnly("bottom", "To continue reading, please log in or subscribe.");
    expectStoryOnly("bottom", "Please log in to leave a comment.");
    expectStoryOnly("bottom", "You must be logged in to post a comment.");
    expectStoryOnly("bottom", "Comments are moderated and will appear after approval.");
    expectKept("Comments are moderated by the ministry, a spokesman said, adding that the portal would open in June.");
  });

  it("drops calls to message the newsroom or scan its code, and a bracketed note on the writer", () => {
    expectStoryOnly("bottom", "WhatsApp us your news tips on +856 20 5555 1234");
    expectStoryOnly("bottom", "Scan the QR code to follow us on WeChat");
    expectStoryOnly("bottom", "(The writer is a Vientiane-based journalist.)");
    expectKept("Message us, the minister told farmers, and we will answer.");
  });
});

describe("embedded posts quoted in another language", () => {
  it("drops a post's text on the line before its attribution when it is not English or carries a post's marks", () => {
    for (const post of [
      "แถลงข่าวร่วมหลังการประชุมที่เวียงจันทน์ วันนี้",
      "Hai bộ trưởng đã thảo luận về cây cầu mới.",
      "Les deux ministres ont discuté du nouveau pont.",
      "Great talks today on the new bridge #LaosThailand",
    ]) {
      const cleaned = clean(lines(TITLE, LEAD, post, "— Foreign Ministry (@MOFA_LA) 7 May 2024", MORE, LAST));
      expect(cleaned.body, post).toBe(STORY);
    }
  });

  it("keeps a story's English line just before an attribution and a line introducing the post", () => {
    const alone = clean(lines(TITLE, LEAD, "— Foreign Office (@ForeignOfficeLA) May 4, 2023", MORE, LAST));
    expect(alone.body).toBe(STORY);
    const intro = "The Thai foreign ministry wrote on X:";
    const introduced = clean(lines(TITLE, LEAD, intro, "— Foreign Ministry (@MOFA_TH) May 7, 2024", MORE, LAST));
    expect(introduced.body).toBe([LEAD, intro, MORE, LAST].join("\n\n"));
  });
});

describe("datelines and search boxes of Latin American and African wires", () => {
  it("reads an agency's initials after a place and day with no dash, and a day written with a slash and year", () => {
    for (const [opening, agency] of [
      ["VIENTIANE, Laos, Sep 26 (KPX) ", "KPX"],
      ["Vientiane April 22/2021 (KPX) ", "KPX"],
      ["Vientiane, Aug 23 (Prensa Latina) ", "Prensa Latina"],
    ] as const) {
      const cleaned = clean(lines(TITLE, `${opening}${LEAD}`, MORE, LAST));
      expect(cleaned.body, opening).toBe(STORY);
      expect(cleaned.hints.source, opening).toBe(agency);
    }
  });

  it("drops a search box's close link", () => {
    expectStoryOnly("top", "Close this search box.");
    expectStoryOnly("top", "Close search");
  });
});
