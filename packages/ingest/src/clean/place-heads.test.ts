import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { placeHead } from "./place-heads.js";

// Round 31: a roundup by place heads each item with the place it comes from; only the item on Vietnam's foreign
// relations is the story (test/READING.md, multi-item pages).
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

const STORY =
  "Vietnam and Chile agreed on Monday to open talks on a deeper trade partnership, the two foreign ministers said after talks in Santiago.";
const OTHERS = [
  "The central bank left its main rate unchanged for a third month as inflation eased to 2 percent.",
  "Farmers' groups marched on the parliament to protest a cut in diesel subsidies, police said.",
  "The football federation named a new coach for the national team before the regional cup.",
];

describe("the place heading an item", () => {
  it("reads a place alone, before a colon and before a spaced dash", () => {
    expect(placeHead("CANBERRA")).toBe("CANBERRA");
    expect(placeHead("Peru")).toBe("Peru");
    expect(placeHead("Bangkok: The central bank left its main rate unchanged.")).toBe("Bangkok");
    expect(placeHead("Cusco, Peru — Dancers parade through the old town.")).toBe("Cusco, Peru");
  });

  it("reads no place in a sentence, a speaker's label or a headline", () => {
    expect(placeHead("The minister said: we are ready.")).toBeNull();
    expect(placeHead("John Carter: We are ready.")).toBeNull();
    expect(placeHead("Chile and Vietnam to open trade talks")).toBeNull();
  });
});

describe("a roundup by place", () => {
  it("keeps the item on Vietnam and drops the items headed by other places", () => {
    const body = clean(
      [
        "Region at a glance",
        "",
        "Thailand",
        OTHERS[0],
        "",
        "Chile",
        STORY,
        "",
        "Indonesia",
        OTHERS[1],
        "",
        "Malaysia",
        OTHERS[2],
      ].join("\n"),
    );
    expect(body).toContain(STORY);
    for (const other of OTHERS) expect(body).not.toContain(other);
  });

  it("splits paragraphs that open on a place and a colon", () => {
    const body = clean(
      [
        "The week in review",
        "",
        `Bangkok: ${OTHERS[0]}`,
        "",
        `Santiago: ${STORY}`,
        "",
        `Jakarta: ${OTHERS[1]}`,
        "",
        `Kuala Lumpur: ${OTHERS[2]}`,
      ].join("\n"),
    );
    expect(body).toContain(STORY.slice(0, 40));
    for (const other of OTHERS) expect(body).not.toContain(other);
  });

  it("leaves a story whose dateline names one place whole", () => {
    const text = ["Chile and Vietnam open trade talks", "", `SANTIAGO — ${STORY}`, "", ...OTHERS].join("\n");
    const body = clean(text);
    for (const other of OTHERS) expect(body).toContain(other);
  });

  it("reads each dated entry of a report as an item, the day telling two at one place apart", () => {
    expect(placeHead("04/6/2023 – Lima")).toBe("04/6/2023 – Lima");
    const body = clean(
      [
        "Embassy activities in June",
        "",
        "04/6/2023 – Lima",
        OTHERS[0],
        "",
        "12/6/2023 – Lima",
        STORY,
        "",
        "20/6/2023 – Quito",
        OTHERS[1],
      ].join("\n"),
    );
    expect(body).toContain(STORY);
    expect(body).not.toContain(OTHERS[0]);
    expect(body).not.toContain(OTHERS[1]);
  });

  it("reads places listed under a heading of other items as that list's lines, not a roundup", () => {
    const story = [
      STORY,
      "The ministers also agreed to open a trade office in Hanoi and to meet again next year in Santiago.",
    ];
    const cleaned = cleanArticle(
      normaliseText(
        [
          "Also, what the talks say about Chile's trade plans.",
          "",
          "Chile and Vietnam open talks",
          "",
          ...story,
          "",
          "Here's what else is happening",
          "",
          `Thailand: ${OTHERS[0]}`,
          "",
          `Indonesia: ${OTHERS[1]}`,
          "",
          `Malaysia: ${OTHERS[2]}`,
        ].join("\n"),
      ),
      { title: "Talks in Santiago, Storms and More: Your Thursday Briefing" },
    );
    for (const line of story) expect(cleaned.body).toContain(line);
    // Read as a roundup, the story's headline would replace the briefing's own title.
    expect(cleaned.hints.itemTitle).toBeUndefined();
  });

  it("reads a factbox of places with their years, or a list of places one a line, as no roundup", () => {
    expect(placeHead("Peru – 2013")).toBeNull();
    const factbox = [
      "Chile and Vietnam open talks",
      "",
      STORY,
      "",
      "Partners of the region (year established)",
      "Peru – 2013",
      "Japan – 2014",
      "Italy – 2016",
      "Canada – 2018",
      "",
      "The ministers will meet again next year in Hanoi to review the first round of talks, officials said.",
    ].join("\n");
    const body = clean(factbox);
    expect(body).toContain(STORY);
    expect(body).toContain("meet again next year in Hanoi");
    const list = [
      "Chile and Vietnam open talks",
      "",
      STORY,
      "",
      "Peru",
      "Japan",
      "Italy",
      "Canada",
      "",
      OTHERS[0],
    ].join("\n");
    expect(clean(list)).toContain(OTHERS[0]);
  });
});
