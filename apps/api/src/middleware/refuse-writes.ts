import type { MiddlewareHandler } from "hono";
import { errorResponse } from "../errors.js";

/** The routes that take a POST body but only read: the SQL console and query exports. */
const readsByPost = [/^\/api\/query$/, /^\/api\/export\/[^/]+$/];
/**
 * The writes that run on PostgreSQL: uploads (through the PostgreSQL writer to the primary) and corrections (made,
 * undone, imported, through the primary's writer).
 */
const writesOnPostgres = [/^\/api\/articles$/, /^\/api\/corrections(\/import|\/\d+\/undo)?$/];

/** Follows and feeds, added and removed (feeds also polled) through the primary's writer. */
const addedAndRemovedOnPostgres = [/^\/api\/watch\/follows(\/\d+)?$/, /^\/api\/feeds(\/\d+|\/poll)?$/];

/**
 * On PostgreSQL the API serves the reads, uploads, corrections, follows and feeds; any other write (none today, but a
 * route added later) answers 501 naming why and what to use instead (docs/SCALING.md), never a SQLite write.
 */
export const refuseWritesOnPostgres: MiddlewareHandler = async (c, next) => {
  const { method, path } = c.req;
  if (method === "GET" || method === "HEAD" || readsByPost.some((read) => read.test(path))) return next();
  if (method === "POST" && writesOnPostgres.some((write) => write.test(path))) return next();
  if ((method === "POST" || method === "DELETE") && addedAndRemovedOnPostgres.some((write) => write.test(path)))
    return next();
  return errorResponse(
    c,
    "not_supported",
    `${method} ${path} writes, and on PostgreSQL the API serves reads, uploads, corrections, follows and feeds only so far: add articles with \`chancery ingest FILES --db postgres://…\` (docs/SCALING.md).`,
  );
};
