import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// Round 45 shapes, in our own words: a range of partners ("from A to B and C"), an upgrade dated only by the sentence
// that refers back to it ("The upgrade came … N years after … in YYYY"), a joiner dated "earlier this week".
describe("partnerships: ranges, upgrades dated by the next sentence, and this week's joiner", () => {
  it("gives a range's far end and its list the level, and the first member its aside's year", () => {
    const got = partnershipPerLevel(
      "Thailand became the third member of the group. Vietnam has forged many such ties, from India, its first strategic partner in the region in 2007, to Spain, Britain and Germany.",
      { publishedAt: "2013-06-20" },
    );
    expect(got).toEqual(expect.arrayContaining(["IN|SP|2007", "ES|SP|null", "GB|SP|null", "DE|SP|null"]));
  });

  it("reads no range where the words before it do not speak of ties", () => {
    const got = partnershipPerLevel(
      "Vietnam has a comprehensive strategic partnership with China. Shipments of fruit grew fast, from China to Japan and Korea, after the new rules.",
      { publishedAt: "2019-06-20" },
    );
    expect(got).toEqual(["CN|CSP|null"]);
  });

  it("dates an undated upgrade by the span the next sentence counts from a written year", () => {
    const got = partnershipPerLevel(
      "The two prime ministers signed a joint statement on Monday raising the ties between Vietnam and Canada from a comprehensive partnership to a strategic partnership. The upgrade came during talks in Ottawa, eight years after the two countries set up their comprehensive partnership in 2017.",
    );
    expect(got).toEqual(["CA|SP|2025"]);
  });

  it("dates a member joined 'earlier this week' by the story's year, not by the year of the member before", () => {
    const got = partnershipPerLevel(
      "Brunei becomes the third ASEAN member this year to reach the top tier of Vietnam's partnerships, after Thailand in December 2026 and the Philippines earlier this week.",
      { publishedAt: "2027-02-18" },
    );
    expect(got).toEqual(expect.arrayContaining(["TH|CSP|2026", "PH|CSP|2027"]));
  });
});
