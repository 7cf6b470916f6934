import { QueryError } from "../errors.js";

/** A user's search, rewritten into an FTS5 expression in which every word is a quoted string. */
export interface FtsQuery {
  match: string;
  repaired: boolean;
  notes: string[];
}

export type SearchToken =
  | { kind: "term"; text: string; prefix: boolean; column: "title" | "body" | null }
  | { kind: "op"; op: "AND" | "OR" | "NOT" }
  | { kind: "open" }
  | { kind: "close" };

const maxTerms = 32;
const hasWordCharacter = /[\p{L}\p{N}]/u;

function tokenize(input: string, notes: string[]): SearchToken[] {
  const tokens: SearchToken[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] as string;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === "(" || char === ")") {
      tokens.push({ kind: char === "(" ? "open" : "close" });
      i++;
      continue;
    }
    let column: "title" | "body" | null = null;
    const columnMatch = /^(title|body):/i.exec(input.slice(i));
    if (columnMatch?.[1]) {
      column = columnMatch[1].toLowerCase() as "title" | "body";
      i += columnMatch[0].length;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      if (close === -1) notes.push("closed an unbalanced double quote");
      const text = input.slice(i + 1, end);
      i = end + 1;
      const prefix = input[i] === "*";
      if (prefix) i++;
      tokens.push({ kind: "term", text, prefix, column });
      continue;
    }
    let end = i;
    while (end < input.length && !/[\s()"]/.test(input[end] as string)) end++;
    const word = input.slice(i, end);
    i = end;
    if (!column && (word === "AND" || word === "OR" || word === "NOT")) {
      tokens.push({ kind: "op", op: word });
      continue;
    }
    const prefix = word.endsWith("*");
    tokens.push({ kind: "term", text: word.replace(/\*+$/, "").replace(/^\*+/, ""), prefix, column });
  }
  return tokens;
}

function dropEmptyTerms(tokens: SearchToken[], notes: string[]): SearchToken[] {
  return tokens.filter((token) => {
    if (token.kind !== "term" || hasWordCharacter.test(token.text)) return true;
    notes.push(`ignored "${token.text}", which has no letters or digits`);
    return false;
  });
}

function balanceParentheses(tokens: SearchToken[], notes: string[]): SearchToken[] {
  const result: SearchToken[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === "open") depth++;
    if (token.kind === "close") {
      if (depth === 0) {
        notes.push("removed a ')' with no matching '('");
        continue;
      }
      depth--;
    }
    result.push(token);
  }
  if (depth > 0) notes.push(`added ${depth} missing ')'`);
  for (; depth > 0; depth--) result.push({ kind: "close" });
  return result;
}

/** Keeps each operator only where it joins two operands, and drops empty groups; repeats until stable. */
function placeOperators(tokens: SearchToken[], notes: string[]): SearchToken[] {
  let current = tokens;
  for (;;) {
    const next: SearchToken[] = [];
    for (let index = 0; index < current.length; index++) {
      const token = current[index] as SearchToken;
      const previous = next.at(-1);
      const following = current[index + 1];
      if (token.kind === "op") {
        const afterOperand = previous !== undefined && (previous.kind === "term" || previous.kind === "close");
        const beforeOperand = following !== undefined && (following.kind === "term" || following.kind === "open");
        if (!afterOperand && token.op === "NOT" && beforeOperand && previous?.kind === "op" && previous.op === "AND") {
          next.pop();
          next.push(token);
          notes.push("read 'AND NOT' as 'NOT'");
          continue;
        }
        if (!afterOperand && token.op === "NOT" && beforeOperand) {
          throw new QueryError(
            "bad_search_query",
            "NOT needs a word before it: write `vietnam NOT china` (full-text search cannot look for what is absent on its own).",
          );
        }
        if (!afterOperand || !beforeOperand) {
          notes.push(`removed a stray ${token.op}`);
          continue;
        }
      }
      if (token.kind === "close" && previous?.kind === "open") {
        next.pop();
        continue;
      }
      next.push(token);
    }
    if (next.length === current.length) return next;
    current = next;
  }
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * A user's search read into terms and operators, repaired (unbalanced quotes or parentheses, stray operators, bare
 * punctuation) or rejected with the reason. Both backends build their own expression from it, so the syntax a user
 * writes means the same on SQLite's FTS5 and PostgreSQL's tsquery.
 */
export function parseSearch(input: string): { tokens: SearchToken[]; notes: string[] } {
  const notes: string[] = [];
  const cleaned = input.replace(/\p{Cc}/gu, " ");
  let tokens = tokenize(cleaned, notes);
  tokens = dropEmptyTerms(tokens, notes);
  tokens = balanceParentheses(tokens, notes);
  tokens = placeOperators(tokens, notes);
  const terms = tokens.filter((token) => token.kind === "term").length;
  if (terms === 0) throw new QueryError("bad_search_query", "The search has no words to look for.");
  if (terms > maxTerms) {
    throw new QueryError("bad_search_query", `The search has ${terms} words; at most ${maxTerms} are allowed.`);
  }
  return { tokens, notes };
}

/**
 * Repairs what FTS5 would reject (unbalanced quotes or parentheses, stray operators, bare punctuation)
 * and rejects what cannot be repaired. Words and phrases are always passed quoted, so no user text is
 * ever read as FTS5 syntax.
 * @example toFtsQuery('partner* AND "East Sea"').match === '"partner"* AND "East Sea"'
 */
export function toFtsQuery(input: string): FtsQuery {
  const { tokens, notes } = parseSearch(input);
  // FTS5 reads two adjacent words as AND, but not a group next to a word: "(a OR b) c" is a syntax error there.
  const parts = tokens.flatMap((token, index) => {
    const previous = tokens[index - 1];
    if (token.kind === "open" && previous && (previous.kind === "term" || previous.kind === "close"))
      return ["AND", "("];
    if (token.kind === "term" && previous?.kind === "close") return ["AND", render(token)];
    return [render(token)];
  });
  return { match: parts.join(" ").replaceAll("( ", "(").replaceAll(" )", ")"), repaired: notes.length > 0, notes };
}

function render(token: SearchToken): string {
  if (token.kind === "term")
    return `${token.column ? `${token.column} : ` : ""}${quote(token.text)}${token.prefix ? "*" : ""}`;
  if (token.kind === "op") return token.op;
  return token.kind === "open" ? "(" : ")";
}
