import { describe, expect, it } from "vitest";
import { isCompilationNote, resolveSource } from "../metadata/sources.js";
import { printedHeadline } from "../metadata/titles.js";
import { normaliseText } from "../normalise/normalise.js";
import { readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 25: live blogs, press-briefing transcripts and speeches. A live blog's notification prompt, loading
// placeholder, key-events box and comment-community promotion; a briefing's info table row, box-bullet section
// markers, closing note and transcript disclaimer; datelines with the outlet in brackets beside its day; a
// "Sources: …" compilation line; the <h1> over a title worded otherwise.
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

const story = [
  "Vietnam and Indonesia agreed on Tuesday to resume talks on fisheries and on their maritime boundary next month.",
  "",
  "The two delegations met for a second day in Jakarta and reviewed the draft on patrol procedures for fishing boats.",
].join("\n");

describe("a live blog's furniture", () => {
  it("drops the notification prompt, the loader and the pinned headline above it", () => {
    const body = clean(
      [
        "Fisheries talks end early in Jakarta",
        "Comments",
        "Talks end early as delegations return to capitals",
        "Please allow a moment for the live blog to load",
        story,
        "Notifications can be managed in browser preferences.",
      ].join("\n"),
    );
    expect(body).not.toContain("Talks end early as delegations");
    expect(body).not.toContain("Please allow a moment");
    expect(body).not.toContain("Notifications can be managed");
    expect(body).toContain("resume talks on fisheries");
  });

  it("drops a key-events box and its pinned headlines", () => {
    const body = clean(
      [
        "Fisheries talks end early in Jakarta",
        "What you need to know",
        "Delegations review patrol rules",
        "Next round set for Hanoi",
        story,
      ].join("\n"),
    );
    expect(body).not.toContain("Delegations review patrol rules");
    expect(body).not.toContain("Next round set for Hanoi");
    expect(body).toContain("reviewed the draft");
  });

  it("drops a comment community's promotion and a glued double stamp", () => {
    const body = clean(
      [
        "Fisheries talks end early in Jakarta",
        "05/20/2023May 20, 2023",
        story,
        "Join thought-provoking conversations, follow other readers and see their replies",
      ].join("\n"),
    );
    expect(body).not.toContain("05/20/2023");
    expect(body).not.toContain("thought-provoking");
  });
});

describe("a briefing transcript's furniture", () => {
  it("drops the closing note, the disclaimer, box-bullet markers and a friend prompt", () => {
    const body = clean(
      [
        "Regular Press Briefing",
        "□ Opening Statement",
        story,
        "(The briefing was concluded at 3:02 p.m.)",
        "This transcript has been edited for clarity. The institute is not responsible for the views expressed.",
        "Suggest to a friend",
      ].join("\n"),
    );
    expect(body).not.toContain("Opening Statement");
    expect(body).not.toContain("concluded at");
    expect(body).not.toContain("edited for clarity");
    expect(body).not.toContain("Suggest to a friend");
  });

  it("drops an info table row of labelled fields", () => {
    const body = clean(["Regular Press Briefing", "| Date | 2023-06-15 | Hit | 1824 |", story].join("\n"));
    expect(body).not.toContain("1824");
  });

  it("drops a caption closed by a picture group's initials after a slash", () => {
    const body = clean(["Xi arrives in Hanoi", "The president arrives in Hanoi /CMG", story].join("\n"));
    expect(body).not.toContain("/CMG");
  });
});

describe("datelines with the outlet in brackets beside its day", () => {
  it("reads the outlet and its day in one bracket", () => {
    const line = readDateline("Metro Manila (CNN Philippines, November 13) — Leaders of the region met today.");
    expect(line?.outlet).toBe("CNN Philippines");
    expect(line?.rest).toBe("Leaders of the region met today.");
  });

  it("reads unlisted initials in brackets before the day, as printed", () => {
    const line = readDateline("PHNOM PENH (FN), July 11 - The two prime ministers held talks.");
    expect(line?.outlet).toBe("FN");
    expect(line?.rest).toBe("The two prime ministers held talks.");
  });
});

describe("sources", () => {
  it("reads a plural Sources line as a compilation, not a credit", () => {
    expect(isCompilationNote("Sources: Reuters, AFP, US State Department")).toBe(true);
    expect(isCompilationNote("Source: Reuters")).toBe(false);
  });

  it("names no source from a picture's credit on a compiled piece", () => {
    const resolved = resolveSource({
      cleaned: "Reuters",
      noise: [
        { kind: "caption", text: "The two leaders in Hanoi on Sept 10. PHOTO: REUTERS" },
        { kind: "byline", text: "Sources: Reuters, AFP, US State Department" },
      ],
      body: story,
      author: null,
      outlet: null,
      raw: null,
    } as never);
    expect(resolved).toBeNull();
  });

  it("takes an unlisted outlet named as the page's own site for its own staff", () => {
    const resolved = resolveSource({
      cleaned: "Harbour Courier",
      noise: [{ kind: "dateline", text: "Metro Manila (Harbour Courier, November 13) —" }],
      body: story,
      author: null,
      outlet: "Harbour Courier",
      raw: null,
    } as never);
    expect(resolved).toBeNull();
  });
});

describe("the printed headline", () => {
  it("takes the <h1> over a title worded otherwise for the same story", () => {
    expect(
      printedHeadline(
        "LIVE: 46th Asean Summit in Kuala Lumpur | The Star",
        "LIVE: Anwar opens 46th Asean Summit, membership date set",
      ),
    ).toBe("LIVE: Anwar opens 46th Asean Summit, membership date set");
  });

  it("keeps the title when the <h1> is a ministry's name or another story", () => {
    expect(printedHeadline("Regular Press Conference of the Ministry", "MINISTRY OF FOREIGN AFFAIRS OF VIET NAM")).toBe(
      "Regular Press Conference of the Ministry",
    );
    expect(printedHeadline("Vietnam and Japan sign rice deal", "Weather turns cold across the north")).toBe(
      "Vietnam and Japan sign rice deal",
    );
  });
});
