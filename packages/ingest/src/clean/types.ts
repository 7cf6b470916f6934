export const noiseKinds = ["caption", "byline", "dateline", "separator", "related", "title", "boilerplate"] as const;
export type NoiseKind = (typeof noiseKinds)[number];

export interface Noise {
  kind: NoiseKind;
  text: string;
}

export interface CleanedArticle {
  /** Paragraphs of the article proper, joined by a blank line. */
  body: string;
  /** What was removed, in reading order, so it can be shown and the cleaning audited. */
  noise: Noise[];
  /** What the text itself says about the article; null when it does not say. */
  hints: {
    title: string | null;
    /** On a page of several items, the story item's own headline: it wins over the page's title. */
    itemTitle?: string;
    outlet: string | null;
    author: string | null;
    /** The news agency or outlet a dateline or credit names ("VNA", "Kyodo"), as it names it canonically. */
    source: string | null;
    /** The place a dateline names ("Tokyo", "Hanoi"). */
    place: string | null;
  };
}
