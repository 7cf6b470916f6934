// A live stream's chat box copied with the page ("Live chat" / "Top chat ▾" / "<Viewer>: <message>" …): viewers'
// messages, never the story's. Read from the box's label down over the short lines of a name, a colon and a message,
// and the box's closing notice ("Chat is disabled for this replay"). A story's "Label: text" lines stand under no such
// label.

const CHAT_LABEL = /^(?:live\s+chat|top\s+chat|chat\s+replay|live\s+comments)(?:\s*[▾▼⌄])?$/iu;
// "<Name>: <message>": a viewer's name of one to three words (an initial allowed) and a short message.
const CHAT_MESSAGE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2}\s*:\s+\S[^\n]{0,120}$/u;
const CHAT_NOTICE =
  /^(?:chat\s+is\s+(?:disabled|closed|off)|live\s+chat\s+(?:is\s+)?(?:disabled|closed|ended))\b[^\n]{0,60}$/iu;
const MAX_CHAT_LINES = 40;

/** The lines of a chat box opened by its label at `at`; the index of its last line, or `at` when none. */
export function chatLines(lines: readonly string[], at: number, into: Set<number>): number {
  const label = lines[at] as string;
  if (label.length > 20 || !CHAT_LABEL.test(label)) return at;
  let end = at;
  for (let k = at + 1; k < lines.length && k <= at + MAX_CHAT_LINES; k++) {
    const line = (lines[k] as string).trim();
    if (CHAT_LABEL.test(line) || CHAT_MESSAGE.test(line)) end = k;
    else if (CHAT_NOTICE.test(line)) {
      end = k;
      break;
    } else break;
  }
  for (let k = at; k <= end; k++) into.add(k);
  return end;
}
