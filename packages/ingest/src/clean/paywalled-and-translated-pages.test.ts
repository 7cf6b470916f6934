import { describe, expect, it } from "vitest";
import { isNavLine, isShareBar } from "./boilerplate.js";
import { splitBracketGluedCaption } from "./captions.js";
import { readDateline } from "./datelines.js";
import { clean, expectStoryOnly, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 50 (blind130's shapes): pages reached through a paywall, a browser's translation or a syndication portal.
// Sentences are the tests' own.
describe("a metered paywall's notes", () => {
  it("drops the note that the free-article limit is reached and that the story is for subscribers", () => {
    expectStoryOnly("bottom", "You've reached your free article limit.");
    expectStoryOnly("bottom", "You've hit your monthly article limit. Subscribe to keep reading.");
    expectStoryOnly("bottom", "This article is available to subscribers only.");
    expectStoryOnly("bottom", "The rest of this story is reserved for paying subscribers.");
  });

  it("drops a promotion closed by its button in capitals between the paragraphs", () => {
    expectStoryOnly("bottom", "Every market move, before the morning papers. LEARN MORE");
  });

  it("drops a bracketed advertisement slot", () => {
    expectStoryOnly("bottom", "[Advertisement]");
  });
});

describe("a share bar with the post button", () => {
  it("reads 'Share Post Email Print' as a share bar, not a subheading", () => {
    expect(isShareBar("Share   Post   Email   Print")).toBe(true);
    expect(isShareBar("Post Office Reform")).toBe(false);
  });
});

describe("translated wire datelines", () => {
  it("reads a Japanese wire's place-and-agency tag in square brackets", () => {
    expect(readDateline("[Tokyo Jiji] Laos and Thailand opened a bridge on Friday.")).toMatchObject({
      prefix: "[Tokyo Jiji]",
      outlet: "Jiji",
      place: "Tokyo",
    });
    expect(readDateline("[Tokyo Tower] Laos and Thailand opened a bridge.")).toBeNull();
  });

  it("reads a Korean wire's equals-sign tag in square brackets with its reporter", () => {
    expect(readDateline("[Seoul = Newsis] Reporter Park Min-ji = Laos and Thailand opened a bridge.")).toMatchObject({
      prefix: "[Seoul = Newsis] Reporter Park Min-ji =",
      outlet: "Newsis",
    });
  });

  it("reads a Chinese paper's translated dispatch tag as a place with no agency", () => {
    expect(readDateline("(Bangkok Comprehensive Electric) Laos and Thailand opened a bridge.")).toMatchObject({
      prefix: "(Bangkok Comprehensive Electric)",
      outlet: null,
      place: "Bangkok",
    });
  });
});

describe("a caption glued to a bracketed dateline tag", () => {
  const caption = 'Ministers of Laos and Thailand walk onto the new bridge "Friendship 2" over the Mekong (Pool photo)';
  it("splits the caption from the lead when the tag touches its credit", () => {
    const story =
      "Ministers of Laos and Thailand agreed on Tuesday to build a new bridge over the Mekong River, the two ministers said.";
    for (const tag of ["[Bangkok Jiji]", "(Bangkok Comprehensive Electric)"]) {
      const cleaned = clean(lines(TITLE, `${caption}${tag} ${story}`, MORE));
      expect(cleaned.body, tag).toBe([story, MORE].join("\n\n"));
    }
  });

  it("leaves whole a paragraph that quotes a sentence before the bracket", () => {
    const quoted =
      '"We will build the bridge together with our neighbours," the Lao minister told Thai reporters on Tuesday (file photo)(Bangkok Comprehensive Electric) The Lao minister told Thai reporters the bridge will open soon.';
    const echoed = () => true;
    expect(splitBracketGluedCaption(quoted, () => false, echoed)).toBeNull();
    const named = quoted.replace(
      '"We will build the bridge together with our neighbours,"',
      'On the bridge "Friendship 2",',
    );
    expect(splitBracketGluedCaption(named, () => false, echoed)?.rest).toMatch(/^\(Bangkok/);
  });
});

describe("a carrier's most-read list over the wire's lead", () => {
  it("drops the heading naming the wire and its headlines when the wire's dateline opens the next paragraph", () => {
    const page = lines(
      TITLE,
      "Most Read from Mekong Wire",
      "Rice Prices Climb as Dry Season Bites",
      "Bank Shares Slide on Rate Worries",
      `Vientiane (Reuters) - ${LEAD}`,
      MORE,
    );
    expect(clean(page).body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("a picture credited to its giver via the wire", () => {
  it("drops a caption closed by '(<Giver> via <Wire>)'", () => {
    const caption =
      "In this photo provided by the Lao News Agency, the two foreign ministers walk across the bridge in Vientiane, Tuesday, May 4. (Lao News Agency via AP)";
    expect(clean(lines(TITLE, caption, LEAD, MORE)).body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("a section and its subsection parted by a spaced slash", () => {
  it("is the page's trail, not a headline", () => {
    expect(isNavLine("Asia / Southeast Asia")).toBe(true);
    expect(isNavLine("Laos / Thailand bridge talks stall")).toBe(false);
  });
});
