import countries from "i18n-iso-countries";

/**
 * ISO 3166-1 alpha-2 code of a world-atlas feature, whose id is the numeric code ("036" → "AU").
 * Features with no official code (disputed areas) give null.
 */
export function alpha2FromNumeric(id: string | number | undefined | null): string | null {
  if (id === undefined || id === null || id === "") return null;
  return countries.numericToAlpha2(id) ?? null;
}
