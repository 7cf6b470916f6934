import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const rolesOf = (body: string, name: string) =>
  analyseArticle(body, {})
    .entities.find((e) => e.type === "person" && e.name === name)
    ?.roles.map((r) => r.role);

describe("a party's acronym in brackets inside the name of its organ", () => {
  it("reads the organ's words after the bracket as part of the office", () => {
    expect(
      rolesOf(
        "The minister welcomed Pham Duc Tuan, head of the Liaison Department of the Communist Party of Cuba (PCC) Central Committee, on Monday.",
        "Pham Duc Tuan",
      ),
    ).toEqual(["head of the Liaison Department of the Communist Party of Cuba (PCC) Central Committee"]);
  });

  it("keeps a party's top office whole when the bracket names another party than the ruling ones", () => {
    expect(
      rolesOf(
        "Oudom Keomany, General Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee and President of the Lao PDR, hosted the guests.",
        "Oudom Keomany",
      ),
    ).toEqual([
      "General Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee",
      "President of the Lao PDR",
    ]);
  });
});

describe("an organ named by 'its' after a first office", () => {
  it("reads the second office with 'its' and the organ's name", () => {
    expect(
      rolesOf(
        "The talks were led by Vo Thanh Lam, member of the Party Central Committee and head of its Commission for Mass Mobilisation.",
        "Vo Thanh Lam",
      ),
    ).toEqual(["member of the Party Central Committee", "head of its Commission for Mass Mobilisation"]);
  });

  it("reads a capitalised head before 'its' the same way", () => {
    expect(
      rolesOf(
        "The guests were received by Dao Minh Khoi, Secretary of the Party Central Committee and Chairman of its Economic Commission.",
        "Dao Minh Khoi",
      ),
    ).toEqual(["Secretary of the Party Central Committee", "Chairman of its Economic Commission"]);
  });
});

describe("a seat in a standing organ after 'a'", () => {
  it("is an office when the organ is named with capitals", () => {
    expect(
      rolesOf(
        "The visitors were led by Zhou Mingyuan, a member of the Political Bureau of the CPC Central Committee and head of the Organisation Department.",
        "Zhou Mingyuan",
      ),
    ).toEqual(["member of the Political Bureau of the CPC Central Committee", "head of the Organisation Department"]);
  });

  it("is still no office in a body written in lower case", () => {
    expect(rolesOf("Tran Van Hieu, a member of the delegation, said the fair was busy.", "Tran Van Hieu")).toEqual([]);
  });
});

describe("brackets in turn between an office and its holder", () => {
  it("reads the name after a party's kind and its hyphened acronym", () => {
    const people = analyseArticle(
      "The delegation met General Secretary of the Workers Party of Chile (Socialist) (WPC-S) Andres Molina Rojas on Friday.",
      {},
    ).entities.filter((e) => e.type === "person");
    expect(people.map((p) => p.name)).toEqual(["Andres Molina Rojas"]);
  });
});

describe("a party named with 'party' in lower case after it", () => {
  it("keeps the lower-case 'party' in the office and reads the next office after 'and'", () => {
    expect(
      rolesOf(
        "Talks were held by phone with Chairman of the Green Horizon party and Deputy Chairman of the State Council Ivan Petrov on Monday.",
        "Ivan Petrov",
      ),
    ).toEqual(["Chairman of the Green Horizon party", "Deputy Chairman of the State Council"]);
  });

  it("reads a one-word party's name the data does not know before the lower-case 'party'", () => {
    expect(
      rolesOf(
        "The envoy called on Chief Representative of the Sakigake party Hiroshi Tanabe in Osaka.",
        "Hiroshi Tanabe",
      ),
    ).toEqual(["Chief Representative of the Sakigake party"]);
  });
});
