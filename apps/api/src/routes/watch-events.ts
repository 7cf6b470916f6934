import { ChangeEventPage, ListChangeEventsInput } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/watch/events",
  operationId: "listChangeEvents",
  tags: ["watch"],
  summary: "Changes to what is followed, newest first, each with its evidence sentence and article",
  request: { query: ListChangeEventsInput },
  responses: jsonResponses("A page of change events", ChangeEventPage.meta({ id: "ChangeEventPage" }), 400),
});

export function watchEventsRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "listChangeEvents", c.req.valid("query")));
}
