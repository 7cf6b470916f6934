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

/** One cell of a row written on one line: its trimmed text and where that text stands in the line. */
export interface TableCell {
  text: string;
  start: number;
  end: number;
}

export interface TableCellsOptions {
  /**
   * "marked": only "| a | b |", which a row alone proves; "bare": only "a | b", which needs its neighbours, a line
   * opening on a bar being neither; "as written": a sentence, which may be part of a row, parted where its bars
   * stand. Default: marked or bare.
   */
  shape?: "marked" | "bare" | "as written";
  /**
   * Part cells at every bar, not only at one between spaces. A cell the readers write never holds a bar (they make
   * it "/"); the table-figure and partnership-holder readers part a copied row at every bar, and keep doing so.
   */
  anyBar?: boolean;
  /** Keep a row with an empty cell: the partnership readers look for one cell, whatever its neighbours hold. */
  empty?: boolean;
}

const MIN_MARKED_ROW = 3;

/**
 * The cells of a table's row written on one line: "| a | b |" as the readers mark a row (its outer bars dropped, an
 * empty cell kept) or "a | b" bare, as a text copy or tableRowText leaves one. Null for a line that is no row of two
 * cells or more in the shape asked for.
 */
export function tableCells(line: string, options: TableCellsOptions = {}): TableCell[] | null {
  const { shape, anyBar = false, empty = false } = options;
  const marked = line.length >= MIN_MARKED_ROW && line.startsWith("|") && line.endsWith("|");
  if (marked && shape !== "bare" && shape !== "as written") {
    const cells = partCells(line.slice(1, -1), "|", 1);
    return cells.length >= 2 ? cells : null;
  }
  if (shape === "marked") return null;
  if (shape !== "as written" && (line.startsWith("|") || !line.includes(" | "))) return null;
  const cells = partCells(line, anyBar ? "|" : " | ", 0);
  return cells.length >= 2 && (empty || cells.every((cell) => cell.text !== "")) ? cells : null;
}

function partCells(text: string, bar: string, offset: number): TableCell[] {
  const cells: TableCell[] = [];
  let from = offset;
  for (const part of text.split(bar)) {
    const start = from + part.length - part.trimStart().length;
    const trimmed = part.trim();
    cells.push({ text: trimmed, start, end: start + trimmed.length });
    from += part.length + bar.length;
  }
  return cells;
}
