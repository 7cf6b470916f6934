import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 51: Brunei numbers a second minister of one portfolio after the office ("Minister of Defence II"), and its
 * conferred styles run longer than the Malaysian ones the data knew ("Dato Paduka", "Dato Seri Setia", "Awang Haji"
 * before a Bruneian's name). The numeral was read as the first word of the holder's name and the styles as names.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => ({ name: e.name, roles: e.roles.map((r) => r.role) }));

describe("Bruneian styles and numbered ministers", () => {
  it("keeps a second minister's numeral in the office, not in the name", () => {
    expect(people("The talks were led by Minister of Energy II Dato Paduka Rahim Latif on the Bruneian side.")).toEqual(
      [{ name: "Rahim Latif", roles: ["Minister of Energy II"] }],
    );
  });

  it("leaves a long run of conferred styles out of the name", () => {
    expect(
      people("Minister of Health Dato Seri Setia Awang Haji Kamal bin Osman opened the new clinic in Tutong."),
    ).toEqual([{ name: "Kamal bin Osman", roles: ["Minister of Health"] }]);
  });
});
