import { describe, expect, it } from "vitest";
import { withoutSiteHeaderDate } from "./dates.js";

const line = (kind: string, text: string) => ({ kind, text });

// Round 27: a site's today-date over its menu against the article's own stamp under the headline. Lines written here.
describe("a site header's date under the article's own stamp", () => {
  it("drops the masthead's date when the headline carries its own stamp", () => {
    const noise = [
      line("boilerplate", "THE EXAMPLE REVIEW"),
      line("dateline", "Thursday, 3/12/2026"),
      line("boilerplate", "Home"),
      line("boilerplate", "Politics"),
      line("boilerplate", "World"),
      line("title", "Ten years of a partnership"),
      line("dateline", "14/8/2015 10:12 Print"),
    ];
    expect(withoutSiteHeaderDate(noise).map((item) => item.text)).not.toContain("Thursday, 3/12/2026");
  });

  it("keeps a date set just above the headline, with no menu between (a blog's date header)", () => {
    const noise = [
      line("boilerplate", "Home"),
      line("boilerplate", "Contact"),
      line("dateline", "Monday, November 4, 2019"),
      line("title", "Leaders meet in Bangkok"),
      line("dateline", "Posted November 5, 2019"),
    ];
    expect(withoutSiteHeaderDate(noise)).toHaveLength(noise.length);
  });

  it("keeps the header's date when nothing under the headline dates the story", () => {
    const noise = [
      line("dateline", "Thursday, 3/12/2026"),
      line("boilerplate", "Home"),
      line("boilerplate", "Politics"),
      line("title", "Ten years of a partnership"),
      line("byline", "By Jane Doe"),
    ];
    expect(withoutSiteHeaderDate(noise)).toHaveLength(noise.length);
  });
});
