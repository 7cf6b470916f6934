import { ListPartnershipsInput, PartnershipList } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/partnerships",
  operationId: "listPartnerships",
  tags: ["findings"],
  summary: "Partner countries at their highest level, since when, with evidence",
  request: { query: ListPartnershipsInput },
  responses: jsonResponses("OK", PartnershipList, 400),
});

export function partnershipsRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "listPartnerships", c.req.valid("query")));
}
