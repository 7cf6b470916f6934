import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Holders tied to a level by the shape of the sentence rather than by a connector right before them: a group that
 * joins others "as" a level, a count of holders ("as the third country to have …", "the only two …"), a pronoun
 * counting for Vietnam, members dated by a bare ", since <year>," aside, a group dated by a series of years in order,
 * the antecedent of 'whose', a factbox heading that is the level alone, a level in brackets after a country, and "the two <adjective> neighbours" as the pair. Readings:
 * country code | level | year. Own sentences.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
const read = (c: Case) => [...new Set(eachPartnership(c.body, { publishedAt: c.publishedAt ?? "2025-06-01" }))].sort();

const CASES: Case[] = [
  {
    name: "a group of joiners before 'joined' holds the level with the list it joins",
    body: "Brunei and Chile joined Peru and Argentina as comprehensive partners of Vietnam in 2019.",
    expected: ["AR|CP|null", "BN|CP|2019", "CL|CP|2019", "PE|CP|null"],
  },
  {
    name: "'as the Nth country to have a <level> with Vietnam' reads like 'as Vietnam's <level>s', past dated members",
    body: "Thailand now joins Malaysia (2024) and Indonesia (2025) as the third nation to have a comprehensive strategic partnership with Viet Nam.",
    expected: ["ID|CSP|2025", "MY|CSP|2024", "TH|CSP|2025"],
  },
  {
    name: "'while it counts … among its <level>s' counts for Vietnam when Vietnam opens the sentence",
    body: "Vietnam signed a comprehensive partnership with Denmark in 2013, while it counts Italy and France among its strategic partners.",
    expected: ["DK|CP|2013", "FR|SP|null", "IT|SP|null"],
  },
  {
    name: "members of a list each dated by a bare ', since <year>,' aside keep their own years",
    body: "Vietnam's strategic partners in Europe are Spain, since 2009, Britain, since 2010, and Germany, since 2011.",
    expected: ["DE|SP|2011", "ES|SP|2009", "GB|SP|2010"],
  },
  {
    name: "a member dated by ', dating from <year>,' does not end the list after it",
    body: "Vietnam has comprehensive partnerships with Chile, dating from 2009, and Argentina (2010).",
    expected: ["AR|CP|2010", "CL|CP|2009"],
  },
  {
    name: "'… has been a <level> since <year> and X since <year>': a verbless tail joined by 'and' alone adds X",
    body: "Canada is a comprehensive partner of Vietnam, while Britain has been a strategic partner since 2010 and Italy since 2013.",
    expected: ["CA|CP|null", "GB|SP|2010", "IT|SP|2013"],
  },
  {
    name: "a group followed by as many years in its own clause takes them in order",
    body: "Vietnam's first comprehensive partners were South Africa and Chile, with which it set up the framework in 2004 and 2009.",
    expected: ["CL|CP|2009", "ZA|CP|2004"],
  },
  {
    name: "'the only two <level>s – the first since …, the second since …' dates a group in apposition",
    body: "On Vietnam's top rung stood India and South Korea, the only two comprehensive strategic partners named that year – the first since 2016, the second since 2022.",
    expected: ["IN|CSP|2016", "KR|CSP|2022"],
  },
  {
    name: "', all of which signed in <year>' dates the whole group before it, not the subject",
    body: "Peru becomes Vietnam's third comprehensive partner in Latin America, after Chile, Argentina and Brazil, all of which signed in 2009.",
    expected: ["AR|CP|2009", "BR|CP|2009", "CL|CP|2009", "PE|CP|null"],
  },
  {
    name: "a level in brackets right after a country, with only its year inside, is that country's",
    body: "Vietnamese students go mostly to Australia (comprehensive strategic partner since 2024) and Canada (comprehensive partner since 2017), and some to Chile (a major copper producer).",
    expected: ["AU|CSP|2024", "CA|CP|2017"],
  },
  {
    name: "the antecedent of 'whose <level> with Vietnam' holds it, even after 'from'",
    body: "Delegates came from Japan, whose comprehensive strategic partnership with Vietnam dates from 2023.",
    expected: ["JP|CSP|2023"],
  },
  {
    name: "'X, whose ties with Hanoi were raised to a <level> in <year>' gives X the level and the year",
    body: "Ministers from Canada, whose ties with Hanoi were raised to a comprehensive partnership in 2017, attended.",
    expected: ["CA|CP|2017"],
  },
  {
    name: "a factbox section headed by the level alone gives each dated bullet the level",
    body: "Vietnam ranks its partners in tiers.\n\nSTRATEGIC PARTNERSHIP\n\n* Spain - 2009\n\n* Germany - 2011 (with an action plan agreed later)\n\n* Italy, France - both 2013",
    expected: ["DE|SP|2011", "ES|SP|2009", "FR|SP|2013", "IT|SP|2013"],
  },
  {
    name: "'the two <adjective> neighbours' is the one country of the sentence before, and 'co-operative' names the level",
    body: "Vietnam's ties with Laos are older than any other. The two Communist-led neighbours agreed on a comprehensive strategic co-operative partnership in 2019.",
    expected: ["LA|CSP|2019"],
  },
];

describe("partnerships: joiner groups, counts of holders and years in order", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
