import quoteJson from "../data/quotes.json" with { type: "json" };
import { fold } from "../fold.js";
import type { Sentence } from "../sentences.js";
import type { Person } from "./person.js";
import type { SpeakerLabel } from "./speaker-turns.js";
import { isTitleWord } from "./titles.js";

const TURN_HONORIFICS = new Set(quoteJson.turnHonorifics.map((w) => fold(w)));
// 'Matthew Miller, Department Spokesperson', 'By Jane Doe': a byline's name, two to four capitalised words, and the
// office after a comma when it is written in capitalised title words.
const BYLINE = /^\s*(?:by\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?:,\s*([^,]{3,60}?))?\s*$/iu;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/**
 * A government's briefing transcript names its spokesperson once, in the byline the cleaner sets aside ('Matthew
 * Miller, Department Spokesperson'), and labels every answer by courtesy title and surname alone ('MR MILLER:'): the
 * labels then name the byline's person, who is read from the byline with its office. Taken only when two labels or
 * more are that surname (with or without a courtesy title) and no person the text names already has it, so a
 * journalist's byline on an ordinary story never becomes a speaker.
 */
export function bylineSpeaker(
  byline: string | null | undefined,
  labels: readonly SpeakerLabel[],
  people: readonly Person[],
  sentences: readonly Sentence[],
): Person | null {
  const m = byline ? BYLINE.exec(byline) : null;
  if (!m) return null;
  const words = (m[1] ?? "").split(/\s+/);
  if (words.some((w) => !NAME_WORD.test(w) || isTitleWord(w) || TURN_HONORIFICS.has(fold(w)))) return null;
  const surname = fold(words.at(-1) as string);
  const key = fold(words.join(" "));
  if (people.some((p) => p.key === key || p.key.split(" ").includes(surname))) return null;
  const own = labels.filter((l) => {
    const rest = l.head
      .split(/\s+/)
      .map((w) => fold(w.replace(/\.+$/, "")))
      .filter((w) => !TURN_HONORIFICS.has(w));
    return rest.join(" ") === surname || rest.join(" ") === key;
  });
  if (own.length < 2) return null;
  const office = m[2]?.trim() ?? "";
  const officeWords = office.split(/\s+/);
  const titled =
    office !== "" &&
    officeWords.length <= 5 &&
    officeWords.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|for|and)$/.test(w)) &&
    officeWords.some((w) => isTitleWord(w));
  const sentenceAt = (at: number) => sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
  const mentions = own.map((l) => {
    const word = l.head.split(/\s+/).at(-1) as string;
    const at = l.start + l.head.lastIndexOf(word);
    return { sentenceIndex: sentenceAt(at), start: at, end: at + word.length, surface: word };
  });
  const first = mentions[0] as (typeof mentions)[number];
  // The office is written outside the body: it is placed at the first label, the nearest the body has to it.
  const roles = titled ? [{ role: office, start: first.start, end: first.end }] : [];
  return { name: words.join(" "), key, roles, mentions };
}
