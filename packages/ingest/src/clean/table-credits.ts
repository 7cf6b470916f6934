// A fact panel's or a table's source note ("Source: Ministry of Foreign Affairs, Korea International Trade
// Association") under its rows of a label and a figure ("Trade (2022): $87.6 billion"): the credit of the figures
// set out above it, as a chart's source is, never the story's own sign-off, which closes a paragraph of prose.
// Noise whether the panel above it is read as the story's table or as furniture (test/READING.md).

const SOURCE_NOTE = /^(?:Sources?|Data)\s*:\s*\p{Lu}[^\n.!?]{2,150}$/u;
// A panel's row: a short label, a colon and a value, with no sentence's stop at its end.
const PANEL_ROW = /^[-•·▪*]?\s*\p{Lu}[^:\n]{1,50}:\s*\S[^\n]{0,50}$/u;
const SENTENCE_END = /[.!?]["'’”)]?$/u;
const MIN_ROWS = 2;

function isPanelRow(line: string | undefined): boolean {
  return line !== undefined && PANEL_ROW.test(line) && !SENTENCE_END.test(line) && !SOURCE_NOTE.test(line);
}

/** Whether the line at `at` is a source note under at least two rows of a panel or a table. */
export function isPanelSourceNote(lines: readonly string[], at: number): boolean {
  const line = lines[at] as string;
  // Cheap gate first: the note opens on "Source" or "Data".
  if ((line[0] !== "S" && line[0] !== "D") || line.length > 160 || !SOURCE_NOTE.test(line)) return false;
  let rows = 0;
  for (let k = at - 1; k >= 0 && rows < MIN_ROWS; k--) {
    const above = (lines[k] ?? "").trim();
    if (above === "") continue;
    if (!isPanelRow(above)) break;
    rows++;
  }
  return rows >= MIN_ROWS;
}
