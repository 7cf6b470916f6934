import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Analysis round 6 (issue 11): holders linked to a level by the roles of a clause, not by the level's wording. The
 * unseen sets kept missing holders that stand in a sentence AFTER the level ("Australia and France reached it in
 * 2024; … joined them in 2025", "Japan followed in November", "Five more — A, B and C — joined the group"), holders
 * whose year sits in their own segment of a list ("Malaysia, which did so in August this year", "Britain a year
 * later"), and holders that are the subject of "have" with a plural level ("A, B and C have comprehensive
 * partnerships"). Shapes were taken from the released blind11–13 misses and from how other outlets write the same news
 * (Indonesia's, the Philippines', Australia's, Japan's, Korea's frameworks); every sentence here is new. Readings
 * (country | level | year, one per country and level, the first year any finding gives, as the scorer reads them)
 * were written before the extractor ran on them.
 */
type Case = { shape: string; body: string; publishedAt?: string; expected: string[] };

/** Holders in the sentence after the level, linked by a verb of arriving ("reached it", "joined", "followed"). */
const FOLLOW_ON: Case[] = [
  {
    shape: "subjects of 'reached it' and 'joined them' in the sentence after Vietnam's level, each clause dated",
    body: "Since 2023 Hanoi has lifted six countries to a comprehensive strategic partnership, its highest rung.\n\nGermany and Canada reached it in 2024, followed by Chile later that year; Egypt and Kenya joined them in 2025.",
    publishedAt: "2026-01-20",
    expected: ["CA|CSP|2024", "CL|CSP|2024", "DE|CSP|2024", "EG|CSP|2025", "KE|CSP|2025"],
  },
  {
    shape: "a group in dashes that 'joined the group' after a dated list",
    body: "At the top, Vietnam has comprehensive strategic partnerships with China (2008) and Russia (2012).\n\nFour more — Poland, Chile, Egypt and Kenya — joined the group in 2025.",
    publishedAt: "2026-02-02",
    expected: ["CL|CSP|2025", "CN|CSP|2008", "EG|CSP|2025", "KE|CSP|2025", "PL|CSP|2025", "RU|CSP|2012"],
  },
  {
    shape: "'followed in <month>' and 'reached that level in <month> last year' after a level",
    body: "Vietnam and Egypt have been comprehensive strategic partners since 2010.\n\nIn March, Chile was lifted to the same rank, and Poland followed in May.\n\nKenya reached that level in December last year.",
    publishedAt: "2025-10-01",
    expected: ["CL|CSP|2025", "EG|CSP|2010", "KE|CSP|2024", "PL|CSP|2025"],
  },
  {
    shape: "'were the first' and 'joined' in the sentence after a level held by Vietnam with no holder named",
    body: "Vietnam keeps its comprehensive strategic partnerships for a handful of countries.\n\nPoland, Chile and Egypt were the first; Kenya and Morocco joined in the past two years.",
    publishedAt: "2025-10-01",
    expected: ["CL|CSP|null", "EG|CSP|null", "KE|CSP|null", "MA|CSP|null", "PL|CSP|null"],
  },
  {
    shape: "'was the first … to get there' after a top-tier sentence",
    body: "Vietnam and Chile upgraded their relationship to a comprehensive strategic partnership, the top tier of Hanoi's ranking.\n\nPoland was the first European country to get there, in November 2024.",
    publishedAt: "2025-05-05",
    expected: ["CL|CSP|2025", "PL|CSP|2024"],
  },
  {
    shape: "'did the same' two weeks later names the next holder of the level just reported",
    body: "Vietnam and Chile lifted their ties to a strategic partnership in March.\n\nTwo weeks later Poland did the same.",
    publishedAt: "2025-06-10",
    expected: ["CL|SP|2025", "PL|SP|2025"],
  },
];

/** Holders whose year is written in their own segment of a list, not beside the level. */
const OWN_SEGMENT: Case[] = [
  {
    shape: "relative clauses after list members: 'which all signed on in 2013' and 'which did so in August this year'",
    body: "Chile and Vietnam raised their ties to a strategic partnership on Tuesday.\n\nChile is the fifth country in the region to become a strategic partner of Hanoi, after Peru, Mexico and Brazil, which all signed on in 2013, and Argentina, which did so in August this year.",
    publishedAt: "2015-11-17",
    expected: ["AR|SP|2015", "BR|SP|2013", "CL|SP|2015", "MX|SP|2013", "PE|SP|2013"],
  },
  {
    shape: "'X, which signed in 2009, Y a year later and Z in 2011': a relative year for the middle member",
    body: "Vietnam already has strategic partnerships with three Nordic states: Norway, which signed in 2009, Sweden a year later and Finland in 2011.",
    publishedAt: "2013-01-21",
    expected: ["FI|SP|2011", "NO|SP|2009", "SE|SP|2010"],
  },
  {
    shape: "'with X, signed in 2018, and <level>s with A, B and C': the participle dates only its own holder",
    body: "Vietnam already has a strategic partnership with Canada, signed in 2018, and comprehensive strategic partnerships with Egypt, Chile and Poland.",
    publishedAt: "2020-07-22",
    expected: ["CA|SP|2018", "CL|CSP|null", "EG|CSP|null", "PL|CSP|null"],
  },
  {
    shape: "'(January this year)' after the last member of a dated list",
    body: "Outside Asia, Hanoi's strategic partners include Norway (2001), Chile (2007) and Poland (January this year).",
    publishedAt: "2013-09-12",
    expected: ["CL|SP|2007", "NO|SP|2001", "PL|SP|2013"],
  },
  {
    shape: "'a comprehensive partnership with X, also in 2013'",
    body: "Hanoi signed strategic partnerships with Spain (2009) and Italy (2013), and a comprehensive partnership with Norway, also in 2013.",
    publishedAt: "2018-09-10",
    expected: ["ES|SP|2009", "IT|SP|2013", "NO|CP|2013"],
  },
  {
    shape: "'with X, which has had one since 2007, Y (2009) and Z (2010)'",
    body: "Vietnam holds comprehensive partnerships in the region with Chile, which has had one since 2007, Mexico (2009) and Brazil (2010).",
    publishedAt: "2024-11-14",
    expected: ["BR|CP|2010", "CL|CP|2007", "MX|CP|2009"],
  },
];

/** Holders linked by the clause's subject when the level is the object of "have" / "hold". */
const SUBJECT_HOLDERS: Case[] = [
  {
    shape: "'A, B and C have comprehensive partnerships' after a Vietnam sentence",
    body: "Vietnam signed a strategic partnership with Poland on Friday.\n\nNorway, the Netherlands and Denmark have comprehensive partnerships, the lowest of the three levels.",
    publishedAt: "2025-01-17",
    expected: ["DK|CP|null", "NL|CP|null", "NO|CP|null", "PL|SP|2025"],
  },
  {
    shape: "'X upgraded its ties to <level> in <month>' after a Vietnam story, month later than the page's: last year",
    body: "Vietnam and Poland raised their ties to a strategic partnership on Friday.\n\nChile upgraded its ties to a comprehensive strategic partnership in October, while Spain has held a strategic partnership since 2009.",
    publishedAt: "2025-01-17",
    expected: ["CL|CSP|2024", "ES|SP|2009", "PL|SP|2025"],
  },
];

/** What the round 6 links must leave alone. */
const GUARDS: Case[] = [
  {
    shape: "a hedged upgrade in the sentence before keeps 'joined' holders out",
    body: "Vietnam and Chile are expected to lift their ties to a comprehensive strategic partnership next year.\n\nChile joined the Pacific alliance in 2012.",
    expected: [],
  },
  {
    shape: "a colon list after another state's level is not Vietnam's",
    body: "Vietnam and Chile signed a strategic partnership on Monday.\n\nJapan has comprehensive strategic partnerships with several states: Poland in 2019 and Egypt in 2021.",
    publishedAt: "2025-06-02",
    expected: ["CL|SP|2025"],
  },
  {
    shape: "'similar accords' in a clause about another state are not Vietnam's",
    body: "Vietnam and Chile signed a strategic partnership on Monday.\n\nJapan signed a strategic partnership with Poland in 2019, and similar accords with Egypt and Kenya last year.",
    publishedAt: "2025-06-02",
    expected: ["CL|SP|2025"],
  },
  {
    shape: "'the latter' aside with no level inside changes nothing",
    body: "Hanoi has strategic partnerships with Norway, Chile and Egypt -- the latter a key grain supplier -- as well as with Poland.",
    expected: ["CL|SP|null", "EG|SP|null", "NO|SP|null", "PL|SP|null"],
  },
  {
    shape: "'the latter' aside with a higher level: only the member before it holds that one",
    body: "Hanoi has strategic partnerships with Norway, Chile and Egypt -- the latter raised to a comprehensive strategic partnership in 2019 -- as well as with Poland and Kenya.",
    expected: ["CL|SP|null", "EG|CSP|2019", "KE|SP|null", "NO|SP|null", "PL|SP|null"],
  },
  {
    shape: "'its ties with X' after a sentence whose subject is Vietnam, and 'those with Y reached the same level'",
    body: "Vietnam has widened its circle of partners in the past decade.\n\nIts ties with Chile were raised to a comprehensive strategic partnership in 2018, and those with Poland reached the same level in 2021.",
    expected: ["CL|CSP|2018", "PL|CSP|2021"],
  },
  {
    shape: "a sentence two paragraphs on about trade is no list of holders",
    body: "Vietnam and Chile upgraded ties to a comprehensive strategic partnership on Monday.\n\nTrade with Chile reached $2 billion last year, and Peru joined the talks in May.",
    publishedAt: "2025-06-01",
    expected: ["CL|CSP|2025"],
  },
  {
    shape: "'reached' a trade figure is no arrival at a level",
    body: "Vietnam and Egypt have been comprehensive strategic partners since 2010.\n\nExports to Egypt reached $3 billion in 2024, and Kenya followed with $1 billion.",
    expected: ["EG|CSP|2010"],
  },
  {
    shape: "'reached' a final with no pronoun or level back-reference is no arrival at a level",
    body: "Vietnam and Egypt have been comprehensive strategic partners since 2010.\n\nKenya reached the final of the cup in 2024.",
    expected: ["EG|CSP|2010"],
  },
  {
    shape: "a possible upgrade after the level: 'could join them' is no holder",
    body: "Vietnam has comprehensive strategic partnerships with China and Russia.\n\nChile could join them next year.",
    expected: ["CN|CSP|null", "RU|CSP|null"],
  },
  {
    shape: "'have' with a level held with a third country is not Vietnam's",
    body: "Vietnam signed a strategic partnership with Poland on Friday.\n\nNorway and Chile have a strategic partnership with each other since 2016.",
    publishedAt: "2025-01-17",
    expected: ["PL|SP|2025"],
  },
];

/** One reading per country and level, dated by the first year any finding gives (as the scorer reads them). */
const read = (c: Case) => partnershipPerLevel(c.body, { publishedAt: c.publishedAt ?? "2025-06-15" });

describe("partnerships: holders in the sentence after the level (round 6 roles)", () => {
  it.each(FOLLOW_ON.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});

describe("partnerships: a year in the holder's own segment of a list (round 6 roles)", () => {
  it.each(OWN_SEGMENT.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});

describe("partnerships: holders as the subject of a clause whose object is the level (round 6 roles)", () => {
  it.each(SUBJECT_HOLDERS.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});

describe("partnerships: what the round 6 links leave alone", () => {
  it.each(GUARDS.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});
