import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 59: an outlet's one line about itself at the page's foot ("<Outlet>, the news division of <Group>, is the
// world's largest … provider") is the site's, not the story's. Sentences and names are the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));

const TITLE = "Laos and Vietnam open a joint flood warning centre";
const LEAD =
  "Laos and Vietnam opened a joint flood warning centre on Friday to share river data during the rainy season, officials from both sides said in Vientiane.";
const LAST = "The centre will send its first alerts to riverside villages in July, the officials said.";

describe("an outlet's line about itself", () => {
  it("is removed under the story", () => {
    const about =
      "Globewire, the news and media division of Meridian Holdings, is the world's largest multimedia news provider, reaching readers in every time zone.";
    const cleaned = clean([TITLE, "", LEAD, "", LAST, "", about].join("\n"));
    expect(cleaned.body).toBe([LEAD, LAST].join("\n\n"));
  });

  it("keeps a story's sentence on a firm that is the world's largest maker of something", () => {
    const sentence = "Kestrel Panels, the display unit of Kestrel Group, is the world's largest maker of flat screens.";
    const cleaned = clean([TITLE, "", LEAD, "", sentence, "", LAST].join("\n"));
    expect(cleaned.body).toContain(sentence);
  });
});
