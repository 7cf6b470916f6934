import { describe, expect, it } from "vitest";
import { canonicalOutlet, knownOutlet, localDollar, outletFromUrl } from "./outlets.js";

describe("canonicalOutlet", () => {
  it.each([
    ["VNA", "VNA"],
    ["Vietnam News Agency", "VNA"],
    ["VietnamPlus", "VNA"],
    ["VOVWORLD", "VOV World"],
    ["VOV World", "VOV World"],
    ["Voice of Vietnam", "VOV"],
    ["Laodong", "Lao Dong"],
    ["Lao Động", "Lao Dong"],
    ["  nhan dan ", "Nhan Dan"],
    ["NDO", "Nhan Dan"],
    ["Tuổi Trẻ", "Tuoi Tre"],
    ["Tuổi Trẻ News", "Tuoi Tre News"],
    ["Voice of America", "VOA"],
    ["The Mainichi", "Mainichi"],
    ["VnExpress International", "VnExpress"],
    ["VNS", "Vietnam News"],
    ["Viet Nam News", "Vietnam News"],
    ["The Hanoi Times", "Hanoi Times"],
    ["Reuters", "Reuters"],
    ["The Associated Press", "AP"],
    ["Agence France-Presse", "AFP"],
    ["Diplomat", "The Diplomat"],
  ])("%s is %s", (name, canonical) => {
    expect(canonicalOutlet(name)).toBe(canonical);
  });

  it("returns an unknown outlet trimmed as given and null for nothing", () => {
    expect(canonicalOutlet("  Phnom  Penh Post ")).toBe("Phnom Penh Post");
    expect(canonicalOutlet("   ")).toBeNull();
    expect(knownOutlet("Phnom Penh Post")).toBeNull();
  });
});

describe("outletFromUrl", () => {
  it.each([
    ["https://en.vietnamplus.vn/some-article-post123.vnp", "VNA"],
    ["https://vovworld.vn/en-US/news/x-123.vov", "VOV World"],
    ["https://english.vov.vn/en/politics/x", "VOV"],
    ["http://www.thediplomat.com/2026/11/x/", "The Diplomat"],
    ["e.vnexpress.net/news/news/x.html", "VnExpress"],
    ["https://vietnamnews.vn/politics-laws/123/x.html", "Vietnam News"],
    ["https://www.reuters.com/world/asia-pacific/x", "Reuters"],
    ["https://en.nhandan.vn/x.html", "Nhan Dan"],
  ])("%s is %s", (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });

  it("gives null for unknown domains, look-alike domains and non-URLs", () => {
    expect(outletFromUrl("https://example.com/x")).toBeNull();
    expect(outletFromUrl("https://notvov.vn/x")).toBeNull();
    expect(outletFromUrl("not a url at all")).toBeNull();
    expect(outletFromUrl("")).toBeNull();
  });
});

describe("news agencies that wire copy credits", () => {
  it.each([
    ["Press Trust of India", "PTI"],
    ["ITAR-TASS", "TASS"],
    ["ANTARA News Agency", "Antara"],
    ["Asian News International", "ANI"],
    ["Sputnik News", "Sputnik"],
    ["WVR", "The World and Vietnam Report"],
    ["Kyodo News Agency", "Kyodo"],
  ])("knows %s as %s", (name, outlet) => expect(knownOutlet(name)).toBe(outlet));
});

describe("the dollar an outlet's own copy writes as a bare $", () => {
  it("is the country's own for an Australian or Bruneian outlet, and none for a Vietnamese or unknown one", () => {
    expect(localDollar("ABC News")).toBe("AUD");
    expect(localDollar("Borneo Bulletin")).toBe("BND");
    expect(localDollar("VnExpress")).toBeNull();
    expect(localDollar(null)).toBeNull();
  });
});

describe("a site's name run together", () => {
  it("reads a name of several words written without spaces, as a logo or a <title> sets it", () => {
    expect(knownOutlet("Nationthailand")).toBe("The Nation");
    expect(knownOutlet("nationthailand")).toBe("The Nation");
    expect(knownOutlet("Hanoitimes")).toBe("Hanoi Times");
    expect(knownOutlet("Nation Thai Land")).toBeNull();
    expect(knownOutlet("Thailandnation")).toBeNull();
    // Capitals inside the word: a photo credit glued to the story's first word, not a name.
    expect(knownOutlet("STARMalaysia")).toBeNull();
  });
});
