import { describe, expect, it } from "vitest";
import { resolveSource, type SourceEvidence } from "./sources.js";

// Round 59: how a site names the copy it prints. Sentences and people are written for the tests; the outlets are
// ones the data lists.
const BODY =
  "The two ministers agreed on Tuesday to reopen the joint trade committee and to double flights by next year.";
const evidence = (over: Partial<SourceEvidence>): SourceEvidence => ({
  cleaned: null,
  noise: [],
  body: BODY,
  author: null,
  outlet: null,
  raw: null,
  ...over,
});

describe("a paper's own tag closing the story on its own site", () => {
  it("is the source, as test/READING.md reads a '— VNS' tail", () => {
    const read = evidence({
      cleaned: "Vietnam News",
      outlet: "Vietnam News",
      noise: [{ kind: "byline", text: "— VNS" }],
    });
    expect(resolveSource(read)?.source).toBe("Vietnam News");
  });

  it("is no picture's credit when the footer's agency with its © also carries the paper's words", () => {
    const read = evidence({
      cleaned: "Vietnam News",
      noise: [
        { kind: "caption", text: "Ministers at the talks in Ha Noi on Tuesday. — VNA/VNS Photo Hoang Lan" },
        { kind: "byline", text: "— VNS" },
        { kind: "related", text: "Other news\nCopyright © 2014 Viet Nam News. Vietnam News Agency." },
      ],
    });
    expect(resolveSource(read)?.source).toBe("Vietnam News");
  });

  it("stays none for the paper's staff credited in a plain byline", () => {
    const read = evidence({
      cleaned: "Vietnam News",
      outlet: "Vietnam News",
      noise: [{ kind: "byline", text: "By Mai Lan" }],
    });
    expect(resolveSource(read)).toBeNull();
  });
});

describe("a portal's source box under its own tag", () => {
  it("names the agency whose copy the portal carried", () => {
    const raw = '<html><body><p>VGP – The two ministers met.</p><div class="source">(Source: VNA)</div></body></html>';
    const read = evidence({
      cleaned: "Vietnam Government Portal",
      noise: [{ kind: "dateline", text: "VGP –" }],
      raw,
    });
    expect(resolveSource(read)?.source).toBe("VNA");
  });
});

describe("a mailed newsletter's sender", () => {
  it("makes the paper's own name in the issue its staff's, no source", () => {
    const read = evidence({
      cleaned: "The Straits Times",
      noise: [
        { kind: "boilerplate", text: "The Straits Times <briefing@straitstimes.com>" },
        { kind: "byline", text: "By Tan Wei Ling" },
      ],
    });
    expect(resolveSource(read)).toBeNull();
  });

  it("reads the paper's name after a linked headline as the link's credit, not a wire's tag", () => {
    const read = evidence({
      cleaned: "Korea JoongAng Daily",
      noise: [
        { kind: "boilerplate", text: "Korea JoongAng Daily <briefing@joongang.co.kr>" },
        { kind: "related", text: "- Why the port city is booming (Korea JoongAng Daily)" },
      ],
    });
    expect(resolveSource(read)).toBeNull();
  });
});

describe("a digest item's dashed carried-with credit", () => {
  it("names the wire", () => {
    expect(resolveSource(evidence({ noise: [{ kind: "related", text: "- With Reuters" }] }))?.source).toBe("Reuters");
  });
});
