import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";

const body = (text: string) => cleanArticle(text).body;

describe("a sentence a printed page broke over two paragraphs", () => {
  it("is mended when a word was split at the margin of a one-line-a-paragraph copy", () => {
    const text = [
      "Harbour deal signed",
      "The two governments on Friday signed a harbour agreement that covers dredging, pilots and customs checks.",
      "Freight between the two ports last year came to 4.1 mil-",
      "lion tonnes, up a fifth on the year before, the port authority said.",
    ].join("\n\n");
    expect(body(text)).toContain("came to 4.1 million tonnes, up a fifth");
  });

  it("is joined across a page jump that stopped it on a word", () => {
    const text = [
      "Harbour deal signed",
      "The two governments on Friday signed a harbour agreement that covers dredging, pilots and customs checks.",
      "The agreement comes as the port looks for new routes to markets further south. The harbour",
      "Continued on page 6",
      "already handles most of the region's grain and timber exports, officials said.",
    ].join("\n\n");
    expect(body(text)).toContain("The harbour already handles most of the region's grain");
  });

  it("leaves a paragraph that ends on its stop apart from one opening in lower case", () => {
    const text = [
      "Harbour deal signed",
      "The two governments on Friday signed a harbour agreement that covers dredging, pilots and customs checks.",
      "The port authority said the first dredgers would arrive in spring.",
      "eBay and other online sellers are expected to use the new freight terminal, the authority added.",
    ].join("\n\n");
    expect(body(text)).toContain("in spring.\n\neBay and other");
  });
});
