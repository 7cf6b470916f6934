import { z } from "zod";
import noiseJson from "./data/html-noise.json" with { type: "json" };
import { markedTableRow } from "./table-row.js";

const Noise = z.object({
  remove: z.array(z.string()),
  skip: z.array(z.string()),
  skipClassPattern: z.string(),
  furnitureClassPattern: z.string(),
  furnitureMaxChars: z.number().int().positive(),
  beforeReadingClassPattern: z.string(),
});
const noise = Noise.parse(noiseJson);

/** Selectors removed from a page before looking for its article. */
export const noiseSelector = noise.remove.join(", ");

const skipTags = new Set(noise.skip.map((t) => t.toUpperCase()));
const skipClass = new RegExp(noise.skipClassPattern, "i");
const furnitureClass = new RegExp(noise.furnitureClassPattern, "i");
const beforeReadingClass = new RegExp(noise.beforeReadingClassPattern, "i");

/**
 * Whether an element is a caption, an embedded post or an ad slot by its class, and short enough to be one: removed
 * before Readability, which may turn it into a classless paragraph. A long element is a container, kept.
 */
export function isFurnitureBeforeReading(element: {
  getAttribute(name: string): string | null;
  textContent: string | null;
}): boolean {
  const classes = element.getAttribute("class") ?? "";
  return (
    classes !== "" && beforeReadingClass.test(classes) && (element.textContent ?? "").length <= noise.furnitureMaxChars
  );
}

function isNoise(node: WalkNode): boolean {
  const classes = node.getAttribute?.("class") ?? "";
  if (!classes) return false;
  if (skipClass.test(classes)) return true;
  return furnitureClass.test(classes) && (node.textContent ?? "").length <= noise.furnitureMaxChars;
}

const BLOCKS = new Set(
  "P DIV SECTION ARTICLE MAIN HEADER H1 H2 H3 H4 H5 H6 LI UL OL DL DT DD BLOCKQUOTE PRE TABLE CAPTION THEAD TBODY TFOOT TR FIGURE ADDRESS CENTER HR".split(
    " ",
  ),
);

/** The part of the DOM the walker needs; linkedom's nodes satisfy it. */
interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
  getAttribute?: (name: string) => string | null;
}

const CELLS = new Set(["TD", "TH"]);
// Elements that sit within a line; two set against each other in an element with no text of its own are two items.
const INLINE = new Set("SPAN TIME A SMALL STRONG B EM I LABEL CITE ABBR".split(" "));
// Where two items glued would make one nonsense word: "05:30 AM" + "3 mins", "Advertisement" + "Advertise with …".
const GLUED_END = /[\p{L}\p{N}.]$/u;
const GLUED_START = /^[\p{Lu}\p{N}]/u;

/** Whether an element holds only elements (and blank text): a row of items the page lays out, not a run of prose. */
function holdsNoText(node: WalkNode): boolean {
  for (const child of Array.from(node.childNodes))
    if (child.nodeType === TEXT && child.textContent?.trim()) return false;
  return true;
}

/** Two inline items next to each other with nothing between, whose texts would run together into one word. */
function gluedItems(left: WalkNode | undefined, right: WalkNode): boolean {
  if (!left || left.nodeType !== ELEMENT || right.nodeType !== ELEMENT) return false;
  if (!INLINE.has(left.nodeName.toUpperCase()) || !INLINE.has(right.nodeName.toUpperCase())) return false;
  return GLUED_END.test(left.textContent ?? "") && GLUED_START.test(right.textContent ?? "");
}
// Between a row's cells while it is walked; the finished row is written by markedTableRow.
const CELL_MARK = "\u0000";
const ELEMENT = 1;
const TEXT = 3;
// A line break the walker sets between glued items, as a <br> would.
const LINE_BREAK: WalkNode = { nodeType: ELEMENT, nodeName: "BR", textContent: "", childNodes: [] };

/**
 * The visible text under a node as paragraphs separated by blank lines: block elements end a paragraph,
 * `<br>` ends a line, runs of HTML whitespace collapse to one space (except in `<pre>`). Noise is skipped.
 */
export function paragraphsOf(root: WalkNode): string {
  const paragraphs: string[] = [];
  let current = "";

  const flush = () => {
    let lines: string[] = [];
    const emit = () => {
      if (lines.length > 0) paragraphs.push(lines.join("\n"));
      lines = [];
    };
    for (const line of current.split("\n")) {
      const trimmed = line.trim();
      if (trimmed === "") emit();
      else if (trimmed.includes(CELL_MARK)) lines.push(markedTableRow(trimmed.split(CELL_MARK).map((c) => c.trim())));
      else lines.push(trimmed);
    }
    emit();
    current = "";
  };

  // Iterative, so a page nested thousands of elements deep cannot overflow the stack.
  const stack: Array<{ node: WalkNode; pre: boolean } | "end-block" | "cell"> = [{ node: root, pre: false }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (item === "end-block") {
      flush();
      continue;
    }
    if (item === "cell") {
      current += CELL_MARK;
      continue;
    }
    const { node, pre } = item;
    if (node.nodeType === TEXT) {
      const text = (node.textContent ?? "").replaceAll(CELL_MARK, "");
      current += pre ? text : text.replace(/[ \t\n\r\f]+/g, " ");
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const tag = node.nodeName.toUpperCase();
    if (skipTags.has(tag)) continue;
    if (isNoise(node)) continue;
    if (tag === "BR" || node === LINE_BREAK) {
      current += "\n";
      continue;
    }
    if (BLOCKS.has(tag)) {
      flush();
      stack.push("end-block");
    }
    const isPre = pre || tag === "PRE";
    const children = Array.from(node.childNodes);
    // A table row reads as one line, its cells joined by " | ", so figures in tables reach the analysis.
    const firstCell = tag === "TR" ? children.findIndex((c) => CELLS.has(c.nodeName.toUpperCase())) : -1;
    const itemRow = !isPre && holdsNoText(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as WalkNode;
      stack.push({ node: child, pre: isPre });
      // Pushed after the child, so walked before it: the line break between this item and the one before.
      if (itemRow && i > 0 && gluedItems(children[i - 1], child)) stack.push({ node: LINE_BREAK, pre: false });
      if (firstCell >= 0 && i > firstCell && CELLS.has(child.nodeName.toUpperCase())) stack.push("cell");
    }
  }
  flush();
  return paragraphs.join("\n\n");
}

/** How deeply elements nest under a node, counted without recursion. */
export function nestingDepth(root: WalkNode): number {
  let deepest = 0;
  const stack: Array<[WalkNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [WalkNode, number];
    if (depth > deepest) deepest = depth;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT) stack.push([child, depth + 1]);
  }
  return deepest;
}
