import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

// Round 59: a framework convention is a treaty (test/READING.md reads UNCLOS so), not an organisation, even when a
// state submits its pledge "to" it; a committee of states defined with its session number ("(ABC-3)") and opening on a
// strong international cue is a body; so is a fund a treaty set up, named with that treaty after "of the". Sentences
// and names are the tests' own.
const organizations = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("a framework convention", () => {
  it("is no organisation, spelt out or by its acronym", () => {
    expect(
      organizations(
        "The island state submitted its updated pledge to the UN Framework Convention on Climate Change (UNFCCC) in May. The UNFCCC will publish it next week.",
      ),
    ).toEqual([]);
  });
});

describe("a committee of states defined with its session", () => {
  it("reads the committee from its numbered acronym", () => {
    expect(
      organizations(
        "The third session of the Intergovernmental Drafting Committee (IDC-3) on mercury closed in Nairobi. Talks at IDC-3 ran late.",
      ),
    ).toEqual(["Intergovernmental Drafting Committee"]);
  });

  it("still leaves a local committee out", () => {
    expect(organizations("The Provincial Planning Committee (PPC) met on Monday.")).toEqual([]);
  });
});

describe("a fund a treaty set up", () => {
  it("reads the fund named with its treaty", () => {
    expect(
      organizations(
        "They want a mechanism like the Multilateral Fund of the Vienna Protocol, which has paid out for decades.",
      ),
    ).toEqual(["Multilateral Fund of the Vienna Protocol"]);
  });

  it("still reads a treaty alone as nothing", () => {
    expect(organizations("Both are parties to the Global Agreement on Trade in Fish.")).toEqual([]);
  });
});

describe("a meeting's numbered acronym", () => {
  it("defines no body", () => {
    expect(
      organizations("They will meet again at the 60th Regional Trade Ministers' Meeting (RTMM-60) in May."),
    ).toEqual([]);
  });
});
