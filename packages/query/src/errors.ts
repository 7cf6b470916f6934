import { z } from "zod";

/** Every failure a read can end in; the API maps each code to one HTTP status. */
export const queryErrorCodes = [
  "bad_request",
  "bad_cursor",
  "bad_search_query",
  "not_found",
  "sql_refused",
  "sql_error",
  "sql_timeout",
  "sql_busy",
] as const;
export const QueryErrorCode = z.enum(queryErrorCodes);
export type QueryErrorCode = z.infer<typeof QueryErrorCode>;

export class QueryError extends Error {
  override readonly name = "QueryError";
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Parses input with a zod schema, turning its issues into one readable `bad_request`. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first ? `${first.path || "input"}: ${first.message}` : "Invalid input";
  throw new QueryError("bad_request", message, { issues });
}
