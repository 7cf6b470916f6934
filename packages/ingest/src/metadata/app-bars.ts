// A news app's bar over the story, copied as one line: the back button, the site's name, the app's controls
// ("‹ Back  <Site Name>  Aa  ⤴"). The name between them is the publisher's, as a masthead line alone would be.
const BACK_BUTTON = /^(?:[‹<←]\s*)?Back\s+|^[‹<←]\s+/u;
// A control after the name: an icon with no letter or figure ("⤴", "⋮", "🔍"), or a text-size button ("Aa", "A A").
const TRAILING_CONTROL = /\s+(?:[^\p{L}\p{N}\s]+|Aa|A)$/u;
const MAX_APP_BAR = 100;

/** The name an app's bar sets between its back button and its controls; null for any other line. */
export function appBarName(line: string): string | null {
  if (line.length > MAX_APP_BAR) return null;
  const back = BACK_BUTTON.exec(line);
  if (!back) return null;
  let name = line.slice(back[0].length).trim();
  let controls = 0;
  for (
    let trimmed = name.replace(TRAILING_CONTROL, "");
    trimmed !== name;
    trimmed = name.replace(TRAILING_CONTROL, "")
  ) {
    name = trimmed;
    controls++;
  }
  // Without a control after it, a back link's label is a headline or a section ("‹ Back to library").
  return controls > 0 && /^\p{Lu}/u.test(name) ? name : null;
}
