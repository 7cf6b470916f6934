import { describe, expect, it } from "vitest";
import { prepareArticle } from "../pipeline/prepare.js";
import { readBuffer } from "../read/index.js";

// Round 56: a paper's own byline, the reporter's name with the paper in brackets ("<Name> (<Paper>)"), set right
// under the headline on the paper's own page: its own staff's, no source (test/READING.md). The bracket is no wire
// naming itself, as "(VNA)" after a dateline's place is.
const sourceOf = (text: string) => {
  const [doc] = readBuffer("page.txt", Buffer.from(text));
  if (!doc || !("text" in doc)) throw new Error("no document");
  return prepareArticle(doc).source;
};

describe("a bracketed paper after a reporter's name under the headline", () => {
  it("names no source on the paper's own page", () => {
    const source = sourceOf(
      [
        "The Jakarta Post",
        "World | Opinion | Culture",
        "",
        "Vietnam and Indonesia agree on a fisheries hotline at the summit",
        "Rina Hartono (The Jakarta Post)",
        "Jakarta ● Wed, May 8, 2024",
        "",
        "Vietnam and Indonesia agreed on Wednesday to set up a hotline between their fisheries agencies, officials said after talks on the sidelines of the summit.",
        "",
        "The two sides also agreed to share data on illegal fishing in the waters north of Natuna, diplomats said.",
      ].join("\n"),
    );
    expect(source).toBeNull();
  });
});
