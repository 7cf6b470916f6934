import type { ChangeEvent } from "@chancery/query";
import { generateAtomFeed } from "feedsmith";

export interface AtomOptions {
  /** Where the dashboard is served, e.g. http://127.0.0.1:3000: entries link to its article pages. */
  baseUrl: string;
  /** When the feed last changed; default the newest event's time, or now when there is none. */
  updated?: Date;
}

/** The media type an Atom feed is served with. */
export const atomContentType = "application/atom+xml; charset=utf-8";

/**
 * The change events, newest first, as an Atom 1.0 feed: each entry's id is its place on the Changes page, its
 * link the article that shows the change, its summary the evidence sentence.
 * @example changesAtomFeed(listChangeEvents(database, { limit: 50 }).items, { baseUrl: "http://127.0.0.1:3000" })
 */
export function changesAtomFeed(events: readonly ChangeEvent[], options: AtomOptions): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  const newest = events[0];
  const updated = options.updated ?? (newest ? new Date(newest.createdAt) : new Date());
  return generateAtomFeed({
    id: `${base}/changes`,
    title: { value: "Chancery: changes to what you follow" },
    subtitle: { value: "New partnership levels, official figures, roles and search matches, as articles report them." },
    updated,
    links: [
      { href: `${base}/changes`, rel: "alternate", type: "text/html" },
      { href: `${base}/api/watch/feed.atom`, rel: "self", type: "application/atom+xml" },
    ],
    generator: { text: "Chancery" },
    authors: [{ name: "Chancery" }],
    entries: events.map((event) => ({
      id: `${base}/changes#event-${event.id}`,
      title: { value: event.summary },
      updated: new Date(event.createdAt),
      published: new Date(event.createdAt),
      links: [{ href: `${base}/articles/${event.articleId}`, rel: "alternate", type: "text/html" }],
      categories: [{ term: event.kind, label: event.followLabel }],
      summary: { value: event.evidence },
      content: {
        type: "text",
        value: [
          event.summary,
          `Evidence: ${event.evidence}`,
          `Article: ${event.articleTitle ?? `#${event.articleId}`}${event.outlet ? ` (${event.outlet})` : ""}`,
        ].join("\n"),
      },
    })),
  });
}
