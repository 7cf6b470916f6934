import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 40: on a page of briefs the story's own headline is the title, past what stands between it and the text (an
// item's stamp, a player's button) and when it is kept as a paragraph over a dateline; a wire's copyright line with
// its reuse terms under every brief is the page's, and its datelines ("<CITY>, Oct. 3 (Wire) --") name nothing the
// briefs share.
const clean = (text: string) => cleanArticle(normaliseText(text));
const REUSE =
  "Copyright 2015 Harbour Wire Service. Any reproduction, republication or redistribution of Harbour Wire content is expressly prohibited without the prior written consent of Harbour Wire.";

describe("a wire's page of briefs", () => {
  it("keeps the brief on Vietnam's ties, drops its copyright lines and the other briefs, and titles it", () => {
    const page = clean(
      [
        "Business News briefs",
        "",
        "----------",
        "Copper prices slip on weak factory data",
        "",
        "SANTIAGO, Oct. 3 (HWS) -- Copper fell for a third day on Tuesday as factory orders in the largest buying countries came in below forecasts, traders said.",
        "",
        REUSE,
        "",
        "----------",
        "Vietnam and Chile agree to widen their trade pact",
        "",
        "HANOI, Oct. 3 (HWS) -- Vietnam and Chile agreed on Tuesday to widen their free trade agreement to services and investment, after talks between the two foreign ministers in Hanoi.",
        "",
        "The two ministers also asked their trade officials to prepare a first round of talks before the end of the year, the Vietnamese foreign ministry said.",
        "",
        REUSE,
        "",
        "----------",
        "Port strike ends in Rotterdam",
        "",
        "ROTTERDAM, Oct. 3 (HWS) -- Dock workers in Rotterdam returned to work on Tuesday after a two-day strike over night-shift pay ended in an agreement with the port's employers.",
        "",
        REUSE,
      ].join("\n"),
    );
    expect(page.body).toContain("widen their free trade agreement");
    expect(page.body).toContain("first round of talks");
    expect(page.body).not.toContain("Copper fell");
    expect(page.body).not.toContain("Dock workers");
    expect(page.body).not.toContain("expressly prohibited");
    expect(page.hints.itemTitle).toBe("Vietnam and Chile agree to widen their trade pact");
  });
});

describe("a column of briefs with a stamp or a player under each headline", () => {
  it("takes the story's headline, not the stamp under it, as the title", () => {
    const page = clean(
      [
        "Africa News in Brief",
        "",
        "Rains delay the harvest in the Rift Valley",
        "March 5, 2015 10:12 AM",
        "Farmers in the Rift Valley said on Thursday that late rains had pushed the maize harvest back by three weeks, raising the price of flour in the markets of Nakuru.",
        "",
        "Vietnam and Mozambique sign a cashew deal",
        "March 5, 2015 09:40 AM",
        "Vietnam and Mozambique on Thursday signed an agreement on cashew processing and rice farming during a visit to Maputo by the Vietnamese foreign minister, who also met the president.",
        "",
        "The two sides agreed to hold a joint commission in Hanoi next year to follow up on the deal, officials said.",
        "",
        "Kenya opens a new rail line to Naivasha",
        "March 5, 2015 08:55 AM",
        "A new passenger line between Nairobi and Naivasha opened on Thursday, cutting the journey to under two hours for commuters, the railway company said.",
      ].join("\n"),
    );
    expect(page.body).toContain("cashew processing and rice farming");
    expect(page.body).not.toContain("maize harvest");
    expect(page.body).not.toContain("Naivasha opened");
    expect(page.hints.itemTitle).toBe("Vietnam and Mozambique sign a cashew deal");
  });

  it("passes over a video button with its running time", () => {
    const page = clean(
      [
        "Top Stories",
        "",
        "Floods close schools across Kyushu",
        "Watch video 2:05",
        "Heavy rain closed more than 200 schools across Kyushu on Monday, and the weather agency warned of landslides in the mountains of Kumamoto and Oita.",
        "",
        "Japan and Vietnam agree on a new yen loan package",
        "Watch video 1:32",
        "Japan and Vietnam agreed on Monday on a new package of yen loans for a metro line and a port, after talks between the two foreign ministers in Tokyo on the South China Sea and trade.",
        "",
        "The Vietnamese minister also invited his Japanese counterpart to visit Hanoi later in the year, officials said.",
        "",
        "Stocks end higher in Tokyo on exporters",
        "Watch video 0:58",
        "Shares in Tokyo closed higher on Monday as a weaker yen lifted the carmakers and the makers of electronics, brokers said in their closing notes.",
      ].join("\n"),
    );
    expect(page.body).toContain("new package of yen loans");
    expect(page.body).not.toContain("Heavy rain closed");
    expect(page.hints.itemTitle).toBe("Japan and Vietnam agree on a new yen loan package");
  });
});

describe("a brief whose headline stands as a paragraph over its dateline", () => {
  it("takes that headline as the title", () => {
    const page = clean(
      [
        "News in Brief: Friday, June 9",
        "",
        "Monsoon floods cut roads in Sagaing",
        "",
        "MONYWA — Floods cut three main roads in Sagaing Region on Thursday after two days of heavy rain, the regional government said.",
        "—Staff",
        "",
        "Vietnam and Laos sign a power line pact",
        "",
        "VIENTIANE — Vietnam and Laos on Thursday signed an agreement to build a new power line carrying electricity from Lao dams to northern Vietnam, during talks between the two prime ministers.",
        "",
        "The two leaders also agreed to raise two-way trade and to open a new border gate in Nghe An province, officials said.",
        "—Wire",
        "",
        "Thai baht firms on tourist arrivals",
        "",
        "BANGKOK — The baht firmed against the dollar on Thursday as tourist arrivals rose for a fourth month, the central bank said.",
        "—Wire",
        "",
        "Ferry service resumes on the Chindwin",
        "",
        "KALEWA — Passenger ferries on the Chindwin River resumed their runs on Thursday after the water level fell, the river transport office said.",
        "—Staff",
        "",
        "Cambodia reopens a border market",
        "",
        "POIPET — A market on the Cambodian side of the Thai border reopened on Thursday after a month of repairs, local officials said.",
        "—Wire",
      ].join("\n"),
    );
    expect(page.body).toContain("new power line carrying electricity");
    expect(page.body).not.toContain("Floods cut three main roads");
    expect(page.body).not.toContain("baht firmed");
    expect(page.hints.itemTitle).toBe("Vietnam and Laos sign a power line pact");
  });
});
