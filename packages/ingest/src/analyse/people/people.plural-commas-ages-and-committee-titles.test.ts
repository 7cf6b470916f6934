import { describe, expect, it } from "vitest";
import { peopleOf as people, type RoleRow, roleRows } from "../testing/people-readings.js";

/**
 * Shapes of people and their offices read in analysis round 9 (issue 11; misses on blind16 and blind17), each written
 * here in new words. One table per shape; every row must hold for the shape, not for one page.
 */

const rows = (title: string, table: RoleRow[]) => roleRows(title, table, { ignoreCase: true });

rows("a lower-case title in the plural is the office of the two names after it, with or without commas", [
  [
    "Our energy is best spent now. Our trade ministers, Tran Van Kiet and Sofia Marques, will meet in June.",
    "Sofia Marques",
    ["Trade Minister"],
  ],
  [
    "Our energy is best spent now. Our trade ministers, Tran Van Kiet and Sofia Marques, will meet in June.",
    "Tran Van Kiet",
    ["Trade Minister"],
  ],
  [
    "The deal was signed by foreign ministers Omar Haddad and Le Thi Binh on Friday.",
    "Omar Haddad",
    ["Foreign Minister"],
  ],
  // A verb right after the second name: the commas do not close an apposition, so no office is shared.
  ["The ministers, Tran Van Kiet and Sofia Marques said nothing.", "Sofia Marques", []],
]);

rows("an age written before a lower-case title does not hide the title, nor does a relative clause after it", [
  [
    "At the market, Do Thi Kim Loan, a 52-year-old community organiser whose shop burned down, said little.",
    "Do Thi Kim Loan",
    ["community organiser"],
  ],
  ["The club hired football coach Kim Tae-ho, 58, whose sides won two cups.", "Kim Tae-ho", ["football coach"]],
]);

rows("a general secretary 'of the Central Committee of' a party holds the party's general secretaryship", [
  [
    "The talks were chaired by Vu Hong Phat, General Secretary of the Central Committee of the Communist Party of Viet Nam, on Monday.",
    "Vu Hong Phat",
    ["General Secretary"],
  ],
]);

rows("a ranked minister and a portfolio after 'for' are part of the office", [
  [
    "Second Minister of Foreign Affairs Salmah Idris told reporters the talks went well.",
    "Salmah Idris",
    ["Second Minister of Foreign Affairs"],
  ],
  [
    "The Secretary of State for Innovation, Ana Lobo Pires, said the fund would open soon.",
    "Ana Lobo Pires",
    ["Secretary of State for Innovation"],
  ],
]);

rows("a word saying when the office is held may stand between a title's comma and the name", [
  [
    "The real power lies with the Prime Minister, currently Tran Van Hai, and the party.",
    "Tran Van Hai",
    ["Prime Minister"],
  ],
  // Without a title before the comma there is no office to give.
  ["The firm's owner, currently Tran Van Hai, declined to comment.", "Tran Van Hai", []],
]);

describe("a name cut off by a line end with no stop after 'currently' is not read as whole", () => {
  it("leaves the two-word piece unread", () => {
    expect(people("The Prime Minister, currently Tran Van").map((p) => p.name)).not.toContain("Tran Van");
  });
});
