import { markedTableRow } from "./table-row.js";

/*
 * Markdown articles are stored as their plain text: the analysis reads sentences, not markup. Only the inline and
 * block markers news writers use are removed; the words they wrap stay.
 */
const rules: Array<[RegExp, string]> = [
  [/^```[^\n]*\n([\s\S]*?)^```\s*$/gm, "$1"],
  [/!\[[^\]]*\]\([^)]*\)/g, ""],
  [/\[([^\]]+)\]\([^)]*\)/g, "$1"],
  [/^\[[^\]]+\]:\s*\S+.*$/gm, ""],
  [/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, "$1"],
  [/^ {0,3}>\s?/gm, ""],
  [/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, ""],
  [/^([ \t]*)[-*+][ \t]+/gm, "$1"],
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2"],
  [/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, "$1$2"],
  [/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2"],
  [/`([^`\n]+)`/g, "$1"],
  [/<\/?[a-z][^>]*>/gi, ""],
];

// A pipe table's rule row ("|---|:--:|") carries nothing; its other rows stay marked rows ("| cell | cell |"),
// which the cleaner reads as a table's, not a menu's.
const TABLE_RULE = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm;
const TABLE_ROW = /^ {0,3}\|([^\n]*)\|[ \t]*$/gm;

function tableRow(_: string, cells: string): string {
  return markedTableRow(cells.split("|").map((cell) => cell.trim()));
}

export function markdownToText(markdown: string): string {
  let text = markdown.replace(TABLE_RULE, "").replace(TABLE_ROW, tableRow);
  for (const [pattern, replacement] of rules) text = text.replace(pattern, replacement);
  return text;
}
