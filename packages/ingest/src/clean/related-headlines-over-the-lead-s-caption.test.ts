import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";

// Own lines. A "related news" heading set under the story's stamp, its headlines, then the lead's photo caption and
// the lead: the headlines go with the heading, as they do when the lead follows them directly.
const LEAD =
  "The provincial governor signed a trade agreement with the mayor of Da Nang on Tuesday, opening a direct cargo route between the two ports.";
const MORE =
  "Officials said the agreement would double shipments of fruit and machinery within three years, and a joint office will open next spring.";

describe("related headlines over the lead's photo caption", () => {
  it("drops the headlines between the heading and the caption", () => {
    const page = [
      "Port cities sign a cargo deal",
      "March 4, 2022 | 10:15",
      "Related news",
      "Governor arrives in Da Nang for a three-day visit",
      "Port officials welcome new cargo ships",
      "The governor and the mayor at the signing ceremony in Da Nang, March 4. (Photo: Harbour Daily)",
      LEAD,
      MORE,
    ].join("\n");
    const { body } = cleanArticle(page);
    expect(body).not.toContain("Governor arrives in Da Nang");
    expect(body).not.toContain("Port officials welcome");
    expect(body).toContain(LEAD);
  });
});
