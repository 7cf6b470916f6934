import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 57: two wire datelines. A place in capitals, its country and the day closed by a full stop, the agency credited
// at the paragraph's end ("…, <Agency> reports"); and a town few readers know with its country in round brackets
// before the day and the bracketed agency.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));
const headline = "Two republics sign a new accord on river transport";
const rest = "The accord covers barges, ports and the training of crews on both banks of the river.";

describe("a place, its country and a day closed by a stop", () => {
  it("drops the dateline and keeps the lead's sentence", () => {
    const cleaned = read([
      headline,
      "TASHKENT, Uzbekistan, March 3. The two transport ministers signed an accord on river shipping, the agency reports.",
      rest,
    ]);
    expect(cleaned.body).not.toContain("March 3.");
    expect(cleaned.body).toContain("The two transport ministers signed an accord on river shipping");
  });

  it("reads only a listed place or one beside a country's name", () => {
    expect(readDateline("TASHKENT, March 3. The ministers met.")?.place).toBe("Tashkent");
    expect(readDateline("NORTHWIND, Uzbekistan, March 3. The ministers met.")?.place).toBe("Northwind");
    expect(readDateline("NORTHWIND, Bluecoast, March 3. The ministers met.")).toBe(null);
    expect(readDateline("NORTHWIND, March 3. The ministers met.")).toBe(null);
  });
});

describe("a place with its country in round brackets", () => {
  it("reads the dateline and its agency, the prefix as printed", () => {
    const dateline = readDateline("LAKEVILLE (Kazakhstan), June 2 (Reuters) — The ministers met by the lake.");
    expect(dateline?.outlet).toBe("Reuters");
    expect(dateline?.prefix).toBe("LAKEVILLE (Kazakhstan), June 2 (Reuters) —");
    expect(dateline?.rest).toBe("The ministers met by the lake.");
  });

  it("leaves a bracket that holds no country", () => {
    expect(readDateline("LAKEVILLE (Northwind), June 2 (Reuters) — The ministers met.")).toBe(null);
  });
});
