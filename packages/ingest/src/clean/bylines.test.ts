import { describe, expect, it } from "vitest";
import {
  readBareCredit,
  readByline,
  readCredits,
  readDashedName,
  readIntroduction,
  readSignoff,
  readSource,
} from "./bylines.js";

describe("bylines", () => {
  it.each([
    ["By Nguyen Hang", { author: "Nguyen Hang", outlet: null }],
    ["BY KHANH VU", { author: "KHANH VU", outlet: null }],
    ["By Minh Nga, VnExpress", { author: "Minh Nga", outlet: "VnExpress" }],
    ["By Sebastian Strangio | The Diplomat", { author: "Sebastian Strangio", outlet: "The Diplomat" }],
    ["By Minh Nga and Hoang Phong", { author: "Minh Nga, Hoang Phong", outlet: null }],
    ["By AFP", { author: null, outlet: "AFP" }],
    ["Author: Tran Hoai Nam", { author: "Tran Hoai Nam", outlet: null }],
  ])("reads %s", (line, credit) => {
    expect(readByline(line)).toEqual(credit);
  });

  it.each([
    "By 2030, Vietnam aims to double trade",
    "By contrast, the talks stalled",
    "By Land And Sea Vietnam Trades More",
  ])("does not take %s for a byline", (line) => expect(readByline(line)).toBeNull());

  it("reads a dashed author line and a bare author line", () => {
    expect(readDashedName("- Nguyen Minh Vu -")).toEqual({ author: "Nguyen Minh Vu", outlet: null });
    expect(readBareCredit("Tran Thuong")).toEqual({ author: "Tran Thuong", outlet: null });
    expect(readBareCredit("Hoang Phong / VnExpress")).toEqual({ author: "Hoang Phong", outlet: "VnExpress" });
  });

  it.each(["Party General Secretary To Lam", "Foreign Minister Bui Thanh Son", "Photo Gallery", "Latest News"])(
    "does not take %s for an author",
    (line) => expect(readBareCredit(line)).toBeNull(),
  );

  it("reads source lines, naming the outlet only when it is an outlet", () => {
    expect(readSource("Source: VNA")).toEqual({ author: null, outlet: "VNA" });
    expect(readSource("Source: VNA/VNS")).toEqual({ author: null, outlet: "VNA" });
    expect(readSource("Source: General Statistics Office")).toEqual({ author: null, outlet: null });
    expect(readSource("Sources said the deal was close")).toBeNull();
  });

  it("reads the first reporter of a wire credit line", () => {
    expect(readCredits("(Reporting by Khanh Vu in Hanoi; Editing by Martin Petty)")).toEqual({
      author: "Khanh Vu",
      outlet: null,
    });
  });

  it("does not take a sentence that opens like a credit for one", () => {
    expect(readCredits("Written by a committee of experts, the report calls for closer ties with ASEAN.")).toBeNull();
    expect(readCredits("Editing by Martin Petty")).toEqual({ author: null, outlet: null });
  });

  it("removes agency sign-offs and the VNA end mark", () => {
    expect(readSignoff("The talks ended on Friday. — VNS")).toEqual({
      kept: "The talks ended on Friday.",
      removed: "— VNS",
      outlet: "Vietnam News",
      source: "Vietnam News",
    });
    expect(readSignoff("The talks ended on Friday./.")).toEqual({
      kept: "The talks ended on Friday.",
      removed: "/.",
      outlet: null,
      source: null,
    });
    expect(readSignoff("The deal was reported by AP")).toBeNull();
  });

  it("reads a wire story's agency and the outlet that carried it from a sign-off such as VNA/VNS", () => {
    expect(readSignoff("The President will also visit Fukuoka. VNA/VNS")).toEqual({
      kept: "The President will also visit Fukuoka.",
      removed: "VNA/VNS",
      outlet: "Vietnam News",
      source: "VNA",
    });
    expect(readSignoff("The two sides signed three agreements. ― Bernama")?.source).toBe("Bernama");
  });

  it("reads any known agency of the data after a dash closing the last sentence, and no other name", () => {
    expect(readSignoff("The envoys will meet again in Doha next spring. — Qatar News Agency")).toEqual({
      kept: "The envoys will meet again in Doha next spring.",
      removed: "— Qatar News Agency",
      outlet: "QNA",
      source: "QNA",
    });
    expect(readSignoff("The envoys will meet again next spring. – BNA")?.source).toBe("BNA");
    expect(readSignoff('"We are old friends," he said. — Nguyen Van An')).toBeNull();
  });

  it("reads a byline glued to its agency, with the place and time it carries", () => {
    expect(readByline("ByBernama, Kuala Lumpur Jun 01, 2020 10:40 PM")).toEqual({
      author: null,
      outlet: "Bernama",
      place: "Kuala Lumpur",
    });
    expect(readByline("ByAntara, Jakarta Mon 01, 2020 10:40 PM")).toMatchObject({ outlet: "Antara", place: "Jakarta" });
  });

  it("reads an editor's introduction for its outlet and author", () => {
    expect(
      readIntroduction(
        "Lao Dong respectfully introduces an article by Standing Deputy Minister of Foreign Affairs Nguyen Minh Vu.",
      ),
    ).toEqual({ author: "Nguyen Minh Vu", outlet: "Lao Dong" });
    expect(readIntroduction("The following is an article by Prime Minister Pham Minh Chinh.")).toEqual({
      author: "Pham Minh Chinh",
      outlet: null,
    });
    expect(readIntroduction("Vietnam's hedging was described in an analysis by Carl Thayer.")).toBeNull();
  });
});
