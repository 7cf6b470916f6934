import {
  addFeed,
  addFeedOnPostgres,
  FeedInputError,
  FeedPollResult,
  FeedView,
  listFeeds,
  pollFeeds,
  removeFeed,
  removeFeedOnPostgres,
} from "@chancery/follow";
import { QueryError } from "@chancery/query";
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { limitBody } from "../middleware/limit-body.js";
import { requireToken } from "../middleware/require-token.js";
import { IdParam, jsonBody, jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

/*
 * Feeds: listed from the main connection (a small table), written through the writer on the main thread, polled
 * here on request ("poll now"); the server polls due feeds by itself when started with CHANCERY_FEEDS=1. On
 * PostgreSQL they are written and polled through the primary's writer, and what was added is answered from it.
 * `.meta`, not `.openapi`: the follow package's zod is the ESM instance, which @hono/zod-openapi does not extend.
 */
const Feed = FeedView.meta({ id: "Feed" });
const FeedList = z.object({ feeds: z.array(Feed) }).openapi("FeedList");
const FeedAdded = z
  .object({ feed: Feed, created: z.boolean().openapi({ description: "False when the feed was already followed" }) })
  .openapi("FeedAdded");
const NewFeed = z
  .object({
    url: z.string().min(1).max(2000).openapi({ example: "https://example.org/rss.xml" }),
    intervalSeconds: z
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 3600)
      .optional()
      .openapi({ description: "How often to poll; default 1800 (30 minutes)" }),
  })
  .openapi("NewFeed");
const PollRequest = z
  .object({ feedIds: z.array(z.number().int().min(1)).max(1000).optional() })
  .openapi("FeedPollRequest");
const PollAnswer = z.object({ results: z.array(FeedPollResult.meta({ id: "FeedPollResult" })) }).openapi("FeedPolls");
const Removed = z.object({ removed: z.literal(true) }).openapi("FeedRemoved");

export function feedsRoutes(context: AppContext) {
  // Writes need the token whenever the server has one; it is checked before the body is read, as for uploads.
  const token = requireToken(context.token);
  const listRoute = createRoute({
    method: "get",
    path: "/api/feeds",
    operationId: "listFeeds",
    tags: ["feeds"],
    summary: "Followed feeds with their status: last success, last error, items seen, next poll",
    responses: jsonResponses("The feeds, oldest first", FeedList),
  });

  const addRoute = createRoute({
    method: "post",
    path: "/api/feeds",
    operationId: "addFeed",
    tags: ["feeds"],
    summary: "Follow an RSS 2.0 or Atom feed (due for polling at once)",
    security: [{ bearer: [] }],
    middleware: [token, limitBody(16 * 1024)] as const,
    request: { body: jsonBody(NewFeed) },
    responses: jsonResponses("The feed, new or already followed", FeedAdded, 400, 401, 413),
  });

  const removeRoute = createRoute({
    method: "delete",
    path: "/api/feeds/{id}",
    operationId: "removeFeed",
    tags: ["feeds"],
    summary: "Stop following a feed (its articles and coverage rows stay)",
    security: [{ bearer: [] }],
    middleware: [token] as const,
    request: { params: IdParam },
    responses: jsonResponses("Removed", Removed, 400, 401, 404),
  });

  const pollRoute = createRoute({
    method: "post",
    path: "/api/feeds/poll",
    operationId: "pollFeeds",
    tags: ["feeds"],
    summary: "Poll feeds now (all, or the ones named) and ingest their new items",
    security: [{ bearer: [] }],
    middleware: [token, limitBody(64 * 1024)] as const,
    request: { body: { required: false, content: { "application/json": { schema: PollRequest } } } },
    responses: jsonResponses("What each poll did", PollAnswer, 400, 401, 413),
  });

  const postgres = context.postgresWrites;
  return newRouter()
    .openapi(listRoute, (c) => c.json({ feeds: listFeeds(context.database) }, 200))
    .openapi(addRoute, async (c) => {
      try {
        const input = c.req.valid("json");
        const added = postgres
          ? await addFeedOnPostgres(postgres.writer.feeds, input)
          : addFeed(context.database, input);
        return c.json(added, 200);
      } catch (error) {
        if (error instanceof FeedInputError) throw new QueryError("bad_request", `url: ${error.message}`);
        throw error;
      }
    })
    .openapi(removeRoute, async (c) => {
      const { id } = c.req.valid("param");
      const removed = postgres
        ? await removeFeedOnPostgres(postgres.writer.feeds, id)
        : removeFeed(context.database, id);
      if (!removed) throw new QueryError("not_found", `No feed ${id}.`);
      return c.json({ removed: true as const }, 200);
    })
    .openapi(pollRoute, async (c) => {
      const type = c.req.header("content-type") ?? "";
      const body = /^application\/json/i.test(type) ? c.req.valid("json") : {};
      const results = await pollFeeds(context.primary ?? context.database, { feedIds: body.feedIds });
      return c.json({ results }, 200);
    });
}
