const NON_ASCII = /[^ -~]/;

/** Lower-case, diacritics-free identity for matching: "Tô Lâm" → "to lam", "Đà Nẵng" → "da nang". */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}
