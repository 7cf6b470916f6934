import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/* Round 59: "… Central Committee and <demonym> President X": the demonym opens the second title and is no word of the
 * body before it; an office of a central committee whose party is named only by its acronym is kept as written. */
const roles = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("two titles joined before a demonym", () => {
  it("ends the body before the demonym and reads the committee office as written", () => {
    expect(
      roles(
        "The envoy brought a letter from General Secretary of the CPC Central Committee and Chinese President Lu Wenhai.",
      ),
    ).toEqual([["Lu Wenhai", ["General Secretary of the CPC Central Committee", "President"]]]);
  });

  it("still reads the party's office when the party is named in full", () => {
    expect(roles("Ngo Van Lam, General Secretary of the Communist Party of Vietnam Central Committee, spoke.")).toEqual(
      [["Ngo Van Lam", ["General Secretary"]]],
    );
  });
});
