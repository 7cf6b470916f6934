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

  /** The literals `lower` (a line's lower case) holds. */
  read(lower: string): LiteralsHeld {
    const { literals, openings, byOpening } = this;
    // -2: not in the line; -1 not searched yet (a candidate); ≥ 0 where the first one stands.
    const at = new Int32Array(literals.length).fill(-2);
    for (const id of this.short) at[id] = -1;
    for (let i = 0, end = lower.length - OPENING; i <= end; i++) {
      const hash = hashAt(lower, i);
      if (openings[hash] === 0) continue;
      for (const id of byOpening.get(hash) as number[]) at[id] = -1;
    }
    return {
      indexOf(id: number): number {
        let found = at[id] as number;
        if (found === -1) {
          found = lower.indexOf(literals[id] as string);
          at[id] = found < 0 ? -2 : found;
        }
        return found < 0 ? -1 : found;
      },
    };
  }
}
