import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** A chronology of holders told entry by entry once the level is the topic. Own sentences. */
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-11-20" }).sort();

describe("a spoken timeline of holders", () => {
  it("gives each dated entry the top level a question about 'the top' set as the topic", () => {
    const body =
      "Which countries sit at the top for Vietnam today? The list was short for years. Chile came first in 2012, then Peru in 2019 and Mexico in 2024.";
    expect(read(body)).toEqual(["CL|CSP|2012", "MX|CSP|2024", "PE|CSP|2019"]);
  });

  it("carries the level on to the next timeline sentence and dates bare months by the year heading them", () => {
    const body =
      "For a decade the top tier held few names. Chile joined in 2012, and then in 2029 came a rush, with Peru in March and Cuba in June. Was that the end? This year Mexico was upgraded in May and Panama last month, so that makes five.";
    expect(read(body)).toEqual(["CL|CSP|2012", "CU|CSP|2029", "MX|CSP|2031", "PA|CSP|2031", "PE|CSP|2029"]);
  });

  it("reads a passive entry and dates bare months by a 'last year' set off before them", () => {
    const body =
      "The top tier stayed small for years. Chile was admitted in 2012 and Peru in 2019. Cuba followed in 2029, and then, only weeks apart last year, the Dominican Republic in May and Panama in July.";
    expect(read(body)).toEqual(["CL|CSP|2012", "CU|CSP|2029", "DO|CSP|2030", "PA|CSP|2030", "PE|CSP|2019"]);
  });

  it("reads an entry whose verb stresses how recent the step was", () => {
    const body =
      "Vietnam now counts four comprehensive strategic partners: Chile, Peru, Mexico and Cuba. Cuba was added only last month, and Mexico in May.";
    expect(read(body)).toEqual(expect.arrayContaining(["CU|CSP|2031", "MX|CSP|2031"]));
  });

  it("reads no timeline told in full clauses", () => {
    const body =
      "Vietnam now counts many comprehensive partners. It signed trade deals with Chile in 2012, Peru in 2019 and Mexico in 2024.";
    expect(read(body)).toEqual([]);
  });

  it("reads no timeline in a hedged sentence", () => {
    const body = "For a decade the top tier held few names. Chile could join in 2032, Peru in 2033 and Mexico in 2034.";
    expect(read(body)).toEqual([]);
  });
});
