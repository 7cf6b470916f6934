import { z } from "zod";
import bylinesJson from "./data/bylines.json" with { type: "json" };

const Names = z.object({
  roleWords: z.array(z.string().min(1)).min(1),
  notNameWords: z.array(z.string().min(1)),
  nameParticles: z.array(z.string().min(1)),
});
const data = Names.parse(bylinesJson);
const roleWords = new Set(data.roleWords.map((w) => w.toLowerCase()));
const notNameWords = new Set(data.notNameWords.map((w) => w.toLowerCase()));
const particles = new Set(data.nameParticles.map((w) => w.toLowerCase()));

const NAME_TOKEN = /^[\p{Lu}][\p{L}'’-]*\.?$/u;

function isRoleWord(token: string): boolean {
  return roleWords.has(token.replace(/[.,]$/, "").toLowerCase());
}

function isNameToken(token: string): boolean {
  return NAME_TOKEN.test(token) && !isRoleWord(token) && !notNameWords.has(token.toLowerCase());
}

/** One person's name as bylines give it: 2-5 capitalised words, no titles or offices ("Tran Thuong", "Carl Thayer"). */
export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  const capitalised = tokens.filter(isNameToken).length;
  const first = tokens[0] ?? "";
  const last = tokens.at(-1) ?? "";
  return (
    capitalised >= 2 &&
    tokens.length <= 6 &&
    isNameToken(first) &&
    isNameToken(last) &&
    tokens.every((t) => isNameToken(t) || (particles.has(t.toLowerCase()) && t !== "&"))
  );
}

/** Several authors written "A, B and C" or "A & B"; null unless every part is a name. */
export function personNames(text: string): string[] | null {
  const parts = text
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every(isPersonName) ? parts : null;
}

/** The name at the end of a phrase after its titles: "Standing Deputy Minister of Foreign Affairs Nguyen Minh Vu" gives "Nguyen Minh Vu". */
export function trailingName(phrase: string): string | null {
  const tokens = phrase
    .trim()
    .replace(/[.!?"')]+$/, "")
    .split(/\s+/);
  const name: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] ?? "";
    if (!isNameToken(token.replace(/,$/, "")) || (token.endsWith(",") && i !== tokens.length - 1)) break;
    name.unshift(token);
  }
  const text = name.join(" ");
  return name.length >= 2 && isPersonName(text) ? text : null;
}
