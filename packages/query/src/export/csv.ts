/** Cells a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (typeof value === "string" && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Streams rows as RFC 4180 CSV, one chunk per line, header first.
 * @example for (const line of toCsv(["id"], [[1], [2]])) process.stdout.write(line)
 */
export function* toCsv(columns: readonly string[], rows: Iterable<readonly unknown[]>): Generator<string> {
  yield `${columns.map(csvCell).join(",")}\r\n`;
  for (const row of rows) yield `${row.map(csvCell).join(",")}\r\n`;
}
