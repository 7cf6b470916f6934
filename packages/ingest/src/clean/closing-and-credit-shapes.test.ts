import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isSlashCredit } from "./captions.js";
import { cleanArticle } from "./index.js";

// Shapes of issue 11's third pass: notes on the author, blog and comment furniture, credits in brackets, source lines
// naming news agencies after the outlet, date lines crediting an outlet. Each test fails if the shape is left as story.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Cambodia and Thailand reopen two border crossings";
const LEAD =
  "Cambodia and Thailand reopened two border crossings on Monday after a month of closures, officials from both countries said.";
const MORE =
  "Traders on both sides had asked for the crossings to reopen before the harvest, when most of the region's rice is moved.";
const STORY = [LEAD, MORE].join("\n\n");

describe("notes on the author after the story", () => {
  it("drops a note on the byline's author, and one with a cue when no byline names the author", () => {
    const note = "Dara Chan is a journalist based in Phnom Penh who covers trade and politics.";
    expect(clean(lines(TITLE, "By Dara Chan", LEAD, MORE, note)).body).toBe(STORY);
    expect(clean(lines(TITLE, LEAD, MORE, note)).body).toBe(STORY);
    expect(clean(lines(TITLE, LEAD, MORE, "The author is a senior fellow at a research institute.")).body).toBe(STORY);
  });

  it("drops a note whose name the copy set apart", () => {
    const note = "is a researcher on regional security based in Bangkok.";
    expect(clean(lines(TITLE, LEAD, MORE, note)).body).toBe(STORY);
  });

  it("keeps a closing paragraph about someone the story quotes", () => {
    const quoted = "Sok Vanna is a senior fellow at the Asian Vision Institute.";
    expect(clean(lines(TITLE, "By Dara Chan", LEAD, MORE, quoted)).body).toBe([LEAD, MORE, quoted].join("\n\n"));
  });
});

describe("blog and comment furniture", () => {
  it("drops a blog's name, tagline, post line, tag line and comment form, and takes the headline over the blog's name", () => {
    const cleaned = clean(
      lines(
        "Mekong Trade Watch",
        "Just another WordPress site",
        "Posted on March 4, 2025 by admin",
        TITLE,
        LEAD,
        MORE,
        "Filed under Asia, Trade Tagged Cambodia, Thailand, border",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Post Comment",
        "Proudly powered by WordPress",
      ),
    );
    expect(cleaned.body).toBe(STORY);
    expect(cleaned.hints.title).toBe(TITLE);
  });

  it("drops a newsletter box set inside the story and a follow prompt ending in a colon", () => {
    const cleaned = clean(
      lines(TITLE, LEAD, "Sign up for our newsletters", "Enter your email", "Subscribe", MORE, "Follow Mekong Daily:"),
    );
    expect(cleaned.body).toBe(STORY);
  });

  it("drops an attachment field, a previous/next line and an end marker closing the last paragraph", () => {
    const cleaned = clean(
      lines(
        TITLE,
        LEAD,
        `${MORE} *** End ***`,
        "Attachment: none",
        "Prev Laos hosts Mekong ministers Next Myanmar border talks resume",
      ),
    );
    expect(cleaned.body).toBe(STORY);
  });
});

describe("furniture lines anywhere around the story", () => {
  it("drops gallery counters, hashtags, footer contacts, paywall and feedback prompts, and previous/next links", () => {
    for (const line of [
      "Photo 1 of 5",
      "2 / 6",
      "#Cambodia #Thailand",
      "Address: 80 Lane Xang Avenue, Vientiane",
      "Tel: (856-21) 216 364 | Fax: (856-21) 216 365",
      "Email: info@example.la",
      "Editor-in-chief: Somsack Phommachanh",
      "Powered by Mekong Media",
      "You have 3 free articles left this month",
      "Was this article helpful?",
      "Next article Thailand eyes rail link",
      "Get our daily newsletter",
      "The views expressed in this article are those of the author.",
    ]) {
      expect(clean(lines(TITLE, LEAD, MORE, line)).body, line).toBe(STORY);
    }
  });

  it("keeps a story sentence that opens with a word a footer field uses", () => {
    const sentence = "Address issues at the border first, the Thai minister told reporters before the talks.";
    expect(clean(lines(TITLE, LEAD, MORE, sentence)).body).toBe([LEAD, MORE, sentence].join("\n\n"));
  });

  it("never takes a place line above the story for its headline", () => {
    expect(clean(lines("Vientiane, Laos", TITLE, LEAD, MORE)).hints.title).toBe(TITLE);
  });
});

describe("credits in brackets and after a copyright sign", () => {
  it("reads slash credits with a pool, a handout or an outlet on one side, not a pair of places", () => {
    expect(isSlashCredit("Mainichi/Pool")).toBe(true);
    expect(isSlashCredit("Courtesy of/Presidential Secretariat")).toBe(true);
    expect(isSlashCredit("Minh Hoang/Pool via Reuters")).toBe(true);
    expect(isSlashCredit("Phnom Penh/Bangkok")).toBe(false);
  });

  it("drops captions closed by a bracketed credit, with or without a stop before it", () => {
    for (const caption of [
      "The two ministers at the reopened crossing on Monday. (Mainichi/Pool)",
      "1/4 Trucks queue at the reopened crossing [Sok Heng/Pool via Reuters]",
      "The two ministers at the reopened crossing on Monday. © Reuters",
    ]) {
      expect(clean(lines(TITLE, caption, LEAD, MORE)).body, caption).toBe(STORY);
    }
  });

  it("reads no source from a photo's copyright sign", () => {
    const caption = "The two ministers at the reopened crossing on Monday. © Reuters";
    expect(clean(lines(TITLE, caption, LEAD, MORE)).hints.source).toBeNull();
  });

  it("keeps a copyright sign that closes the story's last paragraph", () => {
    const last = `${MORE} © Reuters`;
    expect(clean(lines(TITLE, LEAD, last)).body).toContain("harvest");
  });

  it("drops a copyright line set in brackets", () => {
    const line =
      "(Copyright 2009 Asia Times Online (Holdings) Ltd. All rights reserved. Please contact us about sales.)";
    expect(clean(lines(TITLE, LEAD, MORE, line)).body).toBe(STORY);
  });
});

describe("sources named by source lines and dated credits", () => {
  it("reads the outlet a source line names before the agencies it drew on", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "Source: Al Jazeera and news agencies"));
    expect(cleaned.body).toBe(STORY);
    expect(cleaned.hints.source).toBe("Al Jazeera");
  });

  it("reads a date line with an outlet in brackets as the story's credit", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "March 4, 2025 (Mainichi Japan)"));
    expect(cleaned.body).toBe(STORY);
    expect(cleaned.hints.source).toBe("Mainichi");
  });

  it("drops a byline under a standfirst and one run into the dateline", () => {
    const standfirst =
      "Both governments say the reopening will be watched closely by traders on both sides of the border.";
    expect(clean(lines(TITLE, standfirst, "By Dara Chan", LEAD, MORE)).body).toBe(
      [standfirst, LEAD, MORE].join("\n\n"),
    );
    const runIn = clean(lines(TITLE, `By Dara Chan PHNOM PENH - ${LEAD}`, MORE));
    expect(runIn.body).toBe(STORY);
    expect(runIn.hints.author).toBe("Dara Chan");
  });
});

describe("shapes of the eighth blind set", () => {
  it("reads a Gulf agency's dateline with an ordinal day and its closing credit line", () => {
    const cleaned = clean(
      lines(TITLE, `PHNOM PENH, 29th October, 2024 (WAM) -- ${LEAD}`, MORE, "WAM/Hatem Mohamed/Rasha Abubaker"),
    );
    expect(cleaned.body).toBe(STORY);
    expect(cleaned.hints.source).toBe("WAM");
  });

  it("drops a site's tagline and a paywall prompt, and reads a related heading behind a marker", () => {
    const tagline = "The official English news site of the Phnom Penh People's Committee";
    const cleaned = clean(
      lines(
        tagline,
        TITLE,
        LEAD,
        "Enjoying this article? Click here to subscribe for full access. Just $5 a month.",
        MORE,
        "▶ Related Articles",
        "Laos hosts Mekong ministers",
      ),
    );
    expect(cleaned.body).toBe(STORY);
    expect(cleaned.hints.title).toBe(TITLE);
  });

  it("keeps the story after a related block behind a marker, whose links are tagged or unfinished lines", () => {
    const links = ["[Editorial] Mekong diplomacy gains momentum", "Laos to host Mekong summit in Vientiane"];
    expect(clean(lines(TITLE, LEAD, "▶ Related Articles", ...links, MORE)).body).toBe(STORY);
  });

  it("keeps the story after a related block of up to six linked headlines set inside it", () => {
    const links = [
      "Laos opens dry port",
      "Thailand eyes rail link",
      "Cambodia signs canal deal",
      "Myanmar holds border talks",
    ];
    expect(clean(lines(TITLE, LEAD, "Related news", ...links, MORE)).body).toBe(STORY);
  });

  it("reads an agency's photo credit as the source only when the page names no other outlet", () => {
    const caption = "Trucks queue at the reopened crossing on Monday. (Photo: AP)";
    expect(clean(lines(TITLE, caption, LEAD, MORE)).hints.source).toBe("AP");
    expect(
      cleanArticle(normaliseText(lines(TITLE, caption, LEAD, MORE)), { outlet: "The Guardian" }).hints.source,
    ).toBeNull();
  });
});
