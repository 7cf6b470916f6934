import { describe, expect, it } from "vitest";
import { splitColumns } from "./columns.js";
import { normaliseText } from "./normalise.js";

const pad = (left: string, right: string, at = 50) => (right ? left.padEnd(at) + right : left);

describe("a PDF's two columns copied side by side", () => {
  const left = [
    "Lima (Andina) - Peru and Vietnam will open a",
    "joint office for coffee and cocoa growers, the",
    "agriculture ministers said on Tuesday after",
    'talks in the capital. "We have much to learn',
    'from each other in the fields," said Minister',
    "Rosa Quispe at a press conference on Tuesday.",
    "Trade reached US$ 400 million last year.",
  ];
  const right = [
    "The second story of the page is about a port",
    "in the north, where a new terminal will handle",
    "containers from next spring, the operator said",
    'on Monday. "It is the largest project in our',
    'history," its chairman told reporters at the',
    "opening ceremony, adding that it would create",
    "",
  ];
  const page = left.map((l, k) => pad(l, right[k] as string)).join("\n");

  it("reads the left column whole, then the right one", () => {
    expect(splitColumns(page).split("\n")).toEqual([...left, ...right.filter(Boolean)]);
  });

  it("keeps a quotation whose lines were interleaved with the other column in one piece", () => {
    expect(normaliseText(page)).toContain(
      'talks in the capital. "We have much to learn\nfrom each other in the fields,"',
    );
  });

  it("leaves a running head, a signature block and a table of short cells as they are", () => {
    const head = pad("Business Bulletin No. 4/2016", "Page 2 of 3", 70);
    const signatures = [
      pad("FOR THE KINGDOM OF SPAIN", "FOR THE SOCIALIST REPUBLIC OF VIET NAM", 44),
      pad("Miguel Moreno", "Tran Van Hai", 44),
      pad("Minister of Foreign Affairs", "Deputy Prime Minister", 44),
    ].join("\n");
    const table = ["Exports to Japan   12.5", "Exports to Korea   10.1", "Exports to China   9.8"]
      .concat(["Imports from Japan   8.1", "Imports from Korea   7.7", "Imports from China   30.2"])
      .join("\n");
    for (const text of [head, signatures, table]) expect(splitColumns(text)).toBe(text);
  });
});
