import { describe, expect, it } from "vitest";
import { cleanArticle } from "./index.js";

// Round 49: a copied page sets the dateline alone over the picture, then the caption, its credit and the same dateline
// run on into the lead. The caption and both datelines are the page's; the lead is the story. Sentences are our own.
describe("a dateline repeated after a caption glued to the lead", () => {
  it("leaves only the lead in the body", () => {
    const { body } = cleanArticle(
      [
        "Two neighbours sign a fisheries pact",
        "",
        "OSLO -",
        "",
        "The two ministers shake hands after the signing at the ministry in Oslo on March 3. Photo: Reuters OSLO - Norway and Iceland on Monday signed a fisheries pact that sets shared quotas for cod and herring in the waters between them for the next ten years.",
        "",
        "The pact replaces an older deal that lapsed last year after a long dispute over mackerel catches in the north.",
      ].join("\n"),
    );
    expect(body).not.toContain("Photo: Reuters");
    expect(body).not.toContain("OSLO -");
    expect(body).toContain("Norway and Iceland on Monday signed a fisheries pact");
  });
});
