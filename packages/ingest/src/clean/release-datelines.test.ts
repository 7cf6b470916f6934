import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { readHyphenedRelease } from "./release-datelines.js";

// Round 47: a rating agency's or a firm's release opens on its name, the city and the day joined by hyphens, and
// closes on a contact block under a "Contact:" heading. Sentences are written for the tests.
describe("a firm's release", () => {
  it("reads '<Firm>-<City>-<day>:' opening the lead as a dateline naming no outlet", () => {
    const dateline = readHyphenedRelease(
      "Northgate Credit-Singapore-12 March 2019: Northgate Credit has affirmed Vietnam's rating at 'BB'.",
    );
    expect(dateline).toMatchObject({ prefix: "Northgate Credit-Singapore-12 March 2019:", outlet: null });
    expect(dateline?.place).toBe("Singapore");
    expect(dateline?.rest).toBe("Northgate Credit has affirmed Vietnam's rating at 'BB'.");
  });

  it("leaves a hyphened name whose middle is no listed city", () => {
    expect(readHyphenedRelease("Anglo-Saxon-12 March 2019: Nothing here opens a release.")).toBeNull();
  });

  it("drops the dateline and the contact block under the release", () => {
    const text = [
      "Northgate affirms Vietnam at 'BB'; outlook positive",
      "",
      "Northgate Credit-Singapore-12 March 2019: Northgate Credit has affirmed Vietnam's long-term rating at 'BB' with a positive outlook, citing strong growth in exports.",
      "",
      "The affirmation reflects strong external finances and a steady rise in foreign direct investment over the past three years.",
      "",
      "Public debt has stabilised at about 55% of GDP, in line with the median of peers in the same rating category.",
      "",
      "Contact:",
      "Lead Analyst",
      "Jane Roe",
      "Director",
      "+65 6000 0000",
      "",
      "More details are available on the firm's website",
    ].join("\n");
    const cleaned = cleanArticle(normaliseText(text));
    expect(cleaned.body.startsWith("Northgate Credit has affirmed")).toBe(true);
    expect(cleaned.body).toContain("in line with the median of peers");
    for (const line of ["Lead Analyst", "Jane Roe", "More details are available"])
      expect(cleaned.body).not.toContain(line);
  });
});
