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

/**
 * `text === text.toUpperCase()` without building the upper-case copy: asked of most capitalised words by the people
 * reader, and a capitalised word usually settles it at its second letter. Only a-z change in ASCII; any other text is
 * compared as before.
 */
export function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return text === text.toUpperCase();
  }
  return true;
}
