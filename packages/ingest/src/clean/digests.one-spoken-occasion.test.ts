import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { titleSaysOneStory } from "./digests.js";
import { cleanArticle } from "./index.js";
import { relationsCues } from "./items.js";

// Round 46: a briefing's page records one spoken occasion; its numbered parts (the ministry's announcements, then the
// answers to reporters) are the briefing's, never a digest's items (test/READING.md: a transcript is read whole).
const namesVietnam = (text: string) => /viet\s?nam/iu.test(text);

describe("a title naming one spoken occasion", () => {
  it("says one story though it names neither the subject nor a cue of relations", () => {
    expect(
      titleSaysOneStory("Regular Press Briefing by the Spokesperson, 3 March 2021", [], namesVietnam, relationsCues),
    ).toBe(true);
    expect(titleSaysOneStory("Joint news conference of the two ministers", [], namesVietnam, relationsCues)).toBe(true);
    expect(titleSaysOneStory("Ferry timetable changes for the holiday", [], namesVietnam, relationsCues)).toBe(false);
  });

  it("yields to a digest's word in the title or over the body", () => {
    expect(titleSaysOneStory("Press briefings this week: news in brief", [], namesVietnam, relationsCues)).toBe(false);
    expect(
      titleSaysOneStory("Regular Press Briefing, 3 March 2021", ["TOP STORIES"], namesVietnam, relationsCues),
    ).toBe(false);
  });
});

describe("a briefing's page with numbered parts", () => {
  const page = [
    "Regular Press Briefing by Ministry Spokesperson Anna Berg on 3 March 2021",
    "",
    "On 3 March 2021, Ministry Spokesperson Anna Berg chaired the regular press briefing and took questions from reporters in the capital.",
    "",
    "1. Announcements of the Ministry",
    "",
    "At the invitation of Foreign Minister Karl Lind, the Foreign Minister of Chile will pay an official visit to Viet Nam from 8 to 10 March 2021.",
    "",
    "2. Replies to reporters",
    "",
    "Q: How does the ministry see the new fishing rules announced by the neighbouring state in waters claimed by Viet Nam last week?",
    "",
    "A: Viet Nam is studying the rules closely and will raise its concerns through diplomatic channels at the earliest opportunity, as it has always done.",
  ].join("\n");
  const cleaned = cleanArticle(normaliseText(page), {
    title: "Regular Press Briefing by Ministry Spokesperson Anna Berg on 3 March 2021",
  });

  it("keeps every part in the body and takes no part's heading for the item's headline", () => {
    expect(cleaned.hints.itemTitle).toBeUndefined();
    expect(cleaned.body).toContain("At the invitation of Foreign Minister Karl Lind");
    expect(cleaned.body).toContain("Viet Nam is studying the rules closely");
  });
});
