import type { parseHTML } from "linkedom";

type Page = ReturnType<typeof parseHTML>["document"];

// The page's own footer: where a site prints its notice ("© 2023 Microsoft", "Copyright 2019 Example News").
const FOOTERS = "footer, [class*='footer'], [id*='footer'], [class*='copyright'], [id*='copyright']";
const NOTICE = /(?:©|\(c\)|\bcopyright\b)/iu;
const YEAR = /\b(?:19\d{2}|2[01]\d{2})\b/gu;
// "© 2008-2026": a running notice, which dates nothing.
const SPAN = /\b\d{4}\s*[-–—]\s*\d{2,4}\b/u;
const MAX_NOTICE = 300;

/**
 * The single year a saved page's footer notice claims ("© 2023 Microsoft"), or null when the footer has none, gives a
 * span, or gives two years that disagree. The HTML reader drops the footer before the cleaner sees the text, so this
 * is read from the page itself; it dates a story only as the last resort (see dateFromCopyright).
 */
export function footerCopyrightYear(document: Page): string | null {
  const years = new Set<string>();
  for (const element of Array.from(document.querySelectorAll(FOOTERS)) as unknown as Array<{
    textContent: string | null;
  }>) {
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text || text.length > MAX_NOTICE || !NOTICE.test(text) || SPAN.test(text)) continue;
    const found = text.match(YEAR);
    if (found?.length === 1) years.add(found[0]);
  }
  return years.size === 1 ? ([...years][0] ?? null) : null;
}
