import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";

// Round 52: a wire's initials set straight after the day's number, with no comma or brackets, before the dash, as
// regional papers copy their national wire. Sentences are written for the tests.
describe("an agency's initials after the day with no comma", () => {
  it("reads the agency and the place, and keeps the sentence after the dash", () => {
    const dateline = readDateline("PERTH, Oct 9 AAP - The state's grain growers have found a new buyer in Hanoi.");
    expect(dateline?.outlet).toBe("AAP");
    expect(dateline?.place).toBe("Perth");
    expect(dateline?.rest).toBe("The state's grain growers have found a new buyer in Hanoi.");
  });

  it("leaves a sentence whose place and day are followed by capitals that name no agency", () => {
    expect(readDateline("HANOI, Oct 9 ABCDEFGH - the fair opened late.")?.outlet ?? null).toBeNull();
  });
});
