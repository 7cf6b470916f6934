import { agencyNamed } from "./agencies.js";

/*
 * A picture's caption set over the story, its credit closing it, is no headline: the caption is a sentence that ends
 * on its stop, and the credit follows it on the same line: "… in the capital on Tuesday.Image: dpa", "… at the
 * residence. Source: <Agency> / <Photographer>", "… at Parliament House. (<Outlet>: <Photographer>)", "… during the
 * ceremony. <Photographer>, <Agency>".
 */
const MIN_CAPTION_WORDS = 4;
const LABELLED_CREDIT = /[.!?]\s*(?:photo|image|picture|foto|credit|source|courtesy)s?\s*:\s*[^.:]{2,80}$/iu;
const BRACKETED_CREDIT = /[.!?]\s*\([^():]{2,40}:\s*[^():]{2,60}\)$/u;
const NAMED_AGENCY_CREDIT = /[.!?]\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*(\p{Lu}[\p{L}.-]{1,20})$/u;

/** Whether a line is a picture's caption closed by its credit, which no headline is. */
export function isCaptionWithCredit(text: string): boolean {
  const line = text.trim();
  const credit = LABELLED_CREDIT.exec(line) ?? BRACKETED_CREDIT.exec(line);
  const agency = credit ? null : NAMED_AGENCY_CREDIT.exec(line);
  const at = credit?.index ?? (agency?.[1] && agencyNamed(agency[1]) ? agency.index : -1);
  return at > 0 && line.slice(0, at).split(/\s+/u).length >= MIN_CAPTION_WORDS;
}
