import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { extractHtml } from "../read/html.js";
import { cleanArticle } from "./index.js";
import { isInstitutionName } from "./title.js";

// Round 56 (blind153's shapes): a headline in title case that closes on an office ("… and Trade Office in Hanoi") is
// no institution's name, and a photographer's credit glued to a story opening on initials with stops ("U.S.").
// Own sentences.

const lead =
  "The two governments agreed on Tuesday to open a joint trade office in the capital and to double farm exports within five years.";
const more = "Officials said the office would start work in the spring with a staff of about twenty.";

describe("title-case headlines closing on an office, and credits glued to initials", () => {
  it("reads a long title-case headline closing on an office as no institution's name", () => {
    expect(isInstitutionName("Minister Lee Announces New Fisheries Grants and Trade Office in Hanoi")).toBe(false);
    expect(isInstitutionName("Korea Trade-Investment Promotion Agency Office in Hanoi")).toBe(true);
  });

  it("keeps such a headline as the page's title", () => {
    const headline = "Minister Lee Announces New Fisheries Grants and Trade Office in Hanoi";
    const page = `<html><head><title>${headline} - Embassy News</title></head><body><h1>${headline}</h1><p>${lead}</p><p>${more}</p></body></html>`;
    const read = extractHtml(page);
    expect(read.ok && read.metadata.title).toBe(headline);
  });

  it("cuts a photographer's credit off a story that opens on initials with stops", () => {
    const glued = `Trucks at a border gate, May 2025. Photo by Daily Outlet/Minh TranU.S. trade officials said on Tuesday that ${lead.slice(4)}`;
    const body = cleanArticle(normaliseText([glued, more].join("\n\n"))).body;
    expect(body).not.toContain("Minh Tran");
    expect(body).toContain("U.S. trade officials said on Tuesday");
  });
});
