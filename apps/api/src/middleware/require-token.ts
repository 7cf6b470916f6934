import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { errorResponse } from "../errors.js";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Write endpoints need `Authorization: Bearer <token>` when the server has a token; open otherwise (loopback only). */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token) {
      const header = c.req.header("authorization") ?? "";
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match?.[1] || !sameSecret(match[1].trim(), token)) {
        c.header("WWW-Authenticate", 'Bearer realm="chancery"');
        return errorResponse(c, "unauthorized", "This endpoint writes: send `Authorization: Bearer <CHANCERY_TOKEN>`.");
      }
    }
    await next();
  };
}
