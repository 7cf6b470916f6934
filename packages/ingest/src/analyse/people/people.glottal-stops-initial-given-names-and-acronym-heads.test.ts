import { describe, expect, it } from "vitest";
import { peopleOf, roleRows } from "../testing/people-readings.js";

const names = (body: string) => peopleOf(body).map((p) => p.name);

// Samoan and Tongan names write a glottal stop as an apostrophe, often before the name's last, lower-case syllable: the
// syllable is part of the name. An English contraction's ending after a name is not.
describe("an apostrophe before a name's last lower-case syllable", () => {
  it("keeps the syllable at the end of a name", () => {
    expect(names("The grant was signed by Prime Minister Lealaiauloto Tui Sa'afi and the envoy.")).toContain(
      "Lealaiauloto Tui Sa'afi",
    );
  });

  it("keeps it before a possessive", () => {
    expect(names("Deputy Prime Minister Tuala Iosefo Le'ota's office confirmed the visit.")).toContain(
      "Tuala Iosefo Le'ota",
    );
  });

  it("leaves a contraction after a name alone", () => {
    expect(names("Minister Anna Karlsson'll open the fair, officials said.")).not.toContain("Anna Karlsson'll");
  });
});

// Nepali and Indian names often give the given names as two capital initials ("KP", "MK") before two more name words.
describe("two capital initials opening a name", () => {
  it("opens the name and keeps its capitals", () => {
    expect(names("Foreign Minister Lam spoke with Prime Minister RN Prasad Koirala in the capital.")).toContain(
      "RN Prasad Koirala",
    );
  });

  it("is not a title written short", () => {
    expect(names("PM Tran Van Binh welcomed the delegation.")).toContain("Tran Van Binh");
  });
});

// Kyodo and Japanese party papers write Japanese names family name first; the data's given names turn them round.
describe("a Japanese name written family name first", () => {
  it("is filed in Western order", () => {
    expect(names("Vice Foreign Minister Yamamoto Masataka signed the notes.")).toContain("Masataka Yamamoto");
  });
});

// "SBV Governor …": a body's acronym straight before a one-word capitalised title names the body the title belongs to,
// as it does before a ranked commander ("PCG Commandant Admiral …") or a lower-case head ("MEA spokesperson").
roleRows("a body's acronym before a one-word capitalised title", [
  ["The link was launched by KBL Governor Somsak Chanthavong on Monday.", "Somsak Chanthavong", ["KBL Governor"]],
  ["NTPC Chairman Ravi Shankar Menon toured the plant.", "Ravi Shankar Menon", ["NTPC Chairman"]],
]);
