// An office's contact strip set between bars, as a printed page's running footer or a letterhead prints it: "<Office>
// | <street address> | <web address>". Its last cell is the site's address; a table's row of figures never ends on
// one, and a sentence never stands in a cell of the strip.

const MAX_ROW = 160;
const MIN_CELLS = 2;
// "www.example.org/country", "example.gov.au": a bare web address, with or without its scheme and path.
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/iu;
const SENTENCE_END = /[.!?]$/u;

/** A row of two or more barred cells closing on a web address, none of them a sentence. */
export function isContactRow(line: string): boolean {
  if (line.length > MAX_ROW || !line.includes("|")) return false;
  const cells = line
    .split("|")
    .map((cell) => cell.trim())
    .filter(Boolean);
  if (cells.length < MIN_CELLS || !WEB_ADDRESS.test(cells.at(-1) ?? "")) return false;
  return cells.slice(0, -1).every((cell) => !SENTENCE_END.test(cell) && !WEB_ADDRESS.test(cell));
}
