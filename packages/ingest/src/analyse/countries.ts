import countriesLib from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { z } from "zod";
import data from "./data/countries.json" with { type: "json" };
import { fold } from "./fold.js";

const CountryData = z.object({
  aliases: z.record(z.string(), z.array(z.string())),
  display: z.record(z.string(), z.string()),
  demonymOrgans: z.object({ demonyms: z.record(z.string(), z.string()), organs: z.array(z.string()) }),
  notCountries: z.array(z.string()),
  notStates: z.array(z.string().length(2)),
  capitals: z.record(z.string(), z.string()),
});
const countryData = CountryData.parse(data);
countriesLib.registerLocale(en);

/** Display name for an ISO alpha-2 code: news usage first ("Laos", "Russia"), then the package's first name. */
export function countryName(code: string): string {
  return countryData.display[code] ?? countriesLib.getName(code, "en") ?? code;
}

/** Every surface form that names a country, with its code: package names, news aliases, demonym + state organ. */
export function countryPhrases(): Array<{ phrase: string; code: string }> {
  const out: Array<{ phrase: string; code: string }> = [];
  const names = countriesLib.getNames("en", { select: "all" }) as Record<string, string[]>;
  // Territories the package lists beside states (Hong Kong, Macao) are no country mention: READING.md counts states.
  const notStates = new Set(countryData.notStates);
  for (const [code, list] of Object.entries(names)) {
    if (notStates.has(code)) continue;
    for (const name of list) if (!name.includes(",")) out.push({ phrase: name, code });
  }
  for (const [code, list] of Object.entries(countryData.aliases)) for (const phrase of list) out.push({ phrase, code });
  for (const [demonym, code] of Object.entries(countryData.demonymOrgans.demonyms)) {
    for (const organ of countryData.demonymOrgans.organs) out.push({ phrase: `${demonym} ${organ}`, code });
  }
  return out;
}

/** Place and institution names that contain a country name without naming the country ("South China Sea"). */
export function notCountryPhrases(): string[] {
  return countryData.notCountries;
}

const byFolded = new Map<string, string>();
for (const { phrase, code } of countryPhrases()) if (!byFolded.has(fold(phrase))) byFolded.set(fold(phrase), code);

/** ISO code for a country name as written ("Viet Nam", "the UAE"), or null. */
export function countryCode(name: string): string | null {
  const key = fold(name.trim());
  // No pattern: role reading asks this of many spans of every sentence.
  return byFolded.get(key) ?? (key.startsWith("the ") ? byFolded.get(key.slice(4)) : undefined) ?? null;
}

/** Capital city → ISO code, for metonymy such as "Hanoi and Canberra agreed". */
export function capitals(): ReadonlyMap<string, string> {
  return new Map(Object.entries(countryData.capitals));
}
