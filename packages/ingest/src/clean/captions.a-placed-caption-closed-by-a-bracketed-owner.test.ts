import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// A caption that says where its people stand ("(left)") and closes, after its last stop, on the picture's owner in
// brackets: a firm or a ministry as often as an outlet, so no outlet list can vouch for it.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

const headline = "Carmaker to open assembly line in Vietnam's north";
const lead =
  "A carmaker was granted a licence on Monday to build a $400 million assembly line in Hai Phong, its first outside its home market.";
const caption =
  "Orion Motors chairman Lars Eck (right) receives the licence from Deputy Minister Tran Van Binh in Hanoi on Monday. (Orion Motors)";
const more =
  "The line will employ 5,000 workers when it opens in 2027, the company said in a statement on its website.";

describe("a placed caption closed by a bracketed owner", () => {
  it("is dropped as a caption", () => {
    const cleaned = read([headline, lead, caption, more]);
    expect(cleaned.body).not.toContain("(right) receives");
    expect(cleaned.body).toContain(more);
  });

  it("leaves a story's sentence with a bracketed name after its stop but no one placed", () => {
    const line = "The plant was opened by the company's founder in 2009. (Additional Reporting)";
    expect(read([headline, lead, line, more]).body).toContain("opened by the company's founder in 2009");
  });
});
