// A country or organisation named at a token range of a sentence: what the gazetteer hands every reader. Apart from
// gazetteer.ts so the organisation finders it calls (defined-organizations.ts) can take the type without a circle.
import type { Organization } from "./organizations.js";

export type Place =
  | { kind: "country"; code: string; name: string }
  | { kind: "org"; org: Organization }
  | { kind: "none" };

export interface PlaceMention {
  place: Exclude<Place, { kind: "none" }>;
  sentenceIndex: number;
  /** Token range [from, to) inside the sentence. */
  from: number;
  to: number;
  start: number;
  end: number;
  surface: string;
}
