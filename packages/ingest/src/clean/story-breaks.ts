import { z } from "zod";
import data from "./data/story-breaks.json" with { type: "json" };
import { factBoxLines, isFactBoxHeading } from "./fact-boxes.js";
import { isLabelledTeaser } from "./labelled-teasers.js";
import { chatLines } from "./live-chat.js";
import { alternation } from "./patterns.js";
import { isShowCredit } from "./show-credits.js";
import { isPanelSourceNote } from "./table-credits.js";

// Furniture a site sets between the story's paragraphs (round 50): ad markers, newsletter and podcast boxes, a
// numbered gallery's captions, an embedded video player with its title and running time, a reader poll. Each is read
// by its shape, so that the story around it runs on; the lines are found once, before the line-by-line pass.
const Data = z.object({
  maxLine: z.number().int().positive(),
  linePatterns: z.array(z.string().min(1)).min(1),
  videoLabels: z.array(z.string().min(1)).min(1),
  durationPatterns: z.array(z.string().min(1)).min(1),
  pollOption: z.string().min(1),
  pollFurniture: z.array(z.string().min(1)).min(1),
});
const words = Data.parse(data);

// One anchored alternation: a line is tried once, and most lines fail on their first word.
const BREAK_LINE = new RegExp(words.linePatterns.map((source) => `(?:${source})`).join("|"), "iu");
// "VIDEO", "ST VIDEO" (a site's initials before the label), "Watch:", or "Watch: <the clip's title>".
const VIDEO_LABEL = new RegExp(
  `^(?:(\\S{2,5})\\s+)?(?:${alternation(words.videoLabels)})\\s*(?:([:：])\\s*(\\S.*)?)?$`,
  "iu",
);
const INITIALS = /^\p{Lu}+$/u;
const DURATION = new RegExp(words.durationPatterns.map((source) => `(?:${source})`).join("|"), "iu");
const POLL_OPTION = new RegExp(words.pollOption, "u");
const POLL_FURNITURE = new RegExp(words.pollFurniture.map((source) => `(?:${source})`).join("|"), "iu");
// A player's label, title and outlet line stand within a few short lines of its running time.
const MAX_PLAYER_LINES = 3;
const MAX_PLAYER_LINE = 120;
// A credit under a player's title: an outlet's name of a few words with no stop ("ABC News").
const PLAYER_CREDIT = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+[\p{L}\p{N}&'’-]+){0,3}$/u;
const MAX_POLL_QUESTION = 200;
const MAX_POLL_FURNITURE = 3;

/** A line of furniture between paragraphs that reads as such on its own ("Story continues below this ad"). */
export function isStoryBreakLine(line: string): boolean {
  return line.length <= words.maxLine && BREAK_LINE.test(line);
}

function videoLabel(line: string): { title: string | null } | null {
  if (line.length > MAX_PLAYER_LINE) return null;
  const label = VIDEO_LABEL.exec(line);
  if (!label) return null;
  // Only a site's initials stand before the label ("ST VIDEO"); "Please watch" is a sentence's start.
  if (label[1] && !INITIALS.test(label[1])) return null;
  return { title: label[3]?.trim() || null };
}

const isDuration = (line: string | undefined): boolean => !!line && line.length <= 60 && DURATION.test(line);

/**
 * An embedded player between paragraphs: its label ("VIDEO", "Watch: <title>"), its title and outlet line, its
 * running time ("1:52", "Duration: 1 minute 48 seconds"), and a repeat of its title with a credit under it. The label
 * and a running time within a few short lines make the player; a label or a clock alone is read elsewhere.
 */
function playerLines(lines: readonly string[], at: number, into: Set<number>): void {
  const label = videoLabel(lines[at] as string);
  if (!label) return;
  let first = -1;
  for (let k = at + 1; k <= at + 1 + MAX_PLAYER_LINES && k < lines.length; k++) {
    if (isDuration(lines[k])) {
      first = k;
      break;
    }
    if ((lines[k] as string).length > MAX_PLAYER_LINE) return;
  }
  if (first < 0) return;
  let last = first;
  while (isDuration(lines[last + 1])) last++;
  const titles = lines.slice(at + 1, first).filter((line) => !isDuration(line));
  if (label.title) titles.push(label.title);
  for (let k = at; k <= last; k++) into.add(k);
  const next = lines[last + 1];
  if (!next) return;
  // The title under the running time when none stood above it, over its outlet's line ("ABC News").
  if (titles.length === 0) {
    if (next.length <= MAX_PLAYER_LINE && PLAYER_CREDIT.test(lines[last + 2] ?? "")) into.add(last + 1);
    return;
  }
  // "<title> © <Outlet>": the title repeated with its credit under the player.
  if (titles.some((title) => title.length >= 12 && next.startsWith(title) && next !== title)) into.add(last + 1);
}

/** A reader poll: two or more options in a row ("( ) Yes"), the question over them, its buttons and counter under. */
function pollLines(lines: readonly string[], at: number, into: Set<number>): number {
  let end = at;
  while (end + 1 < lines.length && POLL_OPTION.test(lines[end + 1] as string)) end++;
  if (end === at) return at;
  for (let k = at; k <= end; k++) into.add(k);
  const question = lines[at - 1];
  if (question && question.length <= MAX_POLL_QUESTION && /\?$/u.test(question)) into.add(at - 1);
  for (let k = end + 1; k <= end + MAX_POLL_FURNITURE && k < lines.length; k++) {
    if (!POLL_FURNITURE.test(lines[k] as string)) break;
    into.add(k);
  }
  return end;
}

/** The lines of furniture set between the story's paragraphs, by index. */
export function storyBreakLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as string;
    // A programme's crew credit stands under a podcast's or a video's story, and a panel's source note under its
    // rows, as a break stands between the paragraphs (round 51).
    if (isStoryBreakLine(line) || isShowCredit(line) || isPanelSourceNote(lines, at) || isLabelledTeaser(lines, at))
      found.add(at);
    else if (POLL_OPTION.test(line)) at = pollLines(lines, at, found);
    else if (line.length <= 20 && /chat|comments/iu.test(line)) at = chatLines(lines, at, found);
    else if (isFactBoxHeading(line)) at = factBoxLines(lines, at, found);
    else playerLines(lines, at, found);
  }
  return found;
}
