import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** The people a text names, each with the offices read for them. */
export function peopleOf(body: string): Array<{ name: string; roles: string[] }> {
  return analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((p) => ({ name: p.name, roles: p.roles.map((r) => r.role) }));
}

/** One person's offices; a person not read at all has none, so rows that expect none hold either way. */
export function rolesOf(body: string, name: string): string[] {
  return peopleOf(body).find((p) => p.name === name)?.roles ?? [];
}

export type RoleRow = [body: string, name: string, roles: string[]];

/** A table of one shape: every row's person must carry exactly these offices (letter case kept unless told). */
export function roleRows(title: string, table: RoleRow[], options: { ignoreCase?: boolean } = {}): void {
  const norm = (roles: string[]) => (options.ignoreCase ? roles.map((r) => r.toLowerCase()) : roles);
  describe(title, () => {
    it.each(table)("%s", (body, name, roles) => {
      expect(norm(rolesOf(body, name))).toEqual(norm(roles));
    });
  });
}
