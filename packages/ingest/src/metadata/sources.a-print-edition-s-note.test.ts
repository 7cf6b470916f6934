import { describe, expect, it } from "vitest";
import { printEditionOutlet, resolveSource, type SourceEvidence } from "./sources.js";

// Round 46: a paper's note under a story that its print edition carried it ("Published in <Paper>, <date>") is a
// credit naming the outlet (issue 11); an agency's credit on the same page outranks it. Outlets here are invented.
const none: SourceEvidence = { cleaned: null, noise: [], body: "", author: null, outlet: null, raw: null };
const evidence = (given: Partial<SourceEvidence>): SourceEvidence => ({ ...none, ...given });

describe("a print edition's note", () => {
  it("names the paper, with an ordinal day or a plain one", () => {
    expect(printEditionOutlet("Published in The Harbour Ledger, March 3rd, 2015")).toBe("The Harbour Ledger");
    expect(printEditionOutlet("Published in Morning Courier, 12 May 2019.")).toBe("Morning Courier");
  });

  it("names nobody when the place stands where the paper would or no day follows", () => {
    expect(printEditionOutlet("Published in Hanoi, 12 May 2019")).toBeNull();
    expect(printEditionOutlet("Published in Morning Courier, with thanks to our readers")).toBeNull();
  });

  it("is the source when nothing else names one, and yields to an agency's credit", () => {
    const note = { kind: "boilerplate", text: "Published in Morning Courier, November 8th, 2015" };
    expect(resolveSource(evidence({ noise: [note] }))?.source).toBe("Morning Courier");
    expect(resolveSource(evidence({ noise: [note], author: "AFP" }))?.source).toBe("AFP");
  });
});
