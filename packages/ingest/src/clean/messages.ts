import { z } from "zod";
import { spaceSeparatedWords } from "../normalise/words.js";
import { isMessageMarker, mailHeaders } from "../read/mail-header.js";
import messagesJson from "./data/messages.json" with { type: "json" };
import { isStorySentence } from "./edge-form.js";
import { isHeadline } from "./title.js";

// A news item reposted to a mailing list, a newsgroup or a forum arrives inside its messages: each message opens on
// a header (fields "Label: value" naming an address, a forward marker: read by read/mail-header.ts), the item is the
// message that holds the story, and the forwarder's note above it, the sign-off's tail and the readers' replies under
// it are not the story. What is judged is the page's STRUCTURE (fields, markers, segments), never the labels' words.
const Form = z.object({
  maxStampLineWords: z.number().int().positive(),
});
const form = Form.parse(messagesJson);

// "-- AFP", "-- KB": the signature delimiter of mail, a name after two dashes; past it a message holds no story.
const SIGNATURE = /^--\s+\S.{0,40}$/u;
// A forum's post stamp: an account's name (lower case, with a digit or an underscore) and the day it posted,
// ending the line: "saigon_ranger, 03/09/2016", "… by river88, 4 May 2015.".
const POST_STAMP =
  /(?:^|\s)[\p{Ll}\p{N}._-]*[_\p{N}][\p{Ll}\p{N}._-]*,\s+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})\.?$/u;

const storySentences = (lines: readonly string[]) => lines.filter((line) => isStorySentence(line)).length;

/**
 * The lines of a page that are its messages' furniture around the one item they carry: every line above the item's
 * header (the list's frame, the forwarder's note), the header itself, the tail after its signature or closing marker,
 * and the other messages (replies, quotations, the list's frame under them). Nothing when the page has no message
 * header, or when the text above the first header outweighs every message (a story that quotes a mail).
 */
export function messageFurniture(lines: readonly string[]): Set<number> {
  const found = mailHeaders(lines);
  const furniture = new Set<number>();
  if (!found.length) return furniture;
  const bounds = found.map((header, k) => ({ ...header, next: found[k + 1]?.start ?? lines.length }));
  const weights = bounds.map((b) => storySentences(lines.slice(b.end, b.next)));
  const item = weights.indexOf(Math.max(...weights));
  const preamble = storySentences(lines.slice(0, (bounds[0] as (typeof bounds)[number]).start));
  if (preamble >= (weights[item] as number)) return furniture;
  const own = bounds[item] as (typeof bounds)[number];
  // Under a list's frame or a forwarder's note the reposted item carries its own headline, and all above it goes.
  // A message opening the page (a newsletter forwarded whole) is left to the readers of headers and subjects.
  if (own.start > 0) for (let at = 0; at < own.end; at++) furniture.add(at);
  for (let at = own.next; at < lines.length; at++) furniture.add(at);
  // Past the item's signature ("-- AFP", kept: it credits the story) or its closing marker, the message holds the
  // list's notices and buttons.
  const close = lines.findIndex(
    (line, at) => at >= own.end && at < own.next && (SIGNATURE.test(line) || isMessageMarker(line)),
  );
  if (close >= 0)
    for (let at = SIGNATURE.test(lines[close] as string) ? close + 1 : close; at < own.next; at++) furniture.add(at);
  return furniture;
}

/** Whether a line is a forum post's stamp: a few words closed by an account's name and the day it posted. */
export function isPostStamp(line: string): boolean {
  return spaceSeparatedWords(line) <= form.maxStampLineWords && POST_STAMP.test(line);
}

// A chat app's exported or copied log: each message opens on its stamp and its sender. "[18:40, 24/04/2021] Name: …"
// (bracketed clock and day, a colon after the sender), "24/04/2021, 18:40 - Name: …" (a phone's export), or a clock
// alone before the sender's name and the text ("08:30 <Sender> …", a desktop app's log with its columns run together).
const CHAT_STAMP_NAMED =
  /^(?:\[\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?,\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)\s*\]|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s+[-–])\s*([^:\n]{1,40}?):\s?(.*)$/u;
const CHAT_CLOCK = /^(\d{1,2}:\d{2})\s+(\S.*)$/u;
// A log is a chat's when this many lines open on a message's stamp.
const MIN_CHAT_MESSAGES = 3;
// The words a clock-only log's messages share after the clock are the sender's name: at most this many.
const MAX_SENDER_WORDS = 4;
const MIN_SENDER_SHARE = 0.8;
const MIN_ONE_LINE_SHARE = 0.5;
// "10:05 AM ET", "9:30 p.m. EDT": what follows a live page's clock is its half of the day, no sender.
const CLOCK_SUFFIX = /^[AaPp]\.?[Mm]\.?(?:\s|$)/u;
// A message carries a story when it holds at least this many of a story's sentences.
const MIN_STORY_SENTENCES = 2;
const LEADING_QUOTE = /^["“]\s*/u;

interface ChatMessage {
  at: number;
  /** The message's own text on its stamp line, without the stamp and the sender. */
  text: string;
}

function namedMessages(lines: readonly string[]): ChatMessage[] {
  const found: ChatMessage[] = [];
  for (const [at, line] of lines.entries()) {
    const match = CHAT_STAMP_NAMED.exec(line);
    if (match) found.push({ at, text: (match[2] ?? "").trim() });
  }
  return found;
}

/** A clock-only log: its sender is the run of words most stamped lines share after the clock. */
function clockedMessages(lines: readonly string[]): ChatMessage[] {
  const stamped = lines.flatMap((line, at) => {
    const match = CHAT_CLOCK.exec(line);
    return match ? [{ at, words: (match[2] as string).split(" ") }] : [];
  });
  if (stamped.length < MIN_CHAT_MESSAGES) return [];
  let best: { sender: string; count: number } = { sender: "", count: 0 };
  for (let n = 1; n <= MAX_SENDER_WORDS; n++) {
    const counts = new Map<string, number>();
    for (const { words } of stamped) {
      if (words.length <= n) continue;
      const sender = words.slice(0, n).join(" ");
      counts.set(sender, (counts.get(sender) ?? 0) + 1);
    }
    for (const [sender, count] of counts)
      if (count >= MIN_CHAT_MESSAGES && count >= best.count && /^\p{Lu}/u.test(sender)) best = { sender, count };
  }
  // A one-sender log (a channel's or an account's) stamps nearly every line with the same name; a live page's timed
  // entries open on varied words, or on the clock's half of the day.
  if (!best.sender || best.count < stamped.length * MIN_SENDER_SHARE || CLOCK_SUFFIX.test(best.sender)) return [];
  // A chat's messages are mostly one line each, the next stamp right under; a live page's entries run on.
  const oneLine = stamped.filter(({ at }, k) => stamped[k + 1]?.at === at + 1).length;
  if (oneLine < stamped.length * MIN_ONE_LINE_SHARE) return [];
  const prefix = `${best.sender} `;
  return stamped
    .filter(({ words }) => words.join(" ").startsWith(prefix))
    .map(({ at, words }) => ({ at, text: words.join(" ").slice(prefix.length).trim() }));
}

/**
 * A story pasted into a chat app's log (WhatsApp, LINE, Signal: each message under its stamp and sender): the message
 * that carries the story (the one with the most story sentences) is kept from its headline or its first sentence on;
 * every other message, the log's head above the first message (the group's name and members, the app's encryption
 * notice, the export's title) and the sender's note opening the story's message are the chat's. `text` gives the
 * story message's first line without its stamp and sender, when the story starts on it ("18:42 <Sender> "<Headline>").
 * Nothing when the page is no such log (fewer than three stamped messages, or no message carries a story).
 */
export function chatFrame(lines: readonly string[]): { furniture: Set<number>; text: Map<number, string> } {
  const furniture = new Set<number>();
  const text = new Map<number, string>();
  const named = namedMessages(lines);
  const messages = named.length >= MIN_CHAT_MESSAGES ? named : clockedMessages(lines);
  if (messages.length < MIN_CHAT_MESSAGES) return { furniture, text };
  const spans = messages.map((m, k) => ({ ...m, next: messages[k + 1]?.at ?? lines.length }));
  const weights = spans.map((s) => storySentences(lines.slice(s.at + 1, s.next)));
  const most = Math.max(...weights);
  if (most < MIN_STORY_SENTENCES) return { furniture, text };
  const story = spans[weights.indexOf(most)] as (typeof spans)[number];
  // Where the story starts in its message: its headline or its first sentence, on the stamp line or under it.
  const own = story.text.replace(LEADING_QUOTE, "");
  let start = story.at;
  if (isHeadline(own) || isStorySentence(own)) text.set(story.at, own);
  else {
    start = story.at + 1;
    while (start < story.next && !isHeadline(lines[start] as string) && !isStorySentence(lines[start] as string))
      start++;
  }
  for (let at = 0; at < lines.length; at++) if (at < start || at >= story.next) furniture.add(at);
  return { furniture, text };
}
