import { addFollow, addFollowOnPostgres, FollowInput, removeFollow, removeFollowOnPostgres } from "@chancery/follow";
import { Follow, FollowList, listFollows } from "@chancery/query";
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { limitBody } from "../middleware/limit-body.js";
import { requireToken } from "../middleware/require-token.js";
import { IdParam, jsonBody, jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

/* `.meta`, not `.openapi`: the query and follow packages' zod is the ESM instance @hono/zod-openapi does not extend. */
const NewFollow = FollowInput.meta({ id: "NewFollow" });
const Follows = FollowList.meta({ id: "FollowList" });
const Added = z
  .object({
    follow: Follow.meta({ id: "Follow" }),
    created: z.boolean().openapi({ description: "False when the same follow was already there" }),
  })
  .openapi("FollowAdded");
const Removed = z.object({ removed: z.number().int() }).openapi("FollowRemoved");

const listRoute = createRoute({
  method: "get",
  path: "/api/watch/follows",
  operationId: "listFollows",
  tags: ["watch"],
  summary: "What is followed, with how many changes each has recorded",
  responses: jsonResponses("The watchlist", Follows),
});

const addRoute = createRoute({
  method: "post",
  path: "/api/watch/follows",
  operationId: "addFollow",
  tags: ["watch"],
  summary: "Follow an indicator (key), a country's partnership (ISO code), a person (name) or a search",
  security: [{ bearer: [] }],
  request: { body: jsonBody(NewFollow) },
  responses: jsonResponses("The follow, new or already there", Added, 400, 401, 413),
});

const removeRoute = createRoute({
  method: "delete",
  path: "/api/watch/follows/{id}",
  operationId: "removeFollow",
  tags: ["watch"],
  summary: "Stop following, removing the follow's change events",
  security: [{ bearer: [] }],
  request: { params: IdParam },
  responses: jsonResponses("The id of the follow removed", Removed, 400, 401, 404),
});

/**
 * The watchlist: reads on the main thread (a watchlist is a few rows), writes through the one writer; on PostgreSQL,
 * the primary's writer, the follow added read back from the primary.
 */
export function watchFollowsRoutes(context: AppContext) {
  const guard = requireToken(context.token);
  const postgres = context.postgresWrites;
  return newRouter()
    .openapi(listRoute, (c) => c.json(listFollows(context.database), 200))
    .openapi({ ...addRoute, middleware: [guard, limitBody(16 * 1024)] as const }, async (c) => {
      const input = c.req.valid("json");
      const { id, created } = postgres
        ? await addFollowOnPostgres(postgres.writer.watch, input)
        : addFollow(context.database, input);
      const follow = listFollows(postgres?.reads() ?? context.database).items.find((f) => f.id === id);
      if (!follow) throw new Error(`follow ${id} was stored but cannot be read back`);
      return c.json({ follow, created }, 200);
    })
    .openapi({ ...removeRoute, middleware: [guard] as const }, async (c) => {
      const { id } = c.req.valid("param");
      if (postgres) await removeFollowOnPostgres(postgres.writer.watch, id);
      else removeFollow(context.database, id);
      return c.json({ removed: id }, 200);
    });
}
