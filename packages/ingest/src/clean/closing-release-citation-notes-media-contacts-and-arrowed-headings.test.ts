import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 45: what a release or a portal sets under its story: the media contact's line with the team and the person,
// the note that names who distributes the release and asks to be cited, a related list's heading with its arrow, and
// a pool's picture credited on after its caption's stop.
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

const story = [
  "Chile and Vietnam agreed on Tuesday to widen their free trade agreement to services and investment.",
  "",
  "The two trade ministers also agreed to open a joint desk to help small exporters find buyers in each market.",
  "",
  '"We want the deal to serve our farmers first," the Chilean minister told reporters after the talks in the capital.',
].join("\n");

describe("a release's closing lines", () => {
  it("drops the media contact's line, above the release's closing note", () => {
    const body = clean(
      `${story}\n\nMedia contact: Americas Trade Team, Manager Ana Rojas\nTel: +56 2 2345 6789\n\nThe Trade Promotion Board works with exporters in forty markets and publishes its releases in English and Spanish.`,
    );
    expect(body).not.toContain("Ana Rojas");
    expect(body).toContain("serve our farmers first");
  });

  it.each([
    "※ This press release is distributed by the Trade Promotion Board for the media. Please cite the Board when using the content.",
    "This article is provided by the Trade Promotion Board.",
    'Please cite "The Andes Courier" when reposting this article.',
  ])("drops the distribution and citation note: %s", (note) => {
    const body = clean(`${story}\n\n${note}`);
    expect(body).not.toContain(note.slice(0, 24));
    expect(body).toContain("serve our farmers first");
  });

  it("keeps a sentence of the story that speaks of citing", () => {
    const line = "The ministry said it would cite the agreement when it asks parliament to approve new tariff lines.";
    expect(clean(`${story}\n\n${line}`)).toContain(line);
  });
});

describe("a related list's heading with its arrow", () => {
  it("drops the heading as it drops it without the arrow", () => {
    const body = clean(
      `${story}\n\nOther News »\nPeru and Vietnam open a coffee desk\nEcuador lifts shrimp sales to Asia\nBolivia signs a lithium memorandum`,
    );
    expect(body).not.toContain("Other News");
    expect(body).not.toContain("Ecuador lifts shrimp");
  });
});

describe("a caption closed by a pool's credit", () => {
  it("drops the caption above the lead", () => {
    const caption =
      "Chile's trade minister, right, shakes hands with her Vietnamese counterpart before their talks in Santiago on Tuesday. Pool photo via AP";
    const body = clean(`Chile and Vietnam widen their trade deal\n\n${caption}\n\n${story}`);
    expect(body).not.toContain("Pool photo");
    expect(body).toContain("joint desk");
  });
});
