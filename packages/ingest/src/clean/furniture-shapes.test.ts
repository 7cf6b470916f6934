import { describe, expect, it } from "vitest";
import { parsePublishedDate } from "../metadata/dates.js";
import { normaliseText } from "../normalise/normalise.js";
import { fullerTitle } from "../read/html.js";
import { cleanArticle } from "./index.js";

const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const LEAD =
  "Laos and Thailand agreed on Tuesday to build a second rail bridge across the Mekong River, the two foreign ministers said after their talks.";
const MORE =
  "The bridge is expected to cut freight costs for farmers on both banks and open in three years, officials from both ministries said.";

const removed = (text: string) => clean(text).noise.map((n) => n.text);

describe("page furniture shapes", () => {
  it("drops a broadcaster's footer: keywords list, share bar, print and permalink lines, recommended headlines", () => {
    const cleaned = clean(
      lines(
        "Laos and Thailand plan second Mekong rail bridge",
        LEAD,
        MORE,
        "Keywords Laos, Thailand, Mekong, rail",
        "Send Facebook Twitter Google+",
        "Print Print this page",
        "Permalink https://example.org/p/abc123",
        "Radio Mekong recommends",
        "Floods close river ports upstream",
        "Audios and videos on the topic",
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.title).toBe("Laos and Thailand plan second Mekong rail bridge");
  });

  it("drops a labelled compact date line, a messenger share bar, a contact note and a most-viewed list", () => {
    const cleaned = clean(
      lines(
        "Laos and Thailand plan second Mekong rail bridge",
        "Posted on : Mar.14,2021 09:05 KST",
        "Modified on : Mar.14,2021 10:40 KST",
        "Facebook Twitter Kakaotalk Print Font size",
        LEAD,
        MORE,
        "Please direct questions or comments to [desk@example.org]",
        "Most viewed articles",
        "1. Markets rally on export figures",
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.noise).toContainEqual({ kind: "dateline", text: "Posted on : Mar.14,2021 09:05 KST" });
    expect(parsePublishedDate("Posted on : Mar.14,2021 09:05 KST")).toEqual({ date: "2021-03-14", precision: "day" });
  });

  it("drops enlarge prompts, 'Advertising', newsletter promos and sign-offs with editors' initials", () => {
    for (const line of [
      "Click to enlarge",
      "Advertising",
      "Don't miss out on the latest news and information.",
      "Enditem/kw",
      "ab/cd/efg",
    ])
      expect(removed(lines("Laos and Thailand plan second Mekong rail bridge", LEAD, line, MORE))).toContain(line);
  });

  it("keeps an agency tag in capitals as the story's source", () => {
    const cleaned = clean(lines("Laos and Thailand plan second Mekong rail bridge", LEAD, MORE, "VNA/VNS"));
    expect(cleaned.hints.source).toBe("VNA");
  });

  it("never takes skip links, live buttons or a one-a-line section menu for the title", () => {
    const cleaned = clean(
      lines(
        "Skip next section",
        "Watch Live",
        "Main Page",
        "Southeast Asia",
        "Markets",
        "On Air",
        "Laos and Thailand plan second Mekong rail bridge",
        LEAD,
        MORE,
      ),
    );
    expect(cleaned.hints.title).toBe("Laos and Thailand plan second Mekong rail bridge");
  });

  it("reads the agency from a Taiwanese dateline, a site's name line is no title", () => {
    const cleaned = clean(
      lines("Focus Taiwan", "Laos and Thailand plan second Mekong rail bridge", `TAIPEI, May 3 (CNA) — ${LEAD}`, MORE),
    );
    expect(cleaned.hints.title).toBe("Laos and Thailand plan second Mekong rail bridge");
    expect(cleaned.hints.source).toBe("CNA");
  });

  it("reads a Rappler sign-off as the source", () => {
    const cleaned = clean(lines("Laos and Thailand plan second Mekong rail bridge", LEAD, MORE, "– Rappler.com"));
    expect(cleaned.hints.source).toBe("Rappler");
  });

  it("does not take an agency credit closing a photo caption above the story as the story's source", () => {
    const caption =
      "The two ministers shake hands before their talks in Vientiane on May 2, 2024 in the foreign ministry. (Yonhap)";
    const cleaned = clean(lines("Laos and Thailand plan second Mekong rail bridge", caption, LEAD, MORE));
    expect(cleaned.hints.source).toBeNull();
    expect(cleaned.hints.outlet).toBeNull();
  });
});

describe("fullerTitle", () => {
  it("prefers the page headline when the share title stops part-way through it", () => {
    expect(
      fullerTitle("Laos and Thailand plan rail bridge", "Laos and Thailand plan rail bridge as ministers meet"),
    ).toBe("Laos and Thailand plan rail bridge as ministers meet");
  });
  it("keeps the share title against a heading that only adds a site suffix or differs", () => {
    expect(fullerTitle("Laos and Thailand plan rail bridge", "Laos and Thailand plan rail bridge - Mekong News")).toBe(
      "Laos and Thailand plan rail bridge",
    );
    expect(fullerTitle("Laos plans bridge", "Thailand plans bridge")).toBe("Laos plans bridge");
  });

  it("drops a breadcrumb trail from the home page that ends in the headline, and takes the headline below it", () => {
    const cleaned = clean(
      lines(
        "Home » Business » Laos and Thailand plan second Mekong rail bridge",
        "Laos and Thailand plan second Mekong rail bridge",
        LEAD,
        MORE,
      ),
    );
    expect(cleaned.hints.title).toBe("Laos and Thailand plan second Mekong rail bridge");
    expect(cleaned.body).not.toContain("Home");
    expect(cleaned.body).toContain(LEAD);
  });

  it("drops sign-off furniture after a story: contributor notes, a reporter's e-mail, pagination, alert prompts, translation notes", () => {
    const cleaned = clean(
      lines(
        "Laos and Thailand plan second Mekong rail bridge",
        LEAD,
        MORE,
        "(Lao original by Somchai Keo, Vientiane Bureau)",
        "(reporter@example.com)",
        "— With assistance from Anna Lee and Tom Ng",
        "Continued 1 2",
        "Get WhatsApp alerts",
        "Terms & Conditions",
      ),
    );
    expect(cleaned.body).toBe(`${LEAD}\n\n${MORE}`);
  });
});
