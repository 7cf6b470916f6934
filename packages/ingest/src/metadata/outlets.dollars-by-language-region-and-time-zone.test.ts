import { describe, expect, it } from "vitest";
import { knownOutlet, localDollar, regionDollar } from "./outlets.js";

describe("the dollar a page's own '$' means", () => {
  it("reads it from the region of the page's language tag", () => {
    expect(regionDollar("en-NZ")).toBe("NZD");
    expect(regionDollar("en_AU")).toBe("AUD");
    expect(regionDollar("en-SG")).toBe("SGD");
  });

  it("reads it from a time zone only one dollar country keeps in a date stamp", () => {
    expect(regionDollar("en", ["7 Mar 2024 11:32 AM AEDT"])).toBe("AUD");
    expect(regionDollar(null, ["Updated 5:02 pm NZDT"])).toBe("NZD");
  });

  it("says nothing for a plain language tag, a shared zone or a US page", () => {
    expect(regionDollar("en", ["August 1, 2024 21:04 IST"])).toBeNull();
    expect(regionDollar("en-US", ["10:00 AM EST"])).toBeNull();
    expect(regionDollar(null)).toBeNull();
  });

  it("says nothing for a global outlet's stamp in GMT with the filing place's local time in brackets", () => {
    expect(regionDollar(null, ["Updated 0930 GMT (1730 HKT) March 3, 2019"])).toBeNull();
    expect(regionDollar(null, ["Published 2215 UTC (0915 AEDT)"])).toBeNull();
    expect(regionDollar(null, ["All times AEDT (GMT+11)"])).toBe("AUD");
  });

  it("knows the Australian and New Zealand broadcasters' own dollar", () => {
    expect(localDollar("SBS News")).toBe("AUD");
    expect(localDollar("RNZ")).toBe("NZD");
  });

  it("knows a New Zealand paper's dollar under the name a feed reader shows it by", () => {
    expect(localDollar(knownOutlet("NZ Herald"))).toBe("NZD");
  });
});
