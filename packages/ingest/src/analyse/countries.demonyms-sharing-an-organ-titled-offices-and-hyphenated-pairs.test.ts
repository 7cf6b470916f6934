import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const countries = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "country")
    .map((c) => c.code)
    .sort();

describe("countries named through the state's organs", () => {
  it("reads an organ written in lower case", () => {
    expect(countries("The talks follow clashes between Chinese coast guard vessels and fishing boats.")).toEqual([
      "CN",
    ]);
    expect(countries("The Malaysian foreign ministry summoned the envoy.")).toEqual(["MY"]);
    expect(countries("It was the sinking of the South Korean warship near the border.")).toEqual(["KR"]);
  });

  it("gives each demonym listed before a shared organ its state", () => {
    expect(countries("The ministry kept in touch with the Israeli, Egyptian and Jordanian sides.")).toEqual([
      "EG",
      "IL",
      "JO",
    ]);
    expect(countries("He pointed to patrols by the US, Japanese, Australian and Philippine navies.")).toEqual([
      "AU",
      "JP",
      "PH",
      "US",
    ]);
  });

  it("reads an office with title words between demonym and head", () => {
    expect(countries("French Transport Minister Claire Dubois visited the rail yard.")).toEqual(["FR"]);
  });

  it("reads a hyphenated pair of demonyms before a word for their tie", () => {
    expect(countries("They reviewed the Saudi-Vietnamese relations in several fields.")).toEqual(["SA", "VN"]);
    expect(countries("They discussed the Thai-Malaysian strategic partnership.")).toEqual(["MY", "TH"]);
  });

  it("still leaves demonyms of people and things, and the seas named for China", () => {
    expect(countries("Japanese investors and British diplomats met American firms.")).toEqual([]);
    expect(countries("The Vietnamese-American community held a festival.")).toEqual([]);
    expect(countries("They shared concerns over the East and South China Seas.")).toEqual([]);
    expect(countries("Japanese and Korean investors came.")).toEqual([]);
  });
});
