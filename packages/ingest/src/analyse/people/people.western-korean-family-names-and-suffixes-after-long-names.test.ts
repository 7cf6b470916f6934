import { describe, expect, it } from "vitest";
import { peopleOf } from "../testing/people-readings.js";

// Round 58: a Korean family name written last ("Minsu Park") is also a word that ends the names of places, and a
// generational suffix may close a name already as long as any (a given name, an initial, two family names).
describe("a Korean family name written last", () => {
  it("is a person's name with the office set off after it", () => {
    expect(peopleOf("Minsu Park, UNICEF Representative in Vietnam, said the cold chain was ready.")).toEqual([
      { name: "Minsu Park", roles: ["UNICEF Representative in Vietnam"] },
    ]);
  });

  it("leaves a place's name in the same shape alone", () => {
    expect(peopleOf("They walked to Central Park, the city's largest garden, on Monday.")).toEqual([]);
  });
});

describe("a suffix after a long name", () => {
  it("is kept in the name after an initial and two family names", () => {
    expect(peopleOf("Trade Secretary Ramon T. Dela Pena Jr. said the pact would hold.")).toEqual([
      { name: "Ramon T. Dela Pena Jr.", roles: ["Trade Secretary"] },
    ]);
  });

  it("lets the family names used later name the same person", () => {
    const body =
      'Trade Secretary Ramon T. Dela Pena Jr. said the pact would hold. "We can plan now," Dela Pena told reporters.';
    expect(peopleOf(body).map((p) => p.name)).toEqual(["Ramon T. Dela Pena Jr."]);
  });
});
