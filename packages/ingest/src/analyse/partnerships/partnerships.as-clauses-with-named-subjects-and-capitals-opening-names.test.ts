import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// ", as <Name> …" opens a clause with a subject of its own, so a future time there ("next year") is that clause's
// plan and holds back no level before it; and a capital that opens the name of a plan or a pact ("the Lima Plan",
// "the Paris Agreement") names the thing, never the country that could be guessed to hold an unattached level.
describe("partnerships: ', as' clauses with a named subject, and capitals opening names", () => {
  it("keeps a level reached before ', as Acme's chief said … next year'", () => {
    expect(
      partnershipKeys(
        "Vietnam and Peru lifted their ties to a comprehensive partnership on Tuesday, as Acme chief Rosa Diaz said the firm would open a plant there next year.",
        "2024-05-14",
      ),
    ).toEqual(["PE|Comprehensive Partnership|2024"]);
  });

  it("still reads a future time with no subject after ', as' as a plan", () => {
    expect(
      partnershipKeys(
        "Vietnam and Peru hope to lift their ties to a comprehensive partnership, as early as next year.",
        "2024-05-14",
      ),
    ).toEqual([]);
  });

  it("gives no level to the country of a capital opening a plan's name", () => {
    expect(
      partnershipKeys(
        "The Strategic Partnership will also widen study links through the Lima Plan, under which 900 students have trained in Vietnam since 2016.",
        "2024-05-14",
      ),
    ).toEqual([]);
  });
});
