import { describe, expect, it } from "vitest";
import { peopleOf } from "../testing/people-readings.js";

/*
 * Round 45: 'the State Banquet', 'a State Reception': an occasion a state holds names no person called Banquet. Also: the
 * last portfolio of a minister's list that the data does not know, before a hyphened given name; a demonym closing a
 * name at the end of its clause ("… Tan Wei Thai."); a place after "in" before "said" is where speakers are.
 */
const names = (body: string) => peopleOf(body).map((p) => p.name);

describe("an occasion a state holds", () => {
  it("names no one at 'the State Banquet' or 'a State Reception'", () => {
    const body =
      "The Sultan spoke at the State Banquet in Hanoi. He later attended a State Reception hosted by President Le Van Minh.";
    expect(names(body)).toEqual(["Le Van Minh"]);
  });
});

describe("names after long titles, at the end of a clause and after a place preposition", () => {
  it("reads a hyphened given name after a list of portfolios ending in a word the data does not know", () => {
    expect(peopleOf("Minister of Business, Trade and Entrepreneurship Ion-Mihai Popa signed the accord.")).toEqual([
      { name: "Ion-Mihai Popa", roles: ["Minister of Business, Trade and Entrepreneurship"] },
    ]);
  });

  it("keeps a demonym-like last word of a name that closes its sentence", () => {
    expect(names("The delegation was met at the airport by Ambassador to Vietnam Lim Wei Thai.")).toEqual([
      "Lim Wei Thai",
    ]);
  });

  it("reads no person in a two-word place after 'in' before 'said'", () => {
    expect(names("Tour operators in Nha Trang said bookings had fallen by half.")).toEqual([]);
  });
});
