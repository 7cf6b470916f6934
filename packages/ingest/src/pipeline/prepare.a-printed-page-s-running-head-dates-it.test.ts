import { describe, expect, it } from "vitest";
import { isReadFailure, readBuffer } from "../read/index.js";
import { prepareArticle } from "./prepare.js";

const prepared = (text: string) => {
  const [document] = readBuffer("page.txt", new TextEncoder().encode(text));
  if (!document || isReadFailure(document)) throw new Error("the page was not read");
  return prepareArticle(document);
};

const story = [
  "Ports pact signed in Da Nang",
  "By Mara Quill",
  "Officials from the two countries on Wednesday signed an agreement to link their container ports, after months of talks on customs rules and shared inspection of cargo.",
  "The agreement takes effect next year and covers six ports on each side, the transport ministry said in a statement issued after the ceremony.",
  "Trade through the ports has grown steadily and both sides expect more traffic once the new rules apply.",
].join("\n\n");

describe("a printed page's running head", () => {
  it("dates the page by the issue's whole day beside its page number", () => {
    const page = prepared(`B4 THURSDAY, OCTOBER 9, 2025 THE COASTAL TRIBUNE\n\n${story}`);
    expect(page.published?.date).toBe("2025-10-09");
  });

  it("reads the viewer's form with the page number after the day", () => {
    const page = prepared(`The Coastal Tribune - Thursday 9 October 2025 - Page 4\n\n${story}`);
    expect(page.published?.date).toBe("2025-10-09");
  });
});
