// A programme's production credit closing a podcast's or a video's page ("<Show> is produced by <Name> and edited by
// <Name>. Music: …"): the crew of the page's medium, never the story's news. Read by its shape: a name of a few
// capitalised words, then two or more crafts of making the programme each with "by" and a name, and nothing else on
// the line but a music credit. One craft alone ("The report is produced by the ministry") may be the story's sentence.

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const CRAFT = String.raw`(?:produced|hosted|presented|edited|mixed|engineered|co-produced|executive\s+produced)`;
const JOIN = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)`;
const SHOW_CREDIT = new RegExp(
  String.raw`^(?:The\s+)?${NAME}\s+(?:is|was)\s+${CRAFT}\s+by\s+${NAME}(?:${JOIN}${CRAFT}\s+by\s+${NAME}){1,3}\.?` +
    String.raw`(?:\s+(?:Music|Theme\s+music|Artwork)\s*:\s*[^\n]{1,100})?$`,
  "u",
);
const MAX_CREDIT = 260;

/** "<Show> is produced by <Name> and edited by <Name>.": a programme's crew credit. */
export function isShowCredit(line: string): boolean {
  return line.length <= MAX_CREDIT && line.includes(" by ") && SHOW_CREDIT.test(line);
}
