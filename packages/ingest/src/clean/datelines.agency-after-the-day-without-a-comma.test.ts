import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";

// Round 47: some wires set their name straight after the day's number, with no comma or brackets, before the dash.
// Sentences are written for the tests.
describe("a listed agency named after the day with no comma", () => {
  it("reads the agency and the place, and keeps the sentence after the dash", () => {
    const dateline = readDateline("HANOI, Mar 4 Asia Pulse - Vietnam's pepper exports rose by a tenth in February.");
    expect(dateline?.outlet).toBe("Asia Pulse");
    expect(dateline?.place).toBe("Hanoi");
    expect(dateline?.rest).toBe("Vietnam's pepper exports rose by a tenth in February.");
  });

  it("leaves a name no list holds as an agency after the day", () => {
    expect(readDateline("HANOI, Mar 4 Vietnam - the pepper harvest was late this year.")?.outlet ?? null).toBeNull();
  });
});
