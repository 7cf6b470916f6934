import { z } from "zod";
import localDollarsJson from "./data/local-dollars.json" with { type: "json" };
import outletsJson from "./data/outlets.json" with { type: "json" };

const Outlets = z.object({
  outlets: z
    .array(
      z.object({
        name: z.string().min(1),
        aliases: z.array(z.string().min(1)),
        domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "a bare lower-case domain such as vov.vn")),
        /**
         * The currency a bare "$" means in the outlet's own copy ("$15 billion" on ABC News is Australian dollars),
         * and in an agency's copy wherever it is carried (AAP's "$" is Australian on a foreign site too).
         */
        dollar: z
          .string()
          .regex(/^[A-Z]{3}$/, "an ISO 4217 code such as AUD")
          .optional(),
      }),
    )
    .min(1),
  /** News agencies, whose name on a page credits the story's source rather than the site that publishes it. */
  agencies: z.array(z.string().min(1)),
  /**
   * A government's news portal, whose own tag opening a story ("VGP - ", "(Chinhphu.vn) -") credits it as an agency's
   * tag does, on its own site too (test/READING.md names "VGP –" among the agency-manner tags).
   */
  portals: z.array(z.string().min(1)),
});
const { outlets, agencies: agencyNames, portals: portalNames } = Outlets.parse(outletsJson);

/** Lower case, no diacritics, punctuation as spaces, no leading "the": "LAO ĐỘNG" and "The Lao Dong" both key as "lao dong". */
function outletKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&+]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const byKey = new Map<string, string>();
const dollars = new Map(outlets.flatMap((o) => (o.dollar ? [[o.name, o.dollar] as const] : [])));
const byDomain = new Map<string, string>();
for (const outlet of outlets) {
  for (const alias of [outlet.name, ...outlet.aliases]) {
    const key = outletKey(alias);
    const clash = byKey.get(key);
    if (clash && clash !== outlet.name)
      throw new Error(`outlets.json: alias "${alias}" names both ${clash} and ${outlet.name}`);
    byKey.set(key, outlet.name);
  }
  for (const domain of outlet.domains) byDomain.set(domain, outlet.name);
}

// A site's name run together as its logo or domain writes it ("Nationthailand", "hanoitimes"): the key of a name of
// several words without its spaces. A run-together key two outlets share names neither.
const byCompactKey = new Map<string, string | null>();
for (const outlet of outlets) {
  for (const alias of [outlet.name, ...outlet.aliases]) {
    const key = outletKey(alias);
    if (!key.includes(" ")) continue;
    const compact = key.replace(/ /g, "");
    const clash = byCompactKey.get(compact);
    byCompactKey.set(compact, clash === undefined || clash === outlet.name ? outlet.name : null);
  }
}

const agencies = new Set(agencyNames);
for (const name of agencies)
  if (byKey.get(outletKey(name)) !== name) throw new Error(`outlets.json: agency "${name}" is not an outlet's name`);
const portals = new Set(portalNames);
for (const name of portals)
  if (byKey.get(outletKey(name)) !== name) throw new Error(`outlets.json: portal "${name}" is not an outlet's name`);

/** Whether a canonical outlet name is a government's or an organisation's portal ("Vietnam Government Portal"). */
export function isPortal(outlet: string): boolean {
  return portals.has(outlet);
}

/** The currency a bare "$" stands for in an outlet's own copy; null when it is the US dollar or unknown. */
export function localDollar(outlet: string | null): string | null {
  return outlet ? (dollars.get(outlet) ?? null) : null;
}

/** Whether a canonical outlet name is a news agency's ("AFP", "VNA"), not a newspaper's or a site's. */
export function isAgency(outlet: string): boolean {
  return agencies.has(outlet);
}

/** The canonical name of a known outlet, or null when the name is not in data/outlets.json. */
export function knownOutlet(name: string): string | null {
  const key = outletKey(name);
  if (!key) return null;
  return byKey.get(key) ?? (RUN_TOGETHER.test(name.trim()) ? (byCompactKey.get(key) ?? null) : null);
}

// One word in lower case after its first letter, as a logo runs a name together ("Nationthailand"); capitals inside
// a word ("STARMalaysia") are a credit glued to the next word, not a name.
const RUN_TOGETHER = /^\p{L}\p{Ll}+$/u;

/**
 * Canonical outlet name: aliases resolve through data/outlets.json, unknown names come back trimmed as given.
 * @example canonicalOutlet("VOVWORLD") // => "VOV World"
 */
export function canonicalOutlet(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (!trimmed) return null;
  return knownOutlet(trimmed) ?? trimmed;
}

/** The outlet whose domain (or a subdomain of it, such as en.nhandan.vn) serves the URL; null if unknown. */
export function outletFromUrl(url: string): string | null {
  const text = url.trim();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (let candidate = host.replace(/^www\./, ""); candidate.includes("."); ) {
    const outlet = byDomain.get(candidate);
    if (outlet) return outlet;
    candidate = candidate.slice(candidate.indexOf(".") + 1);
  }
  return null;
}

/** Every name and alias, for building patterns that recognise an outlet inside a line. */
export const outletNames: readonly string[] = outlets.flatMap((outlet) => [outlet.name, ...outlet.aliases]);

const LocalDollars = z.object({
  regions: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[A-Z]{3}$/)),
  timeZones: z.record(z.string().regex(/^[A-Z]{3,5}$/), z.string().regex(/^[A-Z]{3}$/)),
});
const localDollars = LocalDollars.parse(localDollarsJson);
// "en-AU", "en_NZ": the region after the language.
const LANGUAGE_REGION = /^[a-z]{2,3}[-_]([a-z]{2})$/iu;
// "Updated 0512 GMT (1312 HKT)": a global outlet stamps in GMT and gives the local time of where the story was filed.
const GMT_FIRST = /\b(?:GMT|UTC)\s*\(/u;
const TIME_ZONE = new RegExp(`\\b(${Object.keys(localDollars.timeZones).join("|")})\\b`, "u");

/**
 * The currency a bare "$" stands for on a page no outlet entry places, from the page's own signs of where it is
 * published: its language tag's region ("en-NZ" on a Wellington broadcaster's page) or a time zone only one dollar
 * country keeps in a date stamp ("7 Mar 2024 11:32 AM AEDT" on an Australian aggregator). Null when neither says.
 */
export function regionDollar(language: string | null, stamps: readonly string[] = []): string | null {
  const region = language ? LANGUAGE_REGION.exec(language.trim())?.[1]?.toUpperCase() : undefined;
  const byRegion = region ? localDollars.regions[region] : undefined;
  if (byRegion) return byRegion;
  for (const stamp of stamps) {
    if (GMT_FIRST.test(stamp)) continue;
    const zone = TIME_ZONE.exec(stamp)?.[1];
    if (zone) return localDollars.timeZones[zone] ?? null;
  }
  return null;
}
