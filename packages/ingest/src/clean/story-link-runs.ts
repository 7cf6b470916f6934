// Links to other stories that a site sets between two paragraphs of the story, as bullets with no heading over them:
//
//   … "That is the best foundation," he said.
//   - Minister calls for more action on climate at summit
//   - Leader meets neighbour's president in the capital
//   Two-way trade was worth …
//
// The closing readers only look under the story's last paragraph, and the in-story readers want a "Related:" or
// "Read more" label; an unlabelled run inside the story is neither. A story's own list differs: the paragraph over it
// brings it in with a colon, or its items close with a stop or a semicolon, or they are a label and its figure.

// "- Xi, Tokayev attend signing of documents": a bullet, then a headline opening on a capital or a figure, no end mark.
const BULLETED_HEADLINE = /^[-–•·»▪]\s+[\p{Lu}\p{N}"“'‘][^\n]{8,140}(?<![.!?:;,"”'’)])$/u;
// "- Two-way trade in 2023: 1.9 billion USD": a key figure's label and amount.
const LABELLED_FIGURE = /[:：]\s*[-+−]?[$€£¥]?\d/u;
// A sentence's end, closing quote or bracket allowed: the paragraph over the run and under it read as the story.
const SENTENCE_CLOSE = /[.!?]["'’”)]*$/u;
const MIN_ITEMS = 2;
const MAX_ITEMS = 6;
const MIN_WORDS = 4;
// A headline is a short sentence with a verb: at least one lower-case word beside the capitals ("meets", "calls").
const LOWER_WORD = /\s\p{Ll}{3,}/u;

interface Text {
  text: string;
  row?: boolean;
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

function isLinkItem(p: Text): boolean {
  if (p.row) return false;
  const text = p.text;
  // Cheap gate: the first character is a bullet or dash.
  if (!"-–•·»▪".includes(text[0] ?? "")) return false;
  return (
    BULLETED_HEADLINE.test(text) && !LABELLED_FIGURE.test(text) && words(text) - 1 >= MIN_WORDS && LOWER_WORD.test(text)
  );
}

/** A paragraph that reads as the story's own: a sentence of some length, not brought in by a colon. */
function isStorySentence(p: Text | undefined): boolean {
  if (!p || p.row) return false;
  return words(p.text) >= 8 && SENTENCE_CLOSE.test(p.text);
}

/**
 * The indexes of paragraphs that are runs of two to six bulleted headlines standing between two paragraphs of the
 * story (each a sentence, the one above not ending on a colon).
 */
export function inStoryLinkRuns(paragraphs: readonly Text[]): Set<number> {
  const found = new Set<number>();
  for (let i = 1; i < paragraphs.length; i++) {
    if (!isLinkItem(paragraphs[i] as Text)) continue;
    let end = i;
    while (end + 1 < paragraphs.length && isLinkItem(paragraphs[end + 1] as Text)) end++;
    const count = end - i + 1;
    if (
      count >= MIN_ITEMS &&
      count <= MAX_ITEMS &&
      isStorySentence(paragraphs[i - 1]) &&
      isStorySentence(paragraphs[end + 1])
    )
      for (let k = i; k <= end; k++) found.add(k);
    i = end;
  }
  return found;
}
