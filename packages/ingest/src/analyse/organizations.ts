import type { EntityType } from "@chancery/db";
import { z } from "zod";
import data from "./data/organizations.json" with { type: "json" };
import { fold } from "./fold.js";

const Organization = z.object({
  name: z.string(),
  acronym: z.string().nullable(),
  type: z.enum(["organization", "domestic_body"]),
  aliases: z.array(z.string()),
  // A standing meeting known by its acronym (the ADMM): a body only where the page defines it as one.
  meeting: z.boolean().optional(),
});
export type Organization = z.infer<typeof Organization> & {
  type: Extract<EntityType, "organization" | "domestic_body">;
};

const OrganizationData = z.object({
  entries: z.array(Organization),
  treaties: z.array(z.string()),
  bareNames: z.array(z.string()),
  headNames: z.array(z.string()),
});
const parsed = OrganizationData.parse(data);
export const organizations: readonly Organization[] = parsed.entries;

/** Treaties and trade pacts (CPTPP, UNCLOS): names that hold no organisation, whatever words they contain. */
export function treatyPhrases(): readonly string[] {
  return parsed.treaties;
}

const BARE = new Set(parsed.bareNames.map(fold));

/** "General Assembly" alone: a UN organ's name that another body's assembly or council may also bear. */
export function isBareName(surface: string): boolean {
  return BARE.has(fold(surface));
}

const HEAD_NAMES = new Set(parsed.headNames.map(fold));

/** "Customs Union": an alias that is only a head, which a capitalised word before it makes another body's name. */
export function isHeadName(surface: string): boolean {
  return HEAD_NAMES.has(fold(surface));
}

const byAcronym = new Map<string, Organization>();
const byFolded = new Map<string, Organization>();
for (const org of organizations) {
  if (org.acronym) byAcronym.set(org.acronym, org);
  for (const n of [org.name, ...org.aliases, ...(org.acronym ? [org.acronym] : [])]) byFolded.set(fold(n), org);
}

/** Surface forms of every organisation (names, aliases and acronyms). */
export function organizationPhrases(): Array<{ phrase: string; org: Organization }> {
  return organizations.flatMap((org) =>
    [
      ...new Set([
        org.name,
        ...org.aliases,
        ...[org.name, ...org.aliases].flatMap(acronymWordsTitleCased),
        ...org.aliases.flatMap(withStoppedUn),
        ...(org.acronym ? [org.acronym, ...titleCased(org.acronym)] : []),
      ]),
    ]
      .flatMap(withEnDash)
      .map((phrase) => ({ phrase, org })),
  );
}

/**
 * "Mekong–Ganga Cooperation": typeset copy joins the two names of a framework with an en dash, not a hyphen; and
 * "Confidence Building Measures": a writer may leave out the hyphen of a compound inside a long name altogether.
 */
function withEnDash(phrase: string): string[] {
  if (!/\p{L}-\p{L}/u.test(phrase)) return [phrase];
  const spaced = phrase.replace(/(?<=\p{L})-(?=\p{L})/gu, " ");
  // "Mekong-Japan", "ADMM-Plus": a short name spaced out reads as two words of a sentence, not as the body.
  const long = spaced.split(" ").length >= 3;
  return [phrase, phrase.replace(/(?<=\p{L})-(?=\p{L})/gu, "–"), ...(long ? [spaced] : [])];
}

/**
 * "U.N. Interim Security Force for Abyei": American house style writes the UN's abbreviation with stops inside its
 * bodies' names too, so every "UN …" alias is also read so written.
 */
function withStoppedUn(alias: string): string[] {
  return alias.startsWith("UN ") ? [`U.N. ${alias.slice(3)}`] : [];
}

/** "Asean Regional Forum": the house style that writes "Asean" alone writes it so inside longer names too. */
function acronymWordsTitleCased(name: string): string[] {
  const words = name.split(" ");
  if (words.length < 2 || !words.some((w) => /^[A-Z]{4,}$/.test(w))) return [];
  return [words.map((w) => (/^[A-Z]{4,}$/.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(" ")];
}

/** British and Malaysian style writes long acronyms as words ("Apec", "Nato", "Unesco"); short ones collide with words. */
function titleCased(acronym: string): string[] {
  return /^[A-Z]{4,}$/.test(acronym) ? [acronym.charAt(0) + acronym.slice(1).toLowerCase()] : [];
}

/** The organisation an acronym stands for; a text's "(OIF)" outranks the name written before it. */
export function organizationByAcronym(acronym: string): Organization | null {
  return byAcronym.get(acronym) ?? null;
}

/** The organisation a name or acronym refers to, or null. */
export function findOrganization(name: string): Organization | null {
  return (
    byAcronym.get(name.trim()) ??
    byFolded.get(fold(name.trim()).replace(/^the /, "")) ??
    byFolded.get(fold(name.trim())) ??
    null
  );
}
