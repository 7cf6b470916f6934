import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isBoilerplate } from "./boilerplate.js";
import { readInputsCredit } from "./bylines.js";
import { cleanArticle } from "./index.js";
import { runningHeads } from "./page-edges.js";
import { isPullQuoteCredit } from "./pull-quotes.js";

// Round 51: text copied from printed pages and e-paper viewers keeps the print's own furniture: the jump lines where a
// story breaks to another page (with the slug that heads its continuation, in one language or two), the label of a
// pull quote, the viewer's toolbar and account menu, a party paper's motto under its masthead, the index of what is
// inside the issue, and a running head marked as the continuation's page.

describe("a story's jump lines on a printed page", () => {
  it.each([
    "Continued on Page 4 →",
    "Continued Page 9",
    "From Page 3",
    "(Continued on B-2)",
    "Border talks: from page 1",
    "TRADE PACT (continued from p. 5)",
    "(continua na pág. 6 / continued on p. 6)",
    "See TALKS on page 12",
  ])("drops %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "The minutes of the meeting continued on page 4 of the report.",
    "He said the figure came from page 3 of the budget.",
  ])("keeps a sentence naming a page: %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("a print page's labels, toolbars and index", () => {
  it.each([
    "PULL QUOTE",
    "– PULL QUOTE",
    "Page 2 / 16 Zoom + Zoom − Download Share f t ✉",
    "Zoom | Fit | Text | Save clipping | Share ▾",
    "Front Page Local World Sport Business Weather Sign out",
    "OFFICIAL ORGAN OF THE WORKERS' PARTY OF THE REPUBLIC",
    "Inside today",
    "Page 6: Farmers count the cost of the dry season",
    "Get the Daily Courier app: every page of the paper from 5am.",
  ])("drops %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Zoom calls between the two ministers resumed in March",
    "Delegates queued at the gate to sign in",
    "Page turners: the ministry's new history of trade",
  ])("keeps %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("a running head marked as the continuation's page", () => {
  it("reads the head set again with '(cont.)' after its number as the same running head", () => {
    const lines = [
      "THE HARBOUR GAZETTE  MONDAY, JUNE 2, 2031   5",
      "Ministers met in the port city on Monday to open the new ferry route.",
      "THE HARBOUR GAZETTE  MONDAY, JUNE 2, 2031   9 (cont.)",
      "The route is expected to carry some cargo from next year.",
    ];
    const isHead = runningHeads(lines);
    expect(isHead(lines[0] as string)).toBe(true);
    expect(isHead(lines[2] as string)).toBe(true);
    expect(isHead(lines[1] as string)).toBe(false);
  });
});

describe("a credit tail naming the agency that added reporting", () => {
  it("names the agency of '— Additional reporting <Agency>' with no preposition", () => {
    expect(readInputsCredit("— Additional reporting Reuters")).toBe("Reuters");
    expect(isBoilerplate("— Additional reporting Reuters")).toBe(true);
  });

  it("names no agency for a reporter's name", () => {
    expect(readInputsCredit("— Additional reporting Jane Roe")).toBeNull();
  });
});

describe("a pull quote's credit under the quotation", () => {
  it("reads a dash and a name under a quotation set alone as the pull quote's credit", () => {
    expect(isPullQuoteCredit("-- Maria Castell", '"Our ports will stay open to every ship"')).toBe(true);
    expect(isPullQuoteCredit("— Maria Castell", "", "“Our ports will stay open to every ship”")).toBe(true);
  });

  it("leaves a dash and a name under a sentence of the story, and an outlet's tail", () => {
    expect(isPullQuoteCredit("-- Maria Castell", "The ports will stay open, the minister said.")).toBe(false);
    expect(isPullQuoteCredit("— Kyodo News", '"Our ports will stay open to every ship"')).toBe(false);
  });
});

describe("a caption credited to a picture desk in brackets", () => {
  const clean = (text: string) => cleanArticle(normaliseText(text)).body;

  it("drops the caption closed by '(<Office> Photo Bureau)' and keeps the story round it", () => {
    const body = clean(
      [
        "Harbour Chronicle",
        "",
        "Two ministers open a ferry link",
        "",
        "The foreign ministers of the two countries opened a new ferry link between their ports on Monday, officials said.",
        "",
        "FERRY LINK – The two ministers cut a ribbon at the harbour on Monday. (Presidential Photo Bureau)",
        "",
        "The ferry will carry passengers and some cargo from next month, the ministry said in a statement.",
      ].join("\n"),
    );
    expect(body).not.toContain("Photo Bureau");
    expect(body).not.toContain("cut a ribbon");
    expect(body).toContain("The ferry will carry passengers");
  });
});
