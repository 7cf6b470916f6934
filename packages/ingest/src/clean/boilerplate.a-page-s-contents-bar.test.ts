import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// A government page sets a contents bar under its label above the release: the sections' names between bars, which
// are the page's links, never the story's words.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

const headline = "New fund for water research with Vietnam";
const bar = "On this page: Summary | Water research | Student exchanges | Further information";
const lead =
  "The two governments today launched a fund of ten million dollars for joint research on river basins and drought.";
const more =
  "The fund will support forty projects over four years, chosen by a panel of scientists from both countries.";

describe("a page's contents bar", () => {
  it("goes as furniture", () => {
    const cleaned = read([headline, bar, lead, more]);
    expect(cleaned.body).not.toContain("Student exchanges");
    expect(cleaned.body).toContain(lead);
  });

  it("leaves a sentence that names sections without bars", () => {
    const line = "In this release: the fund, its panel and the first call for projects are set out below.";
    expect(read([headline, lead, line, more]).body).toContain(line);
  });
});
