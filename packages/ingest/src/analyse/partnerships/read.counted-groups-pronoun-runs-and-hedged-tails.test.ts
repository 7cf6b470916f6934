import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 22 shapes (blind49–51: other countries' partnership diplomacy with Vietnam one partner among several). Each
// sentence is written for the test.

describe("partnerships: counted groups, pronoun runs of a partner's own frameworks and hedged tails", () => {
  it("sets a list beside a country put 'in a club of seven' after the count", () => {
    const got = read(
      "Australia lifted ties with Vietnam to a comprehensive strategic partnership on Thursday. For Vietnam, it puts Australia in a club of seven, alongside China, Russia, India, South Korea, the United States and Japan.",
      "2024-03-08",
    );
    for (const code of ["CN", "RU", "IN", "KR", "US", "JP"])
      expect(got).toContain(`${code}|Comprehensive Strategic Partnership|-`);
  });

  it("reads the possessor of 'X's arrival brings the number … to N, alongside …' as the holder the list is set beside", () => {
    const got = read(
      "Thailand and Vietnam raised ties to a comprehensive strategic partnership. Thailand's arrival brings the number of countries on it to 13, alongside China, Russia and India.",
      "2025-06-01",
    );
    expect(got).toEqual(
      expect.arrayContaining([
        "TH|Comprehensive Strategic Partnership|2025",
        "CN|Comprehensive Strategic Partnership|-",
        "RU|Comprehensive Strategic Partnership|-",
        "IN|Comprehensive Strategic Partnership|-",
      ]),
    );
  });

  it("gives the group 'the new status puts Wellington in the same tier as' the level of that country's upgrade, however far back", () => {
    const got = read(
      "New Zealand and Vietnam raised ties to a comprehensive strategic partnership. Luxon met Chinh. They talked trade. They talked students. They talked dairy. They talked flights. They parted. For Hanoi, the new status puts Wellington in the same tier as Canberra, Washington and Tokyo.",
      "2025-02-27",
    );
    for (const code of ["AU", "US", "JP"]) expect(got).toContain(`${code}|Comprehensive Strategic Partnership|-`);
  });

  it("keeps a gapped list whose later clause is hedged after 'and I know that', with the first holder's own year", () => {
    expect(
      read(
        "France and Viet Nam have been strategic partners since 2013, Germany since 2011, Italy since 2013, and Spain since 2009, and I know that more steps are being discussed.",
        "2024-05-09",
      ),
    ).toEqual([
      "DE|Strategic Partnership|2011",
      "ES|Strategic Partnership|2009",
      "FR|Strategic Partnership|2013",
      "IT|Strategic Partnership|2013",
    ]);
  });

  it("runs a list on past 'and, since last year,' when a second level follows in the sentence", () => {
    const got = read(
      "Hanoi counts six comprehensive strategic partners — China, Russia, India, South Korea and, since last year, the United States and Japan — and keeps strategic partnerships with others.",
      "2024-01-30",
    );
    expect(got).toContain("US|Comprehensive Strategic Partnership|2023");
    expect(got).toContain("JP|Comprehensive Strategic Partnership|2023");
  });

  it("leaves every level of a pronoun's run of objects to the foreign country the sentence before opened on", () => {
    expect(
      read(
        "Thailand, by contrast, hands out labels freely. Its partnership with China dates back to 2012; it has a comprehensive strategic partnership with Japan, a strategic partnership with Australia signed in 2020, and last month raised ties with India to a strategic partnership.",
        "2025-06-01",
      ),
    ).toEqual([]);
    expect(
      read(
        "New Zealand uses a patchwork of labels. It has had a comprehensive strategic partnership with China since 2014, an enhanced partnership with Singapore and a comprehensive partnership with Indonesia, agreed in 2018.",
        "2025-02-27",
      ),
    ).toEqual([]);
  });

  it("holds back similar frameworks officials have not said are being discussed", () => {
    expect(
      read(
        "The United States and Vietnam jumped two rungs to a comprehensive strategic partnership. U.S. officials have not said whether similar frameworks with Thailand or Malaysia are being discussed.",
        "2023-11-14",
      ),
    ).toEqual(["US|Comprehensive Strategic Partnership|2023"]);
  });
});
