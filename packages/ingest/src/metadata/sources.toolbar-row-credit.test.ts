import { describe, expect, it } from "vitest";
import { resolveSource, toolbarAgency } from "./sources.js";

// Round 31: a portal prints the wire's credit and the day at the end of its toolbar row, beside the print and mail
// buttons. Rows are written for the tests.
describe("an agency closing a toolbar row with the day", () => {
  it.each([
    ["2 Comment(s) Print E-mail Xinhua, June 4, 2024", "Xinhua"],
    ["Print | E-mail | Reuters, 4 June 2024", "Reuters"],
  ])("%s names %s", (row, agency) => {
    expect(toolbarAgency(row)).toBe(agency);
  });

  it.each(["Print | E-mail | Lima Daily Courier, June 4, 2024", "Print | E-mail | Xinhua", "Reuters, Lima and Quito"])(
    "%s names none",
    (row) => {
      expect(toolbarAgency(row)).toBeNull();
    },
  );

  it("reads the row's first line from the page's markup when nothing else names an agency", () => {
    const raw =
      '<html><body><h1>Leaders meet in Lima</h1><div class="info">1 Comment(s) <a>Print</a> <a>E-mail</a> Xinhua, June 4, 2024<br/>Font size: <a>A+</a></div><p>Leaders met.</p></body></html>';
    const found = resolveSource({ cleaned: null, noise: [], body: "Leaders met.", author: null, outlet: null, raw });
    expect(found).toEqual({ source: "Xinhua", kind: "slot" });
  });
});
