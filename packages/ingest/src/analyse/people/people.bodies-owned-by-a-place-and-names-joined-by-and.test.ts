import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 47: an office whose body is named in words the data does not all know was cut to its head. A body owned by a
 * place ("Director of Osaka's Trade Promotion Bureau") and a body whose unknown words are joined by "and" ("the Vietnam
 * Pepper and Spice Association") are part of the office when the name ends on a body's word where the phrase closes.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("a body owned by a place", () => {
  it("keeps the owner and the body after 'of'", () => {
    expect(
      people("The guests included Tanaka Hiroshi, Director of Osaka's Trade Promotion Bureau, and others."),
    ).toEqual([["Hiroshi Tanaka", ["Director of Osaka's Trade Promotion Bureau"]]]);
  });

  it("keeps a body owned by a state with an adjective before it, the state written as the office's own", () => {
    expect(
      people("Biden later spoke with Nguyen Van Binh, chairman of Laos's ruling Revolutionary Party, by phone."),
    ).toEqual([["Nguyen Van Binh", ["chairman of the ruling Revolutionary Party"]]]);
  });
});

describe("a body whose unknown words are joined by 'and'", () => {
  it("reads the body whole up to its last word", () => {
    expect(
      people('"Prices held," said Tran Van Ba, chairman of the Vietnam Pepper and Spice Association, on Monday.'),
    ).toEqual([["Tran Van Ba", ["chairman of the Vietnam Pepper and Spice Association"]]]);
  });

  it("reads a department named with 'and' inside a ministry", () => {
    expect(
      people(
        "The Cambodian side was led by Sok Chenda, Director-General of the Department of Archives and Records of the Cambodian Ministry of Foreign Affairs.",
      ),
    ).toEqual([
      [
        "Sok Chenda",
        ["Director-General of the Department of Archives and Records of the Cambodian Ministry of Foreign Affairs"],
      ],
    ]);
  });

  it("leaves a holder's name and the next owner's possessive out of the body", () => {
    expect(
      people("It was witnessed by Secretary of Labor Alan Carter and Japan's Minister of Health Kenji Sato on Monday."),
    ).toEqual([
      ["Alan Carter", ["Secretary of Labor"]],
      ["Kenji Sato", ["Minister of Health"]],
    ]);
  });

  it("does not run the body's name into the holder's name after it", () => {
    expect(
      people("Chairman of the Vietnam Pepper and Spice Association Tran Van Ba said prices held."),
    ).not.toContainEqual(["Tran Van Ba", ["Chairman of the Vietnam Pepper and Spice Association Tran Van Ba"]]);
  });
});
