import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake.js";

/** Text as it reads after its UTF-8 bytes were decoded as Windows-1252 (the undefined bytes kept as C1 controls). */
function garble(text: string): string {
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
  return Array.from(new TextEncoder().encode(text), (b) =>
    b >= 0x80 && b <= 0x9f ? high[b - 0x80] : String.fromCharCode(b),
  ).join("");
}

describe("repairMojibake", () => {
  it("restores Vietnamese names whose UTF-8 was read as Windows-1252", () => {
    const clean = "Thủ tướng Nguyễn Xuân Phúc gặp Tổng Bí thư Nguyễn Phú Trọng tại Đà Nẵng";
    expect(garble(clean)).toContain("Nguyá»…n");
    expect(repairMojibake(garble(clean))).toBe(clean);
  });

  it("restores curly quotes, dashes, guillemets and the copyright sign", () => {
    const clean = "„Wir sind Partner“, said the minister – «a friend in need» © 2014";
    expect(repairMojibake(garble(clean))).toBe(clean);
  });

  it("repairs the garbled parts of a page and keeps its clean ones", () => {
    const text = `Prime Minister ${garble("Phạm Minh Chính")} met José Ramos-Horta in Dili`;
    expect(repairMojibake(text)).toBe("Prime Minister Phạm Minh Chính met José Ramos-Horta in Dili");
  });

  it("leaves correct text byte for byte, in Vietnamese, French, German and Spanish", () => {
    const texts = [
      "Chủ tịch nước Võ Văn Thưởng hội đàm với Tổng thống Hàn Quốc tại Phủ Chủ tịch, Hà Nội; « Việt Nam » Ã",
      "À Paris, l’Élysée a reçu « le président » — Noël, façade, garçon, où, Ça, Ô",
      "Außenministerin Baerbock: „Größe“ und Übergänge ©2015 ° ± µ ¿Qué? ¡Sí! ÂÃÄÅ Æ×ß",
    ];
    for (const text of texts) expect(repairMojibake(text)).toBe(text);
  });
});
