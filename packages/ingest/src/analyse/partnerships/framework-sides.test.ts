import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * framework-sides.ts: a framework holds between a holder and the party after "with"; only those with Vietnam on one
 * side are Vietnam's. A plural level lumped over several holders is read at each holder's recorded tier, and a level's
 * holders may come in several "with" groups, each with its own year. Own sentences, not the pages'.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };

const CASES: Case[] = [
  {
    name: "a second 'and with' group holds the level, dated by the year after it",
    body: "Hanoi keeps comprehensive partnerships with Denmark, from 2013, and with Hungary and Argentina, from 2018.",
    publishedAt: "2019-03-02",
    expected: ["AR|CP|2018", "DK|CP|2013", "HU|CP|2018"],
  },
  {
    name: "a second group dated by a time word takes the story's calendar",
    body: "Hanoi has had a strategic partnership with Italy since 2013 and with Malaysia since last year.",
    publishedAt: "2016-04-11",
    expected: ["IT|SP|2013", "MY|SP|2015"],
  },
  {
    name: "after a dated holder the next holder joins the list without 'with'",
    body: "The ministry listed strategic partnerships with Thailand, from 2013, and Singapore, from 2013, in its yearbook.",
    publishedAt: "2014-01-20",
    expected: ["SG|SP|2013", "TH|SP|2013"],
  },
  {
    name: "a foreign possessor holds the frameworks after it",
    body: "Hanoi welcomed the envoy. India's strategic partnerships with France and Japan are older than its ties with Vietnam.",
    publishedAt: "2015-06-01",
    expected: [],
  },
  {
    name: "the antecedent of 'whose government' holds the framework, not Vietnam",
    body: "Vietnam's premier met Singaporean Prime Minister Lee Hsien Loong, whose government signed a strategic partnership with Australia in 2015.",
    publishedAt: "2016-08-01",
    expected: [],
  },
  {
    name: "a ranking of Vietnam among its peers lists the peers' ties with the third country",
    body: "Vietnam is now the fourth ASEAN member to hold a strategic partnership with France after Singapore and Indonesia.",
    publishedAt: "2013-09-25",
    expected: ["FR|SP|null"],
  },
  {
    name: "a plural level lumped over a list is read at each holder's recorded tier in its year",
    body: "By 2010 Vietnam had set up strategic partnerships with Japan (2009), China (2008) and India (2007).",
    publishedAt: "2010-11-02",
    expected: ["CN|CSP|2008", "IN|SP|2007", "JP|SP|2009"],
  },
  {
    name: "one holder named alone keeps the level the page gives it",
    body: "Vietnam and China agreed on a strategic partnership framework for their border provinces in 2010.",
    publishedAt: "2010-11-02",
    expected: ["CN|SP|2010"],
  },
  {
    name: "a framework still being negotiated is not held",
    body: "Vietnam and Argentina set up a comprehensive partnership in 2010. Talks are under way on a similar framework with Peru.",
    publishedAt: "2011-05-07",
    expected: ["AR|CP|2010"],
  },
];

describe("framework sides", () => {
  for (const c of CASES) it(c.name, () => expect(partnershipPerLevel(c.body, c)).toEqual(c.expected));
});
