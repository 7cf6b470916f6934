import { z } from "zod";
import { entityTypes, partnershipLevels } from "../schema/constants.js";
import { correctionKinds } from "../schema/corrections.js";

/*
 * One correction as analysts, the API and imported logs give it: a discriminated union on `kind`, each with its
 * target (by stable keys: entity type and key, an article's content hash, a finding's natural key) and payload.
 */

const Text = (max: number) => z.string().trim().min(1).max(max);
/** An article by its content hash, which stays the same across reanalysis and in another database. */
const ArticleHash = Text(200).describe("The article's content_hash");
export const EntityRef = z.object({ type: z.enum(entityTypes), key: Text(300) });
export type EntityRef = z.infer<typeof EntityRef>;
const Sentence = Text(5_000);
const Figure = z.number().finite();

/** A finding of one article, by its natural key. */
export const FindingTarget = z.discriminatedUnion("finding", [
  z.object({ finding: z.literal("person"), article: ArticleHash, key: Text(300) }),
  z.object({
    finding: z.literal("indicator"),
    article: ArticleHash,
    key: z.string().max(200).nullable(),
    value: Figure,
    unit: z.string().max(100).nullable(),
    sentence: Sentence,
  }),
  z.object({
    finding: z.literal("partnership"),
    article: ArticleHash,
    countryCode: Text(3),
    level: z.enum(partnershipLevels),
    year: z.number().int().nullable(),
  }),
  z.object({
    finding: z.literal("quote"),
    article: ArticleHash,
    speaker: z.string().max(300).nullable(),
    /** The quote's first words: enough to tell it from the article's other quotes by the same speaker. */
    opening: Text(500),
  }),
  z.object({ finding: z.literal("theme"), article: ArticleHash, key: Text(100) }),
]);
export type FindingTarget = z.infer<typeof FindingTarget>;

/** A finding the analysis missed, located by its sentence (and the selected words) in the article's body. */
export const FindingToAdd = z.discriminatedUnion("finding", [
  z.object({
    finding: z.literal("person"),
    name: Text(300),
    /** The words in the body that name the person; default the name. */
    surface: Text(300).optional(),
    sentence: Sentence,
  }),
  z.object({
    finding: z.literal("indicator"),
    key: z.string().max(200).nullable(),
    value: Figure,
    of: Figure.nullable().default(null),
    unit: z.string().max(100).nullable(),
    qualifier: z.string().max(100).nullable().default(null),
    about: z.string().max(500).nullable().default(null),
    /** The words in the body that state the figure; default the sentence. */
    text: Text(500).optional(),
    sentence: Sentence,
  }),
  z.object({
    finding: z.literal("partnership"),
    countryCode: Text(3),
    countryName: Text(200),
    level: z.enum(partnershipLevels),
    year: z.number().int().min(1900).max(2200).nullable(),
    sentence: Sentence,
  }),
  z.object({ finding: z.literal("quote"), speaker: z.string().trim().max(300).nullable(), text: Text(5_000) }),
  z.object({ finding: z.literal("theme"), key: Text(100) }),
]);
export type FindingToAdd = z.infer<typeof FindingToAdd>;

const common = {
  author: Text(100),
  reason: z.string().trim().max(2_000).default(""),
};

/** A new correction, validated before the writer appends it. */
export const CorrectionInput = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("merge_entity"),
      target: z.object({ entity: EntityRef }),
      /** `name` is the stored entity's, filled in by the writer, so the log reads the same in another database. */
      payload: z.object({ into: EntityRef.extend({ name: Text(300).optional() }) }),
      ...common,
    })
    .refine((c) => c.target.entity.type === c.payload.into.type, {
      message: "an entity can only be merged into one of the same type (a person into a person, not a country)",
      path: ["payload", "into", "type"],
    })
    .refine((c) => c.target.entity.key !== c.payload.into.key, {
      message: "an entity cannot be merged into itself",
      path: ["payload", "into", "key"],
    }),
  z.object({
    kind: z.literal("rename_entity"),
    target: z.object({ entity: EntityRef }),
    payload: z.object({ name: Text(300) }),
    ...common,
  }),
  z.object({
    kind: z.literal("split_mention"),
    target: z.object({
      article: ArticleHash,
      entity: EntityRef,
      surface: Text(300),
      /** Only the mentions inside this sentence; default every mention with that surface in the article. */
      sentence: Sentence.optional(),
    }),
    payload: z.object({ into: z.object({ type: z.enum(entityTypes), name: Text(300), key: Text(300).optional() }) }),
    ...common,
  }),
  z.object({
    kind: z.literal("reject_finding"),
    target: FindingTarget,
    payload: z.object({}).default({}),
    ...common,
  }),
  z.object({
    kind: z.literal("add_finding"),
    target: z.object({ article: ArticleHash }),
    payload: FindingToAdd,
    ...common,
  }),
  z.object({
    kind: z.literal("undo"),
    target: z.object({ id: z.number().int().positive() }),
    payload: z.object({}).default({}),
    ...common,
  }),
]);
export type CorrectionInput = z.input<typeof CorrectionInput>;
export type Correction = z.output<typeof CorrectionInput>;

/** A correction as stored and exported: the input with its id, time and the entry it undoes. */
export const CorrectionRecord = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  undoes: z.number().int().nullable(),
});

export class CorrectionError extends Error {
  override readonly name = "CorrectionError";
  constructor(
    readonly code: "bad_request" | "not_found",
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The same folding as the analyser's entity keys (packages/ingest/src/analyse/fold.ts): "Tô Lâm" → "to lam". */
export function entityKeyOf(name: string): string {
  return name
    .trim()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** One entry of a shared log as written to the file; the writer validates it whole (`CorrectionInput`) on import. */
export const LoggedCorrection = z.object({
  id: z.number().int().positive(),
  kind: z.enum(correctionKinds),
  target: z.record(z.string(), z.unknown()),
  payload: z.record(z.string(), z.unknown()).default({}),
  author: z.string(),
  reason: z.string().default(""),
  createdAt: z.string(),
});
export type LoggedCorrection = z.infer<typeof LoggedCorrection>;

/** The file `chancery corrections export` writes and `import` reads: the whole log in order, undos included. */
export const CorrectionLog = z.object({
  format: z.literal("chancery-corrections"),
  version: z.literal(1),
  exportedAt: z.string(),
  corrections: z.array(LoggedCorrection).max(100_000),
});
export type CorrectionLog = z.infer<typeof CorrectionLog>;
