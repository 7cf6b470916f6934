import { z } from "zod";
import notesJson from "./data/revision-notes.json" with { type: "json" };
import { alternation, quickTest } from "./patterns.js";
import { splitSentences } from "./sentences.js";

// A corrected, updated or developing story prints notes on its own versions: a wire desk's advisory to editors, a
// dated update note ("UPDATE 19:20: Adds …", "(Updated at 22:05, Nov. 5: …)"), a developing story's line about itself.
// They are the page's history, never the story's facts. Words are data (data/revision-notes.json).
const Notes = z.object({
  advisoryLabels: z.array(z.string().min(1)).min(1),
  updateLabels: z.array(z.string().min(1)).min(1),
  deskVerbs: z.array(z.string().min(1)).min(1),
  deskPatterns: z.array(z.string().min(1)).min(1),
  selfPatterns: z.array(z.string().min(1)).min(1),
  noteLabels: z.array(z.string().min(1)).min(1),
  addedPatterns: z.array(z.string().min(1)).min(1),
});
const notes = Notes.parse(notesJson);

const MAX_NOTE = 400;
// A clock time ("19:20", "9.50pm", "1930 GMT") and a day ("Nov. 5", "26 February", "2025-02-26") after the label.
const TIME = String.raw`\d{1,2}(?:[:.]\d{2}|\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|ict|[a-z]{2,4}t))?`;
const DAY = String.raw`(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?|\d{4}-\d{2}-\d{2})(?:,?\s+\d{4})?`;
const STAMP = String.raw`(?:\s+at)?(?:\s+(?:${TIME}(?:,?\s+${DAY})?|${DAY}(?:,?\s+(?:at\s+)?${TIME})?))?`;
const ADVISORY = new RegExp(String.raw`^(?:${alternation(notes.advisoryLabels)})\.?\s*[:：]\s+\S`, "iu");
const UPDATE_LABEL = new RegExp(String.raw`^(?:${alternation(notes.updateLabels)})${STAMP}\s*[:：]\s+`, "iu");
const DESK_VERB = new RegExp(String.raw`^(?:${alternation(notes.deskVerbs)})\b|${notes.deskPatterns.join("|")}`, "iu");
// "(Note) …", "[Editor's note] …", "Editor's note: …": a note's label, bracketed or closed by a colon.
const NOTE_LABEL = new RegExp(
  String.raw`^(?:[([](?:${alternation(notes.noteLabels)})[)\]]\s*[:：]?|(?:${alternation(notes.noteLabels)})\s*[:：])\s+`,
  "iu",
);
const ADDED = notes.addedPatterns.map((pattern) => new RegExp(pattern, "iu"));
const SELF = notes.selfPatterns.map((pattern) => new RegExp(pattern, "iu"));
// A cheap first look: every note holds one of these words.
const NEEDS = /updat|eds?\b|attn|attention|developing|breaking|published|amended|corrected|expanded|check back|refil/iu;

function isSelfSentence(clause: string): boolean {
  return SELF.some((pattern) => pattern.test(clause));
}

/** Each sentence, and each clause after a semicolon, is the desk's or the story's note on itself. */
function isNoteText(text: string, selfNeeded: boolean): boolean {
  let self = false;
  for (const sentence of splitSentences(text)) {
    for (const clause of sentence.split(/;\s+/u)) {
      if (isSelfSentence(clause)) self = true;
      else if (!DESK_VERB.test(clause)) return false;
    }
  }
  return self || !selfNeeded;
}

/**
 * A line that is a story's note on its own revisions: "Eds: UPDATES with …", "UPDATE 19:20: Adds … This story was first
 * published at 11:05 as a news flash …", "This is a developing story; it has been updated with …", bracketed or not.
 */
export function isRevisionNote(line: string): boolean {
  // by its copy without u where that reads the same (quickTest): \b under i and u scans ~10x slower
  if (line.length > MAX_NOTE || !quickTest(NEEDS, line)) return false;
  let text = line.trim();
  const bracketed = /^[([].*[)\]]$/su.test(text);
  if (bracketed) text = text.slice(1, -1).trim();
  if (ADVISORY.test(text)) return true;
  // A note set into the text after publication, dating its own addition: its facts came later than the story's.
  const note = NOTE_LABEL.exec(text);
  if (note && splitSentences(text.slice(note[0].length)).some((s) => ADDED.some((added) => added.test(s.trim()))))
    return true;
  const label = UPDATE_LABEL.exec(text);
  if (label) return isNoteText(text.slice(label[0].length), false);
  // Unlabelled, the line must speak of the story as a story; a bracketed desk line may only say what it adds.
  return isNoteText(text, !bracketed);
}
