import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 40: a broadcast bulletin's transcript heads its segments "SEGMENT 2 (02:10) - <headline>", "[04:10] <HEADLINE>"
// or "2. <headline>" between dividers; its presenters' names come back in every segment. It is a bulletin of segments,
// not one interview: the segment on Vietnam's foreign relations is the story and its head is the title.
const clean = (text: string) => cleanArticle(normaliseText(text));

const SEGMENTS = (head: (n: number, time: string, headline: string) => string) =>
  [
    "EVENING NEWS - TRANSCRIPT",
    "",
    head(1, "00:00", "Floods close roads in the north"),
    "ANNA LEE: Good evening. Heavy rain closed several roads in the northern districts today, and crews worked into the night to clear mud from the main highway.",
    "",
    "TOM REID: Most bus routes are running again tonight, but the weather office says more rain will fall until Thursday.",
    "",
    head(2, "02:10", "Korea and Vietnam sign a shipbuilding pact"),
    "ANNA LEE: Korea and Vietnam have signed a pact on shipbuilding and ports during talks in Hanoi between the two prime ministers. Our correspondent Tom Reid reports.",
    "",
    "TOM REID: Anna, the two leaders also agreed to raise trade and to open a new credit line for Vietnamese ports, officials in Hanoi said after the talks.",
    "",
    head(3, "05:25", "Markets close higher"),
    "TOM REID: Shares closed higher for a third day as exporters gained on a weaker currency, brokers said in their closing notes tonight.",
    "",
    "ANNA LEE: That's the news. I'm Anna Lee. Good night.",
  ].join("\n");

describe("a bulletin's transcript with headed segments", () => {
  it("keeps the segment on Vietnam under a 'SEGMENT n (time) - headline' head and titles it", () => {
    const page = clean(SEGMENTS((n, time, headline) => `SEGMENT ${n} (${time}) - ${headline}`));
    expect(page.body).toContain("pact on shipbuilding and ports");
    expect(page.body).not.toContain("Heavy rain closed");
    expect(page.body).not.toContain("Shares closed higher");
    expect(page.hints.itemTitle).toBe("Korea and Vietnam sign a shipbuilding pact");
  });

  it("keeps it under a '[time] HEADLINE' head", () => {
    const page = clean(SEGMENTS((_, time, headline) => `[${time}] ${headline.toUpperCase()}`));
    expect(page.body).toContain("pact on shipbuilding and ports");
    expect(page.body).not.toContain("Heavy rain closed");
    expect(page.hints.itemTitle).toBe("KOREA AND VIETNAM SIGN A SHIPBUILDING PACT");
  });

  it("keeps it under a numbered head set off by dividers", () => {
    const page = clean(SEGMENTS((n, _, headline) => ["----------", `${n}. ${headline}`, "----------"].join("\n")));
    expect(page.body).toContain("pact on shipbuilding and ports");
    expect(page.body).not.toContain("Heavy rain closed");
    expect(page.hints.itemTitle).toBe("Korea and Vietnam sign a shipbuilding pact");
  });

  it("leaves a briefing's numbered topics with a reporter's recurring questions whole", () => {
    const page = clean(
      [
        "1. The minister's visit to Seoul",
        "Reporter: Could you tell us more about the minister's visit to Seoul next week?",
        "",
        "The Spokesperson said the Foreign Minister would hold talks with his Korean counterpart on trade, labour and the coming summit, and would meet Vietnamese students in the capital.",
        "",
        "2. Citizen protection",
        "Reporter: What has the ministry done for the citizens hurt in the storm in Japan last week?",
        "",
        "The Spokesperson said the embassy in Tokyo had sent staff to the hospital the same night and that two Vietnamese citizens had already been discharged.",
      ].join("\n"),
    );
    expect(page.body).toContain("Vietnamese students in the capital");
    expect(page.body).toContain("two Vietnamese citizens had already been discharged");
  });
});
