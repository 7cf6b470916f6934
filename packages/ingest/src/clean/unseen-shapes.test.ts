import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Shapes met on sites the cleaner had not been tuned on (issue 11): each test fails if the shape is read as story.

describe("furniture of unseen sites", () => {
  it("drops a caption closed by a capitalised credit after a dash, a bar or square brackets", () => {
    for (const caption of [
      "The two ministers shake hands at the ministry in Vientiane. - BERNAMA PIC",
      "The two ministers shake hands at the ministry in Vientiane. | KYODO",
      "The two ministers shake hands at the ministry in Vientiane on Friday. [JOINT PRESS CORPS]",
      "The two ministers shake hands in Vientiane. (HT PHOTO.)",
    ]) {
      const cleaned = clean(lines(TITLE, caption, LEAD, MORE));
      expect(cleaned.body, caption).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("keeps a sentence that only mentions a photo or ends in a lower-case dash phrase", () => {
    const sentence = "The ministers later posed for a group photo with students - a first for the annual talks.";
    expect(clean(lines(TITLE, LEAD, sentence, MORE)).body).toBe([LEAD, sentence, MORE].join("\n\n"));
  });

  it("drops both copies of a caption a page sets twice with its credit tag, keeping a repeated story line once", () => {
    const caption = "The two ministers meet in Vientiane on May 7, 2026. (PCO)";
    const cleaned = clean(lines(TITLE, caption, caption, LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.noise.filter((n) => n.kind === "caption").map((n) => n.text)).toEqual([caption, caption]);
  });

  it("reads a credit bar under the headline as the agency and drops it", () => {
    const cleaned = clean(lines(TITLE, "Xinhua | Updated: 2025-04-14 21:05", LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBe("Xinhua");
  });

  it("drops a desk credit bar naming no agency without reading a source from it", () => {
    const bar = "Newsroom Desk | Vientiane | Updated: 16-05-2025 17:53 IST | Created: 16-05-2025 17:53 IST";
    const cleaned = clean(lines(TITLE, bar, LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBeNull();
  });

  it("drops the teasers a site runs after the story, section name glued to headline and lead", () => {
    const cleaned = clean(
      lines(
        TITLE,
        LEAD,
        `${MORE}/.`,
        "Politics Vietnam, Laos seek closer exchange Ambassador Nguyen Phuong Nga met a visiting Lao delegation in Hanoi on October 5.",
        "Politics Ocean dialogue spotlights marine research Marine research plays a key role in protecting biodiversity, a dialogue heard.",
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("keeps a closing paragraph that opens with a section word used in a sentence", () => {
    const last = "Business leaders from both countries will meet in Vientiane next month to discuss the bridge.";
    const cleaned = clean(
      lines(TITLE, LEAD, MORE, "Politics aside, the project enjoys wide support among farmers.", last),
    );
    expect(cleaned.body).toContain(last);
    expect(cleaned.body).toContain("Politics aside");
  });

  it("drops an archive.today and a Google cache header, then finds the headline under them", () => {
    const archived = clean(
      lines(
        "archive.today",
        "webpage capture",
        "Saved from https://example.org/laos-thailand-bridge",
        "All snapshots from host example.org",
        "Webpage Screenshot",
        "share download .zip report bug or abuse",
        TITLE,
        LEAD,
        MORE,
      ),
    );
    expect(archived.hints.title).toBe(TITLE);
    expect(archived.body).toBe([LEAD, MORE].join("\n\n"));
    const cached = clean(
      lines(
        "This is Google's cache of https://example.org/bridge. It is a snapshot of the page as it appeared on 12 Mar 2025 09:12:03 GMT.",
        "Full version",
        "Text-only version",
        "View source",
        "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
        TITLE,
        LEAD,
        MORE,
      ),
    );
    expect(cached.hints.title).toBe(TITLE);
    expect(cached.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops reader widgets: listening speed, reading time, push prompts, JavaScript notes, channel invitations", () => {
    const cleaned = clean(
      lines(
        "JavaScript is off. Please enable to view full site.",
        "Example Times wants to start sending you push notifications. Click allow to subscribe",
        TITLE,
        "Reading Time:2 minutes",
        "Select Voice",
        "Choose your listening speed",
        "Get through articles 2-3x faster",
        "1.1x",
        "220 WPM",
        LEAD,
        "Story continues",
        MORE,
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "#Laos",
        "#Mekong River",
      ),
    );
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("reads an agency and an unlisted paper in capitals before a dash as the agency's dateline", () => {
    const dateline = readDateline(
      "ANN/VIENTIANE DAILY COURIER – Laos and Thailand agreed on Tuesday to build a bridge.",
    );
    expect(dateline?.outlet).toBe("ANN");
    expect(dateline?.rest).toBe("Laos and Thailand agreed on Tuesday to build a bridge.");
    expect(readDateline("ANN/some words here – Laos and Thailand agreed.")).toBeNull();
  });

  it("reads a listed place in title case before a colon and a capital as a dateline, not before a lower-case word", () => {
    expect(readDateline("New Delhi: Defence minister Rajnath Singh will visit Vietnam.")?.place).toBe("New Delhi");
    expect(readDateline("Hanoi: a city of lakes, hosted the summit.")).toBeNull();
  });

  it("reads an agency's name standing above the story as its source, below a dateline's agency", () => {
    expect(clean(lines("JIJI", TITLE, LEAD, MORE)).hints.source).toBe("Jiji");
    expect(clean(lines("JIJI", TITLE, `Vientiane (Kyodo) - ${LEAD}`, MORE)).hints.source).toBe("Kyodo");
  });

  it("drops a related-stories heading with several linked headlines set inside the story, keeping the story after it", () => {
    const third =
      "Construction will be financed by a loan from the two governments and a regional development bank, the ministers added.";
    const cleaned = clean(
      lines(
        TITLE,
        LEAD,
        "RELATED STORIES",
        "Vietnam and Laos open new border gate",
        "Floods close river ports upstream",
        MORE,
        third,
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE, third].join("\n\n"));
  });

  it("ends the story with a closing agency name in capitals", () => {
    const cleaned = clean(lines(TITLE, LEAD, `${MORE} REUTERS`));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBe("Reuters");
  });
});
