/** A readable label for a machine key: `economic_diplomacy` → `Economic diplomacy`, `fta-partners` → `FTA partners`. */
export function keyLabel(key: string): string {
  const words = key
    .split(/[_\-\s]+/)
    .filter(Boolean)
    .map((w) => acronyms[w.toLowerCase()] ?? w.toLowerCase());
  const first = words[0];
  if (first === undefined) return key;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(" ");
}

// Short words that are acronyms in indicator and theme keys; anything else is written as a word.
const acronyms: Record<string, string> = Object.fromEntries(
  ["fta", "un", "unesco", "asean", "g20", "oda", "fdi", "gdp", "wto", "apec", "eu", "us"].flatMap((a) => [
    [a, a.toUpperCase()],
    [`${a}s`, `${a.toUpperCase()}s`],
  ]),
);

// Formatters made once: `toLocaleString` with a locale builds a new one per call, which a page listing hundreds of
// dated values (the indicators' evidence) pays for in tenths of a second.
const yearMonthDay = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});
const yearMonth = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", timeZone: "UTC" });
const grouped = new Intl.NumberFormat("en");
const compact = new Intl.NumberFormat("en", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 });

/** A date as the API gives it (ISO, maybe only year or month), shown to the precision it has. */
export function formatDate(iso: string | null | undefined, precision?: string | null): string {
  if (!iso) return "undated";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (precision === "year" || /^\d{4}$/.test(iso)) return String(date.getUTCFullYear());
  return (precision === "month" || /^\d{4}-\d{2}$/.test(iso) ? yearMonth : yearMonthDay).format(date);
}

/** A count with its thousands grouped: `12,480`. */
export function formatCount(value: number): string {
  return grouped.format(value);
}

/** Thousands grouped; millions and more in words (`6 million`, `800 billion`), as the articles write them. */
export function formatNumber(value: number | null | undefined): string {
  if (value == null) return "—";
  return Math.abs(value) >= 1_000_000 ? compact.format(value) : grouped.format(value);
}
