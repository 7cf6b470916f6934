import { describe, expect, it } from "vitest";
import { isPublicationDateLine, readDateline, readGluedDateline } from "./datelines.js";

const REST = "Vietnam and Laos signed three agreements on Wednesday.";

describe("readDateline", () => {
  it.each([
    ["(VOVWORLD) -", "VOV World", null],
    ["Hanoi (VNA) –", "VNA", "Hanoi"],
    ["Vientiane, November 12 (VNA) -", "VNA", "Vientiane"],
    ["HANOI, Nov 12 (Reuters) -", "Reuters", "Hanoi"],
    ["HANOI, Vietnam (AP) —", "AP", "Hanoi"],
    ["BEIJING, Nov. 12 (Xinhua) --", "Xinhua", "Beijing"],
    ["Hanoi (AFP) -", "AFP", "Hanoi"],
    ["NDO –", "Nhan Dan", null],
    ["NDO/VNA –", "Nhan Dan", null],
    ["VOV.VN -", "VOV", null],
    ["Hanoitimes -", "Hanoi Times", null],
    ["(Chinhphu.vn) -", "Vietnam Government Portal", null],
    ["VGP -", "Vietnam Government Portal", null],
    ["WVR/VNA -", "The World and Vietnam Report", null],
    ["HÀ NỘI —", null, "Hanoi"],
    ["HCM CITY —", null, "Ho Chi Minh City"],
    ["QUẢNG NINH —", null, "Quang Ninh"],
    ["Ho Chi Minh City -", null, "Ho Chi Minh City"],
    ["HANOI:", null, "Hanoi"],
    ["KUALA LUMPUR—", null, "Kuala Lumpur"],
    ["PUTRAJAYA, May 17 ―", null, "Putrajaya"],
    ["Tokyo June 6 (Kyodo) -", "Kyodo", "Tokyo"],
    ["SEOUL, Nov. 3 (Yonhap) --", "Yonhap", "Seoul"],
    ["TOKYO, June 6, 2010 (AFP) –", "AFP", "Tokyo"],
    ["MOSCOW, March 5. /TASS/.", "TASS", "Moscow"],
    ["NEW DELHI, Jan 9 (PTI) -", "PTI", "New Delhi"],
    ["JAKARTA (ANTARA) -", "Antara", "Jakarta"],
    ["TOKYO, VIETNAM, November 26 -", null, "Tokyo"],
    ["VIETNAM, December 5 - SEOUL —", null, "Seoul"],
  ])("removes %s and reads the outlet %s and the place %s", (prefix, outlet, place) => {
    // "NDO/VNA –" also names the agency after the slash, read below.
    const { agency: _agency, ...read } = readDateline(`${prefix} ${REST}`) ?? {};
    expect(read).toEqual({ prefix, rest: REST, outlet, place });
  });

  it.each([
    ["NDO/VNA –", "VNA"],
    ["WVR/VNA -", "VNA"],
    ["NDO –", undefined],
  ])("reads the agency %s names after the outlet's slash: %s", (prefix, agency) => {
    expect(readDateline(`${prefix} ${REST}`)?.agency).toBe(agency);
  });

  it("reads a dateline with no space after its dash", () => {
    expect(readDateline(`(VOVWORLD) -${REST}`)).toMatchObject({ rest: REST, outlet: "VOV World" });
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
    "HANOI-based diplomats said the talks went well.",
    "BREAKING NEWS: Vietnam and Laos signed three agreements.",
    "President Vo Van Thuong (C) - flanked by ministers - arrived in Tokyo.",
    "Hanoi: a city of lakes, hosted the summit.",
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
    "Published: Dec 13, 2023",
    "Posted on 5 March 2024",
    "Last updated: 07/03/2024 09:15",
    "Date: 13/12/2023",
    "UPDATED: April 21, 15:10",
    "April 21, 14:27",
    "Thursday, 17 Sep 2015 11:40 AM MYT",
    "Oct. 2, 2022 at 7:45 p.m. ET",
    "Updated 6:30 AM AEST, Fri March 8, 2024",
  ])("recognises %s", (line) => expect(isPublicationDateLine(line)).toBe(true));

  it.each([
    "Hanoi hosted the summit on November 12, 2026.",
    "2026 will be a pivotal year for Vietnam's diplomacy",
    "Date of the summit: April 21",
    "April 21",
    "Eat well on 2 March 2024 in Hanoi",
  ])("rejects %s", (line) => expect(isPublicationDateLine(line)).toBe(false));
});

describe("readGluedDateline", () => {
  it("splits a caption glued to the dateline by a bracketed credit", () => {
    expect(
      readGluedDateline(`Prime Minister Kishida greets the President. (Photo: Kyodo/VNA)Tokyo (VNA) - ${REST}`),
    ).toEqual({
      caption: "Prime Minister Kishida greets the President. (Photo: Kyodo/VNA)",
      prefix: "Tokyo (VNA) -",
      rest: REST,
      outlet: "VNA",
      place: "Tokyo",
    });
  });

  it("splits a caption ending in an agency photo credit from a capital dateline", () => {
    expect(readGluedDateline(`The new envoy presents his credentials. VNA/VNS Photo HÀ NỘI — ${REST}`)).toMatchObject({
      caption: "The new envoy presents his credentials. VNA/VNS Photo",
      rest: REST,
      place: "Hanoi",
    });
  });

  it("finds nothing in a paragraph whose bracket is not a caption", () => {
    expect(readGluedDateline(`The talks (the first in a decade) went well. Hanoi (VNA) - ${REST}`)).toBeNull();
  });
});

describe("an outlet's dateline and the dash that closes it", () => {
  it("reads the outlet before a spaced hyphen, a double hyphen, a dash or a hyphen before a tab", () => {
    expect(readDateline(`VOV - ${REST}`)).toMatchObject({ outlet: "VOV", rest: REST });
    expect(readDateline(`VNA/Xinhua -- ${REST}`)).toMatchObject({ outlet: "VNA", agency: "Xinhua", rest: REST });
    expect(readDateline(`JAKARTA, KOMPAS.com – ${REST}`)).toMatchObject({ outlet: "Kompas.com", place: "Jakarta" });
    expect(readDateline(`JAKARTA, KOMPAS.com -\t${REST}`)).toMatchObject({ outlet: "Kompas.com", place: "Jakarta" });
  });

  it("reads none when the hyphen is glued to the story's first word", () => {
    expect(readDateline(`VOV-${REST}`)).toBeNull();
  });
});
