// An office as it is stored: aliases, party offices, and the state a title names taken off ('former Thai Prime
// Minister' → 'Prime Minister'); apart because only the merge and the later passes name roles.
import { countryCode, stateCode } from "../countries.js";
import { fold } from "../fold.js";
import { DEMONYMS, MINISTRY_NOUNS, NOT_OFFICE, PARTY_OFFICES, PARTY_OWNER_ACRONYMS, ROLE_ALIASES } from "./titles.js";

/** The office a title names: its alias spelt out, words about the holder dropped, a party office without its party. */
export function roleName(text: string): string {
  let role = text;
  for (;;) {
    const space = role.indexOf(" ");
    const first = fold(space < 0 ? role : role.slice(0, space));
    if (!NOT_OFFICE.has(first)) break;
    if (space < 0) return "";
    role = role.slice(space + 1);
  }
  // "Foreign Ministry's spokeswoman" is the Foreign Ministry spokeswoman: a named ministry's possessive is no word of
  // the office. Any other owner keeps it ("WTFX's research director", "the ministry's overseas labour department").
  // After "of" the possessive is inside the name of the body headed ("director of the Foreign Ministry's consular
  // department"), as the page writes it.
  role = role.replace(BODY_POSSESSIVE, (whole, noun: string, at: number) =>
    MINISTRY_NOUNS.has(fold(noun)) && !role.slice(0, at).includes(" of ") ? noun : whole,
  );
  const key = fold(role);
  // "General Secretary of the Communist Party of Vietnam (CPV) Central Committee" is the party's top office; a bracket
  // naming another body ("… Revolutionary Party (LPRP) Central Committee") keeps the wording the page gives.
  const party = key.includes("(")
    ? key.replace(/\s*\(([a-z]+)\)/g, (whole, short: string) => (PARTY_OWNER_ACRONYMS.has(short) ? "" : whole))
    : key;
  return ROLE_ALIASES.get(key) ?? PARTY_OFFICES.get(party) ?? withoutState(role);
}

/**
 * The state an office is held for is the person's country, not part of the office: "former Vietnamese ambassador" is a
 * former ambassador, "Chairperson of Vietnam's National Assembly" chairs the National Assembly, "Minister of Foreign
 * Affairs of Laos" is the foreign minister.
 */
function withoutState(role: string): string {
  let out = role.replace(MODIFIER_STATE, (whole, modifier: string, state: string) =>
    DEMONYMS.has(fold(state)) ? `${modifier} ` : whole,
  );
  // "of the Lao National Assembly's Foreign Affairs Committee": an organ of a state owns the body, and stays in it.
  out = out.replace(OF_STATES, (whole, state: string) => (stateCode(state) ? " of the " : whole));
  for (const pattern of [TRAILING_STYLED_STATE, TRAILING_STATE]) {
    const tail = pattern.exec(out);
    // "the Kingdom of Thailand": a style the country list does not carry names the state after it.
    const state = tail?.[1] && (countryCode(tail[1]) ?? countryCode(tail[1].replace(STATE_STYLE, "")));
    if (tail && state && PORTFOLIO_END.test(out.slice(0, tail.index))) return out.slice(0, tail.index);
  }
  return out;
}
const BODY_POSSESSIVE = /(\p{Lu}\p{L}*)['’]s(?=\s+\p{Ll})/u;
const MODIFIER_STATE = /^(former|then|ex-)\s+(\p{Lu}[\p{L}-]+)\s+/iu;
const OF_STATES = /\s+of\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+/u;
// A ministry's portfolio closes the office ("Minister of Foreign Affairs of Laos"); "Speaker of the National Assembly of
// the Republic of Korea" and "… Bank for Investment and Development of Vietnam" keep the state inside a body's name.
const PORTFOLIO_END =
  /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,3}(?:Affairs|Defence|Defense|Trade|Industry|Finance|Security|Justice|Health|Education|Planning)$/u;
const STATE_STYLE = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}of\s+/u;
const TRAILING_STATE = /\s+of\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;
// A state styled with "of" inside: "Minister of Foreign Affairs of the Socialist Republic of Viet Nam".
const TRAILING_STYLED_STATE =
  /\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u;
