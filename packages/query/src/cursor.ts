import type { z } from "zod";
import { QueryError } from "./errors.js";

/** Cursors are opaque to clients: base64url of a small JSON position, validated when read back. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

export function decodeCursor<T extends z.ZodType>(schema: T, cursor: string): z.infer<T> {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw new Error("not base64url");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch (cause) {
    throw new QueryError(
      "bad_cursor",
      "The cursor is not one this server issued; start again without `cursor`.",
      undefined,
      {
        cause,
      },
    );
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new QueryError("bad_cursor", "The cursor does not fit this list; start again without `cursor`.");
  }
  return result.data;
}
