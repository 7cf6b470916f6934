import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorResponse } from "../errors.js";

/** Bounds a request body; past the limit the request is cut off with 413 in the one error shape. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      errorResponse(c, "payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`),
  });
}
