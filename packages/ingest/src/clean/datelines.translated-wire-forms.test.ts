import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";

// Round 52: datelines of foreign wires and papers as translated and bilingual pages keep them. Sentences are the
// tests' own.
describe("a national agency's initials after the day's year with no comma", () => {
  it("reads the agency and keeps the sentence after the dash", () => {
    const dateline = readDateline("Phnom Penh, March 3, 2022 AKP -- The two ministers opened a new border gate.");
    expect(dateline?.outlet).toBe("AKP");
    expect(dateline?.rest).toBe("The two ministers opened a new border gate.");
  });
});

describe("a Russian wire's dateline, the day before the month and the agency closed by a stop", () => {
  it("reads the outlet and leaves the English dateline after it to the inner reading", () => {
    const dateline = readDateline(
      "МОСКВА, 4 июня — Sputnik. MOSCOW, June 4 (Sputnik) — The two sides discussed grain deliveries.",
    );
    expect(dateline?.outlet).toBe("Sputnik");
    expect(dateline?.rest).toBe("The two sides discussed grain deliveries.");
  });

  it("leaves a line whose name after the dash is no listed outlet", () => {
    expect(readDateline("МОСКВА, 4 июня — Ivanov. The two sides met.")).toBeNull();
  });
});

describe("a paper's own dateline naming its reporters in brackets", () => {
  it("reads a listed paper that is no wire when its reporters follow the day", () => {
    const dateline = readDateline(
      "People's Daily Online, Shanghai, May 9 (Reporter Wang Lei) The delegation visited a shipyard.",
    );
    expect(dateline?.outlet).not.toBeNull();
    expect(dateline?.rest).toBe("The delegation visited a shipyard.");
  });

  it("leaves a paper's name with a place and a day but no reporters", () => {
    expect(readDateline("People's Daily Online, Shanghai, May 9 The delegation visited a shipyard.")).toBeNull();
  });
});
