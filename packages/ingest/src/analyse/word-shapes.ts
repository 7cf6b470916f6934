/**
 * A cheap first test for "is this folded word one of these?", asked of nearly every token by several readers.
 * A Set or Map lookup hashes the word and probes a table; most words of a sentence are in none of the lists, and the
 * shape of a word (the low five bits of its first and last code units, which tell the letters of a folded key apart,
 * and its length up to 31) rules most of them out with two reads of the word and one of a 4 KB table. The shape is a
 * pure function of the word, so a word in the list always passes: the filter can only spare lookups, never change an
 * answer.
 */
const slotOf = (key: string) => ((key.charCodeAt(0) & 31) << 5) | (key.charCodeAt(key.length - 1) & 31);
const bitOf = (key: string) => 1 << Math.min(key.length, 31);

export class WordShapes {
  private readonly table = new Uint32Array(32 * 32);

  add(key: string): void {
    const slot = slotOf(key);
    this.table[slot] = (this.table[slot] as number) | bitOf(key);
  }

  /** False when no word added has this word's shape (so the word itself was not added). */
  mayHold(key: string): boolean {
    return ((this.table[slotOf(key)] as number) & bitOf(key)) !== 0;
  }
}

/** A fixed set of folded words whose `has` settles most words by their shape alone (see WordShapes). */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly shapes = new WordShapes();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.shapes.add(w);
  }

  has(key: string): boolean {
    return this.shapes.mayHold(key) && this.words.has(key);
  }
}
