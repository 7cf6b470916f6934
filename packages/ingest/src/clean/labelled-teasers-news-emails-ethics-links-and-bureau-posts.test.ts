import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 56: furniture of summit pages. A teaser for another story under a kind label in capitals between two
// paragraphs; a pitch for the outlet's news e-mail; a link to its ethics code; a reporter's post (a region's bureau
// chief) on its own line under the byline.
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

describe("labelled teasers, news e-mails, ethics links and bureau posts", () => {
  it("drops a labelled teaser between paragraphs and keeps the paragraphs", () => {
    const body = clean(
      [
        "Chile and Vietnam agreed on Monday to open talks on a broader trade deal covering copper and farm goods.",
        "",
        "EXPLAINER: What a wider pact could mean for fruit growers",
        "",
        "The two ministers also agreed to add a direct cargo route between the two countries next year.",
      ].join("\n"),
    );
    expect(body).not.toContain("What a wider pact");
    expect(body).toContain("direct cargo route");
  });

  it("drops a pitch for a news e-mail and a link to the code of values between paragraphs", () => {
    const body = clean(
      [
        "Peru and Vietnam signed three agreements on fisheries and port services on Tuesday, officials said.",
        "",
        "Get our weekday evening news email",
        "",
        "Our code of editorial values",
        "",
        "Both sides said the deals would be reviewed again within two years of coming into force.",
      ].join("\n"),
    );
    expect(body).not.toContain("news email");
    expect(body).not.toContain("editorial values");
    expect(body).toContain("reviewed again");
  });

  it("drops a reporter's post under the byline's name", () => {
    const body = clean(
      [
        "Mekong ministers agree on a shared flood warning system for the lower basin, officials said on Friday.",
        "",
        "Published Mar 3, 2024, 6:00 am SGT",
        "Lena Ortiz",
        "Mekong Bureau Chief",
        "",
        "The ministers met in Vientiane for two days and said the first warnings would go out before the rainy season.",
      ].join("\n"),
    );
    expect(body).not.toContain("Bureau Chief");
    expect(body).toContain("first warnings");
  });
});
