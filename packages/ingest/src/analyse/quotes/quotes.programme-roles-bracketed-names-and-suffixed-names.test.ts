import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";
import { readTurnLabel } from "../people/index.js";

/*
 * Round 31: the shapes behind the broadcast scripts' missed turns. A script labels a correspondent's turns with the
 * programme's role before the name ('REPORTER JANE DOE:'), or writes the role alone with the name in brackets after it
 * ('ANCHOR (Jane Doe):'); a leader's label keeps the full stop of a suffix ('KING JR.:') and a note in brackets. Written
 * fresh in the project's own words. A quote is read as the scorer reads it: the speaker's name and first four words.
 */
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "a correspondent's label with the programme's role before the full name names the correspondent",
    body: [
      "PRESENTER LENA MARCHETTI: Chile's president ended two days of talks in Hanoi this morning. Tomas Brandt reports.",
      "REPORTER TOMAS BRANDT: Lena, the two leaders signed a plan to double trade in copper and fruit by the end of the decade.",
      "REPORTER TOMAS BRANDT: Officials on both sides expect the first new shipments to leave Valparaiso in the spring.",
      "PRESENTER LENA MARCHETTI: Thank you, Tomas. The president flies on to Jakarta on Thursday evening.",
    ].join("\n\n"),
    quotes: [
      ["Lena Marchetti", "Chile's president ended two"],
      ["Tomas Brandt", "Lena the two leaders"],
      ["Tomas Brandt", "Officials on both sides"],
      ["Lena Marchetti", "Thank you Tomas The"],
    ],
  },
  {
    shape: "a label whose name ends in a suffix with a full stop, and a note in brackets, names the person with it",
    body: [
      "President Ricardo Alves Jr. arrived in Hanoi for a state visit on Monday.",
      "ANCHOR: The president met Vietnamese leaders at the Presidential Palace.",
      "PRESIDENT RICARDO ALVES JR. (SOT): Our farmers and your factories can build a trade that serves both peoples well.",
    ].join("\n\n"),
    quotes: [["Ricardo Alves Jr.", "Our farmers and your"]],
  },
];

describe("quotes on broadcast scripts: programme roles, bracketed names and suffixed names", () => {
  it.each(cases)("$shape", ({ body, quotes }) => {
    expect(read(body)).toEqual(quotes.map(([s, o]) => [s, o.split(" ").slice(0, 4).join(" ")]));
  });

  it("a label of a programme's role alone takes the name in brackets after it as its head", () => {
    const label = readTurnLabel("CORRESPONDENT (Mai Anh Thu): The talks ran late into the evening.");
    expect(label?.head).toBe("Mai Anh Thu");
    expect(label?.rest).toBe("The talks ran late into the evening.");
    expect("CORRESPONDENT (Mai Anh Thu): The".slice(label?.headAt, (label?.headAt ?? 0) + 11)).toBe("Mai Anh Thu");
  });

  it("a note in brackets after a name or an office is not read as a name", () => {
    expect(readTurnLabel("PRESIDENT SMITH (SOT): We agreed on the text today.")?.head).toBe("PRESIDENT SMITH");
    expect(readTurnLabel("ANCHOR (via satellite): We go now to our reporter.")?.head).toBe("ANCHOR");
  });
});
