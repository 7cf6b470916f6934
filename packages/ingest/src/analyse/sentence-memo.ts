import type { Sentence } from "./sentences.js";

/**
 * A reading of each sentence, kept for one call of a reader (one article), in place of a WeakMap keyed by sentence.
 * A WeakMap set with a new key costs an identity hash and an ephemeron entry the collector must trace: with five such
 * maps over the sentences of every article it was about 3 % of an analysis. Here the slot is the sentence's index and
 * the sentence itself is kept to check it is the same one (a rewrapped copy shares its index), so a wrong reading can
 * never be returned; `SentenceMemo.during` forgets every reading when the call ends, so nothing outlives the article.
 */
export class SentenceMemo<V> {
  private static readonly live: SentenceMemo<unknown>[] = [];
  private sentences: Array<Sentence | undefined> = [];
  private values: Array<V | undefined> = [];

  constructor() {
    SentenceMemo.live.push(this as SentenceMemo<unknown>);
  }

  get(s: Sentence): V | undefined {
    return this.sentences[s.index] === s ? this.values[s.index] : undefined;
  }

  set(s: Sentence, value: V): void {
    this.sentences[s.index] = s;
    this.values[s.index] = value;
  }

  /** Runs `read` and then forgets what every memo learnt during it. */
  static during<T>(read: () => T): T {
    try {
      return read();
    } finally {
      for (const m of SentenceMemo.live) {
        m.sentences = [];
        m.values = [];
      }
    }
  }
}
