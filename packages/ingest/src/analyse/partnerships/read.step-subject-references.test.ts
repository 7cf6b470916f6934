import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Round 28: "The upgrade follows Vietnam's move to raise ties with X to the same level in September" far down a story
 * whose lead gave the upgrade: "the same level" is the level of the story's own step, not the level the step left
 * (named last), however many sentences on aid and trade stand between. Readings written before the run.
 */
const FILLER =
  "Officials signed deals on ports and rail. Students will get more grants. Airlines plan new routes. Trade grew by a fifth. Farmers want lower tariffs. The leaders toured a factory.";

describe("partnerships: 'the same level' in a sentence whose subject is the story's step", () => {
  it("gives the lead's new level to the holder, past the old level named just after the lead", () => {
    const body = `Peru and Vietnam lifted their ties to a comprehensive strategic partnership on Tuesday. The step replaces the strategic partnership the two sides agreed in 2017. ${FILLER} The upgrade comes after Vietnam raised ties with Chile to the same level in August.`;
    expect(partnershipPerLevel(body, { publishedAt: "2025-10-14" })).toEqual(["CL|CSP|2025", "PE|CSP|2025"]);
  });

  it("reads 'The framework is the same level that Vietnam set up with X last year' at the lead's level", () => {
    const body = `Peru and Vietnam signed a comprehensive partnership on Tuesday. ${FILLER} The framework is the same level that Vietnam set up with Kenya last year.`;
    expect(partnershipPerLevel(body, { publishedAt: "2025-10-14" })).toEqual(["KE|CP|2024", "PE|CP|2025"]);
  });

  it("reads two capitals written with their accents as the pair of a level", () => {
    const body =
      "Peru and Vietnam signed a comprehensive partnership on Tuesday. Hanoi and Brasília agreed on a strategic partnership in 2024.";
    expect(partnershipPerLevel(body, { publishedAt: "2025-10-14" })).toEqual(["BR|SP|2024", "PE|CP|2025"]);
  });

  it("reads nothing from a step subject when the lead gave no level", () => {
    const body = `Peru's president visited Hanoi on Tuesday. ${FILLER} Vietnam and Peru agreed to study a new framework. The upgrade would follow Vietnam's move to raise ties with Chile to the same level in August.`;
    expect(partnershipPerLevel(body, { publishedAt: "2025-10-14" })).toEqual([]);
  });
});
