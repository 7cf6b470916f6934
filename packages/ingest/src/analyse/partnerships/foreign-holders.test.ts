import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** A level another country holds with a third is not Vietnam's. Own sentences. */
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-05-02" }).sort();

describe("a foreign subject's own partners hold nothing with Vietnam", () => {
  it("drops the partners after 'with' when a reported clause's subject is another country", () => {
    const body =
      "The Peruvian president thanked Vietnam for its help, and said that Peru now has strategic partnerships with nations such as Chile and Mexico.";
    expect(read(body)).toEqual([]);
  });

  it("drops a third country a foreign subject raised ties with, past a relative aside", () => {
    const body =
      "The minister recalled that Chile, which hosts the forum this year, had earlier raised ties with Brazil to a comprehensive partnership and hoped Vietnam would follow.";
    expect(read(body)).toEqual([]);
  });

  it("drops the countries a foreign subject calls its own partners", () => {
    const body = "Peru already calls Chile, Mexico and Brazil strategic partners of its own.";
    expect(read(body)).toEqual([]);
  });

  it("keeps the list Vietnam itself counts at a level", () => {
    const body = "Vietnam counts Chile, Mexico and Brazil as strategic partners.";
    expect(read(body)).toEqual(["BR|SP|null", "CL|SP|null", "MX|SP|null"]);
  });

  it("keeps a partner when the foreign subject's stretch names Vietnam", () => {
    const body = "Peru, the host, said that Chile had set up a strategic partnership with Vietnam in 2009.";
    expect(read(body)).toEqual(["CL|SP|2009"]);
  });
});
