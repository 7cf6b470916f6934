import { parseFeed } from "feedsmith";

/** One item a feed lists: the key it is remembered by (guid or id, else its link), and what the feed says of it. */
export interface FeedEntry {
  key: string;
  link: string | null;
  title: string | null;
  published: string | null;
}

export type ReadFeed = { ok: true; title: string | null; entries: FeedEntry[] } | { ok: false; error: string };

/** A feed's text as a string: feedsmith gives plain strings, Atom text constructs as `{ value }`, dates as given. */
function textOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const text = typeof value === "string" ? value : (value as { value?: unknown } | null | undefined)?.value;
  const trimmed = typeof text === "string" ? text.trim() : "";
  return trimmed ? trimmed : null;
}

/** A link as the feed gives it, made absolute against the feed's URL (relative links are common in Atom). */
function absolute(link: string | null | undefined, base: string): string | null {
  if (!link?.trim()) return null;
  try {
    return new URL(link.trim(), base).href;
  } catch {
    return null;
  }
}

/**
 * Reads an RSS 2.0 or Atom document with feedsmith. An item without a guid/id is keyed by its link; one with
 * neither cannot be told apart from the next and is left out.
 * @example readFeed(xml, "https://example.org/rss").entries[0]?.link
 */
export function readFeed(xml: string, feedUrl: string): ReadFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (error) {
    return { ok: false, error: `not an RSS or Atom feed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const entries: FeedEntry[] = [];
  const keep = (entry: Omit<FeedEntry, "key"> & { key: string | null }) => {
    const key = entry.key ?? entry.link;
    if (key) entries.push({ ...entry, key });
  };
  if (parsed.format === "rss") {
    for (const item of parsed.feed.items ?? []) {
      const link = absolute(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : null), feedUrl);
      keep({ key: textOf(item.guid?.value), link, title: textOf(item.title), published: textOf(item.pubDate) });
    }
    return { ok: true, title: textOf(parsed.feed.title), entries };
  }
  if (parsed.format === "atom") {
    for (const entry of parsed.feed.entries ?? []) {
      const links = entry.links ?? [];
      const href = (links.find((l) => !l.rel || l.rel === "alternate") ?? links[0])?.href;
      keep({
        key: textOf(entry.id),
        link: absolute(href, feedUrl),
        title: textOf(entry.title),
        published: textOf(entry.published) ?? textOf(entry.updated),
      });
    }
    return { ok: true, title: textOf(parsed.feed.title), entries };
  }
  return { ok: false, error: `a ${parsed.format} feed: only RSS 2.0 and Atom are followed` };
}
