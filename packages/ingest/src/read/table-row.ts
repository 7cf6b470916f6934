// A cell that is one figure: "194", "1,250", "$4.6 billion", "12%", "-3.5".
const FIGURE =
  /^[-+−]?[$€£¥₫]?\s?\d[\d.,]*(?:\s?(?:%|percent|per cent|thousand|million|billion|trillion|bn|mn|m|k))?$/iu;

/**
 * A table row as one line: a label beside one figure reads as a labelled figure ("Countries with diplomatic
 * relations: 194"), the way the analysis reads one in a sentence; wider rows keep their cells apart with " | ".
 */
export function tableRowText(cells: readonly string[]): string {
  const [label, value] = cells;
  if (cells.length === 2 && label && value && /\p{L}/u.test(label) && FIGURE.test(value)) {
    return `${label.replace(/[\s:：]+$/u, "")}: ${value}`;
  }
  return cells.join(" | ");
}

/**
 * A table row as the readers hand it on: "| cell | cell |", the shape of a Markdown or copied pipe table, so the
 * cleaner tells a table's row from a menu line ("Home | World | Business") and reads it with tableRowText; a
 * row with one filled cell is just that cell's text.
 */
export function markedTableRow(cells: readonly string[]): string {
  const filled = cells.map((cell) => cell.replaceAll("|", "/")).filter(Boolean);
  return filled.length < 2 ? (filled[0] ?? "") : `| ${filled.join(" | ")} |`;
}
