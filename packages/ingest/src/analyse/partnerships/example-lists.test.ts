import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** Holders given as examples of a group ("partners, including …", "countries like …"). Own sentences. */
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-05-02" }).sort();

describe("countries given as examples of a group hold the group's level", () => {
  it("reads examples of partners raised to a level named after the list", () => {
    const body =
      "Hanoi has lifted relations with a number of partners over the past decade, including Chile, Peru and Mexico, to comprehensive strategic partnership, though no such deal exists with Bolivia.";
    expect(read(body)).toEqual(["CL|CSP|null", "MX|CSP|null", "PE|CSP|null"]);
  });

  it("reads examples of countries counted as partners at a level", () => {
    const body =
      "Vietnam, which counts nations like Chile and Peru as strategic partners, sent a trade mission to Lima.";
    expect(read(body)).toEqual(["CL|SP|null", "PE|SP|null"]);
  });

  it("reads examples of a group whose noun names the level", () => {
    const body = "Vietnam invited ministers from its comprehensive partners, such as Chile and Peru, to the forum.";
    expect(read(body)).toEqual(["CL|CP|null", "PE|CP|null"]);
  });

  it("reads nothing when the raise is only weighed", () => {
    const body = "Vietnam may lift ties with several countries, such as Chile and Peru, to strategic partnerships.";
    expect(read(body)).toEqual([]);
  });

  it("reads nothing when the group belongs to another country", () => {
    const body = "Brazil counts countries like Chile and Peru as strategic partners, a Vietnamese diplomat noted.";
    expect(read(body)).toEqual([]);
  });
});
