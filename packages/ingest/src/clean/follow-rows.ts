import { z } from "zod";
import dataJson from "./data/follow-rows.json" with { type: "json" };
import { alternation } from "./patterns.js";

// A follow-us row: "Read <Agency> on  Telegram  VK  Dzen", "Follow us on: Facebook | X | YouTube". A site sets it
// under its standfirst or its story as a row of icons, each with its network's label; the row names the site or "us"
// and lists the networks with no verb of a sentence and no stop. The rules in data/boilerplate.json read the row when
// it lists a few networks they know, joined as prose joins them ("on Telegram and WhatsApp"); this reads the icons' row
// by its shape, so a network no list holds ("Dzen") may stand in it beside one it does. Words are data
// (data/follow-rows.json).
const Data = z.object({
  verbs: z.array(z.string().min(1)).min(1),
  networks: z.array(z.string().min(1)).min(1),
});
const data = Data.parse(dataJson);

const NETWORKS = new Set(data.networks.map((name) => name.toLowerCase()));
// "Read <Agency> on": the verb, the site's name in up to four words (or "us"), "on" and an optional colon.
const VERB = new RegExp(`^(?:${alternation(data.verbs)})\\s+`, "iu");
// (case-sensitive: the name opens on a capital, as a site's name does, where "Read more on …" opens a sentence)
const NAMED_ON = /^(?:us|Us|[\p{Lu}\p{N}][\p{L}\p{N}.&'’+-]*(?:\s+[\p{L}\p{N}.&'’+-]+){0,3})\s+on\s*:?\s+/u;
// The row's entries: set apart by runs of spaces, bars, bullets or commas.
const ENTRY_BREAK = /\s*[|•·,]\s*|\s{2,}|\s+/u;
// One entry as an icon's label prints it: one capitalised word ("VK", "Dzen", "Telegram").
const LABEL = /^[\p{Lu}\p{N}][\p{L}\p{N}+.-]{0,14}$/u;
const MIN_ENTRIES = 2;
const MAX_ENTRIES = 8;
const MAX_ROW = 120;
// Cheap gate: the first letter of a verb.
const VERB_INITIALS = new Set(data.verbs.map((verb) => verb[0]?.toLowerCase()));

/**
 * Whether a line is a follow-us row: a verb, the site's name or "us", "on", then two or more networks' labels, one
 * of them a known network, every one a single capitalised word.
 * @example isFollowRow("Read Example Agency on  Telegram  VK  Dzen") // => true
 */
export function isFollowRow(line: string): boolean {
  if (line.length > MAX_ROW || !VERB_INITIALS.has(line[0]?.toLowerCase()) || !line.includes(" on")) return false;
  const verb = VERB.exec(line);
  const named = verb ? NAMED_ON.exec(line.slice(verb[0].length)) : null;
  if (!verb || !named) return false;
  const entries = line
    .slice(verb[0].length + named[0].length)
    .trim()
    .split(ENTRY_BREAK)
    .filter((entry) => entry !== "" && entry.toLowerCase() !== "and" && entry !== "&");
  if (entries.length < MIN_ENTRIES || entries.length > MAX_ENTRIES) return false;
  return entries.every((entry) => LABEL.test(entry)) && entries.some((entry) => NETWORKS.has(entry.toLowerCase()));
}
