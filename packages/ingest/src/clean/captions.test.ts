import { describe, expect, it } from "vitest";
import { creditOutlet, splitCaptions } from "./captions.js";

describe("splitCaptions", () => {
  it.each([
    "Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son (Photo: VNA)",
    "Viet Nam continues to be one of the largest FDI recipients in the world. (Illustrative photos: VNA)",
    "Standing Deputy Minister of Foreign Affairs Nguyen Minh Vu. Photo: VNA",
    "Thu truong Thuong truc Bo Ngoai giao Nguyen Minh Vu. Anh: TTXVN",
    "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị. (Ảnh: TTXVN)",
    "Vietnamese Party General Secretary To Lam (Photo: VNA) |",
    "Illustrative photo",
    "File photo: Vietnamese peacekeepers in South Sudan",
    "Photo courtesy of the Ministry of Foreign Affairs",
    "The delegation at the ceremony. Image courtesy of the Embassy of Vietnam",
    "(AP Photo/Hau Dinh)",
    "Party General Secretary To Lam receives US Ambassador Marc Knapper on Thursday. — VNA/VNS Photo Trí Dũng",
    "Vietnam's Prime Minister speaks in Hanoi, Vietnam November 12, 2026. REUTERS/Thinh Nguyen/File Photo",
    "Viet Nam, China Coast Guards conduct joint patrol in the Gulf of Tonkin on August 29, 2024",
    "President Luong Cuong and his Lao counterpart at the talks on 12 November 2026",
  ])("takes the whole line as a caption: %s", (line) => {
    expect(splitCaptions(line)).toEqual({ kept: "", captions: [line] });
  });

  it("keeps the body sentence after a caption glued before it", () => {
    expect(splitCaptions("Leaders at the event. (Photo: VNA) The minister said the talks went well.")).toEqual({
      kept: "The minister said the talks went well.",
      captions: ["Leaders at the event. (Photo: VNA)"],
    });
  });

  it("does not split a caption sentence at Mr. or U.S.", () => {
    const line = "Mr. Quang meets U.S. Ambassador Marc Knapper in Hanoi. (Photo: VNA) Quang said ties were strong.";
    expect(splitCaptions(line).kept).toBe("Quang said ties were strong.");
  });

  it("keeps the body sentence before an Illustrative photo caption", () => {
    expect(
      splitCaptions(
        "Citizen protection work has been stepped up. Illustrative photo: The embassy visits fire victims.",
      ),
    ).toEqual({
      kept: "Citizen protection work has been stepped up.",
      captions: ["Illustrative photo: The embassy visits fire victims."],
    });
  });

  it("removes an infographic reference glued to a body sentence", () => {
    expect(splitCaptions("Viet Nam plays its role. In the VNA infographic: Highlights of cooperation.").kept).toBe(
      "Viet Nam plays its role.",
    );
  });

  it.each([
    "The exhibition titled Photo: Vietnam Through the Lens opened in Hanoi on Monday.",
    "The ministry released three photos (see the gallery) after the meeting ended.",
    "Leaders met in Hanoi to discuss trade, investment and the situation in the East Sea.",
    "Anh said the two sides had agreed to meet again next year in Vientiane.",
    "Deputy Foreign Minister Le Thi Thu Hang: the talks will continue next month in Hanoi and Vientiane.",
    "Published on Monday, November 23, 2026",
  ])("leaves a body line alone: %s", (line) => {
    expect(splitCaptions(line)).toEqual({ kept: line, captions: [] });
  });
});

describe("creditOutlet", () => {
  it.each([
    ["The President at the airport. (Photo: Kyodo/VNA)", "VNA"],
    ["The new envoy presents his credentials. VNA/VNS Photo", "Vietnam News"],
    ["The ministers before their talks. Photo: VGP", "Vietnam Government Portal"],
    ["Leaders at the summit. REUTERS/Kham", "Reuters"],
    ["Delegates at the meeting. (Xinhua/Li Xueren)", "Xinhua"],
    ["The two ministers at the talks. (Photo: Quang Hoa)", null],
  ])("reads the agency credited in %s as %s", (caption, outlet) => expect(creditOutlet(caption)).toBe(outlet));
});

describe("splitCaptions on a caption glued to the dateline with no break", () => {
  it("removes the caption up to the photographer's name and keeps the dateline and lead", () => {
    const caption = "Ministers at the signing ceremony in Hanoi, May 2, 2025. Photo: Thanh Lam";
    const lead =
      "HANOI – Vietnam and Chile on Friday signed an agreement to expand trade in farm products and minerals.";
    expect(splitCaptions(`${caption}${lead}`)).toEqual({ kept: lead, captions: [caption] });
  });

  it("keeps a long caption whole when no place in capitals follows the credit", () => {
    const line = "Photo: The ministers tour the port of Hai Phong before the talks on Friday.";
    expect(splitCaptions(line).kept).toBe("");
  });
});
