import { describe, expect, it } from "vitest";
import { foldPlace, foldsLongerThan, knownPlace, placeName } from "./places.js";

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
