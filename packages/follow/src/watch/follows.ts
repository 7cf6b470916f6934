import { type ChanceryDatabase, type FollowKind, followKinds, writerFor } from "@chancery/db";
import { fold } from "@chancery/ingest";
import { parseInput, QueryError, toFtsQuery } from "@chancery/query";
import { z } from "zod";

/** What a user asks to follow: a kind and its target, e.g. `{ kind: "partnership", target: "JP" }`. */
export const FollowInput = z.object({
  kind: z.enum(followKinds),
  /** An indicator key, a country's ISO 3166-1 alpha-2 code, a person's name, or a search in the search box's syntax. */
  target: z.string().trim().min(1).max(500),
});
export type FollowInput = z.input<typeof FollowInput>;

/**
 * Reads `kind:target` as the command line writes it: `indicator:gdp_growth`, `partnership:JP`, `person:Tô Lâm`,
 * `query:"East Sea" AND Japan`.
 */
export function parseFollowSpec(spec: string): FollowInput {
  const colon = spec.indexOf(":");
  const kind = spec.slice(0, colon);
  if (colon < 1 || !(followKinds as readonly string[]).includes(kind)) {
    throw new QueryError(
      "bad_request",
      `"${spec}" is not a follow: write ${followKinds.map((k) => `${k}:…`).join(", ")} (e.g. partnership:JP).`,
    );
  }
  return { kind: kind as FollowKind, target: spec.slice(colon + 1) };
}

/** Adds a follow (or finds the same one); the target is checked and normalised first. */
export function addFollow(database: ChanceryDatabase, input: FollowInput): { id: number; created: boolean } {
  const { kind, target } = parseInput(FollowInput, input);
  return writerFor(database).watch.addFollow(normalise(database, kind, target));
}

/** Removes a follow by id, or by the `kind:target` it was added with; not_found when there is none. */
export function removeFollow(database: ChanceryDatabase, idOrSpec: number | string): void {
  let id = typeof idOrSpec === "number" ? idOrSpec : Number(idOrSpec);
  if (!Number.isInteger(id)) {
    const { kind, target } = parseInput(FollowInput, parseFollowSpec(String(idOrSpec)));
    const follow = normalise(database, kind, target);
    const row = database.sqlite
      .prepare("SELECT id FROM follows WHERE kind = ? AND target = ?")
      .get(follow.kind, follow.target) as { id: number } | undefined;
    id = row?.id ?? 0;
  }
  if (!writerFor(database).watch.removeFollow(id)) {
    throw new QueryError("not_found", `No follow ${idOrSpec}; \`chancery follow list\` shows them.`);
  }
}

function normalise(database: ChanceryDatabase, kind: FollowKind, target: string) {
  const name = (sql: string, value: string) =>
    (database.sqlite.prepare(sql).pluck().get(value) as string | undefined) ?? null;
  switch (kind) {
    case "indicator": {
      const key = target.toLowerCase();
      if (!/^[a-z0-9_.-]+$/.test(key)) {
        throw new QueryError("bad_request", `"${target}" is not an indicator key (e.g. gdp_growth).`);
      }
      return { kind, target: key, label: key, match: null };
    }
    case "partnership": {
      const code = target.toUpperCase();
      if (!/^[A-Z]{2}$/.test(code)) {
        throw new QueryError("bad_request", `"${target}" is not a country code: use ISO 3166-1 alpha-2, e.g. JP.`);
      }
      const label = name("SELECT name FROM entities WHERE type = 'country' AND code = ? LIMIT 1", code);
      return { kind, target: code, label: label ?? code, match: null };
    }
    case "person": {
      // People are matched by their entity key, the folded canonical name the analysis gives them.
      const key = fold(target).replace(/\s+/g, " ");
      const label = name("SELECT name FROM entities WHERE type = 'person' AND key = ?", key);
      return { kind, target: key, label: label ?? target, match: null };
    }
    case "query":
      return { kind, target, label: `"${target}"`, match: toFtsQuery(target).match };
  }
}
