import type { ArticleToStore, EntityToStore, FindingsToStore } from "./store/types.js";

let made = 0;

/**
 * A small, valid article in the writer's terms, for tests in any package (`@chancery/db/testing`); each call makes
 * distinct content unless `body` repeats.
 */
export function articleToStore(
  overrides: Partial<ArticleToStore["article"]> = {},
  findings: Partial<FindingsToStore> = {},
): ArticleToStore {
  made++;
  const body = overrides.body ?? `Article number ${made} about Vietnam and Japan.`;
  return {
    article: {
      contentHash: overrides.contentHash ?? `hash:${body}`,
      title: `Article ${made}`,
      outlet: "Test outlet",
      author: null,
      source: null,
      datelinePlace: null,
      url: null,
      language: "en",
      publishedAt: "2025-01-01",
      publishedPrecision: "day",
      publishedSource: "metadata",
      publishedEvidence: null,
      wordCount: body.split(/\s+/).length,
      removedNoise: "[]",
      sourcePath: `test/${made}.txt`,
      sourceFormat: "txt",
      analyzerVersion: "test",
      rawText: body,
      ...overrides,
      body,
    },
    findings: { entities: [], indicators: [], partnerships: [], quotes: [], themes: [], ...findings },
    fingerprint: { minhash: Buffer.alloc(0), features: "{}", buckets: [] },
    sighting: { sourcePath: `test/${made}.txt`, url: null, outlet: "Test outlet" },
  };
}

/** A country named once at the start of the first sentence, for tests that need an entity to store. */
export const japanToStore: EntityToStore = {
  type: "country",
  key: "japan",
  name: "Japan",
  code: "JP",
  acronym: null,
  mentions: [{ sentenceIndex: 0, start: 0, end: 5, surface: "Japan" }],
  roles: [],
};

/** A person who speaks in an article, named once in its body. */
const lenaVik = (mentions: EntityToStore["mentions"]): EntityToStore => ({
  type: "person",
  key: "lena vik",
  name: "Lena Vik",
  code: null,
  acronym: null,
  mentions,
  roles: [],
});

/**
 * The findings of a briefing whose speaker is named only in its headline: the analysis lists her under people with no
 * mention in the body, only her quote points at her.
 */
export function speakerOnlyInTheHeadline(): Partial<FindingsToStore> {
  return {
    entities: [japanToStore, lenaVik([])],
    quotes: [{ speaker: "Lena Vik", text: "We welcome the talks.", start: 30, end: 51 }],
  };
}

/** The findings of another article naming the same speaker in its body. */
export function speakerInTheBody(): Partial<FindingsToStore> {
  return { entities: [lenaVik([{ sentenceIndex: 0, start: 0, end: 8, surface: "Lena Vik" }])] };
}
