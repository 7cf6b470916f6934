import {
  type ChanceryDatabase,
  type FollowKind,
  type FollowLabelLookup,
  type FollowToStore,
  followKinds,
  writerFor,
} from "@chancery/db";
import type { PostgresWatch } from "@chancery/db/postgres";
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
  const watch = writerFor(database).watch;
  const { follow, labelFrom } = normalise(input);
  const label = labelFrom ? watch.labelOf(labelFrom.lookup, labelFrom.value) : null;
  return watch.addFollow(label ? { ...follow, label } : follow);
}

/** `addFollow` on PostgreSQL, through the primary's writer (`postgresWriterFor(primary).watch`). */
export async function addFollowOnPostgres(
  watch: PostgresWatch,
  input: FollowInput,
): Promise<{ id: number; created: boolean }> {
  const { follow, labelFrom } = normalise(input);
  const label = labelFrom ? await watch.labelOf(labelFrom.lookup, labelFrom.value) : null;
  return watch.addFollow(label ? { ...follow, label } : follow);
}

/** Removes a follow by id, or by the `kind:target` it was added with; not_found when there is none. */
export function removeFollow(database: ChanceryDatabase, idOrSpec: number | string): void {
  const watch = writerFor(database).watch;
  const target = followTarget(idOrSpec);
  const id = typeof target === "number" ? target : (watch.findFollow(target.kind, target.target) ?? 0);
  if (!watch.removeFollow(id)) throw notFollowed(idOrSpec);
}

/** `removeFollow` on PostgreSQL, through the primary's writer. */
export async function removeFollowOnPostgres(watch: PostgresWatch, idOrSpec: number | string): Promise<void> {
  const target = followTarget(idOrSpec);
  const id = typeof target === "number" ? target : ((await watch.findFollow(target.kind, target.target)) ?? 0);
  if (!(await watch.removeFollow(id))) throw notFollowed(idOrSpec);
}

const notFollowed = (idOrSpec: number | string) =>
  new QueryError("not_found", `No follow ${idOrSpec}; \`chancery follow list\` shows them.`);

/** A follow's id, or the kind and normalised target it was added with. */
function followTarget(idOrSpec: number | string): number | FollowToStore {
  const id = typeof idOrSpec === "number" ? idOrSpec : Number(idOrSpec);
  return Number.isInteger(id) ? id : normalise(parseFollowSpec(String(idOrSpec))).follow;
}

/**
 * The follow to store, its target checked and normalised, and the stored entity whose name labels it when there is
 * one (read by each backend's writer: `labelOf`).
 */
function normalise(input: FollowInput): {
  follow: FollowToStore;
  labelFrom?: { lookup: FollowLabelLookup; value: string };
} {
  const { kind, target } = parseInput(FollowInput, input);
  switch (kind) {
    case "indicator": {
      const key = target.toLowerCase();
      if (!/^[a-z0-9_.-]+$/.test(key)) {
        throw new QueryError("bad_request", `"${target}" is not an indicator key (e.g. gdp_growth).`);
      }
      return { follow: { kind, target: key, label: key, match: null } };
    }
    case "partnership": {
      const code = target.toUpperCase();
      if (!/^[A-Z]{2}$/.test(code)) {
        throw new QueryError("bad_request", `"${target}" is not a country code: use ISO 3166-1 alpha-2, e.g. JP.`);
      }
      return {
        follow: { kind, target: code, label: code, match: null },
        labelFrom: { lookup: "countryName", value: code },
      };
    }
    case "person": {
      // People are matched by their entity key, the folded canonical name the analysis gives them.
      const key = fold(target).replace(/\s+/g, " ");
      return {
        follow: { kind, target: key, label: target, match: null },
        labelFrom: { lookup: "personName", value: key },
      };
    }
    case "query":
      return { follow: { kind, target, label: `"${target}"`, match: toFtsQuery(target).match } };
  }
}
