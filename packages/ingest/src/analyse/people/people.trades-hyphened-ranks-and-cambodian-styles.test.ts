import { describe, expect, it } from "vitest";
import { peopleOf, roleRows } from "../testing/people-readings.js";

// Round 48: ordinary people quoted in news are given their trade, as the readings give it.
roleRows("an ordinary person's trade in an apposition", [
  ["Pham Van Hung, a 41-year-old builder from Thanh Hoa, said work had stopped.", "Pham Van Hung", ["builder"]],
  ["Le Thi Nga, a retired teacher in Hue, said prices had doubled.", "Le Thi Nga", ["retired teacher"]],
  ['"The boat sank fast," the captain, Vo Van Son, said by phone.', "Vo Van Son", ["captain"]],
]);

// Lao and British copy write a rank short with a hyphen and no full stop: the rank is a title, not part of the name.
describe("a rank written short with a hyphen", () => {
  it("is the title before the name", () => {
    expect(peopleOf("Maj-Gen Tran Quoc Huy attended the talks in Vientiane.")).toEqual([
      { name: "Tran Quoc Huy", roles: ["Major General"] },
    ]);
  });
});

// Cambodia's conferred styles stand before the name and are no part of it.
describe("a Cambodian conferred style", () => {
  it("is left out of the name", () => {
    const names = peopleOf("Defence Minister Samdech Pichey Sena Keo Sambath received the delegation.").map(
      (p) => p.name,
    );
    expect(names).toEqual(["Keo Sambath"]);
  });
});

// Round 48: a naval rank written short with its full stop ("Adm.") ends no sentence, so the name after it keeps it.
describe("a naval rank written short with a full stop", () => {
  it("stays the title of the name after it", () => {
    expect(peopleOf("The frigate sailed. Rear Adm. Do Quang Minh saw it off.")).toEqual([
      { name: "Do Quang Minh", roles: ["Rear Admiral"] },
    ]);
  });
});

// Round 48: a unit numbered after its name ("Military Region 7") keeps its number in the office it names.
roleRows("a numbered unit's office", [
  [
    "Tran Huu Phuoc, Commander of Coast Guard Region 3, met the crew.",
    "Tran Huu Phuoc",
    ["Commander of Coast Guard Region 3"],
  ],
]);
