import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// A government release's history banner, a numbered press contact among its notes, and an event advert's pitch.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

const lead =
  "The trade minister today opened a new office in Da Nang to help small exporters find buyers for their goods across the region.";
const more =
  "The office will host six advisers and a small library of market studies, and will run training days for firms every month.";

describe("a release's furniture read by its shape", () => {
  it("drops the banner saying which government published the page", () => {
    const banner = "This was published under the 2016 to 2019 Example Party government";
    const body = read(["Trade office opens in Da Nang", "Published", "3 May 2017", banner, lead, more]).body;
    expect(body).not.toContain("published under");
    expect(body).toContain(lead);
  });

  it("drops a numbered press contact under the notes", () => {
    const contact = "4. Press enquiries: Trade Office Media Desk 020 1234 5678";
    const body = read([lead, more, "Notes to editors", "1. The office is the third in the country.", contact]).body;
    expect(body).not.toContain("Media Desk");
    expect(body).toContain("The office is the third in the country.");
  });

  it("drops an advert's line pitching seats for an event", () => {
    const advert = "Autumn Exporters Breakfast Hanoi – reserve your table today!";
    const body = read([lead, "ADVERTISEMENT", advert, more]).body;
    expect(body).not.toContain("reserve your table");
    expect(body).toContain(more);
  });
});
