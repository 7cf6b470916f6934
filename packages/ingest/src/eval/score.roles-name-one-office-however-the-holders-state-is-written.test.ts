import { describe, expect, it } from "vitest";
import type { Analysis, EntityFinding } from "../analyse/types.js";
import { GoldArticle } from "./gold.js";
import { type Prediction, scoreArticle } from "./score.js";

/*
 * The scorer reads an office the same whichever way the page writes the holder's state beside it ("Ambassador to Viet
 * Nam" is "Ambassador", "Vietnamese Ambassador" too). Official channels also write the state after a ministry's
 * portfolio ("Minister of Foreign Affairs of Malaysia"), with a possessive ("Australia's Ambassador to Viet Nam"), and
 * the Party's top office with its committee first; each is still the one office.
 *
 * Round 24: a reading writes "Prime Minister of Timor-Leste" from "Timor-Leste's Prime Minister", as it writes
 * "Prime Minister of Malaysia" from "Malaysia's Prime Minister". The state after "of" is dropped before two roles are
 * compared, and a state whose name has a hyphen (Timor-Leste, Guinea-Bissau) is a state all the same. The general
 * secretary of Laos's ruling party (the Lao People's Revolutionary Party) holds that office as the Communist Party's does.
 */
const gold = (people: GoldArticle["people"]): GoldArticle =>
  GoldArticle.parse({
    file: "a.txt",
    people,
    countries: [],
    organizations: [],
    indicators: [],
    partnerships: [],
    quotes: [],
  });

const person = (name: string, roles: string[]): EntityFinding => ({
  type: "person",
  name,
  key: name.toLowerCase(),
  code: null,
  acronym: null,
  mentions: [],
  roles: roles.map((role) => ({ role, start: 0, end: 0 })),
});

const predicted = (entities: EntityFinding[]): Prediction => ({
  body: "",
  title: null,
  source: null,
  analysis: {
    version: "t",
    entities,
    indicators: [],
    partnerships: [],
    quotes: [],
    themes: [],
    inferredDate: null,
  } as Analysis,
});

describe("roles: a hyphenated state after 'of' is a state", () => {
  it("reads 'Prime Minister of Timor-Leste' as the office 'Prime Minister'", () => {
    const s = scoreArticle(
      gold([{ name: "Xanana Gusmao", roles: ["Prime Minister of Timor-Leste"] }]),
      predicted([person("Xanana Gusmao", ["Prime Minister"])]),
    );
    expect(s.roles).toMatchObject({ right: 1, total: 1 });
  });

  it("reads 'President of Guinea-Bissau' as the office 'President'", () => {
    const s = scoreArticle(
      gold([{ name: "Umaro Sissoco Embalo", roles: ["President of Guinea-Bissau"] }]),
      predicted([person("Umaro Sissoco Embalo", ["President"])]),
    );
    expect(s.roles).toMatchObject({ right: 1, total: 1 });
  });

  it("keeps a hyphenated body that is no state as part of the office", () => {
    const s = scoreArticle(
      gold([{ name: "Nguyen Van A", roles: ["President of Vietnam-Japan"] }]),
      predicted([person("Nguyen Van A", ["President"])]),
    );
    expect(s.roles).toMatchObject({ right: 0, total: 2 });
  });

  it("reads 'General Secretary of the Lao People's Revolutionary Party Central Committee' as 'General Secretary'", () => {
    const s = scoreArticle(
      gold([
        {
          name: "Thongloun Sisoulith",
          roles: ["General Secretary of the Lao People's Revolutionary Party Central Committee"],
        },
      ]),
      predicted([person("Thongloun Sisoulith", ["general secretary"])]),
    );
    expect(s.roles).toMatchObject({ right: 1, total: 1 });
  });
});

describe("roles written with the holder's state", () => {
  it("reads a state after a ministry's portfolio, a possessive state and the Party's committee-first style as the office", () => {
    const s = scoreArticle(
      gold([
        { name: "Ahmad Zaki", roles: ["Minister of Foreign Affairs of Malaysia"] },
        { name: "Jane Hart", roles: ["Australia's Ambassador to Viet Nam"] },
        { name: "To Lam", roles: ["General Secretary of the Central Committee of the Communist Party of Viet Nam"] },
        { name: "Le Van Binh", roles: ["Minister of Industry and Trade of the Socialist Republic of Viet Nam"] },
      ]),
      predicted([
        person("Ahmad Zaki", ["Minister of Foreign Affairs"]),
        person("Jane Hart", ["Ambassador"]),
        person("To Lam", ["General Secretary"]),
        person("Le Van Binh", ["Minister of Industry and Trade"]),
      ]),
    );
    expect(s.roles.wrong).toEqual([]);
    expect(s.roles).toMatchObject({ right: 4, total: 4 });
  });

  it("reads an envoy's full style as the office 'Ambassador'", () => {
    const s = scoreArticle(
      gold([
        { name: "Kenji Sato", roles: ["Ambassador"] },
        {
          name: "Rahul Mehta",
          roles: ["Ambassador Extraordinary and Plenipotentiary of the Republic of India to Viet Nam"],
        },
      ]),
      predicted([
        person("Kenji Sato", ["Ambassador Extraordinary and Plenipotentiary"]),
        person("Rahul Mehta", ["Ambassador"]),
      ]),
    );
    expect(s.roles).toMatchObject({ right: 2, total: 2 });
  });

  it("keeps a body after a portfolio, and a different portfolio, apart", () => {
    const s = scoreArticle(
      gold([
        { name: "Tran Thanh Man", roles: ["Chairman of the National Assembly of Viet Nam"] },
        { name: "Ahmad Zaki", roles: ["Minister of Foreign Affairs of Malaysia"] },
      ]),
      predicted([person("Tran Thanh Man", ["Chairman"]), person("Ahmad Zaki", ["Minister of Defence"])]),
    );
    expect(s.roles).toMatchObject({ right: 0, total: 4 });
  });
});

// Round 30: "general secretary of Vietnam's Communist Party" names the holder's state with a possessive after "of"; it
// is the office "general secretary of the Communist Party" all the same.
describe("roles: a state's possessive after 'of'", () => {
  it("reads the party office with the state's possessive as the office without it", () => {
    const s = scoreArticle(
      gold([{ name: "Nguyen Van A", roles: ["General Secretary of Vietnam's Communist Party"] }]),
      predicted([person("Nguyen Van A", ["general secretary of the Communist Party"])]),
    );
    expect(s.roles).toMatchObject({ right: 1, total: 1 });
  });

  it("reads the party called 'ruling' as the same party", () => {
    const s = scoreArticle(
      gold([{ name: "Nguyen Van A", roles: ["general secretary"] }]),
      predicted([person("Nguyen Van A", ["general secretary of the ruling Communist Party"])]),
    );
    expect(s.roles).toMatchObject({ right: 1, total: 1 });
  });

  it("keeps a possessive that is no state's", () => {
    const s = scoreArticle(
      gold([{ name: "Nguyen Van A", roles: ["director of the Agency's Hanoi office"] }]),
      predicted([person("Nguyen Van A", ["director"])]),
    );
    expect(s.roles).toMatchObject({ right: 0, total: 2 });
  });
});

// Round 49: Vietnamese pages write the ruling party as "the Party" alone after the office.
describe("roles: the Party's top office after 'of the Party'", () => {
  it("reads 'General Secretary of the Party Central Committee' as 'General Secretary'", () => {
    const s = scoreArticle(
      gold([{ name: "Tran Van B", roles: ["General Secretary of the Party Central Committee"] }]),
      predicted([person("Tran Van B", ["General Secretary"])]),
    );
    expect(s.roles).toMatchObject({ right: 1, total: 1 });
  });

  it("keeps another body's committee part of the office", () => {
    const s = scoreArticle(
      gold([{ name: "Tran Van B", roles: ["General Secretary of the Trade Union Central Committee"] }]),
      predicted([person("Tran Van B", ["General Secretary"])]),
    );
    expect(s.roles).toMatchObject({ right: 0, total: 2 });
  });
});
