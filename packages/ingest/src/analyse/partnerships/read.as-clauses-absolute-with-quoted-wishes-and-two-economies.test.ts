import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// Round 45 shapes, in our own words: business and wire stories name the level in a clause of its own after a hedged
// aim (", as the two countries …", ", with both leaders …", "— and officials say …"), or after a quoted wish.
describe("partnerships: a level in a clause apart from the hedge before or after it", () => {
  it("reads a level after ', as the two countries' past a hedged aim before it", () => {
    const got = partnershipPerLevel(
      "Vietnam and India agreed on Monday to work towards tripling trade by 2030, as the two countries celebrate ten years of their comprehensive strategic partnership.",
      { publishedAt: "2026-04-14" },
    );
    expect(got).toEqual(["IN|CSP|2016"]);
  });

  it("keeps a future time after ', with both leaders promising …' out of the level's clause", () => {
    const got = partnershipPerLevel(
      "Chile and Vietnam agreed on Friday to lift their ties to a comprehensive partnership, with both leaders promising to double trade within three years.",
      { publishedAt: "2025-03-07" },
    );
    expect(got).toEqual(["CL|CP|2025"]);
  });

  it("keeps what officials say after a closing dash out of the dated list before it", () => {
    const got = partnershipPerLevel(
      "Two Nordic states already hold strategic partnerships with Vietnam — Denmark since 2013 and Norway since 2019 — and officials in Hanoi say a wider European framework could follow.",
      { publishedAt: "2021-06-01" },
    );
    expect(got).toEqual(["DK|SP|2013", "NO|SP|2019"]);
  });

  it("holds a level the sides set up already, though the clause only wishes to use it", () => {
    const got = partnershipPerLevel(
      "Japan and Vietnam hope to lift tourism, as the two countries seek to breathe new life into the comprehensive strategic partnership they signed in 2023.",
      { publishedAt: "2025-02-10" },
    );
    expect(got).toEqual(["JP|CSP|2023"]);
  });

  it("lets no wish inside a closed quotation hedge the level after it", () => {
    const got = partnershipPerLevel(
      'Malaysia and Vietnam held trade talks on Monday. "Our exporters pay too much. We want faster checks," the minister said, adding that the two sides should lean on the 2024 comprehensive strategic partnership for that.',
      { publishedAt: "2025-05-12" },
    );
    expect(got).toEqual(["MY|CSP|2024"]);
  });

  it("keeps a hedge that is itself in scare quotes: 'agreed to \"work towards\" a strategic partnership'", () => {
    const got = partnershipPerLevel(
      'In Lima last week, the prime minister and Peru\'s president agreed to "work towards" a strategic partnership but set no date.',
      { publishedAt: "2025-05-12" },
    );
    expect(got).toEqual([]);
  });

  it("leaves a hedged level 'the two countries established' alone when the sentence names no partner", () => {
    const got = partnershipPerLevel(
      "The two central banks renewed their currency swap. The swap is intended to promote trade in local currencies, in line with the comprehensive strategic partnership the two countries established in December last year. Vietnam ranks behind China as a market, and China remains the largest source of imports.",
      { publishedAt: "2023-06-20" },
    );
    expect(got.filter((g) => g.startsWith("CN|"))).toEqual([]);
  });

  it("reads 'the two economies' as the pair and a call for the ties to be raised as a wish", () => {
    const got = partnershipPerLevel(
      "Canada and Vietnam held a trade dialogue. The chamber's chairman said the two economies had drawn closer since the comprehensive partnership of 2017. Some business groups have called for the relationship to be raised to a strategic partnership, but no date has been set.",
      { publishedAt: "2022-09-20" },
    );
    expect(got).toEqual(["CA|CP|2017"]);
  });
});
