import { type Token, tokenize } from "./tokens.js";
import { WordShapes } from "./word-shapes.js";

interface Pattern<T> {
  value: T;
  /** Per token: "exact" (acronym, case-sensitive), "cap" (must be capitalised in text) or "any". */
  cases: Array<"exact" | "cap" | "any">;
  surfaces: string[];
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Same folded words, different case rules ("Mercosur", "MERCOSUR"): the first that fits wins. */
  patterns?: Pattern<T>[];
}

export interface PhraseMatch<T> {
  value: T;
  /** Token indexes [from, to). */
  from: number;
  to: number;
}

function caseOf(word: string): "exact" | "cap" | "any" {
  if (word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) return "exact";
  const first = word.charAt(0);
  return first !== first.toLowerCase() ? "cap" : "any";
}

/** Longest-match dictionary of multi-word phrases over tokens; case in the phrase constrains case in the text. */
export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map() };
  /**
   * The shapes of every first word: a word of any other shape starts no phrase. Most words open none, and the shape
   * settles them more cheaply than a Map (its 4 KB table is cheap to build for each article's index of people).
   */
  private readonly firstShapes = new WordShapes();

  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    if (first) this.firstShapes.add(first.key);
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t.key, child);
      }
      node = child;
    }
    const pattern = { value, cases: tokens.map((t) => caseOf(t.text)), surfaces: tokens.map((t) => t.text) };
    // Later additions override earlier ones with the same surface (an organisation over a blocked place name).
    node.patterns = [
      pattern,
      ...(node.patterns ?? []).filter((p) => p.surfaces.join(" ") !== pattern.surfaces.join(" ")),
    ];
  }

  /** Longest phrase starting at token i, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    const node = first && this.firstShapes.mayHold(first.key) && this.root.next.get(first.key);
    return node ? this.matchFrom(node, tokens, i) : null;
  }

  /** Longest phrase starting at token i, whose first token led to `node`. */
  private matchFrom(first: Node<T>, tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    let node: Node<T> | undefined = first;
    // The best hit so far, kept as pattern and end so that only the final match is allocated.
    let hit: Pattern<T> | undefined;
    let to = i;
    for (let j = i; node; ) {
      const patterns = node.patterns;
      if (patterns) {
        for (const p of patterns) {
          if (fits(p, tokens, i)) {
            hit = p;
            to = j + 1;
            break;
          }
        }
      }
      if (++j >= tokens.length || node.next.size === 0) break;
      node = node.next.get((tokens[j] as Token).key);
    }
    return hit ? { value: hit.value, from: i, to } : null;
  }

  /** All non-overlapping longest matches, left to right. */
  scan(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const starts = this.root.next;
    // The match at the token after "the", read ahead once and reused when the scan steps onto that token.
    let aheadAt = -1;
    let ahead: PhraseMatch<T> | null = null;
    for (let i = 0; i < tokens.length; ) {
      const key = (tokens[i] as Token).key;
      let m: PhraseMatch<T> | null;
      if (aheadAt === i) m = ahead;
      else {
        // Most words start no phrase: one lookup settles them.
        const node = this.firstShapes.mayHold(key) ? starts.get(key) : undefined;
        m = node ? this.matchFrom(node, tokens, i) : null;
      }
      // "The United Nations General Assembly": an optional article must not cut a longer name short.
      if (key === "the") {
        const inner = this.matchAt(tokens, i + 1);
        aheadAt = i + 1;
        ahead = inner;
        if (inner && (!m || inner.to > m.to)) m = inner;
      }
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

function fits<T>(p: Pattern<T>, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < p.cases.length; k++) {
    const tok = tokens[i + k] as Token;
    const c = p.cases[k];
    if (c === "exact" && tok.text !== p.surfaces[k]) return false;
    if (c === "cap" && !tok.cap && tok.kind === "word") return false;
  }
  return true;
}
