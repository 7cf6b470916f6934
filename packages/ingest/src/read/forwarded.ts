/**
 * A story forwarded by e-mail and saved from a mailing list's or a mail client's view: the list's page, the
 * forwarder's note, then a header block ("-----Original Message-----", "---------- Forwarded message ---------",
 * From: / Sent: / To: / Subject:) after which the forwarded story runs. Its subject is not taken for the headline:
 * a newsletter's subject adds its own name ("<Newsletter> Weekly: …"), and the story repeats its headline.
 */
const FORWARD_MARK = /^\s*-{2,}\s*(?:original message|forwarded message|begin forwarded message)\s*-*\s*:?\s*$/imu;
const HEADER = /^(?:from|sent|date|to|cc|subject|reply-to)\s*:/iu;
const MIN_STORY_CHARS = 200;

/**
 * The forwarded message from its mark on (the list's page and the forwarder's note before it gone), or null when
 * the text holds no header block with a story after it.
 */
export function forwardedStory(text: string): string | null {
  const mark = FORWARD_MARK.exec(text);
  if (!mark) return null;
  const lines = text.slice(mark.index + mark[0].length).split(/\r?\n/);
  let at = 0;
  let headers = 0;
  for (; at < lines.length; at++) {
    const line = (lines[at] ?? "").trim();
    if (line === "" && headers === 0) continue;
    if (!HEADER.test(line)) break;
    headers++;
  }
  const story = lines.slice(at).join("\n");
  // A mark quoted in a reply, with no header block or no story under it, is no forwarded message.
  if (headers < 2 || story.trim().length < MIN_STORY_CHARS) return null;
  // The mark and its headers stay: the cleaner reads a message's header block as furniture.
  return text.slice(mark.index).replace(/^\s+/u, "");
}
