import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Years said of one holder ("with Germany last year", "with Italy in January" under a sentence that opens on "last
 * year", "the United States, which reached the tier in September", "since October, the United Kingdom", "China
 * itself, signed in 2008"), a single holder's level reached by a later step, upgrades only studied or prepared, a
 * level in a "would be" clause, and a partnership pact on one field. Readings: country code | level | year. Own
 * sentences.
 */
// `level`: only the readings at that level are compared
type Case = { name: string; body: string; publishedAt?: string; level?: string; expected: string[] };
const read = (c: Case) => partnershipPerLevel(c.body, c).filter((r) => !c.level || r.split("|")[1] === c.level);

const CASES: Case[] = [
  {
    name: "'last year' right after a holder dates it, not another holder's written year",
    body: "Hanoi, which set up a strategic partnership with Norway last year and is deepening its 2005 strategic partnership with Cuba, is widening its circle.",
    publishedAt: "2019-06-02",
    expected: ["CU|SP|2005", "NO|SP|2018"],
  },
  {
    name: "a time word after a people's name is not said of the holder",
    body: "Hanoi, which set up a comprehensive strategic partnership with Moscow in 2012, has complained about Russian tankers this year.",
    publishedAt: "2019-06-02",
    expected: ["RU|CSP|2012"],
  },
  {
    name: "months under a sentence that opens on 'last year' are last year's",
    body: "Last year was a busy one: we set up strategic partnerships with Chile in February, Peru in October and a comprehensive partnership with Mexico in November.",
    publishedAt: "2019-03-10",
    expected: ["CL|SP|2018", "MX|CP|2018", "PE|SP|2018"],
  },
  {
    name: "a relative clause on the holder gives its month",
    body: "The step put Norway level with Chile, which reached the same comprehensive strategic partnership in August.",
    publishedAt: "2021-10-05",
    expected: ["CL|CSP|2021"],
  },
  {
    name: "a month set off before the last holder of a list dates it",
    body: "Vietnam now counts several comprehensive strategic partners, among them Chile, Peru and, since September, Norway.",
    publishedAt: "2021-10-05",
    expected: ["CL|CSP|null", "NO|CSP|2021", "PE|CSP|null"],
  },
  {
    name: "a participle after the holder gives its own year",
    body: "Vietnam has a comprehensive strategic partnership with Cuba itself, signed in 2006, and one with Chile since 2015.",
    publishedAt: "2021-10-05",
    expected: ["CL|CSP|2015", "CU|CSP|2006"],
  },
  {
    name: "a single holder's level raised to later takes the step's year",
    body: "The ties with Chile began in 2003, when the two sides declared a strategic partnership, which in 2016 was raised to a comprehensive strategic partnership.",
    publishedAt: "2021-10-05",
    expected: ["CL|CSP|2016"],
  },
  {
    name: "an upgrade the two sides agreed only to study is not held",
    body: "Chile and Vietnam have agreed to study raising their strategic partnership to a comprehensive strategic partnership, the minister said.",
    publishedAt: "2021-10-05",
    level: "CSP",
    expected: [],
  },
  {
    name: "preparations to raise ties and a level that 'would be' a first are not held",
    body: "The two premiers agreed to begin preparations to raise relations to the level of a strategic partnership. For Norway, a strategic partnership with Vietnam would be a first in Asia.",
    publishedAt: "2021-10-05",
    expected: [],
  },
  {
    name: "a strategic partnership agreement on one field is a sectoral arrangement",
    body: "Relations have grown since Vietnam and Norway signed a strategic partnership agreement on ocean management and fisheries in 2012.",
    publishedAt: "2021-10-05",
    expected: [],
  },
  {
    name: "a strategic partnership agreement with no field is the framework itself",
    body: "Vietnam and Norway signed a strategic partnership agreement in 2012.",
    publishedAt: "2021-10-05",
    expected: ["NO|SP|2012"],
  },
];

describe("partnerships: holder-dated steps, hedged studies and sectoral pacts", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
