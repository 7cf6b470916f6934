/**
 * What to call an article in lists: its title, or else the opening words of its text (many wire copies carry
 * no headline), or else its number. Never invents anything the article does not say.
 */
export function displayTitle(title: string | null | undefined, text: string | null | undefined, id: number): string {
  if (title?.trim()) return title.trim();
  const opening = text?.trim().replace(/\s+/g, " ");
  if (!opening) return `Article #${id}`;
  if (opening.length <= 90) return opening;
  const cut = opening.slice(0, 90);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > 50 ? space : 90).replace(/[\s,;:.-]+$/, "")}…`;
}
