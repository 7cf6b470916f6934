import { describe, expect, it } from "vitest";
import { isNamesAtOccasion, splitCaptions } from "./captions.js";
import { isScriptDateStamp, readDateline } from "./datelines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Edges of pages read in translation or from wires in other languages (round 19): each shape is told by its form —
// a bracket touching the next capital, "=" between a place and an agency, dates in CJK signs, a single word alone
// between paragraphs — never by the words of one page.

const THIRD =
  "Both sides also agreed to open a customs post at the new bridge and to share its maintenance costs equally.";

describe("a caption glued to the lead by its closing bracket", () => {
  it("splits the caption off when its bracketed credit touches the lead's first capital", () => {
    const caption =
      "The Laos and Thailand foreign ministers shake hands after the Mekong talks (Tuesday, Ministry Photo Unit)";
    const cleaned = clean(lines(TITLE, `${caption}${LEAD}`, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.noise.some((n) => n.kind === "caption" && n.text === caption)).toBe(true);
  });

  it("never takes a dateline glued to its sentence for a caption", () => {
    const cleaned = clean(lines(TITLE, `VIENTIANE, Laos, March 4 (KPL)${LEAD}`, MORE));
    expect(cleaned.noise.filter((n) => n.kind === "caption")).toEqual([]);
    expect(cleaned.body).toContain("Laos and Thailand agreed");
  });

  it("keeps a bracket in running text that touches no capital", () => {
    const paragraph =
      "The Mekong River Commission (MRC) said on Tuesday that the two governments had consulted it on the bridge's design.";
    expect(clean(lines(TITLE, LEAD, paragraph, MORE)).body).toBe([LEAD, paragraph, MORE].join("\n\n"));
  });
});

describe("wire datelines of Korean and Chinese agencies", () => {
  it("reads '(Place=Agency) Reporter <Name> =' as the dateline and its agency", () => {
    const dateline = readDateline(`(Seoul=Yonhap News) Reporter Park Min-ji = ${LEAD}`);
    expect(dateline?.outlet).toBe("Yonhap");
    expect(dateline?.rest).toBe(LEAD);
  });

  it("reads '<Agency>, <Place>, <Day> (Reporters …)' as the dateline and its agency", () => {
    const dateline = readDateline(`Xinhua News Agency, Vientiane, March 4 (Reporters Li Wei and Zhang Hua) ${LEAD}`);
    expect(dateline?.outlet).toBe("Xinhua");
    expect(dateline?.rest).toBe(LEAD);
  });

  it("reads no dateline from an unknown name before '=' or a sentence opening on a place", () => {
    expect(readDateline(`(x=y) ${LEAD}`)).toBeNull();
    expect(readDateline(`Vientiane, March 4, was the day ${LEAD}`)?.outlet ?? null).toBeNull();
  });
});

describe("stamps and slots of the page", () => {
  it("drops a date stamp in Chinese or Korean signs with its clock and update label", () => {
    expect(isScriptDateStamp("2023年11月27日 19:42 (2023年11月27日 21:05 updated)")).toBe(true);
    expect(isScriptDateStamp("2025년 8월 11일 16:05")).toBe(true);
    expect(isScriptDateStamp("2023年11月27日, the two leaders met in Tokyo")).toBe(false);
    const cleaned = clean(lines(TITLE, "2026年3月4日 10:15 (2026年3月4日 12:40 updated)", LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops a single word set alone between paragraphs of the story, but not a word the story uses", () => {
    expect(clean(lines(TITLE, LEAD, MORE, "Advertisement", THIRD)).body).toBe([LEAD, MORE, THIRD].join("\n\n"));
    const named = clean(lines(TITLE, LEAD, MORE, "Thailand", THIRD)).body;
    expect(named).toContain("\n\nThailand\n\n");
  });

  it("drops a line ending on a file's name, in a table row or alone", () => {
    expect(clean(lines(TITLE, LEAD, MORE, "| Attachment | 260304_Minister_Lao PDR.jpg |", THIRD)).body).toBe(
      [LEAD, MORE, THIRD].join("\n\n"),
    );
    expect(clean(lines(TITLE, LEAD, MORE, "Joint statement full text.pdf", THIRD)).body).toBe(
      [LEAD, MORE, THIRD].join("\n\n"),
    );
  });
});

describe("captions under the headline", () => {
  it("reads a bare media label opening the line as a caption of the whole line", () => {
    const line = "(Photo) Minister Saleumxay greeting Minister Maris at the ministry";
    expect(splitCaptions(line)).toEqual({ kept: "", captions: [line] });
    expect(splitCaptions("(Photo: KPL) Vientiane hosted the talks on Tuesday.").kept).not.toBe("");
  });

  it("reads names at an occasion without a stop as a caption only when asked to, above the lead", () => {
    const caption =
      "Lao Foreign Minister Saleumxay Kommasith and Thai Foreign Minister Maris Sangiampongsa during the talks";
    expect(isNamesAtOccasion(caption)).toBe(false);
    expect(isNamesAtOccasion(caption, true)).toBe(true);
    expect(clean(lines(TITLE, caption, LEAD, MORE)).body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops a caption closed by initials in brackets under the standfirst, before the lead", () => {
    const standfirst = "The two neighbours want the new crossing open before the end of the decade.";
    const caption = "The two ministers visit the bridge site near Nong Khai on March 3, 2026. (MFA)";
    const cleaned = clean(lines(TITLE, standfirst, caption, LEAD, MORE));
    expect(cleaned.body).not.toContain("(MFA)");
    expect(cleaned.body).toContain(LEAD);
  });

  it("drops a labelled byline under the standfirst", () => {
    const standfirst = "The two neighbours want the new crossing open before the end of the decade.";
    const cleaned = clean(lines(TITLE, standfirst, "Author: Somchai Phanthavong | desk@example.la", LEAD, MORE));
    expect(cleaned.body).not.toContain("Author:");
  });
});
