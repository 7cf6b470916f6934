import { z } from "zod";
import { isMessageMarker, mailHeaders } from "../read/mail-header.js";
import messagesJson from "./data/messages.json" with { type: "json" };
import { isStorySentence } from "./edge-form.js";

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
const WORD = /\S+/gu;

const wordCount = (text: string) => text.match(WORD)?.length ?? 0;

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
  return wordCount(line) <= form.maxStampLineWords && POST_STAMP.test(line);
}
