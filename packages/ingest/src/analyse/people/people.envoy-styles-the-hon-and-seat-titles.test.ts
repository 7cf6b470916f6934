import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Official channels (embassies, foreign ministries, Commonwealth governments' media releases) write a person's full
 * style: an envoy's "Ambassador Extraordinary and Plenipotentiary", a minister's "Senator the Hon", a legislator's seat
 * after an office, and bodies named "League" or "Autonomous Region". None of those words is a person.
 */
const people = (body: string) =>
  analyseArticle(body, { publishedAt: "2025-06-18" })
    .entities.filter((e) => e.type === "person")
    .map((p) => ({ name: p.name, roles: p.roles.map((r) => r.role) }));

describe("people in an official channel's full styles", () => {
  it("reads 'Extraordinary and Plenipotentiary' after 'Ambassador' as part of the title, not a name", () => {
    const found = people(
      "On June 17, Ambassador Extraordinary and Plenipotentiary of Viet Nam to Canada Tran Minh Duc met business leaders in Ottawa.",
    );
    expect(found.map((p) => p.name)).toEqual(["Tran Minh Duc"]);
    expect(found[0]?.roles).toEqual(["Ambassador Extraordinary and Plenipotentiary"]);
  });

  it("keeps the full envoy style in an apposition after the name", () => {
    const found = people(
      "The Chairman received Mr. Rahul Mehta, Ambassador Extraordinary and Plenipotentiary of the Republic of India to Viet Nam, on his first visit.",
    );
    expect(found.map((p) => p.name)).toContain("Rahul Mehta");
    expect(found.map((p) => p.name)).not.toContain("Extraordinary");
    expect(found.find((p) => p.name === "Rahul Mehta")?.roles[0]).toMatch(
      /^Ambassador Extraordinary and Plenipotentiary/,
    );
  });

  it("skips the Commonwealth style 'the Hon' and reads a senator's seat after an office as a second title", () => {
    const found = people("Foreign Minister Senator the Hon Mary Collins today announced a new aid package.");
    expect(found).toEqual([{ name: "Mary Collins", roles: ["Foreign Minister", "Senator"] }]);
  });

  it("splits a senator's seat after a portfolio joined with 'and', and keeps 'State Senator' one title", () => {
    const found = people(
      "Minister for Trade and Tourism Senator the Hon Peter Lane will lead the mission. State Senator John Doe joined it.",
    );
    expect(found).toEqual([
      { name: "Peter Lane", roles: ["Minister for Trade and Tourism", "Senator"] },
      { name: "John Doe", roles: ["State Senator"] },
    ]);
  });

  it("reads a friendship league and an autonomous region's government as bodies inside the title", () => {
    const found = people(
      "She met Mr. SATO Hiroshi, Secretary-General of the Japan-Viet Nam Parliamentary Friendship League, and Li Ming, Vice Chairman of the Yunnan Autonomous Region People's Government, in Hanoi.",
    );
    expect(found.map((p) => p.name)).not.toContain("League");
    expect(found.find((p) => p.name === "Li Ming")?.roles).toEqual([
      "Vice Chairman of the Yunnan Autonomous Region People's Government",
    ]);
  });
});
