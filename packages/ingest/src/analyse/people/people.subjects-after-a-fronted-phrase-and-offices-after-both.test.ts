import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 47: a title after a comma is an apposition only when it describes the name before it. After a phrase opening
 * the sentence ("After talks with X, the president flew home"), a title with "the" running on into a verb is the
 * clause's subject; "who is both A and B" gives the name both offices.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("a title opening the clause after a fronted phrase", () => {
  it("is not the office of the name that ends the phrase", () => {
    expect(people("After lunch with Jacinda Ardern, the Japanese prime minister toured the port.")).toEqual([
      ["Jacinda Ardern", []],
    ]);
  });

  it("still describes the name when the apposition closes", () => {
    expect(people("After lunch with Jacinda Ardern, the prime minister of New Zealand, he toured the port.")).toEqual([
      ["Jacinda Ardern", ["prime minister of New Zealand"]],
    ]);
  });

  it("still describes a name in the sentence's own clause", () => {
    expect(people("He later met Jacinda Ardern, the prime minister, at the port.")).toEqual([
      ["Jacinda Ardern", ["prime minister"]],
    ]);
  });
});

describe("offices announced by 'who is both'", () => {
  it("gives the name both offices", () => {
    expect(
      people(
        "Talks were led by Vo Van Kiet, who is both Chairman of the Council and President of the Academy, on Friday.",
      ),
    ).toEqual([["Vo Van Kiet", ["Chairman of the Council", "President of the Academy"]]]);
  });
});
