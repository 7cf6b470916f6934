import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Partnership sentences in phrasings the extractor was not written against, each with the reading a careful human
 * gives it (country code | level | year), written before the extractor ever saw them. Levels: CSP = Comprehensive
 * Strategic Partnership, SP = Strategic Partnership, CP = Comprehensive Partnership. A country keeps only its highest
 * level in an article, the rest is history. Frameworks between two foreign countries are not Vietnam's.
 */
type Case = { name: string; body: string; publishedAt?: string; title?: string; expected: string[] };

const CASES: Case[] = [
  {
    name: "capitals as metonyms in an upgrade with the old level's year",
    body: "Hanoi and Canberra raised their ties to a comprehensive strategic partnership in March 2024, six years after forming a strategic partnership in 2018.",
    expected: ["AU|CSP|2024"],
  },
  {
    name: "capital named as an ordinal partner",
    body: "Tokyo became Hanoi's fifth comprehensive strategic partner in November 2023.",
    expected: ["JP|CSP|2023"],
  },
  {
    name: "Vietnamese outlet style with a dash between the pair",
    body: "The Vietnam – Japan Comprehensive Strategic Partnership, set up in 2023, now covers semiconductors and clean energy.",
    expected: ["JP|CSP|2023"],
  },
  {
    name: "Japan's extensive strategic partnership",
    body: "Japan and Vietnam lifted their relationship to an Extensive Strategic Partnership for Peace and Prosperity in Asia in 2014.",
    expected: ["JP|SP|2014"],
  },
  {
    name: "China's cooperative wording framed passively",
    body: "Vietnam's ties with China have been framed as a comprehensive strategic cooperative partnership since 2008.",
    expected: ["CN|CSP|2008"],
  },
  {
    name: "capitals agreeing on a level with the year before it",
    body: "Beijing and Hanoi agreed in 2008 on a comprehensive strategic cooperative partnership.",
    expected: ["CN|CSP|2008"],
  },
  {
    name: "a timeline with years in parentheses after single countries and groups",
    body: "Vietnam's list of comprehensive strategic partners now reads China (2008), Russia (2012), India (2016), South Korea (2022), the United States and Japan (2023), and Australia and France (2024).",
    expected: [
      "CN|CSP|2008",
      "RU|CSP|2012",
      "IN|CSP|2016",
      "KR|CSP|2022",
      "US|CSP|2023",
      "JP|CSP|2023",
      "AU|CSP|2024",
      "FR|CSP|2024",
    ],
  },
  {
    name: "an appositive old level and a new one later in the sentence",
    body: "Malaysia, a comprehensive partner since 2015, became a comprehensive strategic partner during Anwar Ibrahim's visit in November 2024.",
    expected: ["MY|CSP|2024"],
  },
  {
    name: "a held level beside a denied further upgrade",
    body: "Officials said there were no immediate plans to lift relations with the Philippines beyond the strategic partnership agreed in 2015.",
    expected: ["PH|SP|2015"],
  },
  {
    name: "an expected upgrade is not held",
    body: "Hanoi and Jakarta are expected to elevate ties to a comprehensive strategic partnership when Prabowo visits next year.",
    expected: [],
  },
  {
    name: "two foreign countries' framework on a Vietnam page",
    body: "Indonesia and Australia upgraded their relationship to a comprehensive strategic partnership in 2018. Vietnam is watching closely.",
    expected: [],
  },
  {
    name: "a clause about another pair, then Vietnam's own at the same level",
    body: "India has a comprehensive strategic partnership with Japan, while its ties with Vietnam were raised to the same level in 2016.",
    expected: ["IN|CSP|2016"],
  },
  {
    name: "an anniversary dates the framework back from the article's year",
    body: "This year marks the 10th anniversary of the Vietnam-Philippines strategic partnership.",
    publishedAt: "2025-04-02",
    expected: ["PH|SP|2015"],
  },
  {
    name: "'the two countries' after a sentence naming the partner",
    body: "Singapore's Prime Minister arrived in Hanoi on Monday. The two countries, which became strategic partners in 2013, also marked 50 years of diplomatic relations.",
    publishedAt: "2023-08-28",
    expected: ["SG|SP|2013"],
  },
  {
    name: "'both sides' agreeing to an upgrade reported on a weekday",
    body: "Prime Minister Pham Minh Chinh received New Zealand's Christopher Luxon in Hanoi on Tuesday. Both sides agreed to raise the relationship to a comprehensive strategic partnership.",
    publishedAt: "2025-02-26",
    expected: ["NZ|CSP|2025"],
  },
  {
    name: "the new level only in the headline",
    title: "Vietnam, Brazil lift ties to strategic partnership",
    body: "President Lula da Silva and President Luong Cuong signed a joint statement in Brasilia on Saturday. The new framework replaces the comprehensive partnership the two countries set up in 2007.",
    publishedAt: "2024-11-17",
    expected: ["BR|SP|2024"],
  },
  {
    name: "a country as a strategic partner of Vietnam since a year",
    body: "Germany has been a strategic partner of Vietnam since 2011.",
    expected: ["DE|SP|2011"],
  },
  {
    name: "years in parentheses before the level",
    body: "Italy (2013), Spain (2009) and the United Kingdom (2010) all hold strategic partnerships with Vietnam.",
    expected: ["IT|SP|2013", "ES|SP|2009", "GB|SP|2010"],
  },
  {
    name: "a count of partners then 'among them'",
    body: "Vietnam counts 13 comprehensive partners, among them Denmark, Hungary and Chile.",
    expected: ["DK|CP|null", "HU|CP|null", "CL|CP|null"],
  },
  {
    name: "an old level then 'it was elevated' in the next clause",
    body: "Canberra's comprehensive partnership with Hanoi dates to 2009; it was elevated to a strategic partnership in 2018.",
    expected: ["AU|SP|2018"],
  },
  {
    name: "a staircase of levels with years",
    body: "Seoul and Hanoi climbed every step: a comprehensive partnership in 2001, a strategic partnership in 2009 and a comprehensive strategic partnership in 2022.",
    expected: ["KR|CSP|2022"],
  },
  {
    name: "a hedged grant is not held",
    body: "Analysts say Vietnam could eventually grant Indonesia comprehensive strategic partner status.",
    expected: [],
  },
  {
    name: "a negated upgrade keeps the existing level",
    body: "Thailand and Vietnam did not upgrade their ties at the meeting, keeping the enhanced strategic partnership set in 2013.",
    expected: ["TH|SP|2013"],
  },
  {
    name: "'rather than' a higher level",
    body: "Rather than a full comprehensive strategic partnership, Wellington and Hanoi settled on a strategic partnership in 2020.",
    expected: ["NZ|SP|2020"],
  },
  {
    name: "a status both countries agreed",
    body: "The Philippines is one of Vietnam's strategic partners, a status both countries agreed in 2015.",
    expected: ["PH|SP|2015"],
  },
  {
    name: "Viet Nam – Indonesia named framework established on a date",
    body: "The Viet Nam – Indonesia Comprehensive Strategic Partnership was officially established on March 10, 2025, during General Secretary To Lam's visit to Jakarta.",
    expected: ["ID|CSP|2025"],
  },
  {
    name: "last month's upgrade",
    body: "Last month's upgrade puts Thailand among Vietnam's comprehensive strategic partners.",
    publishedAt: "2025-06-10",
    expected: ["TH|CSP|2025"],
  },
  {
    name: "a sectoral strategic partnership is not a level",
    body: "The Netherlands and Vietnam established a comprehensive partnership in 2019, building on a strategic partnership on climate change adaptation and water management set up in 2010.",
    expected: ["NL|CP|2019"],
  },
  {
    name: "another country's upgrade beside Vietnam's framework",
    body: "Malaysia elevated relations with South Korea to a strategic partnership last year, while its comprehensive strategic partnership with Vietnam dates from 2024.",
    publishedAt: "2025-03-01",
    expected: ["MY|CSP|2024"],
  },
  {
    name: "appositive old level with years, new level later with a month",
    body: "Vietnam and France, strategic partners since 2013, raised the relationship to a comprehensive strategic partnership in October 2024.",
    expected: ["FR|CSP|2024"],
  },
  {
    name: "twelve years after the old level, a described top tier",
    body: "Twelve years after Singapore and Vietnam forged a strategic partnership in 2013, the two countries lifted ties to a comprehensive strategic partnership on Wednesday.",
    publishedAt: "2025-03-12",
    expected: ["SG|CSP|2025"],
  },
  {
    name: "a country becoming a comprehensive partner",
    body: "Argentina became a comprehensive partner of Vietnam in 2010.",
    expected: ["AR|CP|2010"],
  },
  {
    name: "capitals in a possessive partner phrase",
    body: "Moscow has been Hanoi's comprehensive strategic partner since 2012.",
    expected: ["RU|CSP|2012"],
  },
  {
    name: "two capitals enjoying a level with Hanoi",
    body: "Both Beijing and Moscow already enjoy comprehensive strategic partnerships with Hanoi.",
    expected: ["CN|CSP|null", "RU|CSP|null"],
  },
  {
    name: "an appositive partner with a year",
    body: "Spain, a strategic partner since 2009, sent its foreign minister to Hanoi this week.",
    expected: ["ES|SP|2009"],
  },
  {
    name: "a quoted level as an adjective with a list",
    body: "Vietnam has 'strategic partner' arrangements with Germany, Italy and Spain.",
    expected: ["DE|SP|null", "IT|SP|null", "ES|SP|null"],
  },
  {
    name: "relations between the pair have been a level since a year",
    body: "Relations between Vietnam and the United Kingdom have been a strategic partnership since 2010.",
    expected: ["GB|SP|2010"],
  },
  {
    name: "a contrast clause names no level for the first country",
    body: "Unlike Japan, which elevated ties in 2023, Canada remains only a comprehensive partner, a framework agreed in 2017.",
    expected: ["CA|CP|2017"],
  },
  {
    name: "a dated upgrade before the level",
    body: "The 2016 upgrade made India a comprehensive strategic partner.",
    expected: ["IN|CSP|2016"],
  },
  {
    name: "possessive years and 'followed by'",
    body: "India's 2016 comprehensive strategic partnership with Vietnam was followed by South Korea's in 2022.",
    expected: ["IN|CSP|2016", "KR|CSP|2022"],
  },
  {
    name: "from an old dated level to a new one",
    body: "Vietnam and South Korea upgraded relations from a strategic partnership established in 2009 to a comprehensive strategic partnership in December 2022.",
    expected: ["KR|CSP|2022"],
  },
  {
    name: "from and to levels with years in parentheses",
    body: "Ties between Hanoi and Washington jumped from a comprehensive partnership (2013) to a comprehensive strategic partnership (2023).",
    expected: ["US|CSP|2023"],
  },
  {
    name: "a foreign country's own frameworks before it adds Vietnam",
    body: "Australia, which signed a comprehensive strategic partnership with Indonesia in 2018 and with Malaysia in 2021, added Vietnam to that group in 2024.",
    expected: ["AU|CSP|2024"],
  },
  {
    name: "governments named by demonym",
    body: "The Vietnamese and Japanese governments raised bilateral ties to a comprehensive strategic partnership in 2023.",
    expected: ["JP|CSP|2023"],
  },
  {
    name: "'which Vietnam and Italy established' after the level",
    body: "Both sides reaffirmed the strategic partnership, which Vietnam and Italy established in 2013.",
    expected: ["IT|SP|2013"],
  },
  {
    name: "a group joining the list in a year after a sentence naming the level",
    body: "Vietnam had nine comprehensive strategic partners at the end of 2024. Indonesia, Singapore and Thailand joined the list in 2025.",
    expected: ["ID|CSP|2025", "SG|CSP|2025", "TH|CSP|2025"],
  },
  {
    name: "a possible framework with the EU is not held",
    body: "Vietnam may seek a comprehensive strategic partnership with the European Union, diplomats said.",
    expected: [],
  },
  {
    name: "two foreign capitals' upgrade then Vietnam's own with the capital",
    body: "The Philippines and Japan upgraded ties to a strategic partnership in 2011. Vietnam's own strategic partnership with Manila came in 2015.",
    expected: ["PH|SP|2015"],
  },
];

/**
 * A second batch, written after the rework and run once against it without changes, to check that the rework did
 * not just learn the first batch. Its first run: P 76.5 R 100 F1 86.7 (tp 13, fp 4, fn 0); the false ones were a
 * considered upgrade, a framework of two foreign countries in a "while" clause and a negated one.
 */
const HELD_OUT: Case[] = [
  {
    name: "a relative clause dating the level of a pair",
    body: "Vietnam and Kazakhstan, which set up a strategic partnership in 2011, pledged closer energy ties on Friday.",
    expected: ["KZ|SP|2011"],
  },
  {
    name: "a fronted year and 'among Vietnam's partners'",
    body: "Since 2009, Spain has been among Vietnam's strategic partners.",
    expected: ["ES|SP|2009"],
  },
  {
    name: "capitals and a level in apposition to 'the top tier'",
    body: "Hanoi elevated ties with Jakarta to the top tier, a comprehensive strategic partnership, in March 2025.",
    expected: ["ID|CSP|2025"],
  },
  {
    name: "the level between the pair with a dated participle",
    body: "The strategic partnership between Vietnam and the Philippines, forged in 2015, covers maritime security.",
    expected: ["PH|SP|2015"],
  },
  {
    name: "a considered upgrade is not held",
    body: "Japan will consider an upgrade of its ties with Vietnam to a comprehensive strategic partnership, officials said.",
    expected: [],
  },
  {
    name: "an upgrade from one level to another with one year",
    body: "Vietnam upgraded its relationship with Australia from a strategic partnership to a comprehensive strategic partnership in 2024.",
    expected: ["AU|CSP|2024"],
  },
  {
    name: "a two-country framework beside Vietnam in a while clause",
    body: "South Korea and Japan agreed on a new strategic partnership in 2025, while Vietnam watched from the sidelines.",
    expected: [],
  },
  {
    name: "a list of comprehensive partners with years after 'are'",
    body: "Among Vietnam's comprehensive partners are Chile (2007), Argentina (2010) and Denmark (2013).",
    expected: ["CL|CP|2007", "AR|CP|2010", "DK|CP|2013"],
  },
  {
    name: "'a year after' an upgrade with a month and year",
    body: "A year after Vietnam and Singapore lifted ties to a comprehensive strategic partnership in March 2025, trade has grown 12%.",
    expected: ["SG|CSP|2025"],
  },
  {
    name: "reported speech with 'earlier this year'",
    body: "Prime Minister Luxon said New Zealand and Vietnam had become comprehensive strategic partners earlier this year.",
    publishedAt: "2025-09-15",
    expected: ["NZ|CSP|2025"],
  },
  {
    name: "one verb, two countries with their own years",
    body: "Vietnam signed a strategic partnership with the United Kingdom in 2010 and with Germany in 2011.",
    expected: ["GB|SP|2010", "DE|SP|2011"],
  },
  {
    name: "another country's missing framework",
    body: "Unlike Vietnam, Cambodia has no comprehensive strategic partnership with the United States.",
    expected: [],
  },
  {
    name: "a possessive pair and a dated participle",
    body: "Vietnam and India's comprehensive strategic partnership, agreed in 2016, marks its tenth year in 2026.",
    expected: ["IN|CSP|2016"],
  },
];

/**
 * A third batch aimed at precision (levels that are wished for, sectoral, or another pair's), written after the
 * second and run once before any change. Its first run: P 42.9 R 75.0 F1 54.5 (tp 3, fp 4, fn 1); the false ones
 * were a country named as a speaker's modifier ("a US official said") or a foreign pair's framework in its own
 * clause, taken as the only country of the sentence.
 */
const PRECISION: Case[] = [
  {
    name: "a wished-for sectoral partnership and a country as a speaker's modifier",
    body: "Vietnam wants a strategic partnership in semiconductors, a US official said.",
    expected: [],
  },
  {
    name: "a capital's framework with another capital after a semicolon",
    body: "The Philippines and Vietnam signed a memorandum on rice trade; Manila is also a strategic partner of Tokyo.",
    expected: [],
  },
  {
    name: "another pair's framework in a while clause",
    body: "Vietnam and Laos share a special relationship, while Cambodia is a comprehensive partner of China.",
    expected: [],
  },
  {
    name: "a relative clause on a demonym's country",
    body: "Russian President Vladimir Putin, whose country has been Vietnam's comprehensive strategic partner since 2012, arrived in Hanoi.",
    expected: ["RU|CSP|2012"],
  },
  {
    name: "a level that is not on the table",
    body: "A comprehensive strategic partnership with Vietnam is not on the table yet, an Indonesian diplomat said.",
    expected: [],
  },
  {
    name: "a pair as partners since a year, then a capital",
    body: "Germany and Vietnam have been strategic partners since 2011, and Berlin wants to deepen the relationship.",
    expected: ["DE|SP|2011"],
  },
  {
    name: "a held level beside stalled talks on a higher one",
    body: "Vietnam's foreign minister visited Bangkok. Thailand remains a strategic partner, but talks on a comprehensive strategic partnership have stalled.",
    expected: ["TH|SP|null"],
  },
  {
    name: "a union in Vietnamese outlet style",
    body: "The Vietnam-EU comprehensive partnership dates from 2012.",
    expected: ["EU|CP|2012"],
  },
];

/**
 * A fourth batch (issue 11, second pass), written before any run: relative clauses, passives, ordinal partners,
 * headlines, other countries' frameworks and a list after "include" with years in parentheses. Its first run: 14 of
 * 15 right (tp 16, fp 0, fn 1); the miss was "while Vietnam's own with China was set up in 2008".
 */
const FOURTH: Case[] = [
  {
    name: "a list after 'include' with each year in parentheses",
    body: "Vietnam's strategic partners include Spain (2009), the United Kingdom (2010) and Germany (2011).",
    expected: ["ES|SP|2009", "GB|SP|2010", "DE|SP|2011"],
  },
  {
    name: "a relative clause after the holder dating its upgrade",
    body: "Japan, which elevated ties with Vietnam to a comprehensive strategic partnership in November 2023, pledged new loans on Tuesday.",
    expected: ["JP|CSP|2023"],
  },
  {
    name: "'the two countries, whose relations were upgraded' after a sentence naming the partner",
    body: "President Luong Cuong met Indonesian President Prabowo Subianto in Jakarta. The two countries, whose relations were upgraded to a comprehensive strategic partnership in March 2025, signed five agreements.",
    expected: ["ID|CSP|2025"],
  },
  {
    name: "an ordinal partner with a full date",
    body: "Malaysia became Vietnam's eighth comprehensive strategic partner on November 21, 2024.",
    publishedAt: "2024-11-22",
    expected: ["MY|CSP|2024"],
  },
  {
    name: "a passive establishment between Vietnam and a partner",
    body: "A comprehensive strategic partnership was established between Vietnam and Singapore in March 2025.",
    expected: ["SG|CSP|2025"],
  },
  {
    name: "passive relations between two capitals",
    body: "Relations between Hanoi and Paris were elevated to a comprehensive strategic partnership during To Lam's visit in October 2024.",
    expected: ["FR|CSP|2024"],
  },
  {
    name: "a headline upgrade with a lead that names no level",
    title: "Vietnam, Thailand lift ties to comprehensive strategic partnership",
    body: "Prime Minister Pham Minh Chinh and Thai Prime Minister Paetongtarn Shinawatra held talks in Bangkok on Friday. The two leaders agreed to deepen trade and security cooperation.",
    publishedAt: "2025-05-16",
    expected: ["TH|CSP|2025"],
  },
  {
    name: "two other pairs' frameworks in one sentence",
    body: "Vietnam welcomed the move. Separately, Japan and the Philippines raised their ties to a comprehensive strategic partnership in 2025, and Australia signed one with Indonesia in 2018.",
    expected: [],
  },
  {
    name: "another pair's framework, then Vietnam's own in a while clause",
    body: "China's comprehensive strategic cooperative partnership with Laos dates from 2009, while Vietnam's own with China was set up in 2008.",
    expected: ["CN|CSP|2008"],
  },
  {
    name: "a union and two countries listed without years",
    body: "Vietnam's comprehensive partners include the European Union, Chile and Argentina.",
    expected: ["EU|CP|null", "CL|CP|null", "AR|CP|null"],
  },
  {
    name: "a framework not yet signed",
    body: "Vietnam has not yet signed a strategic partnership with Canada, officials said.",
    expected: [],
  },
  {
    name: "a partner of Vietnam in apposition with its year",
    body: "Italy, a strategic partner of Vietnam since 2013, sent its prime minister to Hanoi.",
    expected: ["IT|SP|2013"],
  },
  {
    name: "'last year' in a relative clause dated by the article",
    body: "Vietnam and Australia, which elevated ties to a comprehensive strategic partnership last year, opened a new trade office.",
    publishedAt: "2025-03-10",
    expected: ["AU|CSP|2024"],
  },
  {
    name: "a first partner in a region",
    body: "Brazil became Vietnam's first strategic partner in Latin America in 2024.",
    expected: ["BR|SP|2024"],
  },
  {
    name: "an upgrade that made a country the Nth on the tier",
    body: "The upgrade to a comprehensive strategic partnership in 2023 made the United States the fifth country on Vietnam's top tier.",
    expected: ["US|CSP|2023"],
  },
];

/**
 * A fifth batch (issue 11, second pass), written after the fourth was fixed and before this one was run: counts with
 * "most recently", first anniversaries, "has yet to", "under the … set up in", a quoted level, a headline about
 * another pair, an "only partner in a region", and "making X the first … to hold that status". Its first run: 9 of 11
 * right (tp 8, fp 1, fn 1): "work toward a strategic partnership" was read as held, and "has yet to" in a later
 * clause hid the level held in the first.
 */
const FIFTH: Case[] = [
  {
    name: "a count of partners with the latest after 'most recently'",
    body: "Vietnam has so far established comprehensive strategic partnerships with 12 countries, most recently Malaysia in November 2024.",
    expected: ["MY|CSP|2024"],
  },
  {
    name: "working toward a level is not holding it",
    body: "The Czech Republic and Vietnam agreed to work toward a strategic partnership.",
    expected: [],
  },
  {
    name: "a first anniversary dated by the article",
    body: "Hanoi and Canberra marked the first anniversary of their comprehensive strategic partnership on Thursday.",
    publishedAt: "2025-03-07",
    expected: ["AU|CSP|2024"],
  },
  {
    name: "a held level beside a higher one the partner has yet to agree",
    body: "Vietnam and the EU have been comprehensive partners since 2012, but Brussels has yet to agree to a strategic partnership.",
    expected: ["EU|CP|2012"],
  },
  {
    name: "an appositive 'partner of Vietnam since' after a visit",
    body: "President Luong Cuong's visit to Chile, a comprehensive partner of Vietnam since 2007, ended on Friday.",
    expected: ["CL|CP|2007"],
  },
  {
    name: "an economic partnership agreement beside a comprehensive partnership",
    body: "Vietnam and the United Arab Emirates signed a comprehensive economic partnership agreement and lifted ties to a comprehensive partnership in October 2024.",
    expected: ["AE|CP|2024"],
  },
  {
    name: "'under the level set up in' with the one foreign country of the sentence",
    body: "Vietnam and Japan held talks in Tokyo. Under the comprehensive strategic partnership set up in 2023, Japan pledged more aid.",
    expected: ["JP|CSP|2023"],
  },
  {
    name: "a quoted level with a dated participle",
    body: 'Vietnam\'s "comprehensive strategic partnership" with the United States, agreed in September 2023, has survived the tariff row.',
    expected: ["US|CSP|2023"],
  },
  {
    name: "a headline about two other countries",
    title: "Indonesia, Australia upgrade ties to comprehensive strategic partnership",
    body: "Indonesian President Joko Widodo and Australian Prime Minister Anthony Albanese met in Jakarta. Vietnam's foreign ministry welcomed the move.",
    publishedAt: "2023-07-05",
    expected: [],
  },
  {
    name: "the only partner in a region",
    body: "Kazakhstan is Vietnam's only strategic partner in Central Asia.",
    expected: ["KZ|SP|null"],
  },
  {
    name: "'making X the first … to hold that status' after both sides agreed",
    body: "The leaders of Vietnam and Indonesia met in Jakarta on Monday. The two sides agreed to elevate relations to a Comprehensive Strategic Partnership, making Indonesia the first ASEAN country to hold that status with Vietnam.",
    publishedAt: "2025-03-10",
    expected: ["ID|CSP|2025"],
  },
];

/**
 * A sixth batch, written before its first run: appositive plurals, "joined the group", "countries such as", passives.
 * Its first run: 7 of 7 right (tp 8, fp 0, fn 0).
 */
const SIXTH: Case[] = [
  {
    name: "Vietnam's upgrade beside the partner's own framework with China",
    body: "Vietnam upgraded ties with Kenya to a comprehensive partnership, while Kenya and China have had a comprehensive strategic cooperative partnership since 2017.",
    publishedAt: "2025-02-10",
    expected: ["KE|CP|2025"],
  },
  {
    name: "a plural level in apposition to the pair with its year",
    body: "Vietnam and Japan, comprehensive strategic partners since 2023, signed a deal on rare earths.",
    expected: ["JP|CSP|2023"],
  },
  {
    name: "a count of partners then 'joined the group' in a later clause",
    body: "Vietnam now has comprehensive strategic partnerships with 12 nations; Malaysia joined the group in 2024.",
    expected: ["MY|CSP|2024"],
  },
  {
    name: "a label used loosely names no holder",
    body: "The strategic partnership label has been used loosely by officials in Hanoi.",
    expected: [],
  },
  {
    name: "countries such as, without years",
    body: "Vietnam has strategic partnerships with countries such as Spain, Italy and Thailand.",
    expected: ["ES|SP|null", "IT|SP|null", "TH|SP|null"],
  },
  {
    name: "'under the level signed in' with the partner after 'with'",
    body: "Under the strategic partnership Vietnam signed with Spain in 2009, the two countries hold annual consultations.",
    expected: ["ES|SP|2009"],
  },
  {
    name: "a possessive partner's ties lifted in a passive",
    body: "Thailand's ties with Vietnam were lifted to a comprehensive strategic partnership in May 2025.",
    expected: ["TH|CSP|2025"],
  },
];

/** Described top levels, written together with the descriptions added to the data file for them (not unseen). */
const DESCRIBED_LEVELS: Case[] = [
  {
    name: "a list after 'alongside' holding the 'highest-level ties'",
    body: "Australia is now among the countries with which Vietnam has its highest-level ties, alongside China, Russia, India, South Korea, the United States and Japan.",
    expected: ["AU|CSP|null", "CN|CSP|null", "RU|CSP|null", "IN|CSP|null", "KR|CSP|null", "US|CSP|null", "JP|CSP|null"],
  },
  {
    name: "the subject among the countries with which Vietnam has its highest-level ties",
    body: "Australia is now among the countries with which Vietnam has its highest-level ties.",
    expected: ["AU|CSP|null"],
  },
  {
    name: "the top rung of Vietnam's diplomatic ladder",
    body: "The upgrade puts Malaysia on the top rung of Vietnam's diplomatic ladder in November 2024.",
    expected: ["MY|CSP|2024"],
  },
];

const read = (c: Case) => eachPartnership(c.body, c);

/**
 * Readings the extractor still gets wrong; listed so a fix shows up as a failing `it.fails`. The six listed until the
 * issue 11 second pass (an appositive old level, "beyond the", a back-referring clause, "made India a …", "added
 * Vietnam to that group", demonym governments) now read right.
 */
const KNOWN_MISSES = new Set<string>([]);

/** First run of the extractor before the clause-level rework: P 75.0 R 49.2 F1 59.4 (tp 30, fp 10, fn 31). */
const FLOOR_F1 = 0.9;

describe("partnerships in unseen phrasings", () => {
  for (const c of [...CASES, ...HELD_OUT, ...PRECISION, ...FOURTH, ...FIFTH, ...SIXTH, ...DESCRIBED_LEVELS]) {
    const run = KNOWN_MISSES.has(c.name) ? it.fails : it;
    run(c.name, () => {
      expect(read(c).sort()).toEqual([...c.expected].sort());
    });
  }

  it("scores at least the recorded F1 over country, level and year on the whole set", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of [...CASES, ...HELD_OUT, ...PRECISION, ...FOURTH, ...FIFTH, ...SIXTH, ...DESCRIBED_LEVELS]) {
      const got = new Set(read(c));
      const want = new Set(c.expected);
      for (const g of got)
        if (want.has(g)) tp++;
        else fp++;
      for (const w of want) if (!got.has(w)) fn++;
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f1 = (2 * p * r) / (p + r);
    expect(f1).toBeGreaterThanOrEqual(FLOOR_F1);
    expect(p).toBeGreaterThanOrEqual(0.95);
  });
});
