import { describe, expect, it } from "vitest";
import type { Analysis, EntityFinding } from "../analyse/types.js";
import { GoldArticle } from "./gold.js";
import { type Prediction, scoreArticle } from "./score.js";

/*
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
