import { describe, expect, it } from "vitest";
import { isTickerLine } from "./boilerplate.js";
import { readDateline } from "./datelines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";
import { withoutSiteSuffix } from "./title.js";

// Round 13: page shapes of unseen sets, each written here in other words; every test fails if the shape is misread.

describe("site mottos, tickers and republication notes", () => {
  it("drops the site's name with its motto under the story, and reads the story's last paragraph", () => {
    const motto = "Mekong Ledger - Weekly paper of the river provinces, voice of their traders and farmers";
    const cleaned = clean(lines("Mekong Ledger", "Monday, May 4, 2026", TITLE, LEAD, MORE, motto));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("strips the site's own name opening the lead as a dateline, in any case", () => {
    const cleaned = clean(lines("MEKONGLEDGER", "Monday, May 4, 2026", TITLE, `Mekongledger – ${LEAD}`, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("keeps a last paragraph that opens on a word also standing above the headline, without a separator", () => {
    const last = "Mekong traders welcomed the plan, saying the old bridge was crowded every harvest season.";
    const cleaned = clean(lines("Mekong", TITLE, LEAD, MORE, last));
    expect(cleaned.body).toBe([LEAD, MORE, last].join("\n\n"));
  });

  it("takes the headline under a ticker's line rather than the ticker's headlines", () => {
    const titleOf = (text: string) => clean(text).noise.find((n) => n.kind === "title")?.text;
    const menu = ["Home", "Politics", "Business", "Society", "World", "Culture"];
    for (const ticker of [
      "BREAKING: Floods close two border crossings | Rice prices rise for third week",
      "Hot news: River festival opens in Pakse with boat races",
    ]) {
      const page = lines(...menu, ticker, "Politics", TITLE, "Monday, May 4, 2026", LEAD, MORE);
      expect(isTickerLine(ticker), ticker).toBe(true);
      expect(titleOf(page), ticker).toBe(TITLE);
    }
    // A headline that only opens on a ticker's word is no ticker.
    expect(isTickerLine("Breaking the deadlock: Laos and Thailand agree on a bridge")).toBe(false);
  });

  it("drops a note of where the piece first ran, with or without its subject", () => {
    for (const note of [
      "First published by Mekong Wire.",
      "Originally published at mekongwire.example - This entry has 300 words.",
      "This commentary was first published in River Affairs, a quarterly, and is reproduced here in full.",
    ]) {
      expect(clean(lines(TITLE, LEAD, MORE, note)).body, note).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("keeps a story sentence on a first publication that runs on after a comma", () => {
    const sentence = "First published in 1958, the paper now prints editions in three languages for readers in Laos.";
    expect(clean(lines(TITLE, LEAD, sentence, MORE)).body).toBe([LEAD, sentence, MORE].join("\n\n"));
  });

  it("drops an agency's sign-off closed by a full stop, and a publisher's footer with its postal code", () => {
    const footer = "Mekong Ledger. River Road 12, Pakse. Postal Code 16000. All rights reserved.";
    const cleaned = clean(lines(TITLE, LEAD, `${MORE} — Xinhua.`, footer));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.outlet).toBe("Xinhua");
  });

  it("reads a dateline that names the country in square brackets after the city", () => {
    const read = readDateline(`Vientiane [Laos], May 5 (ANI): ${LEAD}`);
    expect(read?.outlet).toBe("ANI");
    expect(read?.rest).toBe(LEAD);
  });

  it("drops a call to stay up to date at a channel", () => {
    const call = "Stay up-to-date with more news at Mekong Wire's Telegram channel";
    expect(clean(lines(TITLE, LEAD, MORE, call)).body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("takes off a page title's sections listed with commas before the site's name", () => {
    expect(withoutSiteSuffix(`${TITLE} | Headlines, World, The Philippine Star`)).toBe(TITLE);
    const kept = `${TITLE} | Laos, Thailand and the river economy`;
    expect(withoutSiteSuffix(kept)).toBe(kept);
  });
});
