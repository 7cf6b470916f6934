import { describe, expect, it } from "vitest";
import { isRowCaption } from "./row-captions.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 49: summit pages caption the family photo with the whole row of leaders, longer than other captions.

const ROW =
  "Leaders line up for the group photo at the forum's opening on Friday. From left: Chilean President Ana Fuentes, Peruvian Prime Minister Luis Paredes, Mexican President Rosa Ibarra, Colombian Vice President Jorge Salas, Ecuadorian Foreign Minister Lucia Vega, Bolivian President Tomas Rojas, Uruguayan Prime Minister Pablo Mena, Venezuelan Vice President Ines Pardo, Guyanese Prime Minister Mark Baird and Paraguayan envoy Clara Duarte. AP PHOTO";

describe("a family photo's caption naming a row of people", () => {
  it("drops a long caption that walks along the row and closes on its credit", () => {
    expect(ROW.length).toBeGreaterThan(400);
    expect(clean(lines(TITLE, ROW, LEAD, MORE)).body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops an unstopped caption that places people in the rows", () => {
    const row =
      "Delegates of the forum at the city museum, with the host at the centre and, in the back row, Chile's Ana Fuentes, Peru's Luis Paredes and Mexico's Rosa Ibarra";
    expect(isRowCaption(row)).toBe(true);
  });

  it("keeps a story sentence about who sat in the front row", () => {
    const told =
      "The premier sat in the front row, beside the hosts, the envoys of Chile, Peru and Mexico, and the bloc's secretary-general.";
    expect(isRowCaption(told)).toBe(false);
    expect(clean(lines(TITLE, LEAD, told, MORE)).body).toBe([LEAD, told, MORE].join("\n\n"));
  });
});
