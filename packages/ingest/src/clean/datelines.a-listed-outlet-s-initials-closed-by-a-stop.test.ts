import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 58: a paper sets its own initials before the standfirst, closed by a full stop and with no dash ("TGVN. The
// …"); a listed outlet's initials so are its dateline. Sentences are the tests' own.
describe("a listed outlet's initials closed by a full stop", () => {
  it("open the lead as its dateline", () => {
    expect(readDateline("TGVN. Laos and Thailand opened a second bridge on Friday.")).toMatchObject({
      prefix: "TGVN.",
      rest: "Laos and Thailand opened a second bridge on Friday.",
      outlet: "The World and Vietnam Report",
    });
  });

  it("leave initials no list knows, and a sentence's first word, to the lead", () => {
    expect(readDateline("QRXT. Laos and Thailand opened a second bridge on Friday.")).toBeNull();
    expect(readDateline("Laos. Thailand opened a second bridge on Friday.")).toBeNull();
  });
});

describe("the story's own dateline under a standfirst so tagged", () => {
  it("is split off the lead with the caption glued before it", () => {
    const { body, hints } = cleanArticle(
      [
        "Laos and Thailand open a second bridge",
        "",
        "TGVN. The two neighbours opened a second bridge over the Mekong on Friday, a year ahead of plan.",
        "",
        "The two prime ministers cut the ribbon at the bridge. (Photo: VNA)Vientiane, May 4 – Officials from both sides gathered on the Lao bank for the opening ceremony.",
        "",
        "The bridge will carry both road and rail traffic when the line is finished.",
      ].join("\n"),
    );
    expect(hints.source).toBe("The World and Vietnam Report");
    expect(body).not.toContain("TGVN.");
    expect(body).not.toContain("(Photo: VNA)");
    expect(body).not.toContain("Vientiane, May 4 –");
    expect(body).toContain("Officials from both sides gathered on the Lao bank");
  });
});
