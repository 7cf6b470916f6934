import { isMessageMarker, type MailHeader, mailHeaders } from "./mail-header.js";

/**
 * A story forwarded by e-mail and saved from a mailing list's or a mail client's view: the list's page, the
 * forwarder's note, then a header block under its forward marker ("-----Original Message-----", "----------
 * Forwarded message ---------"; read by mail-header.ts) after which the forwarded story runs. Its subject is not taken
 * for the headline: a newsletter's subject adds its own name ("<Newsletter> Weekly: …"), and the story repeats its
 * headline.
 */
const MIN_STORY_CHARS = 200;

/**
 * The forwarded message from its mark on (the list's page and the forwarder's note before it gone), or null when
 * the text holds no marked header block with a story after it.
 */
export function forwardedStory(text: string): string | null {
  const lines = text.split(/\r?\n/);
  if (!lines.some(isMessageMarker)) return null;
  // A framed heading over a fact box's fields is no mail: a mail's header names an address or the time it was sent,
  // or says who sent it, when, or what about. A mark quoted in a reply, with no header block or no story under it, is
  // no forwarded message.
  const mailed = (h: MailHeader) =>
    h.addressed || h.stamped || h.from !== null || h.date !== null || h.subject !== null;
  const header = mailHeaders(lines).find(
    (h) => h.marked && h.full && mailed(h) && lines.slice(h.end).join("\n").trim().length >= MIN_STORY_CHARS,
  );
  if (!header) return null;
  let offset = 0;
  for (const line of text.split("\n").slice(0, header.start)) offset += line.length + 1;
  // The mark and its headers stay: the cleaner reads a message's header block as furniture.
  return text.slice(offset).replace(/^\s+/u, "");
}
