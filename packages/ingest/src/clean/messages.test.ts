import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { chatFrame, isPostStamp, messageFurniture } from "./messages.js";

const item = [
  "Chile and Viet Nam agree to open talks on a trade protocol",
  "SANTIAGO, May 4 (EFE) - Chile and Viet Nam agreed on Thursday to open talks on a new trade protocol covering wine, fruit and seafood.",
  "The two trade ministers said the protocol should be ready before the end of next year, officials in Santiago said.",
  '"Our exporters have waited for this for a long time," Chile\'s trade minister told reporters after the meeting.',
  "Two-way trade reached about 1.6 billion dollars last year, according to Chilean customs figures.",
];

describe("a news item reposted inside a list's or a group's messages", () => {
  it("keeps the forwarded item and drops the forwarder's note, the header and what follows the closing marker", () => {
    const page = [
      "Andes-Asia List",
      "Subject: [andes-asia] FW: Chile and Viet Nam agree to open talks",
      "Hello all,",
      "Sending this on for the Thursday reading group. The customs figure at the end is worth a look.",
      "Rosa",
      "-----Original Message-----",
      "From: EFE English Service [mailto:english@efe-wire.example.com]",
      "Sent: Friday, May 05, 2023 9:02 AM",
      "To: rosa@example.cl",
      ...item,
      "--- End forwarded message ---",
      "Reply Forward",
    ];
    const furniture = messageFurniture(page);
    expect([...furniture].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15]);
    const cleaned = cleanArticle(page.join("\n"));
    expect(cleaned.body).toContain("Our exporters have waited");
    expect(cleaned.body).not.toContain("Sending this on");
    expect(cleaned.body).not.toContain("mailto:");
    expect(cleaned.hints.title).toBe(item[0]);
  });

  it("drops the readers' replies under the item, keeping the item's signature for its credit", () => {
    const header = (name: string, day: string) => [
      `${name} View profile More options May ${day} 2023, 10:12 am`,
      "Newsgroups: soc.culture.chile",
      `From: ${name} <${name.toLowerCase().replace(" ", ".")}@example.com>`,
      `Date: Fri, ${day} May 2023 10:12:44 -0700`,
    ];
    const page = [
      ...header("Ana Ruiz", "5"),
      ...item,
      "-- EFE",
      "You must join this group before you can post.",
      ...header("Luis Vera", "6"),
      "> Our exporters have waited for this for a long time",
      "They said the same about the Korea deal in 2004. Let us see the text first.",
    ];
    const furniture = messageFurniture(page);
    expect(furniture.has(page.indexOf("-- EFE"))).toBe(false);
    expect(furniture.has(page.indexOf("You must join this group before you can post."))).toBe(true);
    expect(furniture.has(page.length - 1)).toBe(true);
    for (const line of item) expect(furniture.has(page.indexOf(line))).toBe(false);
  });

  it("leaves a story that quotes a mail's header alone", () => {
    const page = [
      ...item,
      "The ministry later released the message it had sent to the embassy:",
      "From: Directorate of Trade <dirtrack@example.cl>",
      "Sent: Wednesday, May 3, 2023 4:10 PM",
      "The talks will open in June.",
    ];
    expect(messageFurniture(page).size).toBe(0);
  });

  it("reads a forum post's stamp by its account name and day, not a sentence naming a date", () => {
    expect(isPostStamp("andes_reader, 05/05/2023")).toBe(true);
    expect(isPostStamp("Topic started by condor77, 5 May 2023.")).toBe(true);
    expect(isPostStamp("The talks open on 5 May 2023.")).toBe(false);
    expect(isPostStamp("Chile, 05/05/2023")).toBe(false);
  });
});

describe("a story pasted into a chat app's log", () => {
  const headline = "Laos and Thailand plan second Mekong rail bridge";
  const lead =
    "Laos and Thailand agreed on Tuesday to build a second rail bridge across the Mekong River, the two foreign ministers said after their talks.";
  const more =
    "The bridge is expected to cut freight costs for farmers on both banks and open in three years, officials from both ministries said.";

  it("keeps only the story's message, from its headline on, in a group chat with named senders", () => {
    const page = [
      "Mekong desk",
      "Anna B, Tom K, You",
      "Messages and calls are end-to-end encrypted. Nobody outside this chat can read them.",
      "[09:10, 03/05/2022] Anna B: who has the bridge story?",
      "[09:12, 03/05/2022] Tom K: Forwarded",
      "link preview of the piece - Example News",
      "[09:13, 03/05/2022] Tom K: Forwarded",
      "whole text below, the site is down for me",
      headline,
      lead,
      more,
    ];
    const { furniture, text } = chatFrame(page);
    expect([...furniture].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(text.size).toBe(0);
  });

  it("reads a one-sender log stamped by the clock alone, the story starting on its stamp line", () => {
    const page = [
      "Chat history with Example News",
      "07:00 Example News Good morning! Tap the menu for today's headlines.",
      "07:01 Example News [Rich menu] Headlines | Video | Weather",
      `12:00 Example News "${headline}`,
      lead,
      more,
      "12:01 Example News [Link] https://news.example.org/bridge",
      "20:00 Example News Tonight's weather: rain in the north.",
    ];
    const { furniture, text } = chatFrame(page);
    expect(text.get(3)).toBe(headline);
    expect([...furniture].sort((a, b) => a - b)).toEqual([0, 1, 2, 6, 7]);
  });

  it("leaves a live page's timed entries alone: their openings are not one sender's name", () => {
    const page = [
      "10:05 Leaders arrive at the summit venue for the opening session.",
      lead,
      "10:40 The two foreign ministers sign the bridge agreement in front of reporters.",
      more,
      "11:15 Officials say the next meeting will be held in Bangkok.",
    ];
    expect(chatFrame(page).furniture.size).toBe(0);
  });
});

describe("a live page's clock-stamped entries are no chat log", () => {
  it("leaves entries stamped with the half of the day and running over several lines", () => {
    const entry = (clock: string, head: string) => [
      `${clock} AM ET ${head}`,
      "The two foreign ministers met in Vientiane on Tuesday and agreed to build a second rail bridge, officials said.",
      "Freight costs for farmers on both banks are expected to fall once it opens in three years, the ministry said.",
    ];
    const page = [...entry("9:05", "Ministers meet"), ...entry("9:40", "Bridge agreed"), ...entry("10:15", "Costs")];
    expect(chatFrame(page).furniture.size).toBe(0);
  });
});
