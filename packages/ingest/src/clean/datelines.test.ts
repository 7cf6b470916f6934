import { describe, expect, it } from "vitest";
import { isPublicationDateLine, readDateline } from "./datelines.js";

const REST = "Vietnam and Laos signed three agreements on Wednesday.";

describe("readDateline", () => {
  it.each([
    ["(VOVWORLD) -", "VOV World"],
    ["Hanoi (VNA) –", "VNA"],
    ["Vientiane, November 12 (VNA) -", "VNA"],
    ["HANOI, Nov 12 (Reuters) -", "Reuters"],
    ["HANOI, Vietnam (AP) —", "AP"],
    ["BEIJING, Nov. 12 (Xinhua) --", "Xinhua"],
    ["Hanoi (AFP) -", "AFP"],
    ["NDO –", "Nhan Dan"],
    ["NDO/VNA –", "Nhan Dan"],
    ["VOV.VN -", "VOV"],
    ["Hanoitimes -", "Hanoi Times"],
    ["(Chinhphu.vn) -", "Vietnam Government Portal"],
    ["HÀ NỘI —", null],
    ["HCM CITY —", null],
    ["QUẢNG NINH —", null],
    ["Ho Chi Minh City -", null],
  ])("removes %s and reads the outlet %s", (prefix, outlet) => {
    expect(readDateline(`${prefix} ${REST}`)).toEqual({ prefix, rest: REST, outlet });
  });

  it("keeps an unknown bracketed outlet as written rather than dropping it", () => {
    expect(readDateline(`PHNOM PENH (Khmer Times) - ${REST}`)?.outlet).toBe("Khmer Times");
  });

  it.each([
    REST,
    "Vietnam - China relations have grown steadily over the past decade.",
    "ASEAN - the regional bloc - held its summit in Kuala Lumpur.",
    "The Resolution of the 14th National Party Congress underscores autonomy.",
    "Minister Bui Thanh Son - who led the delegation - said the talks went well.",
  ])("finds no dateline in %s", (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });
});

describe("isPublicationDateLine", () => {
  it.each([
    "November 12, 2026",
    "Monday, 23/11/2026 14:05 (GMT+7)",
    "Updated: 2026-11-23 09:00",
    "Thứ Hai, 23/11/2026",
  ])("recognises %s", (line) => expect(isPublicationDateLine(line)).toBe(true));

  it.each(["Hanoi hosted the summit on November 12, 2026.", "2026 will be a pivotal year for Vietnam's diplomacy"])(
    "rejects %s",
    (line) => expect(isPublicationDateLine(line)).toBe(false),
  );
});
