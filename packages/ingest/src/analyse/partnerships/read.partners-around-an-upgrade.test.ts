import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";
import data from "../data/partnerships.json" with { type: "json" };

/**
 * Analysis round 5 (issue 11): pages that name several of Vietnam's partners around one upgrade, and the year each
 * holds its level from. Shapes taken from the released blind10 misses and from how other outlets write the same
 * thing (a level stated once and a group of holders in the next sentence, a described top level with "after X and Y",
 * "the same status" handed on to a list in a later clause, a hedged upgrade that still names the present holders, a
 * list whose members carry their own relative clauses with years, "whose country is …" after a demonym, an
 * explicit year against the story's own). Sentences are new; readings (country | level | year, one per country and
 * level, the first year any finding gives, as the scorer reads them) were written before the extractor ran.
 */
type Case = { shape: string; body: string; publishedAt?: string; expected: string[] };

const CASES: Case[] = [
  {
    shape: "a group of holders in the sentence after the upgrade, whose only level is the old one",
    body: "Canada and Vietnam lifted their ties to a comprehensive strategic partnership on Monday.\n\nThe step moves Canada up from the strategic partnership the two signed in 2017 and places it in a group that already includes Japan, India and Singapore.",
    publishedAt: "2025-04-08",
    expected: ["CA|CSP|2025", "IN|CSP|null", "JP|CSP|null", "SG|CSP|null"],
  },
  {
    shape: "an upgrade noun opening the sentence, the group 'already counting' holders",
    body: "Vietnam and Brazil raised relations to a comprehensive strategic partnership on Friday.\n\nThe upgrade, which replaces the strategic partnership of 2007, puts Brazil in a club that already includes China, Russia and India.",
    publishedAt: "2025-09-12",
    expected: ["BR|CSP|2025", "CN|CSP|null", "IN|CSP|null", "RU|CSP|null"],
  },
  {
    shape: "a described top level with earlier holders after 'after', the sentence's named level being the old one",
    body: "Peru and Vietnam signed a comprehensive strategic partnership in Lima in October 2024.\n\nThat visit lifted ties from the strategic partnership of 2011, making Peru only the fourth country after Japan, India and China to hold Vietnam's top diplomatic status.",
    publishedAt: "2025-02-03",
    expected: ["CN|CSP|null", "IN|CSP|null", "JP|CSP|null", "PE|CSP|2024"],
  },
  {
    shape: "'the same status' handed on to a list in a clause about Vietnam after another state's framework",
    body: 'Chile has built up what it calls a "strategic partnership" with Mexico, while Vietnam has since extended the same status to Spain, Italy and Germany, among others.',
    expected: ["DE|SP|null", "ES|SP|null", "IT|SP|null"],
  },
  {
    shape: "a hedged upgrade that names the present holders after 'alongside'",
    body: "A comprehensive strategic partnership would put Chile alongside Japan, South Korea and Australia in Vietnam's top tier.",
    expected: ["AU|CSP|null", "JP|CSP|null", "KR|CSP|null"],
  },
  {
    shape: "a holder of the hedged sentence dated by 'made the jump' in the next one",
    body: "A comprehensive strategic partnership would put Chile alongside Japan, South Korea and Australia in Vietnam's top tier.\n\nAustralia made the jump only last month.",
    publishedAt: "2024-04-10",
    expected: ["AU|CSP|2024", "JP|CSP|null", "KR|CSP|null"],
  },
  {
    shape: "a list whose members carry their own dated relative clauses",
    body: "Peru becomes the newest country to hold a comprehensive partnership with Vietnam, a list that also includes Brazil, which was granted the same status in 2007, and Argentina, which set one up in 2010.",
    expected: ["AR|CP|2010", "BR|CP|2007", "PE|CP|2025"],
  },
  {
    shape: "'whose country is' after a leader named by his demonym",
    body: "Chinh also met Indonesian President Prabowo Subianto, whose country is a comprehensive strategic partner of Vietnam, and Brazilian President Luiz Inacio Lula da Silva.",
    expected: ["ID|CSP|null"],
  },
  {
    shape: "'whose country is' after a demonym, with another leader met 'and with'",
    body: "Chinh held separate talks with Indonesian President Prabowo Subianto, whose country is a comprehensive strategic partner of Vietnam, and with Brazilian President Luiz Inacio Lula da Silva.",
    expected: ["ID|CSP|null"],
  },
  {
    shape: "'agreed to study a framework for' a level is not a level held",
    body: 'Vietnam and Ghana agreed to study a framework for a comprehensive partnership "when conditions allow" and to raise trade.',
    expected: [],
  },
  {
    shape: "'agreed to look into' a level is not a level held",
    body: "Vietnam and Kenya agreed to look into a possible comprehensive partnership during the talks.",
    expected: [],
  },
  {
    shape: "two other states, 'for their part', describing their own framework with its year",
    body: "Laos and China, for their part, have described their relations since 2009 as a comprehensive strategic cooperative partnership.",
    expected: [],
  },
  {
    shape: "an explicit year later in the story wins over 'less than a year after' read as the story's year",
    body: "Malaysia and Vietnam agreed to lift trade to US$18 billion, less than a year after the two neighbours elevated their ties to a comprehensive strategic partnership.\n\nThe relationship, a strategic partnership since 2015, was raised to the highest level during a visit to Kuala Lumpur in November 2024.",
    publishedAt: "2025-10-20",
    expected: ["MY|CSP|2024"],
  },
  {
    shape: "a quoted document title on the day of the visit does not date a framework dated later in the story",
    body: 'Hungarian and Vietnamese leaders on Saturday adopted a joint statement titled "On Deepening the Comprehensive Partnership in the New Era" in Budapest.\n\nVietnam and Hungary set up their comprehensive partnership in 2018.',
    publishedAt: "2025-01-18",
    expected: ["HU|CP|2018"],
  },
  {
    shape: "a group 'that already includes' after an upgrade this year, with no year of its own",
    body: "Vietnam and the Philippines upgraded ties to a strategic partnership in 2015.\n\nThe move placed the Philippines in a group that already included Japan and India.",
    publishedAt: "2025-06-15",
    expected: ["IN|SP|null", "JP|SP|null", "PH|SP|2015"],
  },
  {
    shape: "another state's group after its own upgrade is not Vietnam's",
    body: "Vietnam's foreign minister was in Jakarta on Monday.\n\nIndonesia and Australia raised their ties to a comprehensive strategic partnership in 2018.\n\nThe upgrade put Australia in a group that already included China and Japan for Jakarta.",
    expected: [],
  },
];

/**
 * Written after the first run, to hold the new rules to their shapes: other wordings of the same shapes, and
 * near-misses that must stay empty (a group of economies rather than of partners, Vietnam itself set beside others,
 * a list handed a status by another state, a relative clause about something other than the ties).
 */
const GUARDS: Case[] = [
  {
    shape: "'sets it alongside' holders 'among Hanoi's top partners' after the upgrade",
    body: "Vietnam and Indonesia raised their ties to a comprehensive strategic partnership on Monday.\n\nThe deal lifts Indonesia from the strategic partnership of 2013 and sets it alongside China, Russia and India among Hanoi's top partners.",
    publishedAt: "2025-03-12",
    expected: ["CN|CSP|null", "ID|CSP|2025", "IN|CSP|null", "RU|CSP|null"],
  },
  {
    shape: "'among a small group of countries that includes' after the upgrade",
    body: "Vietnam and Malaysia raised their ties to a comprehensive strategic partnership on Friday.\n\nThe upgrade places Malaysia among a small group of countries that includes China, Russia, India and Japan.",
    publishedAt: "2024-11-22",
    expected: ["CN|CSP|null", "IN|CSP|null", "JP|CSP|null", "MY|CSP|2024", "RU|CSP|null"],
  },
  {
    shape: "'in the same league as' after the upgrade",
    body: "Vietnam and Malaysia raised their ties to a comprehensive strategic partnership on Friday.\n\nThe upgrade puts Malaysia in the same league as China, Russia, India and Japan.",
    publishedAt: "2024-11-22",
    expected: ["CN|CSP|null", "IN|CSP|null", "JP|CSP|null", "MY|CSP|2024", "RU|CSP|null"],
  },
  {
    shape: "'a club whose other members are' after the upgrade",
    body: "Vietnam and Malaysia raised their ties to a comprehensive strategic partnership on Friday.\n\nIt puts Malaysia in a club whose other members are China, Russia, India and Japan.",
    publishedAt: "2024-11-22",
    expected: ["CN|CSP|null", "IN|CSP|null", "JP|CSP|null", "MY|CSP|2024", "RU|CSP|null"],
  },
  {
    shape: "'an upgrade to' a level that 'would place' the country 'in the same tier as' the holders",
    body: "Vietnam's prime minister arrived in Wellington on Sunday.\n\nAn upgrade to a comprehensive strategic partnership would place New Zealand in the same tier as Australia, Japan and South Korea.",
    publishedAt: "2024-03-11",
    expected: ["AU|CSP|null", "JP|CSP|null", "KR|CSP|null"],
  },
  {
    shape: "two holders of a group read before, dated together by 'made the leap … last year'",
    body: "A strategic partnership would put Australia alongside Germany, France and Singapore among Vietnam's strategic partners.\n\nFrance and Singapore made the leap only last year.",
    publishedAt: "2014-03-20",
    expected: ["DE|SP|null", "FR|SP|2013", "SG|SP|2013"],
  },
  {
    shape: "two foreign states that 'did the same' with each other stay out",
    body: "Vietnam and Japan raised their ties to a comprehensive strategic partnership in 2023.\n\nIndonesia and Australia did the same in 2018.",
    publishedAt: "2024-03-11",
    expected: ["JP|CSP|2023"],
  },
  {
    shape: "a group in apposition opened by 'all'",
    body: "Japan, India and Australia, all comprehensive strategic partners of Vietnam, sent delegations to the forum.",
    expected: ["AU|CSP|null", "IN|CSP|null", "JP|CSP|null"],
  },
  {
    shape: "earlier holders each dated by their own 'which got there' / 'which did so' clause",
    body: "Australia joined Vietnam's top tier on Thursday, following Japan, which got there in 2023, and India, which did so in 2016.",
    publishedAt: "2024-03-08",
    expected: ["AU|CSP|2024", "IN|CSP|2016", "JP|CSP|2023"],
  },
  {
    shape: "'followed six years later' counted on from the year of the step followed",
    body: "Vietnam and India lifted their ties to a comprehensive strategic partnership in 2016. South Korea followed six years later.",
    expected: ["IN|CSP|2016", "KR|CSP|2022"],
  },
  {
    shape: "'reached the top tier' with the old level's founding counted back",
    body: "Vietnam's ties with France reached the top tier in October 2024, eleven years after the two sides set up a strategic partnership.",
    expected: ["FR|CSP|2024"],
  },
  {
    shape: "Vietnam itself set beside other economies is no group of holders",
    body: "Vietnam and Canada lifted their ties to a comprehensive strategic partnership on Monday.\n\nThe deal puts Vietnam alongside Thailand and Malaysia as a hub for chip assembly.",
    publishedAt: "2025-03-12",
    expected: ["CA|CSP|2025"],
  },
  {
    shape: "a country other than the upgrade's partner set in a group is something else",
    body: "Vietnam and Canada lifted their ties to a comprehensive strategic partnership on Monday.\n\nA new tariff puts Mexico in a group that already includes Brazil and Chile.",
    publishedAt: "2025-03-12",
    expected: ["CA|CSP|2025"],
  },
  {
    shape: "'the same status' handed on by another state is not Vietnam's",
    body: "Vietnam and Laos keep a special relationship, while Thailand has extended the same status to Cambodia and Myanmar.",
    expected: [],
  },
  {
    shape: "a relative clause about something else does not date a listed member",
    body: "Vietnam counts Brazil, which hosted the G20 summit in 2024, and Argentina among its comprehensive partners.",
    expected: ["AR|CP|null", "BR|CP|null"],
  },
  {
    shape: "'whose country is not' a level keeps it from the leader's country",
    body: "Chinh also met Kenyan President William Ruto, whose country is not yet a comprehensive partner of Vietnam.",
    expected: [],
  },
  {
    shape: "'more than two years after' an upgrade leaves the year to the sentence that gives it",
    body: "Vietnam and South Korea set a trade goal of US$150 billion, more than two years after they lifted ties to a comprehensive strategic partnership.\n\nThe two countries took that step in December 2022.",
    publishedAt: "2025-04-02",
    expected: ["KR|CSP|2022"],
  },
];

/** One reading per country and level, dated by the first year any finding gives (as the scorer reads them). */
const read = (c: Case) => partnershipPerLevel(c.body, { publishedAt: c.publishedAt ?? "2025-06-15" });

describe("partnerships: several partners around one upgrade, and their years (round 5 shapes)", () => {
  it.each(CASES.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});

describe("partnerships: the round 5 rules kept to their shapes", () => {
  it.each(GUARDS.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});

describe("partnerships: the cheap gates before the costly patterns", () => {
  it("finds 'top' or 'highest' in every upgrade target, so a sentence without them skips the look-behind", () => {
    for (const target of data.upgradeTargets) expect(target).toMatch(/top|highest/);
  });

  it("finds a gate word in every group opener, so a sentence without one skips the group pattern", () => {
    const gate =
      /\b(?:alongside|next to|beside|company|group|club|circle|list|ranks|league|tier|bracket|category|class|rank)\b/;
    for (const opener of data.groupOpeners) expect(opener).toMatch(gate);
  });
});
