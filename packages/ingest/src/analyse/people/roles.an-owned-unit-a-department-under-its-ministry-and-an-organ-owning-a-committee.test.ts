import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/* Round 59: the body an office heads runs on through a unit its owner names in lower case, a department named by what
 * it does through the ministry it sits under, and a state's organ owning a committee through that organ. */
const roles = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("a unit its owner names in lower case", () => {
  it("reads the unit and its remit up to the closing comma", () => {
    expect(
      roles(
        "Vo Thanh Duc, head of the Government's standing task group on the return of sailors abroad, spoke on Friday.",
      ),
    ).toEqual([["Vo Thanh Duc", ["head of the Government's standing task group on the return of sailors abroad"]]]);
  });

  it("reads several lower-case words up to the unit's noun", () => {
    expect(
      roles("Lam Thi Ngoc, director of the agency's coastal fisheries planning division, said the quota held."),
    ).toEqual([["Lam Thi Ngoc", ["director of the agency's coastal fisheries planning division"]]]);
  });

  it("leaves out a day after 'on', which is no remit", () => {
    expect(roles("Dinh Van Khoa, head of the Government's flood committee on Tuesday said the dykes held.")).toEqual([
      ["Dinh Van Khoa", ["head of the Government's flood committee"]],
    ]);
  });

  it("keeps a named ministry's possessive inside the body after 'of'", () => {
    expect(
      roles("Mai Van Son, director of the Foreign Ministry's treaty records department, said the file was complete."),
    ).toEqual([["Mai Van Son", ["director of the Foreign Ministry's treaty records department"]]]);
  });
});

describe("a department under its ministry", () => {
  it("names a department of a field with the ministry it sits under", () => {
    expect(
      roles(
        "Ha Minh Tuan, deputy director of the Department of Seafarer Welfare under the Ministry of Transport, said so.",
      ),
    ).toEqual([
      ["Ha Minh Tuan", ["deputy director of the Department of Seafarer Welfare under the Ministry of Transport"]],
    ]);
  });
});

describe("a committee owned by a state's organ", () => {
  it("keeps the organ, which is no state", () => {
    expect(
      roles(
        "Bounmy Sengdara, chairman of the Lao National Assembly's Economic Committee and a member of the group, spoke.",
      ),
    ).toEqual([["Bounmy Sengdara", ["chairman of the Lao National Assembly's Economic Committee"]]]);
  });

  it("still leaves out a state owning the body", () => {
    expect(roles("Bounmy Sengdara, chairman of Laos's National Assembly, spoke on Monday.")).toEqual([
      ["Bounmy Sengdara", ["chairman of the National Assembly"]],
    ]);
  });
});
