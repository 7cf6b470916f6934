import { describe, expect, it } from "vitest";
import { countryCode } from "./countries.js";
import { analyseArticle } from "./index.js";

const countries = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "country")
    .map((c) => c.code);

describe("countries", () => {
  it("maps news aliases to ISO codes", () => {
    expect(countryCode("Viet Nam")).toBe("VN");
    expect(countryCode("the UAE")).toBe("AE");
    expect(countryCode("the Republic of Korea")).toBe("KR");
    expect(countryCode("Lao PDR")).toBe("LA");
  });

  it("does not count demonyms, but counts a state organ named by one", () => {
    expect(countries("Vietnamese goods sold well.")).toEqual([]);
    expect(countries("Chinese Coast Guard vessels were seen.")).toEqual(["CN"]);
  });

  it("counts states only: Hong Kong and Macao are territories, and Taiwan is not listed (the readings leave it out)", () => {
    expect(countries("Investors from Hong Kong, Macao and Taiwan pledged more than those from Japan.")).toEqual(["JP"]);
    expect(countries("Taiwan and the Philippines also claim parts of the reef chain.")).toEqual(["PH"]);
  });

  it("does not read a country inside a sea or newspaper name", () => {
    expect(countries("Tensions rose in the South China Sea, Lao Dong reported.")).toEqual([]);
  });

  it("matches the U.S. and the US but not 'us'", () => {
    expect(countries("The U.S. and the US told us.")).toEqual(["US"]);
  });

  it("does not take a former British diplomat as the United Kingdom, but takes the British government", () => {
    expect(countries("A former British diplomat said the talks went well.")).toEqual([]);
    expect(countries("The British government welcomed the talks.")).toEqual(["GB"]);
  });
});
