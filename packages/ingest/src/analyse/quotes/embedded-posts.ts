import { escapeLiteral } from "../../clean/patterns.js";
import type { Person } from "../people/index.js";
import { subjectOfHead } from "./attribution.js";
import { type Line, type QuoteContext, sentenceStart, sentencesOf } from "./context.js";
import type { Span } from "./marks.js";
import { MIN_WORDS, quoteData, wordCount } from "./rules.js";

// An embedded social post: the sentence introducing it names the platform ("In a post on his Facebook page, the
// President thanked his hosts:", "The minister took to X to welcome the deal."); the cleaner has taken the post's
// timestamp and counts away, leaving the account's display name (perhaps with its @handle) and the post's text.
const PLATFORM = new RegExp(`\\b(?:${quoteData.postPlatforms.map(escapeLiteral).join("|")})\\b`, "u");
// A display name: a few words of a name, no sentence punctuation, perhaps an @handle after it.
const HEADER = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})(\s+@\w{2,30})?\s*$/u;

/** The text of each embedded post whose header and introduction the page keeps, credited to its account's holder. */
export function embeddedPostQuotes(ctx: QuoteContext): void {
  const { lines, spansByLine } = ctx;
  for (let li = 2; li < lines.length; li++) {
    const header = lines[li - 1] as Line;
    const named = HEADER.exec(header.text);
    if (!named || (spansByLine[li] as Span[]).length > 0) continue;
    const line = lines[li] as Line;
    const text = line.text.trim();
    if (!/^\p{Lu}/u.test(text) || wordCount(text) < MIN_WORDS) continue;
    const intro = lines[li - 2] as Line;
    const end = intro.text.trimEnd().length;
    const from = sentencesOf(intro).length > 1 ? sentenceStart(intro, end - 1) : 0;
    const head = intro.text.slice(from, end);
    if (!named[2] && !PLATFORM.test(head)) continue;
    const holder = ctx.inRange(header.start, header.start + header.text.length)[0]?.person;
    const speaker = holder ?? subjectOfHead(ctx, head.replace(/[.:]\s*$/, ":"), intro.start + from);
    if (!speaker) continue;
    const start = line.start + line.text.indexOf(text);
    ctx.out.push({ speaker: speaker.name, text, start, end: start + text.length });
  }
  introducedPostQuotes(ctx);
}

// A post on an institution's account signed by the person who wrote it: "… by intimidation. -DS".
const SIGNATURE = /\s[-–—]\s?(\p{Lu}{2,3})\s*$/u;

/** The person named in a paragraph whose names' first letters are the signature's. */
function signer(ctx: QuoteContext, line: Line, initials: string): Person | null {
  const named = ctx.inRange(line.start, line.start + line.text.length).map((m) => m.person);
  const letters = (person: Person) =>
    person.name
      .split(/\s+/u)
      .map((w) => w.charAt(0))
      .join("");
  return named.find((person) => letters(person) === initials) ?? null;
}

// What the author did with the post, straight after the name: "Jaishankar wrote:", "Prabowo shared photos … on X:".
const POSTING = new RegExp(
  `^\\s+(?:\\p{Ll}+ly\\s+)?(?:${["wrote", "posted", "tweeted", "shared", "said", "added"].join("|")})\\b[^,;]*$`,
  "u",
);

/** The last person named in the sentence straight before the verb of posting that ends it, past any opening phrase. */
function namedBeforeVerb(ctx: QuoteContext, a: number, b: number): Person | null {
  const named = ctx.inRange(a, b).filter((m) => POSTING.test(ctx.body.slice(m.end, b)));
  return named.at(-1)?.person ?? null;
}

/**
 * A post the story introduces as it would a quotation, with no header line: the paragraph before it ends in a colon
 * and its last sentence names the post or its network ("Hours later the President posted on X:", "In a second post,
 * the minister wrote:"). Its words are the subject's of that sentence, or the signer's when the post is signed with
 * initials of a person the paragraph names.
 */
function introducedPostQuotes(ctx: QuoteContext): void {
  const { lines, spansByLine } = ctx;
  for (let li = 1; li < lines.length; li++) {
    const intro = lines[li - 1] as Line;
    if (!/:\s*$/u.test(intro.text) || (spansByLine[li] as Span[]).length > 0) continue;
    const line = lines[li] as Line;
    const text = line.text.trim();
    if (!/^\p{Lu}/u.test(text) || wordCount(text) < MIN_WORDS) continue;
    const end = intro.text.trimEnd().length;
    const from = sentencesOf(intro).length > 1 ? sentenceStart(intro, end - 1) : 0;
    const head = intro.text.slice(from, end);
    if (!PLATFORM.test(head)) continue;
    const initials = SIGNATURE.exec(text)?.[1];
    const speaker =
      (initials ? signer(ctx, intro, initials) : null) ??
      namedBeforeVerb(ctx, intro.start + from, intro.start + end) ??
      subjectOfHead(ctx, head.replace(/[.:]\s*$/, ":"), intro.start + from);
    if (!speaker) continue;
    const start = line.start + line.text.indexOf(text);
    ctx.out.push({ speaker: speaker.name, text, start, end: start + text.length });
  }
}
