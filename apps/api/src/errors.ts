import { QueryError, queryErrorCodes } from "@chancery/query";
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const errorCodes = [
  ...queryErrorCodes,
  "unauthorized",
  "method_not_allowed",
  "payload_too_large",
  "not_supported",
  "internal",
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one error shape every route, hook and handler answers with. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi("Error");
export type ErrorBody = z.infer<typeof ErrorBody>;

export const statusOf = {
  bad_request: 400,
  bad_cursor: 400,
  bad_search_query: 400,
  sql_refused: 400,
  sql_error: 400,
  sql_timeout: 400,
  sql_busy: 429,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  internal: 500,
  not_supported: 501,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

export function errorBody(code: ErrorCode, message: string, details?: Record<string, unknown>): ErrorBody {
  return { error: details ? { code, message, details } : { code, message } };
}

export function errorResponse(c: Context, code: ErrorCode, message: string, details?: Record<string, unknown>) {
  return c.json(errorBody(code, message, details), statusOf[code]);
}

export type ErrorStatus = 400 | 401 | 404 | 413 | 429;

/** OpenAPI response entries for the error statuses a route can answer. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  const descriptions = {
    400: "Invalid input",
    401: "Missing or wrong bearer token",
    404: "Not found",
    413: "Body too large",
    429: "Too many SQL queries running at once; try again shortly",
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status], content: { "application/json": { schema: ErrorBody } } },
    ]),
  ) as Record<S, { description: string; content: { "application/json": { schema: typeof ErrorBody } } }>;
}

/** zod validation failures from any request part, in the one error shape. */
export function validationHook(
  result: { success: true; data: unknown } | { success: false; error: z.ZodError },
  c: Context,
) {
  if (result.success) return;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const first = issues[0];
  return errorResponse(c, "bad_request", first ? `${first.path || "request"}: ${first.message}` : "Invalid request", {
    issues,
  });
}

/** Maps every thrown error to the shape; unknown errors are logged and answered without any detail. */
export function handleError(error: Error, c: Context) {
  if (error instanceof QueryError) return errorResponse(c, error.code, error.message, error.details);
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 401)
      return errorResponse(c, "unauthorized", "A valid `Authorization: Bearer <token>` header is required.");
    if (status === 413) return errorResponse(c, "payload_too_large", "The request body is too large.");
    if (status === 404) return errorResponse(c, "not_found", "Not found.");
    if (status < 500) return errorResponse(c, "bad_request", "The request could not be read.");
  }
  console.error(`[chancery api] ${c.req.method} ${c.req.path}:`, error);
  return errorResponse(c, "internal", "Something went wrong on the server; the error was logged.");
}
