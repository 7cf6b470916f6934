import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** A future time in a ", as <subject> …" clause after a held level belongs to that clause's event. Own sentences. */
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-05-04" }).sort();

describe("a future time after ', as' and a new subject leaves the level before it held", () => {
  it("keeps a level set up in a past year when the as-clause looks to next year", () => {
    const body =
      "The two ministers reviewed the Strategic Partnership that Lima and Hanoi set up in 2022, as the two sides get ready to celebrate thirty years of relations next year.";
    expect(read(body)).toContain("PE|SP|2022");
  });

  it("still drops a level the sentence dates to next year without a new subject", () => {
    const body = "Peru and Vietnam agreed to lift their ties to a Strategic Partnership, as early as next year.";
    expect(read(body).some((r) => r.startsWith("PE|SP"))).toBe(false);
  });
});
