// The cleaner gates its costly line patterns by literals a match must hold ("newsletter", "republish", "@"): asked one
// by one, a hundred literals are a hundred searches of every line. A LiteralGate reads the line once, by the three
// code units each literal opens with, and searches only for the literals whose opening occurs there.

// Hashed openings: a collision only costs the search the table would have spared.
const HASH_BITS = 14;
const HASH_MASK = (1 << HASH_BITS) - 1;
const OPENING = 3;

const hashAt = (text: string, at: number): number =>
  (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) & HASH_MASK;

/** The literals one line holds, each searched for at most once (`indexOf` as String.prototype.indexOf answers it). */
export interface LiteralsHeld {
  indexOf(id: number): number;
}

export class LiteralGate {
  private readonly literals: string[] = [];
  private readonly ids = new Map<string, number>();
  // Literals shorter than an opening: searched outright.
  private readonly short: number[] = [];
  private readonly byOpening = new Map<number, number[]>();
  private readonly openings = new Uint8Array(1 << HASH_BITS);

  /** The id of a literal (lower case, as the lines are read); the same literal keeps one id. */
  id(literal: string): number {
    const known = this.ids.get(literal);
    if (known !== undefined) return known;
    const id = this.literals.length;
    this.literals.push(literal);
    this.ids.set(literal, id);
    if (literal.length < OPENING) this.short.push(id);
    else {
      const hash = hashAt(literal, 0);
      this.openings[hash] = 1;
      const list = this.byOpening.get(hash);
      if (list) list.push(id);
      else this.byOpening.set(hash, [id]);
    }
    return id;
  }

  /** The literal's length. */
  length(id: number): number {
    return (this.literals[id] as string).length;
  }

  // The last line read: per literal, the read it was last marked in and where it stands (-2: not there; -1: a
  // candidate not searched yet; ≥ 0: its first index). Kept across reads, not allocated for each line.
  private reads = 0;
  private marked = new Uint32Array(0);
  private found = new Int32Array(0);

  /** The literals `lower` (a line's lower case) holds; asked after the gate has read another line, it searches anew. */
  read(lower: string): LiteralsHeld {
    const { literals, openings, byOpening } = this;
    if (this.marked.length !== literals.length) {
      this.marked = new Uint32Array(literals.length);
      this.found = new Int32Array(literals.length);
    }
    const read = ++this.reads;
    const { marked, found } = this;
    for (const id of this.short) marked[id] = read;
    // the opening at each position, rolled on one code unit at a time (hashAt's sum)
    let first = lower.charCodeAt(0);
    let second = lower.charCodeAt(1);
    for (let i = OPENING - 1; i < lower.length; i++) {
      const third = lower.charCodeAt(i);
      const hash = (first * 961 + second * 31 + third) & HASH_MASK;
      first = second;
      second = third;
      if (openings[hash] === 0) continue;
      for (const id of byOpening.get(hash) as number[]) {
        marked[id] = read;
        found[id] = -1;
      }
    }
    for (const id of this.short) found[id] = -1;
    return {
      indexOf: (id: number): number => {
        // a later line's read has taken the marks: search outright
        if (this.reads !== read) return lower.indexOf(literals[id] as string);
        if (marked[id] !== read) return -1;
        let at = found[id] as number;
        if (at === -1) {
          at = lower.indexOf(literals[id] as string);
          found[id] = at < 0 ? -2 : at;
        }
        return at < 0 ? -1 : at;
      },
    };
  }
}
