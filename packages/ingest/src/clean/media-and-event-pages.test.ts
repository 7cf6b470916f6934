import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import {
  isAudienceNote,
  isEventHours,
  isEventNote,
  isMediaHeading,
  isMoreInSections,
  isPlayerBar,
  isProductionCredits,
  isProgrammeItem,
  isResourceRow,
  isViewedDateLine,
  liveBlogOtherEntries,
} from "./media-and-event-pages.js";

const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n\n");

const TITLE = "Vietnam and Chile look to double trade at Lima meeting";
const LEAD =
  "Vietnam and Chile agreed on Friday to work towards doubling two-way trade within five years, the two trade ministers said after meeting on the sidelines of the regional forum in Lima.";
const MORE =
  "The ministers also discussed fruit exports and a direct shipping route between Valparaiso and Hai Phong, which Chilean exporters have sought for several years.";

describe("a media player's bar", () => {
  it("reads a player's clock, play mark, speed and controls as the player's", () => {
    expect(isPlayerBar("▶ 0:00 / 3:15  CC  HD  Fullscreen")).toBe(true);
    expect(isPlayerBar("► Play episode  1.5x  ⤓ Download  ⋯ Share")).toBe(true);
    expect(isPlayerBar("Like 52  Share  Embed  Add to playlist")).toBe(true);
  });

  it("does not read a story's words of sharing, or a line with a clock in a sentence, as a player", () => {
    expect(isPlayerBar("Share")).toBe(false);
    expect(isPlayerBar("Like and share")).toBe(false);
    expect(isPlayerBar("The talks ran from 9:00 / 11:30 and ended early.")).toBe(false);
  });

  it("reads another programme's episode, its show in brackets and its running time closing it, as the page's", () => {
    expect(isProgrammeItem("[Morning Brief] Can the Mekong states agree on dams? (18:05)")).toBe(true);
    expect(isProgrammeItem("[Morning Brief] The ministers met for two hours.")).toBe(false);
  });

  it("reads a date line closed by its view counter as the page's", () => {
    expect(isViewedDateLine("2021-04-07 08:12 KST  Views 3,410")).toBe(true);
    expect(isViewedDateLine("The clip drew views 3,410")).toBe(false);
  });
});

describe("an event page's rows and notes", () => {
  it("reads a row of resources, labelled or in brackets, as the page's", () => {
    expect(
      isResourceRow("Resources: Watch the video (58:10) | Read the transcript (PDF) | Listen on our podcast"),
    ).toBe(true);
    expect(isResourceRow("[ Register to attend ]  [ Register to watch online ]  [ Add to calendar ]")).toBe(true);
    expect(isResourceRow("Watch the event: Video (1:02:11) | Audio only | Transcript (PDF)")).toBe(true);
  });

  it("does not read a table's row or a headline with bars as resources", () => {
    expect(isResourceRow("Vietnam | 2024 | 12.5")).toBe(false);
    expect(isResourceRow("Watch: Chile and Vietnam sign a trade deal")).toBe(false);
  });

  it("reads an event's hours and its labelled practical notes as the page's", () => {
    expect(isEventHours("2:00 p.m. – 3:30 p.m. EDT")).toBe(true);
    expect(isEventHours("9:00 – 10:15 AM")).toBe(true);
    expect(isEventNote("Accessibility: The hall has step-free access.")).toBe(true);
    expect(isEventNote("Stay connected: Sign up for our monthly bulletin.")).toBe(true);
    expect(isEventNote("Trade: the two countries exchanged goods worth $2 billion.")).toBe(false);
  });

  it("reads a show's credits and its notes to readers and the press as the page's", () => {
    expect(isProductionCredits("Produced by Tran Minh. Music by Harbour Sound. Transcript edited for clarity.")).toBe(
      true,
    );
    expect(isProductionCredits("Produced by a state firm, the turbines were shipped to Ninh Thuan.")).toBe(false);
    // a long first sentence is read on its folded opening alone, with the same answer
    expect(
      isProductionCredits(
        "Produced by the Orrin Valley audio desk with reporting from three provinces over the dry season. Music by Lark Hill.",
      ),
    ).toBe(true);
    expect(
      isProductionCredits(
        "Producers across the Orrin Valley struggled with the long dry season this year. Music by Lark Hill.",
      ),
    ).toBe(false);
    expect(isAudienceNote("A full transcript of this conversation is available to our subscribers.")).toBe(true);
    expect(isAudienceNote("- Accredited journalists may pick up their passes at the press centre.")).toBe(true);
    expect(isAudienceNote("All sessions will be streamed live on the forum website.")).toBe(true);
    expect(
      isAudienceNote("This podcast is supported by listeners like you. Join as a member for early episodes."),
    ).toBe(true);
    expect(isMediaHeading("Show notes")).toBe(true);
    expect(isMediaHeading("Show notes on the trade talks were circulated")).toBe(false);
    expect(isAudienceNote("More than 2,000 accredited journalists covered the summit in Hanoi.")).toBe(false);
  });

  it("takes the speakers' bios and a list of dated events out of an event page, and keeps its summary", () => {
    const page = lines(
      TITLE,
      LEAD,
      MORE,
      "Speakers",
      "Tran Van An",
      "Former ambassador of Vietnam to Chile. He earlier served as consul general in Sydney.",
      "Maria Soto (Moderator)",
      "Senior Fellow, Andean Trade Program.",
      "Upcoming events",
      "Apr 04 | Mekong water and food security",
      "Apr 11 | The Pacific Alliance at twenty",
    );
    const { body } = clean(page);
    expect(body).toContain("doubling two-way trade");
    expect(body).toContain("direct shipping route");
    expect(body).not.toContain("consul general");
    expect(body).not.toContain("Maria Soto");
    expect(body).not.toContain("Andean Trade Program");
    expect(body).not.toContain("Pacific Alliance");
  });

  it("leaves a story's own heading over its prose, with no name or bio under it", () => {
    const page = lines(TITLE, LEAD, "Speakers", MORE);
    expect(clean(page).body).toContain("direct shipping route");
  });
});

describe("a live blog's entries that are not its story", () => {
  const entry = (clock: string, head: string, text: string) => [clock, head, text];
  const story = [
    ...entry(
      "16:20",
      "Leaders sign port deal",
      "The two leaders watched the signing of a port agreement worth about $1 billion at the presidential palace on Wednesday afternoon.",
    ),
    ...entry(
      "14:05",
      "Motorcade reaches the palace",
      "The visiting president's motorcade reached the presidential palace shortly after two o'clock, where a guard of honour was waiting in the rain.",
    ),
    ...entry(
      "11:30",
      "Elsewhere: Budget vote delayed at home",
      "Lawmakers at home postponed the budget vote to next week. Follow our Politics Hub for the latest from parliament.",
    ),
    ...entry(
      "10:10",
      "Talks open",
      "Delegations from both sides opened talks on trade and maritime cooperation at the government guesthouse in the capital this morning.",
    ),
    "PINNED 08:00",
    "Welcome to our live coverage of the state visit. This page refreshes automatically, with the newest posts at the top.",
  ];

  it("takes the welcome post and an entry headed or pointed as other news, with their clock heads", () => {
    const found = liveBlogOtherEntries(story);
    const taken = [...found].map((at) => story[at]);
    expect(taken).toContain("11:30");
    expect(taken).toContain("Elsewhere: Budget vote delayed at home");
    expect(taken).toContain("PINNED 08:00");
    expect(taken.some((line) => line?.startsWith("Welcome to our live coverage"))).toBe(true);
    expect(taken.some((line) => line?.includes("port agreement"))).toBe(false);
    expect(taken.some((line) => line?.includes("guard of honour"))).toBe(false);
  });

  it("reads an entry that sends the reader to another section of the site as other news", () => {
    const pointed = [
      ...story.slice(0, 6),
      "12:40",
      "Minister flies home early",
      "The foreign minister left the capital before the dinner to deal with the floods in the north. More on the floods in our national news section.",
      ...story.slice(9),
    ];
    const taken = [...liveBlogOtherEntries(pointed)].map((at) => pointed[at]);
    expect(taken).toContain("Minister flies home early");
  });

  it("reads nothing on a page with fewer than three clocked entries", () => {
    expect(liveBlogOtherEntries(story.slice(6, 9)).size).toBe(0);
  });
});

describe("a wire's frame around a release", () => {
  it("reads the issuer under its label and the pointer to more sections as the wire's, and keeps the headline", () => {
    const page = lines(
      "See more news releases in: Energy News, Trade News, Asia",
      TITLE,
      "Ministers expect to sign a fruit protocol; exporters hope for lower tariffs on wine",
      "News provided by",
      "Chile-Vietnam Business Council (CVBC)",
      LEAD,
      MORE,
    );
    const cleaned = clean(page);
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).not.toContain("Business Council");
    expect(isMoreInSections("More stories on: Diplomacy, Trade")).toBe(true);
    expect(isMoreInSections("More news on the summit is expected tomorrow.")).toBe(false);
  });
});

describe("a release's notes to editors", () => {
  it("takes a note defining a group by its members and a note on where the photos are, and keeps the notes' facts", () => {
    const fact = "The fund disbursed $40 million to the two provinces last year.";
    const page = lines(
      TITLE,
      LEAD,
      MORE,
      "Notes to editors",
      "The Andean Donor Circle comprises Chile, Peru, Colombia, Ecuador and Bolivia.",
      fact,
      "Pictures from the signing are available on the ministry's photo page.",
    );
    const { body } = clean(page);
    expect(body).not.toContain("Andean Donor Circle");
    expect(body).not.toContain("Pictures from the signing");
    expect(body).toContain(fact);
  });

  it("keeps a story's sentence naming a group's members when no notes heading stands over it", () => {
    const members = "The Andean Donor Circle comprises Chile, Peru, Colombia, Ecuador and Bolivia.";
    expect(clean(lines(TITLE, LEAD, members, MORE)).body).toContain(members);
  });
});
