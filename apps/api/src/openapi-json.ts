import { z } from "@hono/zod-openapi";
import { type ErrorStatus, errorResponses } from "./errors.js";

/** An OpenAPI request or response body that is JSON of `schema`. */
export function jsonContent<S extends z.ZodType>(schema: S) {
  return { content: { "application/json": { schema } } };
}

/** A required JSON request body. */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return { required: true, ...jsonContent(schema) };
}

/**
 * The responses of a route answering JSON: its 200 body and the error statuses it can give, in the one error shape.
 * @example responses: jsonResponses("A page of articles", ArticlePage, 400)
 */
export function jsonResponses<S extends z.ZodType, E extends ErrorStatus = never>(
  description: string,
  schema: S,
  ...errors: E[]
) {
  return { 200: { description, ...jsonContent(schema) }, ...errorResponses(...errors) };
}

/** A route's `{id}` path parameter: a positive integer row id. */
export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .openapi({ param: { name: "id", in: "path" }, example: 1 }),
});
