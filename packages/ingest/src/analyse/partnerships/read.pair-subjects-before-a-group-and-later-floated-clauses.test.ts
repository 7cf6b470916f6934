import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Analysis round 48 (issue 11): wire copy republished abroad names the sides of an upgrade as "the two countries" and
 * sets the partner in a group of holders in the same sentence, or lists a level's holders and then, after ", and",
 * reports someone else floating a raise. Sentences are new; readings (country | level | year, one per country and
 * level) were written before the extractor ran.
 */
const read = (body: string, publishedAt: string) => partnershipPerLevel(body, { publishedAt });

describe("partnerships: a pair subject before a group of holders", () => {
  it("gives the group the level the two countries agreed, not the one they left", () => {
    expect(
      read(
        "The Canadian prime minister landed in Hanoi on Monday.\n\nThe two countries settled on a comprehensive strategic partnership, moving two rungs up from the comprehensive partnership they had set up in 2017 and putting Ottawa alongside Japan, Brazil and Indonesia.",
        "2025-05-12",
      ),
    ).toEqual(["BR|CSP|null", "ID|CSP|null", "JP|CSP|null"]);
  });
});

describe("partnerships: a later clause of others floating a raise", () => {
  it("keeps the holders listed before ', and some diplomats have floated' a raise", () => {
    expect(
      read(
        "Exports to Vietnam rose again. Rice sales led. Coffee followed.\n\nHanoi keeps its top tier, the comprehensive strategic partnership, for Japan, Brazil and Indonesia, and some Mexican officials have quietly floated lifting ties to that level, though no date is set.",
        "2019-04-02",
      ),
    ).toEqual(["BR|CSP|null", "ID|CSP|null", "JP|CSP|null"]);
  });
});

describe("partnerships: a relative clause making a whole list 'partners'", () => {
  it("dates every member of the list by the clause after the last one", () => {
    expect(
      read(
        "Cambodia and Vietnam raised their ties to a strategic partnership on Tuesday.\n\nWith the step, Cambodia joins Laos, Brunei and Myanmar, which became Vietnam's strategic partners in 2011, as another neighbour at that rung.",
        "2016-03-08",
      ),
    ).toEqual(["BN|SP|2011", "KH|SP|2016", "LA|SP|2011", "MM|SP|2011"]);
  });

  it("keeps a singular clause to the member it follows", () => {
    expect(
      read(
        "Cambodia and Vietnam raised their ties to a strategic partnership on Tuesday.\n\nWith the step, Cambodia joins Laos, Brunei and Myanmar, which became Vietnam's strategic partner in 2011, as another neighbour at that rung.",
        "2016-03-08",
      ),
    ).toContain("MM|SP|2011");
  });
});

describe("partnerships: a level passed over, held by a counted group given by examples", () => {
  it("gives the skipped level to the examples, not the level agreed", () => {
    expect(
      read(
        "Vietnam hosted the Canadian prime minister.\n\nThe two countries agreed a comprehensive partnership in 2017, a step below the strategic partnerships Hanoi keeps with more than a dozen countries, including Italy, Spain and France.",
        "2018-04-10",
      ),
    ).toEqual(["ES|SP|null", "FR|SP|null", "IT|SP|null"]);
  });
});

describe("partnerships: wire copy's lists and foreign pairs", () => {
  it("dates the last member by 'the last of which' joined in a month", () => {
    expect(
      read(
        "Vietnam received the envoy.\n\nHanoi now has comprehensive strategic partnerships with four countries: China, Russia, India and Brazil, the last of which joined the list in February.",
        "2025-06-20",
      ),
    ).toEqual(["BR|CSP|2025", "CN|CSP|null", "IN|CSP|null", "RU|CSP|null"]);
  });

  it("leaves out a quoted level set up between two foreign countries", () => {
    expect(
      read(
        'Vietnam welcomed the visitor. He came from Tehran, where he signed a pact setting up a "comprehensive strategic partnership" between Russia and Iran.',
        "2025-01-20",
      ),
    ).toEqual([]);
  });
});

describe("partnerships: a group relative clause between the subjects and their verb", () => {
  it("keeps the subjects, not a country inside '…, both of which …,'", () => {
    expect(
      read(
        "Vietnam and Malaysia, both of which have clashed with Chinese coast guard ships, have been strategic partners since 2015.",
        "2026-02-01",
      ),
    ).toEqual(["MY|SP|2015"]);
  });
});

describe("partnerships: a level passed over, held by partners described but not named", () => {
  it("keeps the agreed level of the two countries when the others are only 'many Asian powers'", () => {
    expect(
      read(
        "Canada and Vietnam held talks in Hanoi.\n\nThe two countries formed a comprehensive partnership in 2017, a step below the strategic partnerships Hanoi has with many Asian and European powers.",
        "2018-04-10",
      ),
    ).not.toContain("CA|SP|null");
  });
});
