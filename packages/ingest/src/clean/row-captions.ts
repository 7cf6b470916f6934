// A family photo's caption naming a row of people (issue 11): "Leaders pose for the family photo … From left: Myanmar
// President …, Philippine President …, … AP PHOTO", "Leaders at the museum, with the host at the centre and, in the
// second row, …". Summit pages print such captions long, longer than any other caption, but never as a story's
// paragraph: a paragraph does not walk through a picture's rows.

// Where the caption walks along the row: "From left:", "(L-R)", "left to right", "in the second row".
const ROW_MARKER =
  /\b(?:[Ff]rom\s+(?:left|right)(?:\s+to\s+(?:right|left))?|[Ll]eft\s+to\s+right|L-R|R-L|(?:front|back|first|second|third|top|bottom)\s+row)\b/u;
// A row names its people one after another: at least this many commas between them.
const MIN_ROW_COMMAS = 3;
const MAX_ROW_CAPTION = 1000;
// A row caption closes on its credit in capitals ("… Musa Hitam. AP PHOTO", "… REUTERS"), or on the last name with no
// stop; "From left:" with its colon is a caption's label whatever follows.
const CAPS_TAIL = /[.!?]\s+(?:\p{Lu}[\p{Lu}\p{N}.&/'’-]*\s*){1,4}$/u;
const LABELLED_ROW = /\b[Ff]rom\s+(?:left|right)(?:\s+to\s+(?:right|left))?\s*:/u;

/** A caption that names a row of people in a picture; the caller checks that the story goes on after it. */
export function isRowCaption(line: string): boolean {
  if (line.length > MAX_ROW_CAPTION || /["“”]/u.test(line) || !ROW_MARKER.test(line)) return false;
  if ((line.match(/,\s/gu)?.length ?? 0) < MIN_ROW_COMMAS) return false;
  return LABELLED_ROW.test(line) || CAPS_TAIL.test(line) || !/[.!?]$/u.test(line);
}
