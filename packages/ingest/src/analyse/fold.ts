/** Lower-case, diacritics-free identity for matching: "Tô Lâm" → "to lam", "Đà Nẵng" → "da nang". */
export function fold(text: string): string {
  // Printable ASCII (space to tilde) only changes case, and most keys asked are already in lower case: those are their
  // own fold, with no regular expression run and no copy made (lower-casing text the body's curly quotes made
  // two-byte is a call into the runtime).
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return foldUnicode(text);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

function foldUnicode(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .replace(/[đĐ]/g, "d")
      .replace(/[’‘`]/g, "'")
      .toLowerCase()
      // Letters no accent mark decomposes from: Turkish dotless i ("Yıldırım" and "Yildirim" are one name), Polish ł.
      .replace(/ı/g, "i")
      .replace(/ł/g, "l")
  );
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
