import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. A list followed by a plural noun in apposition ("…, the nations with which Hanoi has …") restates
// the whole list as the holders of the level named after it; a comparison ("on an equal footing with", "on par
// with") may carry a short "in <someone>'s eyes" aside before its list.
const read = (body: string, publishedAt: string | null = "2024-03-10") => partnershipKeys(body, publishedAt);

describe("partnerships: a group noun in apposition to a list", () => {
  it("gives the level to every country of the list the group noun restates", () => {
    expect(
      read(
        "Officials compared the new deal with those of Russia, India and China, the nations with which Hanoi already has comprehensive strategic partnerships.",
      ),
    ).toEqual([
      "CN|Comprehensive Strategic Partnership|-",
      "IN|Comprehensive Strategic Partnership|-",
      "RU|Comprehensive Strategic Partnership|-",
    ]);
  });

  it("still gives only the one country before a bare 'with which' its level", () => {
    expect(
      read(
        "The minister then flew to Russia and on to India, with which Vietnam has a comprehensive strategic partnership.",
      ),
    ).toEqual(["IN|Comprehensive Strategic Partnership|-"]);
  });
});

describe("partnerships: a comparison with an aside before its list", () => {
  it("reads the list after 'on an equal footing in <someone>'s eyes with' as holders of the level just reached", () => {
    expect(
      read(
        "Canberra and Hanoi lifted their ties to a comprehensive strategic partnership. The step puts Australia on an equal footing in Vietnam's eyes with Japan and South Korea.",
      ),
    ).toEqual([
      "AU|Comprehensive Strategic Partnership|2024",
      "JP|Comprehensive Strategic Partnership|-",
      "KR|Comprehensive Strategic Partnership|-",
    ]);
  });
});

describe("partnerships: a list joined 'as' holders of the top level", () => {
  it("gives the joined list the top level named after it, not the older level earlier in the sentence", () => {
    expect(
      read(
        "Canberra and Hanoi raised their ties to a comprehensive strategic partnership on Thursday. The two had a strategic partnership from 2018, and Australia now joins Japan and South Korea as the few countries given the highest status by Vietnam.",
      ),
    ).toEqual([
      "AU|Comprehensive Strategic Partnership|2024",
      "JP|Comprehensive Strategic Partnership|-",
      "KR|Comprehensive Strategic Partnership|-",
    ]);
  });
});
