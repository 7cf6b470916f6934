import { describe, expect, it } from "vitest";
import { knownPlace, placeName } from "./places.js";

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
