import { describe, expect, it } from "vitest";
import { foldedOpening, foldPlace, foldsLongerThan, knownPlace, placeName } from "./places.js";

describe("placeName", () => {
  it.each([
    ["HÀ NỘI", "Hanoi"],
    ["Ha Noi", "Hanoi"],
    ["HCM CITY", "Ho Chi Minh City"],
    ["ĐÀ NẴNG", "Da Nang"],
    ["TOKYO", "Tokyo"],
    ["KUALA LUMPUR", "Kuala Lumpur"],
    ["NEW DELHI", "New Delhi"],
    ["ULAN-UDE", "Ulan-Ude"],
    ["HÀ GIANG", "Ha Giang"],
    ["Vientiane", "Vientiane"],
  ])("records %s as %s", (written, recorded) => expect(placeName(written)).toBe(recorded));
});

describe("knownPlace", () => {
  it("knows listed cities and Vietnam's provinces, and nothing else", () => {
    expect(knownPlace("PUTRAJAYA")).toBe("Putrajaya");
    expect(knownPlace("Thua Thien Hue")).toBe("Thua Thien Hue");
    expect(knownPlace("ASEAN")).toBeNull();
  });
});

describe("foldsLongerThan", () => {
  it.each([
    "Share  Email",
    "SPEAKERS:",
    "  --- About our guests ---  ",
    "Đà Nẵng, Hà Nội và TP. Hồ Chí Minh",
    "The ministers agreed to deepen cooperation in trade, energy and defence.",
    "한국 서울 2024",
  ])("never says a folding is longer than it is: %s", (line) => {
    const folded = foldPlace(line).length;
    for (let max = 0; max <= line.length + 1; max++)
      if (foldsLongerThan(line, max)) expect(folded).toBeGreaterThan(max);
  });

  it("tells a sentence from a short heading without folding it", () => {
    expect(foldsLongerThan("The talks ended with a joint statement on maritime cooperation.", 25)).toBe(true);
    expect(foldsLongerThan("Speakers ::::::::::::::::::::::::::::::::", 25)).toBe(false);
  });
});

describe("foldedOpening", () => {
  const long = "Mixed by Quill Harbour Studios, with the field recordings taken along the Orrin river delta in spring.";

  it("folds only the head of a long ASCII sentence, agreeing with the whole folding on its opening", () => {
    const opening = foldedOpening(long, 12);
    expect(opening.length).toBeLessThan(foldPlace(long).length);
    expect(opening.length).toBeGreaterThan(12);
    expect(foldPlace(long).startsWith(opening)).toBe(true);
  });

  it("folds the whole text when it is short, its head is not ASCII, or its head folds too short", () => {
    expect(foldedOpening("Edited by Ana Reyes", 12)).toBe(foldPlace("Edited by Ana Reyes"));
    const accented = `Édité par Zoé Marçal ${long}`;
    expect(foldedOpening(accented, 12)).toBe(foldPlace(accented));
    const dashes = `${"- ".repeat(20)}${long}`;
    expect(foldedOpening(dashes, 12)).toBe(foldPlace(dashes));
  });

  it("agrees with the whole folding on the first length + 1 characters when the head is ASCII and the rest is not", () => {
    const mixed = `Produced by the harbour desk of the weekly Orrin Gazette — Đà Lạt, Hà Nội and Huế`;
    expect(foldPlace(mixed).startsWith(foldedOpening(mixed, 20))).toBe(true);
    expect(foldedOpening(mixed, 20).length).toBeGreaterThan(20);
  });
});
